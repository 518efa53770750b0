// What the studio's map says of the beat in focus, below the map: what the beat is, its form, each way on from it
// (waysForm.ts), and the beat's tools: rename, duplicate and delete. Every change goes into the story's text (src/play/studio/textEdits.ts and beatEdits.ts), one step of
// undo each; the check and the map follow the text.
import type { MapEdge, MapNode } from '../../play/studio/storyMap.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { storyWords } from '../messageParts.ts';
import type { BeatFields } from '../../play/studio/beatFields.ts';
import { beatForm, type BeatFormTools } from './beatForm.ts';
import { leadable, waysPart, type WayActions, type WayTools } from './waysForm.ts';

/** The beat operations; each answers null when done, or why not, in words. */
export interface BeatTools extends WayTools {
  rename(id: string, to: string): string | null;
  duplicate(id: string): string | null;
  remove(id: string): string | null;
  /** How many ways on lead to a beat, the story's start counted as one. */
  waysInto(id: string): number;
}

export interface BeatPanelActions extends WayActions {
  /** Plays the story from this beat (not saved or counted); answers why not when it cannot play yet. */
  playFrom(id: string): string | null;
  /** The situation a try begins in (trySituation.ts): one fold for every beat, shown under its Play from here. */
  situation: HTMLElement;
  showInText(beatId: string): void;
  tools: BeatTools;
  /** The beat as the text writes it now, for its form; null where the text cannot be followed. */
  fields(id: string): BeatFields | null;
  form: BeatFormTools & WayActions['form'];
}

export function describeBeat(
  node: MapNode,
  edges: readonly MapEdge[],
  nodes: readonly MapNode[],
  actions: BeatPanelActions,
): HTMLElement[] {
  const tags = [
    node.start && t('studio.map.start'),
    node.breakdown && t('studio.map.breakdown'),
    node.ending && t('studio.map.ending', { core: node.ending === 'handled-honestly' ? 'honest' : node.ending }),
    !node.reached && t('studio.map.unreached'),
  ].filter((tag): tag is string => typeof tag === 'string');
  const ways = edges.filter((e) => e.from === node.id);
  const said = h('p', { class: 'beat-tool-problem', role: 'alert' });
  const run = (result: string | null) => (said.textContent = result ?? '');
  const fields = actions.fields(node.id);
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
          { beats: leadable(nodes, actions.tools), first: ways[0]?.to ?? null, goTo: actions.select },
          actions.form,
          run,
        )
      : h('p', { class: 'studio-hint' }, t('studio.form.unreadable')),
    ...waysPart(node, edges, nodes, actions, fields, run),
    beatTools(node, actions.tools, run),
  ];
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
