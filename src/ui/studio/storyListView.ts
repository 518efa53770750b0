// The map as a list, for a screen reader and a small screen: each beat from the start on, what it is, and where
// each way on from it leads, with a button to the beat in the text.
import type { StoryMap } from '../../play/studio/storyMap.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { storyWords, tParts } from '../messageParts.ts';
import { LEVEL_LABELS } from '../levels.ts';

export function storyListView(map: StoryMap | null, showInText: (beatId: string) => void): HTMLElement {
  const list = h('ol', { class: 'story-list-view', 'aria-label': t('studio.list.label') });
  if (!map) return list;
  const titleOf = new Map(map.nodes.map((n) => [n.id, n.title]));
  const ordered = [...map.nodes].sort((a, b) => a.column - b.column || a.row - b.row);
  for (const node of ordered) {
    const tags = [
      t('studio.map.id', { id: node.id }),
      node.start && t('studio.map.start'),
      node.breakdown && t('studio.map.breakdown'),
      node.ending && t('studio.map.ending', { core: node.ending === 'handled-honestly' ? 'honest' : node.ending }),
      !node.reached && t('studio.map.unreached'),
    ].filter((tag): tag is string => typeof tag === 'string');
    const ways = map.edges.filter((e) => e.from === node.id);
    list.appendChild(
      h(
        'li',
        { class: 'list-beat' },
        h('h3', {}, storyWords(node.title)),
        h('p', { class: 'map-tags' }, tags.join(' · ')),
        ways.length > 0 &&
          h(
            'ul',
            { class: 'map-ways' },
            ...ways.map((way) =>
              h(
                'li',
                { class: `map-way ${way.level ?? 'continue'}` },
                h(
                  'span',
                  {},
                  way.kind === 'continue'
                    ? t('studio.map.continue')
                    : way.kind === 'patience'
                      ? t('studio.map.timeout', { level: LEVEL_LABELS[way.level!] })
                      : t('studio.map.choice', { level: LEVEL_LABELS[way.level!] }),
                  ' ',
                  way.text ? storyWords(way.text) : '',
                  ' ',
                  ...tParts('studio.list.leadsTo', { title: storyWords(titleOf.get(way.to) ?? way.to) }),
                ),
              ),
            ),
          ),
        button(t('studio.map.showInText'), () => showInText(node.id), {
          class: 'button small',
          'aria-label': `${t('studio.map.showInText')}: ${node.title}`,
        }),
      ),
    );
  }
  return list;
}
