/**
 * Messages of `npm run build` (scripts/build.ts): why a build was refused, each naming the folder and what
 * to do. A refused build never touches the previous site.
 */
import { defineMessages } from './catalogue.ts';

export const buildMessages = defineMessages({
  distHoldsTree: {
    en: (p: { dist: string; what: 'repository' | 'content'; path: string; example: string }) => ({
      message: `DIST_DIR ${p.dist} holds ${p.what === 'repository' ? 'the repository' : 'the content tree (CONTENT_ROOT)'} (${p.path}); the build replaces its output folder and would delete it.`,
      fix: `Set DIST_DIR to a folder of its own, such as ${p.example}.`,
    }),
    zh: (p: { dist: string; what: 'repository' | 'content'; path: string; example: string }) => ({
      message: `输出目录 DIST_DIR ${p.dist} 包含${p.what === 'repository' ? '仓库' : '内容目录（CONTENT_ROOT）'}（${p.path}）；构建会替换输出目录，从而把它删除。`,
      fix: `请把 DIST_DIR 设为单独的文件夹，例如 ${p.example}。`,
    }),
  },
  distInsideContent: {
    en: (p: { dist: string; example: string }) => ({ message: `DIST_DIR ${p.dist} is inside content/, which holds only content.`, fix: `Set DIST_DIR to a folder outside it, such as ${p.example}.` }),
    zh: (p: { dist: string; example: string }) => ({ message: `输出目录 DIST_DIR ${p.dist} 在 content/ 之内，而 content/ 只能存放内容。`, fix: `请设为 content/ 之外的文件夹，例如 ${p.example}。` }),
  },
  distNotFolder: {
    en: (p: { dist: string; link: boolean }) => ({ message: `DIST_DIR ${p.dist} is ${p.link ? 'a symbolic link' : 'a file'}, not a folder.`, fix: 'Remove it or set DIST_DIR to another path.' }),
    zh: (p: { dist: string; link: boolean }) => ({ message: `输出目录 DIST_DIR ${p.dist} 是${p.link ? '符号链接' : '文件'}，不是文件夹。`, fix: '请删除它或把 DIST_DIR 设为其他路径。' }),
  },
  distHoldsOtherFiles: {
    en: (p: { dist: string }) => ({ message: `DIST_DIR ${p.dist} holds files that are not a built site (no index.html); the build would delete them.`, fix: 'Empty it yourself or set DIST_DIR to another path.' }),
    zh: (p: { dist: string }) => ({ message: `输出目录 DIST_DIR ${p.dist} 中有不属于已生成网站的文件（没有 index.html），构建会把它们删除。`, fix: '请自行清空，或把 DIST_DIR 设为其他路径。' }),
  },
  planMissingFromSite: {
    en: (p: { built: number; declared: number; missing: readonly string[]; contentRoot: string }) => ({
      message: `the built site holds ${p.built} plan(s) where content/ declares ${p.declared}` + (p.missing.length ? ` (missing: ${p.missing.join(', ')})` : '') + '; it was not published.',
      fix: `Check that CONTENT_ROOT (${p.contentRoot}) is the tree you meant, then build again.`,
    }),
    zh: (p: { built: number; declared: number; missing: readonly string[]; contentRoot: string }) => ({
      message: `生成的网站只有 ${p.built} 个规划，而 content/ 中有 ${p.declared} 个` + (p.missing.length ? `（缺少：${p.missing.join('、')}）` : '') + '；没有发布。',
      fix: `请确认 CONTENT_ROOT（${p.contentRoot}）是要发布的内容，然后重新构建。`,
    }),
  },
  cannotCleanUp: {
    en: (p: { dist: string; reason: { en: string; zh: string } }) => ({ message: `cannot clean up next to ${p.dist}: ${p.reason.en}` }),
    zh: (p: { dist: string; reason: { en: string; zh: string } }) => ({ message: `无法清理 ${p.dist} 旁的临时文件夹：${p.reason.zh}` }),
  },
  cannotWrite: {
    en: (p: { dist: string; reason: { en: string; zh: string } }) => ({ message: `cannot write the site next to ${p.dist}: ${p.reason.en}` }),
    zh: (p: { dist: string; reason: { en: string; zh: string } }) => ({ message: `无法在 ${p.dist} 旁写入网站：${p.reason.zh}` }),
  },
  siteContentProblems: {
    en: (p: { content: string; lines: readonly string[] }) => ({ message: `${p.lines.length} problem(s) in ${p.content} (as npm run validate prints them); the site was not built:\n${p.lines.join('\n')}` }),
    zh: (p: { content: string; lines: readonly string[] }) => ({ message: `${p.content} 中有 ${p.lines.length} 个问题（与 npm run validate 的输出相同），网站未生成：\n${p.lines.join('\n')}` }),
  },
  contentProblems: {
    en: (p: { count: number; content: string }) => ({ message: `${p.count} problem(s) in ${p.content}; the site was not built.` }),
    zh: (p: { count: number; content: string }) => ({ message: `${p.content} 中有 ${p.count} 个问题，网站没有生成。` }),
  },
  noPlans: {
    en: (p: { content: string }) => ({ message: `no plans in ${p.content}; a site without plans is never published.` }),
    zh: (p: { content: string }) => ({ message: `${p.content} 中没有规划；不会发布没有规划的网站。` }),
  },
  noPlansInPartition: {
    en: (p: { partition: string; content: string; known: readonly string[] }) => ({
      message: `no plans of partition ${p.partition} in ${p.content}.`,
      fix: `Partitions with plans: ${p.known.join(', ') || '(none)'} (npm run -s partitions).`,
    }),
    zh: (p: { partition: string; content: string; known: readonly string[] }) => ({
      message: `${p.content} 中没有属于分区 ${p.partition} 的规划。`,
      fix: `有规划的分区：${p.known.join('、') || '（无）'}（由 npm run -s partitions 列出）。`,
    }),
  },
  partitionsFailed: {
    en: (p: { partitions: readonly string[] }) => ({ message: `partition(s) ${p.partitions.join(', ')} failed (see above); the national front was not assembled.`, fix: 'Fix what their messages say, then build again.' }),
    zh: (p: { partitions: readonly string[] }) => ({ message: `分区 ${p.partitions.join('、')} 构建失败（原因见上）；全国首页未更新。`, fix: '请按上面的提示修改后重新构建。' }),
  },
  tooManyPartitions: {
    en: (p: { count: number; limit: number; host: string; largest: readonly string[] }) => ({
      message: `${p.count} partitions to build, but ${p.host} runs at most ${p.limit} jobs of one matrix; the pipeline would fail or leave partitions out.`,
      fix: `Split fewer provinces by city (PARTITION_BY_CITY; the largest partitions now: ${p.largest.join(', ')}), or give provinces sites of their own (PARTITION_URLS) and build them in their own pipelines.`,
    }),
    zh: (p: { count: number; limit: number; host: string; largest: readonly string[] }) => ({
      message: `要构建 ${p.count} 个分区，但 ${p.host} 一个矩阵最多运行 ${p.limit} 个作业；流水线会失败或漏掉分区。`,
      fix: `请少按市拆分几个省（PARTITION_BY_CITY；目前最大的分区：${p.largest.join('、')}），或让一些省用自己的网站（PARTITION_URLS）、在各自的流水线中构建。`,
    }),
  },
  partitionsMissing: {
    en: (p: { partitions: readonly string[]; folder: string }) => ({
      message: `partition(s) ${p.partitions.join(', ')} of the content have no built output (summary.json) in ${p.folder}; the national front was not assembled, so that no half a country is published.`,
      fix: 'Build them first (npm run build -- --partition <id>), or build everything with npm run build -- --all.',
    }),
    zh: (p: { partitions: readonly string[]; folder: string }) => ({
      message: `内容中的分区 ${p.partitions.join('、')} 在 ${p.folder} 中没有构建结果（summary.json）；全国首页未组装，以免只发布一部分省份。`,
      fix: '请先构建这些分区（npm run build -- --partition <分区>），或用 npm run build -- --all 构建全部。',
    }),
  },
  siteUrlDefault: {
    en: (p: { origin: string }) => ({
      message: `warning: SITE_URL is not set, so every citation, embed snippet, feed and share link in this build names ${p.origin}, which works on this computer only.`,
      fix: 'Before building a site to publish, set SITE_URL to its public address, e.g. SITE_URL=https://www.example.gov.cn.',
    }),
    zh: (p: { origin: string }) => ({
      message: `提示（warning）：没有设置 SITE_URL，本次生成的网站中，引用、嵌入代码、订阅和分享链接的地址都是 ${p.origin}，只在本机有效。`,
      fix: '生成要发布的网站前，请把 SITE_URL 设为网站的正式地址，例如 SITE_URL=https://www.example.gov.cn。',
    }),
  },
  siteUrlRequired: {
    en: (p: { origin: string }) => ({
      message: `a build to deploy (--deploy) needs SITE_URL: without it every citation, embed snippet, feed and share link would name ${p.origin}.`,
      fix: 'Set SITE_URL to the public address (GitHub: Settings → Secrets and variables → Actions → Variables; GitLab: Settings → CI/CD → Variables), e.g. SITE_URL=https://www.example.gov.cn.',
    }),
    zh: (p: { origin: string }) => ({
      message: `发布用的构建（--deploy）必须设置 SITE_URL：否则引用、嵌入代码、订阅和分享链接的地址都会是 ${p.origin}。`,
      fix: '请把 SITE_URL 设为网站的正式地址（GitHub：Settings → Secrets and variables → Actions → Variables；GitLab：Settings → CI/CD → Variables），例如 SITE_URL=https://www.example.gov.cn。',
    }),
  },
  unexpected: {
    en: (p: { what: string; debug: boolean }) => ({ message: p.what, fix: p.debug ? undefined : '(run npm run build -- --debug for details)' }),
    zh: (p: { what: string; debug: boolean }) => ({ message: `构建遇到意外错误而停止：${p.what}`, fix: p.debug ? undefined : '（运行 npm run build -- --debug 查看详细信息）' }),
  },
  failed: {
    // The English stays in the Chinese line too: scripts and tests look for it whatever the language.
    en: () => ({ message: 'Build failed; the previous site (if any) is unchanged.' }),
    zh: () => ({ message: '构建失败，之前的网站（如有）保持不变（Build failed; the previous site (if any) is unchanged.）' }),
  },
});
