// The two gauges in the story's heads-up bar: the customer's mood (a meter that names the mood) and their
// patience (a timer that drains while the player decides, shown only when a beat has one), with the player's
// time limits setting beside it in every story that has a timer, and the pause and change controls.
// The session drives the patience (storySession.ts, patienceTimer.ts); this only shows it.
import type { Expression } from '../engine/runtime.ts';
import type { MessageId } from '../i18n/catalog.ts';
import { locale, t } from '../i18n/intl.ts';
import type { TimeLimits } from '../play/settings/settingsStore.ts';
import { button, h } from './dom.ts';
import { MOOD_WORDS } from './levels.ts';
import { withStoryText } from './storyText.ts';

/** What the patience controls do; set by the story session. */
export interface PatienceActions {
  togglePause(): void;
  changeTimeLimits(): void;
}

const TIME_LIMIT_NOTES: Record<TimeLimits, MessageId> = {
  off: 'story.timeLimits.off',
  normal: 'story.timeLimits.normal',
  double: 'story.timeLimits.double',
};

export class StoryGauges {
  readonly mood: HTMLElement;
  readonly patience: HTMLElement;
  private readonly moodFill = h('div', { class: 'gauge-fill mood-fill' });
  private readonly moodWord = h('span', {}, '');
  private readonly patienceFill = h('div', { class: 'gauge-fill patience-fill' });
  private readonly patienceGauge: HTMLElement;
  private readonly patienceLeft = h('span', { class: 'patience-left' }, '');
  private readonly pauseButton: HTMLButtonElement;
  private readonly timeNote: HTMLElement;
  private readonly timeNoteText = h('span', {}, '');
  private readonly moodName = h('span', {}, '');
  private readonly patienceName = h('span', {}, '');
  private readonly changeButton: HTMLButtonElement;
  /** What is shown, kept so it can be said again in another language (relabel). */
  private shown: {
    setting: TimeLimits | null;
    mood: [number, Expression] | null;
    patience: [number, number, { paused: boolean; stepwise: boolean }] | null;
  } = { setting: null, mood: null, patience: null };
  /** The seconds, pause and language the patience's words were last made for. */
  private saidPatience = '';
  actions: PatienceActions = { togglePause: () => undefined, changeTimeLimits: () => undefined };

  constructor(private readonly customerName: string) {
    this.mood = h(
      'div',
      { class: 'gauge mood', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100 },
      h('div', { class: 'gauge-label' }, this.moodName, this.moodWord),
      h('div', { class: 'gauge-track' }, this.moodFill),
    );
    this.patienceGauge = h(
      'div',
      { class: 'gauge patience', role: 'timer', hidden: true },
      h('div', { class: 'gauge-label' }, this.patienceName, this.patienceLeft),
      h('div', { class: 'gauge-track' }, this.patienceFill),
    );
    this.pauseButton = button('', () => this.actions.togglePause(), {
      class: 'button patience-pause',
      'aria-keyshortcuts': 'P',
      hidden: true,
    });
    this.changeButton = button('', () => this.actions.changeTimeLimits(), { class: 'button patience-change' });
    this.timeNote = h('span', { class: 'time-note', hidden: true }, this.timeNoteText, ' ', this.changeButton);
    this.patience = h(
      'div',
      { class: 'patience-box', hidden: true },
      this.patienceGauge,
      h('p', { class: 'patience-controls' }, this.pauseButton, ' ', this.timeNote),
    );
    this.relabel();
  }

  /** Says everything shown again in the page's language (drawn first, and again when the language changes). */
  relabel(): void {
    const name = this.customerName;
    this.mood.setAttribute('aria-label', t('story.gauge.mood', { name }));
    this.moodName.replaceChildren(...withStoryText('story.gauge.mood', { name }, ['name']));
    this.patienceGauge.setAttribute('aria-label', t('story.gauge.patience', { name }));
    this.patienceName.replaceChildren(...withStoryText('story.gauge.patience', { name }, ['name']));
    // Cut short with an ellipsis in a narrow bar (a long name or translation): the whole of it shows on hover.
    this.moodName.title = t('story.gauge.mood', { name });
    this.patienceName.title = t('story.gauge.patience', { name });
    this.pauseButton.textContent = t('story.gauge.pause');
    // The name starts with the visible word, so a voice command of what is seen finds it (WCAG 2.5.3).
    this.changeButton.textContent = t('story.gauge.change');
    this.changeButton.setAttribute('aria-label', t('story.gauge.changeTimeLimits'));
    const { setting, mood, patience } = this.shown;
    if (setting) this.showTimeLimits(setting);
    if (mood) this.setMood(...mood);
    if (patience && !this.patienceGauge.hidden) this.showPatience(...patience);
  }

  /** The player's time limits, shown in every story with a timer (null: this story has none). */
  showTimeLimits(setting: TimeLimits | null): void {
    this.timeNote.hidden = setting === null;
    this.patience.hidden = setting === null && this.patienceGauge.hidden;
    this.shown.setting = setting;
    if (setting) this.timeNoteText.textContent = t(TIME_LIMIT_NOTES[setting]);
  }

  setMood(mood: number, expression: Expression): void {
    this.moodFill.style.width = `${mood}%`;
    this.shown.mood = [mood, expression];
    this.moodWord.textContent = MOOD_WORDS[expression];
    this.mood.setAttribute('aria-valuenow', String(mood));
    this.mood.setAttribute('aria-valuetext', t('story.gauge.moodValue', { mood: MOOD_WORDS[expression], value: mood }));
  }

  /**
   * The patience left, drawn every frame by the session. Set straight, never by a CSS transition: reduced motion
   * turns transitions off, and a bar left to a transition then showed empty from the start. Stepwise draws it a
   * whole second at a time, so with reduced motion it moves in steps rather than glides.
   */
  showPatience(remainingMs: number, totalMs: number, state: { paused: boolean; stepwise: boolean }): void {
    this.shown.patience = [remainingMs, totalMs, state];
    const seconds = Math.ceil(remainingMs / 1000);
    const shown = state.stepwise ? Math.min(totalMs, seconds * 1000) : remainingMs;
    this.patienceGauge.hidden = false;
    this.patience.hidden = false;
    this.pauseButton.hidden = false;
    this.patienceFill.style.transition = 'none';
    // Drawn every frame: only what changed is touched, so the page (and a screen reader) sees no needless changes.
    setIfChanged(this.patienceFill.style, 'width', `${totalMs > 0 ? (shown / totalMs) * 100 : 0}%`);
    // The words are made only when the second, the pause or the language changed, not sixty times a second.
    const said = `${seconds} ${state.paused} ${locale()}`;
    if (said === this.saidPatience) return;
    this.saidPatience = said;
    const left = state.paused
      ? t('story.gauge.pausedSecondsLeft', { seconds })
      : t('story.gauge.secondsLeft', { seconds });
    setIfChanged(this.patienceLeft, 'textContent', left);
    setIfChanged(this.pauseButton, 'textContent', t(state.paused ? 'story.gauge.resume' : 'story.gauge.pause'));
  }

  stopPatience(): void {
    this.saidPatience = '';
    this.patienceGauge.hidden = true;
    this.pauseButton.hidden = true;
    this.patience.hidden = this.timeNote.hidden;
    this.patienceFill.style.transition = 'none';
  }
}

function setIfChanged<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  if (target[key] !== value) target[key] = value;
}
