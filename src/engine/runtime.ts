// The engine's runtime face: what it takes to play a compiled story (a scenario already loaded and checked).
// Like inkjs's runtime, it reads no story file: no YAML, no loaders, no checks, no analysis. The page's
// first program and the play session need only this; the files it is made of import nothing from the
// authoring side (src/engine/authoring.ts), and eslint.config.js holds both to that.
export {
  FORMAT_VERSION,
  Scenario,
  SERVICE_LEVELS,
  EXPRESSIONS,
  CORES,
  HARMS,
  OLDEST_FORMAT,
  VOICES,
  PRONOUNS,
  SKIN_TONES,
  HAIR_COLOURS,
  BUILDS,
} from './schema.ts';
export type {
  Beat,
  BuiltLook,
  Choice,
  Condition,
  Ending,
  Expression,
  Line,
  Core,
  Harm,
  ServiceLevel,
} from './schema.ts';
export { ArtManifest, Catalogue, principleById } from './catalogue.ts';
export type { Principle } from './catalogue.ts';
export {
  compileScenario,
  initialPlayState,
  patienceDelay,
  type StoryContext,
  type StoryEvent,
  type StoryInput,
  type StoryMachine,
} from './compileScenario.ts';
export { presentBeat, type BeatView, type LineView, type Voice } from './presentBeat.ts';
export { beatTitle, derivedTitle, untitledDecisions, untitledMessage } from './beatTitle.ts';
export { plural, LOCALE, type PluralForms } from './plural.ts';
export { scorePlay, type ReportCard, type DecisionReport } from './scoring.ts';
export {
  gradePlay,
  GRADES,
  percentFor,
  headlineFor,
  BREAKDOWN_WEIGHT,
  CORE_PERCENT,
  CORE_WORDS,
  HARM_PHRASES,
  type Grade,
  type GradeStep,
  type Graded,
  type GradedDecision,
  type ExperienceVerdict,
} from './grading.ts';
export { makeSeed, rollVariations } from './seededRandom.ts';
export { orderChoices } from './choiceOrder.ts';
export { customerNameOf, storyOpening, type StoryOpening } from './storyOpening.ts';
export { expressionForMood, judgedAt, LEVEL_POINTS } from './rules.ts';
export { createStoryPlayer, type StoryPlayer } from './storyPlayer.ts';
export { PlayStep } from './playStep.ts';
export { replaySteps, applyStep, type Replayed } from './playLog.ts';
export { rehearsedScenario, flagsSet, type Rehearsal } from './rehearsal.ts';
export {
  principleEvidence,
  evidenceOf,
  masteryByPrinciple,
  PrincipleEvidence,
  PrincipleOutcome,
  type Mastery,
} from './mastery.ts';
export { Track, trackStanding, passes, passingGrade, type TrackStanding } from './track.ts';
