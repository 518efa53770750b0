// The track's verdict on one play, shown on the debrief of a track story: whether this play reached the
// story's passing grade, and so whether the story now counts as passed for the track.
import { passes, type Grade } from '../engine/runtime.ts';
import type { MessageId } from '../i18n/catalog.ts';
import { t } from '../i18n/intl.ts';
import { h } from './dom.ts';
import { storyWords, tParts } from './messageParts.ts';
import './track.css';

export interface TrackVerdictFacts {
  trackTitle: string;
  grade: Grade;
  /** The grade this story needs in the track. */
  bar: Grade;
  /** The best grade from earlier plays in the track, if any. */
  earlierBest: Grade | null;
}

/** The verdict's heading and the sentence after the grade sentence, as catalogue messages. */
function trackVerdictMessages({ grade, bar, earlierBest }: TrackVerdictFacts): {
  passed: boolean;
  heading: MessageId;
  then: string | null;
} {
  if (passes(grade, bar)) return { passed: true, heading: 'track.verdict.passed', then: null };
  if (earlierBest && passes(earlierBest, bar))
    return {
      passed: true,
      heading: 'track.verdict.notThisTime',
      then: t('track.verdict.stillCounts', { earlier: earlierBest }),
    };
  return { passed: false, heading: 'track.verdict.notYet', then: t('track.verdict.tryAgain') };
}

export function trackVerdict(facts: TrackVerdictFacts): { element: HTMLElement; text: string } {
  const { passed, heading, then } = trackVerdictMessages(facts);
  const need = { bar: facts.bar, grade: facts.grade };
  const element = h(
    'p',
    { class: `track-verdict ${passed && passes(facts.grade, facts.bar) ? 'passed' : 'not-passed'}` },
    h('strong', {}, `${t(heading)} `),
    // The track's title is the story's own words, marked as such inside the translated sentence.
    ...tParts('track.verdict.need', { ...need, track: storyWords(facts.trackTitle) }),
    then && ` ${then}`,
  );
  const text = [t(heading), t('track.verdict.need', { ...need, track: facts.trackTitle }), then].filter(Boolean);
  return { element, text: text.join(' ') };
}
