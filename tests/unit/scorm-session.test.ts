// The page starts one LMS session: its first program may begin it to see whether a launch opens a new play
// (src/app/opening.ts), and the reporter then speaks through that same session (connectScorm).
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { connectScorm, holdsNoProgress, type Scorm12Api, type Scorm2004Api } from '../../src/lms/scorm/scormApi.ts';

function counted(version: '1.2' | '2004', kept: Record<string, string> = {}) {
  const api = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  api.loadFromFlattenedJSON(kept, '');
  const calls: string[] = [];
  for (const name of ['Initialize', 'LMSInitialize', 'Terminate', 'LMSFinish'])
    api.on(name, () => void calls.push(name));
  return { api: api as unknown as Scorm12Api | Scorm2004Api, calls };
}
const log = () => undefined;

describe.each(['1.2', '2004'] as const)('the SCORM %s session', (version) => {
  const init = version === '1.2' ? 'LMSInitialize' : 'Initialize';

  it('is begun once per page, whoever asks first, and anew only after it has ended', () => {
    const { api, calls } = counted(version);
    const early = connectScorm(api, version, log);
    const later = connectScorm(api, version, log);
    expect(later).toBe(early);
    expect(calls).toEqual([init]);
    expect(early?.finish()).toBe(true);
    expect(early?.open).toBe(false);
    expect(connectScorm(api, version, log)).not.toBe(early);
  });

  it('holds no progress on a first entry or with nothing suspended, and some when a play was suspended', () => {
    const entry = version === '1.2' ? 'cmi.core.entry' : 'cmi.entry';
    const session = (kept?: Record<string, string>) => connectScorm(counted(version, kept).api, version, log)!;
    expect(holdsNoProgress(session())).toBe(true);
    const suspended = session({ [entry]: 'resume', 'cmi.suspend_data': '{"v":1}' });
    expect(holdsNoProgress(suspended)).toBe(false);
    const firstEntry = session({ [entry]: 'ab-initio', 'cmi.suspend_data': '{"v":1}' });
    expect(holdsNoProgress(firstEntry)).toBe(true);
  });
});
