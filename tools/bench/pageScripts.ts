// Scripts that run inside the page, added with addInitScript before any of the
// page's own code. They are plain strings on purpose: tsx compiles functions
// with helpers (like __name) that do not exist in the page, so a serialised
// TypeScript function could fail there. Times are performance.now(), which is
// milliseconds since the navigation started.

/** What the load probe leaves on window.__benchLoad; read back with page.evaluate. */
export interface LoadProbe {
  skipPressedAt: number | null;
  firstTextAt: number | null;
  firstButtonAt: number | null;
  firstButtonKind: 'choice' | 'continue' | null;
  firstButtonLabel: string | null;
  /** URLs of the resources whose response had ended by the first button. */
  resourcesAtFirstButton: string[] | null;
  /** The first button shown, the fonts loaded, no tween running and no response for QUIET_MS. */
  fullyDrawnAt: number | null;
  resourcesAtFullyDrawn: string[] | null;
}

export const QUIET_MS = 500;

/**
 * Watches the page on every DOM change and every frame. It presses "Show all text" the moment that
 * button is visible (a quick reader does the same) and records when the first story text and the first
 * story button become visible (laid out with a box, not hidden, not transparent) and enabled. Both pages,
 * the game and the baseline, use the same class names, so the same selectors time both.
 */
export const LOAD_PROBE = `(() => {
  const state = { skipPressedAt: null, firstTextAt: null, firstButtonAt: null, firstButtonKind: null, firstButtonLabel: null,
    resourcesAtFirstButton: null, fullyDrawnAt: null, resourcesAtFullyDrawn: null };
  Object.defineProperty(window, '__benchLoad', { value: state });
  // The game loads a hundred or so images; the default buffer of 250 entries is near enough to lose some.
  try { performance.setResourceTimingBufferSize(5000); } catch (e) {}
  const shown = (el) => {
    if (!el || !el.isConnected) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const endedBy = (t) => performance.getEntriesByType('resource').filter((e) => e.responseEnd > 0 && e.responseEnd <= t).map((e) => e.name);
  const check = () => {
    if (state.firstButtonAt !== null) return true;
    const now = performance.now();
    if (state.skipPressedAt === null) {
      const skip = [...document.querySelectorAll('.story-screen button')].find((b) => b.textContent.trim() === 'Show all text');
      if (shown(skip)) { state.skipPressedAt = now; skip.click(); }
    }
    if (state.firstTextAt === null) {
      const text = document.querySelector('.story-screen .lines .text');
      const first = text && text.firstChild;
      if (first && first.nodeType === 3 && first.data.length > 0 && shown(text)) state.firstTextAt = now;
    }
    const button = document.querySelector('.story-screen .choices:not([hidden]) button');
    if (button && !button.disabled && shown(button)) {
      state.firstButtonAt = now;
      state.firstButtonKind = button.classList.contains('choice') ? 'choice' : 'continue';
      state.firstButtonLabel = button.textContent.replace(/^\\d/, '').trim();
      state.resourcesAtFirstButton = endedBy(now);
      if (state.firstTextAt === null) state.firstTextAt = now;
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  let lastBusyAt = 0;
  const settle = () => {
    const now = performance.now();
    let busy = document.fonts.status !== 'loaded';
    const game = window.serviceHero && window.serviceHero.game;
    if (game) for (const scene of game.scene.getScenes(true)) if (scene.tweens && scene.tweens.getTweens().length > 0) busy = true;
    if (busy) lastBusyAt = now;
    const lastResponse = Math.max(0, ...performance.getEntriesByType('resource').map((e) => e.responseEnd));
    const settledAt = Math.max(state.firstButtonAt, lastBusyAt, lastResponse);
    if (now - settledAt >= ${QUIET_MS}) {
      state.fullyDrawnAt = settledAt;
      state.resourcesAtFullyDrawn = endedBy(now);
    } else requestAnimationFrame(settle);
  };
  const frame = () => {
    if (check()) { observer.disconnect(); requestAnimationFrame(settle); } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/**
 * Resolves with the probe's record once the scene is fully drawn. It polls by timer, not by frame, so
 * the waiting adds as little work to the page as it can; and it is one evaluated expression, because
 * page.waitForFunction compiles its predicate with eval, which the game's Content-Security-Policy forbids.
 */
export function untilFullyDrawn(timeoutMs: number): string {
  return `new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (window.__benchLoad.fullyDrawnAt !== null) resolve(window.__benchLoad);
      else if (performance.now() - started > ${timeoutMs}) reject(new Error('the page showed no story button within ${timeoutMs} ms'));
      else setTimeout(poll, 250);
    };
    poll();
  })`;
}

export interface FrameLog {
  /** Per phase, the time between consecutive animation frames while that phase was on. */
  deltas: Record<string, number[]>;
  /** Per phase, how long it was on. */
  spans: Record<string, number>;
}

/**
 * Collects requestAnimationFrame deltas under the phase named in window.__benchPhase (null: not counting).
 * A delta is counted only when both of its frames fell in the same phase, so a phase switch (a pause
 * of the driver) never shows up as a long frame.
 */
export const FRAME_COLLECTOR = `(() => {
  const log = { deltas: {}, spans: {} };
  Object.defineProperty(window, '__benchFrames', { value: log });
  window.__benchPhase = null;
  let last = null;
  let lastPhase = null;
  const frame = (t) => {
    const phase = window.__benchPhase;
    if (phase !== null && phase === lastPhase && last !== null) {
      (log.deltas[phase] = log.deltas[phase] || []).push(t - last);
      log.spans[phase] = (log.spans[phase] || 0) + (t - last);
    }
    last = t;
    lastPhase = phase;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** Where on screen a button is, for a real mouse click at its centre. */
export interface Spot {
  label: string;
  x: number;
  y: number;
}

export type BeatState = { kind: 'revealing'; skip: Spot } | { kind: 'ready'; token: number; buttons: Spot[] };

/** In the page: whether an element is laid out with a box, not hidden and not transparent. */
const SHOWN = `(el) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}`;

/** In the page: a button's label and centre, scrolled into view first (which may move the buttons around it). */
const SPOT = `(el) => {
  el.scrollIntoView({ block: 'nearest' });
  const box = el.getBoundingClientRect();
  return { label: el.textContent.replace(/^\\d/, '').trim(), x: box.left + box.width / 2, y: box.top + box.height / 2 };
}`;

/**
 * Waits in the page, frame by frame, for what the story shows: still revealing (with where "Show all text"
 * is), or ready with its enabled buttons, and resolves with it; one round trip instead of the three of
 * waitForFunction, jsonValue and dispose. Each beat's first button gets a number as a plain JS property
 * (invisible to the game), so after a click the driver waits for a beat whose number differs instead of
 * reading the old buttons again. With `ready`, a beat still typing out is waited on, not reported.
 */
export function beatState(options: { ready: boolean; after: number; timeoutMs: number }): string {
  return `new Promise((resolve, reject) => {
    const started = performance.now();
    const shown = ${SHOWN};
    const spot = ${SPOT};
    const read = () => {
      const story = document.querySelector('.story-screen');
      if (!story) return null;
      const buttons = [...story.querySelectorAll('.choices:not([hidden]) button')].filter((b) => !b.disabled && shown(b));
      if (buttons.length > 0) {
        const first = buttons[0];
        if (first.__benchBeat === undefined) first.__benchBeat = window.__benchBeats = (window.__benchBeats || 0) + 1;
        if (first.__benchBeat === ${options.after}) return null;
        return { kind: 'ready', token: first.__benchBeat, buttons: buttons.map(spot) };
      }
      if (${options.ready}) return null;
      const skip = [...story.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Show all text');
      return skip && shown(skip) ? { kind: 'revealing', skip: spot(skip) } : null;
    };
    const poll = () => {
      const state = read();
      if (state) resolve(state);
      else if (performance.now() - started > ${options.timeoutMs}) reject(new Error('the story showed no new beat within ${options.timeoutMs} ms'));
      else requestAnimationFrame(poll);
    };
    poll();
  })`;
}

/** The centre of the beat's nth shown button (as beatState counts them), scrolled into view first. */
export function buttonSpot(index: number): string {
  return `(() => {
    const shown = ${SHOWN};
    const button = [...document.querySelectorAll('.story-screen .choices:not([hidden]) button')].filter((b) => !b.disabled && shown(b))[${index}];
    return (${SPOT})(button);
  })()`;
}

/** What the first-control probe leaves on window.__benchControl. */
export interface ControlProbe {
  at: number;
  label: string;
}

/**
 * Records when the first element matching `selector` is shown and enabled. Like LOAD_PROBE it presses
 * "Show all text" the moment a story shows it, so a story's choices and the baseline's come alike.
 */
export function firstControlProbe(selector: string): string {
  return `(() => {
    const state = { at: null, label: null };
    Object.defineProperty(window, '__benchControl', { value: state });
    const shown = ${SHOWN};
    let skipped = false;
    const check = () => {
      if (state.at !== null) return true;
      if (!skipped) {
        const skip = [...document.querySelectorAll('.story-screen button')].find((b) => b.textContent.trim() === 'Show all text');
        if (skip && shown(skip)) { skipped = true; skip.click(); }
      }
      const control = [...document.querySelectorAll(${JSON.stringify(selector)})].find((el) => !el.disabled && shown(el));
      if (!control) return false;
      state.at = performance.now();
      state.label = control.textContent.replace(/^\\d/, '').trim();
      return true;
    };
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const frame = () => { if (check()) observer.disconnect(); else requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  })();`;
}

/** Resolves with the first-control probe's record (see untilFullyDrawn for why it polls in one expression). */
export function untilFirstControl(timeoutMs: number): string {
  return `new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      if (window.__benchControl.at !== null) resolve(window.__benchControl);
      else if (performance.now() - started > ${timeoutMs}) reject(new Error('the page showed no enabled control within ${timeoutMs} ms'));
      else setTimeout(poll, 50);
    };
    poll();
  })`;
}
