/**
 * The layers of src/, and which way the arrows point (STYLE.md, "The shape of the tree"):
 *
 *   pages, components, layouts → lib/site → lib/publish, lib/charts, lib/progress → lib/model → schemas  (→ lib/messages)
 *   lib/content (the one reader) → lib/model, schemas
 *   lib/import (official text → content files; scripts only) → lib/model, schemas
 *   client (the search page's browser code) → client, and types (import type) from lib
 *   lib/sheets (the staff workbook ↔ progress JSON; scripts only) → lib/content, lib/progress, lib/model, schemas
 *   lib/archive (untrusted .docx/.xlsx archives, for lib/import and lib/sheets) → node built-ins and lib/messages only
 *   config (the one reader of the environment, used by scripts, astro.config and lib/site) → lib/messages only
 *   lib/messages (the message catalogue, used by every layer) → nothing of src/
 *
 * `npm test` runs these rules (tests/unit/layers.test.ts). When one fails, its comment says which way the
 * arrow should go: move the code down a layer, or pass the value in from above.
 */
const lib = (name) => `^src/lib/${name}/`;
const forbid = (name, from, to, comment) => ({ name, severity: 'error', comment, from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    forbid('schemas-are-the-bottom', '^src/schemas/', '^src/(lib/(?!messages/)|pages|components|layouts|i18n)/',
      'Schemas describe content and import nothing of the site but the message catalogue (lib/messages), whose entries they raise. Put the logic in src/lib and import the schema from there.'),
    forbid('model-is-pure', lib('model'), '^src/(lib/(content|import|progress|charts|publish|site)|pages|components|layouts)/',
      'lib/model is the typed plan model: it may import only schemas and itself. Move what it needs down into lib/model, or compute it in a higher layer.'),
    forbid('content-reads-into-the-model', lib('content'), '^src/(lib/(import|progress|charts|publish|site)|pages|components|layouts)/',
      'lib/content reads and validates content/ into the model (lib/model, schemas). The site and the publishers call it, never the other way.'),
    forbid('import-is-for-scripts', lib('import'), '^src/(lib/(content|progress|charts|publish|site)|pages|components|layouts)/',
      'lib/import turns official text into content files for scripts/import.ts; it may use lib/model and schemas only.'),
    forbid('sheets-are-for-scripts', lib('sheets'), '^src/(lib/(import|charts|publish|site)|pages|components|layouts)/',
      'lib/sheets turns the staff workbook into progress JSON for scripts/sheet*.ts; it reads through lib/content and may use lib/progress, lib/model and schemas.'),
    forbid('nothing-below-imports-the-workbook', '^src/(lib/(model|content|import|progress|charts|publish|site)|pages|components|layouts|schemas)/', lib('sheets'),
      'lib/sheets is used only by scripts (npm run sheet, sheet:import). Move a rule the site needs into lib/content or lib/model.'),
    forbid('nothing-in-the-site-imports-the-importer', '^src/(lib/(model|content|progress|charts|publish|site)|pages|components|layouts)/', lib('import'),
      'lib/import is used only by scripts. If the site needs a rule from it (numbering, clause ids), move that rule into lib/model.'),
    forbid('archive-stands-alone', lib('archive'), '^src/(?!lib/archive/|lib/messages/)',
      'lib/archive reads untrusted Office archives (sizes before inflating, no DOCTYPE) for lib/import and lib/sheets; it imports nothing of src/ but the message catalogue (lib/messages), whose entries it raises. Pass what it needs in as arguments.'),
    forbid('config-is-the-edge', '^src/config/', '^src/(?!config/|lib/messages/)',
      'src/config reads and checks the environment and hands out values; it imports only the message catalogue. Pass values down from the commands, not the other way.'),
    forbid('the-library-reads-no-configuration', '^src/lib/(model|content|progress|charts|publish)/', '^src/config/',
      'Library code receives its settings as values: the base path and address through the URL builder (lib/model/urls.ts), bound at the edge, and the rest as arguments. Only the edges read src/config: lib/site (the edge between Astro and the library: lib/site/data.ts, lib/site/urls.ts, lib/site/pages/search.ts), the scripts (scripts/env.ts) and astro.config.mjs; lib/import and lib/sheets serve the scripts.'),
    forbid('messages-stand-alone', lib('messages'), '^src/(?!lib/messages/)',
      'lib/messages is the catalogue every layer raises messages from: it imports nothing of src/. Pass what a message needs as its parameters.'),
    forbid('progress-is-the-method', lib('progress'), '^src/(lib/(content|import|charts|publish|site)|pages|components|layouts)/',
      'lib/progress (the status method and its views) works on the model; pass it data, do not let it reach up into publish or the site.'),
    forbid('charts-are-pure', lib('charts'), '^src/(lib/(content|import|progress|publish|site)|pages|components|layouts)/',
      'A chart is a pure function of its input and scales. Map views to chart input in lib/site (chart-input.ts), not inside lib/charts.'),
    forbid('publish-below-the-site', lib('publish'), '^src/(lib/(import|site)|pages|components|layouts)/',
      'lib/publish (downloads, search records, feeds) must not depend on Astro or the pages. Pass what it needs in from lib/site.'),
    forbid('only-the-site-knows-astro', '^src/(lib/(model|content|import|progress|charts|publish|sheets)|schemas)/', '^astro(:|/|$)',
      'Only lib/site (and the pages) may import Astro. Keep the rest plain TypeScript so that scripts and tests can use it.'),
    forbid('pages-go-through-the-site', '^src/(pages|components|layouts)/', `${lib('content')}(load|read-text|locate|friendly)\\.ts$`,
      'Pages ask lib/site/data.ts for content, which reads it through the one door (lib/content/load.ts).'),
    {
      name: 'the-browser-runs-only-client-code',
      severity: 'error',
      comment:
        'src/client is the code that runs in the reader\'s browser (bundled by Astro). It may import other src/client modules and types only (import type): compute what it needs at build time in lib/site or lib/publish and write it into the page.',
      from: { path: '^src/client/' },
      to: { path: '^src/(lib|pages|components|layouts|schemas|i18n)/', dependencyTypesNot: ['type-only'] },
    },
    forbid('pages-only-render', '^src/(pages|components|layouts)/', '^src/lib/(model|progress|publish|charts)/',
      'Pages and components render what lib/site hands them: import the page\'s data from lib/site/pages/<page>.ts (types from lib/site/types.ts, URLs from lib/site/urls.ts). Compute it there, calling lib/model, lib/progress, lib/publish or lib/charts; the arrow goes pages → lib/site → the layers below.'),
    forbid('src-never-imports-scripts-or-tests', '^src/', '^(scripts|tests)/',
      'Code under src/ is the product; scripts/ and tests/ use it, not the other way round.'),
    { name: 'no-circular', severity: 'error', comment: 'Modules import each other in a circle: split out what both need.', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    extraExtensionsToScan: ['.astro'],
  },
};
