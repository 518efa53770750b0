// The story studio's first screen: start a story (blank, a copy of a shipped one, or a file from disk) or go on
// with a draft kept in this browser. A draft that could not be read is listed apart, to download or delete.
import { t } from '../../i18n/intl.ts';
import { button, h, storyFileInput } from '../dom.ts';
import { fileName, storyWords, tParts, whenSaved } from '../messageParts.ts';
import './studio.css';
import { storyTextAttributes } from '../../i18n/storyLanguage.ts';

export interface DraftSummary {
  id: string;
  name: string;
  /** The story's title as the draft's text gives it, or null when it cannot be read from there. */
  title: string | null;
  savedAt: string;
}

export interface StudioHomeModel {
  drafts: readonly DraftSummary[];
  unreadable: readonly { id: string }[];
  shipped: readonly { id: string; title: string }[];
  /** Said at the top: a file that could not be opened, a draft just deleted. */
  notice: string | null;
}

export interface StudioHomeActions {
  back(): void;
  blank(): void;
  copy(storyId: string): void;
  openFile(file: File): void;
  openDraft(id: string): void;
  deleteDraft(id: string): void;
  downloadUnreadable(id: string): void;
  deleteUnreadable(id: string): void;
}

export function studioHome(model: StudioHomeModel, actions: StudioHomeActions): HTMLElement {
  const heading = h('h1', { id: 'studio-title', tabindex: -1 }, t('studio.title'));
  const screen = h(
    'div',
    { class: 'screen studio-screen studio-home' },
    h(
      'section',
      { class: 'card studio-card', 'aria-labelledby': 'studio-title' },
      h('div', { class: 'studio-head' }, heading, button(t('studio.back'), actions.back, { class: 'button' })),
      h('p', {}, t('studio.intro')),
      model.notice && h('p', { class: 'studio-notice', role: 'status' }, model.notice),
      startSection(model, actions),
      draftsSection(model, actions),
    ),
  );
  screen.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  screen.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) actions.openFile(file);
  });
  return screen;
}

function startSection(model: StudioHomeModel, actions: StudioHomeActions): HTMLElement {
  const select = h(
    'select',
    { id: 'studio-copy' },
    ...model.shipped.map((story) => h('option', { value: story.id, ...storyTextAttributes(story.title) }, story.title)),
  );
  const fileInput = storyFileInput('studio-file', t('studio.start.fileInput'), (file) => actions.openFile(file));
  return h(
    'section',
    { class: 'studio-start', 'aria-labelledby': 'studio-start-title' },
    h('h2', { id: 'studio-start-title' }, t('studio.start.heading')),
    h(
      'ul',
      { class: 'studio-ways' },
      h(
        'li',
        {},
        h('p', {}, t('studio.start.blankAbout')),
        button(t('studio.start.blank'), actions.blank, { class: 'button primary' }),
      ),
      model.shipped.length > 0 &&
        h(
          'li',
          {},
          h('label', { for: 'studio-copy' }, t('studio.start.copyLabel')),
          h(
            'div',
            { class: 'studio-row' },
            select,
            button(t('studio.start.copy'), () => actions.copy(select.value), { class: 'button' }),
          ),
        ),
      h(
        'li',
        {},
        h('p', {}, t('studio.start.fileAbout')),
        button(t('studio.start.file'), () => fileInput.click(), { class: 'button' }),
        fileInput,
      ),
    ),
  );
}

function draftsSection(model: StudioHomeModel, actions: StudioHomeActions): HTMLElement {
  const items = model.drafts.map((draft) => {
    const title = draft.title ?? draft.name;
    const row = h('div', { class: 'studio-row' });
    const ask = () =>
      row.replaceChildren(
        h('span', { role: 'alert' }, t('studio.drafts.sure')),
        button(t('studio.drafts.deleteForGood'), () => actions.deleteDraft(draft.id), { class: 'button' }),
        button(t('studio.drafts.keep'), keep, { class: 'button primary' }),
      );
    const keep = () =>
      row.replaceChildren(
        button(t('studio.drafts.open'), () => actions.openDraft(draft.id), {
          class: 'button primary',
          'aria-label': t('studio.drafts.openNamed', { title }),
        }),
        button(t('studio.drafts.delete'), ask, {
          class: 'button',
          'aria-label': t('studio.drafts.deleteNamed', { title }),
        }),
      );
    keep();
    return h(
      'li',
      { class: 'studio-draft' },
      h('p', { class: 'studio-draft-title' }, storyWords(title)),
      h(
        'p',
        { class: 'studio-draft-meta' },
        ...tParts('studio.drafts.meta', { file: fileName(draft.name), savedAt: whenSaved(draft.savedAt) }),
      ),
      row,
    );
  });
  const unreadable = model.unreadable.map((draft) =>
    h(
      'li',
      { class: 'studio-draft unreadable' },
      h('p', {}, t('studio.drafts.unreadable', { id: draft.id })),
      h(
        'div',
        { class: 'studio-row' },
        button(t('studio.drafts.download'), () => actions.downloadUnreadable(draft.id), { class: 'button' }),
        button(t('studio.drafts.delete'), () => actions.deleteUnreadable(draft.id), { class: 'button' }),
      ),
    ),
  );
  return h(
    'section',
    { class: 'studio-drafts', 'aria-labelledby': 'studio-drafts-title' },
    h('h2', { id: 'studio-drafts-title' }, t('studio.drafts.heading')),
    items.length + unreadable.length === 0
      ? h('p', {}, t('studio.drafts.none'))
      : h('ul', { class: 'studio-draft-list' }, ...items, ...unreadable),
  );
}
