// The studio's draft a play was started from, and where the author was in it, so the debrief of that play offers
// the way back to the same place: the view on show, the beat in focus on the map, the text's cursor.

export const STUDIO_VIEWS = ['text', 'map', 'list', 'details', 'plays'] as const;
export type StudioView = (typeof STUDIO_VIEWS)[number];

export interface StudioPlace {
  view: StudioView;
  /** The beat in focus on the map, if any. */
  beat: string | null;
  /** The text's cursor, counted from 1. */
  line: number;
  col: number;
}

let playing: { draftId: string; scenarioId: string; place: StudioPlace } | null = null;

export const studioReturn = {
  started(draftId: string, scenarioId: string, place: StudioPlace): void {
    playing = { draftId, scenarioId, place };
  },
  /** The draft to go back to after a play of this story, and the place in it, if the play came from the studio. */
  returnFor(scenarioId: string): { draftId: string; place: StudioPlace } | null {
    return playing?.scenarioId === scenarioId ? { draftId: playing.draftId, place: playing.place } : null;
  },
};
