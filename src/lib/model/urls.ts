/**
 * Every internal URL of the site, built in one place, under the site's base path (DESIGN.md, URLs).
 *
 * A county bureau hosts the site inside its government portal (`https://www.example.gov.cn/jyj/ghgk/`),
 * so no page, download, feed, search record or script may assume the site lives at `/`. The base path
 * (`BASE_PATH`, default `/`) and the address for absolute links (`SITE_URL`, default
 * `http://localhost:4321`) come checked from the configuration module (src/config/env.ts) when a URL is
 * built, so the build, the scripts and the tests agree without passing them around. Nothing else in the
 * code concatenates site paths.
 */
import { siteAddress } from '../../config/env.ts';

/** `BASE_PATH` normalised to start and end with `/`: `jyj/ghgk` → `/jyj/ghgk/`. */
export function basePath(): string {
  return siteAddress().basePath;
}

/** `SITE_URL` without a trailing slash: the scheme and host (and port) of the deployed site. */
export function siteOrigin(): string {
  return siteAddress().siteOrigin;
}

/** A path inside the site (`plans/x/`, no leading slash) under the base path. */
function under(path: string): string {
  return basePath() + path.replace(/^\/+/, '');
}

const hash = (anchor: string | undefined) => (anchor ? `#${encodeURIComponent(anchor)}` : '');
const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** The URL scheme of DESIGN.md. Ids are already URL-safe (lowercase ASCII and hyphens). */
export const urls = {
  home: () => under(''),
  plan: (plan: string, anchor?: string) => under(`plans/${plan}/`) + hash(anchor),
  text: (plan: string, clause?: string) => under(`plans/${plan}/text/`) + hash(clause),
  indicator: (plan: string, indicator: string) => under(`plans/${plan}/indicators/${indicator}/`),
  indicatorChart: (plan: string, indicator: string) => under(`plans/${plan}/indicators/${indicator}/chart.svg`),
  /** An indicator's own download: `data.csv`, `chart.svg`, `chart.png`. */
  indicatorFile: (plan: string, indicator: string, file: string) => under(`plans/${plan}/indicators/${indicator}/${file}`),
  /** The indicator for embedding in another site (an iframe): chart and source, no site chrome. */
  embed: (plan: string, indicator: string) => under(`embed/${plan}/${indicator}/`),
  /** A plan's share card (Open Graph image). */
  planShare: (plan: string) => under(`plans/${plan}/share.png`),
  measures: (plan: string, clause?: string) => under(`plans/${plan}/measures/`) + hash(clause),
  projects: (plan: string, project?: string) => under(`plans/${plan}/projects/`) + hash(project),
  planUpdates: (plan: string) => under(`plans/${plan}/updates/`),
  planFeed: (plan: string) => under(`plans/${plan}/updates.xml`),
  updates: () => under('updates/'),
  feed: () => under('updates.xml'),
  departments: () => under('departments/'),
  department: (slug: string) => under(`departments/${slug}/`),
  compareIndex: () => under('compare/'),
  compare: (concept: string) => under(`compare/${concept}/`),
  /** Page `page` (1-based) of a comparison too long for one page; page 1 is the comparison itself. */
  comparePage: (concept: string, page: number, anchor?: string) => under(page <= 1 ? `compare/${concept}/` : `compare/${concept}/${page}/`) + hash(anchor),
  regions: () => under('regions/'),
  region: (slug: string) => under(`regions/${slug}/`),
  dataIndex: () => under('data/'),
  /** A download: `scope` is `all` or a plan id; `file` e.g. `indicators.csv`, `datapackage.json`. */
  data: (scope: string, file: string) => under(`data/${scope}/${file}`),
  search: (params: Record<string, string | undefined> = {}) => under('search/') + query(params),
  about: (anchor?: string) => under('about/') + hash(anchor),
  /** A file from public/ (a script, the favicon). */
  asset: (file: string) => under(file),
  /** A Pagefind index folder: `pagefind`, `pagefind-1` … */
  searchIndex: (dir: string) => under(`${dir}/`),
} as const;

/** An absolute address for feeds, the sitemap and share cards: SITE_URL + a URL from `urls`. */
export function absoluteUrl(url: string): string {
  return siteOrigin() + (url.startsWith('/') ? url : `/${url}`);
}
