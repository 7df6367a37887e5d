/**
 * An index file's JSON from its bytes (docs/search-index.md, format 5). Record blocks and posting lists are
 * stored gzip-compressed (a third of their bytes on the host's disk, where the hosts' 1 GB limit counts; on the
 * wire they cost what they did, since hosts compress JSON anyway); the other files are plain JSON. A host that
 * sends a compressed file with `Content-Encoding: gzip` (some do for any `.gz`-like content) has the browser
 * decompress it first: the bytes then arrive as plain JSON, which is read as such.
 */
export async function indexFileJson(bytes: Uint8Array): Promise<unknown> {
  if (!(bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b)) return JSON.parse(new TextDecoder().decode(bytes));
  if (typeof DecompressionStream === 'function') {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(stream).text());
  }
  // Browsers before DecompressionStream (Safari before 16.4): fflate's gunzip, fetched only then.
  const { gunzipSync } = await import('fflate');
  return JSON.parse(new TextDecoder().decode(gunzipSync(bytes)));
}
