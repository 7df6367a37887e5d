/**
 * The structure profile of a plan, `content/sources/<id>.profile.yaml`: what the importer inferred about
 * the document (outline styles and levels, the role of every table column, page furniture removed, how
 * responsibility is phrased, where projects are, targets printed in prose), readable and editable by staff.
 * Two things in it steer the next import, so that staff correct the profile, not the code:
 *   tables[].kind and tables[].columns[].role  (a table is matched by its first line and its header)
 *   proseTargets[].confirmed                   (true: publish the target as an indicator)
 * Everything else is rewritten on each import. The same text with the same profile gives the same output.
 */
import { Document, parse } from 'yaml';
import { z } from 'zod';
import { ColumnRoleSchema, TableKindSchema } from '../../schemas/plan.ts';
import { enZh, sentence } from '../messages/catalogue.ts';
import { importerMessages as M } from '../messages/importer.ts';


export const ProfileSchema = z.object({
  plan: z.string(),
  /** The file the text was read from; for .docx, where its real tables are (read again from the .txt). */
  source: z
    .object({
      kind: z.enum(['txt', 'docx', 'pdf', 'html']),
      tables: z.array(z.object({ first: z.number().int(), last: z.number().int(), headerRows: z.number().int().positive().optional() })).default([]),
      /** Boxes (专栏) the file draws as boxes: their lines, read again from the .txt. */
      boxes: z.array(z.object({ first: z.number().int(), last: z.number().int(), title: z.string().nullable().default(null) })).optional(),
      /** What the file says of a paragraph that the outline reads (Word outline level, bold, centred), by line. */
      paragraphs: z
        .array(z.object({ line: z.number().int(), outlineLevel: z.number().int().optional(), bold: z.boolean().optional(), centered: z.boolean().optional() }))
        .optional(),
      /** Lines that are notes (footnotes, notes under a table). */
      notes: z.array(z.object({ first: z.number().int(), last: z.number().int() })).optional(),
    })
    .optional(),
  /** What the import published as printed without understanding it, with the fix (rewritten on each import). */
  warnings: z.array(z.object({ line: z.number().int(), text: z.string(), reason: z.string(), fix: z.string() })).optional(),
  outline: z.array(z.object({ style: z.string(), level: z.number().int(), count: z.number().int() })).default([]),
  tables: z
    .array(
      z.object({
        line: z.number().int().positive(),
        clause: z.string(),
        caption: z.string().nullable().default(null),
        kind: TableKindSchema,
        rows: z.number().int().default(0),
        columns: z.array(z.object({ header: z.string(), role: ColumnRoleSchema })),
      }),
    )
    .default([]),
  furniture: z.record(z.string(), z.unknown()).default({}),
  responsibility: z.array(z.string()).default([]),
  projects: z.array(z.object({ clause: z.string(), kind: z.string(), count: z.number().int() })).default([]),
  proseTargets: z
    .array(
      z.object({
        id: z.string(),
        clause: z.string(),
        text: z.string(),
        year: z.number().int(),
        value: z.number(),
        unit: z.string().nullable(),
        inTable: z.boolean().default(false),
        confirmed: z.boolean().default(false),
      }),
    )
    .default([]),
});
export type Profile = z.output<typeof ProfileSchema>;

export class ProfileError extends Error {
  readonly zh: string;
  constructor(message: string, zh: string) {
    super(message);
    this.zh = zh;
  }
}

/** Reads a profile; a mistake names the field, in English and Chinese. */
export function readProfile(text: string, path: string): Profile {
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    throw new ProfileError(...enZh(M.profileYaml, { path, error: err instanceof Error ? err.message.split('\n')[0]! : '' }));
  }
  const r = ProfileSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    let found: unknown = data;
    for (const k of issue.path) found = found !== null && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[k] : undefined;
    const params = { path, field: issue.path.join('.'), found, roles: ColumnRoleSchema.options, kinds: TableKindSchema.options };
    throw new ProfileError(sentence(M.profileField, params, 'en'), sentence(M.profileField, params, 'zh'));
  }
  return r.data;
}

const HEADER = ` 结构配置（structure profile）：导入程序对本规划结构的理解，供工作人员核对。
 理解有误时请修改本文件（不要改代码），然后重新运行 npm run import。会影响下次导入的只有：
   tables[].kind                表格类型：indicators 指标表，tasks 任务清单，projects 项目表，other 其他
   tables[].columns[].role      每列含义：no 序号，group 类别，name 指标名称，unit 单位，baseline 基期值，
                                milestone 中间年份，target 目标值，attribute 属性，task 重点任务，measure 具体措施，
                                units 责任单位，lead 牵头单位，support 配合单位，deadline 完成时限，project 项目名称，
                                content 建设内容，budget 投资，area 面积，period 建设年限，note 备注，other 其他
   proseTargets[].confirmed     正文中的目标（如“到2030年…达到95%以上”）：核对无误后改为 true，即作为指标发布
 其余内容每次导入时重新生成。`;

export function writeProfile(p: Profile): string {
  const doc = new Document(p);
  doc.commentBefore = HEADER;
  return doc.toString({ lineWidth: 0 });
}
