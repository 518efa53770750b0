// The choices as a facilitator runs them in a workshop: first a pause to discuss
// at a breakdown, then a show of hands per choice; the majority is played and a
// tie goes to the facilitator. Nothing here moves on by itself.
import { roomDecision, type Prompt } from '../app/workshop.ts';
import type { BeatView } from '../engine/index.ts';
import { button, h } from './dom.ts';

export interface WorkshopHooks {
  prompts(view: BeatView): Prompt[];
  /** The room decided (or the facilitator played a choice directly, with no counts). */
  decided(beat: string, counts: Record<string, number>, chosen: string, tieBroken: boolean): void;
  /** Starts the customer's patience clock, which never runs unless the facilitator says so. */
  startPatience(): void;
}

/** Renders the beat's choices for the room; returns the control that should take focus, which the caller focuses. */
export function renderWorkshopChoices(box: HTMLElement, view: BeatView, hooks: WorkshopHooks, play: (choiceId: string) => void): HTMLElement | null {
  const prompts = view.breakdown ? hooks.prompts(view) : [];
  if (prompts.length > 0) {
    const reveal = button('Show the choices', () => renderVoting(box, view, hooks, play)?.focus(), { class: 'button primary' });
    box.replaceChildren(
      h(
        'section',
        { class: 'discuss-card', 'aria-labelledby': 'discuss-title' },
        h('h2', { id: 'discuss-title' }, 'Pause and discuss'),
        h('ol', { class: 'discuss-questions' }, ...prompts.map((p) => h('li', {}, h('strong', {}, `${p.principle}: `), p.question))),
        reveal,
      ),
    );
    return reveal;
  }
  return renderVoting(box, view, hooks, play);
}

/** Returns the first hand count, where the facilitator starts. */
function renderVoting(box: HTMLElement, view: BeatView, hooks: WorkshopHooks, play: (choiceId: string) => void): HTMLElement | null {
  const counts: Record<string, number> = Object.fromEntries(view.choices.map((c) => [c.id, 0]));
  const message = h('p', { class: 'vote-message', role: 'status' });
  const decide = (chosen: string, tieBroken: boolean, withCounts: boolean) => {
    box.querySelectorAll('button, input').forEach((el) => ((el as HTMLButtonElement | HTMLInputElement).disabled = true));
    hooks.decided(view.beat, withCounts ? { ...counts } : {}, chosen, tieBroken);
    play(chosen);
  };
  const rows = view.choices.map((choice, i) => {
    const input = h('input', { type: 'number', min: 0, max: 999, value: 0, inputmode: 'numeric', 'aria-label': `Hands for choice ${i + 1}: ${choice.text}` });
    const set = (n: number) => {
      counts[choice.id] = Math.max(0, Math.min(999, Math.floor(n) || 0));
      input.value = String(counts[choice.id]);
    };
    input.addEventListener('input', () => set(Number(input.value)));
    return h(
      'div',
      { class: 'vote-row' },
      button([h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)), h('span', {}, choice.text)], () => decide(choice.id, false, false), {
        class: 'choice',
        'data-choice': choice.id,
      }),
      h(
        'div',
        { class: 'stepper' },
        button('−', () => set((counts[choice.id] ?? 0) - 1), { class: 'step', 'aria-label': `One hand fewer for choice ${i + 1}` }),
        input,
        button('+', () => set((counts[choice.id] ?? 0) + 1), { class: 'step', 'aria-label': `One more hand for choice ${i + 1}` }),
      ),
    );
  });
  const playRoom = button("Play the room's choice", () => {
    const result = roomDecision(counts);
    if (result.kind === 'winner') return decide(result.choice, false, true);
    if (result.kind === 'no-votes') {
      message.textContent = 'Enter the show of hands first, or click a choice to play it directly.';
      return;
    }
    const tied = view.choices.filter((c) => result.choices.includes(c.id));
    message.replaceChildren(
      `A tie between ${tied.map((c) => `“${c.text}”`).join(' and ')}. Facilitator, pick one:`,
      ...tied.map((c) => button(`Play: ${c.text}`, () => decide(c.id, true, true), { class: 'button tie-pick' })),
    );
  }, { class: 'button primary' });
  box.replaceChildren(
    h('p', { class: 'choices-prompt' }, 'What does the room do? Count the hands for each choice.'),
    ...rows,
    h(
      'div',
      { class: 'debrief-actions' },
      playRoom,
      view.patienceSeconds !== null && button(`Start the customer's patience (${view.patienceSeconds} s)`, () => hooks.startPatience(), { class: 'button' }),
    ),
    message,
  );
  return box.querySelector<HTMLElement>('input');
}
