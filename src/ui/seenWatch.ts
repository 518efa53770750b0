// Whether the player has been able to see the whole of a beat: its first line and its last control have each been
// inside the window. A long beat at a large text size on a phone runs below the fold, and the customer's patience
// must not drain while its choices are out of sight (the player has not yet been able to read them).

/** Where an element is, in the same window coordinates as the scroller's visible area. */
type Edge = () => number;

export class SeenWatch {
  private watching: { top: Edge; bottom: Edge; sawTop: boolean; sawBottom: boolean; seen: () => void } | null = null;
  private readonly check = () => this.update();
  private readonly resize: ResizeObserver | null;

  constructor(private readonly scroller: HTMLElement) {
    scroller.addEventListener('scroll', this.check, { passive: true });
    this.resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(this.check);
    this.resize?.observe(scroller);
  }

  /**
   * Calls `seen` once the top of `first` and the bottom of `last` have both been in view (at once, or one after the
   * other as the player scrolls); at once if they already are. A later watch replaces this one.
   */
  watch(first: HTMLElement, last: HTMLElement, seen: () => void): void {
    this.watching = {
      top: () => first.getBoundingClientRect().top,
      bottom: () => last.getBoundingClientRect().bottom,
      sawTop: false,
      sawBottom: false,
      seen,
    };
    this.update();
  }

  /** The beat is gone (a new one, or the story left): nothing is reported for it. */
  cancel(): void {
    this.watching = null;
  }

  private update(): void {
    const w = this.watching;
    if (!w || !this.scroller.isConnected) return;
    const view = this.scroller.getBoundingClientRect();
    const bottom = Math.min(view.bottom, window.innerHeight);
    // A pixel of slack: layout rounds sub-pixel edges either way.
    w.sawTop ||= w.top() >= view.top - 1 && w.top() < bottom;
    w.sawBottom ||= w.bottom() <= bottom + 1 && w.bottom() > view.top;
    if (!w.sawTop || !w.sawBottom) return;
    this.watching = null;
    w.seen();
  }
}
