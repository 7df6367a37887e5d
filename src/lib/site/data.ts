/**
 * The pages' one way to the content. It reads `content/` through the same reader as `npm run validate`
 * (src/lib/content/load.ts), so a page can never show content that the validator refuses: the build runs
 * the validator first, and `npm run dev` stops a page with the very same messages (Astro's error overlay
 * shows them) until the content is fixed.
 */
import { config } from '../../config/env.ts';
import { loadContent, type ContentModel } from '../content/load.ts';
import { handedOver } from '../content/handoff.ts';
import { problemFormatter } from '../content/problems.ts';
import { readHistory, type History } from '../content/history.ts';
import type { PlanBundle } from '../model/plan.ts';
import { plansOfPartition } from '../model/partitions.ts';
import { partitionHistory } from '../publish/updates.ts';
import type { Concept } from '../../schemas/concepts.ts';
import type { ReferenceFile } from '../../schemas/reference.ts';
import { say } from '../messages/catalogue.ts';
import { buildMessages } from '../messages/build.ts';
// The site's address is bound to the URL builder before any page (and any publisher it calls) builds a URL.
import './urls.ts';

/** The folder that holds content/: CONTENT_ROOT (set by the build for content from elsewhere) or the working directory. */
function contentRoot(): string {
  return config().contentRoot ?? process.cwd();
}

/** A content tree that does not validate: the message is exactly what `npm run validate` prints. */
export class ContentError extends Error {
  override name = 'ContentError';
}

// A build reads the content once. The dev server reads it again when it is older than a moment, so that an
// edited file shows on the next reload without a restart.
const DEV_TTL_MS = 500;
let cache: { model: ContentModel; at: number } | null = null;

function content(): ContentModel {
  const dev = Boolean(import.meta.env?.DEV);
  if (cache && (!dev || Date.now() - cache.at < DEV_TTL_MS)) return cache.model;
  const root = contentRoot();
  // A build hands over what it has just validated (lib/content/handoff.ts); the dev server reads afresh.
  const handed = dev || config().contentUnvalidated ? undefined : handedOver(root);
  // CONTENT_UNVALIDATED=1 is for the defence-in-depth tests only (tests/helpers/build-unvalidated.ts).
  const { model, problems } = handed ? { model: handed, problems: [] } : loadContent(root, { allowMarkup: config().contentUnvalidated });
  if (problems.length > 0) {
    throw new ContentError(
      say(buildMessages.siteContentProblems, { content: `${root}/content`, lines: problems.map(problemFormatter(config().lang)) }, config().lang).message,
    );
  }
  // A partition's build (PARTITION) publishes that province's plans only.
  const plans = plansOfPartition(model.plans, config().partition, config().partitionByCity);
  cache = { model: { ...model, plans }, at: Date.now() };
  return cache.model;
}

/** Every plan with its clauses, indicators, projects and progress, ordered by plan id. */
export async function getPlans(): Promise<PlanBundle[]> {
  return [...content().plans].sort((a, b) => a.id.localeCompare(b.id));
}

/** The indicator catalogue and the published reference series (national first, then by area). */
export async function getCatalogue(): Promise<{ concepts: Concept[]; references: ReferenceFile[] }> {
  const model = content();
  return {
    concepts: model.concepts,
    references: [...model.references].sort((a, b) => (Number(b.kind === 'national') - Number(a.kind === 'national') || a.area.localeCompare(b.area))),
  };
}

/** Who publishes the site (SITE_PUBLISHER), for the footer; undefined when the build was not told. */
export function sitePublisher(): string | undefined {
  return config().publisher;
}

let historyCache: Promise<History> | null = null;

/**
 * The git history of content/ (read once per build); says when it is unavailable. A partition's build
 * (PARTITION) keeps the changes to its own plans only.
 */
export function getHistory(): Promise<History> {
  historyCache ??= readHistory(contentRoot()).then((h) => (config().partition === undefined ? h : partitionHistory(h, content().plans)));
  return historyCache;
}
