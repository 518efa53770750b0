// What the studio's map says of the beat in focus, below the map: what the beat is, each way on from it (a choice's
// words, level and next beat changed in place), and the beat's tools: a new beat on a way on, rename, duplicate and
// delete. Every change goes into the story's text (src/play/studio/textEdits.ts and beatEdits.ts), one step of
// undo each; the check and the map follow the text.
import type { MapEdge, MapNode } from '../../play/studio/storyMap.ts';
import type { WayOn } from '../../play/studio/beatEdits.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { storyWords } from '../messageParts.ts';
import { LEVEL_LABELS } from '../levels.ts';
import type { BeatFields } from '../../play/studio/beatFields.ts';
import { beatForm, type BeatFormTools } from './beatForm.ts';
import { choiceMore, type ChoiceMoreTools } from './choiceMore.ts';

/** A change made in a form: the value at a path in the story, as text. */
export type MapEdit = (path: (string | number)[], value: string) => void;

/** The beat operations; each answers null when done, or why not, in words. */
export interface BeatTools {
  insert(way: WayOn): string | null;
  rename(id: string, to: string): string | null;
  duplicate(id: string): string | null;
  remove(id: string): string | null;
  addChoice(beat: string): string | null;
  deleteChoice(beat: string, index: number): string | null;
  /** How many ways on lead to a beat, the story's start counted as one. */
  waysInto(id: string): number;
  /** The beats written in the text now, some of which a map drawn before may not show yet (a copy just made). */
  beatIds(): readonly string[];
}

export interface BeatPanelActions {
  select(id: string): void;
  /** Plays the story from this beat (not saved or counted); answers why not when it cannot play yet. */
  playFrom(id: string): string | null;
  /** The situation a try begins in (trySituation.ts): one fold for every beat, shown under its Play from here. */
  situation: HTMLElement;
  showInText(beatId: string): void;
  edit: MapEdit;
  tools: BeatTools;
  /** The beat as the text writes it now, for its form; null where the text cannot be followed. */
  fields(id: string): BeatFields | null;
  form: BeatFormTools & ChoiceMoreTools;
}

export function describeBeat(
  node: MapNode,
  edges: readonly MapEdge[],
  nodes: readonly MapNode[],
  actions: BeatPanelActions,
): HTMLElement[] {
  const titleOf = (id: string) => nodes.find((n) => n.id === id)?.title ?? id;
  const tags = [
    node.start && t('studio.map.start'),
    node.breakdown && t('studio.map.breakdown'),
    node.ending && t('studio.map.ending', { core: node.ending === 'handled-honestly' ? 'honest' : node.ending }),
    !node.reached && t('studio.map.unreached'),
  ].filter((tag): tag is string => typeof tag === 'string');
  const ways = edges.filter((e) => e.from === node.id);
  const choices = new Set(ways.flatMap((way) => (way.kind === 'choice' && way.choice !== null ? [way.choice] : [])))
    .size;
  const said = h('p', { class: 'beat-tool-problem', role: 'alert' });
  const run = (result: string | null) => (said.textContent = result ?? '');
  const fields = actions.fields(node.id);
  const insertButton = (way: MapEdge) =>
    way.branched
      ? null
      : button(t('studio.beat.insert'), () => run(actions.tools.insert(wayOn(node.id, way))), {
          class: 'button small',
          'aria-label': t('studio.beat.insertNamed', {
            way: way.kind,
            number: (way.choice ?? 0) + 1,
          }),
        });
  return [
    h(
      'div',
      { class: 'studio-row map-selected-head' },
      h('h3', { tabindex: -1 }, storyWords(node.title)),
      h(
        'div',
        { class: 'studio-row' },
        button(t('studio.beat.playFrom'), () => run(actions.playFrom(node.id)), { class: 'button small' }),
        button(t('studio.map.showInText'), () => actions.showInText(node.id), { class: 'button small' }),
      ),
    ),
    h('p', { class: 'map-tags' }, [t('studio.map.id', { id: node.id }), ...tags].join(' · ')),
    actions.situation,
    said,
    fields
      ? beatForm(
          node.id,
          fields,
          { beats: nodes.map((n) => ({ id: n.id, title: n.title })), first: ways[0]?.to ?? null },
          actions.form,
          run,
        )
      : h('p', { class: 'studio-hint' }, t('studio.form.unreadable')),
    h('h4', {}, t('studio.form.ways')),
    ways.length
      ? h(
          'ul',
          { class: 'map-ways' },
          ...ways.map((way) =>
            way.kind === 'choice' && way.choice !== null
              ? choiceForm(node.id, way, way.choice, nodes, actions, fields, run, [
                  insertButton(way),
                  choices > 1
                    ? button(t('studio.choice.delete'), () => run(actions.tools.deleteChoice(node.id, way.choice!)), {
                        class: 'button small',
                        'aria-label': t('studio.choice.deleteNamed', { number: way.choice + 1 }),
                      })
                    : null,
                ])
              : h(
                  'li',
                  { class: `map-way ${way.level ?? 'continue'}` },
                  h(
                    'span',
                    {},
                    way.kind === 'continue'
                      ? t('studio.map.continue')
                      : t('studio.map.timeout', { level: LEVEL_LABELS[way.level!] }),
                    way.text ? ' ' : '',
                    way.text ? storyWords(way.text) : '',
                  ),
                  h(
                    'div',
                    { class: 'studio-row' },
                    button(t('studio.map.goTo', { title: titleOf(way.to) }), () => actions.select(way.to), {
                      class: 'button small',
                    }),
                    insertButton(way),
                  ),
                ),
          ),
        )
      : h('p', {}, t('studio.map.noWays')),
    // A beat offers at most six choices (the format's limit).
    ...(choices > 0 && choices < 6
      ? [button(t('studio.choice.add'), () => run(actions.tools.addChoice(node.id)), { class: 'button small' })]
      : []),
    beatTools(node, actions.tools, run),
  ];
}

function wayOn(beat: string, way: MapEdge): WayOn {
  if (way.kind === 'choice') return { beat, choice: way.choice ?? 0 };
  if (way.kind === 'patience') return { beat, patience: true };
  return { beat };
}

/** Rename, duplicate and delete, each asking what it needs in the same row. */
function beatTools(node: MapNode, tools: BeatTools, run: (result: string | null) => void): HTMLElement {
  const row = h('div', { class: 'studio-row beat-tools', role: 'group', 'aria-label': t('studio.beat.tools') });
  const renaming = () => {
    const field = h('input', {
      type: 'text',
      id: 'beat-rename',
      value: node.id,
      autocomplete: 'off',
      spellcheck: false,
      'data-edit': 'beat-rename',
    });
    const apply = () => {
      const problem = tools.rename(node.id, field.value.trim());
      run(problem);
      if (problem) field.focus();
    };
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') apply();
      else if (event.key === 'Escape') idle();
      else return;
      event.preventDefault();
    });
    row.replaceChildren(
      h('label', { for: 'beat-rename' }, t('studio.beat.renameLabel')),
      field,
      button(t('studio.beat.renameApply'), apply, { class: 'button small primary' }),
      button(t('studio.beat.cancel'), idle, { class: 'button small' }),
    );
    field.focus();
    field.select();
  };
  const asking = () => {
    const keep = button(t('studio.drafts.keep'), idle, { class: 'button small primary' });
    row.replaceChildren(
      h('span', { role: 'alert' }, t('studio.beat.deleteSure', { ways: tools.waysInto(node.id) })),
      button(t('studio.drafts.deleteForGood'), () => run(tools.remove(node.id)), { class: 'button small' }),
      keep,
    );
    keep.focus();
  };
  function idle(): void {
    row.replaceChildren(
      button(t('studio.beat.rename'), renaming, { class: 'button small' }),
      button(t('studio.beat.duplicate'), () => run(tools.duplicate(node.id)), { class: 'button small' }),
      // The story cannot be without its start: there is nothing to delete it with.
      ...(node.start ? [] : [button(t('studio.beat.delete'), asking, { class: 'button small' })]),
    );
  }
  idle();
  return row;
}

/**
 * A choice's words, service level and next beat, each changed in place: the story's text takes the change (the
 * smallest edit, src/play/studio/textEdits.ts), and the check and the map follow it. A next beat chosen among
 * branches is changed in the text.
 */
function choiceForm(
  beat: string,
  way: MapEdge,
  index: number,
  nodes: readonly MapNode[],
  actions: BeatPanelActions,
  fields: BeatFields | null,
  say: (problem: string | null) => void,
  tools: (HTMLElement | null)[],
): HTMLElement {
  const more = fields?.choices[index];
  const path = (field: string) => ['beats', beat, 'choices', index, field];
  // Beats the map does not show yet (a copy no way leads to stops the story loading) can be led to from here.
  const onMap = new Set(nodes.map((n) => n.id));
  const unshown = way.branched ? [] : actions.tools.beatIds().filter((id) => !onMap.has(id));
  const id = (field: string) => `edit-${beat}-${index}-${field}`;
  const control = <E extends HTMLInputElement | HTMLSelectElement>(element: E, field: string): E => {
    element.id = id(field);
    element.dataset['edit'] = id(field);
    element.addEventListener('change', () => actions.edit(path(field), element.value));
    return element;
  };
  const words = control(h('input', { type: 'text', value: way.text, class: 'map-field-text' }), 'text');
  const level = control(
    h(
      'select',
      {},
      ...(['harmful', 'routine', 'good', 'heroic'] as const).map((l) =>
        h('option', { value: l, ...(l === way.level ? { selected: true } : {}) }, LEVEL_LABELS[l]),
      ),
    ),
    'level',
  );
  const next = way.branched
    ? null
    : control(
        h(
          'select',
          { class: 'map-field-next' },
          ...nodes.map((n) =>
            h('option', { value: n.id, ...(n.id === way.to ? { selected: true } : {}) }, `${n.title} (${n.id})`),
          ),
          ...unshown.map((id) => h('option', { value: id }, id)),
        ),
        'next',
      );
  return h(
    'li',
    { class: `map-way map-choice ${way.level ?? 'continue'}` },
    h('label', { for: id('text') }, t('studio.form.choice', { number: index + 1 })),
    words,
    h(
      'div',
      { class: 'studio-row' },
      h('label', { for: id('level') }, t('studio.form.level')),
      level,
      next && h('label', { for: id('next') }, t('studio.form.next')),
      next,
      button(
        t('studio.map.goTo', { title: nodes.find((n) => n.id === way.to)?.title ?? way.to }),
        () => actions.select(way.to),
        { class: 'button small' },
      ),
      ...tools.filter((tool) => tool !== null),
    ),
    more ? choiceMore({ beat, choice: index }, way.level, more, actions.form, say) : null,
  );
}
