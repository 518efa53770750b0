// When Phaser joins the page. Every screen a player arrives on works before it (src/app/earlyScreens.ts and
// the early story in start.ts), so it is loaded when a press needs the stage, or else once the page has
// settled: then its seconds of module evaluation on a slow phone fall after the first screen is usable
// rather than in the middle of it.

/** How long after the page's load event the stage waits for a quiet moment, unless a press needs it first. */
export const STAGE_AFTER_LOAD_MS = 3000;

/** Runs `start` once, on the first call; later calls return the same promise. A failure is logged, not lost. */
export function stageLoader(start: () => Promise<void>): { load: () => Promise<void> } {
  let loading: Promise<void> | null = null;
  return {
    load: () =>
      (loading ??= start().catch((error: unknown) => {
        console.error('[start] the stage could not be loaded', error);
      })),
  };
}

type IdleWindow = Pick<Window, 'addEventListener' | 'setTimeout'> & {
  document: Pick<Document, 'readyState'>;
  requestIdleCallback?: Window['requestIdleCallback'];
};

/** Calls `load` in the first idle moment once `delayMs` have passed after the page's load event. */
export function loadStageWhenIdle(load: () => unknown, win: IdleWindow = window, delayMs = STAGE_AFTER_LOAD_MS): void {
  const whenIdle = () => (win.requestIdleCallback ? win.requestIdleCallback(() => load(), { timeout: 2000 }) : load());
  const afterLoad = () => win.setTimeout(whenIdle, delayMs);
  if (win.document.readyState === 'complete') afterLoad();
  else win.addEventListener('load', afterLoad, { once: true });
}
