// A saved play resumes by replaying its steps. A story changed since (a choice removed, a beat rewritten)
// may no longer accept all of them: the play then carries on from the last step it accepts, and the player
// is told so rather than finding themselves somewhere else without a word.
import { replaySteps } from '../engine/playLog.ts';
import type { Catalogue, PlayStep, Scenario } from '../engine/runtime.ts';
import { t } from '../i18n/intl.ts';

export function resumeNotice(
  scenario: Scenario,
  catalogue: Catalogue,
  seed: string,
  steps: readonly PlayStep[] | undefined,
): string | null {
  if (!steps?.length) return null;
  const { player, applied } = replaySteps(scenario, catalogue, seed, steps, { timers: false });
  player.stop();
  if (applied === steps.length) return null;
  return t('story.resumeChanged', { title: scenario.title, applied, total: steps.length });
}
