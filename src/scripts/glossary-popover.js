// A chapter's glossary terms (links made by src/integrations/glossaryLinks.ts) show their
// definition in a popover (src/components/GlossaryPopover.astro) on hover, on keyboard focus and,
// on a touch screen, at the first tap; the popover's own link leads to the glossary. Esc closes it;
// focus never moves into it. It opens beside the term, never over it, and inside the viewport.
// Where the browser has no popover API, the terms stay plain links (their definitions are still
// their descriptions). Inlined by ChapterPage.astro and hashed for the CSP in astro.config.mjs.
(() => {
  const box = document.getElementById('glossary-popover');
  if (!box || !box.showPopover) return;
  const body = box.querySelector('[data-popover-body]');
  const more = box.querySelector('a');
  const termOf = (target) => (target instanceof Element ? target.closest('a.glossary-term') : null);
  const inBox = (target) => target instanceof Node && box.contains(target);
  /** The open popover's term, the one Esc closed (no reopening it while the pointer stays), the last tap's. */
  let current = null;
  let dismissed = null;
  let tapped = null;
  let timer = 0;

  const place = () => {
    const term = current.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const gap = 6;
    const below = term.bottom + gap + box.offsetHeight <= innerHeight || term.top < box.offsetHeight + gap;
    box.style.top = `${scrollY + (below ? term.bottom + gap : term.top - gap - box.offsetHeight)}px`;
    box.style.left = `${scrollX + Math.max(8, Math.min(term.left, width - box.offsetWidth - 8))}px`;
  };
  const show = (term) => {
    clearTimeout(timer);
    if (current === term) return;
    const definition = document.getElementById(term.getAttribute('aria-describedby'));
    if (!definition) return;
    current = term;
    const text = document.createElement('p');
    text.textContent = definition.textContent;
    body.replaceChildren(definition.previousElementSibling.cloneNode(true), text);
    more.href = term.href;
    if (!box.matches(':popover-open')) box.showPopover();
    place();
  };
  const hide = () => {
    clearTimeout(timer);
    if (!current) return;
    current = null;
    box.hidePopover();
  };
  // A moment's grace, so the pointer can cross from the term to the popover (WCAG 1.4.13).
  const hideSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(hide, 300);
  };

  addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const term = termOf(event.target);
    if (term && term !== dismissed) {
      clearTimeout(timer);
      timer = setTimeout(() => show(term), current ? 0 : 150);
    } else if (inBox(event.target)) clearTimeout(timer);
  });
  addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const from = termOf(event.target) ?? (inBox(event.target) ? box : null);
    const to = event.relatedTarget;
    // Still on the open term or its popover: nothing has been left.
    if (!from || (current && (termOf(to) === current || inBox(to)))) return;
    if (from === dismissed) dismissed = null;
    // A term that also has the keyboard's focus keeps its popover until focus moves on.
    if (current && document.activeElement === current) clearTimeout(timer);
    else hideSoon();
  });
  addEventListener('focusin', (event) => {
    const term = termOf(event.target);
    if (term) show(term);
    else if (!inBox(event.target)) hide();
  });
  addEventListener('pointerdown', (event) => {
    const term = termOf(event.target);
    // A tap shows the definition first; a second tap on the same term follows the link.
    tapped = event.pointerType !== 'mouse' && term && term !== current ? term : null;
    if (!term && !inBox(event.target)) hide();
  });
  addEventListener('click', (event) => {
    const term = termOf(event.target);
    if (!term || term !== tapped) return;
    event.preventDefault();
    tapped = null;
    show(term);
  });
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !current) return;
    dismissed = current;
    hide();
  });
  addEventListener('resize', () => current && place());
})();
