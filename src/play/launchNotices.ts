// What a page load could not do as its address asked, in plain words: a story or track the game does not
// have, a seed that is not one, a story in progress that is no longer in the library. Worked out from the
// address as written and from what firstScreen decided, so each notice says what was asked and what happened.
import type { FirstScreen, KnownContent } from './firstScreen.ts';
import type { LaunchOptions } from './launchOptions.ts';
import type { InProgress } from './progress/progressSchema.ts';
import { t } from '../i18n/intl.ts';

/** A value from the address, cut short: the message puts it in its language's quotes. */
const shortened = (value: string) => (value.length > 64 ? `${value.slice(0, 64)}…` : value);

/** What opened instead, as the `instead` choice of the notices' messages. */
function instead(first: FirstScreen): string {
  if (first.kind === 'story') return first.data.steps !== undefined ? 'resumed' : 'story';
  return first.kind;
}

export function launchNotices(
  search: string,
  launch: LaunchOptions,
  current: InProgress | null,
  first: FirstScreen,
  content: KnownContent,
): string[] {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const scenario = params.get('scenario');
  if (
    scenario !== null &&
    (launch.scenario === null ||
      (content.playable(launch.scenario) === null && content.broken(launch.scenario) === null))
  ) {
    notices.push(t('notices.launch.story', { name: shortened(scenario), instead: instead(first) }));
  }
  const track = params.get('track');
  if (track !== null && (launch.track === null || !content.hasTrack(launch.track))) {
    notices.push(t('notices.launch.track', { name: shortened(track), instead: instead(first) }));
  }
  const seed = params.get('seed');
  if (seed !== null && launch.seed === null) {
    const fresh = first.kind === 'story' && first.data.steps === undefined ? first.data.seed : null;
    notices.push(
      t('notices.launch.seed', {
        seed: shortened(seed),
        outcome: fresh === null ? 'unused' : 'fresh',
        fresh: shortened(fresh ?? ''),
      }),
    );
  }
  const resumed = first.kind === 'story' && first.data.steps !== undefined;
  if (
    current &&
    !resumed &&
    content.playable(current.scenarioId) !== current.scenarioId &&
    !launch.scenario &&
    !launch.track
  ) {
    notices.push(t('notices.launch.gone', { name: shortened(current.scenarioId) }));
  }
  return notices;
}
