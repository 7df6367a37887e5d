// Progressive enhancement: ONE "复制引用" button, moved to the clause the reader hovers or focuses, which
// copies that clause's GB/T 7714 reference (its permalink included). Reading needs no script.
(() => {
  if (!navigator.clipboard) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = '复制引用';
  let current = null;
  button.addEventListener('click', async () => {
    const text = current?.querySelector(':scope > .clause-tools .gbt-text, :scope ~ .clause-tools .gbt-text')?.textContent;
    if (!text) return;
    await navigator.clipboard.writeText(text);
    button.textContent = '已复制';
    setTimeout(() => (button.textContent = '复制引用'), 2000);
  });
  const attach = (el) => {
    const clause = el?.closest?.('.clause, .box');
    if (!clause || clause === current) return;
    const tools = clause.matches('summary') ? clause.nextElementSibling : clause.querySelector(':scope > .clause-tools');
    if (!tools) return;
    current = clause;
    tools.append(button);
  };
  const text = document.querySelector('.plan-text');
  text?.addEventListener('mouseover', (e) => attach(e.target));
  text?.addEventListener('focusin', (e) => {
    if (e.target !== button) attach(e.target);
  });
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) attach(target);
})();
