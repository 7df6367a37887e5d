/**
 * Format 5 of the search index (docs/search-index.md): record blocks and posting lists are stored
 * gzip-compressed, the same bytes on every build, and the browser's reader takes them compressed, plain
 * (the other files), or already decompressed by a host that sent them with Content-Encoding.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFileJson } from '../../src/client/search/index-file.ts';
import { indexPlan, indexRecord, mergeIndexParts, writeIndexPart } from '../../src/lib/publish/gram-index.ts';
import { searchRecords } from '../../src/lib/publish/search-records.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { REPO } from '../helpers/run.ts';

const root = mkdtempSync(join(tmpdir(), 'index-gz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function writeIndex(out: string): Promise<void> {
  const { model } = loadContent(REPO);
  const part = join(out, 'part');
  await writeIndexPart(
    (function* () {
      for (const p of model.plans) yield { plan: indexPlan(p), records: searchRecords([p], model.plans, model.concepts).map(indexRecord) };
    })(),
    part,
  );
  await mergeIndexParts([part], join(out, 'index'));
}

describe('the search index on disk', () => {
  it('stores record blocks and posting lists gzip-compressed, the rest plain, and the same bytes twice', async () => {
    await writeIndex(join(root, 'a'));
    await writeIndex(join(root, 'b'));
    const dir = join(root, 'a', 'index');
    const magic = (p: string) => readFileSync(join(dir, p)).subarray(0, 2).toString('hex');
    for (const sub of ['r', 'g']) for (const f of readdirSync(join(dir, sub))) expect(magic(join(sub, f)), `${sub}/${f}`).toBe('1f8b');
    expect(magic('manifest.json')).not.toBe('1f8b');
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).version).toBe(5);
    for (const sub of ['r', 'g']) for (const f of readdirSync(join(dir, sub))) expect(readFileSync(join(dir, sub, f)).equals(readFileSync(join(root, 'b', 'index', sub, f)))).toBe(true);
  });

  it('is read by the browser reader compressed, plain, or already decompressed by the host', async () => {
    const doc = { p: ['《某县规划》'], r: [['标题', '/plans/x/', '条款', '控辍保学', 0, {}]] };
    const text = JSON.stringify(doc);
    expect(await indexFileJson(new Uint8Array(gzipSync(text)))).toEqual(doc);
    expect(await indexFileJson(new TextEncoder().encode(text))).toEqual(doc);
    // Without DecompressionStream (older browsers): fflate's gunzip.
    const saved = globalThis.DecompressionStream;
    try {
      // @ts-expect-error: a browser without it
      delete globalThis.DecompressionStream;
      expect(await indexFileJson(new Uint8Array(gzipSync(text)))).toEqual(doc);
    } finally {
      globalThis.DecompressionStream = saved;
    }
  });
});
