// The game's composition root: opens the stores and the LMS connection, starts a linked story in the page
// at once, then loads Phaser and the library behind it. Imported by the page's entry (src/main.ts) once that
// has run: it has applied the settings, started fetching the story a link names, and may already show its
// opening beat (src/app/opening.ts), which the story session here takes over.
import './webFonts.ts';
import { startOfflineSupport } from './pwa.ts';
import { stories, tracks } from 'virtual:shipped-stories';
import { exposeGame, trustedLrs } from 'virtual:deployment';
import { locale, t } from '../i18n/intl.ts';
import { browserStorage } from '../play/browserStorage.ts';
import { loadArt, loadShippedLibrary } from '../play/content.ts';
import { earlyScreen, followLanguageEarly } from './earlyScreens.ts';
import { loadStageWhenIdle, stageLoader } from './stageLoading.ts';
import { firstScreen, libraryContent, type FirstScreen } from '../play/firstScreen.ts';
import { nextStorySeed, readLaunchOptions } from '../play/launchOptions.ts';
import { opening } from './opening.ts';
import { announcer, gameParent, languageReady, openSettings, reducedMotion, settings } from './pageBasics.ts';
import { launchNotices } from '../play/launchNotices.ts';
import { askAboutLinkedStory } from './linkedStory.ts';
import {
  catalogueInPageLanguage,
  libraryInPageLanguage,
  scenarioInPageLanguage,
  trackInPageLanguage,
} from '../play/storyTranslations.ts';
import { playableStory } from './playableStory.ts';
import { lmsLearner, progressKeyOf, withLearnerName } from '../play/lmsLearner.ts';
import { resumeNotice } from '../play/resumeCheck.ts';
import { resumeViewStore, sameSteps } from '../play/resumeView.ts';
import { openProgressStore } from '../play/progress/progressStore.ts';
import { readLmsLaunchAround } from '../lms/launch.ts';
import { trustLaunch } from '../lms/trustedLrs.ts';
import { withLmsProgress } from '../lms/lmsProgress.ts';
import { openReporter } from '../lms/openReporter.ts';
import { openScorm } from '../lms/scorm/scormReporter.ts';
import { newUuid } from '../lms/uuid.ts';
import { makeSeed } from '../engine/seededRandom.ts';
import type { GameServices, StoryData } from '../game/services.ts';
import type { EntryScreen } from './entryScreen.ts';
import { h } from '../ui/dom.ts';
import { showNotices } from '../ui/pageNotices.ts';
import { reportSaving } from '../ui/savingNotice.ts';
import { createSoundCues } from '../ui/soundCues.ts';
import { StorySession } from '../ui/storySession.ts';

/** `entryScreen`: the title or track the page's entry is drawing on a first visit (src/app/entryScreen.ts), if any. */
export async function startGame(entryScreen: Promise<EntryScreen | null> = Promise.resolve(null)): Promise<void> {
  // Every screen is drawn in the page's language: its words first (English is in already).
  await languageReady;
  const local = browserStorage();
  const art = loadArt();
  const launch = readLaunchOptions(window.location.search);
  // The whole library: every screen but a story's needs it. A story link's page asks for it with the stage,
  // since reading it in is a long task of its own on a phone; any other page asks at once.
  let libraryLoading: ReturnType<typeof loadShippedLibrary> | null = null;
  const shippedLibrary = () => (libraryLoading ??= loadShippedLibrary());
  if (!launch.scenario) void shippedLibrary();
  const lmsLaunch = trustLaunch(readLmsLaunchAround(window.location.search, window), trustedLrs);
  // The unit an LMS reports on: the launched story, or else the launched track.
  const unit = launch.scenario
    ? { kind: 'scenario' as const, id: launch.scenario }
    : launch.track
      ? { kind: 'track' as const, id: launch.track }
      : null;
  const newId = () => newUuid();
  const log = (message: string) => console.warn(`[LMS] ${message}`);
  const scorm =
    lmsLaunch.kind === 'scorm'
      ? openScorm(lmsLaunch.version, window, unit, { newId, now: () => new Date(), log })
      : null;
  const reporter =
    scorm?.reporter ??
    openReporter(lmsLaunch.kind === 'scorm' ? { kind: 'none' } : lmsLaunch, {
      local,
      session: browserStorage('sessionStorage'),
      scenario: unit?.kind === 'scenario' ? unit.id : null,
      newId,
      now: () => new Date(),
      log,
    });
  // Under an LMS, this learner's own progress for this launch, and nobody else's (src/play/lmsLearner.ts).
  const learner = lmsLearner(lmsLaunch, scorm?.learner ?? null, unit, window.location.search);
  const localProgress = openProgressStore(local, undefined, await progressKeyOf(learner));
  localProgress.followOtherTabs(window);
  reportSaving(localProgress, () => new Date());
  const titleOf = (id: string) => (Object.hasOwn(stories, id) ? (stories[id]?.title ?? null) : null);
  const progress = withLearnerName(
    scorm?.bridge ? withLmsProgress(localProgress, scorm.bridge, titleOf, () => new Date()) : localProgress,
    learner.name,
  );
  // The last chance to send or commit: pagehide fires on close, reload and navigation, where unload may not.
  window.addEventListener('pagehide', () => reporter.leaving());

  const services: Omit<GameServices, 'library'> = {
    art,
    announcer,
    launch,
    nextStorySeed: nextStorySeed(launch),
    progress,
    reporter,
    // The beat on show, kept for a fast reload; never under an LMS, whose learners' progress is their own.
    resumeView: lmsLaunch.kind === 'none' ? resumeViewStore(local, locale) : null,
    now: () => new Date(),
    newSeed: () => makeSeed(Math.random),
    reducedMotion,
    settings,
    sound: createSoundCues(() => settings.settings().sound),
    openSettings,
    earlyStory: null,
    earlyScreen: null,
    firstScreen: null,
    lrs: {
      trusted: trustedLrs,
      launched: lmsLaunch.kind === 'xapi' ? { endpoint: lmsLaunch.endpoint, auth: lmsLaunch.auth } : null,
    },
  };
  // A screen shown before the stage (below) follows a change of language as the stage's scenes do.
  followLanguageEarly(services);

  const stage = stageLoader(async () => {
    const [{ createGame }, library] = await Promise.all([import('../game/createGame.ts'), shippedLibrary()]);
    // Each scene reads the library in the page's language at the time (src/play/storyTranslations.ts).
    const game = createGame(gameParent, {
      ...services,
      get library() {
        return libraryInPageLanguage(library);
      },
    });
    // Lets browser tests and the bench inspect the running game. Never in a production build: there an
    // assessed play must not be steerable from the console through the game's own objects.
    if (exposeGame) Object.assign(window, { serviceHero: { game } });
    startOfflineSupport();
  });

  // A story link (or a story to resume) is played at once in the page, from the small index of shipped
  // stories; Phaser and the rest of the library load behind it and the stage joins the running story.
  // A story link's opening has chosen the play's seed already: it decided the order of the choices on show.
  const newSeed = () => opening?.seed ?? services.newSeed();
  const shipped = {
    playable: playableStory,
    hasTrack: (id: string) => tracks.some((t) => t.track?.id === id),
    broken: () => null,
  };
  // An LMS launch is the unit the learner was assigned, with their own save: it opens without asking.
  const ask =
    lmsLaunch.kind === 'none'
      ? askAboutLinkedStory
      : async (screen: FirstScreen) => ({ first: screen, answered: false });
  const { first, answered } = await ask(
    firstScreen(launch, progress.progress().current, shipped, newSeed),
    progress.progress().current,
    titleOf,
  );
  if (answered) services.firstScreen = first;
  // Otherwise it is decided again below, knowing the whole library, and that says what it could not do.
  if (first.kind === 'story')
    showNotices(launchNotices(window.location.search, launch, progress.progress().current, first, shipped));
  // The opening on show (src/app/opening.ts) is where this play stands (its start, or the beat a saved play was
  // left at): the session takes its screen over. Otherwise it goes.
  const adopted =
    first.kind === 'story' &&
    opening?.scenarioId === first.data.scenarioId &&
    opening.seed === first.data.seed &&
    sameSteps(opening.steps, first.data.steps)
      ? opening
      : null;
  if (opening && !adopted) opening.dismiss();
  async function startEarlyStory(data: StoryData): Promise<void> {
    const shippedStory = (await stories[data.scenarioId]!.load()).default;
    const scenario = scenarioInPageLanguage(shippedStory.scenario);
    const catalogue = catalogueInPageLanguage(shippedStory.catalogue);
    const shippedTrack = data.trackId && tracks.find((t) => t.track?.id === data.trackId)?.track;
    const track = shippedTrack ? trackInPageLanguage(shippedTrack) : null;
    const session = new StorySession(services, { scenario, catalogue, track }, data, adopted ?? undefined);
    showNotices([resumeNotice(scenario, catalogue, data.seed, data.steps)].filter((n) => n !== null));
    const host = adopted?.host ?? h('div', { class: 'screen-host early-host' }, session.root);
    if (!adopted) {
      gameParent.appendChild(host);
      // Until the stage has joined, a click beside the story's panels skips the typing, as a click on the stage does.
      host.addEventListener('pointerdown', (event) => event.target === host && session.skipReveal());
    }
    session.onExit(() => {
      host.replaceChildren(
        h('div', { class: 'screen loading-screen' }, h('p', { role: 'status' }, t('app.settingTheStage'))),
      );
      void stage.load();
    });
    services.earlyStory = { session, host };
    // After the first beat is painted, so loading the rest never delays it.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  if (first.kind === 'story') {
    // Should the story's data not arrive, the Preloader opens it the usual way once the library is in.
    await startEarlyStory({ ...first.data, firstOnPage: true }).catch((error: unknown) => {
      console.warn('[start] the story could not start before the stage', error);
      if (services.earlyStory === null) adopted?.dismiss();
    });
  } else {
    // The title or a track, before the stage too; a link to a broken file is left to the Preloader's errors screen.
    const library = await shippedLibrary();
    const content = libraryContent(library);
    const decided = answered ? first : firstScreen(launch, progress.progress().current, content, newSeed);
    const shown = decided.kind === 'title' || decided.kind === 'track' ? await entryScreen : null;
    services.earlyScreen = earlyScreen(decided, services, library, gameParent, stage.load, shown);
    if (services.earlyScreen)
      showNotices(launchNotices(window.location.search, launch, progress.progress().current, decided, content));
  }

  // The entry's screen goes if the page opens something else after all (it never should: see firstVisit.ts).
  void entryScreen.then((shown) => shown && services.earlyScreen?.host !== shown.host && shown.dismiss());

  // Phaser is the largest cost left on a phone (its module alone is seconds of a throttled main thread), so
  // it is asked for only when a press needs the stage, or once the page has been quiet for a while; the
  // screens above work without it, and a press that needs it says "Setting the stage…" meanwhile.
  // Nothing on show without it (a broken file's errors, a story that could not start early): load it now.
  if (!services.earlyStory && !services.earlyScreen) void stage.load();
  else loadStageWhenIdle(stage.load);
}
