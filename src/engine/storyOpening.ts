// A story's opening beat, worked out ahead of time so the page can show it before the engine has loaded.
// That is only honest when every play opens the same way: a seed changes a play only through the
// variations it rolls, so the opening is kept when every combination of variations opens with the same
// view, and refused (null) when any differs or when not every combination could be reached to check, or when the
// story is not written in English.
import type { Catalogue } from './catalogue.ts';
import type { BeatView } from './presentBeat.ts';
import { primaryLanguage, type Scenario } from './schema.ts';
import { rollVariations } from './seededRandom.ts';
import { createStoryPlayer } from './storyPlayer.ts';

/** What the page needs to show a story's first beat with no engine: the screen's heading and the beat. */
export interface StoryOpening {
  title: string;
  role: string;
  place: string;
  customerName: string;
  /** The beat, its choices in the file's order: the page orders them for its seed with orderChoices. */
  view: BeatView;
  /** Choices that keep their place in that order. */
  pinned: string[];
}

export function customerNameOf(scenario: Scenario): string {
  return scenario.cast[scenario.customer]?.name ?? 'The customer';
}

/** Seeds tried to reach every combination of variations; a rare combination not met means no opening. */
const SEEDS_TO_TRY = 4000;

export function storyOpening(scenario: Scenario, catalogue: Catalogue): StoryOpening | null {
  // The page shows an opening only while it speaks English, before a translation or the marks saying the words'
  // language have loaded: a story written in another language opens with them, as the rest of the game does.
  if (scenario.language && primaryLanguage(scenario.language) !== 'en') return null;
  const view = sameOpeningView(scenario, catalogue);
  const pinned = view ? (scenario.beats[view.beat]?.choices ?? []).filter((c) => c.pin).map((c) => c.id) : [];
  return (
    view && {
      title: scenario.title,
      role: scenario.role,
      place: scenario.setting.place,
      customerName: customerNameOf(scenario),
      view,
      pinned,
    }
  );
}

function sameOpeningView(scenario: Scenario, catalogue: Catalogue): BeatView | null {
  const rolls = Object.values(scenario.variations ?? {});
  const combinations = rolls.reduce((n, options) => n * options.filter((o) => o.weight > 0).length, 1);
  const seen = new Map<string, string>();
  for (let i = 0; i < SEEDS_TO_TRY && seen.size < combinations; i++) {
    const seed = `opening-${i}`;
    const key = JSON.stringify(rollVariations(scenario.variations, seed));
    if (!seen.has(key)) seen.set(key, seed);
  }
  if (seen.size < combinations) return null;
  let opening: BeatView | null = null;
  for (const seed of seen.values()) {
    const player = createStoryPlayer(scenario, catalogue, { seed });
    const view = inFileOrder(scenario, player.view());
    player.stop();
    if (opening && JSON.stringify(view) !== JSON.stringify(opening)) return null;
    opening ??= view;
  }
  return opening;
}

/** A view with its choices back in the file's order, so views that differ only by their seed's shuffle compare equal. */
function inFileOrder(scenario: Scenario, view: BeatView): BeatView {
  const order = (scenario.beats[view.beat]?.choices ?? []).map((c) => c.id);
  return { ...view, choices: [...view.choices].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)) };
}
