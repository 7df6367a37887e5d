/**
 * The one place that reads the environment (STYLE.md, habit 13). Every variable the project knows is
 * checked here with zod, and a bad value is refused by name, with what was expected, what was found and
 * how to fix it, in Chinese (English with CONTENT_LANG=en or a command's --lang en). Scripts and
 * astro.config.mjs read their settings from here, and so does lib/site, the edge between Astro and the
 * library; the library below it receives values as arguments (the base path and address through the URL
 * builder the edge binds: lib/site/urls.ts, scripts/env.ts).
 *
 * The environment is read when asked, not once at import: the build sets CONTENT_ROOT before Astro renders
 * the pages (which import their own copy of this module), and tests change variables between cases. Each
 * accessor keeps its last answer for as long as the variables it reads are unchanged.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { langOf, type Lang, type Message, type Text } from '../lib/messages/catalogue.ts';
import { configMessages as M } from '../lib/messages/config.ts';

/** Environment variables as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** A variable refused, with its message in both languages. */
export interface ConfigProblem {
  variable: string;
  zh: Text;
  en: Text;
}

/** Settings of the environment, checked: what every command and the site may read. */
export interface Config {
  /** The site's folder on its host, starting and ending with `/` (BASE_PATH, default `/`). */
  basePath: string;
  /** Scheme, host and port of the deployed site, without a trailing slash (SITE_URL, default http://localhost:4321). */
  siteOrigin: string;
  /** Whether SITE_URL was set (the build says which address it builds for). */
  siteUrlGiven: boolean;
  /** The body that publishes the site (SITE_PUBLISHER, e.g. 泾源县教育体育局), named in every page's footer; undefined when unset. */
  publisher: string | undefined;
  /** The folder holding content/ (CONTENT_ROOT), absolute; undefined when unset, each command then has its default. */
  contentRoot: string | undefined;
  /** The folder the build publishes to (DIST_DIR), absolute; undefined when unset (the build's default: dist/). */
  distDir: string | undefined;
  /** The language of messages for staff (CONTENT_LANG; a command's --lang wins). */
  lang: Lang;
  /** The validator's "today" (VALIDATE_TODAY, YYYY-MM-DD), for tests and re-checking an old tree. */
  validateToday: string | undefined;
  /** The dev server's port (PORT, default 4321). */
  port: number;
  /** CONTENT_UNVALIDATED=1: the site reads content without refusing markup (defence-in-depth tests only). */
  contentUnvalidated: boolean;
  /** DEBUG=1: commands print the stack of an unexpected error. */
  debug: boolean;
  /** BUILD_QUIET set: Astro logs errors only. */
  buildQuiet: boolean;
  /** BUILD_FAULT / BUILD_PAUSE: a build stage to fail or stop at (tests of the atomic publish only). */
  buildFault: string | undefined;
  buildPause: string | undefined;
  /** PARTITION: the partition this build publishes (a province's two-digit code, or a city's four digits in a province split by city); undefined: every plan, one site. */
  partition: string | undefined;
  /** PARTITION_BY_CITY: the provinces (two-digit codes) built city by city, because one build of the whole province would exceed a host's limits. */
  partitionByCity: string[];
  /** PARTITION_URLS: each partition's own site address, when partitions are separate sites (default: one host, /p/<id>/). */
  partitionUrls: Record<string, string>;
}

/** Unset and empty mean the same: the default. */
const optional = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

type Issue = { variable: string; message: Message<never>; params: unknown };
/** Adds a catalogue message as a zod issue, so that every refusal comes out as a ConfigProblem. */
function refuse<P>(ctx: z.RefinementCtx, variable: string, message: Message<P>, params: P): void {
  ctx.addIssue({ code: 'custom', message: variable, params: { variable, message, params } satisfies Issue });
}

const QUOTES = /["'`“”‘’]/;

/** BASE_PATH `jyj/ghgk`, `/jyj//ghgk/ ` … → `/jyj/ghgk/`; a space, a quote, `..` or markup is refused. */
export const BasePathSchema = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const value = (raw ?? '/').trim();
    const quote = QUOTES.exec(value)?.[0];
    if (/\s/.test(value)) refuse(ctx, 'BASE_PATH', M.basePathSpace, { value: raw! });
    else if (quote) refuse(ctx, 'BASE_PATH', M.basePathQuote, { value: raw!, char: quote });
    else if (value.split('/').some((s) => s === '.' || s === '..')) refuse(ctx, 'BASE_PATH', M.basePathDots, { value: raw! });
    else {
      const bad = /[^A-Za-z0-9._~\-/]/.exec(value)?.[0];
      if (bad) refuse(ctx, 'BASE_PATH', M.basePathCharacter, { value: raw!, char: bad });
    }
    return baseOf(value);
  });

/** BASE_PATH cleaned of empty segments, whether or not it is valid (SITE_URL is compared with it). */
const baseOf = (raw: string | undefined) => {
  const segments = (raw ?? '/').trim().split('/').filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
};

/** SITE_URL: an absolute http(s) address of scheme, host and port only, returned without a trailing slash. */
function siteOriginOf({ raw, base }: { raw?: string | undefined; base: string }, ctx: z.RefinementCtx): { origin: string; given: boolean } {
  const value = optional(raw)?.trim();
  if (value === undefined) return { origin: 'http://localhost:4321', given: false };
  let url: URL | undefined;
  try {
    url = /^https?:\/\/[^\s/?#]+/i.test(value) ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname || url.username || url.password) {
    refuse(ctx, 'SITE_URL', M.siteUrlNotAbsolute, { value: raw! });
    return { origin: 'http://localhost:4321', given: true };
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path || url.search || url.hash || /[?#]/.test(value)) {
    const inner = path.split('/').filter(Boolean).join('/');
    const repeatsBase = base !== '/' && inner !== '' && `/${inner}/`.endsWith(base);
    const folder = inner && !url.search && !url.hash ? `/${inner}/${base === '/' || repeatsBase ? '' : base.slice(1)}` : base === '/' ? '/jyj/ghgk/' : base;
    refuse(ctx, 'SITE_URL', repeatsBase ? M.siteUrlHasBase : M.siteUrlHasPath, { value: raw!, origin: url.origin, base: repeatsBase ? base : folder });
  }
  return { origin: url.origin, given: true };
}

const folder = z
  .string()
  .optional()
  .transform((raw) => {
    const v = optional(raw);
    return v === undefined ? undefined : resolve(v);
  });

/** Every variable the project reads. */
export const VARIABLES = ['BASE_PATH', 'SITE_URL', 'SITE_PUBLISHER', 'CONTENT_ROOT', 'DIST_DIR', 'CONTENT_LANG', 'VALIDATE_TODAY', 'PORT', 'CONTENT_UNVALIDATED', 'DEBUG', 'BUILD_QUIET', 'BUILD_FAULT', 'BUILD_PAUSE', 'PARTITION', 'PARTITION_URLS'] as const;

/** The variables, each checked on its own (SITE_URL arrives with the base path it must not repeat). */
const Fields = z.object({
  BASE_PATH: BasePathSchema,
  SITE_URL: z.object({ raw: z.string().optional(), base: z.string() }).transform(siteOriginOf),
  SITE_PUBLISHER: z.string().optional(),
  CONTENT_ROOT: folder,
  DIST_DIR: folder,
  CONTENT_LANG: z
    .string()
    .optional()
    .transform((raw, ctx): Lang => {
      const v = optional(raw)?.trim().toLowerCase();
      if (v === undefined || v === 'zh' || v === 'zh-cn') return 'zh';
      if (v === 'en') return 'en';
      refuse(ctx, 'CONTENT_LANG', M.lang, { value: raw! });
      return 'zh';
    }),
  VALIDATE_TODAY: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const v = optional(raw)?.trim();
      if (v !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)))) refuse(ctx, 'VALIDATE_TODAY', M.date, { variable: 'VALIDATE_TODAY', value: raw! });
      return v;
    }),
  PORT: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const v = optional(raw)?.trim();
      if (v === undefined) return 4321;
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 65535) {
        refuse(ctx, 'PORT', M.port, { value: raw! });
        return 4321;
      }
      return Number(v);
    }),
  CONTENT_UNVALIDATED: z.string().optional(),
  DEBUG: z.string().optional(),
  BUILD_QUIET: z.string().optional(),
  BUILD_FAULT: z.string().optional(),
  BUILD_PAUSE: z.string().optional(),
  PARTITION: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const v = optional(raw)?.trim();
      if (v !== undefined && !/^\d{2}(\d{2})?$/.test(v)) refuse(ctx, 'PARTITION', M.partition, { value: raw! });
      return v;
    }),
  PARTITION_BY_CITY: z
    .string()
    .optional()
    .transform((raw, ctx): string[] => {
      const v = optional(raw)?.trim();
      if (v === undefined) return [];
      const ids = v.split(/[,，\s]+/).filter(Boolean);
      if (!ids.every((id) => /^\d{2}$/.test(id))) {
        refuse(ctx, 'PARTITION_BY_CITY', M.partitionByCity, { value: raw! });
        return [];
      }
      return [...new Set(ids)].sort();
    }),
  PARTITION_URLS: z
    .string()
    .optional()
    .transform((raw, ctx): Record<string, string> => {
      const v = optional(raw)?.trim();
      if (v === undefined) return {};
      let parsed: unknown;
      try {
        parsed = JSON.parse(v);
      } catch {
        parsed = undefined;
      }
      const ok = (x: unknown): x is Record<string, string> =>
        typeof x === 'object' && x !== null && !Array.isArray(x) && Object.entries(x).every(([k, u]) => /^\d{2}(\d{2})?$/.test(k) && typeof u === 'string' && /^https?:\/\/[^\s"'<>]+$/.test(u));
      if (!ok(parsed)) {
        refuse(ctx, 'PARTITION_URLS', M.partitionUrls, { value: raw! });
        return {};
      }
      return parsed;
    }),
});

/** The whole environment, as the project reads it. */
export const EnvSchema = z
  // SITE_URL is judged against the base path (it must not repeat it), so it is handed both.
  .preprocess((env) => ({ ...(env as Env), SITE_URL: { raw: (env as Env).SITE_URL, base: baseOf((env as Env).BASE_PATH) } }), Fields)
  .transform((e): Config => ({
    basePath: e.BASE_PATH,
    siteOrigin: e.SITE_URL.origin,
    siteUrlGiven: e.SITE_URL.given,
    publisher: optional(e.SITE_PUBLISHER)?.trim(),
    contentRoot: e.CONTENT_ROOT,
    distDir: e.DIST_DIR,
    lang: e.CONTENT_LANG,
    validateToday: e.VALIDATE_TODAY,
    port: e.PORT,
    contentUnvalidated: e.CONTENT_UNVALIDATED === '1',
    debug: e.DEBUG === '1',
    buildQuiet: Boolean(e.BUILD_QUIET),
    buildFault: optional(e.BUILD_FAULT),
    buildPause: optional(e.BUILD_PAUSE),
    partition: e.PARTITION,
    partitionByCity: e.PARTITION_BY_CITY,
    partitionUrls: e.PARTITION_URLS,
  }));

/** The environment's settings, or every problem with them (all of them, not the first). */
export function readConfig(env: Env = process.env): { config: Config; problems: [] } | { config: undefined; problems: ConfigProblem[] } {
  const r = EnvSchema.safeParse({ ...env });
  if (r.success) return { config: r.data, problems: [] };
  const problems = r.error.issues.map((issue): ConfigProblem => {
    const i = (issue as { params?: Issue }).params;
    if (!i) return { variable: issue.path.join('.'), zh: { message: `${issue.path.join('.')}：${issue.message}` }, en: { message: `${issue.path.join('.')}: ${issue.message}` } };
    const m = i.message as Message<unknown>;
    return { variable: i.variable, zh: m.zh(i.params), en: m.en(i.params) };
  });
  return { config: undefined, problems };
}

/** The problems as lines for a person: a heading, then one line per variable with how to fix it. */
export function describeConfigProblems(problems: readonly ConfigProblem[], lang: Lang): string {
  const head = M.refused[lang]({ count: problems.length }).message;
  const line = (p: ConfigProblem) => (lang === 'zh' ? `  ${p.zh.message}修改方法：${p.zh.fix ?? ''}` : `  ${p.en.message} ${p.en.fix ?? ''}`.trimEnd());
  return [head, ...problems.map(line)].join('\n');
}

/** Thrown by the accessors below when a variable is set wrongly; its message is in the configured language. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: readonly ConfigProblem[];
  readonly lang: Lang;
  constructor(problems: readonly ConfigProblem[], lang: Lang) {
    super(describeConfigProblems(problems, lang));
    this.problems = problems;
    this.lang = lang;
  }
  /** The refusal in `lang`. */
  text(lang: Lang): string {
    return describeConfigProblems(this.problems, lang);
  }
}

/** The language of messages when a variable itself is wrong: CONTENT_LANG=en, else Chinese. */
const fallbackLang = (env: Env): Lang => langOf(env.CONTENT_LANG);

let whole: { key: string; config: Config } | undefined;
/** The checked environment of this process; throws ConfigError (every problem, in CONTENT_LANG) when a variable is wrong. */
export function config(env: Env = process.env): Config {
  const key = JSON.stringify(VARIABLES.map((k) => env[k]));
  if (whole?.key === key) return whole.config;
  const r = readConfig(env);
  if (!r.config) throw new ConfigError(r.problems, fallbackLang(env));
  whole = { key, config: r.config };
  return r.config;
}

let address: { base: string | undefined; site: string | undefined; value: { basePath: string; siteOrigin: string } } | undefined;
/**
 * The base path and the site's address, for every URL the site builds (bound to lib/model/urls.ts by
 * lib/site/urls.ts and scripts/env.ts). Reads only
 * BASE_PATH and SITE_URL, so that building a URL costs two lookups.
 */
export function siteAddress(): { basePath: string; siteOrigin: string } {
  const base = process.env.BASE_PATH;
  const site = process.env.SITE_URL;
  if (address && address.base === base && address.site === site) return address.value;
  const { basePath, siteOrigin } = config();
  address = { base, site, value: { basePath, siteOrigin } };
  return address.value;
}

