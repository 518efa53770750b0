// The title screen: what the game is, and the story list. Broken story files
// stay in the list, marked, so an author can open their errors from here.
import type { Library, LibraryEntry } from '../engine/index.ts';
import { button, h } from './dom.ts';

export interface TitleActions {
  play(entry: LibraryEntry): void;
  showErrors(entry: LibraryEntry): void;
}

export function titleScreen(library: Library, actions: TitleActions): HTMLElement {
  const items = library.entries.map((entry) => {
    if (entry.scenario) {
      const s = entry.scenario;
      return h(
        'li',
        {},
        button(
          [h('span', { class: 'story-title' }, s.title), h('span', {}, s.summary), h('span', { class: 'story-meta' }, `You play: ${s.role} · ${s.setting.place}`)],
          () => actions.play(entry),
          { class: 'story-card', 'data-scenario': s.id },
        ),
      );
    }
    const count = entry.errors.length;
    return h(
      'li',
      {},
      button(
        [h('span', { class: 'story-title' }, entry.title), h('span', { class: 'story-meta' }, `${entry.file} has ${count} problem${count === 1 ? '' : 's'}: view them`)],
        () => actions.showErrors(entry),
        { class: 'story-card broken' },
      ),
    );
  });
  return h(
    'div',
    { class: 'screen title-screen' },
    h('header', { class: 'brand' }, h('h1', {}, 'Service Hero'), h('p', {}, 'Short customer stories where the routine breaks down. What you do next decides the grade.')),
    h(
      'section',
      { class: 'card library', 'aria-labelledby': 'library-title' },
      h('h2', { id: 'library-title' }, 'Choose a story'),
      items.length ? h('ul', { class: 'story-list' }, ...items) : h('p', {}, 'There are no stories in scenarios/ yet.'),
      h(
        'p',
        { class: 'how-to' },
        'Read each moment, then choose what you would do: click a choice, tap it, or press its number. Space shows all text at once. Some customers will not wait forever.',
      ),
    ),
  );
}
