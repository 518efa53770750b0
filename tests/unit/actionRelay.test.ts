// A screen shown before the stage (src/app/earlyScreens.ts) holds the first press that needs the stage and
// hands it to the scene once; the scene's own actions are what run.
import { describe, expect, it } from 'vitest';
import { relay } from '../../src/app/actionRelay.ts';

interface Moves {
  play(id: string): void;
  showProfile(): void;
  openSettings(): void;
}

function recorder(log: string[], who: string): Moves {
  return {
    play: (id) => log.push(`${who} play ${id}`),
    showProfile: () => log.push(`${who} profile`),
    openSettings: () => log.push(`${who} settings`),
  };
}

describe('a relay of a screen’s actions', () => {
  it('holds the first press until adopted, runs it once through the adopter, and drops later presses meanwhile', () => {
    const log: string[] = [];
    const said: string[] = [];
    const { actions, adopt } = relay<Moves>({}, (text) => said.push(text));
    actions.play('pub');
    actions.showProfile();
    actions.play('gym');
    expect(log).toEqual([]);
    expect(said).toEqual(['Setting the stage…']);
    adopt(recorder(log, 'scene'));
    expect(log).toEqual(['scene play pub']);
    // Once adopted, every press goes straight to the scene.
    actions.showProfile();
    expect(log).toEqual(['scene play pub', 'scene profile']);
  });

  it('runs the actions that need no stage at once, holding nothing', () => {
    const log: string[] = [];
    const { actions, adopt } = relay<Moves>({ openSettings: () => log.push('page settings') }, () => log.push('said'));
    actions.openSettings();
    expect(log).toEqual(['page settings']);
    adopt(recorder(log, 'scene'));
    expect(log).toEqual(['page settings']);
  });
});
