// The studio's draft a play was started from, so the debrief of that play offers the way back to it.
let playing: { draftId: string; scenarioId: string } | null = null;

export const studioReturn = {
  started(draftId: string, scenarioId: string): void {
    playing = { draftId, scenarioId };
  },
  /** The draft to go back to after a play of this story, if the play came from the studio. */
  draftFor(scenarioId: string): string | null {
    return playing?.scenarioId === scenarioId ? playing.draftId : null;
  },
};
