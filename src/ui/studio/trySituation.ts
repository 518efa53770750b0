// The situation a try from a beat begins in: an outcome for each of the story's variations (or rolled, as in any
// play) and the flags set as if earlier choices had set them, so a late beat can be tried as it is written for.
// One for the whole editor, folded beside the beat's "Play from here": picked once, it holds for every beat,
// and it keeps what was picked while the author writes on (an outcome or flag the story loses is dropped).
import type { Scenario } from '../../engine/runtime.ts';
import { flagsSet } from '../../engine/rehearsal.ts';
import { t } from '../../i18n/intl.ts';
import { h } from '../dom.ts';
import { storyWords } from '../messageParts.ts';

export interface Situation {
  outcomes: Record<string, string>;
  flags: string[];
}

export interface TrySituation {
  /** The fold; empty (and hidden) when the story has no variation and sets no flag. */
  readonly element: HTMLElement;
  update(scenario: Scenario | null): void;
  chosen(): Situation;
}

export function trySituation(): TrySituation {
  const element = h('details', { class: 'try-situation', hidden: true });
  let outcomes: Record<string, string> = {};
  let flags = new Set<string>();
  /** What the fold was drawn from, so a check that changes neither leaves it (and the focus in it) alone. */
  let drawnFrom = '';

  const draw = (variations: [string, string[]][], settable: string[]) => {
    const selects = variations.map(([roll, options]) => {
      const id = `try-roll-${roll}`;
      const select = h(
        'select',
        { id },
        h('option', { value: '' }, t('studio.try.rolled')),
        ...options.map((o) => h('option', { value: o, selected: outcomes[roll] === o }, o)),
      );
      select.addEventListener('change', () => {
        if (select.value) outcomes[roll] = select.value;
        else delete outcomes[roll];
        summary.textContent = summaryText();
      });
      return h('div', { class: 'story-detail' }, h('label', { for: id }, storyWords(roll)), select);
    });
    const boxes = settable.map((flag) => {
      const box = h('input', { type: 'checkbox', id: `try-flag-${flag}`, checked: flags.has(flag) });
      box.addEventListener('change', () => {
        if (box.checked) flags.add(flag);
        else flags.delete(flag);
        summary.textContent = summaryText();
      });
      return h('label', { class: 'try-flag' }, box, ' ', storyWords(flag));
    });
    const summary = h('summary', {}, summaryText());
    element.replaceChildren(
      summary,
      h('p', { class: 'studio-hint' }, t('studio.try.about')),
      ...(selects.length ? [h('div', { class: 'try-rolls' }, ...selects)] : []),
      ...(boxes.length
        ? [h('fieldset', { class: 'try-flags' }, h('legend', {}, t('studio.try.flags')), ...boxes)]
        : []),
    );
  };
  const summaryText = () => {
    const picked = Object.keys(outcomes).length + flags.size;
    return picked ? t('studio.try.summaryPicked', { count: picked }) : t('studio.try.summary');
  };

  return {
    element,
    update(scenario) {
      const variations = Object.entries(scenario?.variations ?? {}).map(
        ([roll, options]) => [roll, options.map((o) => o.id)] as [string, string[]],
      );
      const settable = scenario ? flagsSet(scenario) : [];
      outcomes = Object.fromEntries(
        Object.entries(outcomes).filter(([roll, o]) => variations.some(([r, os]) => r === roll && os.includes(o))),
      );
      flags = new Set([...flags].filter((f) => settable.includes(f)));
      const from = JSON.stringify([variations, settable]);
      element.hidden = variations.length === 0 && settable.length === 0;
      if (from === drawnFrom) return;
      drawnFrom = from;
      draw(variations, settable);
    },
    chosen: () => ({ outcomes: { ...outcomes }, flags: [...flags] }),
  };
}
