// The choices as a facilitator runs them in a workshop: first a pause to discuss
// at a breakdown, then a show of hands per choice. Nothing is played by a stray
// click: clicking a choice only marks it as the room's (click again to undo), the
// hand counts name a majority, and only "Play the room's choice", which names the
// choice it will play, moves the story on. A tie waits for the facilitator's click.
import { roomDecision, type Prompt, type RoomDecision } from '../play/workshop.ts';
import type { BeatView } from '../engine/runtime.ts';
import { formatList, formatNumber, t } from '../i18n/intl.ts';
import { storyLanguageOf } from '../i18n/storyLanguage.ts';
import { button, h } from './dom.ts';
import { messageParts } from './messageParts.ts';
import './workshop.css';

export interface WorkshopHooks {
  prompts(view: BeatView): Prompt[];
  /** The room decided (or the facilitator picked a choice, with no counts). */
  decided(beat: string, counts: Record<string, number>, chosen: string, tieBroken: boolean): void;
  /** Starts the customer's patience clock, which never runs unless the facilitator says so. */
  startPatience(): void;
}

/** Renders the beat's choices for the room; returns the control that should take focus, which the caller focuses. */
export function renderWorkshopChoices(
  box: HTMLElement,
  view: BeatView,
  hooks: WorkshopHooks,
  play: (choiceId: string) => void,
): HTMLElement | null {
  const prompts = view.breakdown ? hooks.prompts(view) : [];
  if (prompts.length > 0) {
    const reveal = button(t('workshop.showChoices'), () => renderVoting(box, view, hooks, play)?.focus(), {
      class: 'button primary',
    });
    box.replaceChildren(
      h(
        'section',
        { class: 'discuss-card', 'aria-labelledby': 'discuss-title' },
        h('h2', { id: 'discuss-title' }, t('workshop.discussTitle')),
        h(
          'ol',
          { class: 'discuss-questions' },
          // The principle and its question come from the principles catalogue, each in its own language (a translation's, or English).
          ...prompts.map((p) =>
            h('li', { lang: storyLanguageOf(p.question) }, h('strong', {}, `${p.principle}: `), p.question),
          ),
        ),
        reveal,
      ),
    );
    return reveal;
  }
  return renderVoting(box, view, hooks, play);
}

/** What "Play the room's choice" would play now: the facilitator's pick, else the hands' clear winner. */
function roomChoice(picked: string | null, result: RoomDecision): string | null {
  return picked ?? (result.kind === 'winner' ? result.choice : null);
}

/** Returns the first hand count, where the facilitator starts. */
function renderVoting(
  box: HTMLElement,
  view: BeatView,
  hooks: WorkshopHooks,
  play: (choiceId: string) => void,
): HTMLElement | null {
  const counts: Record<string, number> = Object.fromEntries(view.choices.map((c) => [c.id, 0]));
  let picked: string | null = null;
  const text = (id: string) => `“${view.choices.find((c) => c.id === id)?.text ?? id}”`;
  const number = (id: string) => formatNumber(view.choices.findIndex((c) => c.id === id) + 1);
  const message = h('p', { class: 'vote-message', role: 'status' });
  const playButton = button(t('workshop.play'), () => playRoom(), { class: 'button primary play-room' });
  const cards = new Map<string, HTMLButtonElement>();

  const update = () => {
    const result = roomDecision(counts);
    const chosen = roomChoice(picked, result);
    const leaders = result.kind === 'winner' ? [result.choice] : result.kind === 'tie' ? result.choices : [];
    for (const [id, card] of cards) {
      card.setAttribute('aria-pressed', String(id === picked));
      card.classList.toggle('leading', leaders.includes(id));
    }
    playButton.replaceChildren(
      chosen
        ? h(
            'span',
            {},
            ...messageParts(
              'workshop.playChoice',
              {},
              { choice: h('span', { class: 'play-choice', lang: storyLanguageOf(text(chosen)) }, text(chosen)) },
            ),
          )
        : t('workshop.play'),
    );
    message.textContent = picked
      ? t(result.kind === 'tie' && result.choices.includes(picked) ? 'workshop.markedTieBroken' : 'workshop.marked', {
          number: number(picked),
        })
      : result.kind === 'winner'
        ? t('workshop.mostHands', { number: number(result.choice) })
        : result.kind === 'tie'
          ? t('workshop.tie', { choices: formatList(result.choices.map(number)) })
          : t('workshop.countHands');
  };
  const decide = (chosen: string, result: RoomDecision) => {
    box
      .querySelectorAll('button, input')
      .forEach((el) => ((el as HTMLButtonElement | HTMLInputElement).disabled = true));
    const tieBroken = result.kind === 'tie' && result.choices.includes(chosen);
    hooks.decided(view.beat, result.kind === 'no-votes' ? {} : { ...counts }, chosen, tieBroken);
    play(chosen);
  };
  const playRoom = () => {
    const result = roomDecision(counts);
    const chosen = roomChoice(picked, result);
    if (chosen) return decide(chosen, result);
    message.textContent =
      result.kind === 'tie' ? `${t('workshop.notPlayedTie')} ${message.textContent}` : t('workshop.notPlayed');
  };

  const rows = view.choices.map((choice, i) => {
    const input = h('input', {
      type: 'number',
      min: 0,
      max: 999,
      value: 0,
      inputmode: 'numeric',
      'aria-label': t('workshop.handsFor', { number: formatNumber(i + 1), choice: choice.text }),
    });
    const set = (n: number) => {
      counts[choice.id] = Math.max(0, Math.min(999, Math.floor(n) || 0));
      input.value = String(counts[choice.id]);
      update();
    };
    input.addEventListener('input', () => set(Number(input.value)));
    const card = button(
      [
        h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)),
        h('span', { lang: storyLanguageOf(choice.text) }, choice.text),
      ],
      () => {
        picked = picked === choice.id ? null : choice.id;
        update();
      },
      { class: 'choice', 'data-choice': choice.id, 'aria-pressed': 'false' },
    );
    cards.set(choice.id, card);
    return h(
      'div',
      { class: 'vote-row' },
      card,
      h(
        'div',
        { class: 'stepper' },
        button('−', () => set((counts[choice.id] ?? 0) - 1), {
          class: 'step',
          'aria-label': t('workshop.handFewer', { number: formatNumber(i + 1) }),
        }),
        input,
        button('+', () => set((counts[choice.id] ?? 0) + 1), {
          class: 'step',
          'aria-label': t('workshop.handMore', { number: formatNumber(i + 1) }),
        }),
      ),
    );
  });
  update();
  box.replaceChildren(
    h('p', { class: 'choices-prompt' }, t('workshop.prompt')),
    ...rows,
    h(
      'div',
      { class: 'vote-actions' },
      playButton,
      view.patienceSeconds !== null &&
        button(
          t('workshop.startPatience', { seconds: formatNumber(view.patienceSeconds) }),
          () => hooks.startPatience(),
          {
            class: 'button',
          },
        ),
    ),
    message,
  );
  return box.querySelector<HTMLElement>('input');
}
