/**
 * The last line of defence: if the conversion to Markdown ever lost, reordered or invented a character
 * (a bug nobody has seen yet), the importer refuses with the place and writes nothing. The conversion is
 * made faulty here on purpose, one way per case, to prove the check stops each.
 */
import { describe, expect, it, vi } from 'vitest';
import * as toMarkdown from '../../src/lib/import/to-markdown.ts';
import { ImportError } from '../../src/lib/import/parse-plan.ts';
import { fixtureText, importFixture } from '../helpers/import-fixture.ts';

vi.mock('../../src/lib/import/to-markdown.ts', async (importOriginal) => {
  const real = await importOriginal<typeof toMarkdown>();
  return { ...real, blocksToMarkdown: vi.fn(real.blocksToMarkdown) };
});
const real = (await vi.importActual<typeof toMarkdown>('../../src/lib/import/to-markdown.ts')).blocksToMarkdown;

function refusal(fault: (md: string) => string): ImportError {
  vi.mocked(toMarkdown.blocksToMarkdown).mockImplementationOnce((blocks) => fault(real(blocks)));
  try {
    importFixture('chapter-layout', fixtureText('chapter-layout'));
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('imported without complaint');
}

describe('a conversion that is not faithful is refused', () => {
  it('imports the fixture when the conversion is faithful', () => {
    expect(() => importFixture('chapter-layout', fixtureText('chapter-layout'))).not.toThrow();
  });

  it('refuses a dropped character, quoting the text and the Markdown where they part', () => {
    const err = refusal((md) => md.replace('城镇学校大班额', '城镇学校班额'));
    expect(err.zh).toContain('转换结果与原文不一致');
    expect(err.zh).toContain('城镇学校大班额');
  });

  it('refuses two characters swapped', () => {
    const err = refusal((md) => md.replace('乡村学校小规模', '乡村学校规小模'));
    expect(err.zh).toContain('转换结果与原文不一致');
  });

  it('refuses a character that the text does not have', () => {
    const err = refusal((md) => md.replace('加快建设教育强县', '加快建设教育强县区'));
    expect(err.zh).toContain('转换结果与原文不一致');
  });

  it('refuses a table cell that went missing, naming its line', () => {
    const err = refusal((md) => md.replace('| 推进集团化办学全覆盖 |', '|  |'));
    expect(err.zh).toContain('原文表格中的单元格“推进集团化办学全覆盖”在转换结果中缺失');
    expect(err.lineText).toContain('推进集团化办学全覆盖');
  });
});
