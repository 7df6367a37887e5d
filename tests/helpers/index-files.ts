/** A search index file's JSON as tests read it from disk: gzip-compressed (format 5: record blocks, posting lists) or plain. */
import { gunzipSync } from 'node:zlib';

export function indexJsonSync(bytes: Buffer): unknown {
  const gz = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return JSON.parse((gz ? gunzipSync(bytes) : bytes).toString('utf8'));
}
