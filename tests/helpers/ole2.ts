/** An OLE2 compound file whose directory names these streams: how Office keeps an encrypted package (EncryptionInfo, EncryptedPackage), or an old .xls/.doc (Workbook, WordDocument). Enough for the readers' sniffing. */
export function ole2(...streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(header);
  const dir = Buffer.alloc(128 * Math.max(streams.length, 1));
  streams.forEach((name, i) => Buffer.from(name, 'utf16le').copy(dir, i * 128));
  return Buffer.concat([header, dir]);
}
