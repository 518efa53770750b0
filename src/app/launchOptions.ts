// What the page address asks for: ?scenario=ID to open a story straight away,
// ?seed=abc to replay the same variations (a facilitator's "same shift"),
// ?track=ID to open a new-hire track (how an LMS package launches one).

export interface LaunchOptions {
  scenario: string | null;
  seed: string | null;
  track: string | null;
}

export function readLaunchOptions(search: string): LaunchOptions {
  const params = new URLSearchParams(search);
  const clean = (value: string | null) => (value && /^[a-z0-9-]{1,64}$/i.test(value) ? value : null);
  return { scenario: clean(params.get('scenario')), seed: clean(params.get('seed')), track: clean(params.get('track')) };
}
