// A screen drawn again (in a new language) put where the old one was, so that the player finds it as they
// left it: the same disclosures open, the same scroll, the focus on the same control. Controls are matched by
// their place among the screen's focusable elements, which a redraw of the same facts keeps.
const FOCUSABLE = 'button, summary, input, select, textarea, a[href], [tabindex]';

/** Parts of a screen that other modules add and keep up themselves (the LMS reporting line): moved across. */
const KEPT = '.lms-status';

export function redrawInPlace(old: HTMLElement, fresh: HTMLElement): void {
  const oldDetails = [...old.querySelectorAll('details')];
  fresh.querySelectorAll('details').forEach((d, i) => (d.open = oldDetails[i]?.open ?? d.open));
  // Measured before the kept parts move, which then stand where they stood, so places match.
  const focusables = [...old.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const focused = focusables.findIndex((el) => el === document.activeElement);
  const scrolled = [old, ...old.querySelectorAll<HTMLElement>('*')].filter((el) => el.scrollTop > 0);
  const scrollPlaces = scrolled.map((el) => ({ path: pathTo(old, el), top: el.scrollTop }));
  for (const kept of [...old.querySelectorAll(`:scope > ${KEPT}`)].reverse()) fresh.prepend(kept);
  old.replaceWith(fresh);
  if (focused >= 0) fresh.querySelectorAll<HTMLElement>(FOCUSABLE)[focused]?.focus({ preventScroll: true });
  for (const { path, top } of scrollPlaces) {
    const el = path.reduce<Element | undefined>((at, i) => at?.children[i], fresh);
    if (el) el.scrollTop = top;
  }
}

/** The child indexes from `root` down to `el`. */
function pathTo(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let at = el; at !== root && at.parentElement; at = at.parentElement)
    path.unshift([...at.parentElement.children].indexOf(at));
  return path;
}
