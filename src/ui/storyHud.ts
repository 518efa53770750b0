// The story's heads-up bar: the way out (Stories), back to an earlier moment (practice only), Settings, where the
// player is, and the customer's mood and patience. It reports what the player asked for and decides nothing.
import { button, h } from './dom.ts';
import { StoryGauges } from './storyGauges.ts';

export interface Moment {
  label: string;
  steps: number;
}

export interface StoryHudInfo {
  title: string;
  role: string;
  place: string;
  customerName: string;
  openSettings(): void;
  quit(): void;
  rewind(steps: number): void;
}

export class StoryHud {
  readonly root: HTMLElement;
  readonly gauges: StoryGauges;
  private readonly backButton: HTMLButtonElement;
  private readonly moments: HTMLElement;

  constructor(private readonly info: StoryHudInfo) {
    this.gauges = new StoryGauges(info.customerName);
    this.moments = h('div', {
      class: 'moments card',
      role: 'group',
      'aria-label': 'Go back to an earlier moment',
      hidden: true,
    });
    this.backButton = button('Go back', () => this.showMoments(this.moments.hidden !== false), {
      class: 'button back',
      'aria-expanded': 'false',
      hidden: true,
    });
    const hud = (this.root = h(
      'header',
      { class: 'hud card' },
      h(
        'div',
        { class: 'hud-buttons' },
        button('Stories', () => info.quit(), { class: 'button back' }),
        this.backButton,
        button('Settings', () => info.openSettings(), { class: 'button back' }),
      ),
      h(
        'div',
        { class: 'where' },
        h('strong', {}, info.title),
        `You are the ${info.role}`,
        h('span', { class: 'place' }, ` · ${info.place}`),
      ),
      this.gauges.mood,
      this.gauges.patience,
      this.moments,
    ));
    // The moments menu closes once focus moves on past it (Tab, or a click elsewhere): left open, it would cover
    // the stage and keep the story's keys (numbers, arrows) from working.
    hud.addEventListener('focusout', (event) => {
      if (event.relatedTarget instanceof Node && !hud.contains(event.relatedTarget)) this.showMoments(false);
    });
  }

  get momentsOpen(): boolean {
    return !this.moments.hidden;
  }

  /** Earlier moments the player may go back to (practice only); none hides the control. */
  setMoments(moments: readonly Moment[]): void {
    this.backButton.hidden = moments.length === 0;
    this.moments.replaceChildren(
      h('p', { class: 'moments-title' }, 'Go back to…'),
      ...moments.map((m, i) => button(`${i + 1}. ${m.label}`, () => this.info.rewind(m.steps), { class: 'moment' })),
    );
    this.showMoments(false);
  }

  /** Escape closes the menu and hands focus back to the button that opened it. */
  closeMoments(): void {
    this.showMoments(false);
    this.backButton.focus();
  }

  private showMoments(open: boolean): void {
    this.moments.hidden = !open;
    this.backButton.setAttribute('aria-expanded', String(open));
    if (open) this.moments.querySelector('button')?.focus();
  }
}
