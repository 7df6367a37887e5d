// Progressive enhancement of the full text: when the reader hovers, focuses or links to a clause, its short
// citation and GB/T 7714 reference are written beside its permalink, composed from the page's citation form
// (the article's data-title, data-gbt-head and data-gbt-tail: lib/publish/citation.ts, composeClauseGbt),
// and ONE "复制引用" button moves there and copies the reference. Reading needs no script; without one the
// permalink shows the clause's label, and the page says how to cite (#cite-how).
(() => {
  const text = document.querySelector('.plan-text');
  if (!text) return;
  const form = text.dataset;
  const make = (tag, className, content) => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    el.textContent = content;
    return el;
  };
  // The permalink's label reads "：三、（二）1."; the label is what follows the colon.
  const labelOf = (tools) => tools.querySelector('.permalink .label')?.textContent.slice(1) ?? '';
  const gbtOf = (clause, tools, label) => tools.dataset.gbt ?? `${form.gbtHead}${label ? `: ${label}` : ''}${form.gbtTail}${encodeURIComponent(clause.id)}.`;
  const fill = (clause, tools) => {
    if (tools.querySelector(':scope > .cite')) return;
    const label = labelOf(tools);
    const cite = make('span', 'cite', '引用：');
    cite.append(make('cite', '', `《${form.title}》${label}`));
    const gbt = make('span', 'gbt', 'GB/T 7714：');
    gbt.append(make('span', 'gbt-text', gbtOf(clause, tools, label)));
    tools.querySelector(':scope > .permalink').after(cite, gbt);
  };
  const button = navigator.clipboard ? make('button', 'copy', '复制引用') : null;
  if (button) button.type = 'button';
  let current = null;
  button?.addEventListener('click', async () => {
    const gbt = current?.querySelector(':scope > .clause-tools .gbt-text, :scope ~ .clause-tools .gbt-text')?.textContent;
    if (!gbt) return;
    await navigator.clipboard.writeText(gbt);
    button.textContent = '已复制';
    setTimeout(() => (button.textContent = '复制引用'), 2000);
  });
  // A chapter's heading is the summary of its fold, and its tools follow the summary.
  const clauseOf = (el) => {
    const before = el?.closest?.('.clause-tools')?.previousElementSibling;
    return before?.matches('summary') ? before : el?.closest?.('.clause, .box');
  };
  const attach = (el) => {
    const clause = clauseOf(el);
    if (!clause || clause === current) return;
    const tools = clause.matches('summary') ? clause.nextElementSibling : clause.querySelector(':scope > .clause-tools');
    if (!tools?.matches('.clause-tools')) return;
    current = clause;
    fill(clause, tools);
    if (button) tools.append(button);
  };
  text.addEventListener('mouseover', (e) => attach(e.target));
  text.addEventListener('focusin', (e) => {
    if (e.target !== button) attach(e.target);
  });
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) attach(target);
})();
