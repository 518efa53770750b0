import type { BeatView } from '../engine/runtime.ts';
import { t } from '../i18n/intl.ts';

/** A beat as one announcement for the aria-live region: what sighted players see revealed, in order. */
export function spokenBeat(view: BeatView, note: string | null): string {
  const parts = [
    note,
    view.breakdown && t('story.spoken.breakdown', { breakdown: view.breakdown }),
    ...view.lines.map((l) => (l.name ? t('story.spoken.line', { name: l.name, text: l.text }) : l.text)),
    view.ending && t('story.spoken.ending', { title: view.ending.title }),
  ];
  return parts.filter(Boolean).join(' ');
}
