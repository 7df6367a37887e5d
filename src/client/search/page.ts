/**
 * The search page: Pagefind in the browser, state in the URL, results that open the clause itself. This
 * module only wires the page's elements to the parts beside it (query, url-state, filters, fetch, render);
 * it runs where the page has a search form (src/pages/search.astro loads it).
 */
import type { SearchTerms } from '../../lib/publish/search-terms.ts';
import { FILTERS, filtersFor, hasFilters, planRows, regionRows, shardsFor, type Filter, type PagefindFilters } from './filters.ts';
import { searcher, type Pagefind, type Result, type ResultData } from './fetch.ts';
import { halfWidth, queryReader, type Query } from './query.ts';
import { csvName, groupByPlan, groupedOptions, option, resultItem, resultsCsv } from './render.ts';
import { readUrlState, stateUrl, withParam } from './url-state.ts';

const PAGE = 10;

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** The page's elements, found once. */
function pageElements() {
  const form = byId<HTMLFormElement>('search-form');
  return {
    form,
    input: byId<HTMLInputElement>('q'),
    status: byId('search-status'),
    list: byId('search-results'),
    empty: byId('search-empty'),
    scopeNote: byId('search-scope'),
    unitNote: byId('search-unit'),
    views: byId('search-views'),
    viewAll: byId<HTMLAnchorElement>('view-all'),
    allBox: byId('search-all'),
    back: byId<HTMLAnchorElement>('search-back'),
    groups: byId('search-groups'),
    partialBox: byId('search-partial-box'),
    partialShow: byId<HTMLButtonElement>('search-partial-show'),
    partialTitle: byId('search-partial-title'),
    partialNote: byId('search-partial-note'),
    partialList: byId('search-partial'),
    csv: byId<HTMLButtonElement>('search-csv'),
    filtersBox: form.querySelector<HTMLDetailsElement>('.filters-box')!,
    selects: Object.fromEntries(FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[data-filter="${f}"]`)!])) as Record<Filter, HTMLSelectElement>,
    more: Object.assign(document.createElement('button'), { type: 'button', textContent: '显示更多结果', hidden: true }),
  };
}
type Elements = ReturnType<typeof pageElements>;

/** The region and plan menus, filled from the plan list the page carries (no filter file fetched). */
function menus(el: Elements, terms: SearchTerms) {
  const { selects } = el;
  function fillRegionMenu() {
    selects.region.replaceChildren(option('', '全部'), ...groupedOptions(regionRows(terms)));
  }
  /** `fromUrl`: the plan the URL names, listed and chosen even when it is not in the URL's region. */
  function fillPlanMenu(fromUrl = '') {
    const region = selects.region.value;
    const keep = fromUrl || selects.plan.value;
    const rows = planRows(terms, region, fromUrl);
    selects.plan.replaceChildren(option('', region ? `全部（${region}）` : '全部'), ...groupedOptions(rows));
    selects.plan.value = rows.some(([title]) => title === keep) ? keep : '';
  }
  /** The query box and menus as the URL says. */
  function readState() {
    const state = readUrlState(location.search);
    el.input.value = state.q;
    for (const f of FILTERS) {
      const v = state.filters[f];
      // A large site's menus list only the common choices: a shared link's rarer one is added, never dropped.
      if (v && f !== 'plan' && f !== 'region' && ![...selects[f].options].some((o) => o.value === v)) selects[f].append(option(v));
      selects[f].value = v;
    }
    fillPlanMenu(state.filters.plan);
  }
  const selected = () => Object.fromEntries(FILTERS.map((f) => [f, selects[f].value])) as Record<Filter, string>;
  const url = (view: string | null) => stateUrl(location.pathname, location.search, el.input.value, selected(), view);
  function writeState() {
    const next = url(null);
    if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
  }
  return { fillRegionMenu, fillPlanMenu, readState, selected, url, writeState };
}

/** The notes that say why a search was narrowed: to the plans a place names, or to a unit's measures. */
function showScope(el: Elements, query: Query, filters: PagefindFilters, fulltext: boolean) {
  el.scopeNote.hidden = true;
  el.unitNote.hidden = true;
  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
  if (query.plans.length > 0 && filters.plan && typeof filters.plan === 'object') {
    el.scopeNote.replaceChildren(`检索词中的“${query.places.join('”“')}”是地名或规划名：只在${query.plans.map((t) => `《${t}》`).join('')}中检索，不要求条款原文出现这个名称。`, ' ');
    el.scopeNote.append(link(withParam(location.search, 'q', query.words.join(' ')), '改为在全部规划中检索'));
    el.scopeNote.hidden = false;
  }
  if (query.unit && filters.unit === query.unit && !fulltext) {
    const q = query.words[0];
    el.unitNote.replaceChildren(`“${q}”是责任单位名称${query.unit !== q ? `（即${query.unit}）` : ''}，下面列出它负责的措施。`, ' ');
    el.unitNote.append(link(withParam(location.search, 'fulltext', '1'), '改为全文检索'));
    el.unitNote.hidden = false;
  }
}

/** Empties every list and hides every box before a new search. */
function clearResults(el: Elements) {
  el.list.replaceChildren();
  el.partialList.replaceChildren();
  el.groups.replaceChildren();
  for (const box of [el.empty, el.partialBox, el.views, el.allBox, el.more]) box.hidden = true;
}

function searchPage(el: Elements, terms: SearchTerms, pagefind: Pagefind) {
  const { toSimplified, readQuery } = queryReader(terms);
  const normalise = (s: string) => halfWidth(toSimplified(s));
  const index = searcher(pagefind, terms);
  const menu = menus(el, terms);
  let run = 0;
  let pending: Result[] = [];
  let exact: Result[] = [];
  let partial: Result[] = [];
  let shownWords: readonly string[] = [];
  let allData: ResultData[] = [];
  const item = (r: ResultData, words = shownWords) => resultItem(r, words, normalise);
  /** Marks the search finished (its time, and the query whose results are shown), for tests and the bench. */
  const timed = (started: number, raw: string) => {
    document.body.dataset.searchMs = String(Math.round(performance.now() - started));
    document.body.dataset.searchShown = raw;
  };

  /** Loads and shows the next results; each result's fragment is fetched only when it is shown. */
  async function showMore(mine: number) {
    const data = await Promise.all(pending.splice(0, PAGE).map((r) => r.data()));
    if (mine !== run) return;
    el.list.append(...data.map((r) => item(r)));
    el.more.hidden = pending.length === 0;
  }

  /** Every result, grouped by plan with counts, ready to download: for a journalist who needs them all. */
  async function showAll(mine: number) {
    const data = await Promise.all(exact.map((r) => r.data()));
    if (mine !== run) return;
    allData = data;
    for (const [plan, rs] of groupByPlan(data)) {
      const h = Object.assign(document.createElement('h3'), { textContent: `《${plan}》（${rs.length} 条）` });
      const ol = Object.assign(document.createElement('ol'), { className: 'search-results' });
      ol.append(...rs.map((r) => item(r)));
      el.groups.append(h, ol);
    }
    el.back.href = menu.url(null);
    el.allBox.hidden = false;
    el.views.hidden = true;
  }

  /** A partial match contains only some characters of the query: those are marked. */
  async function showPartial() {
    const mine = run;
    const data = await Promise.all(partial.map((r) => r.data()));
    if (mine !== run) return;
    const chars = [...new Set([...shownWords.join('')])];
    el.partialList.replaceChildren(...data.map((r) => item(r, chars)));
    el.partialShow.hidden = true;
    el.partialTitle.hidden = false;
    el.partialNote.hidden = false;
  }

  function downloadCsv() {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([resultsCsv(allData, location.href)], { type: 'text/csv;charset=utf-8' }));
    a.download = csvName(el.input.value);
    document.body.append(a);
    a.click();
    a.remove();
  }

  async function search() {
    const state = readUrlState(location.search);
    const raw = el.input.value.trim();
    const query = readQuery(raw);
    const filters = filtersFor(query, menu.selected(), state.fulltext);
    const mine = ++run;
    clearResults(el);
    showScope(el, query, filters, state.fulltext);
    if (!raw && !hasFilters(filters)) {
      el.status.textContent = '';
      return;
    }
    el.status.textContent = '正在搜索……';
    const started = performance.now();
    const unitOnly = query.unit && filters.unit === query.unit;
    const words = unitOnly ? [] : query.words;
    shownWords = words;
    if (words.length === 0 && query.plans.length > 0 && !filters.kind) filters.kind = '规划';
    await index.mergeShards(shardsFor(filters, terms));
    if (mine !== run) return;
    ({ exact, partial } = await index.find(words, filters));
    if (mine !== run) return;
    const shown = raw || '筛选条件';
    if (partial.length > 0) {
      el.partialShow.textContent = `显示部分字词匹配的结果（${partial.length} 条）`;
      el.partialShow.hidden = false;
      el.partialTitle.hidden = true;
      el.partialNote.hidden = true;
      el.partialBox.hidden = false;
    }
    if (exact.length === 0) {
      timed(started, raw);
      el.status.textContent = partial.length > 0 ? `没有找到完整包含“${shown}”的结果。` : `没有找到与“${shown}”相关的结果。`;
      el.empty.hidden = false;
      return;
    }
    el.viewAll.href = menu.url('all');
    el.views.hidden = false;
    if (state.view === 'all') await showAll(mine);
    else {
      pending = [...exact];
      await showMore(mine);
    }
    if (mine !== run) return;
    timed(started, raw);
    el.status.textContent = `找到 ${exact.length} 条结果。`;
  }

  el.list.after(el.more);
  el.more.addEventListener('click', () => showMore(run));
  el.partialShow.addEventListener('click', showPartial);
  el.csv.addEventListener('click', downloadCsv);
  return { menu, search };
}

/** Turns the form on: menus filled, state read from the URL, a search on every change. */
async function start(el: Elements) {
  const terms = JSON.parse(byId('search-terms').textContent ?? '{}') as SearchTerms;
  // The site may live under a base path (a portal's sub-folder): the page names the index's address.
  const pagefind = (await import(/* @vite-ignore */ el.form.dataset.pagefind!)) as Pagefind;
  // Record URLs already carry the site's base path (src/lib/model/urls.ts): Pagefind must not prefix it again.
  await pagefind.options({ baseUrl: '/' });
  const { menu, search } = searchPage(el, terms, pagefind);
  el.filtersBox.hidden = false;
  menu.fillRegionMenu();
  menu.fillPlanMenu();
  el.selects.region.addEventListener('change', () => menu.fillPlanMenu());
  byId('no-js').hidden = true;
  menu.readState();
  // Open the filters when the URL sets one, so the reader sees why the results are narrowed.
  el.filtersBox.open = FILTERS.some((f) => el.selects[f].value);
  const again = () => {
    menu.writeState();
    void search();
  };
  el.form.addEventListener('submit', (e) => {
    e.preventDefault();
    again();
  });
  for (const f of FILTERS) el.selects[f].addEventListener('change', again);
  let timer: ReturnType<typeof setTimeout> | undefined;
  el.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(again, 250);
  });
  window.addEventListener('popstate', () => {
    menu.readState();
    void search();
  });
  document.body.dataset.searchReady = 'true';
  await search();
}

if (typeof document !== 'undefined' && document.getElementById('search-form')) {
  const el = pageElements();
  start(el).catch((err: Error) => {
    el.status.textContent = `搜索暂时无法使用（${err.message}）。可以直接阅读各规划全文。`;
  });
}
