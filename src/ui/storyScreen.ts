// The DOM half of the story screen: the heads-up bar (mood, patience), the
// dialogue box with its typewriter reveal, and the choices as real buttons.
// It decides nothing: it shows a BeatView and reports what the player did.
import type { StoryLeavesFor } from '../play/playSession.ts';
import type { BeatView, Expression } from '../engine/runtime.ts';
import { onLocaleChange, t } from '../i18n/intl.ts';
import { button, h } from './dom.ts';
import { ControlsGuard } from './controlsGuard.ts';
import { SeenWatch } from './seenWatch.ts';
import { StoryHud, type Moment } from './storyHud.ts';
import type { StoryGauges } from './storyGauges.ts';
import { beatBanners } from './storyBanners.ts';
import { storyText } from './storyText.ts';
import { Typewriter } from './typewriter.ts';
import { renderWorkshopChoices, type WorkshopHooks } from './workshopChoices.ts';
import './storyScreen.css';

export interface StoryScreenHandlers {
  choose(choiceId: string): void;
  continueStory(): void;
  finish(): void;
  /** The beat is fully on screen; for a choice beat, the choices are now visible. */
  revealed(kind: BeatView['kind']): void;
  /**
   * The player has been able to see the whole beat and all its controls: at once when they fit the window, else
   * once the screen has been scrolled to its end. A clock on the decision starts here, not at `revealed`.
   */
  seen(kind: BeatView['kind']): void;
  /** Go back to the moment reached after this many steps. */
  rewind(steps: number): void;
  /** Back to the story list; the play stays saved. */
  quit(): void;
}

export type { Moment } from './storyHud.ts';

/** A rectangle of the window, in CSS pixels. */
export interface StageBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface StoryScreenInfo {
  title: string;
  role: string;
  place: string;
  customerName: string;
  /** Where the bar's first button leaves for. */
  leavesFor?: StoryLeavesFor;
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
  private readonly hud: StoryHud;
  /** The part of the screen left to the stage (src/game/stage.ts draws the cast inside it). */
  private readonly stageArea: HTMLElement;
  private readonly scroll: HTMLElement;
  private readonly choiceBox: HTMLElement;
  private readonly skipRow: HTMLElement;
  private reveal: Typewriter | null = null;
  private view: BeatView | null = null;
  private focusFrame = 0;
  private readonly guard: ControlsGuard;
  private readonly seenWatch: SeenWatch;
  /** Whether any beat's controls have been put up yet on this screen. */
  private controlsShown = false;
  /** Whether the beat was reached by the customer's patience running out (a note says so over it). */
  private timedOut = false;
  private readonly stopListening: () => void;

  constructor(
    private readonly info: StoryScreenInfo,
    private readonly handlers: StoryScreenHandlers,
    /** Present in a facilitator's workshop: text shows at once and the room decides. */
    private readonly workshop?: WorkshopHooks,
  ) {
    this.hud = new StoryHud({
      ...info,
      quit: () => this.handlers.quit(),
      rewind: (steps) => this.handlers.rewind(steps),
    });
    // The whole beat is one column of text with its controls under it: nothing scrolls inside the card. A beat too
    // long for the window scrolls with the screen, and the customer's patience waits until it has been seen.
    this.scroll = h('div', { class: 'scroll', role: 'group' });
    this.choiceBox = h('div', { class: 'choices', role: 'group', hidden: true });
    this.guard = new ControlsGuard(this.choiceBox);
    this.skipRow = h(
      'div',
      { class: 'reveal-controls' },
      button('', () => this.skipReveal(), { class: 'skip' }),
    );
    this.dialogue = h('section', { class: 'dialogue card' }, this.scroll, this.skipRow, this.choiceBox);
    this.dialogue.addEventListener('click', (event) => {
      // A click on a choice (or the text inside it) must not also skip the reveal of the beat it leads to.
      const onButton = event.target instanceof Element && event.target.closest('button') !== null;
      if (this.reveal && !onButton) this.skipReveal();
    });
    this.stageArea = h('div', { class: 'stage-area' });
    this.root = h('div', { class: 'screen story-screen' }, this.hud.root, this.stageArea, this.dialogue);
    // The screen takes the pointer (so a finger or wheel anywhere scrolls it); a press on the stage shows all the text.
    this.root.addEventListener('pointerdown', (event) => {
      if (event.target === this.root || event.target === this.stageArea) this.skipReveal();
    });
    this.seenWatch = new SeenWatch(this.root);
    // The bar stays at the top as the beat scrolls: a control reached by Tab or the arrows must land below it.
    const underBar =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => (this.root.style.scrollPaddingTop = `${this.hud.root.offsetHeight + 12}px`));
    underBar?.observe(this.hud.root);
    this.relabel();
    this.stopListening = onLocaleChange(() => this.relabel());
  }

  /**
   * Puts the interface's words on the screen in the page's language, and again when it changes: a beat on screen
   * keeps its place, its typing and its focus (the story's own words stay as they are).
   */
  relabel(): void {
    this.scroll.setAttribute('aria-label', t('story.textGroup'));
    this.choiceBox.setAttribute('aria-label', t('story.whatDoYouDo'));
    this.dialogue.setAttribute('aria-label', t('story.dialogue'));
    const skip = this.skipRow.querySelector('button');
    if (skip) skip.textContent = t('story.showAll');
    this.hud.relabel();
    if (!this.view) return;
    this.scroll.querySelectorAll(':scope > .breakdown-banner').forEach((banner) => banner.remove());
    this.scroll.prepend(...beatBanners(this.view, this.timedOut, this.info.customerName));
    const prompt = this.choiceBox.querySelector('.choices-prompt');
    if (prompt) prompt.textContent = t('story.whatDoYouDo');
    const next = this.choiceBox.querySelector('.continue-row button');
    if (next) next.textContent = this.continueLabel(this.view);
  }

  private continueLabel(view: BeatView): string {
    return view.kind === 'ending' ? t('story.seeDebrief') : t('story.continue');
  }

  showBeat(view: BeatView, timedOut: boolean): void {
    this.view = view;
    this.stopPatience();
    this.guard.hold();
    this.seenWatch.cancel();
    this.choiceBox.hidden = true;
    this.choiceBox.replaceChildren();
    this.dialogue.classList.remove('has-choices');
    this.timedOut = timedOut;
    const reveal = (this.reveal = new Typewriter(
      view,
      () => this.info.charsPerSecond(),
      () => this.finishReveal(),
    ));
    this.scroll.replaceChildren(...beatBanners(view, timedOut, this.info.customerName), reveal.lines);
    // A new beat is read from its first line: the screen goes back to the top if the last one was scrolled.
    this.root.scrollTop = 0;
    this.skipRow.hidden = false;
    this.tick();
    if (this.workshop || !Number.isFinite(this.info.charsPerSecond())) this.skipReveal();
  }

  /** Advances the typewriter; called every frame by the session. */
  tick(): void {
    this.reveal?.tick();
  }

  skipReveal(): void {
    this.reveal?.finish();
  }

  get revealing(): boolean {
    return this.reveal !== null;
  }

  private finishReveal(): void {
    const view = this.view;
    this.reveal = null;
    this.skipRow.hidden = true;
    if (!view) return;
    if (view.kind === 'choices' && this.workshop) {
      // Scrolled into sight: the discussion card or the first hand count may start below the fold of a long beat.
      const first = renderWorkshopChoices(this.choiceBox, view, this.workshop, (id) => this.handlers.choose(id));
      this.goLiveSoon(view, first, false);
      return;
    }
    if (view.kind === 'choices') {
      const buttons = view.choices.map((choice, i) =>
        button(
          [h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)), storyText('span', choice.text)],
          (event) => this.guard.accepts(event) && this.choose(choice.id),
          {
            class: 'choice',
            'aria-keyshortcuts': i < 9 ? String(i + 1) : undefined,
            'data-choice': choice.id,
          },
        ),
      );
      this.choiceBox.replaceChildren(h('p', { class: 'choices-prompt' }, t('story.whatDoYouDo')), ...buttons);
    } else {
      const label = this.continueLabel(view);
      const action = view.kind === 'ending' ? () => this.handlers.finish() : () => this.handlers.continueStory();
      this.choiceBox.replaceChildren(
        h(
          'div',
          { class: 'continue-row' },
          button(label, (event) => this.guard.accepts(event) && action(), { class: 'button primary' }),
        ),
      );
    }
    this.goLiveSoon(view, this.choiceBox.querySelector('button'), true);
  }

  /** The beat's controls appear, focused and taking input, once the beat has been on screen a moment (controlsGuard.ts). */
  private goLiveSoon(view: BeatView, focus: HTMLElement | null, preventScroll: boolean): void {
    const atOnce = this.info.firstBeatAtOnce === true && !this.controlsShown;
    this.controlsShown = true;
    this.guard.showSoon(
      () => {
        this.dialogue.classList.toggle('has-choices', view.kind === 'choices');
        this.focusWhenPlaced(focus, preventScroll);
        this.handlers.revealed(view.kind);
        // Seen: the beat's first line and its last control (the card's own padding below it need not be scrolled to).
        const controls = this.choiceBox.querySelectorAll('button');
        this.seenWatch.watch(this.dialogue, controls[controls.length - 1] ?? this.dialogue, () =>
          this.handlers.seen(view.kind),
        );
      },
      atOnce ? 0 : undefined,
    );
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
    this.stopListening();
    this.guard.hold();
    this.seenWatch.cancel();
    cancelAnimationFrame(this.focusFrame);
  }

  /** Earlier moments the player may go back to (practice only); none hides the control. */
  setMoments(moments: readonly Moment[]): void {
    this.hud.setMoments(moments);
  }

  private choose(choiceId: string): void {
    // One decision per beat: later clicks on the same buttons must not reach the engine.
    this.choiceBox.querySelectorAll('button').forEach((b) => (b.disabled = true));
    this.handlers.choose(choiceId);
  }

  setMood(mood: number, expression: Expression): void {
    this.hud.gauges.setMood(mood, expression);
  }

  /** Read by the story session, which drives the patience gauge (storyPatience.ts). */
  get gauges(): StoryGauges {
    return this.hud.gauges;
  }

  stopPatience(): void {
    this.hud.gauges.stopPatience();
  }

  /** Keyboard play: Space or Enter shows all text; 1–9 choose; arrows move between choices. */
  handleKey(event: KeyboardEvent): void {
    const onButton = event.target instanceof HTMLButtonElement;
    // A key held down repeats; pressed before the controls appeared, it was meant for the beat before. Neither
    // decides: the browser's own Enter or Space on a focused control is stopped too.
    if (!this.reveal && this.guard.holdsBack(event)) {
      if (!this.hud.momentsOpen) event.preventDefault();
      return;
    }
    if (this.hud.momentsOpen) {
      if (event.key === 'Escape') this.hud.closeMoments();
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
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !this.workshop) {
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

  /** What the stage's place on screen depends on; when any of them changes size, the stage lays out again. */
  layoutParts(): HTMLElement[] {
    return [this.root, this.hud.root, this.stageArea, this.dialogue];
  }

  /**
   * The part of the window the cast is drawn in, in window pixels as the screen lies unscrolled (the stage does
   * not scroll): below the heads-up bar, beside or above the dialogue, never past the window's bottom.
   */
  stageBox(): StageBox {
    const area = this.stageArea.getBoundingClientRect();
    const scrolled = this.root.scrollTop;
    const screen = this.root.getBoundingClientRect();
    return {
      left: area.left,
      right: area.right,
      top: area.top + scrolled,
      bottom: Math.min(area.bottom + scrolled, screen.bottom),
    };
  }
}
