// The two gauges in the story's heads-up bar: the customer's mood (a meter that names the mood) and their
// patience (a timer that drains while the player decides, shown only when a beat has one).
import type { Expression } from '../engine/index.ts';
import { h } from './dom.ts';
import { MOOD_WORDS } from './levels.ts';

export class StoryGauges {
  readonly mood: HTMLElement;
  readonly patience: HTMLElement;
  private readonly moodFill = h('div', { class: 'gauge-fill mood-fill' });
  private readonly moodWord = h('span', {}, '');
  private readonly patienceFill = h('div', { class: 'gauge-fill patience-fill' });

  constructor(customerName: string) {
    this.mood = h(
      'div',
      { class: 'gauge mood', role: 'meter', 'aria-label': `${customerName}'s mood`, 'aria-valuemin': 0, 'aria-valuemax': 100 },
      h('div', { class: 'gauge-label' }, h('span', {}, `${customerName}'s mood`), this.moodWord),
      h('div', { class: 'gauge-track' }, this.moodFill),
    );
    this.patience = h(
      'div',
      { class: 'gauge patience', role: 'timer', 'aria-label': `${customerName}'s patience`, hidden: true },
      h('div', { class: 'gauge-label' }, h('span', {}, `${customerName}'s patience`)),
      h('div', { class: 'gauge-track' }, this.patienceFill),
    );
  }

  setMood(mood: number, expression: Expression): void {
    this.moodFill.style.width = `${mood}%`;
    this.moodFill.style.backgroundPosition = `${-mood}% 0`;
    this.moodWord.textContent = MOOD_WORDS[expression];
    this.mood.setAttribute('aria-valuenow', String(mood));
    this.mood.setAttribute('aria-valuetext', `${MOOD_WORDS[expression]}, ${mood} out of 100`);
  }

  startPatience(seconds: number): void {
    this.patience.hidden = false;
    this.patienceFill.style.transition = 'none';
    this.patienceFill.style.width = '100%';
    // Force a style flush so the drain starts from full.
    void this.patienceFill.offsetWidth;
    this.patienceFill.style.transition = `width ${seconds}s linear`;
    this.patienceFill.style.width = '0%';
  }

  stopPatience(): void {
    this.patience.hidden = true;
    this.patienceFill.style.transition = 'none';
  }
}
