// Code cells can be folded: a small button on each code cell's input, and one on the page for all of them.
// Exported library code arrives folded already (MyST-NB's hide-input, "Show source").
document.addEventListener('DOMContentLoaded', () => {
  const inputs = [...document.querySelectorAll('div.cell:not(.tag_hide-input) > div.cell_input')];
  if (!inputs.length) return;
  const set = (el, folded) => { el.classList.toggle('folded', folded); el.previousSibling.textContent = folded ? 'show code' : 'fold code'; };
  for (const el of inputs) {
    const b = document.createElement('button');
    b.className = 'fold-btn'; b.type = 'button';
    b.addEventListener('click', () => set(el, !el.classList.contains('folded')));
    el.parentNode.insertBefore(b, el);
    set(el, false);
  }
  const all = document.createElement('button');
  all.className = 'fold-all'; all.type = 'button'; all.textContent = 'fold all code';
  all.addEventListener('click', () => {
    const fold = all.textContent.startsWith('fold');
    inputs.forEach(el => set(el, fold));
    all.textContent = fold ? 'show all code' : 'fold all code';
  });
  const h1 = document.querySelector('article h1');
  if (h1) h1.parentNode.insertBefore(all, h1.nextSibling);
});
