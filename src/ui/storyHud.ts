// The story's heads-up bar: the way out (Stories; Back to the studio for a try), back to an earlier moment
// (practice only), Settings, where the player is, and the customer's mood and patience. It reports what the player
// asked for and decides nothing.
import type { StoryLeavesFor } from '../play/playSession.ts';
import { t } from '../i18n/intl.ts';
import { button, h } from './dom.ts';
import { StoryGauges } from './storyGauges.ts';
import { storyText, withStoryText } from './storyText.ts';

export interface Moment {
  label: string;
  steps: number;
}

export interface StoryHudInfo {
  title: string;
  role: string;
  place: string;
  customerName: string;
  /** Where the first button leaves for. */
  leavesFor?: StoryLeavesFor | undefined;
  openSettings(): void;
  quit(): void;
  rewind(steps: number): void;
}

export class StoryHud {
  readonly root: HTMLElement;
  readonly gauges: StoryGauges;
  private readonly backButton: HTMLButtonElement;
  private readonly moments: HTMLElement;
  private readonly storiesButton: HTMLButtonElement;
  private readonly settingsButton: HTMLButtonElement;
  private readonly where: HTMLElement;
  private shownMoments: readonly Moment[] = [];

  constructor(private readonly info: StoryHudInfo) {
    this.gauges = new StoryGauges(info.customerName);
    this.moments = h('div', { class: 'moments card', role: 'group', hidden: true });
    this.backButton = button('', () => this.showMoments(this.moments.hidden !== false), {
      class: 'button back',
      'aria-expanded': 'false',
      hidden: true,
    });
    this.storiesButton = button('', () => info.quit(), { class: 'button back' });
    this.settingsButton = button('', () => info.openSettings(), { class: 'button back' });
    this.where = h('div', { class: 'where' });
    const hud = (this.root = h(
      'header',
      { class: 'hud card' },
      h('div', { class: 'hud-buttons' }, this.storiesButton, this.backButton, this.settingsButton),
      this.where,
      this.gauges.mood,
      this.gauges.patience,
      this.moments,
    ));
    // The moments menu closes once focus moves on past it (Tab, or a click elsewhere): left open, it would cover
    // the stage and keep the story's keys (numbers, arrows) from working.
    hud.addEventListener('focusout', (event) => {
      if (event.relatedTarget instanceof Node && !hud.contains(event.relatedTarget)) this.showMoments(false);
    });
    this.relabel();
  }

  /** The bar's words in the page's language (drawn first, and again when the language changes); focus stays put. */
  relabel(): void {
    const { title, role, place } = this.info;
    this.storiesButton.textContent = t(this.info.leavesFor === 'studio' ? 'story.hud.studio' : 'story.hud.stories');
    this.backButton.textContent = t('story.hud.goBack');
    this.settingsButton.textContent = t('story.hud.settings');
    this.moments.setAttribute('aria-label', t('story.hud.momentsGroup'));
    this.where.replaceChildren(
      storyText('strong', title),
      ...withStoryText('story.hud.youAre', { role }, ['role']),
      h('span', { class: 'place' }, ...withStoryText('story.hud.place', { place }, ['place'])),
    );
    // The role and place line is cut short with an ellipsis when the bar is narrow (a long translation, large
    // text): the whole of it shows on hover, and a screen reader reads it whole from the page anyway.
    this.where.title = [...this.where.children].map((part) => part.textContent).join(' ');
    this.moments.querySelector('.moments-title')?.replaceChildren(t('story.hud.momentsTitle'));
    this.moments.querySelectorAll('button.moment').forEach((b, i) => {
      const moment = this.shownMoments[i];
      if (moment) b.replaceChildren(...this.momentLabel(moment, i));
    });
    this.gauges.relabel();
  }

  private momentLabel(moment: Moment, index: number): (string | Node)[] {
    return withStoryText('story.hud.moment', { number: index + 1, label: moment.label }, ['label']);
  }

  get momentsOpen(): boolean {
    return !this.moments.hidden;
  }

  /** Earlier moments the player may go back to (practice only); none hides the control. */
  setMoments(moments: readonly Moment[]): void {
    this.backButton.hidden = moments.length === 0;
    this.shownMoments = moments;
    this.moments.replaceChildren(
      h('p', { class: 'moments-title' }, t('story.hud.momentsTitle')),
      ...moments.map((m, i) => button(this.momentLabel(m, i), () => this.info.rewind(m.steps), { class: 'moment' })),
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
