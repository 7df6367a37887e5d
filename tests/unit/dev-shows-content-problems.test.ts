/**
 * One door to the content: `npm run dev` reads content/ through the validator's own reader, so a page
 * never shows content that `npm run validate` refuses; it shows the validator's messages instead.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblemZh } from '../../src/lib/content/problems.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { NODE, REPO } from '../helpers/run.ts';

function shellEnv(): NodeJS.ProcessEnv {
  const vitestOwn = /^(?:VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestOwn.test(k)));
}

const port = 20_000 + Math.floor(Math.random() * 20_000);
const root = fixtureRoot('duplicate-indicator-id');
const server = spawn(NODE, [join(REPO, 'scripts', 'astro.ts'), 'dev'], {
  cwd: REPO,
  // Without the variables vitest sets for itself (NODE_ENV=test, MODE, DEV …), as a person's shell would be.
  env: { ...shellEnv(), CONTENT_ROOT: root, PORT: String(port) },
  stdio: 'pipe',
});
let output = '';
server.stdout.on('data', (d: Buffer) => (output += d.toString()));
server.stderr.on('data', (d: Buffer) => (output += d.toString()));
afterAll(() => {
  server.kill('SIGTERM');
});

async function get(path: string): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + 60_000;
  while (!output.includes(`localhost:${port}`)) {
    if (Date.now() > deadline) throw new Error(`the dev server did not start:\n${output}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
  for (;;) {
    try {
      const r = await fetch(`http://localhost:${port}${path}`);
      return { status: r.status, body: await r.text() };
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((ok) => setTimeout(ok, 300));
    }
  }
}

describe('npm run dev', () => {
  it('refuses content that npm run validate refuses, with the same message', async () => {
    const { problems } = loadContent(root);
    expect(problems.length).toBeGreaterThan(0);
    const { status, body } = await get('/');
    // The page is Astro's error overlay (drawn by its client script); the terminal gets the same text.
    expect(status, body.slice(0, 500) + output).toBe(500);
    expect(body).toContain('<title>ContentError</title>');
    for (const p of problems) expect(output).toContain(formatProblemZh(p));
  }, 600_000);
});
