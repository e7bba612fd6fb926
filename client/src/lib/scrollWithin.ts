/**
 * Brings a row into view inside its own scrolling box only. `scrollIntoView` also scrolls every ancestor,
 * the page included: a selection made with the arrow keys on the map would yank the page down to the table.
 * `stickyTop` is the height covered by a sticky table head.
 */
export function scrollWithin(element: Element | null | undefined, stickyTop = 0): void {
  const box = element?.closest<HTMLElement>('.table-scroll');
  if (!element || !box) return;
  const outer = box.getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  const top = outer.top + stickyTop;
  if (inner.top < top) box.scrollTop -= top - inner.top;
  else if (inner.bottom > outer.bottom) box.scrollTop += inner.bottom - outer.bottom;
}

/** The height of the table head above `row`, which stays on top while the rows scroll under it. */
export function headHeight(row: Element | null | undefined): number {
  return row?.closest('table')?.querySelector('thead')?.getBoundingClientRect().height ?? 0;
}
