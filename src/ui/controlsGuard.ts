// A decision needs a beat the player has seen. A beat's controls (its choices, Continue, See your debrief)
// appear, and take input, only once the beat has been on screen for a moment; a key held down, a key pressed
// before they appeared, or a click whose press began on the beat before, decides nothing.

/**
 * How long a new beat's controls wait, once the beat is on screen, before they appear and take input. A
 * double-click's clicks come about 100–250 ms apart and a quick second key press about as soon; the fastest
 * deliberate response to something new on screen, a simple reaction with nothing read, takes 200–250 ms.
 * So the second half of a burst meant for the last beat lands before this, and a person who has seen the
 * beat is not kept waiting for its choices (a screen reader is still reading the beat by then).
 */
const CONTROLS_GUARD_MS = 350;

export class ControlsGuard {
  /** When the controls appeared (performance.now()); input from before then is not for them. */
  private liveAt = Number.POSITIVE_INFINITY;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The control a mouse, finger or pen last went down on, and when. */
  private pressed: { on: EventTarget | null; at: number } = { on: null, at: 0 };

  constructor(private readonly box: HTMLElement) {
    const press = (event: Event) =>
      (this.pressed = {
        on: event.target instanceof Element ? event.target.closest('button') : null,
        at: event.timeStamp,
      });
    // Both: a click made by assistive technology may come with mouse events and no pointer events.
    box.addEventListener('pointerdown', press, { capture: true });
    box.addEventListener('mousedown', press, { capture: true });
  }

  /**
   * Shows the box once the beat has been on screen for the guard, then calls `shown`: counted from the frame the
   * beat is drawn in, so a page busy when the beat came (a story opening from the title) does not eat into it.
   * Until then nothing in the box can be clicked, focused or reached by a key.
   */
  showSoon(shown: () => void, waitMs = CONTROLS_GUARD_MS): void {
    this.hold();
    const show = () => {
      this.liveAt = performance.now();
      this.box.hidden = false;
      shown();
    };
    if (waitMs === 0) show();
    else this.frame = requestAnimationFrame(() => (this.timer = setTimeout(show, waitMs)));
  }

  /** A new beat: its controls are not live until showSoon says so. */
  hold(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.liveAt = Number.POSITIVE_INFINITY;
    this.pressed = { on: null, at: 0 };
  }

  /** The controls are on screen and this input came after they appeared. */
  isLive(event: Event): boolean {
    return !this.box.hidden && event.timeStamp >= this.liveAt;
  }

  /**
   * Whether a click on one of the controls is one the player meant for it: made after it appeared, and for a
   * click by mouse, finger or pen (detail > 0), one whose press went down on this same control after it
   * appeared, not a press made before and handled late. A click from a key has detail 0 (keys are held back by
   * holdsBack); one from assistive technology may have no press at all, and is the control's own.
   */
  accepts(event: MouseEvent): boolean {
    if (!this.isLive(event)) return false;
    if (event.detail === 0 || this.pressed.on === null) return true;
    return this.pressed.on === event.currentTarget && this.pressed.at >= this.liveAt;
  }

  /**
   * Whether a key that would act on the controls (Enter, Space, 1–9) must not: it repeats (held down), or it was
   * pressed before they appeared. Keys on other buttons (the heads-up bar's) are theirs.
   */
  holdsBack(event: KeyboardEvent): boolean {
    const acting = event.key === 'Enter' || event.key === ' ' || /^[1-9]$/.test(event.key);
    const onOtherButton = event.target instanceof HTMLButtonElement && !this.box.contains(event.target);
    return acting && !onOtherButton && (event.repeat || !this.isLive(event));
  }
}
