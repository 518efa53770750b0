// A tiny element builder. Text always goes in as text nodes, never as HTML, so
// nothing from a scenario file can ever run as markup or script.

type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | undefined> & { class?: string };

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') element.className = String(value);
    // Through the CSSOM, which the page's Content-Security-Policy allows, where a style attribute in markup is refused.
    else if (name === 'style') element.style.cssText = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  append(element, ...children);
  return element;
}

export function button(
  label: Child | Child[],
  onClick: (event: MouseEvent) => void,
  props: Props = {},
): HTMLButtonElement {
  const el = h('button', { type: 'button', ...props }, ...[label].flat());
  el.addEventListener('click', onClick);
  return el;
}

/**
 * Moves an element to a new parent as it is: taking a node out of the page drops the keyboard focus inside
 * it and resets its scroll positions, which a player in the middle of reading must not notice.
 */
export function moveKeepingFocus(element: HTMLElement, parent: HTMLElement): void {
  const focused =
    document.activeElement instanceof HTMLElement && element.contains(document.activeElement)
      ? document.activeElement
      : null;
  const scrolled = [element, ...element.querySelectorAll<HTMLElement>('*')]
    .filter((el) => el.scrollTop !== 0 || el.scrollLeft !== 0)
    .map((el) => ({ el, top: el.scrollTop, left: el.scrollLeft }));
  parent.appendChild(element);
  for (const { el, top, left } of scrolled) el.scrollTo(left, top);
  if (focused && document.activeElement !== focused) focused.focus({ preventScroll: true });
}

/**
 * A story-file picker, hidden: a button of the screen's own opens it (`.click()`), since a file input's own look
 * cannot be styled or worded. Out of the tab order for the same reason; a chosen file goes to `onFile`, and the
 * input is emptied so choosing the same file again is heard.
 */
export function storyFileInput(id: string, label: string, onFile: (file: File) => void): HTMLInputElement {
  const input = h('input', {
    type: 'file',
    id,
    accept: '.yaml,.yml,text/yaml',
    class: 'visually-hidden',
    tabindex: -1,
    'aria-label': label,
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = '';
  });
  return input;
}

/** An SVG's text as a data: URL (base64 of its UTF-8), which the page's policy allows for images. */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/**
 * Files dragged over `target` mark it `dropping` (the screen shows where they will land); let go, they are handed
 * on, and the browser does not open them in place of the game.
 */
export function onFilesDropped(target: HTMLElement, dropped: (transfer: DataTransfer) => void): void {
  target.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    target.classList.add('dropping');
  });
  target.addEventListener('dragleave', () => target.classList.remove('dropping'));
  target.addEventListener('drop', (event) => {
    event.preventDefault();
    target.classList.remove('dropping');
    if (event.dataTransfer) dropped(event.dataTransfer);
  });
}
