// What a screen is opened with: the story (and how it is played), the track, the broken file. Decided on
// the play floor (firstScreen.ts, the session) and read by the screens and the stage, so it lives here.
import type { PlayStep, Rehearsal } from '../engine/runtime.ts';

export interface StoryData {
  scenarioId: string;
  seed: string;
  /** Steps to replay first: a resumed or rewound play. */
  steps?: PlayStep[];
  /** Set when the story is an assessed part of a track: no going back, and the attempt counts for the track. */
  trackId?: string | undefined;
  /** A facilitator-led workshop: presenter layout, discussion at breakdowns, the room votes. */
  workshop?: boolean;
  /**
   * A try of a story being written, from the beat its author chose in the studio: nothing is saved, recorded as an
   * attempt or reported to an LMS, since the play did not begin at the story's start (or began in a situation the
   * author picked: outcomes of the variations, flags).
   */
  rehearsal?: Rehearsal | undefined;
  /** The attempt's registration, kept across a resume so its reports stay together. */
  registration?: string | undefined;
  /**
   * The page's first screen (a resumed play or an LMS launch, started before the stage): no beat came before
   * it for a burst of input to be meant for, so its first beat's controls come at once, as an opening's do.
   */
  firstOnPage?: boolean;
}

export interface TrackData {
  trackId: string;
  certificate?: boolean;
}

export interface ErrorsData {
  file: string;
}
