// The engine's authoring face: load, validate and analyse stories (YAML in, a checked scenario or
// diagnostics with file:line:col out), and search their plays. Used by the title screen's library, a file
// opened in the page, the debrief's best path and the command-line checker; never by the page's first
// program, which plays with the runtime face alone (src/engine/runtime.ts).
export { describeField, formatDiagnostic, type Diagnostic } from './diagnostics.ts';
export { loadCatalogue } from './loadCatalogue.ts';
export { loadScenario, type ScenarioResult } from './loadScenario.ts';
export { type AudioProblem } from './checkAudio.ts';
export { loadTrack, type TrackResult } from './loadTrack.ts';
export { scenarioById, trackById } from './libraryLookup.ts';
export { loadLibrary, type Library, type LibraryEntry, type TrackEntry } from './scenarioLibrary.ts';
export { notTextFile, SNIFF_CHARACTERS } from './notText.ts';
export { FILL_IN_MARK, isFillIn } from './unfinished.ts';
export { estimatedMinutes, principlesCited } from './scenarioFacts.ts';
export { scenarioJsonSchema } from './jsonSchema.ts';
export { explorePlays, bestPlay, bestPlayOf, reseeded, type BestPlay, type ExploredPlay } from './explorePlays.ts';
export { searchBestSteps, DEFAULT_SITUATIONS, type BestSteps, type SearchBudget } from './bestPlaySearch.ts';
