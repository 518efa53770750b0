// The parts of the title screen below the stories: the onboarding tracks and the facilitator's workshop,
// and the notice that the address's seed is waiting for the next story.
import type { NextStorySeed } from '../play/launchOptions.ts';
import type { TitleLibrary } from '../play/storyCards.ts';
import { t } from '../i18n/intl.ts';
import { storyLanguageOf } from '../i18n/storyLanguage.ts';
import { button, h } from './dom.ts';
import { storyText } from './storyText.ts';

export interface TrackSummary {
  id: string;
  title: string;
  summary: string;
  passed: number;
  total: number;
}

export function tracksCard(tracks: readonly TrackSummary[], openTrack: (trackId: string) => void): HTMLElement | null {
  if (tracks.length === 0) return null;
  return h(
    'section',
    { class: 'card home-tracks', 'aria-labelledby': 'tracks-title' },
    h('h2', { id: 'tracks-title', tabindex: -1 }, t('title.tracks.heading')),
    h(
      'ul',
      {},
      ...tracks.map((track) =>
        h(
          'li',
          {},
          button(
            [
              storyText('span', track.title, { class: 'story-title' }),
              storyText('span', track.summary),
              h('span', { class: 'story-meta' }, t('track.passedCount', { passed: track.passed, total: track.total })),
            ],
            () => openTrack(track.id),
            { class: 'story-card' },
          ),
        ),
      ),
    ),
  );
}

export interface WorkshopActions {
  /** Starts a facilitator-led workshop on this story; a seed replays a particular shift. */
  runWorkshop(scenarioId: string, seed: string | null): void;
  brainstorm(): void;
  /** What groups chose, read from their exported files (the Insights screen). */
  openInsights(): void;
}

/** `seed` is the address's seed waiting for the next story: it fills the seed field, and a workshop started with it uses it up. */
export function workshopCard(library: TitleLibrary, actions: WorkshopActions, seed: NextStorySeed): HTMLElement | null {
  const stories = library.entries.flatMap((e) => (e.card ? [e.card] : []));
  if (stories.length === 0) return null;
  const picker = h(
    'select',
    { id: 'workshop-story' },
    ...stories.map((s) => h('option', { value: s.id, lang: storyLanguageOf(s.title) }, s.title)),
  );
  const seedField = h('input', {
    id: 'workshop-seed',
    type: 'text',
    autocomplete: 'off',
    placeholder: t('title.workshop.seedPlaceholder'),
    maxlength: 64,
    value: seed.peek() ?? undefined,
  });
  const start = () => {
    const typed = seedField.value.trim();
    const chosen = /^[a-z0-9-]{1,64}$/i.test(typed) ? typed : null;
    if (chosen !== null && chosen === seed.peek()) seed.take();
    actions.runWorkshop(picker.value, chosen);
  };
  return h(
    'section',
    { class: 'card home-tracks workshop-card', 'aria-labelledby': 'workshop-title' },
    h('h2', { id: 'workshop-title', tabindex: -1 }, t('title.workshop.heading')),
    h('p', {}, t('title.workshop.intro')),
    h(
      'div',
      { class: 'filters' },
      h('div', { class: 'filter search' }, h('label', { for: 'workshop-story' }, t('title.workshop.story')), picker),
      h('div', { class: 'filter' }, h('label', { for: 'workshop-seed' }, t('title.workshop.seed')), seedField),
    ),
    h(
      'div',
      { class: 'debrief-actions' },
      button(t('title.workshop.start'), start, { class: 'button primary' }),
      button(t('title.workshop.brainstorm'), actions.brainstorm, { class: 'button' }),
      button(t('title.workshop.insights'), actions.openInsights, { class: 'button' }),
    ),
  );
}

/** Says that the address's seed will replay a shift, with a way to play fresh ones instead. */
export function seedNotice(seed: NextStorySeed): HTMLElement | null {
  const waiting = seed.peek();
  if (waiting === null) return null;
  const notice = h(
    'section',
    { class: 'card seed-notice', 'aria-label': t('title.seed.label') },
    h('p', {}, h('strong', {}, t('title.seed.replaying', { seed: waiting })), ' ', t('title.seed.next')),
    button(
      t('title.seed.fresh'),
      () => {
        seed.forget();
        notice.replaceChildren(h('p', { role: 'status' }, t('title.seed.forgotten')));
      },
      { class: 'button' },
    ),
  );
  return notice;
}
