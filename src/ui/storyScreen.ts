// The DOM half of the story screen: the heads-up bar (mood, patience), the
// dialogue box with its typewriter reveal, and the choices as real buttons.
// It decides nothing: it shows a BeatView and reports what the player did.
import type { BeatView, Expression } from '../engine/index.ts';
import { button, h } from './dom.ts';
import { ControlsGuard } from './controlsGuard.ts';
import { StoryGauges } from './storyGauges.ts';
import { renderWorkshopChoices, type WorkshopHooks } from './workshopChoices.ts';

export interface StoryScreenHandlers {
  choose(choiceId: string): void;
  continueStory(): void;
  finish(): void;
  /** The beat is fully on screen; for a choice beat, the choices are now visible. */
  revealed(kind: BeatView['kind']): void;
  /** Go back to the moment reached after this many steps. */
  rewind(steps: number): void;
  /** Back to the story list; the play stays saved. */
  quit(): void;
}

export interface Moment {
  label: string;
  steps: number;
}

export interface StoryScreenInfo {
  title: string;
  role: string;
  place: string;
  customerName: string;
  /** The typewriter's pace from the player's settings; Infinity shows each beat at once. */
  charsPerSecond(): number;
  openSettings(): void;
  /**
   * A page's opening beat (src/app/opening.ts): the first thing the page shows, with no beat before it whose
   * clicks or keys could land on it, so its controls appear at once rather than after the guard. Keys pressed
   * and presses begun before they appeared still decide nothing (controlsGuard.ts).
   */
  firstBeatAtOnce?: boolean;
}

export class StoryScreen {
  readonly root: HTMLElement;
  readonly dialogue: HTMLElement;
  private readonly hud: HTMLElement;
  private readonly backButton: HTMLButtonElement;
  private readonly moments: HTMLElement;
  /** Read by the story session, which drives the patience gauge (storyPatience.ts). */
  readonly gauges: StoryGauges;
  private readonly scroll: HTMLElement;
  private readonly scrollFit: ResizeObserver | null;
  private readonly choiceBox: HTMLElement;
  private readonly skipRow: HTMLElement;
  private reveal: { spans: { shown: Text; hidden: HTMLElement; text: string }[]; total: number; done: number; startedAt: number } | null = null;
  private view: BeatView | null = null;
  private focusFrame = 0;
  private readonly guard: ControlsGuard;
  /** Whether any beat's controls have been put up yet on this screen. */
  private controlsShown = false;

  constructor(
    private readonly info: StoryScreenInfo,
    private readonly handlers: StoryScreenHandlers,
    /** Present in a facilitator's workshop: text shows at once and the room decides. */
    private readonly workshop?: WorkshopHooks,
  ) {
    this.gauges = new StoryGauges(info.customerName);
    this.moments = h('div', { class: 'moments card', role: 'group', 'aria-label': 'Go back to an earlier moment', hidden: true });
    this.backButton = button('Go back', () => this.toggleMoments(), { class: 'button back', 'aria-expanded': 'false', hidden: true });
    const hud = (this.hud = h(
      'header',
      { class: 'hud card' },
      h('div', { class: 'hud-buttons' }, button('Stories', () => this.handlers.quit(), { class: 'button back' }), this.backButton, button('Settings', () => info.openSettings(), { class: 'button back' })),
      h('div', { class: 'where' }, h('strong', {}, info.title), `You are the ${info.role}`, h('span', { class: 'place' }, ` · ${info.place}`)),
      this.gauges.mood,
      this.gauges.patience,
      this.moments,
    ));
    // The moments menu closes once focus moves on past it (Tab, or a click elsewhere): left open, it would cover
    // the stage and keep the story's keys (numbers, arrows) from working.
    hud.addEventListener('focusout', (event) => {
      if (event.relatedTarget instanceof Node && !hud.contains(event.relatedTarget)) this.showMoments(false);
    });
    // Long beats scroll inside the card; a tab stop lets keyboard users scroll them too, and is there only
    // while the text is longer than its box (an extra stop that does nothing is one more Tab for nothing).
    this.scroll = h('div', { class: 'scroll', tabindex: 0, role: 'group', 'aria-label': 'Story text' });
    this.scrollFit = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.tabStopIfScrolls());
    this.scrollFit?.observe(this.scroll);
    this.choiceBox = h('div', { class: 'choices', role: 'group', 'aria-label': 'What do you do?', hidden: true });
    this.guard = new ControlsGuard(this.choiceBox);
    this.skipRow = h('div', { class: 'reveal-controls' }, button('Show all text', () => this.skipReveal(), { class: 'skip' }));
    this.dialogue = h('section', { class: 'dialogue card', 'aria-label': 'Story' }, this.scroll, this.skipRow, this.choiceBox);
    this.dialogue.addEventListener('click', (event) => {
      // A click on a choice (or the text inside it) must not also skip the reveal of the beat it leads to.
      const onButton = event.target instanceof Element && event.target.closest('button') !== null;
      if (this.reveal && !onButton) this.skipReveal();
    });
    this.root = h('div', { class: 'screen story-screen' }, hud, h('div', { class: 'stage-gap' }), this.dialogue);
  }

  showBeat(view: BeatView, note: string | null): void {
    this.view = view;
    this.stopPatience();
    this.guard.hold();
    this.choiceBox.hidden = true;
    this.choiceBox.replaceChildren();
    this.dialogue.classList.remove('has-choices');
    const banners = [
      note && h('p', { class: 'breakdown-banner timeout-note' }, note),
      view.breakdown && h('p', { class: 'breakdown-banner' }, `Breakdown: ${view.breakdown}`),
      view.ending && h('p', { class: 'breakdown-banner ending-banner' }, `Ending: ${view.ending.title}`),
    ];
    const spans: { shown: Text; hidden: HTMLElement; text: string }[] = [];
    const lines = view.lines.map((line) => {
      const shown = document.createTextNode('');
      const hidden = h('span', { class: 'unrevealed' }, line.text);
      spans.push({ shown, hidden, text: line.text });
      return h(
        'p',
        { class: line.speaker ? 'line' : 'line narration' },
        line.name && h('span', { class: 'speaker' }, `${line.name}:`),
        h('span', { class: 'text' }, shown, hidden),
      );
    });
    const linesBox = h('div', { class: 'lines', 'aria-hidden': 'true' }, ...lines);
    this.scroll.replaceChildren(...banners.filter((b): b is HTMLParagraphElement => !!b), linesBox);
    this.scroll.scrollTop = 0;
    this.scrollFit?.disconnect();
    this.scrollFit?.observe(this.scroll);
    this.scrollFit?.observe(linesBox);
    this.reveal = { spans, total: spans.reduce((n, s) => n + s.text.length, 0), done: 0, startedAt: performance.now() };
    this.skipRow.hidden = false;
    this.tick();
    if (this.workshop || !Number.isFinite(this.info.charsPerSecond())) this.skipReveal();
  }

  /**
   * Advances the typewriter; called from the scene's update loop. It reads the clock rather than the
   * loop's delta, which Phaser smooths and caps, so text keeps its pace on a slow machine.
   */
  tick(): void {
    const reveal = this.reveal;
    if (!reveal) return;
    const pace = this.info.charsPerSecond();
    // All at once is every character now: 0 ms × Infinity would be NaN, and NaN never finishes.
    const byClock = Number.isFinite(pace) ? ((performance.now() - reveal.startedAt) / 1000) * pace : reveal.total;
    reveal.done = Math.min(reveal.total, Math.max(reveal.done, byClock));
    let budget = Math.floor(reveal.done);
    for (const span of reveal.spans) {
      const count = Math.max(0, Math.min(span.text.length, budget));
      budget -= span.text.length;
      if (span.shown.data.length !== count) {
        span.shown.data = span.text.slice(0, count);
        span.hidden.textContent = span.text.slice(count);
      }
    }
    if (reveal.done >= reveal.total) this.finishReveal();
  }

  skipReveal(): void {
    if (!this.reveal) return;
    this.reveal.done = this.reveal.total;
    this.tick();
  }

  get revealing(): boolean {
    return this.reveal !== null;
  }

  private finishReveal(): void {
    const view = this.view;
    this.reveal = null;
    this.skipRow.hidden = true;
    this.scroll.querySelector('.lines')?.removeAttribute('aria-hidden');
    if (!view) return;
    if (view.kind === 'choices' && this.workshop) {
      // Scrolled into sight: the discussion card or the first hand count may start below the fold of a long beat.
      const first = renderWorkshopChoices(this.choiceBox, view, this.workshop, (id) => this.handlers.choose(id));
      this.goLiveSoon(view, first, false);
      return;
    }
    if (view.kind === 'choices') {
      const buttons = view.choices.map((choice, i) =>
        button([h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)), h('span', {}, choice.text)], (event) => this.guard.accepts(event) && this.choose(choice.id), {
          class: 'choice',
          'aria-keyshortcuts': i < 9 ? String(i + 1) : undefined,
          'data-choice': choice.id,
        }),
      );
      this.choiceBox.replaceChildren(h('p', { class: 'choices-prompt' }, 'What do you do?'), ...buttons);
    } else {
      const label = view.kind === 'ending' ? 'See your debrief' : 'Continue';
      const action = view.kind === 'ending' ? () => this.handlers.finish() : () => this.handlers.continueStory();
      this.choiceBox.replaceChildren(h('div', { class: 'continue-row' }, button(label, (event) => this.guard.accepts(event) && action(), { class: 'button primary' })));
    }
    this.goLiveSoon(view, this.choiceBox.querySelector('button'), true);
  }

  /** The beat's controls appear, focused and taking input, once the beat has been on screen a moment (controlsGuard.ts). */
  private goLiveSoon(view: BeatView, focus: HTMLElement | null, preventScroll: boolean): void {
    const atOnce = this.info.firstBeatAtOnce === true && !this.controlsShown;
    this.controlsShown = true;
    this.guard.showSoon(() => {
      this.dialogue.classList.toggle('has-choices', view.kind === 'choices');
      this.focusWhenPlaced(focus, preventScroll);
      this.handlers.revealed(view.kind);
    }, atOnce ? 0 : undefined);
  }

  /**
   * Focus goes to the beat's first control. The screen may show its first beat before it is placed on the page
   * (a story starts while the stage is still loading), where focus cannot go yet: it then follows once the screen
   * is placed, unless the player has put focus somewhere by then.
   */
  private focusWhenPlaced(target: HTMLElement | null, preventScroll: boolean): void {
    cancelAnimationFrame(this.focusFrame);
    if (!target) return;
    if (target.isConnected) {
      target.focus({ preventScroll });
      return;
    }
    let frames = 0;
    const attempt = () => {
      // A screen that is never placed stops trying after a few seconds.
      if (!target.isConnected) {
        if (++frames < 300) this.focusFrame = requestAnimationFrame(attempt);
        return;
      }
      const active = document.activeElement;
      if (active === null || active === document.body) target.focus({ preventScroll });
    };
    this.focusFrame = requestAnimationFrame(attempt);
  }

  /** The story is left: a beat's controls that were about to appear never do. */
  stop(): void {
    this.guard.hold();
    cancelAnimationFrame(this.focusFrame);
  }

  /** Earlier moments the player may go back to (practice only); none hides the control. */
  setMoments(moments: readonly Moment[]): void {
    this.backButton.hidden = moments.length === 0;
    this.moments.replaceChildren(
      h('p', { class: 'moments-title' }, 'Go back to…'),
      ...moments.map((m, i) => button(`${i + 1}. ${m.label}`, () => this.handlers.rewind(m.steps), { class: 'moment' })),
    );
    this.showMoments(false);
  }

  private toggleMoments(): void {
    this.showMoments(this.moments.hidden !== false);
  }

  private showMoments(open: boolean): void {
    this.moments.hidden = !open;
    this.backButton.setAttribute('aria-expanded', String(open));
    if (open) this.moments.querySelector('button')?.focus();
  }

  private choose(choiceId: string): void {
    // One decision per beat: later clicks on the same buttons must not reach the engine.
    this.choiceBox.querySelectorAll('button').forEach((b) => (b.disabled = true));
    this.handlers.choose(choiceId);
  }

  setMood(mood: number, expression: Expression): void {
    this.gauges.setMood(mood, expression);
  }

  stopPatience(): void {
    this.gauges.stopPatience();
  }

  private tabStopIfScrolls(): void {
    const scrolls = this.scroll.scrollHeight > this.scroll.clientHeight + 1;
    // Focus already on it stays: taking the stop away under the player would drop their place.
    if (scrolls || document.activeElement === this.scroll) this.scroll.setAttribute('tabindex', '0');
    else this.scroll.removeAttribute('tabindex');
  }

  /** Keyboard play: Space or Enter shows all text; 1–9 choose; arrows move between choices. */
  handleKey(event: KeyboardEvent): void {
    const onButton = event.target instanceof HTMLButtonElement;
    // A key held down repeats; pressed before the controls appeared, it was meant for the beat before. Neither
    // decides: the browser's own Enter or Space on a focused control is stopped too.
    if (!this.reveal && this.guard.holdsBack(event)) {
      if (this.moments.hidden) event.preventDefault();
      return;
    }
    if (!this.moments.hidden) {
      if (event.key === 'Escape') {
        this.showMoments(false);
        this.backButton.focus();
      }
      return;
    }
    if (this.reveal) {
      if ((event.key === ' ' || event.key === 'Enter') && !onButton) {
        event.preventDefault();
        this.skipReveal();
      }
      return;
    }
    const buttons = [...this.choiceBox.querySelectorAll<HTMLButtonElement>('button')];
    const digit = Number.parseInt(event.key, 10);
    if (this.view?.kind === 'choices' && !this.workshop && digit >= 1 && digit <= buttons.length) {
      event.preventDefault();
      buttons[digit - 1]?.click();
      return;
    }
    // On the focused story text, the arrows scroll it when it is longer than its box, as in any scrolling region.
    const scrollable = event.target === this.scroll && this.scroll.scrollHeight > this.scroll.clientHeight;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !this.workshop && !scrollable) {
      event.preventDefault();
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && !onButton && this.view?.kind !== 'choices') {
      event.preventDefault();
      buttons[0]?.click();
    }
  }

  /** The interface bars around the stage; when either changes size, the stage must lay out again. */
  bars(): HTMLElement[] {
    return [this.hud, this.dialogue];
  }

  /** The free band between the heads-up bar and the dialogue box, in screen pixels, where faces must fit. */
  stageBand(): { top: number; bottom: number } {
    return { top: this.hud.getBoundingClientRect().bottom, bottom: this.dialogue.getBoundingClientRect().top };
  }
}
