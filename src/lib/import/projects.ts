/**
 * Major projects (重大项目): the numbered items of a chapter or 专栏 whose title names projects or
 * facilities (重大项目, 基础设施). Each keeps its text verbatim, the schools and facilities it names, and
 * every area (平方米) and budget (万元) figure it prints, as a number and as printed.
 */
import type { Project, Quantity } from '../../schemas/projects.ts';
import type { Clause } from '../model/clauses.ts';

const PROJECT_SECTION = /重大项目|重点项目|重点工程|基础设施|建设项目/u;

const FACILITY =
  /([\u4e00-\u9fff\d]{0,20}?(?:幼儿园|小学|中学|学校|职教中心|职业教育中心|[一二三四五六七八九十]中|城关[一二三四五六七八九十]小|九年制|实训基地|实训楼|实验楼|综合楼|教学楼|宿舍楼|学生公寓|食堂|图书馆|体育馆|风雨操场))(?=[、，。；等和”）]|$|[迁扩新]建|建设|进行|综合楼|教学楼|宿舍楼|实训楼|实验楼|学生公寓|食堂|图书馆|体育馆|风雨操场)/gu;
const LEADING_VERB = /^(?:.*?(?:实施|新建|扩建|迁建|改造|建设|对|完成|购置|推进|争取完善|分期分批建设|加强|支持))/u;
const QUANTITY = /(\d+(?:\.\d+)?)\s*(平方米|万元|亿元)/gu;

/** Schools and facilities an item names, as printed, in order, each once. */
export function readFacilities(text: string): string[] {
  const out: string[] = [];
  // The lead phrase names the kind of project (义务教育学校建设), not a facility.
  const lead = leadPhrase(text);
  for (const m of text.matchAll(FACILITY)) {
    let name = m[1]!;
    const verb = LEADING_VERB.exec(name);
    if (verb && verb[0].length < name.length) name = name.slice(verb[0].length);
    name = name.replace(/^(?:和|及|与|的|在|了|为|各|等)/u, '');
    if (name.length < 3 || /^\d/u.test(name) || /薄弱/u.test(name) || lead.startsWith(name) || out.includes(name)) continue;
    out.push(name);
  }
  return out;
}

/** Every `…25046平方米` and `…11190万元` in the text, with the words printed before it. */
export function readQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const before = text.slice(0, m.index);
    const label = /[^，、。；：,;:（）()]{0,20}$/u.exec(before)![0];
    out.push({ label, value: Number(m[1]), unit: m[2]!, text: `${label}${m[0]}` });
  }
  return out;
}

function leadPhrase(text: string): string {
  const first = text.split(/[。；]/u)[0]!;
  return first.length <= 30 ? first : first.split(/[，]/u)[0]!;
}

export function extractProjects(clauses: readonly Clause[]): Project[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const sections = clauses.filter((c) => (c.kind === 'heading' || c.kind === 'box') && PROJECT_SECTION.test(c.text));
  const out: Project[] = [];
  for (const section of sections) {
    const items = clauses.filter((c) => c.parent === section.id && c.marker !== null);
    const category = section.text.replace(/^(?:[一二三四五六七八九十]+、|专栏\s*\d*\s*[：:]?\s*)/u, '');
    for (const item of items) {
      const body = item.text.slice(item.text.indexOf(item.marker!) + item.marker!.length).trim();
      const quantities = readQuantities(item.text);
      out.push({
        id: item.id,
        no: item.marker,
        name: leadPhrase(body),
        category,
        facilities: readFacilities(body),
        floorArea: quantities.filter((q) => q.unit === '平方米' && /建筑面积/u.test(q.label)),
        landArea: quantities.filter((q) => q.unit === '平方米' && /占地/u.test(q.label)),
        area: quantities.filter((q) => q.unit === '平方米' && !/建筑面积|占地/u.test(q.label)),
        budget: quantities.filter((q) => q.unit === '万元' || q.unit === '亿元'),
        text: item.text,
        clause: byId.get(item.id)!.id,
      });
    }
  }
  return out;
}
