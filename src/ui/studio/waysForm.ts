// The ways on from a beat, in the studio's beat panel: one entry for each, however many beats its branches lead to.
// A choice shows its words, level and where it leads (nextForm.ts), with the rest folded beneath it (choiceMore.ts);
// Continue shows where it leads; the timeout, whose form is the beat form's patience part, a button to each beat it
// leads to. Every change goes into the story's text, one step of undo each; the check and the map follow the text.
import type { MapEdge, MapNode } from '../../play/studio/storyMap.ts';
import type { WayOn } from '../../play/studio/beatEdits.ts';
import type { BeatFields } from '../../play/studio/beatFields.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { storyWords } from '../messageParts.ts';
import { LEVEL_LABELS } from '../levels.ts';
import { choiceMore, type ChoiceMoreTools } from './choiceMore.ts';
import { nextForm, titleOf, type NextPlace, type NextTools } from './nextForm.ts';

/** A change made in a form: the value at a path in the story, as text. */
export type MapEdit = (path: (string | number)[], value: string) => void;

/** The operations on a beat's ways; each answers null when done, or why not, in words. */
export interface WayTools {
  insert(way: WayOn): string | null;
  addChoice(beat: string): string | null;
  deleteChoice(beat: string, index: number): string | null;
  /** The beats written in the text now, some of which a map drawn before may not show yet (a copy just made). */
  beatIds(): readonly string[];
}

export interface WayActions {
  select(id: string): void;
  edit: MapEdit;
  tools: WayTools;
  form: ChoiceMoreTools & NextTools;
}

/** The beats a way may lead to: the map's, and those it does not show yet (a copy no way leads to stops the story loading). */
export function leadable(nodes: readonly MapNode[], tools: Pick<WayTools, 'beatIds'>): { id: string; title: string }[] {
  const onMap = new Set(nodes.map((n) => n.id));
  return [
    ...nodes.map((n) => ({ id: n.id, title: n.title })),
    ...tools
      .beatIds()
      .filter((id) => !onMap.has(id))
      .map((id) => ({ id, title: id })),
  ];
}

/** The beat's ways on, listed, and the button that adds a choice where there is room for one. */
export function waysPart(
  node: MapNode,
  edges: readonly MapEdge[],
  nodes: readonly MapNode[],
  actions: WayActions,
  fields: BeatFields | null,
  run: (result: string | null) => void,
): HTMLElement[] {
  const edgesOf = new Map<string, MapEdge[]>();
  for (const edge of edges.filter((e) => e.from === node.id)) {
    const key = `${edge.kind}\u0000${edge.choice ?? ''}`;
    edgesOf.set(key, [...(edgesOf.get(key) ?? []), edge]);
  }
  const ways = [...edgesOf.values()];
  const choices = ways.filter(([way]) => way!.kind === 'choice').length;
  const beats = leadable(nodes, actions.tools);
  const place = (path: (string | number)[]): NextPlace => ({ path, beats, goTo: actions.select });
  const insertButton = (way: MapEdge) =>
    way.branched
      ? null
      : button(t('studio.beat.insert'), () => run(actions.tools.insert(wayOn(node.id, way))), {
          class: 'button small',
          'aria-label': t('studio.beat.insertNamed', { way: way.kind, number: (way.choice ?? 0) + 1 }),
        });
  const entry = ([way, ...more]: MapEdge[]) => {
    if (way!.kind === 'choice' && way!.choice !== null) {
      const index = way!.choice;
      return choiceForm(node.id, way!, index, actions, fields, run, place, [
        insertButton(way!),
        choices > 1
          ? button(t('studio.choice.delete'), () => run(actions.tools.deleteChoice(node.id, index)), {
              class: 'button small',
              'aria-label': t('studio.choice.deleteNamed', { number: index + 1 }),
            })
          : null,
      ]);
    }
    const said = h(
      'span',
      {},
      way!.kind === 'continue'
        ? t('studio.map.continue')
        : t('studio.map.timeout', { level: LEVEL_LABELS[way!.level!] }),
      way!.text ? ' ' : '',
      way!.text ? storyWords(way!.text) : '',
    );
    // Continue's way is edited here; the timeout's in the beat form's patience part, above.
    const leads =
      way!.kind === 'continue' && fields
        ? nextForm(`edit-${node.id}-continue`, fields.next, place(['beats', node.id, 'next']), actions.form, run)
        : h(
            'div',
            { class: 'studio-row' },
            ...[way!, ...more].map((e) =>
              button(t('studio.map.goTo', { title: titleOf(beats, e.to) }), () => actions.select(e.to), {
                class: 'button small',
              }),
            ),
          );
    return h(
      'li',
      { class: `map-way ${way!.level ?? 'continue'}` },
      said,
      leads,
      way!.branched ? null : h('div', { class: 'studio-row' }, insertButton(way!)),
    );
  };
  return [
    h('h4', {}, t('studio.form.ways')),
    ways.length ? h('ul', { class: 'map-ways' }, ...ways.map(entry)) : h('p', {}, t('studio.map.noWays')),
    // A beat offers at most six choices (the format's limit).
    ...(choices > 0 && choices < 6
      ? [button(t('studio.choice.add'), () => run(actions.tools.addChoice(node.id)), { class: 'button small' })]
      : []),
  ];
}

/**
 * A choice's words, service level and where it leads, each changed in place: the story's text takes the change (the
 * smallest edit, src/play/studio/textEdits.ts), and the check and the map follow it.
 */
function choiceForm(
  beat: string,
  way: MapEdge,
  index: number,
  actions: WayActions,
  fields: BeatFields | null,
  say: (problem: string | null) => void,
  place: (path: (string | number)[]) => NextPlace,
  tools: (HTMLElement | null)[],
): HTMLElement {
  const more = fields?.choices[index];
  const path = (field: string) => ['beats', beat, 'choices', index, field];
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
      ...tools.filter((tool) => tool !== null),
    ),
    more
      ? nextForm(`edit-${beat}-${index}`, more.next, place(path('next')), actions.form, say)
      : button(t('studio.map.goTo', { title: way.to }), () => actions.select(way.to), { class: 'button small' }),
    more ? choiceMore({ beat, choice: index }, way.level, more, actions.form, say) : null,
  );
}

function wayOn(beat: string, way: MapEdge): WayOn {
  if (way.kind === 'choice') return { beat, choice: way.choice ?? 0 };
  if (way.kind === 'patience') return { beat, patience: true };
  return { beat };
}
