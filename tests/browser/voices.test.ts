// A caller on the phone is heard, not seen: the stage shows her as a card (face, phone badge, name, "on
// the phone"), not standing in the support centre beside the team lead who is there.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { screenshot, showAllText, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

interface Shown {
  people: string[];
  cards: string[][];
}

/** Top-level faces (their texture keys) and voice cards (their words) in the Story scene. */
const stage = (page: Page): Promise<Shown> =>
  page.evaluate(`(() => {
    const list = window.serviceHero.game.scene.getScene('Story').children.list;
    return {
      people: list.filter((o) => o.type === 'Image' && o.texture.key.startsWith('character:')).map((o) => o.texture.key),
      cards: list.filter((o) => o.type === 'Container' && o.alpha > 0).map((c) => c.list.filter((o) => o.type === 'Text').map((t) => t.text)),
    };
  })()`) as Promise<Shown>;

const settings = (textSize: string) =>
  JSON.stringify({
    version: 1,
    textSize,
    revealSpeed: 'instant',
    motion: 'reduced',
    contrast: 'standard',
    sound: false,
  });

describe('voices on the phone', () => {
  it('shows a caller as a phone card and the colleague in the room as a person', async () => {
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      const errors = watchErrors(page);
      await page.addInitScript((value) => localStorage.setItem('service-hero.settings', value), settings('standard'));
      await page.goto(`${baseUrl}?scenario=broadband-outage&seed=voices-1`);
      await page.locator('canvas').waitFor({ state: 'attached' });
      await page.locator('.early-host').waitFor({ state: 'detached' });
      await showAllText(page);
      await expect.poll(() => stage(page)).toEqual({ people: [], cards: [['Kayla Brooks', 'on the phone']] });
      await screenshot(page, 'voices-phone-1280');
      const choose = (text: RegExp) =>
        page.getByRole('group', { name: 'What do you do?' }).getByRole('button', { name: text }).first().click();
      await choose(/./);
      await showAllText(page);
      await choose(/^Explain it's a fault at the street cabinet/);
      await showAllText(page);
      // Raj, the team lead, is in the room: he stands on the stage; Kayla is still on the line.
      await expect
        .poll(() => stage(page))
        .toEqual({
          people: [expect.stringMatching(/^character:man-beard-headset:/)],
          cards: [['Kayla Brooks', 'on the phone']],
        });
      await screenshot(page, 'voices-phone-and-person-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(300);
      await screenshot(page, 'voices-phone-and-person-390');
      expect(errors).toEqual([]);
    });
  });
});
