// Play facts as xAPI statements, following the ADL vocabulary and the
// cmi.interaction conventions reporting tools already read. Pure: ids and
// clocks are passed in, so a statement is fixed (id included) when it is made
// and a resend after a lost answer can never count twice.
import { SOURCE_LANGUAGE } from '../../i18n/languages.ts';
import { storyLanguageOf } from '../../i18n/storyLanguage.ts';
import type { Actor, Context, ContextActivity, Statement } from '@xapi/xapi';
import type { AnsweredFact, EndedFact, StoryRef } from '../playFacts.ts';

/** The project's own IRI space, for activity types and result extensions. */
export const PROJECT_IRI = 'https://service-hero.training/xapi';

export const EXTENSIONS = {
  serviceLevel: `${PROJECT_IRI}/extensions/service-level`,
  principles: `${PROJECT_IRI}/extensions/principles`,
  grade: `${PROJECT_IRI}/extensions/grade`,
  core: `${PROJECT_IRI}/extensions/core`,
  experience: `${PROJECT_IRI}/extensions/experience`,
  timedOut: `${PROJECT_IRI}/extensions/timed-out`,
  /** A context extension on a story's result: the time limits were "off" or "double" (the player's setting). */
  timeLimits: `${PROJECT_IRI}/extensions/time-limits`,
} as const;

const ADL = 'http://adlnet.gov/expapi/verbs';
export const VERBS = {
  initialized: { id: `${ADL}/initialized`, display: { 'en-US': 'initialized' } },
  resumed: { id: `${ADL}/resumed`, display: { 'en-US': 'resumed' } },
  experienced: { id: `${ADL}/experienced`, display: { 'en-US': 'experienced' } },
  answered: { id: `${ADL}/answered`, display: { 'en-US': 'answered' } },
  completed: { id: `${ADL}/completed`, display: { 'en-US': 'completed' } },
  passed: { id: `${ADL}/passed`, display: { 'en-US': 'passed' } },
  failed: { id: `${ADL}/failed`, display: { 'en-US': 'failed' } },
  terminated: { id: `${ADL}/terminated`, display: { 'en-US': 'terminated' } },
} as const;

const ACTIVITY_TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  course: 'http://adlnet.gov/expapi/activities/course',
  beat: `${PROJECT_IRI}/activity-types/beat`,
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** Who plays, under which attempt, launched as part of what. */
export interface StatementSession {
  actor: Actor;
  registration: string;
  /** Where the game's activity ids live: the launched activity, or the project's own space. */
  activityRoot: string;
  /** The launched activity (a track, or one story), when an LMS launched the game. */
  launchedActivity: string | null;
  /** The story the launch asked for: its statements are then about the launched activity itself. */
  launchedScenario: string | null;
  /** A cmi5 launch's context template (session id, publisher id), merged into every statement. */
  contextTemplate?: Context;
  /**
   * The language the player is shown the game in when a statement is made, as an RFC 5646 tag (the page's
   * `lang`): the xAPI context's `language`. Asked each time, since the player may change it mid-play.
   */
  language?(): string;
  newId(): string;
  now(): Date;
}

/**
 * A story's text as an xAPI language map, keyed by the language it is in: a translation's words under its tag
 * ("es"), the stories' own English under "en-US" as before there were translations (src/i18n/storyLanguage.ts).
 */
const storyMap = (text: string, language: string = storyLanguageOf(text)) => ({
  [language === SOURCE_LANGUAGE ? 'en-US' : language]: text,
});

type Ids = Pick<StatementSession, 'activityRoot' | 'launchedActivity' | 'launchedScenario'>;

const storyActivityId = (session: Ids, scenarioId: string): string =>
  session.launchedActivity && session.launchedScenario === scenarioId
    ? session.launchedActivity
    : `${session.activityRoot}/scenarios/${scenarioId}`;
const trackActivityId = (session: Pick<StatementSession, 'activityRoot'>, trackId: string): string =>
  `${session.activityRoot}/tracks/${trackId}`;

function storyActivity(session: StatementSession, story: StoryRef) {
  return {
    objectType: 'Activity' as const,
    id: storyActivityId(session, story.scenarioId),
    definition: {
      type: ACTIVITY_TYPES.simulation,
      name: storyMap(story.title),
      description: storyMap(story.summary, storyLanguageOf(story.title)),
    },
  };
}

/** A session that does not say (an older caller) is taken to be in the game's own English. */
const languageOf = (session: StatementSession): string => session.language?.() ?? 'en-US';

function context(session: StatementSession, story: StoryRef, parentIsStory: boolean): Context {
  const template = session.contextTemplate ?? {};
  const parent: ContextActivity[] = parentIsStory
    ? [{ objectType: 'Activity', id: storyActivityId(session, story.scenarioId) }]
    : [];
  if (
    !parentIsStory &&
    session.launchedActivity &&
    session.launchedActivity !== storyActivityId(session, story.scenarioId)
  )
    parent.push({ objectType: 'Activity', id: session.launchedActivity });
  const grouping: ContextActivity[] = [...(template.contextActivities?.grouping ?? [])];
  if (story.trackId)
    grouping.push({
      objectType: 'Activity',
      id: trackActivityId(session, story.trackId),
      definition: { type: ACTIVITY_TYPES.course },
    });
  const contextActivities = {
    ...template.contextActivities,
    ...(parent.length ? { parent } : {}),
    ...(grouping.length ? { grouping } : {}),
  };
  return {
    ...template,
    registration: session.registration,
    platform: 'Service Hero',
    language: languageOf(session),
    ...(Object.keys(contextActivities).length ? { contextActivities } : {}),
  };
}

function base(session: StatementSession) {
  return { id: session.newId(), actor: session.actor, timestamp: session.now().toISOString() };
}

export function storyStarted(session: StatementSession, story: StoryRef, resumed: boolean): Statement {
  return {
    ...base(session),
    verb: resumed ? VERBS.resumed : VERBS.initialized,
    object: storyActivity(session, story),
    context: context(session, story, false),
  };
}

export function beatExperienced(session: StatementSession, story: StoryRef, beat: string, label: string): Statement {
  return {
    ...base(session),
    verb: VERBS.experienced,
    object: {
      objectType: 'Activity',
      id: `${storyActivityId(session, story.scenarioId)}/beats/${beat}`,
      definition: { type: ACTIVITY_TYPES.beat, name: storyMap(label, storyLanguageOf(story.title)) },
    },
    context: context(session, story, true),
  };
}

export function choiceAnswered(session: StatementSession, fact: AnsweredFact): Statement {
  return {
    ...base(session),
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: `${storyActivityId(session, fact.story.scenarioId)}/decisions/${fact.beat}`,
      definition: {
        type: ACTIVITY_TYPES.interaction,
        interactionType: 'choice',
        // The question may be cut short to fit an LMS: it is in the language the story is in.
        name: storyMap(fact.question, storyLanguageOf(fact.story.title)),
        choices: fact.options.map((o) => ({ id: o.id, description: storyMap(o.text) })),
        // Each pattern is one acceptable answer: any of the beat's options at its best level.
        correctResponsesPattern: fact.best,
      },
    },
    result: {
      response: fact.response,
      success: fact.best.includes(fact.response),
      extensions: {
        [EXTENSIONS.serviceLevel]: fact.level,
        [EXTENSIONS.principles]: { upheld: fact.upheld, broken: fact.broken },
        ...(fact.chosen === null ? { [EXTENSIONS.timedOut]: true } : {}),
      },
    },
    context: context(session, fact.story, true),
  };
}

const isoDuration = (ms: number): string =>
  `PT${(Math.max(0, Math.round(ms / 10)) / 100).toFixed(2).replace(/\.?0+$/, '')}S`;

function scoreOf(percent: number) {
  return { raw: percent, min: 0, max: 100, scaled: Math.round(percent) / 100 };
}

/** passed or failed, then completed: the order cmi5 requires, kept for plain xAPI so reports read alike. */
export function storyEnded(session: StatementSession, fact: EndedFact): Statement[] {
  const result = {
    score: scoreOf(fact.percent),
    success: fact.passed,
    completion: true,
    duration: isoDuration(fact.durationMs),
    extensions: {
      [EXTENSIONS.grade]: fact.grade,
      [EXTENSIONS.core]: fact.core,
      [EXTENSIONS.experience]: fact.experience,
    },
  };
  const object = storyActivity(session, fact.story);
  const plain = context(session, fact.story, false);
  // The conditions of the play, not its result: a context extension, beside the cmi5 session id where there is one.
  const ctx = fact.timeLimits
    ? { ...plain, extensions: { ...plain.extensions, [EXTENSIONS.timeLimits]: fact.timeLimits } }
    : plain;
  return [
    { ...base(session), verb: fact.passed ? VERBS.passed : VERBS.failed, object, result, context: ctx },
    {
      ...base(session),
      verb: VERBS.completed,
      object,
      result: { completion: true, duration: result.duration, score: result.score },
      context: ctx,
    },
  ];
}

/** A launched track is done when every story in it has passed: the launched activity passes and completes. */
export function trackPassed(
  session: StatementSession,
  track: { id: string; title: string },
  percent: number,
  durationMs: number,
): Statement[] {
  const object = {
    objectType: 'Activity' as const,
    id: session.launchedActivity ?? trackActivityId(session, track.id),
    definition: { type: ACTIVITY_TYPES.course, name: storyMap(track.title) },
  };
  const template = session.contextTemplate ?? {};
  const ctx: Context = {
    ...template,
    registration: session.registration,
    platform: 'Service Hero',
    language: languageOf(session),
  };
  const result = { score: scoreOf(percent), success: true, completion: true, duration: isoDuration(durationMs) };
  return [
    { ...base(session), verb: VERBS.passed, object, result, context: ctx },
    {
      ...base(session),
      verb: VERBS.completed,
      object,
      result: { completion: true, duration: result.duration },
      context: ctx,
    },
  ];
}
