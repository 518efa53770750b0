// The User Timing marks the studio leaves at each check, so `npm run bench` (tools/bench/studio.ts) can time the
// check and the redraw after it from outside the page; a mark costs next to nothing when nobody reads it.
export const STUDIO_MARKS = {
  /** The draft is sent to the check's worker. */
  check: 'studio:check',
  /** The story has loaded and its map is drawn, if the map is on show (before the analysis is done). */
  loaded: 'studio:loaded',
  /** Its report is back on the page. */
  checked: 'studio:checked',
  /** The editor has drawn it: problems, facts, and the map or form on show. */
  drawn: 'studio:drawn',
} as const;
