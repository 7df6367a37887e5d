/**
 * `npm run dev`, `npm run preview`, `astro sync`: Astro's commands with its telemetry switched off, since
 * nothing the project runs may send a request off the machine.
 *   node scripts/astro.ts dev|preview|sync      (PORT sets the dev server's port, default 4321)
 */
import { resolve } from 'node:path';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { environment } = await import('./env.ts');
const { messageLang } = await import('../src/lib/content/problems.ts');
const { port } = environment(messageLang([], process.env).lang);
const { dev, preview, sync } = await import('astro');
const root = resolve(import.meta.dirname, '..');
const command = process.argv[2];
if (command === 'dev') await dev({ root, server: { port } });
else if (command === 'preview') await preview({ root, server: { port: 4321 } });
else if (command === 'sync') await sync({ root });
else {
  console.error('usage: node scripts/astro.ts dev|preview|sync');
  process.exit(1);
}
