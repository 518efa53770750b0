// A language's files that could not be fetched are asked for once more (src/i18n/catalog.ts, onceMore), so a
// language switched to on a flaky connection does not stay in the old one for want of one file.
import { describe, expect, it } from 'vitest';
import { onceMore } from '../../src/i18n/catalog.ts';

describe('fetching a language file once more', () => {
  it('takes the second try when the first fails', async () => {
    let tries = 0;
    const load = () => (++tries === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve('words'));
    await expect(onceMore(load, 1)).resolves.toBe('words');
    expect(tries).toBe(2);
  });

  it('tries once only when the first try works, and gives up after the second', async () => {
    let tries = 0;
    await expect(onceMore(() => Promise.resolve(++tries), 1)).resolves.toBe(1);
    let failures = 0;
    await expect(onceMore(() => Promise.reject(new TypeError(`failure ${++failures}`)), 1)).rejects.toThrow(
      'failure 2',
    );
  });
});
