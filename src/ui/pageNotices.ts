// Notices the player must see whatever screen is showing: a save that failed where it happened (mid-story,
// on the debrief), a link that asked for something the game does not have. They sit in a strip at the foot
// of the window and the game's layers end above it, so nothing is covered; each is announced (an alert for
// trouble, a status otherwise) and has real buttons. Trouble stays until dismissed; a plain notice also
// goes once the player has moved on from the screen it was shown with, so old news does not crowd the next.
import { t } from '../i18n/intl.ts';
import { button, h } from './dom.ts';
import './pageNotices.css';

export interface PageNoticeAction {
  label: string;
  run(): void;
}

export interface PageNotice {
  /** A notice with the same id replaces the one on show. */
  id: string;
  text: string;
  /** Trouble the player must act on: announced at once (role="alert"); otherwise politely (role="status"). */
  urgent?: boolean;
  actions?: readonly PageNoticeAction[];
}

/** The page's full-window layers (index.html), which end above the notices while any are shown. */
const LAYERS = ['app', 'game'];
/** How many screens have been shown: a plain notice belongs to the screen shown with it (or being set up). */
let screens = 0;

/** Called as each new screen is shown: plain notices from before the previous one go. */
export function screenShown(doc: Document = document): void {
  screens++;
  for (const item of doc.querySelectorAll<HTMLElement>('#page-notices [data-screen]'))
    if (Number(item.dataset['screen']) < screens - 1) item.remove();
  makeRoom(doc);
}

export function showPageNotice(notice: PageNotice, doc: Document = document): { close(): void } {
  const strip = stripOf(doc);
  strip.querySelector(`[data-notice="${CSS.escape(notice.id)}"]`)?.remove();
  // A live region is announced when its text changes, so it goes in empty and is filled a moment later.
  const message = h('p', { role: notice.urgent ? 'alert' : 'status' });
  const close = () => {
    item.remove();
    makeRoom(doc);
  };
  const actions = (notice.actions ?? []).map((a) => button(a.label, a.run, { class: 'button' }));
  const item = h(
    'div',
    {
      class: `card page-notice${notice.urgent ? ' urgent' : ''}`,
      'data-notice': notice.id,
      'data-screen': notice.urgent ? undefined : screens,
    },
    message,
    h('div', { class: 'page-notice-actions' }, ...actions, button(t('notices.dismiss'), close, { class: 'button' })),
  );
  strip.append(item);
  makeRoom(doc);
  setTimeout(() => (message.textContent = notice.text), 50);
  return { close };
}

function stripOf(doc: Document): HTMLElement {
  const found = doc.getElementById('page-notices');
  if (found) return found;
  const strip = h('section', { id: 'page-notices', 'aria-label': t('notices.label') });
  doc.body.append(strip);
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => makeRoom(doc)).observe(strip);
  return strip;
}

function makeRoom(doc: Document): void {
  const strip = doc.getElementById('page-notices');
  const height = strip && strip.childElementCount > 0 ? strip.getBoundingClientRect().height : 0;
  for (const id of LAYERS) {
    const layer = doc.getElementById(id);
    if (layer) layer.style.bottom = height ? `${Math.ceil(height + 8)}px` : '';
  }
}

/** Shows each plain notice once (the same words twice replace each other), as a status rather than an alert. */
export function showNotices(texts: readonly string[], doc: Document = document): void {
  for (const text of texts) showPageNotice({ id: `note:${text}`, text }, doc);
}
