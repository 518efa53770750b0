// The title screen: what the game is, and the story library with search and
// filters. Broken story files stay in the list, marked, so an author can open
// their errors from here.
import { filterEntries, filterOptions, NO_FILTER, type LibraryFilter } from '../app/libraryFilter.ts';
import { estimatedMinutes, plural, type Catalogue, type Library, type LibraryEntry } from '../engine/index.ts';
import { button, h } from './dom.ts';

export interface TitleActions {
  play(entry: LibraryEntry): void;
  showErrors(entry: LibraryEntry): void;
  showProfile(): void;
  openTrack(trackId: string): void;
  /** A scenario file chosen or dropped by the player. */
  openFile(file: File): void;
  /** Starts a facilitator-led workshop on this story; a seed replays a particular shift. */
  runWorkshop(scenarioId: string, seed: string | null): void;
  brainstorm(): void;
  openSettings(): void;
}

export interface TitleExtras {
  /** Things the player must know, such as a save kept aside or storage that will not keep progress. */
  notices: readonly string[];
  /** The story in progress, if any, with what resuming and discarding it do. */
  resume: { title: string; savedAt: string; resume(): void; discard(): void } | null;
  attempts: number;
  tracks: { id: string; title: string; summary: string; passed: number; total: number }[];
}

const DIFFICULTY_LABELS: Record<string, string> = { introductory: 'Introductory', intermediate: 'Intermediate', advanced: 'Advanced' };

export function titleScreen(library: Library & { catalogue: Catalogue }, actions: TitleActions, extras: TitleExtras): HTMLElement {
  const list = h('ul', { class: 'story-list' });
  const status = h('p', { class: 'filter-status', role: 'status' });
  let filter: LibraryFilter = { ...NO_FILTER };

  const render = () => {
    const shown = filterEntries(library.entries, filter, library.catalogue);
    list.replaceChildren(...shown.map((entry) => storyItem(entry, actions)));
    const playable = library.entries.filter((e) => e.scenario).length;
    const shownPlayable = shown.filter((e) => e.scenario).length;
    const stories = (n: number) => plural(n, { one: '# story', other: '# stories' });
    status.textContent = shownPlayable === playable ? stories(playable) : `Showing ${shownPlayable} of ${stories(playable)}`;
  };
  const update = (change: Partial<LibraryFilter>) => {
    filter = { ...filter, ...change };
    render();
  };

  const fileInput = h('input', { type: 'file', id: 'scenario-file', accept: '.yaml,.yml,text/yaml', class: 'visually-hidden', tabindex: -1, 'aria-label': 'Scenario file to open' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) actions.openFile(file);
    fileInput.value = '';
  });

  const options = filterOptions(library.entries, library.catalogue);
  const search = h('input', { type: 'search', id: 'story-search', placeholder: 'Title, trade, principle…', autocomplete: 'off' });
  search.addEventListener('input', () => update({ text: search.value }));
  const controls = h(
    'div',
    { class: 'filters' },
    h('div', { class: 'filter search' }, h('label', { for: 'story-search' }, 'Search stories'), search),
    select('Role', options.roles.map((r) => [r, r]), (role) => update({ role })),
    select('Trade', options.industries.map((i) => [i, i]), (industry) => update({ industry })),
    select('Difficulty', options.difficulties.map((d) => [d, DIFFICULTY_LABELS[d] ?? d]), (difficulty) => update({ difficulty })),
    select('Principle', options.principles.map((p) => [p.id, p.name]), (principle) => update({ principle })),
    select('Length', [['5', 'Up to 5 minutes'], ['8', 'Up to 8 minutes']], (value) => update({ maxMinutes: Number(value) || 0 }), 'Any length'),
  );
  render();

  const heading = h('h1', { tabindex: -1 }, 'Service Hero');
  const screen = h(
    'div',
    { class: 'screen title-screen' },
    h('header', { class: 'brand' }, heading, h('p', {}, 'Short customer stories where the routine breaks down. What you do next decides the grade.')),
    extras.notices.length > 0 && h('section', { class: 'card notices', role: 'alert' }, ...extras.notices.map((n) => h('p', {}, n))),
    extras.resume &&
      h(
        'section',
        { class: 'card resume', 'aria-labelledby': 'resume-title' },
        h('h2', { id: 'resume-title' }, `Continue “${extras.resume.title}”`),
        h('p', {}, `Saved ${new Date(extras.resume.savedAt).toLocaleString()}. Pick up at the moment you left.`),
        h('div', { class: 'debrief-actions' }, button('Continue the story', extras.resume.resume, { class: 'button primary' }), button('Discard it', extras.resume.discard, { class: 'button' })),
      ),
    extras.tracks.length > 0 &&
      h(
        'section',
        { class: 'card home-tracks', 'aria-labelledby': 'tracks-title' },
        h('h2', { id: 'tracks-title' }, 'Onboarding tracks'),
        h(
          'ul',
          {},
          ...extras.tracks.map((t) =>
            h('li', {}, button([h('span', { class: 'story-title' }, t.title), h('span', {}, t.summary), h('span', { class: 'story-meta' }, `${t.passed} of ${t.total} passed`)], () => actions.openTrack(t.id), { class: 'story-card' })),
          ),
        ),
      ),
    workshopCard(library, actions),
    h(
      'section',
      { class: 'card library', 'aria-labelledby': 'library-title' },
      h(
        'div',
        { class: 'library-head' },
        h('h2', { id: 'library-title' }, 'Choose a story'),
        h(
          'div',
          { class: 'hud-buttons' },
          button('Open a scenario file', () => fileInput.click(), { class: 'button' }),
          button(extras.attempts ? `Your progress (${extras.attempts} played)` : 'Your progress', actions.showProfile, { class: 'button' }),
          button('Settings', actions.openSettings, { class: 'button' }),
        ),
        fileInput,
      ),
      controls,
      status,
      library.entries.length ? list : h('p', {}, 'There are no stories in scenarios/ yet.'),
      h(
        'p',
        { class: 'how-to' },
        'Read each moment, then choose what you would do: click a choice, tap it, or press its number. Space shows all text at once. Some customers will not wait forever. To try a story of your own, open its file or drop it here.',
      ),
    ),
  );
  // Dropping a scenario file anywhere on the title screen opens it.
  screen.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) {
      event.preventDefault();
      screen.classList.add('dropping');
    }
  });
  screen.addEventListener('dragleave', () => screen.classList.remove('dropping'));
  screen.addEventListener('drop', (event) => {
    event.preventDefault();
    screen.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (file) actions.openFile(file);
  });
  focusOnReturn(screen, heading);
  return screen;
}

/** Whether anything on the page has had focus yet: not on a fresh page, where the title is the first screen. */
let focusSeen = false;
if (typeof document !== 'undefined') document.addEventListener('focusin', () => (focusSeen = true), { once: true });

/**
 * Coming back here from another screen, the control that was focused has gone with that screen and focus
 * falls to the page; it goes to the top of this screen instead, so the next Tab starts from there. On a
 * fresh page focus is left where the browser puts it, with no ring drawn round the game's name.
 */
function focusOnReturn(screen: HTMLElement, heading: HTMLElement): void {
  if (!focusSeen) return;
  let frames = 0;
  const attempt = () => {
    // The screen is placed on the page just after it is built.
    if (!screen.isConnected) {
      if (++frames < 10) requestAnimationFrame(attempt);
      return;
    }
    const active = document.activeElement;
    if (active === null || active === document.body) heading.focus({ preventScroll: true });
  };
  requestAnimationFrame(attempt);
}

function select(label: string, choices: readonly (readonly [string, string])[], onChange: (value: string) => void, anyLabel = 'Any'): HTMLElement {
  const id = `filter-${label.toLowerCase()}`;
  const element = h('select', { id }, h('option', { value: '' }, anyLabel), ...choices.map(([value, text]) => h('option', { value }, text)));
  element.addEventListener('change', () => onChange(element.value));
  return h('div', { class: 'filter' }, h('label', { for: id }, label), element);
}

function storyItem(entry: LibraryEntry, actions: TitleActions): HTMLElement {
  const s = entry.scenario;
  if (!s) {
    const count = entry.errors.length;
    return h(
      'li',
      {},
      button(
        [h('span', { class: 'story-title' }, entry.title), h('span', { class: 'story-meta' }, `${entry.file} has ${plural(count, { one: '# problem', other: '# problems' })}: view them`)],
        () => actions.showErrors(entry),
        { class: 'story-card broken' },
      ),
    );
  }
  const meta = [`You play: ${s.role}`, s.industry, DIFFICULTY_LABELS[s.difficulty], `about ${estimatedMinutes(s)} min`].filter(Boolean).join(' · ');
  return h(
    'li',
    {},
    button([h('span', { class: 'story-title' }, s.title), h('span', {}, s.summary), h('span', { class: 'story-meta' }, meta)], () => actions.play(entry), {
      class: 'story-card',
      'data-scenario': s.id,
    }),
  );
}

function workshopCard(library: Library, actions: TitleActions): HTMLElement | null {
  const stories = library.entries.flatMap((e) => (e.scenario ? [e.scenario] : []));
  if (stories.length === 0) return null;
  const picker = h('select', { id: 'workshop-story' }, ...stories.map((s) => h('option', { value: s.id }, s.title)));
  const seed = h('input', { id: 'workshop-seed', type: 'text', autocomplete: 'off', placeholder: 'e.g. shift-1', maxlength: 64 });
  return h(
    'section',
    { class: 'card home-tracks workshop-card', 'aria-labelledby': 'workshop-title' },
    h('h2', { id: 'workshop-title' }, 'Run a workshop'),
    h('p', {}, 'For a facilitator with a projector: large type, a pause to discuss at each breakdown, and the room votes on every choice.'),
    h(
      'div',
      { class: 'filters' },
      h('div', { class: 'filter search' }, h('label', { for: 'workshop-story' }, 'Story for the room'), picker),
      h('div', { class: 'filter' }, h('label', { for: 'workshop-seed' }, 'Seed (optional)'), seed),
    ),
    h(
      'div',
      { class: 'debrief-actions' },
      button('Start the workshop', () => actions.runWorkshop(picker.value, /^[a-z0-9-]{1,64}$/i.test(seed.value.trim()) ? seed.value.trim() : null), {
        class: 'button primary',
      }),
      button('Breakdown brainstorm', actions.brainstorm, { class: 'button' }),
    ),
  );
}
