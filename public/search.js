// The search page: Pagefind in the browser, state in the URL, results that open the clause itself.
//
// A query is read the way people type it: traditional characters become simplified, full-width digits
// half-width; a place or plan named in it (泾源县, 中卫, a plan's title) narrows the search to that plan
// instead of being required in the text; a responsible unit's name lists what that unit must do. Results
// that contain every word of the query come first (indicators before clauses); results that match only
// some of its characters are counted and kept apart under 部分字词匹配, shown only when asked for.

// After a region's short form, these begin the name of another place: 新城镇, 新城乡, 新城街道 are not 新城区.
// (区域 is a word, not a district: 泾源区域 is still 泾源.)
const ANOTHER_PLACE = /^(?:[省市州盟县旗镇乡村屯]|区(?!域)|街道|社区|苏木|嘎查)/;

// Full-width letters and digits as half-width (the index stores them half-width).
export const halfWidth = (s) => s.replace(/[０-９Ａ-Ｚａ-ｚ％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// The index holds every Chinese character as a word of its own; a query is spaced out the same way.
export const spaced = (s) => s.replace(/(\p{Script=Han})/gu, ' $1 ').replace(/\s+/g, ' ').trim();

/**
 * How the page reads queries, from the terms written into it at build time (src/lib/publish/search-terms.ts).
 * `readQuery` gives the query as the index understands it: `words` to search for, `plans` named in it
 * (titles), the place names found, and the responsible unit it names, if that is all it is. A place narrows
 * only where the name denotes the region: its full name, a title, or its short form (新城 for 新城区) when
 * that is not the start of another place's name (新城镇 is a town, searched as words).
 */
export function queryReader(terms) {
  const t2s = new Map();
  for (let i = 0; i + 1 < terms.t2s.length; i += 2) t2s.set(terms.t2s[i], terms.t2s[i + 1]);
  const toSimplified = (s) => [...s].map((c) => t2s.get(c) ?? c).join('');
  // Every name of a plan: [name, 1 if only a region's short form, ...plan indexes]; longer names first, so
  // that 泾源县 wins over 泾源.
  const names = new Map();
  const add = (name, short, k) => {
    if (!name) return;
    const entry = names.get(name) ?? { short, plans: [] };
    // A name that is some plan's title or some region's full name is never held to the short-form rule.
    if (!short) entry.short = 0;
    entry.plans.push(k);
    names.set(name, entry);
  };
  terms.plans.forEach(([title, region, , , regionShort, planShort], k) => {
    add(title, 0, k);
    add(region, 0, k);
    add(planShort, 0, k);
    add(regionShort, 1, k);
  });
  const byLength = [...names]
    .map(([name, e]) => [name, e.short, ...e.plans])
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  function readQuery(raw) {
    let q = halfWidth(toSimplified(raw.trim()));
    const plans = new Set();
    const places = [];
    for (const [name, short, ...ids] of byLength) {
      let found = false;
      for (let at = q.indexOf(name); at >= 0; at = q.indexOf(name, at + 1)) {
        const after = q.slice(at + name.length);
        if (short && ANOTHER_PLACE.test(after)) continue;
        q = `${q.slice(0, at)} ${after}`;
        found = true;
      }
      if (!found) continue;
      for (const i of ids) plans.add(terms.plans[i][0]);
      places.push(name);
    }
    const words = q.split(/[\s,，、;；]+/).filter((w) => w.length > 0);
    const unit = words.length === 1 ? terms.units[words[0]] : undefined;
    return { words, plans: [...plans], places, unit };
  }
  return { toSimplified, readQuery };
}

/** The page itself; not run where there is no search page (the unit tests import the functions above). */
function searchPage() {
  const FILTERS = ['plan', 'region', 'kind', 'chapter', 'unit', 'attribute'];
  const PAGE = 10;

  const form = document.getElementById('search-form');
  const input = document.getElementById('q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const empty = document.getElementById('search-empty');
  const scopeNote = document.getElementById('search-scope');
  const unitNote = document.getElementById('search-unit');
  const views = document.getElementById('search-views');
  const viewAll = document.getElementById('view-all');
  const allBox = document.getElementById('search-all');
  const groups = document.getElementById('search-groups');
  const partialBox = document.getElementById('search-partial-box');
  const partialShow = document.getElementById('search-partial-show');
  const partialTitle = document.getElementById('search-partial-title');
  const partialNote = document.getElementById('search-partial-note');
  const partialList = document.getElementById('search-partial');
  const terms = JSON.parse(document.getElementById('search-terms').textContent);
  const selects = Object.fromEntries(FILTERS.map((f) => [f, form.querySelector(`select[data-filter="${f}"]`)]));

  const { toSimplified, readQuery } = queryReader(terms);

  /**
   * The excerpt of a result: its own text (verbatim) around the first place a query word occurs, with every
   * occurrence marked. Traditional and full-width characters are matched through their simplified,
   * half-width forms, which have the same length, so the marks fall on the printed characters.
   */
  function excerptNode(text, words) {
    const p = document.createElement('p');
    p.className = 'excerpt';
    const norm = halfWidth(toSimplified(text));
    const hits = [];
    for (const w of words) for (let i = norm.indexOf(w); i >= 0; i = norm.indexOf(w, i + w.length)) hits.push([i, i + w.length]);
    hits.sort((a, b) => a[0] - b[0]);
    const from = hits.length > 0 ? Math.max(0, hits[0][0] - 30) : 0;
    const to = Math.min(text.length, from + 120);
    if (from > 0) p.append('…');
    let at = from;
    for (const [a, b] of hits) {
      if (a < at || a >= to) continue;
      p.append(text.slice(at, a));
      const m = document.createElement('mark');
      m.textContent = text.slice(a, Math.min(b, to));
      p.append(m);
      at = Math.min(b, to);
    }
    p.append(text.slice(at, to));
    if (to < text.length) p.append('…');
    return p;
  }

  const option = (value, text = value) => {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  };
  /** Options under one <optgroup> per place (省 · 地级市), in the order of `rows` ([value, group]). */
  function grouped(rows) {
    const out = [];
    for (const [value, group] of rows) {
      if (out.at(-1)?.label !== group) out.push(Object.assign(document.createElement('optgroup'), { label: group }));
      out.at(-1).append(option(value));
    }
    return out;
  }
  /**
   * The region and plan menus are filled here from the plan list the page carries for reading queries (no
   * second copy in the HTML, no filter file fetched): grouped by province and prefecture, and the plan
   * menu lists only the chosen region's plans, so that a site of a thousand plans stays usable.
   */
  function fillRegionMenu() {
    const seen = new Set();
    const rows = terms.plans.filter(([, region, group]) => !seen.has(`${group}|${region}`) && seen.add(`${group}|${region}`)).map(([, region, group]) => [region, group]);
    selects.region.replaceChildren(option('', '全部'), ...grouped(rows));
  }
  /** `fromUrl`: the plan the URL names, listed and chosen even when it is not in the URL's region. */
  function fillPlanMenu(fromUrl = '') {
    const region = selects.region.value;
    const keep = fromUrl || selects.plan.value;
    const rows = terms.plans.filter(([title, r]) => !region || r === region || title === fromUrl).map(([title, , group]) => [title, group]);
    selects.plan.replaceChildren(option('', region ? `全部（${region}）` : '全部'), ...grouped(rows));
    selects.plan.value = rows.some(([title]) => title === keep) ? keep : '';
  }

  function readState() {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const f of FILTERS) {
      const v = params.get(f) ?? '';
      // A large site's menus list only the common choices: a shared link's rarer one is added, never dropped.
      if (v && f !== 'plan' && f !== 'region' && ![...selects[f].options].some((o) => o.value === v)) selects[f].append(option(v));
      selects[f].value = v;
    }
    fillPlanMenu(params.get('plan') ?? '');
  }

  /** The URL of the current search; `view` = 'all' for the grouped list of every result. */
  function stateUrl(view) {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    const previous = new URLSearchParams(location.search);
    if (previous.get('fulltext') === '1' && previous.get('q') === input.value.trim()) params.set('fulltext', '1');
    for (const f of FILTERS) if (selects[f].value) params.set(f, selects[f].value);
    if (view) params.set('view', view);
    return `${location.pathname}${params.size ? `?${params}` : ''}`;
  }

  function writeState() {
    const url = stateUrl(null);
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  }

  let pagefind;
  let merging = Promise.resolve();
  const merged = new Set();
  /**
   * A large site is indexed in shards (/pagefind/ holds the plans' own records; /pagefind-1/ … their clauses
   * and indicators; terms.shards lists them). A shard is merged in when a search first needs it, never when
   * the page opens: each costs its metadata file. `needed`: shard numbers, or null for every shard.
   */
  function mergeShards(needed) {
    merging = merging.then(async () => {
      for (const k of needed ?? terms.shards.map((_, i) => i + 1)) {
        if (k < 1 || k > terms.shards.length || merged.has(k)) continue;
        merged.add(k);
        await pagefind.mergeIndex(terms.shards[k - 1], { baseUrl: '/' });
      }
    });
    return merging;
  }
  /**
   * The shards a search needs: within named plans or a region, only theirs (none for the plans' own
   * records, which the first index holds); otherwise every shard.
   */
  function shardsFor(filters) {
    const plans = typeof filters.plan === 'string' ? [filters.plan] : filters.plan?.any;
    if (!plans && !filters.region) return null;
    if (filters.kind === '规划') return [];
    const rows = terms.plans.filter(([title, region]) => (!plans || plans.includes(title)) && (!filters.region || region === filters.region));
    return [...new Set(rows.map((row) => row[3]))];
  }
  let run = 0;
  let pending = [];
  let exactResults = [];
  let partialResults = [];

  function line(className, text) {
    const p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
  }

  let shownWords = [];
  function resultItem(r, words = shownWords) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title;
    const h = document.createElement('h2');
    h.className = 'result-title';
    h.append(a);
    li.append(h, line('muted', [r.meta.kind, r.meta.plan, r.meta.status].filter(Boolean).join(' · ')));
    if (r.meta.units) li.append(line('result-units', `责任单位：${r.meta.units}`));
    if (r.meta.project) li.append(line('result-project', `重大项目：${r.meta.project}`));
    if (r.meta.kind === '规划') li.append(line('result-plan', [r.meta.issuer ? `发布：${r.meta.issuer}` : '', '打开规划首页查看指标、措施和项目进展'].filter(Boolean).join(' · ')));
    else li.append(excerptNode(r.meta.text ?? '', words));
    return li;
  }

  /** Loads and shows the next results; each result's fragment is fetched only when it is shown. */
  async function showMore(mine) {
    const next = pending.splice(0, PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== run) return;
    for (const r of data) list.append(resultItem(r));
    more.hidden = pending.length === 0;
  }

  const more = document.createElement('button');
  more.type = 'button';
  more.textContent = '显示更多结果';
  more.hidden = true;
  list.after(more);
  more.addEventListener('click', () => showMore(run));

  partialShow.addEventListener('click', async () => {
    const mine = run;
    const data = await Promise.all(partialResults.map((r) => r.data()));
    if (mine !== run) return;
    // A partial match contains only some characters of the query: those are marked.
    const chars = [...new Set([...shownWords.join('')])];
    partialList.replaceChildren(...data.map((r) => resultItem(r, chars)));
    partialShow.hidden = true;
    partialTitle.hidden = false;
    partialNote.hidden = false;
  });

  /** Pagefind's filter object: the menus, narrowed to the plans the query names. */
  function filtersFor(query, params) {
    const filters = {};
    for (const f of FILTERS) if (selects[f].value) filters[f] = selects[f].value;
    if (query.plans.length > 0 && !filters.plan) filters.plan = { any: query.plans };
    if (query.unit && !filters.unit && params.get('fulltext') !== '1') filters.unit = query.unit;
    return filters;
  }

  /** Results containing every word as written; and which of them are indicators the query names. */
  async function exactSearch(words, filters) {
    const runs = await Promise.all(words.map((w) => pagefind.search(`"${spaced(w)}"`, { filters })));
    const inAll = (r) => runs.every((x) => x.results.some((y) => y.id === r.id));
    const results = runs[0].results.filter(inAll);
    if (filters.kind || !terms.indicators.some((name) => name.includes(words[0]))) return { results, indicators: new Set() };
    // The small `indicator` filter, not `kind`: its file lists only the indicators (src/lib/publish/search-records.ts).
    const indicators = await pagefind.search(`"${spaced(words[0])}"`, { filters: { ...filters, indicator: '指标' } });
    return { results, indicators: new Set(indicators.results.map((r) => r.id)) };
  }

  function showScope(query, filters, params) {
    scopeNote.hidden = true;
    unitNote.hidden = true;
    if (query.plans.length > 0 && filters.plan && typeof filters.plan === 'object') {
      scopeNote.replaceChildren(`检索词中的“${query.places.join('”“')}”是地名或规划名：只在${query.plans.map((t) => `《${t}》`).join('')}中检索，不要求条款原文出现这个名称。`, ' ');
      const everywhere = document.createElement('a');
      const p = new URLSearchParams(params);
      p.set('q', query.words.join(' '));
      everywhere.href = `?${p}`;
      everywhere.textContent = '改为在全部规划中检索';
      scopeNote.append(everywhere);
      scopeNote.hidden = false;
    }
    if (query.unit && filters.unit === query.unit && params.get('fulltext') !== '1') {
      const q = query.words[0];
      unitNote.replaceChildren(`“${q}”是责任单位名称${query.unit !== q ? `（即${query.unit}）` : ''}，下面列出它负责的措施。`, ' ');
      const all = document.createElement('a');
      const p = new URLSearchParams(params);
      p.set('fulltext', '1');
      all.href = `?${p}`;
      all.textContent = '改为全文检索';
      unitNote.append(all);
      unitNote.hidden = false;
    }
  }

  async function search() {
    const params = new URLSearchParams(location.search);
    const raw = input.value.trim();
    const query = readQuery(raw);
    const filters = filtersFor(query, params);
    const mine = ++run;
    list.replaceChildren();
    partialList.replaceChildren();
    groups.replaceChildren();
    empty.hidden = true;
    partialBox.hidden = true;
    views.hidden = true;
    allBox.hidden = true;
    more.hidden = true;
    showScope(query, filters, params);
    if (!raw && Object.keys(filters).length === 0) {
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索……';
    const started = performance.now();
    const unitOnly = query.unit && filters.unit === query.unit;
    let words = unitOnly ? [] : query.words;
    shownWords = words;
    if (words.length === 0 && query.plans.length > 0 && !filters.kind) filters.kind = '规划';
    await mergeShards(shardsFor(filters));
    if (mine !== run) return;
    if (words.length === 0) {
      exactResults = (await pagefind.search(null, { filters })).results;
      partialResults = [];
    } else {
      const [exact, loose] = await Promise.all([exactSearch(words, filters), pagefind.search(spaced(words.join(' ')), { filters })]);
      // Pagefind lists exact matches in index order; rank them by the loose search's relevance instead,
      // keeping the indicators a query names first.
      const rank = new Map(loose.results.map((r, k) => [r.id, k]));
      const order = (r) => (exact.indicators.has(r.id) ? -1e6 : 0) + (rank.get(r.id) ?? 1e6);
      exactResults = [...exact.results].sort((a, b) => order(a) - order(b));
      const ids = new Set(exactResults.map((r) => r.id));
      partialResults = loose.results.filter((r) => !ids.has(r.id));
    }
    if (mine !== run) return;
    const shown = raw || '筛选条件';
    if (partialResults.length > 0) {
      partialShow.textContent = `显示部分字词匹配的结果（${partialResults.length} 条）`;
      partialShow.hidden = false;
      partialTitle.hidden = true;
      partialNote.hidden = true;
      partialBox.hidden = false;
    }
    if (exactResults.length === 0) {
      document.body.dataset.searchMs = String(Math.round(performance.now() - started));
      status.textContent = partialResults.length > 0 ? `没有找到完整包含“${shown}”的结果。` : `没有找到与“${shown}”相关的结果。`;
      empty.hidden = false;
      return;
    }
    viewAll.href = stateUrl('all');
    views.hidden = false;
    if (params.get('view') === 'all') {
      await showAll(mine);
    } else {
      pending = [...exactResults];
      await showMore(mine);
    }
    if (mine !== run) return;
    document.body.dataset.searchMs = String(Math.round(performance.now() - started));
    status.textContent = `找到 ${exactResults.length} 条结果。`;
  }

  /** Every result, grouped by plan with counts, ready to download: for a journalist who needs them all. */
  let allData = [];
  async function showAll(mine) {
    const data = await Promise.all(exactResults.map((r) => r.data()));
    if (mine !== run) return;
    allData = data;
    const byPlan = new Map();
    for (const r of data) byPlan.set(r.meta.plan, [...(byPlan.get(r.meta.plan) ?? []), r]);
    for (const [plan, rs] of byPlan) {
      const h = document.createElement('h3');
      h.textContent = `《${plan}》（${rs.length} 条）`;
      const ol = document.createElement('ol');
      ol.className = 'search-results';
      ol.append(...rs.map((r) => resultItem(r)));
      groups.append(h, ol);
    }
    document.getElementById('search-back').href = stateUrl(null);
    allBox.hidden = false;
    views.hidden = true;
  }

  /** A CSV cell: quoted, and a leading = + - @ made inert so a spreadsheet does not run it as a formula. */
  const cell = (v) => {
    const s = String(v ?? '');
    return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
  };
  /** The verbatim text of a result (an indicator's search aliases left out). */
  const verbatim = (r) => (r.meta.text ?? '').replace(/（也称：[^）]*）$/, '');

  document.getElementById('search-csv').addEventListener('click', () => {
    const rows = [['引用', '链接', '原文', '规划', '类别', '责任单位']];
    for (const r of allData) rows.push([r.meta.cite ?? r.meta.title, new URL(r.url, location.href).href, verbatim(r), r.meta.plan, r.meta.kind, r.meta.units ?? '']);
    const csv = `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    a.download = `搜索结果-${input.value.trim() || '全部'}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
  });

  async function start() {
    // The site may live under a base path (a portal's sub-folder): find the index beside this script.
    pagefind = await import(new URL('pagefind/pagefind.js', import.meta.url).href);
    // Record URLs already carry the site's base path (src/lib/model/urls.ts): Pagefind must not prefix it again.
    await pagefind.options({ baseUrl: '/' });
    const box = form.querySelector('.filters-box');
    box.hidden = false;
    fillRegionMenu();
    fillPlanMenu();
    selects.region.addEventListener('change', () => fillPlanMenu());
    document.getElementById('no-js').hidden = true;
    readState();
    // Open the filters when the URL sets one, so the reader sees why the results are narrowed.
    box.open = FILTERS.some((f) => selects[f].value);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      writeState();
      search();
    });
    for (const f of FILTERS) selects[f].addEventListener('change', () => {
      writeState();
      search();
    });
    let timer;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        writeState();
        search();
      }, 250);
    });
    window.addEventListener('popstate', () => {
      readState();
      search();
    });
    document.body.dataset.searchReady = 'true';
    await search();
  }

  start().catch((err) => {
    status.textContent = `搜索暂时无法使用（${err.message}）。可以直接阅读各规划全文。`;
  });
}

if (typeof document !== 'undefined' && document.getElementById('search-form')) searchPage();
