/**
 * Every internal URL of the site, built in one place, under the site's base path (DESIGN.md, URLs).
 *
 * A county bureau hosts the site inside its government portal (`https://www.example.gov.cn/jyj/ghgk/`),
 * so no page, download, feed, search record or script may assume the site lives at `/`. Nothing else in the
 * code concatenates site paths.
 *
 * This module reads no configuration (lib/model is pure): `urlBuilder(site)` builds the URLs of a site at
 * the address it is given. The site's own builder is bound once at the edge, where the configuration is
 * read: lib/site/urls.ts binds the checked BASE_PATH and SITE_URL (src/config/env.ts) for the pages, and
 * scripts/env.ts for the commands. The builder asks the bound address when a URL is built, so a build
 * that sets BASE_PATH after import (a partition's) and tests that change it between cases still agree.
 * Until the edge binds it, URLs are those of the unset environment: a site at the root of
 * http://localhost:4321.
 */

/** Where the site lives: its base path (`/`, `/jyj/ghgk/`) and the scheme, host and port for absolute links. */
export interface SiteAddress {
  /** Starts and ends with `/`. */
  readonly basePath: string;
  /** No trailing slash, e.g. `https://www.example.gov.cn`. */
  readonly siteOrigin: string;
}

/** The address of a site whose environment sets neither BASE_PATH nor SITE_URL (src/config/env.ts defaults). */
export const DEFAULT_SITE_ADDRESS: SiteAddress = { basePath: '/', siteOrigin: 'http://localhost:4321' };

const hash = (anchor: string | undefined) => (anchor ? `#${encodeURIComponent(anchor)}` : '');
const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const s = q.toString();
  return s ? `?${s}` : '';
};

/**
 * The URL scheme of DESIGN.md for a site at `site` (an address, or a function giving it when a URL is
 * built). Ids are already URL-safe (lowercase ASCII and hyphens).
 */
export function urlBuilder(site: SiteAddress | (() => SiteAddress)) {
  const at = typeof site === 'function' ? site : () => site;
  /** A path inside the site (`plans/x/`, no leading slash) under the base path. */
  const under = (path: string) => at().basePath + path.replace(/^\/+/, '');
  const urls = {
    home: () => under(''),
    plan: (plan: string, anchor?: string) => under(`plans/${plan}/`) + hash(anchor),
    text: (plan: string, clause?: string) => under(`plans/${plan}/text/`) + hash(clause),
    indicator: (plan: string, indicator: string) => under(`plans/${plan}/indicators/${indicator}/`),
    indicatorChart: (plan: string, indicator: string) => under(`plans/${plan}/indicators/${indicator}/chart.svg`),
    /** An indicator's own download: `data.csv`, `chart.svg` (its PNG is made in the reader's browser). */
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
    /** The search index's folder (`search-index`, docs/search-index.md). */
    searchIndex: (dir: string) => under(`${dir}/`),
  } as const;
  return {
    urls,
    /** An absolute address for feeds, the sitemap and share cards: SITE_URL + a URL from `urls`. */
    absoluteUrl: (url: string) => at().siteOrigin + (url.startsWith('/') ? url : `/${url}`),
    /** The base path, starting and ending with `/`. */
    basePath: () => at().basePath,
    /** The scheme and host (and port), without a trailing slash. */
    siteOrigin: () => at().siteOrigin,
  };
}

/** A site's URLs, as `urlBuilder` makes them. */
export type SiteUrls = ReturnType<typeof urlBuilder>;

let bound: () => SiteAddress = () => DEFAULT_SITE_ADDRESS;

/**
 * Binds the site's address, once, at the edge (lib/site/urls.ts, scripts/env.ts): `address` is asked each
 * time a URL is built. Library code never calls this; it builds URLs with `urls` below.
 */
export function bindSiteAddress(address: () => SiteAddress): void {
  bound = address;
}

/** The site's own URLs, at the address the edge bound. */
export const { urls, absoluteUrl, basePath, siteOrigin } = urlBuilder(() => bound());
