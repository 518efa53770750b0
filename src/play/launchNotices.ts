// What a page load could not do as its address asked, in plain words: a story or track the game does not
// have, a seed that is not one, a story in progress that is no longer in the library. Worked out from the
// address as written and from what firstScreen decided, so each notice says what was asked and what happened.
import type { FirstScreen, KnownContent } from './firstScreen.ts';
import type { LaunchOptions } from './launchOptions.ts';
import type { InProgress } from './progress/progressSchema.ts';

const quoted = (value: string) => `“${value.length > 64 ? `${value.slice(0, 64)}…` : value}”`;

function instead(first: FirstScreen): string {
  if (first.kind === 'story')
    return first.data.steps !== undefined ? 'so your story in progress carries on' : 'so the story opens without it';
  if (first.kind === 'track') return 'so the track opens';
  if (first.kind === 'errors') return 'so that story’s problems are shown';
  return 'so the list of stories is open instead';
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
    notices.push(`The link asked for the story ${quoted(scenario)}, which this game does not have, ${instead(first)}.`);
  }
  const track = params.get('track');
  if (track !== null && (launch.track === null || !content.hasTrack(launch.track))) {
    notices.push(`The link asked for the track ${quoted(track)}, which this game does not have, ${instead(first)}.`);
  }
  const seed = params.get('seed');
  if (seed !== null && launch.seed === null) {
    const what =
      first.kind === 'story' && first.data.steps === undefined
        ? `so this play has a new seed, ${quoted(first.data.seed)}`
        : 'so it was not used';
    notices.push(
      `The link’s seed ${quoted(seed)} is not a seed (letters, digits and dashes, up to 64 of them), ${what}.`,
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
    notices.push(
      `Your story in progress, ${quoted(current.scenarioId)}, is no longer in this game’s library, so it cannot carry on. Your finished plays are all kept.`,
    );
  }
  return notices;
}
