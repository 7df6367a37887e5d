/**
 * Messages of the archive reader (lib/archive/zip.ts): why a .docx or .xlsx was refused before or while it
 * was unpacked, each written once in Chinese and once in English. The importer and the workbook reader say
 * them inside their own sentences (importer.docxNotRead, workbook.archiveRefused).
 */
import { defineMessages } from './catalogue.ts';

export const archiveMessages = defineMessages({
  damaged: {
    zh: (p: { what: string }) => ({ message: `压缩包已损坏（${p.what}），无法读取` }),
    en: (p: { what: string }) => ({ message: `the zip archive is damaged (${p.what})` }),
  },
  notZip: {
    zh: () => ({ message: '不是 zip 压缩包' }),
    en: () => ({ message: 'not a zip archive' }),
  },
  zip64: {
    zh: () => ({ message: '这是超大（ZIP64）压缩包，不是规划或台账的 Office 文件' }),
    en: () => ({ message: 'a ZIP64 archive (over 4 GB or 65,535 parts) is not an Office file of a plan' }),
  },
  tooManyEntries: {
    zh: (p: { count: number; max: number }) => ({ message: `压缩包里有 ${p.count} 个部件，超过上限 ${p.max}` }),
    en: (p: { count: number; max: number }) => ({ message: `the archive lists ${p.count} parts, above the limit of ${p.max}` }),
  },
  partZip64: {
    zh: (p: { part: string }) => ({ message: `部件 ${p.part} 声明的大小超过 4 GB` }),
    en: (p: { part: string }) => ({ message: `the part ${p.part} declares a ZIP64 size (over 4 GB)` }),
  },
  partTooLarge: {
    zh: (p: { part: string; size: string; max: string }) => ({ message: `部件 ${p.part} 解压后有 ${p.size}，超过上限 ${p.max}` }),
    en: (p: { part: string; size: string; max: string }) => ({ message: `the part ${p.part} declares ${p.size} when unpacked, above the limit of ${p.max}` }),
  },
  tooLarge: {
    zh: (p: { total: string; max: string }) => ({ message: `解压后共有 ${p.total}，超过上限 ${p.max}` }),
    en: (p: { total: string; max: string }) => ({ message: `the parts declare ${p.total} when unpacked, above the limit of ${p.max}` }),
  },
  inflatesBeyond: {
    zh: (p: { part: string; size: string }) => ({ message: `部件 ${p.part} 解压后超过它声明的 ${p.size}（可能是恶意构造的压缩包，或文件已损坏）` }),
    en: (p: { part: string; size: string }) => ({ message: `the part ${p.part} inflates to more than the ${p.size} it declares (a zip bomb, or a damaged file)` }),
  },
  compression: {
    zh: (p: { part: string; method: number }) => ({ message: `部件 ${p.part} 使用了 Office 文件不用的压缩方式（${p.method}）` }),
    en: (p: { part: string; method: number }) => ({ message: `the part ${p.part} uses compression method ${p.method}, which Office files do not use` }),
  },
  sizeMismatch: {
    zh: (p: { part: string; declared: number; found: number }) => ({ message: `部件 ${p.part} 声明 ${p.declared} 字节，实际为 ${p.found} 字节，文件已损坏` }),
    en: (p: { part: string; declared: number; found: number }) => ({ message: `the part ${p.part} declares ${p.declared} bytes but holds ${p.found}` }),
  },
  doctype: {
    zh: (p: { part: string; kind: string }) => ({ message: `部件 ${p.part} 含有 ${p.kind} 声明（实体引用），正常的 Office 文件不会有，已拒绝读取` }),
    en: (p: { part: string; kind: string }) => ({ message: `the part ${p.part} declares a ${p.kind} (entities), which Office files never contain; it was not read` }),
  },
  badXml: {
    zh: (p: { part: string; line: number; error: string }) => ({ message: `部件 ${p.part} 不是格式正确的 XML（第 ${p.line} 行），文件已损坏` }),
    en: (p: { part: string; line: number; error: string }) => ({ message: `the part ${p.part} is not well-formed XML (line ${p.line}: ${p.error})` }),
  },
});
