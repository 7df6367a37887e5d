// The search page: Pagefind in the browser, state in the URL, results that open the clause itself.
const FILTERS = ['plan', 'region', 'kind', 'chapter', 'unit', 'attribute'];
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const empty = document.getElementById('search-empty');
const unitNote = document.getElementById('search-unit');
const unitNames = JSON.parse(document.getElementById('unit-names').textContent);
const selects = Object.fromEntries(FILTERS.map((f) => [f, form.querySelector(`select[data-filter="${f}"]`)]));

// Full-width letters and digits as half-width (the index stores them half-width).
const halfWidth = (s) => s.replace(/[０-９Ａ-Ｚａ-ｚ％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Copies an excerpt keeping only its text and <mark> elements. */
function excerptNode(html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = node.textContent;
      p.append(m);
    } else p.append(node.textContent);
  }
  return p;
}

function readState() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const f of FILTERS) selects[f].value = params.get(f) ?? '';
}

function writeState() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  const previous = new URLSearchParams(location.search);
  if (previous.get('fulltext') === '1' && previous.get('q') === input.value.trim()) params.set('fulltext', '1');
  for (const f of FILTERS) if (selects[f].value) params.set(f, selects[f].value);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

const PAGE = 10;
let pagefind;
let run = 0;
let pending = [];

/** Loads and shows the next results; each result's fragment is fetched only when it is shown. */
async function showMore(mine) {
  const next = pending.splice(0, PAGE);
  const data = await Promise.all(next.map((r) => r.data()));
  if (mine !== run) return;
  for (const r of data) list.append(resultItem(r));
  more.hidden = pending.length === 0;
}

function resultItem(r) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title;
  const h = document.createElement('h2');
  h.className = 'result-title';
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'muted';
  meta.textContent = `${r.meta.kind} · ${r.meta.plan}${r.meta.status ? ` · ${r.meta.status}` : ''}`;
  li.append(h, meta, excerptNode(r.excerpt));
  return li;
}

const more = document.createElement('button');
more.type = 'button';
more.textContent = '显示更多结果';
more.hidden = true;
list.after(more);
more.addEventListener('click', () => showMore(run));
async function search() {
  const q = halfWidth(input.value.trim());
  const filters = {};
  for (const f of FILTERS) if (selects[f].value) filters[f] = selects[f].value;
  const mine = ++run;
  list.replaceChildren();
  empty.hidden = true;
  unitNote.hidden = true;
  // A query that is the name of a responsible unit shows the measures that unit is responsible for:
  // Chinese word segmentation alone would also match every text containing 人 and 局.
  const params = new URLSearchParams(location.search);
  const unit = unitNames[q];
  let term = q || null;
  if (unit && !filters.unit && params.get('fulltext') !== '1') {
    filters.unit = unit;
    term = null;
    unitNote.replaceChildren(`“${q}”是责任单位名称${unit !== q ? `（即${unit}）` : ''}，下面列出它负责的措施。`, ' ');
    const all = document.createElement('a');
    params.set('fulltext', '1');
    all.href = `?${params}`;
    all.textContent = '改为全文检索';
    unitNote.append(all);
    unitNote.hidden = false;
  }
  if (!q && Object.keys(filters).length === 0) {
    status.textContent = '';
    return;
  }
  status.textContent = '正在搜索……';
  const started = performance.now();
  more.hidden = true;
  const response = await pagefind.search(term, { filters });
  if (mine !== run) return;
  if (response.results.length === 0) {
    document.body.dataset.searchMs = String(Math.round(performance.now() - started));
    status.textContent = `没有找到与“${input.value.trim()}”相关的结果。`;
    empty.hidden = false;
    more.hidden = true;
    return;
  }
  pending = [...response.results];
  await showMore(mine);
  if (mine !== run) return;
  document.body.dataset.searchMs = String(Math.round(performance.now() - started));
  status.textContent = `找到 ${response.results.length} 条结果。`;
}

async function start() {
  // The site may live under a base path (a portal's sub-folder): find the index beside this script.
  pagefind = await import(new URL('pagefind/pagefind.js', import.meta.url).href);
  // Record URLs already carry the site's base path (src/lib/model/urls.ts): Pagefind must not prefix it again.
  await pagefind.options({ excerptLength: 40, baseUrl: '/' });
  // A large site is indexed in shards; merge the others into the first.
  const shards = await fetch(new URL('pagefind/shards.json', import.meta.url)).then((r) => (r.ok ? r.json() : [])).catch(() => []);
  for (const shard of shards) await pagefind.mergeIndex(shard, { baseUrl: '/' });
  const available = await pagefind.filters();
  for (const f of FILTERS) {
    const values = Object.keys(available[f] ?? {}).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    for (const v of values) selects[f].append(new Option(`${v}（${available[f][v]}）`, v));
  }
  const box = form.querySelector('.filters-box');
  box.hidden = false;
  document.getElementById('no-js').hidden = true;
  readState();
  // Open the filters when the URL sets one, so the reader sees why the results are narrowed.
  box.open = FILTERS.some((f) => selects[f].value);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    writeState();
    search();
  });
  for (const f of FILTERS) selects[f].addEventListener('change', () => {
    writeState();
    search();
  });
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      writeState();
      search();
    }, 250);
  });
  window.addEventListener('popstate', () => {
    readState();
    search();
  });
  document.body.dataset.searchReady = 'true';
  await search();
}

start().catch((err) => {
  status.textContent = `搜索暂时无法使用（${err.message}）。可以直接阅读各规划全文。`;
});
