// axe-core on every screen, in the standard and the high-contrast theme: no
// serious or critical violations of WCAG 2.1 A/AA (colour contrast included). Each screen is
// audited in both themes where it stands, the theme switched as the settings switch it (the
// page's data-contrast, applySettings in settingsDialog.ts): one walk through the screens, not two.
import { describe, expect, inject, it } from 'vitest';
import { violations } from './support/axe.ts';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, showAllText } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

describe('accessibility in the standard and the high-contrast theme', () => {
  // Twice the audits of one walk (both themes on every screen): the time of two of the browser tests' usual ones.
  it('has no serious or critical axe violations on any screen', { timeout: 240_000 }, async () => {
    await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      const found: string[] = [];
      await page.goto(baseUrl);
      // Set as a player sets it: each screen opens in high contrast, and is audited so and then in the standard theme.
      await page.evaluate(() =>
        localStorage.setItem(
          'service-hero.settings',
          JSON.stringify({ version: 1, contrast: 'high', revealSpeed: 'instant' }),
        ),
      );
      const contrast = (c: 'standard' | 'high') =>
        page.evaluate((value) => (document.documentElement.dataset['contrast'] = value), c);
      const audit = async (screen: string) => {
        expect(await page.evaluate(() => document.documentElement.dataset['contrast']), screen).toBe('high');
        found.push(...(await violations(page, `${screen} (high contrast)`)));
        await contrast('standard');
        found.push(...(await violations(page, `${screen} (standard contrast)`)));
        await contrast('high');
      };

      await page.goto(`${baseUrl}?scenario=bakery-mini&seed=axe-1`);
      await showAllText(page);
      await audit('story');
      await playStepsByMouse(
        page,
        [{ kind: 'continue' }, { kind: 'choose', id: 'ask-sam', text: 'Ask Sam whether another batch is coming.' }],
        undefined,
        false,
      );
      await showAllText(page);
      await audit('story with choices');
      await page.getByRole('group', { name: 'What do you do?' }).getByRole('button').first().click();
      await showAllText(page);
      await page.getByRole('button', { name: 'See your debrief' }).click();
      await page.getByRole('img', { name: /^Grade / }).waitFor();
      await audit('debrief');

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
      await audit('settings');
      await page.getByRole('button', { name: 'Done' }).click();

      await page.getByRole('button', { name: 'Choose another story' }).click();
      await page.getByRole('heading', { name: 'Choose a story' }).waitFor();
      await audit('title');

      await page.getByRole('button', { name: /Your progress/ }).click();
      await page.getByRole('heading', { name: 'Your progress' }).waitFor();
      await audit('profile');
      await page.getByRole('button', { name: 'Back to the stories' }).click();

      await page.getByRole('button', { name: /Quick test track/ }).click();
      await page.getByRole('heading', { name: 'Quick test track' }).waitFor();
      await audit('track');
      await page.getByRole('button', { name: 'Back to the stories' }).click();

      await page.getByRole('button', { name: 'Breakdown brainstorm' }).click();
      await page.getByLabel('A breakdown in your business').fill('The card reader goes offline at lunch');
      await page.getByRole('button', { name: 'Add to the board' }).click();
      await audit('brainstorm');
      await page.getByRole('button', { name: 'Back to the stories' }).click();

      await page.getByRole('button', { name: /broken-story\.yaml has 3 problems/ }).click();
      await page.getByRole('alert').waitFor();
      await audit('errors');

      await page.goto(baseUrl);
      await page.getByLabel('Story for the room').selectOption('pub-caesar-dressing');
      await page.getByRole('button', { name: 'Start the workshop' }).click();
      await page.getByRole('button', { name: /Ask what's made the Caesar/ }).click();
      await page.getByRole('button', { name: /^Play the room's choice: / }).click();
      await page.getByRole('region', { name: 'Pause and discuss' }).waitFor();
      await audit('workshop discussion');
      await page.getByRole('button', { name: 'Show the choices' }).click();
      await page.getByLabel(/^Hands for choice 1:/).waitFor();
      await audit('workshop vote');

      expect(found).toEqual([]);
    });
  });
});
