// The studio's Plays view: every play the story allows, graded as the game grades it (the checker walks each
// combination of variations with every choice and timeout, conditions applied), best grades first, filtered by
// grade. Each play opens on the real story screen at its ending, its choices replayed: on to its debrief, or back
// to any of its beats to choose again.
import type { Grade, PlayStep, Scenario } from '../../engine/runtime.ts';
import { beatTitle } from '../../engine/runtime.ts';
import { GRADES } from '../../engine/grading.ts';
import type { PlayList, PlaySummary } from '../../play/studio/playList.ts';
import { t } from '../../i18n/intl.ts';
import { SOURCE_LANGUAGE } from '../../i18n/languages.ts';
import { button, h } from '../dom.ts';
import { storyWords, tParts } from '../messageParts.ts';
import { LEVEL_LABELS } from '../levels.ts';

/** Plays drawn at a time: a story can have a thousand, and a long list is read a page at a time. */
const PAGE = 25;

export interface PlaysViewActions {
  /** Opens the story screen with these outcomes, these steps replayed: at the play's ending. */
  play(outcomes: Record<string, string>, steps: PlayStep[]): void;
  /** Shows the map with this play's way through it marked, said in words. */
  showOnMap(beats: readonly string[], said: string): void;
}

export interface PlaysView {
  readonly element: HTMLElement;
  update(story: { scenario: Scenario; plays: PlayList } | null): void;
}

export function playsView(actions: PlaysViewActions): PlaysView {
  const element = h('section', { class: 'plays-view', 'aria-labelledby': 'plays-title' });
  let filter: Grade | null = null;
  let shown = PAGE;
  let last: { scenario: Scenario; plays: PlayList } | null = null;

  const draw = () => {
    const heading = h('h3', { id: 'plays-title' }, t('studio.plays.heading'));
    if (!last) return element.replaceChildren(heading, h('p', {}, t('studio.plays.none')));
    const { scenario, plays } = last;
    if (plays.kind === 'not-listed')
      return element.replaceChildren(
        heading,
        h('p', {}, t('studio.plays.notListed')),
        h('p', { lang: SOURCE_LANGUAGE }, plays.reason),
      );
    const matching = plays.plays.filter((p) => filter === null || p.grade === filter);
    const filters = h(
      'div',
      { class: 'studio-row', role: 'group', 'aria-label': t('studio.plays.filter') },
      ...[null, ...GRADES].map((grade) =>
        button(
          grade === null
            ? t('studio.plays.all', { count: plays.total })
            : t('studio.plays.grade', { grade, count: plays.byGrade[grade] }),
          () => {
            filter = grade;
            shown = PAGE;
            draw();
            // The buttons are drawn anew: the keyboard stays on the one pressed.
            element.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
          },
          {
            class: 'button small',
            'aria-pressed': String(filter === grade),
            disabled: grade !== null && plays.byGrade[grade] === 0,
          },
        ),
      ),
    );
    const list = h(
      'ol',
      { class: 'plays-list' },
      ...matching.slice(0, shown).map((play, i) => playItem(scenario, play, i + 1, actions)),
    );
    const more = matching.length - shown;
    const cut = plays.plays.length < plays.total;
    element.replaceChildren(
      heading,
      h('p', { class: 'studio-hint' }, t('studio.plays.about')),
      filters,
      ...(cut
        ? [h('p', { class: 'studio-hint' }, t('studio.plays.cut', { shown: plays.plays.length, total: plays.total }))]
        : []),
      list,
      ...(more > 0
        ? [
            button(
              t('studio.plays.more', { count: Math.min(more, PAGE) }),
              () => {
                shown += PAGE;
                draw();
                // On to the first play just shown, where reading goes on.
                element.querySelectorAll<HTMLElement>('.plays-item button')[shown - PAGE]?.focus();
              },
              {
                class: 'button small',
              },
            ),
          ]
        : []),
    );
  };

  return {
    element,
    update(story) {
      last = story;
      draw();
    },
  };
}

function playItem(scenario: Scenario, play: PlaySummary, number: number, actions: PlaysViewActions): HTMLElement {
  const outcomes = Object.entries(play.outcomes).map(([roll, outcome]) => `${roll}: ${outcome}`);
  const ending = scenario.beats[play.end]?.ending;
  return h(
    'li',
    { class: 'plays-item', 'data-play-grade': play.grade },
    h(
      'p',
      { class: 'plays-head' },
      h('strong', { class: 'plays-grade' }, t('studio.plays.gradeOf', { grade: play.grade, percent: play.percent })),
      ' ',
      ...tParts('studio.plays.ending', { title: storyWords(ending?.title ?? play.end) }),
    ),
    outcomes.length
      ? h('p', { class: 'map-tags' }, ...tParts('studio.plays.outcomes', { outcomes: storyWords(outcomes.join(', ')) }))
      : null,
    h(
      'ol',
      { class: 'plays-steps' },
      ...play.decisions.map((d) => {
        const text = d.choice === null ? null : scenario.beats[d.beat]?.choices?.find((c) => c.id === d.choice)?.text;
        return h(
          'li',
          { class: `map-way ${d.level}` },
          h('span', { class: 'plays-level' }, LEVEL_LABELS[d.level]),
          ' ',
          d.choice === null
            ? h('span', {}, ...tParts('studio.plays.timeout', { beat: storyWords(beatTitle(scenario, d.beat)) }))
            : storyWords(text ?? d.choice),
        );
      }),
    ),
    h(
      'div',
      { class: 'studio-row' },
      button(t('studio.plays.open'), () => actions.play(play.outcomes, play.steps), {
        class: 'button small',
        'aria-label': t('studio.plays.openNamed', { number, grade: play.grade }),
      }),
      button(
        t('studio.plays.showOnMap'),
        () =>
          actions.showOnMap(
            play.path,
            t('studio.plays.onMap', { number, grade: play.grade, percent: play.percent, beats: play.path.length }),
          ),
        {
          class: 'button small',
          'aria-label': t('studio.plays.showOnMapNamed', { number, grade: play.grade }),
        },
      ),
    ),
  );
}
