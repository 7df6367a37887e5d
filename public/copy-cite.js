// Progressive enhancement: a "复制引用" button beside each citation. Reading needs no script.
for (const cite of document.querySelectorAll('.clause-tools cite')) {
  if (!navigator.clipboard) break;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = '复制引用';
  button.addEventListener('click', async () => {
    const id = cite.closest('[id]')?.id;
    const url = `${location.origin}${location.pathname}#${id ?? ''}`;
    await navigator.clipboard.writeText(`${cite.textContent} ${url}`);
    button.textContent = '已复制';
    setTimeout(() => (button.textContent = '复制引用'), 2000);
  });
  cite.after(' ', button);
}
