// The player's settings: one table is their schema; a record that breaks it is kept aside, never lost.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  openSettingsStore,
  readSettings,
  SETTINGS_KEY,
} from '../../src/play/settings/settingsStore.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('reading settings', () => {
  it('fills each missing setting with its default: sound off until the player turns it on, reading aloud off, time limits as the story sets them, the browser’s language', () => {
    expect(readSettings({ version: 2 })).toEqual({
      version: 2,
      textSize: 'standard',
      revealSpeed: 'standard',
      motion: 'system',
      contrast: 'standard',
      sound: false,
      readAloud: false,
      timeLimits: 'normal',
      language: 'auto',
    });
    expect(readSettings({ version: 2, language: 'ar' })?.language).toBe('ar');
    expect(readSettings({ version: 2, language: 'fr' })).toBeNull();
    expect(readSettings({ version: 2, textSize: 'largest', sound: true, timeLimits: 'off' })).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 'largest',
      sound: true,
      timeLimits: 'off',
    });
    expect(DEFAULT_SETTINGS.sound).toBe(false);
  });

  it('reads a version 1 record as it meant: its sound choice kept (on when it never said), time limits normal', () => {
    expect(readSettings({ version: 1 })).toEqual({ ...DEFAULT_SETTINGS, sound: true });
    expect(readSettings({ version: 1, textSize: 'largest', sound: false })).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 'largest',
      sound: false,
    });
    expect(readSettings({ version: 1, sound: true, motion: 'reduced' })).toEqual({
      ...DEFAULT_SETTINGS,
      sound: true,
      motion: 'reduced',
    });
  });

  it.each([
    ['not an object', 'large'],
    ['null', null],
    ['an array', [1]],
    ['no version', { textSize: 'large' }],
    ['another version', { version: 3 }],
    ['a time limit not on the list', { version: 2, timeLimits: 'triple' }],
    ['a time limit in a version 1 record (it had none)', { version: 1, timeLimits: 'typo' }],
    ['a value not on the list', { version: 1, textSize: 'huge' }],
    ['a value of the wrong type', { version: 1, sound: 'yes' }],
    ['an unknown setting', { version: 1, colour: 'red' }],
    ['a key from the prototype', JSON.parse('{"version":1,"toString":"x"}')],
  ])('refuses %s', (_what, value) => {
    expect(readSettings(value)).toBeNull();
  });
});

describe('the settings store', () => {
  it('keeps a changed setting and tells its listeners', () => {
    const storage = memoryStorage();
    const store = openSettingsStore(storage);
    const heard: string[] = [];
    store.subscribe((s) => heard.push(s.revealSpeed));
    store.update({ revealSpeed: 'instant' });
    expect(heard).toEqual(['instant']);
    expect(openSettingsStore(storage).settings().revealSpeed).toBe('instant');
  });

  it('keeps an unreadable record aside, says so, and starts from the defaults', () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: '{"version":1,"textSize":"enormous"}' });
    const store = openSettingsStore(storage, () => new Date('2026-11-24T12:00:00.000Z'));
    expect(store.settings()).toEqual(DEFAULT_SETTINGS);
    const aside = `${SETTINGS_KEY}.unreadable.2026-11-24T12:00:00.000Z`;
    expect(storage.items.get(aside)).toBe('{"version":1,"textSize":"enormous"}');
    expect(store.notices()).toEqual([expect.stringContaining(aside)]);
  });

  it("keeps an existing player's stored sound choice, and a new player starts silent", () => {
    const before = memoryStorage({
      [SETTINGS_KEY]:
        '{"version":1,"textSize":"large","revealSpeed":"standard","motion":"system","contrast":"standard","sound":true}',
    });
    expect(openSettingsStore(before).settings().sound).toBe(true);
    expect(openSettingsStore(memoryStorage()).settings().sound).toBe(false);
  });

  it('stores the time limits with the other settings', () => {
    const storage = memoryStorage();
    openSettingsStore(storage).update({ timeLimits: 'double' });
    expect(JSON.parse(storage.items.get(SETTINGS_KEY) ?? '{}')).toMatchObject({ version: 2, timeLimits: 'double' });
    expect(openSettingsStore(storage).settings().timeLimits).toBe('double');
  });

  it('refuses a change to a value the game does not have', () => {
    const store = openSettingsStore(memoryStorage());
    expect(() => store.update({ textSize: 'huge' as never })).toThrow(/not a setting/);
    expect(store.settings()).toEqual(DEFAULT_SETTINGS);
  });
});
