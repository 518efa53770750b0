// A draft played from the story studio, on the real story screen: from a beat (its start unless said), in the
// situation the author picked, with any steps already taken. The studio's place is kept so the author comes back to
// it (studioReturn.ts).
import type Phaser from 'phaser';
import type { LibraryEntry } from '../engine/authoring.ts';
import type { Rehearsal, Scenario } from '../engine/runtime.ts';
import { remember } from '../play/openScenarioFile.ts';
import type { DraftReport } from '../play/studio/draftCheck.ts';
import type { Draft } from '../play/studio/draftStore.ts';
import { studioReturn, type StudioPlace } from '../play/studio/studioReturn.ts';
import type { StudioTry } from '../ui/studio/studioEditor.ts';
import type { GameServices } from './services.ts';
import { startStory } from './startStory.ts';

/** What is played: the draft as last checked, and where the author was in the studio. */
export interface DraftToPlay {
  draft: Draft;
  scenario: Scenario;
  warnings: DraftReport['warnings'];
  place: StudioPlace;
}

export function playDraft(
  scene: Phaser.Scene,
  services: GameServices,
  { draft, scenario, warnings, place }: DraftToPlay,
  attempt?: StudioTry,
): void {
  // Every play from the studio is a try: the session saves, counts and reports none of it. A draft's play is
  // nobody's progress, and no LMS hears of it.
  const from =
    attempt?.from !== undefined && Object.hasOwn(scenario.beats, attempt.from) ? attempt.from : scenario.start;
  const rehearsal: Rehearsal = { from, outcomes: attempt?.outcomes, flags: attempt?.flags };
  const entry: LibraryEntry = {
    file: draft.name,
    title: scenario.title,
    scenario,
    errors: [],
    warnings,
  };
  remember(entry, services.library);
  studioReturn.started(draft.id, scenario.id, place);
  startStory(scene, services, {
    scenarioId: scenario.id,
    seed: services.newSeed(),
    rehearsal,
    steps: attempt?.steps ?? [],
  });
}
