/**
 * How a plan's source is told to readers: by who published it and what it is, never by the name of
 * the file the importer read (`003_6f2007cb89897e4a.txt` means nothing to a reader and is not a source).
 */
const FILE = /[（(][^（）()]*\.(?:txt|docx?|pdf|md|ya?ml|json)[）)]/gi;

export function sourceForReaders(source: string): string {
  return source
    .replace(FILE, '')
    .replace(/，?由原始文件转换的纯文本/g, '')
    .replace(/[，,\s]+$/, '')
    .trim();
}
