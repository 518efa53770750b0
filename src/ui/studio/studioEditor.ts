// The story studio's editor: the draft's YAML beside what the checker says of it, as `npm run check:scenarios`
// would print it: the problems, each a button that puts the cursor on its line, then the story's grade range,
// its routine path's grade and the principles its choices weigh. Saved in the browser as the author types.
import type { Diagnostic } from '../../engine/authoring.ts';
import type { PlayStep } from '../../engine/runtime.ts';
import type { CheckOutcome } from '../../play/studio/draftChecker.ts';
import type { DraftLoaded, DraftReport } from '../../play/studio/draftCheck.ts';
import { t } from '../../i18n/intl.ts';
import { button, h } from '../dom.ts';
import { fileName, tParts } from '../messageParts.ts';
import { checkMessage } from './checkWords.ts';
import { setValue, type TextChange } from '../../play/studio/textEdits.ts';
import { citeSource, setDetail } from '../../play/studio/detailEdits.ts';
import type { BackdropChoice } from './backdropPicker.ts';
import { storyDetailsView } from './storyDetails.ts';
import { storyFacts, verdict } from './checkFacts.ts';
import { STUDIO_VIEWS, type StudioPlace } from '../../play/studio/studioReturn.ts';
import type { Article } from './sourcesField.ts';
import { beatTools } from './beatTools.ts';
import { beatFormTools } from './beatFormTools.ts';
import { castTools } from './castTools.ts';
import type { LookTools } from './lookForm.ts';
import { lookTools } from './lookTools.ts';
import { pictureTools } from './pictureTools.ts';
import type { CastTools } from './castForm.ts';
import { variationTools } from './variationTools.ts';
import { readBeat } from '../../play/studio/beatFields.ts';
import { sourceEditor, type SourceEditor } from './sourceEditor.ts';
import { storyListView } from './storyListView.ts';
import { storyMapView } from './storyMapView.ts';
import { playsView } from './playsView.ts';
import { trySituation } from './trySituation.ts';
import type { StoryMap } from '../../play/studio/storyMap.ts';
import './studio.css';

export interface StudioEditorActions {
  home(): void;
  download(): void;
  /**
   * Plays the story as last checked: from its start, or as a try (not saved, counted or reported) from one of its
   * beats, in a situation the author picked, with steps already taken.
   */
  play(attempt?: StudioTry): void;
  changed(text: string): void;
}

export interface StudioTry {
  from?: string;
  outcomes?: Record<string, string>;
  flags?: string[];
  steps?: PlayStep[];
}

export interface StudioEditor {
  readonly element: HTMLElement;
  readonly source: SourceEditor;
  checking(): void;
  /** The text loads: its map, before the rest of the check. */
  loaded(loaded: DraftLoaded): void;
  checked(outcome: CheckOutcome): void;
  /** What became of the last save: null when it was kept, else why not, in words. */
  saved(problem: string | null): void;
  /** The draft's file is named anew (after its story's id, as Download names it). */
  named(name: string): void;
  /** Where the author is: the view on show, the beat in focus on the map, the text's cursor. */
  place(): StudioPlace;
  /** Puts the author back there (after a play), the text's cursor in view. */
  restore(place: StudioPlace): void;
}

export function studioEditor(
  draft: { name: string; text: string },
  /** The catalogue: its principles, to name and to pick from, and the articles a story may cite. */
  { principles, articles }: { principles: readonly { id: string; name: string }[]; articles: readonly Article[] },
  /** The game's art: its backdrops and looks, for the details' and the cast's choice of one. */
  art: { backdrops: readonly BackdropChoice[]; looks: CastTools['looks']; parts: LookTools['parts'] },
  actions: StudioEditorActions,
): StudioEditor {
  const principleName = (id: string) => principles.find((p) => p.id === id)?.name ?? id;
  const source = sourceEditor(draft.text, t('studio.editor.source', { file: draft.name }), actions.changed);
  const status = h('p', { class: 'studio-status', role: 'status' });
  const saveState = h('p', { class: 'studio-save' }, t('studio.editor.saved'));
  const play = button(t('studio.editor.play'), () => actions.play(), { class: 'button primary', disabled: true });
  const findings = h('div', { class: 'studio-findings' });
  let beatLines: Record<string, number> = {};
  let report: DraftReport | null = null;
  const showInText = (beatId: string) => {
    show('text');
    source.goTo(beatLines[beatId] ?? 1, 1);
  };
  const situation = trySituation();
  // A form's change goes into the text as the smallest edit: the text stays the one document, undone with Ctrl+Z.
  const mapView = storyMapView({
    showInText,
    edit: (path, value) => {
      const change = setValue(source.text(), path, value);
      if (change) source.apply(change);
    },
    tools: beatTools(source, (id) => mapView.select(id)),
    fields: (id) => readBeat(source.text(), id),
    form: beatFormTools(source, principles),
    // As Play: only the text as checked, and only a text that loads.
    playFrom: (id) =>
      play.disabled ? t('studio.beat.problem.notPlayable') : (actions.play({ from: id, ...situation.chosen() }), null),
    situation: situation.element,
  });
  const plays = playsView({
    play: (outcomes, steps) => (play.disabled ? undefined : actions.play({ outcomes, steps })),
    showOnMap: (beats, said) => {
      show('map');
      mapView.showPath({ beats, said });
    },
  });
  const showPlays = () =>
    plays.update(report?.story ? { scenario: report.story.scenario, plays: report.story.plays } : null);
  const listHost = h('div', { class: 'story-list-host' });
  const pictures = pictureTools(
    source,
    art.backdrops.map((b) => b.id),
  );
  const applied = (changes: TextChange[] | null) => {
    if (!changes) return t('studio.details.cannot');
    source.apply(changes);
    return null;
  };
  const details = storyDetailsView(
    { backdrops: art.backdrops, articles },
    {
      change: (path, value) => applied(setDetail(source.text(), path, value)),
      cite: (file, cited) => {
        const changes = citeSource(source.text(), file, cited);
        return changes === 'last' ? t('studio.details.sourcesOne') : applied(changes);
      },
    },
    castTools(source, art.looks),
    variationTools(source),
    lookTools(source, art.parts, pictures),
    pictures,
  );
  const showDetails = () =>
    details.update(source.text(), { errors: report?.errors ?? [], warnings: report?.warnings ?? [] });
  const bodies = {
    text: source.element,
    map: mapView.element,
    list: listHost,
    details: details.element,
    plays: plays.element,
  };
  const pane = h('div', { class: 'studio-pane-body' }, source.element);
  const switches = STUDIO_VIEWS.map((view) =>
    button(t(`studio.view.${view}`), () => show(view), {
      class: 'button small',
      'aria-pressed': view === 'text' ? 'true' : 'false',
    }),
  );
  let showing: keyof typeof bodies = 'text';
  /** The map of the last text that loaded: kept on show, marked, while the text has problems that stop it loading. */
  let lastMap: StoryMap | null = null;
  /** Whether this check's map came as its story loaded, before its report. */
  let mapCame = false;
  /** Whether the newest text checked does not load, so the map on show is an older text's. */
  let stale = false;
  const showMap = () =>
    mapView.update(lastMap, stale, {
      errors: report?.errors ?? [],
      warnings: report?.warnings ?? [],
    });
  function show(view: keyof typeof bodies): void {
    showing = view;
    switches.forEach((b, i) => b.setAttribute('aria-pressed', String(STUDIO_VIEWS[i] === view)));
    if (view === 'list') listHost.replaceChildren(storyListView(report?.story?.map ?? null, showInText));
    pane.replaceChildren(bodies[view]);
    if (view === 'map') showMap();
    if (view === 'details') showDetails();
    if (view === 'plays') showPlays();
  }
  const fileHeading = h(
    'h1',
    { id: 'studio-file', tabindex: -1 },
    ...tParts('studio.editor.heading', { file: fileName(draft.name) }),
  );
  const screen = h(
    'div',
    { class: 'screen studio-screen studio-editing' },
    h(
      'header',
      { class: 'card studio-bar' },
      fileHeading,
      saveState,
      h(
        'div',
        { class: 'studio-row' },
        play,
        button(t('studio.editor.download'), actions.download, { class: 'button' }),
        button(t('studio.editor.drafts'), actions.home, { class: 'button' }),
      ),
    ),
    h(
      'div',
      { class: 'studio-panes' },
      h(
        'section',
        { class: 'card studio-source', 'aria-label': t('studio.editor.sourcePane') },
        h(
          'div',
          { class: 'studio-row studio-views' },
          h('div', { class: 'studio-row', role: 'group', 'aria-label': t('studio.view.label') }, ...switches),
          h(
            'div',
            { class: 'studio-row', role: 'group', 'aria-label': t('studio.editor.history') },
            button(t('studio.editor.undo'), () => source.undo(), { class: 'button small' }),
            button(t('studio.editor.redo'), () => source.redo(), { class: 'button small' }),
          ),
        ),
        pane,
      ),
      h(
        'section',
        // A tab stop of its own: the check scrolls, and a clean story's check has no button to scroll it from the keyboard.
        { class: 'card studio-check', 'aria-labelledby': 'studio-check-title', tabindex: 0 },
        h('h2', { id: 'studio-check-title' }, t('studio.check.heading')),
        status,
        findings,
      ),
    ),
  );
  const problemList = (items: readonly Diagnostic[], kind: 'errors' | 'warnings') =>
    h(
      'ol',
      { class: `studio-problems ${kind}` },
      ...items.map((d) =>
        h(
          'li',
          {},
          button(
            [
              h('span', { class: 'studio-where' }, t('studio.check.where', { line: d.line, col: d.col })),
              checkMessage(d, d.field ? `${d.field}: ` : ''),
            ],
            () => source.goTo(d.line, d.col),
            { class: 'studio-problem' },
          ),
        ),
      ),
    );
  return {
    element: screen,
    source,
    checking() {
      status.textContent = t('studio.check.checking');
      play.disabled = true;
    },
    loaded(loaded) {
      lastMap = loaded.map;
      mapCame = true;
      stale = false;
      if (showing === 'map') showMap();
    },
    checked(outcome) {
      if ('failed' in outcome) {
        status.textContent = t('studio.check.failed', { reason: outcome.failed });
        play.disabled = true;
        return;
      }
      report = outcome.report;
      beatLines = report.story?.beatLines ?? {};
      // The map came as the story loaded and is drawn: the same map again would only be drawn over it.
      if (!mapCame) lastMap = report.story?.map ?? lastMap;
      mapCame = false;
      stale = !report.story && lastMap !== null;
      // A text that does not load keeps the situation picked for the last one that did.
      if (report.story) situation.update(report.story.scenario);
      if (showing === 'map') showMap();
      if (showing === 'plays') showPlays();
      if (showing === 'list') listHost.replaceChildren(storyListView(report.story?.map ?? null, showInText));
      if (showing === 'details') showDetails();
      source.showProblems(report.errors, report.warnings);
      status.textContent = verdict(report);
      play.disabled = report.story === null;
      findings.replaceChildren(
        ...(report.errors.length ? [h('h3', {}, t('studio.check.errors')), problemList(report.errors, 'errors')] : []),
        ...(report.warnings.length
          ? [h('h3', {}, t('studio.check.warnings')), problemList(report.warnings, 'warnings')]
          : []),
        ...(report.story ? storyFacts(report.story, principleName) : []),
      );
    },
    named(name) {
      fileHeading.replaceChildren(...tParts('studio.editor.heading', { file: fileName(name) }));
    },
    saved(problem) {
      saveState.textContent = problem ?? t('studio.editor.saved');
      saveState.classList.toggle('problem', problem !== null);
    },
    place: () => ({ view: showing, beat: mapView.selected(), ...source.cursor() }),
    restore(place) {
      if (place.beat) mapView.select(place.beat);
      source.goTo(place.line, place.col, { focus: place.view === 'text' });
      show(place.view);
    },
  };
}
