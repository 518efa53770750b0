// Saves this browser could not fully read, kept aside on the profile screen: each can be restored (its
// readable plays) or downloaded as it is.
import type { KeptAside, Restored } from '../play/progress/progressStore.ts';
import { formatDate, formatNumber, t } from '../i18n/intl.ts';
import { button, h } from './dom.ts';
import './keptAside.css';

export interface KeptAsideActions {
  restoreKeptAside(key: string): Restored;
  downloadKeptAside(key: string): void;
}

/** A date and time the way toLocaleString() writes it, in the interface's language. */
export const dateTime = (at: Date | number): string =>
  formatDate(at, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

export function keptAsideList(kept: readonly KeptAside[], actions: KeptAsideActions): HTMLElement | null {
  if (kept.length === 0) return null;
  const status = h('div', { class: 'import-status', 'aria-live': 'polite' });
  const restore = (key: string) => {
    const result = actions.restoreKeptAside(key);
    status.replaceChildren(
      result.ok
        ? h(
            'p',
            { role: 'status' },
            result.leftOut
              ? t('profile.restoredLeftOut', { added: result.added, leftOut: result.leftOut })
              : t('profile.restored', { added: result.added }),
          )
        : h(
            'div',
            { role: 'alert' },
            h('p', {}, t('profile.restoreFailed')),
            h('ul', { class: 'error-list' }, ...result.errors.map((e) => h('li', {}, h('code', {}, e)))),
          ),
    );
  };
  return h(
    'div',
    { class: 'kept-aside' },
    h('h2', { id: 'kept-aside-title' }, t('profile.keptAsideTitle')),
    h('p', {}, t('profile.keptAsideIntro')),
    h(
      'ul',
      { 'aria-labelledby': 'kept-aside-title' },
      ...kept.map((k, i) => {
        const id = `kept-aside-${i}`;
        const when =
          k.keptAt && !Number.isNaN(Date.parse(k.keptAt))
            ? t('profile.keptAt', { when: dateTime(new Date(k.keptAt)) })
            : t('profile.keptInPlace');
        return h(
          'li',
          {},
          h('span', { id }, t('profile.keptAsideItem', { when, size: sizeText(k.size) })),
          h(
            'span',
            { class: 'debrief-actions' },
            button(t('profile.restore'), () => restore(k.key), { class: 'button', 'aria-describedby': id }),
            button(t('profile.download'), () => actions.downloadKeptAside(k.key), {
              class: 'button',
              'aria-describedby': id,
            }),
          ),
        );
      }),
    ),
    status,
  );
}

/** A save's size; every branch of the message gets every argument (ICU checks them all). */
function sizeText(chars: number): string {
  if (chars >= 1_000_000)
    return t('profile.size', {
      unit: 'mb',
      size: formatNumber(chars / 1_000_000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      count: chars,
    });
  if (chars >= 1000)
    return t('profile.size', { unit: 'kb', size: formatNumber(Math.round(chars / 1000)), count: chars });
  return t('profile.size', { unit: 'bytes', size: '', count: chars });
}
