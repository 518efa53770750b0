// The parts of the title screen below the stories: the onboarding tracks and the facilitator's workshop,
// and the notice that the address's seed is waiting for the next story.
import type { NextStorySeed } from '../play/launchOptions.ts';
import type { Library } from '../engine/authoring.ts';
import { button, h } from './dom.ts';

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
    h('h2', { id: 'tracks-title', tabindex: -1 }, 'Onboarding tracks'),
    h(
      'ul',
      {},
      ...tracks.map((t) =>
        h(
          'li',
          {},
          button(
            [
              h('span', { class: 'story-title' }, t.title),
              h('span', {}, t.summary),
              h('span', { class: 'story-meta' }, `${t.passed} of ${t.total} passed`),
            ],
            () => openTrack(t.id),
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
}

/** `seed` is the address's seed waiting for the next story: it fills the seed field, and a workshop started with it uses it up. */
export function workshopCard(library: Library, actions: WorkshopActions, seed: NextStorySeed): HTMLElement | null {
  const stories = library.entries.flatMap((e) => (e.scenario ? [e.scenario] : []));
  if (stories.length === 0) return null;
  const picker = h('select', { id: 'workshop-story' }, ...stories.map((s) => h('option', { value: s.id }, s.title)));
  const seedField = h('input', {
    id: 'workshop-seed',
    type: 'text',
    autocomplete: 'off',
    placeholder: 'e.g. shift-1',
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
    h('h2', { id: 'workshop-title', tabindex: -1 }, 'Run a workshop'),
    h(
      'p',
      {},
      'For a facilitator with a projector: large type, a pause to discuss at each breakdown, and the room votes on every choice.',
    ),
    h(
      'div',
      { class: 'filters' },
      h('div', { class: 'filter search' }, h('label', { for: 'workshop-story' }, 'Story for the room'), picker),
      h('div', { class: 'filter' }, h('label', { for: 'workshop-seed' }, 'Seed (optional)'), seedField),
    ),
    h(
      'div',
      { class: 'debrief-actions' },
      button('Start the workshop', start, { class: 'button primary' }),
      button('Breakdown brainstorm', actions.brainstorm, { class: 'button' }),
    ),
  );
}

/** Says that the address's seed will replay a shift, with a way to play fresh ones instead. */
export function seedNotice(seed: NextStorySeed): HTMLElement | null {
  const waiting = seed.peek();
  if (waiting === null) return null;
  const notice = h(
    'section',
    { class: 'card seed-notice', 'aria-label': 'Replaying a seed' },
    h(
      'p',
      {},
      h('strong', {}, `Replaying seed “${waiting}”.`),
      ' The next story you start or open from a file plays this same shift.',
    ),
    button(
      'Use a fresh seed',
      () => {
        seed.forget();
        notice.replaceChildren(h('p', { role: 'status' }, 'Stories here now start with fresh seeds.'));
      },
      { class: 'button' },
    ),
  );
  return notice;
}
