// The beat's lines typed out at the player's pace. Every line is laid out in full from the start (the part not yet
// typed is invisible, not absent), so the page does not reflow as the text comes and its height is known at once.
import type { BeatView } from '../engine/runtime.ts';
import { h } from './dom.ts';
import { storyTextAttributes } from '../i18n/storyLanguage.ts';

interface Span {
  shown: Text;
  hidden: HTMLElement;
  text: string;
}

export class Typewriter {
  /** The lines, hidden from screen readers until typed out (the announcer reads the beat meanwhile). */
  readonly lines: HTMLElement;
  private readonly spans: Span[] = [];
  private readonly total: number;
  private done = 0;
  private readonly startedAt = performance.now();
  private finished = false;

  constructor(
    view: BeatView,
    /** The typewriter's pace from the player's settings; Infinity shows the beat at once. */
    private readonly charsPerSecond: () => number,
    private readonly onDone: () => void,
  ) {
    const lines = view.lines.map((line) => {
      const shown = document.createTextNode('');
      const hidden = h('span', { class: 'unrevealed' }, line.text);
      this.spans.push({ shown, hidden, text: line.text });
      // The story's own words, each line in its own language (a translated story's untranslated line is English).
      return h(
        'p',
        { class: line.speaker ? 'line' : 'line narration', ...storyTextAttributes(line.text) },
        line.name && h('span', { class: 'speaker' }, `${line.name}:`),
        h('span', { class: 'text' }, shown, hidden),
      );
    });
    this.lines = h('div', { class: 'lines', 'aria-hidden': 'true' }, ...lines);
    this.total = this.spans.reduce((n, s) => n + s.text.length, 0);
  }

  /**
   * Types on; called every frame. It reads the clock rather than a frame delta, which Phaser smooths and caps, so
   * text keeps its pace on a slow machine.
   */
  tick(): void {
    if (this.finished) return;
    const pace = this.charsPerSecond();
    // All at once is every character now: 0 ms × Infinity would be NaN, and NaN never finishes.
    const byClock = Number.isFinite(pace) ? ((performance.now() - this.startedAt) / 1000) * pace : this.total;
    this.done = Math.min(this.total, Math.max(this.done, byClock));
    let budget = Math.floor(this.done);
    for (const span of this.spans) {
      const count = Math.max(0, Math.min(span.text.length, budget));
      budget -= span.text.length;
      if (span.shown.data.length !== count) {
        span.shown.data = span.text.slice(0, count);
        span.hidden.textContent = span.text.slice(count);
      }
    }
    if (this.done < this.total) return;
    this.finished = true;
    this.lines.removeAttribute('aria-hidden');
    this.onDone();
  }

  /** Shows every line now (Show all text, Space, a click beside the controls). */
  finish(): void {
    this.done = this.total;
    this.tick();
  }
}
