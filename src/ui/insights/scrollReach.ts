// A table wider than the screen (many principles, a phone) scrolls sideways in its own box, which must then be
// reachable by keyboard to be scrolled (WCAG 2.1.1): such a box becomes a named region in the tab order, and leaves
// it again when it fits.

/**
 * Watches the boxes under `root` as they come and go (a view drawn anew, a chart filling its place): each is measured
 * when the page has laid it out (a ResizeObserver's answer), and again whenever its size changes (a window turned,
 * rows shown). Measured as soon as a view was drawn, they made the page lay out the whole view inside the drawing's
 * task: with a thousand learners, most of a long task as a reading's figures came in.
 */
export function scrollReach(root: HTMLElement): void {
  const sizes = new ResizeObserver((entries) => reach(entries.map((entry) => entry.target as HTMLElement)));
  const each = (nodes: NodeList, does: (box: HTMLElement) => void) =>
    nodes.forEach((node) => node instanceof HTMLElement && boxesIn(node).forEach(does));
  new MutationObserver((changes) => {
    for (const change of changes) {
      each(change.removedNodes, (box) => sizes.unobserve(box));
      each(change.addedNodes, (box) => sizes.observe(box));
    }
  }).observe(root, { childList: true, subtree: true });
  boxesIn(root).forEach((box) => sizes.observe(box));
}

/** The boxes in `node`, itself included. */
const boxesIn = (node: HTMLElement) => [
  ...(node.matches('.table-scroll') ? [node] : []),
  ...node.querySelectorAll<HTMLElement>('.table-scroll'),
];

function reach(boxes: readonly HTMLElement[]): void {
  // Every box measured first, then each changed: a change between two measures would lay the page out again for
  // the second.
  const measured = boxes.map((box) => ({ box, wide: box.scrollWidth > box.clientWidth + 1 }));
  for (const { box, wide } of measured) {
    if (wide) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      // Named by its caption, which may be a story's words in their own language, or by its label.
      const caption = box.querySelector('caption')?.id;
      if (box.dataset['label'] || !caption) box.setAttribute('aria-label', box.dataset['label'] ?? '');
      else box.setAttribute('aria-labelledby', caption);
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
      box.removeAttribute('aria-labelledby');
    }
  }
}
