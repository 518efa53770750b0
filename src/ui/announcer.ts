// Reads the story aloud through an aria-live region, one whole beat at a time,
// so screen-reader users hear what sighted players see revealed.

export interface Announcer {
  say(text: string): void;
}

export function createAnnouncer(region: HTMLElement): Announcer {
  let pending: number | undefined;
  return {
    say(text) {
      // Clearing first and writing on the next frame makes repeated text announced again.
      region.textContent = '';
      if (pending !== undefined) cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        region.textContent = text;
        pending = undefined;
      });
    },
  };
}
