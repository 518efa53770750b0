// The track's verdict on one play, shown on the debrief of a track story: whether this play reached the
// story's passing grade, and so whether the story now counts as passed for the track.
import { passes, type Grade } from '../engine/runtime.ts';
import { h } from './dom.ts';
import './track.css';

export interface TrackVerdictFacts {
  trackTitle: string;
  grade: Grade;
  /** The grade this story needs in the track. */
  bar: Grade;
  /** The best grade from earlier plays in the track, if any. */
  earlierBest: Grade | null;
}

function trackVerdictText({ trackTitle, grade, bar, earlierBest }: TrackVerdictFacts): {
  passed: boolean;
  heading: string;
  detail: string;
} {
  const need = `This story needs ${bar} or better in “${trackTitle}”, and this play got ${grade}.`;
  if (passes(grade, bar)) return { passed: true, heading: 'Passed', detail: need };
  if (earlierBest && passes(earlierBest, bar))
    return {
      passed: true,
      heading: 'Not passed this time',
      detail: `${need} Your earlier ${earlierBest} still counts, so the story stays passed.`,
    };
  return {
    passed: false,
    heading: 'Not passed yet',
    detail: `${need} Try it again from the track: your best grade counts.`,
  };
}

export function trackVerdict(facts: TrackVerdictFacts): { element: HTMLElement; text: string } {
  const { passed, heading, detail } = trackVerdictText(facts);
  const element = h(
    'p',
    { class: `track-verdict ${passed && passes(facts.grade, facts.bar) ? 'passed' : 'not-passed'}` },
    h('strong', {}, `${heading}. `),
    detail,
  );
  return { element, text: `${heading}. ${detail}` };
}
