// Reads the story aloud through an aria-live region, one whole beat at a time,
// so screen-reader users hear what sighted players see revealed.

/** What is said: text, or pieces of it, some of them elements (a story's words, marked with their language). */
export type Spoken = string | readonly (string | Node)[];

export interface Announcer {
  say(spoken: Spoken): void;
}

export function createAnnouncer(region: HTMLElement): Announcer {
  let pending: number | undefined;
  return {
    say(spoken) {
      // Clearing first and writing on the next frame makes repeated text announced again.
      region.textContent = '';
      if (pending !== undefined) cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        region.replaceChildren(...(typeof spoken === 'string' ? [spoken] : spoken));
        pending = undefined;
      });
    },
  };
}
