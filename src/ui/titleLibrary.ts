// The story library on the title screen: search (by meaning, src/play/libraryFilter.ts), filters with a
// control that clears them all, the cards with the player's own record on each, and, when nothing matches,
// what to try instead ("Clear all" empties the search and every filter). Broken story files stay in the list, marked, so an author can open their errors.
import { filterEntries, filtersInUse, NO_FILTER, noMatchHelp, type LibraryFilter } from '../play/libraryFilter.ts';
import type { PlayedStory } from '../play/progress/playedStories.ts';
import type { TitleEntry, TitleLibrary } from '../play/storyCards.ts';
import type { MessageId } from '../i18n/catalog.ts';
import { formatList, formatNumber, locale, t } from '../i18n/intl.ts';
import { PSEUDO } from '../i18n/languages.ts';
import { storyLanguageOf } from '../i18n/storyLanguage.ts';
import { button, h } from './dom.ts';
import { fileName, listParts, storyWords, tParts } from './messageParts.ts';

export interface LibraryActions {
  play(entry: TitleEntry): void;
  showErrors(entry: TitleEntry): void;
}

const DIFFICULTIES: Record<string, MessageId> = {
  introductory: 'title.difficulty.introductory',
  intermediate: 'title.difficulty.intermediate',
  advanced: 'title.difficulty.advanced',
};
const difficultyLabel = (difficulty: string) => {
  const id = DIFFICULTIES[difficulty];
  return id ? t(id) : difficulty;
};
/** Words in a row, as "“refund”, “hotel”": the list's commas and the quotes are each language's own. */
const commaList = (words: readonly string[]) => formatList(words, { type: 'unit', style: 'short' });
const quoted = (words: readonly string[]) => commaList(words.map((word) => t('title.quoted', { word })));

/** The search, the filters, the status line and the list, as one block for the library card. */
export function storyLibrary(
  library: TitleLibrary,
  played: ReadonlyMap<string, PlayedStory>,
  actions: LibraryActions,
): HTMLElement[] {
  const list = h('ul', { class: 'story-list' });
  const status = h('p', { class: 'filter-status', role: 'status' });
  const help = h('div', { class: 'no-match', hidden: true });
  const { options } = library;
  let filter: LibraryFilter = { ...NO_FILTER };

  const search = h('input', {
    type: 'search',
    id: 'story-search',
    placeholder: t('title.search.placeholder'),
    autocomplete: 'off',
    'aria-describedby': 'search-hint',
  });
  const selects = [
    select(
      'role',
      options.roles.map((r) => [r, r, true]),
      (role) => update({ role }),
    ),
    select(
      'trade',
      options.industries.map((i) => [i, i, true]),
      (industry) => update({ industry }),
    ),
    select(
      'difficulty',
      options.difficulties.map((d) => [d, difficultyLabel(d), false]),
      (difficulty) => update({ difficulty }),
    ),
    select(
      'principle',
      options.principles.map((p) => [p.id, p.name, true]),
      (principle) => update({ principle }),
    ),
    select(
      'length',
      [5, 8].map((minutes) => [String(minutes), t('title.filter.upTo', { minutes }), false]),
      (value) => update({ maxMinutes: Number(value) || 0 }),
      t('title.filter.anyLength'),
    ),
  ];
  const summary = h('summary', {}, t('title.filters'));
  // Open from the start only where there is room (a projector): elsewhere the five lists would push the stories off the first screen.
  const roomy = typeof matchMedia === 'function' && matchMedia('(min-width: 700px) and (min-height: 1000px)').matches;
  const more = h(
    'details',
    { class: 'more-filters', open: roomy },
    summary,
    h('div', { class: 'filters' }, ...selects.map((s) => s.field)),
  );
  const clear = button(
    t('title.clearAll'),
    () => {
      search.value = '';
      selects.forEach((s) => (s.element.value = ''));
      update({ ...NO_FILTER });
      search.focus();
    },
    { class: 'button clear-filters' },
  );

  function render(): void {
    const shown = filterEntries(library.entries, filter);
    list.replaceChildren(...shown.map((entry) => storyItem(entry, played, actions)));
    const playable = library.entries.filter((e) => e.card).length;
    const shownPlayable = shown.filter((e) => e.card).length;
    const inUse = filtersInUse(filter);
    summary.textContent = inUse ? t('title.filtersInUse', { count: inUse }) : t('title.filters');
    clear.disabled = inUse === 0 && filter.text.trim() === '';
    status.textContent =
      shownPlayable === playable
        ? t('title.count', { count: playable })
        : shownPlayable === 0
          ? nothingMatches(filter, inUse)
          : t('title.showing', { shown: shownPlayable, count: playable });
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
      h('label', { for: 'story-search' }, t('title.search.label')),
      h('div', { class: 'search-row' }, search, clear),
      h('span', { id: 'search-hint', class: 'search-hint' }, t('title.search.hint')),
    ),
    more,
    status,
    help,
    library.entries.length ? list : h('p', {}, t('title.empty')),
  ];
}

function nothingMatches(filter: LibraryFilter, inUse: number): string {
  const text = filter.text.trim();
  if (text && inUse) return t('title.noMatch.textAndFilters', { text });
  return text ? t('title.noMatch.text', { text }) : t('title.noMatch.filters');
}

/** What to try when nothing matches: which words no story knows, or what the filters hide. */
function whatToTry(library: TitleLibrary, filter: LibraryFilter, trades: readonly string[]): HTMLElement[] {
  const { unknown, withoutFilters } = noMatchHelp(library.entries, filter);
  const tip = unknown.length
    ? tParts('title.tip.unknown', {
        words: quoted(unknown),
        trades: h('span', {}, ...listParts(trades.map(storyWords), { type: 'unit', style: 'short' })),
      })
    : withoutFilters
      ? [t('title.tip.withoutFilters', { count: withoutFilters })]
      : [t(filter.text.trim() ? 'title.tip.fewerWords' : 'title.tip.fewerFilters')];
  return [h('p', {}, ...tip)];
}

/** A filter's list; each choice is [value, text, whether the text is the story's own words]. */
function select(
  name: 'role' | 'trade' | 'difficulty' | 'principle' | 'length',
  choices: readonly (readonly [string, string, boolean])[],
  onChange: (value: string) => void,
  anyLabel = t('title.filter.any'),
): { field: HTMLElement; element: HTMLSelectElement } {
  // The id stays English whatever the language: tests and the page's own links find the list by it.
  const id = `filter-${name}`;
  const element = h(
    'select',
    { id },
    h('option', { value: '' }, anyLabel),
    ...choices.map(([value, text, fromStory]) =>
      h('option', { value, lang: fromStory ? storyLanguageOf(text) : undefined }, text),
    ),
  );
  element.addEventListener('change', () => onChange(element.value));
  return { field: h('div', { class: 'filter' }, h('label', { for: id }, t(`title.filter.${name}`)), element), element };
}

/** On a page in another language, a story not translated into it says which language it is in ("In English"). */
function storyLanguageNote(title: string): string[] {
  const page = locale();
  const story = storyLanguageOf(title);
  if (story === page || page === PSEUDO) return [];
  const language = new Intl.DisplayNames([page], { type: 'language' }).of(story) ?? story;
  return [t('title.meta.language', { language })];
}

function storyItem(entry: TitleEntry, played: ReadonlyMap<string, PlayedStory>, actions: LibraryActions): HTMLElement {
  const s = entry.card;
  if (!s) {
    const count = entry.errors;
    return h(
      'li',
      {},
      button(
        [
          h('span', { class: 'story-title', lang: storyLanguageOf(entry.title) }, entry.title),
          h('span', { class: 'story-meta' }, ...tParts('title.broken', { file: fileName(entry.file), count })),
        ],
        () => actions.showErrors(entry),
        { class: 'story-card broken' },
      ),
    );
  }
  const meta = [
    tParts('title.meta.role', { role: storyWords(s.role) }),
    s.industry ? [storyWords(s.industry)] : [],
    DIFFICULTIES[s.difficulty] ? [difficultyLabel(s.difficulty)] : [],
    [t('title.meta.minutes', { minutes: s.minutes })],
    storyLanguageNote(s.title),
  ]
    .filter((part) => part.length > 0)
    .flatMap((part, index) => (index === 0 ? part : [' · ', ...part]));
  return h(
    'li',
    {},
    button(
      [
        h(
          'span',
          { class: 'story-head' },
          h('span', { class: 'story-title', lang: storyLanguageOf(s.title) }, s.title),
          badges(played.get(s.id)),
        ),
        h('span', { lang: storyLanguageOf(s.summary) }, s.summary),
        h('span', { class: 'story-meta' }, ...meta),
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
  return h(
    'span',
    { class: 'story-badges' },
    h('span', { class: 'badge played' }, t('title.badge.played', { count: record.plays })),
    ' ',
    h(
      'span',
      { class: 'badge grade', 'data-grade': record.best },
      t('title.badge.best', {
        grade: record.best,
        percent: formatNumber(record.bestPercent / 100, { style: 'percent' }),
      }),
    ),
  );
}
