// What the page address asks for: ?scenario=ID to open a story straight away,
// ?seed=abc to replay the same variations (a facilitator's "same shift").

export interface LaunchOptions {
  scenario: string | null;
  seed: string | null;
}

export function readLaunchOptions(search: string): LaunchOptions {
  const params = new URLSearchParams(search);
  const clean = (value: string | null) => (value && /^[a-z0-9-]{1,64}$/i.test(value) ? value : null);
  return { scenario: clean(params.get('scenario')), seed: clean(params.get('seed')) };
}
