/**
 * Keeps a popover (a menu that opens under its button) inside the viewport. It is anchored with
 * logical properties to one edge of its button, which on a phone can sit anywhere on the row,
 * so in either direction part of it could open off-screen (a Print item nobody can reach).
 * After it opens, and when the window resizes, it is measured and shifted back by the overflow.
 *
 * Promise: the element's box ends up at least `margin` px inside both edges when it fits;
 * a box wider than the viewport is pinned to the viewport's start edge and capped to its width.
 */
export function shiftIntoView(el: HTMLElement, margin = 8): void {
  el.style.translate = '';
  el.style.maxInlineSize = `calc(100vw - ${2 * margin}px)`;
  const rect = el.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  let dx = 0;
  if (rect.right > width - margin) dx = width - margin - rect.right;
  if (rect.left + dx < margin) dx = margin - rect.left;
  if (dx !== 0) el.style.translate = `${Math.round(dx)}px 0`;
}

/** Svelte action: `use:inViewport` on the popover element. */
export function inViewport(el: HTMLElement) {
  const update = () => shiftIntoView(el);
  update();
  window.addEventListener('resize', update);
  return { destroy: () => window.removeEventListener('resize', update) };
}
