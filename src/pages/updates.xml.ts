/** The site's Atom feed of content changes. */
import type { APIRoute } from 'astro';
import { getHistory, getPlans } from '../lib/site/data.ts';
import { urls } from '../lib/site/urls.ts';
import { atomFeed, logNote, updateViews } from '../lib/site/pages/updates.ts';

export const GET: APIRoute = async () => {
  const [history, plans] = await Promise.all([getHistory(), getPlans()]);
  const xml = atomFeed({
    feed: urls.feed(),
    page: urls.updates(),
    title: '教育规划实施公开：更新记录',
    updates: updateViews(history, plans),
    note: logNote(history),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
