/**
 * One door to the content: `npm run dev` reads content/ through the validator's own reader, so a page
 * never shows content that `npm run validate` refuses; it shows the validator's messages instead.
 */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
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

/** A port nobody listens on now (the system's choice), not a random one that another process may hold. */
const port = await new Promise<number>((ok) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as AddressInfo;
    probe.close(() => ok(port));
  });
});
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

/**
 * Waits for the dev server, however long a loaded machine makes it take (the test's timeout catches a hang),
 * and fails at once with its output if it exits instead.
 */
async function get(path: string): Promise<{ status: number; body: string }> {
  const gone = () => server.exitCode !== null || server.signalCode !== null;
  while (!output.includes(`localhost:${port}`)) {
    if (gone()) throw new Error(`the dev server did not start:\n${output}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
  for (;;) {
    try {
      const r = await fetch(`http://localhost:${port}${path}`);
      return { status: r.status, body: await r.text() };
    } catch (err) {
      if (gone()) throw err;
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
