/**
 * The search page: the national index (docs/search-index.md) read in the browser, only in the parts a query
 * needs; state in the URL; results that open the clause itself. This module only wires the page's elements
 * to the parts beside it (query, url-state, filters, fetch, render); it runs where the page has a search
 * form (src/pages/search.astro loads it).
 */
import type { SearchTerms } from '../../lib/publish/search-terms.ts';
import { FILTERS, filtersFor, hasFilters, planRows, regionOf, regionRows, type Filter, type SearchFilters } from './filters.ts';
import { askFor, indicatorsFirst, openIndex, resultsOf, type Ask, type ResultData } from './fetch.ts';
import type { GramIndex, IndexHit, MenuRow } from './gram-search.ts';
import { nearStretches } from './grams.ts';
import { halfWidth, queryReader, type Query } from './query.ts';
import { CSV_HEADER, countLine, csvName, csvRows, groupedOptions, option, resultItem } from './render.ts';
import { readUrlState, stateUrl, withParam } from './url-state.ts';

const PAGE = 10;
/**
 * Files of the index one query may fetch (manifest, names, shards, heavy postings, record blocks): with the
 * page's own requests (HTML, style sheet, script; the icon, where a browser fetches it), a first query makes
 * at most twenty. A page that cannot open every candidate within them shows what it verified (its count an
 * upper bound), and 显示更多结果 opens as many more.
 */
const QUERY_FILES = 16;

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
    counts: byId('search-counts'),
    allMore: byId<HTMLButtonElement>('search-all-more'),
    filtersBox: form.querySelector<HTMLDetailsElement>('.filters-box')!,
    selects: Object.fromEntries(FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[data-filter="${f}"]`)!])) as Record<Filter, HTMLSelectElement>,
    more: Object.assign(document.createElement('button'), { type: 'button', textContent: '显示更多结果', hidden: true }),
  };
}
type Elements = ReturnType<typeof pageElements>;

/**
 * The region and plan menus, filled from the index's menus.json, fetched only when the reader opens the
 * filters or a URL sets the plan or region (`rows()` is empty until then).
 */
function menus(el: Elements, rows: () => readonly MenuRow[]) {
  const { selects } = el;
  const terms = { get plans() {
    return [...rows()];
  } };
  function fillRegionMenu() {
    selects.region.replaceChildren(option('', '全部'), ...groupedOptions(regionRows(terms)));
  }
  /** `fromUrl`: the plan the URL names, listed and chosen even when it is not in the URL's region. */
  function fillPlanMenu(fromUrl = '') {
    const region = selects.region.value;
    const keep = fromUrl || selects.plan.value;
    const rows = planRows(terms, region, fromUrl);
    const name = selects.region.selectedOptions[0]?.textContent ?? region;
    selects.plan.replaceChildren(option('', region ? `全部（${name}）` : '全部'), ...groupedOptions(rows));
    selects.plan.value = rows.some(([title]) => title === keep) ? keep : '';
  }
  /** The query box and menus as the URL says. */
  function readState() {
    const state = readUrlState(location.search);
    el.input.value = state.q;
    for (const f of FILTERS) {
      // A region is chosen by its key; a link written with its name still finds it when the name is one region's.
      const v = f === 'region' ? regionOf(terms, state.filters.region) : state.filters[f];
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
  /** Fills both menus again (their rows just fetched), keeping what is chosen. */
  function refill() {
    const [region, plan] = [selects.region.value, selects.plan.value];
    fillRegionMenu();
    selects.region.value = region;
    fillPlanMenu(plan);
  }
  return { fillPlanMenu, readState, refill, selected, url, writeState };
}

/** The notes that say why a search was narrowed: to the plans a place names, or to a unit's measures. */
function showScope(el: Elements, query: Query, filters: SearchFilters, fulltext: boolean) {
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
  el.counts.replaceChildren();
  for (const box of [el.empty, el.partialBox, el.views, el.allBox, el.more, el.allMore]) box.hidden = true;
}

/** Records of 全部结果 and of the CSV opened at a time: a national question streams page by page. */
const ALL_PAGE = 200;

/**
 * 全部结果, grouped by plan: the counts by province, city and plan first (from the ids and the plan table,
 * before any record is opened), then the records page by page, in id order, which is plan by plan.
 * `current()` binds a check to the search under way, false once a newer one has started.
 */
function allResultsView(el: Elements, index: GramIndex, item: (r: ResultData) => HTMLLIElement, current: () => () => boolean) {
  let titles = new Map<number, string>();
  let allIds: number[] = [];
  let allOpened = 0;
  const groupLists = new Map<number, HTMLOListElement>();

  async function showAllPage(isCurrent: () => boolean, byPlan: Map<number, number>) {
    const ids = allIds.slice(allOpened, allOpened + ALL_PAGE);
    const hits = await index.records(ids);
    const results = resultsOf(hits);
    if (!isCurrent()) return;
    allOpened += ids.length;
    for (const [k, h] of hits.entries()) {
      let ol = groupLists.get(h.plan);
      if (!ol) {
        const title = titles.get(h.plan) ?? results[k]!.meta.plan;
        el.groups.append(Object.assign(document.createElement('h3'), { textContent: `《${title}》（${byPlan.get(h.plan) ?? 0} 条）` }));
        ol = Object.assign(document.createElement('ol'), { className: 'search-results' });
        el.groups.append(ol);
        groupLists.set(h.plan, ol);
      }
      ol.append(item(results[k]!));
    }
    el.allMore.hidden = allOpened >= allIds.length;
    el.allMore.textContent = `继续显示（已显示 ${allOpened} / ${allIds.length} 条）`;
  }

  /** Shows the counts and the first page; the number of matches, or undefined when a newer search took over. */
  async function show(ask: Ask, backUrl: string): Promise<number | undefined> {
    const isCurrent = current();
    const { ids } = await index.find(ask.text, ask.within, ask.facets);
    if (!isCurrent()) return undefined;
    allIds = ids;
    allOpened = 0;
    groupLists.clear();
    const counts = index.counts(ids);
    const byPlan = new Map(counts.byPlan);
    // The plans' rows only for the plans the counts line names (the first ten), places from one file.
    const [places, rows] = await Promise.all([index.placeCounts(counts.byPlan), index.planRows(counts.byPlan.slice(0, 10).map(([p]) => p))]);
    if (!isCurrent()) return undefined;
    titles = new Map([...rows].map(([p, r]) => [p, r[0]]));
    el.counts.replaceChildren(
      ...[countLine('按省份', places.byProvince), countLine('按地级市', places.byCity), countLine('按规划', counts.byPlan.map(([p, n]) => [`《${titles.get(p) ?? ''}》`, n]), 10)].map((t) => Object.assign(document.createElement('p'), { textContent: t })),
    );
    await showAllPage(isCurrent, byPlan);
    if (!isCurrent()) return undefined;
    el.allMore.onclick = () => void showAllPage(current(), byPlan);
    el.back.href = backUrl;
    el.allBox.hidden = false;
    el.views.hidden = true;
    return ids.length;
  }
  return { show };
}

/**
 * Offers the partial matches (some of the query's characters) behind a button, kept apart from the results;
 * `exact` false: the total is of the pairs read within the query's budget, a lower bound.
 */
function offerPartial(el: Elements, total: number, exact = true) {
  el.partialShow.textContent = `显示部分字词匹配的结果（${exact ? '' : '至少 '}${total} 条）`;
  el.partialShow.hidden = false;
  el.partialTitle.hidden = true;
  el.partialNote.hidden = true;
  el.partialBox.hidden = false;
}

/** The CSV of every match, its records opened page by page (never all held as results at once). */
async function downloadCsv(el: Elements, index: GramIndex, ask: Ask) {
  const { ids } = await index.find(ask.text, ask.within, ask.facets);
  const parts: string[] = [CSV_HEADER];
  for (let at = 0; at < ids.length; at += ALL_PAGE) parts.push(csvRows(resultsOf(await index.records(ids.slice(at, at + ALL_PAGE))), location.href));
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob(parts, { type: 'text/csv;charset=utf-8' }));
  a.download = csvName(el.input.value);
  document.body.append(a);
  a.click();
  a.remove();
}

/** Marks the search finished (its time, and the query whose results are shown), for tests and the bench. */
/** 全部结果 in place of the ranked list, and the status saying how many; undefined when a newer search took over. */
async function showAllView(el: Elements, all: ReturnType<typeof allResultsView>, ask: Ask, url: string, label: string, isCurrent: () => boolean): Promise<number | undefined> {
  const total = await all.show(ask, url);
  if (total === undefined || !isCurrent()) return undefined;
  el.status.textContent = total > 0 ? `找到 ${total} 条结果。` : `没有找到与“${label}”相关的结果。`;
  el.empty.hidden = total > 0;
  return total;
}

/** Candidates not all opened within a query's files, and none opened holds the words: 显示更多结果 opens more. */
function showUnverified(el: Elements, total: number, label: string): void {
  el.status.textContent = `没有找到完整包含“${label}”的结果：${total} 条候选只核对了一部分，点“显示更多结果”继续核对。`;
  el.more.hidden = false;
}

function timed(started: number, raw: string) {
  document.body.dataset.searchMs = String(Math.round(performance.now() - started));
  document.body.dataset.searchShown = raw;
}

/**
 * Nothing exact, nothing within one character: records sharing some of the query's characters are counted
 * and offered apart. False when a newer search started meanwhile (nothing is shown).
 */
async function showNoHits(el: Elements, index: GramIndex, ask: Ask, words: readonly string[], label: string, isCurrent: () => boolean, budget?: number): Promise<boolean> {
  const partial = words.length > 0 ? await index.partial(ask.text, { limit: 0, ...(ask.within ? { within: ask.within } : {}), facets: ask.facets, ...(budget === undefined ? {} : { budget }) }) : { total: 0, exact: true };
  if (!isCurrent()) return false;
  if (partial.total > 0) offerPartial(el, partial.total, partial.exact);
  el.status.textContent = partial.total > 0 ? `没有找到完整包含“${label}”的结果。` : `没有找到与“${label}”相关的结果。`;
  el.empty.hidden = false;
  return true;
}

/** The status line over a first page of results: how many, whether near matches, whether the count is an estimate. */
function foundStatus(found: { approximate?: boolean; countsExact?: boolean }, total: number, label: string): string {
  const about = found.countsExact ? '' : '（约数：全部结果中逐条核对）';
  return found.approximate ? `没有找到完整包含“${label}”的结果；以下 ${total} 条是近似匹配${about}。` : `找到 ${total} 条结果${about}。`;
}

/** The region and plan menus, and their rows (every plan), fetched once, when first needed. */
function loadedMenus(el: Elements, index: GramIndex) {
  let rows: MenuRow[] | null = null;
  const menu = menus(el, () => rows ?? []);
  const load = async () => {
    if (rows) return;
    // While the rows are on their way the two menus say they are busy; once filled, the box says so too
    // (data-menus="filled"), which is what a test waits for instead of a guess at how long a fetch takes.
    const busy = [el.selects.region, el.selects.plan];
    for (const s of busy) s.setAttribute('aria-busy', 'true');
    rows = await index.menus();
    menu.refill();
    for (const s of busy) s.removeAttribute('aria-busy');
    el.filtersBox.dataset.menus = 'filled';
  };
  return { menu, load, rows: () => rows };
}

/** 部分字词匹配, on request: the records holding only some of the query's characters, those marked. */
async function showPartial(el: Elements, index: GramIndex, ask: Ask, words: readonly string[], item: (r: ResultData, marked: readonly string[]) => HTMLElement, isCurrent: () => boolean) {
  const found = await index.partial(ask.text, { limit: 50, ...(ask.within ? { within: ask.within } : {}), facets: ask.facets });
  if (!isCurrent()) return;
  const chars = [...new Set([...words.join('')])];
  el.partialList.replaceChildren(...resultsOf(found.hits).map((r) => item(r, chars)));
  el.partialShow.hidden = true;
  el.partialTitle.hidden = false;
  el.partialNote.hidden = false;
}

function searchPage(el: Elements, terms: SearchTerms, index: GramIndex) {
  const { toSimplified } = queryReader(terms);
  const normalise = (s: string) => halfWidth(toSimplified(s));
  const { menu, load: loadMenus, rows: menuRows } = loadedMenus(el, index);
  let run = 0;
  let firstQuery = true;
  let ask: Ask = { text: '', facets: {} };
  let filters: SearchFilters = {};
  let shownWords: readonly string[] = [];
  let shown = new Set<number>();
  let total = 0;
  const near = (r: ResultData) => (r.approximate ? [...new Set(shownWords.flatMap((w) => nearStretches(w, normalise(r.meta.text ?? ''))))] : shownWords);
  const item = (r: ResultData, words?: readonly string[]) => resultItem(r, words ?? near(r), normalise);
  /** A check bound to the search under way: false once a newer search has started. */
  const current = () => {
    const mine = run;
    return () => mine === run;
  };
  const all = allResultsView(el, index, (r) => item(r), current);

  /**
   * The next results of the ranked list: the list asked again one page longer, plus one to tell whether
   * more follow (files already fetched are not fetched again), and the results not yet shown appended.
   */
  async function showMore(mine: number) {
    await longerList(mine);
    // Each longer list shown is counted, for tests (it may add no result: candidates opened in vain).
    if (mine === run) document.body.dataset.searchMore = String(Number(document.body.dataset.searchMore ?? 0) + 1);
  }

  async function longerList(mine: number) {
    let fresh: IndexHit[] = [];
    let complete = false;
    let found: Awaited<ReturnType<GramIndex['search']>> | undefined;
    // Until a page and one more are found, or every candidate is open, or as many files as a query's are
    // fetched: each longer list may open more blocks.
    const start = index.filesFetched;
    const left = () => QUERY_FILES - (index.filesFetched - start);
    for (let limit = shown.size + PAGE + 1; fresh.length <= PAGE && !complete && left() > 0; limit += PAGE) {
      found = await index.search(ask.text, { limit, ...(ask.within ? { within: ask.within } : {}), facets: ask.facets, budget: left() });
      if (mine !== run) return;
      fresh = found.hits.filter((h) => !shown.has(h.id));
      complete = found.complete && found.hits.length < limit;
    }
    if (!found) return;
    if (shown.size === 0 && fresh.length === 0 && complete) {
      // Every candidate opened, none holds the words.
      el.more.hidden = true;
      await showNoHits(el, index, ask, shownWords, el.input.value.trim() || '筛选条件', () => mine === run);
      return;
    }
    const results = resultsOf(fresh.slice(0, PAGE));
    for (const h of fresh.slice(0, PAGE)) shown.add(h.id);
    el.list.append(...results.map((r) => item(r)));
    el.more.hidden = fresh.length <= PAGE && complete;
    if (shown.size > 0) {
      total = found.counts.total;
      el.status.textContent = foundStatus(found, total, el.input.value.trim() || '筛选条件');
    }
  }

  async function search() {
    const state = readUrlState(location.search);
    const raw = el.input.value.trim();
    const mine = ++run;
    // The files this query fetches count from here (the first query's from the manifest).
    const filesFrom = firstQuery ? 0 : index.filesFetched;
    // The plans a name in the query may denote, from the index's names table (no request when no name's first pair is in it).
    const named = await index.names(normalise(raw));
    if (mine !== run) return;
    const query = queryReader({ ...terms, plans: named }).readQuery(raw);
    filters = filtersFor(query, menu.selected(), state.fulltext);
    clearResults(el);
    showScope(el, query, filters, state.fulltext);
    if (!raw && !hasFilters(filters)) return void (el.status.textContent = '');
    firstQuery = false;
    el.status.textContent = '正在搜索……';
    const started = performance.now();
    const unitOnly = query.unit && filters.unit === query.unit;
    const words = unitOnly ? [] : query.words;
    shownWords = words;
    if (words.length === 0 && query.plans.length > 0 && !filters.kind) filters.kind = '规划';
    ask = askFor({ plans: menuRows() ?? named }, words, filters);
    shown = new Set();
    const label = raw || '筛选条件';
    if (state.view === 'all') {
      const shownAll = await showAllView(el, all, ask, menu.url(null), label, () => mine === run);
      if (shownAll === undefined) return;
      total = shownAll;
      return void timed(started, raw);
    }
    const budget = () => Math.max(1, QUERY_FILES - (index.filesFetched - filesFrom));
    const found = await index.search(ask.text, { limit: PAGE + 1, ...(ask.within ? { within: ask.within } : {}), facets: ask.facets, budget: budget() });
    if (mine !== run) return;
    total = found.counts.total;
    if (found.hits.length === 0 && !found.complete) return void (showUnverified(el, total, label), timed(started, raw));
    if (found.hits.length === 0) {
      if (await showNoHits(el, index, ask, words, label, () => mine === run, budget())) timed(started, raw);
      return;
    }
    const hits = indicatorsFirst(found.hits.slice(0, PAGE), words, terms, filters);
    for (const h of hits) shown.add(h.id);
    el.list.append(...resultsOf(hits).map((r) => item(r)));
    el.more.hidden = found.hits.length <= PAGE && found.complete;
    el.viewAll.href = menu.url('all');
    el.views.hidden = false;
    timed(started, raw);
    el.status.textContent = foundStatus(found, total, label);
  }

  el.list.after(el.more);
  el.more.addEventListener('click', () => showMore(run));
  el.partialShow.addEventListener('click', () => void showPartial(el, index, ask, shownWords, item, current()));
  el.csv.addEventListener('click', () => void downloadCsv(el, index, ask));
  return { menu, search, loadMenus };
}

/** Turns the form on: menus filled, state read from the URL, a search on every change. */
async function start(el: Elements) {
  const terms = JSON.parse(byId('search-terms').textContent ?? '{}') as SearchTerms;
  // The site may live under a base path (a portal's sub-folder): the page names the index's address.
  const index = await openIndex(el.form.dataset.index!);
  const { menu, search, loadMenus } = searchPage(el, terms, index);
  el.filtersBox.hidden = false;
  // The region and plan menus list every plan: fetched when the reader opens the filters, or first when a link sets one.
  const linked = readUrlState(location.search).filters;
  if (linked.plan || linked.region) await loadMenus();
  el.filtersBox.addEventListener('toggle', () => {
    if (el.filtersBox.open) void loadMenus();
  });
  el.selects.region.addEventListener('change', () => menu.fillPlanMenu());
  byId('no-js').hidden = true;
  menu.readState();
  // Open the filters when the URL sets one, so the reader sees why the results are narrowed.
  el.filtersBox.open = FILTERS.some((f) => el.selects[f].value);
  // The query and filters last searched (the URL says them): Enter pressed before the typing pause ends asks
  // the same again, which is not searched twice (a second search would fetch files of its own).
  let asked = location.search;
  const again = () => {
    menu.writeState();
    if (location.search === asked) return;
    asked = location.search;
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
    asked = location.search;
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
