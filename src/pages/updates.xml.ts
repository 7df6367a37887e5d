/** The site's Atom feed of content changes: the latest entries, as on /updates/ (each plan's own feed has all of its changes). */
import type { APIRoute } from 'astro';
import { getHistory, getPlans } from '../lib/site/data.ts';
import { urls } from '../lib/site/urls.ts';
import { atomFeed, logNote, siteLog, SITE_LOG_LIMITS, updateViews } from '../lib/site/pages/updates.ts';

export const GET: APIRoute = async () => {
  const [history, plans] = await Promise.all([getHistory(), getPlans()]);
  const xml = atomFeed({
    feed: urls.feed(),
    page: urls.updates(),
    title: '教育规划实施公开：更新记录',
    updates: siteLog(updateViews(history, plans)).updates,
    note: logNote(history),
    bounds: `本订阅只有最近 ${SITE_LOG_LIMITS.entries} 次更新；每个规划的订阅（在该规划的更新记录页）有它的全部更新。`,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
