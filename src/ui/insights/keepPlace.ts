// A view drawn again with new figures while someone is using it (a reading's figures arrive every few seconds):
// the control the keyboard was on, and the rows a long table was showing, are given back, so a keyboard or screen
// reader user is not thrown to the top of the page, nor a table folded up, each time the figures grow.

/** Draws `root` anew with `redraw`, then puts the focus and each long table's shown rows back as they were. */
export function keepingPlace(root: HTMLElement, redraw: () => void): void {
  const active = document.activeElement;
  const path = active instanceof HTMLElement && root.contains(active) ? pathTo(root, active) : null;
  const hadTabIndex = active instanceof HTMLElement && active.hasAttribute('tabindex');
  const shown = [...root.querySelectorAll('.table-long')].map((table) => rowsOf(table));
  redraw();
  root.querySelectorAll('.table-long').forEach((table, i) => {
    const more = table.querySelector<HTMLButtonElement>('.insights-more');
    while (more && !more.hidden && rowsOf(table) < (shown[i] ?? 0)) more.click();
  });
  const again = path && elementAt(root, path);
  if (!again || again === document.activeElement) return;
  // A row's heading the focus was moved to (after Show more) is focusable only by its tabindex.
  if (hadTabIndex && !again.hasAttribute('tabindex')) again.tabIndex = -1;
  again.focus({ preventScroll: true });
}

const rowsOf = (table: Element) => table.querySelectorAll('tbody tr').length;

/** Each element's place among its parent's children, from `root` down to `element`. */
function pathTo(root: HTMLElement, element: HTMLElement): number[] {
  const path: number[] = [];
  for (let at: Element = element; at !== root && at.parentElement; at = at.parentElement)
    path.unshift([...at.parentElement.children].indexOf(at));
  return path;
}

function elementAt(root: HTMLElement, path: readonly number[]): HTMLElement | null {
  let at: Element | undefined = root;
  for (const index of path) at = at?.children[index];
  return at instanceof HTMLElement ? at : null;
}
