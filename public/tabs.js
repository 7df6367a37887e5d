// Progressive enhancement: the sections of an indicator page (图表 / 表格 / 来源与说明) become tabs.
// Without this script the same sections are read one after another, and the links above them jump to each.
for (const root of document.querySelectorAll('[data-tabs]')) {
  const nav = root.querySelector('.tab-links');
  const links = [...nav.querySelectorAll('a')];
  const panels = links.map((a) => document.getElementById(a.hash.slice(1)));
  if (panels.some((p) => !p)) continue;
  const list = document.createElement('div');
  list.className = 'tablist';
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', nav.getAttribute('aria-label') || '');
  const tabs = links.map((a, i) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.id = `tab-${panels[i].id}`;
    tab.className = 'tab';
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', panels[i].id);
    tab.textContent = a.textContent;
    return tab;
  });
  panels.forEach((panel, i) => {
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tabs[i].id);
    panel.tabIndex = 0;
  });
  const select = (i, focus) => {
    tabs.forEach((tab, k) => {
      const on = k === i;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panels[k].hidden = !on;
    });
    if (focus) tabs[i].focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => {
      select(i, false);
      history.replaceState(null, '', `#${panels[i].id}`);
    });
    tab.addEventListener('keydown', (e) => {
      const n = tabs.length;
      const to = { ArrowRight: (i + 1) % n, ArrowLeft: (i + n - 1) % n, Home: 0, End: n - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      select(to, true);
    });
  });
  list.append(...tabs);
  nav.replaceWith(list);
  root.classList.add('tabs-on');
  // A link to a section, or to something inside one (#cite), opens that tab.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const start = target ? panels.findIndex((p) => p.contains(target)) : -1;
  select(start >= 0 ? start : 0, false);
  // The buttons under the chart (引用, 嵌入) link into another section: following one opens its tab.
  window.addEventListener('hashchange', () => {
    const to = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const i = to ? panels.findIndex((p) => p.contains(to)) : -1;
    if (i >= 0) {
      select(i, false);
      to.scrollIntoView();
    }
  });
}

// A copy button beside the embed code.
for (const area of document.querySelectorAll('textarea.embed-code')) {
  if (!navigator.clipboard) break;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '复制嵌入代码';
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(area.value);
    button.textContent = '已复制';
    setTimeout(() => (button.textContent = '复制嵌入代码'), 2000);
  });
  area.after(button);
}
