// The small notice that a new version of the game is ready. It never blocks play: it takes a
// strip at the top of the window and the game moves down to make room, so nothing is covered;
// "Later" puts it away (the new version then starts on the next visit), "Update now" switches to
// it and reloads, and the story resumes from the progress saved after every step.
import { t } from '../i18n/intl.ts';
import { button, h } from './dom.ts';
import './updateNotice.css';

export interface UpdateNoticeActions {
  /** Switches to the new version; the page reloads when it has taken over. */
  update(): void | Promise<void>;
  /** The player chose to carry on with this version. */
  later?(): void;
}

export interface UpdateNotice {
  readonly element: HTMLElement;
  close(): void;
}

const NOTICE_ID = 'update-notice';
/** The page's full-window layers (index.html), moved down while the notice is shown. */
const LAYERS = ['app', 'game'];
let current: UpdateNotice | null = null;

/** Shows the notice (once, however often a new version is announced) at the top of the window. */
export function showUpdateNotice(actions: UpdateNoticeActions, doc: Document = document): UpdateNotice {
  if (current?.element.isConnected) return current;

  // A live region is announced when its text changes, so it goes in empty and is filled a moment later.
  const message = h('p', { role: 'status' });
  const now = button(
    t('notices.update.now'),
    () => {
      for (const b of [now, later]) b.disabled = true;
      message.textContent = t('notices.update.updating');
      void Promise.resolve(actions.update()).catch(() => {
        for (const b of [now, later]) b.disabled = false;
        message.textContent = t('notices.update.failed');
      });
    },
    { class: 'button primary' },
  );
  const later = button(
    t('notices.update.later'),
    () => {
      close();
      actions.later?.();
    },
    { class: 'button' },
  );
  const buttons = h('div', { class: 'update-notice-actions' }, now, later);

  const notice = h(
    'section',
    { id: NOTICE_ID, class: 'card update-notice', 'aria-label': t('notices.update.label') },
    message,
    buttons,
  );

  // The game's layers start below the notice, whatever its height as the text wraps.
  const layers = LAYERS.map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  const makeRoom = () => {
    const below = `${Math.ceil(notice.getBoundingClientRect().bottom + 8)}px`;
    for (const layer of layers) layer.style.top = below;
  };
  const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(makeRoom);
  function close(): void {
    resizes?.disconnect();
    doc.defaultView?.removeEventListener('resize', makeRoom);
    for (const layer of layers) layer.style.top = '';
    notice.remove();
    current = null;
  }

  // First in the document, so a keyboard user reaches it with the first Tab.
  doc.body.prepend(notice);
  makeRoom();
  resizes?.observe(notice);
  doc.defaultView?.addEventListener('resize', makeRoom);
  setTimeout(() => {
    if (!message.textContent) message.textContent = t('notices.update.ready');
  }, 100);
  current = { element: notice, close };
  return current;
}
