// The story studio's moves: its first screen (start a story, the drafts) and its editor, with the drafts kept in
// the browser (src/play/studio/draftStore.ts, on IndexedDB) and the check run in a worker as the author types. Loaded only
// when the studio opens, so the editor and the checks never weigh on the rest of the game.
import type Phaser from 'phaser';
import { notTextFile, SNIFF_CHARACTERS } from '../engine/authoring.ts';
import { t } from '../i18n/intl.ts';
import { browserStorage } from '../play/browserStorage.ts';
import { markWrittenLanguage } from '../play/storyTranslations.ts';
import { blankScenario } from '../play/skeleton.ts';
import { browserDraftShelf } from '../play/studio/draftShelf.ts';
import { startDraftChecker, type CheckOutcome, type DraftChecker } from '../play/studio/draftChecker.ts';
import {
  DRAFT_FORMAT,
  MAX_DRAFT_CHARACTERS,
  openDraftStore,
  type Draft,
  type DraftStore,
  type SaveResult,
} from '../play/studio/draftStore.ts';
import { STUDIO_MARKS } from '../play/studio/studioMarks.ts';
import type { StudioPlace } from '../play/studio/studioReturn.ts';
import { download } from '../ui/download.ts';
import { studioEditor } from '../ui/studio/studioEditor.ts';
import { studioHome, type DraftSummary } from '../ui/studio/studioHome.ts';
import { mountScreen } from './mountScreen.ts';
import { studioGallery } from './studioArt.ts';
import { playDraft } from './studioPlay.ts';
import { SceneKeys, type GameServices } from './services.ts';

/** The shipped stories' files as their authors wrote them, comments and all: fetched only when one is copied. */
const shippedSources = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

/** How long typing pauses before the draft is saved and checked. */
const QUIET_MS = 400;

export interface StudioData {
  draftId?: string;
  /**
   * A story just opened on the first screen, with the drafts that screen read: the editor opens on it at once and
   * writes it from there (as it writes every change), rather than after a first write and a second reading of every
   * draft, which for a big story's text took the check a third of a second to wait for.
   */
  opened?: { draft: Draft; drafts: DraftStore };
  /** Where to put the author back in the draft (after a play from the studio). */
  place?: StudioPlace;
  notice?: string;
}

/**
 * Drafts the browser would not keep (no storage in private browsing, or storage full): written on for this visit
 * in memory, with the editor's bar saying they are not saved, so an author can still write and download.
 */
const unsaved = new Map<string, Draft & { why: UnsavedWhy }>();
type UnsavedWhy = Extract<SaveResult, { ok: false }>['reason'];

/**
 * One check worker for the whole visit, started when the studio first opens: starting one costs a few hundred
 * milliseconds of its own (the engine and the schema), which every draft opened after would pay again.
 */
let checker: DraftChecker | null = null;
const checkerFor = ({ library, art }: GameServices) =>
  (checker ??= startDraftChecker(library.catalogue!, art.manifest, blankScenario('warm-up')));

/** The drafts' shelf for the whole visit: one IndexedDB connection, opened when the studio first opens. */
let shelf: ReturnType<typeof browserDraftShelf> | undefined;

/**
 * The last draft write begun (a save as the editor closes, a deletion): the studio reads the drafts again only once
 * it is done, so a list never misses what was just written.
 */
let writing: Promise<unknown> = Promise.resolve();
const written = <T>(write: Promise<T>): Promise<T> => {
  writing = write.catch(() => undefined);
  return write;
};

/** Reads the drafts, then gives what opens the studio's first screen, or the draft asked for, on the scene. */
export async function studioOpener(services: GameServices, data: StudioData): Promise<(scene: Phaser.Scene) => void> {
  // Started with the studio, so the worker's code is read while the author picks a story, not after.
  checkerFor(services);
  if (data.opened) {
    const { draft, drafts } = data.opened;
    return (scene) => editDraft(scene, services, drafts, draft, undefined);
  }
  await writing;
  const drafts = await openDraftStore(
    { shelf: (shelf ??= browserDraftShelf()), storage: browserStorage() },
    services.now,
  );
  return (scene) => {
    const draft = data.draftId ? (drafts.get(data.draftId) ?? unsaved.get(data.draftId) ?? null) : null;
    if (draft) editDraft(scene, services, drafts, draft, data.place);
    else showHome(scene, services, drafts, data.notice ?? null);
  };
}

/** The title a draft's text gives its story (`title:` at the top level), for the list of drafts. */
function titleIn(text: string): string | null {
  const match = /^title:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^#\n]*?))[ \t]*(?:#.*)?$/m.exec(text);
  const title = match?.[1] ?? match?.[2] ?? match?.[3];
  return title ? title : null;
}

function showHome(scene: Phaser.Scene, services: GameServices, drafts: DraftStore, notice: string | null): void {
  const { library } = services;
  const listed = drafts.list();
  // Not yet kept: the editor writes it as it opens, and says so on its bar if the browser will not keep it.
  const open = (name: string, text: string) => {
    const draft: Draft = {
      id: drafts.newId(),
      format: DRAFT_FORMAT,
      name,
      text,
      savedAt: services.now().toISOString(),
    };
    scene.scene.restart({ draftId: draft.id, opened: { draft, drafts } } satisfies StudioData);
  };
  const summaries: DraftSummary[] = [...listed.drafts, ...unsaved.values()].map((d) => ({
    id: d.id,
    name: d.name,
    title: titleIn(d.text),
    savedAt: d.savedAt,
  }));
  const shipped = library.entries.flatMap((e) =>
    e.scenario && shippedSources[`/${e.file}`] ? [{ id: e.scenario.id, title: e.scenario.title, file: e.file }] : [],
  );
  const screen = studioHome(
    { drafts: summaries, unreadable: listed.unreadable, shipped, notice },
    {
      back: () => scene.scene.start(SceneKeys.Title),
      blank: () => open('my-story.yaml', blankScenario('my-story')),
      copy: (storyId) => {
        const story = shipped.find((s) => s.id === storyId);
        const load = story && shippedSources[`/${story.file}`];
        if (story && load) void load().then((text) => open(`${story.id}.yaml`, text));
      },
      openFile: (file) =>
        void readStoryFile(file).then((read) =>
          'text' in read
            ? void open(file.name, read.text)
            : scene.scene.restart({ notice: read.problem } satisfies StudioData),
        ),
      openDraft: (id) => scene.scene.restart({ draftId: id } satisfies StudioData),
      deleteDraft: (id) => {
        const title = summaries.find((d) => d.id === id)?.title ?? id;
        unsaved.delete(id);
        void written(drafts.remove(id));
        scene.scene.restart({ notice: t('studio.drafts.deleted', { title }) } satisfies StudioData);
      },
      deleteUnreadable: (id) => {
        void written(drafts.removeUnreadable(id));
        scene.scene.restart({ notice: t('studio.drafts.deleted', { title: id }) } satisfies StudioData);
      },
      downloadUnreadable: (id) => {
        const raw = listed.unreadable.find((d) => d.id === id)?.raw;
        if (raw !== undefined) download(`unreadable-draft-${id}.txt`, raw, 'text/plain');
      },
    },
  );
  mountScreen(scene, screen);
  screen.querySelector<HTMLElement>('#studio-title')?.focus({ preventScroll: true });
  services.announcer.say(notice ?? t('studio.announce'));
}

async function readStoryFile(file: File): Promise<{ text: string } | { problem: string }> {
  const notText = notTextFile(file.name, await file.slice(0, SNIFF_CHARACTERS).text());
  if (notText) return { problem: t('studio.open.notText', { file: file.name }) };
  if (file.size > MAX_DRAFT_CHARACTERS)
    return { problem: t('studio.open.tooBig', { file: file.name, size: Math.ceil(file.size / 1024) }) };
  return { text: await file.text() };
}

function editDraft(
  scene: Phaser.Scene,
  services: GameServices,
  drafts: DraftStore,
  draft: Draft,
  place: StudioPlace | undefined,
): void {
  const { library, art } = services;
  const catalogue = library.catalogue!;
  const { check: checkText } = checkerFor(services);
  let text = draft.text;
  let last: CheckOutcome | null = null;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    performance.mark(STUDIO_MARKS.check);
    checkText(draft.name, text, {
      loaded: (loaded) => {
        editor.loaded(loaded);
        performance.mark(STUDIO_MARKS.loaded);
      },
      done: (outcome) => {
        performance.mark(STUDIO_MARKS.checked);
        // A story written in another language has its words marked so wherever the studio shows them.
        if ('report' in outcome && outcome.report.story) markWrittenLanguage(outcome.report.story.scenario);
        last = outcome;
        editor.checked(outcome);
        if ('report' in outcome && outcome.report.story) nameAfter(outcome.report.story.scenario.id);
        performance.mark(STUDIO_MARKS.drawn);
      },
    });
  };
  const check = () => {
    editor.checking();
    send();
  };
  /**
   * The draft is named as Download names its file, after its story's id: one name on its bar, in the list of
   * drafts and on the file (a blank story's id changed in Details once left "my-story.yaml" on the bar).
   */
  const nameAfter = (id: string) => {
    const name = `${id}.yaml`;
    if (draft.name === name) return;
    draft.name = name;
    editor.named(name);
    kept = null;
    save();
  };
  // Sent before the editor is built: a big story's check takes seconds, and needs nothing from the editor until
  // it answers, after this function has returned.
  send();
  /** The text the browser last took (null: none yet), so a draft opened and left as it was is not written again. */
  let kept: string | null = draft.text;
  let shown = true;
  /** The text being written, so leaving straight after opening a big story does not write it a second time. */
  let sending: string | null = null;
  const save = () => {
    if (text === kept || text === sending) return;
    const saving = (sending = text);
    void written(drafts.save(draft.id, draft.name, saving)).then((saved) => {
      if (sending === saving) sending = null;
      if (saved.ok) {
        kept = saving;
        unsaved.delete(draft.id);
      } else
        unsaved.set(draft.id, { ...draft, text: saving, savedAt: services.now().toISOString(), why: saved.reason });
      if (shown) editor.saved(saved.ok ? null : t(SAVE_PROBLEMS[saved.reason]));
    });
  };
  const editor = studioEditor(draft, catalogue, studioGallery(art), {
    home: () => {
      clearTimeout(quiet);
      save();
      scene.scene.restart({} satisfies StudioData);
    },
    download: () => {
      const id = last && 'report' in last ? last.report.story?.scenario.id : undefined;
      download(id ? `${id}.yaml` : draft.name, text, 'text/yaml');
    },
    play: (attempt) => {
      const report = last && 'report' in last ? last.report : undefined;
      if (!report?.story) return;
      clearTimeout(quiet);
      save();
      const { story, warnings } = report;
      playDraft(scene, services, { draft, scenario: story.scenario, warnings, place: editor.place() }, attempt);
    },
    changed: (next) => {
      text = next;
      // Until this text is checked, Play would play the text before it.
      editor.checking();
      clearTimeout(quiet);
      quiet = setTimeout(() => {
        save();
        check();
      }, QUIET_MS);
    },
  });
  // Keys typed in the last moment before the screen goes are saved too; before the page closes, also written at once
  // where they are sure to be kept (an IndexedDB write begun then may not finish), and taken from there next time.
  const saveNow = () => {
    clearTimeout(quiet);
    save();
  };
  const closing = () => {
    if (text !== kept) drafts.rescue(draft.id, draft.name, text);
    saveNow();
  };
  window.addEventListener('pagehide', closing);
  scene.events.once('shutdown', () => {
    saveNow();
    shown = false;
    window.removeEventListener('pagehide', closing);
    editor.source.destroy();
  });
  mountScreen(scene, editor.element);
  // A draft the browser would not keep says so from the start, not only after the next key (and is not offered to
  // the browser again only to be refused: a big story's text takes a while to write out).
  const notKept = unsaved.get(draft.id)?.why;
  if (notKept) editor.saved(t(SAVE_PROBLEMS[notKept]));
  else if (!drafts.get(draft.id)) {
    kept = null;
    save();
  }
  editor.element.querySelector<HTMLElement>('#studio-file')?.focus({ preventScroll: true });
  if (place) editor.restore(place);
  services.announcer.say(t('studio.announce'));
  editor.checking();
}

const SAVE_PROBLEMS = {
  'no-room': 'studio.editor.saveNoRoom',
  'too-long': 'studio.editor.saveTooLong',
  'no-storage': 'studio.editor.saveNoStorage',
} as const;
