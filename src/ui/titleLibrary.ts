// The story library on the title screen: search (by meaning, src/play/libraryFilter.ts), filters with a
// control that clears them all, the cards with the player's own record on each, and, when nothing matches,
// what to try instead ("Clear all" empties the search and every filter). Broken story files stay in the list, marked, so an author can open their errors.
import {
  filterEntries,
  filterOptions,
  filtersInUse,
  NO_FILTER,
  noMatchHelp,
  type LibraryFilter,
} from '../play/libraryFilter.ts';
import type { PlayedStory } from '../play/progress/playedStories.ts';
import { plural, type Catalogue } from '../engine/runtime.ts';
import type { Library, LibraryEntry } from '../engine/authoring.ts';
import { estimatedMinutes } from '../engine/scenarioFacts.ts';
import { button, h } from './dom.ts';

export interface LibraryActions {
  play(entry: LibraryEntry): void;
  showErrors(entry: LibraryEntry): void;
}

const DIFFICULTY_LABELS: Record<string, string> = {
  introductory: 'Introductory',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};
const stories = (n: number) => plural(n, { one: '# story', other: '# stories' });
const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

/** The search, the filters, the status line and the list, as one block for the library card. */
export function storyLibrary(
  library: Library & { catalogue: Catalogue },
  played: ReadonlyMap<string, PlayedStory>,
  actions: LibraryActions,
): HTMLElement[] {
  const list = h('ul', { class: 'story-list' });
  const status = h('p', { class: 'filter-status', role: 'status' });
  const help = h('div', { class: 'no-match', hidden: true });
  const options = filterOptions(library.entries, library.catalogue);
  let filter: LibraryFilter = { ...NO_FILTER };

  const search = h('input', {
    type: 'search',
    id: 'story-search',
    placeholder: 'e.g. refund, hotel',
    autocomplete: 'off',
    'aria-describedby': 'search-hint',
  });
  const selects = [
    select(
      'Role',
      options.roles.map((r) => [r, r]),
      (role) => update({ role }),
    ),
    select(
      'Trade',
      options.industries.map((i) => [i, i]),
      (industry) => update({ industry }),
    ),
    select(
      'Difficulty',
      options.difficulties.map((d) => [d, DIFFICULTY_LABELS[d] ?? d]),
      (difficulty) => update({ difficulty }),
    ),
    select(
      'Principle',
      options.principles.map((p) => [p.id, p.name]),
      (principle) => update({ principle }),
    ),
    select(
      'Length',
      [
        ['5', 'Up to 5 minutes'],
        ['8', 'Up to 8 minutes'],
      ],
      (value) => update({ maxMinutes: Number(value) || 0 }),
      'Any length',
    ),
  ];
  const summary = h('summary', {}, 'Filters');
  // Open from the start only where there is room (a projector): elsewhere the five lists would push the stories off the first screen.
  const roomy = typeof matchMedia === 'function' && matchMedia('(min-width: 700px) and (min-height: 1000px)').matches;
  const more = h(
    'details',
    { class: 'more-filters', open: roomy },
    summary,
    h('div', { class: 'filters' }, ...selects.map((s) => s.field)),
  );
  const clear = button(
    'Clear all',
    () => {
      search.value = '';
      selects.forEach((s) => (s.element.value = ''));
      update({ ...NO_FILTER });
      search.focus();
    },
    { class: 'button clear-filters' },
  );

  function render(): void {
    const shown = filterEntries(library.entries, filter, library.catalogue);
    list.replaceChildren(...shown.map((entry) => storyItem(entry, played, actions)));
    const playable = library.entries.filter((e) => e.scenario).length;
    const shownPlayable = shown.filter((e) => e.scenario).length;
    const inUse = filtersInUse(filter);
    summary.textContent = inUse ? `Filters (${inUse} in use)` : 'Filters';
    clear.disabled = inUse === 0 && filter.text.trim() === '';
    status.textContent =
      shownPlayable === playable
        ? stories(playable)
        : shownPlayable === 0
          ? nothingMatches(filter, inUse)
          : `Showing ${shownPlayable} of ${stories(playable)}`;
    help.hidden = shownPlayable > 0 || playable === 0;
    if (!help.hidden) help.replaceChildren(...whatToTry(library, filter, options.industries));
  }
  function update(change: Partial<LibraryFilter>): void {
    filter = { ...filter, ...change };
    render();
  }
  search.addEventListener('input', () => update({ text: search.value }));
  render();

  return [
    h(
      'div',
      { class: 'filter search library-search' },
      h('label', { for: 'story-search' }, 'Search stories'),
      h('div', { class: 'search-row' }, search, clear),
      h('span', { id: 'search-hint', class: 'search-hint' }, 'Words match by meaning: “restaurant” finds the pub.'),
    ),
    more,
    status,
    help,
    library.entries.length ? list : h('p', {}, 'There are no stories in scenarios/ yet.'),
  ];
}

function nothingMatches(filter: LibraryFilter, inUse: number): string {
  const text = filter.text.trim();
  if (text && inUse) return `No story matches “${text}” with the filters you chose.`;
  return text ? `No story matches “${text}”.` : 'No story fits the filters you chose.';
}

/** What to try when nothing matches: which words no story knows, or what the filters hide. */
function whatToTry(
  library: Library & { catalogue: Catalogue },
  filter: LibraryFilter,
  trades: readonly string[],
): HTMLElement[] {
  const { unknown, withoutFilters } = noMatchHelp(library.entries, filter, library.catalogue);
  const tips: string[] = [];
  if (unknown.length)
    tips.push(
      `No story mentions ${quoted(unknown)}, or a word like it. Check the spelling, or try a trade (${trades.join(', ')}), a role such as “server”, or what happens, such as “refund”.`,
    );
  else if (withoutFilters)
    tips.push(
      `${stories(withoutFilters)} ${withoutFilters === 1 ? 'matches' : 'match'} your search without the filters: clear them to see ${withoutFilters === 1 ? 'it' : 'them'}.`,
    );
  else if (filter.text.trim()) tips.push('Each story must match every word: try fewer words.');
  else tips.push('Try fewer filters, or a longer length.');
  return tips.map((t) => h('p', {}, t));
}

function select(
  label: string,
  choices: readonly (readonly [string, string])[],
  onChange: (value: string) => void,
  anyLabel = 'Any',
): { field: HTMLElement; element: HTMLSelectElement } {
  const id = `filter-${label.toLowerCase()}`;
  const element = h(
    'select',
    { id },
    h('option', { value: '' }, anyLabel),
    ...choices.map(([value, text]) => h('option', { value }, text)),
  );
  element.addEventListener('change', () => onChange(element.value));
  return { field: h('div', { class: 'filter' }, h('label', { for: id }, label), element), element };
}

function storyItem(
  entry: LibraryEntry,
  played: ReadonlyMap<string, PlayedStory>,
  actions: LibraryActions,
): HTMLElement {
  const s = entry.scenario;
  if (!s) {
    const count = entry.errors.length;
    return h(
      'li',
      {},
      button(
        [
          h('span', { class: 'story-title' }, entry.title),
          h(
            'span',
            { class: 'story-meta' },
            `${entry.file} has ${plural(count, { one: '# problem', other: '# problems' })}: view them`,
          ),
        ],
        () => actions.showErrors(entry),
        { class: 'story-card broken' },
      ),
    );
  }
  const meta = [`You play: ${s.role}`, s.industry, DIFFICULTY_LABELS[s.difficulty], `about ${estimatedMinutes(s)} min`]
    .filter(Boolean)
    .join(' · ');
  return h(
    'li',
    {},
    button(
      [
        h('span', { class: 'story-head' }, h('span', { class: 'story-title' }, s.title), badges(played.get(s.id))),
        h('span', {}, s.summary),
        h('span', { class: 'story-meta' }, meta),
      ],
      () => actions.play(entry),
      {
        class: 'story-card',
        'data-scenario': s.id,
      },
    ),
  );
}

/** The player's own record on a card, beside its title: read as part of the card's name, so a screen reader hears it too. */
function badges(record: PlayedStory | undefined): HTMLElement | null {
  if (!record) return null;
  const times = record.plays === 1 ? 'Played once' : `Played ${record.plays} times`;
  return h(
    'span',
    { class: 'story-badges' },
    h('span', { class: 'badge played' }, `${times}.`),
    ' ',
    h(
      'span',
      { class: 'badge grade', 'data-grade': record.best },
      `Best grade ${record.best} (${record.bestPercent}%).`,
    ),
  );
}
