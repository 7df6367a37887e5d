/**
 * What an OLE2 compound file (D0 CF 11 E0) is: Office keeps an .xlsx or .docx protected by an opening
 * password in such a file (streams EncryptionInfo and EncryptedPackage), the same container as an old .xls
 * or .doc. Telling the two apart lets a reader say "remove the password" instead of "save it as .xlsx".
 */

/** True when the bytes are an OLE2 compound file. */
export function isOle2(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0 && bytes[4] === 0xa1 && bytes[5] === 0xb1 && bytes[6] === 0x1a && bytes[7] === 0xe1;
}

/** The directory names of an encrypted Office package, as OLE2 stores them (UTF-16 LE). */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/** True when the bytes are an Office file protected by an opening password (an encrypted .xlsx/.docx). */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  return isOle2(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED);
}
