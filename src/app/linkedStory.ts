// A link to one story while another is in progress would replace it (its place is saved over), so the
// player is asked first: resume the one in progress, start the linked one, or cancel (the story list,
// with the one in progress still there to continue).
import type { FirstScreen } from '../play/firstScreen.ts';
import { resumedStory } from '../play/firstScreen.ts';
import type { InProgress } from '../play/progress/progressSchema.ts';
import { askBeforeReplacing } from '../ui/replaceDialog.ts';

/** What opens first; `answered` when the player chose it in the dialog (the choice then stands). */
export interface LinkedChoice {
  first: FirstScreen;
  answered: boolean;
}

export function askAboutLinkedStory(
  first: FirstScreen,
  current: InProgress | null,
  titleOf: (id: string) => string | null,
): Promise<LinkedChoice> {
  // A resumed play has its steps: only a fresh start of a story replaces anything.
  const inProgress =
    current && first.kind === 'story' && first.data.steps === undefined && !first.data.workshop
      ? titleOf(current.scenarioId)
      : null;
  if (!current || first.kind !== 'story' || inProgress === null) return Promise.resolve({ first, answered: false });
  const wanted = titleOf(first.data.scenarioId) ?? first.data.scenarioId;
  return new Promise((resolve) =>
    askBeforeReplacing({ title: inProgress, savedAt: current.savedAt }, wanted, {
      resume: () =>
        resolve({
          first: {
            kind: 'story',
            data: resumedStory(current),
          },
          answered: true,
        }),
      startNew: () => resolve({ first, answered: true }),
      cancel: () => resolve({ first: { kind: 'title' }, answered: true }),
    }),
  );
}
