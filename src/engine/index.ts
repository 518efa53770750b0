// The engine's public face: everything a front end or a tool needs, and nothing
// that touches a page, a canvas or the file system.
export { FORMAT_VERSION, Scenario, SERVICE_LEVELS, EXPRESSIONS, CORES, HARMS, OLDEST_FORMAT, VOICES, PRONOUNS } from './schema.ts';
export type { Beat, Choice, Condition, Ending, Expression, Line, Core, Harm, ServiceLevel } from './schema.ts';
export { ArtManifest, Catalogue, principleById } from './catalogue.ts';
export { loadCatalogue } from './loadCatalogue.ts';
export type { Principle } from './catalogue.ts';
export { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
export { loadScenario, type ScenarioResult } from './loadScenario.ts';
export { FILL_IN_MARK, isFillIn } from './unfinished.ts';
export { loadLibrary, type Library, type LibraryEntry, type TrackEntry } from './scenarioLibrary.ts';
export { scenarioById, trackById } from './libraryLookup.ts';
export { compileScenario, initialPlayState, patienceDelay, type StoryContext, type StoryEvent, type StoryInput, type StoryMachine } from './compileScenario.ts';
export { presentBeat, type BeatView, type LineView, type Voice } from './presentBeat.ts';
export { beatTitle, derivedTitle, untitledDecisions, untitledMessage } from './beatTitle.ts';
export { plural, LOCALE, type PluralForms } from './plural.ts';
export { scorePlay, type ReportCard, type DecisionReport } from './scoring.ts';
export { gradePlay, percentFor, headlineFor, BREAKDOWN_WEIGHT, CORE_PERCENT, CORE_WORDS, HARM_PHRASES, type Grade, type GradeStep, type Graded, type GradedDecision, type ExperienceVerdict } from './grading.ts';
export { makeSeed, rollVariations } from './seededRandom.ts';
export { expressionForMood, LEVEL_POINTS } from './rules.ts';
export { createStoryPlayer, type StoryPlayer } from './storyPlayer.ts';
export { estimatedMinutes, principlesCited } from './scenarioFacts.ts';
export { PlayStep } from './playStep.ts';
export { replaySteps, applyStep, type Replayed } from './playLog.ts';
export { principleEvidence, masteryByPrinciple, PrincipleEvidence, PrincipleOutcome, type Mastery } from './mastery.ts';
export { Track, trackStanding, passes, type TrackStanding } from './track.ts';
export { loadTrack, type TrackResult } from './loadTrack.ts';
export { explorePlays, bestPlay, bestPlayOf, reseeded, type BestPlay, type ExploredPlay } from './explorePlays.ts';
export { searchBestSteps, DEFAULT_SITUATIONS, type BestSteps, type SearchBudget } from './bestPlaySearch.ts';
