// The title screen on a phone, as a new hire meets it: the stories come first, each card carries the
// player's own record, search finds stories by meaning and says what to try when nothing matches, and a
// seed in the address is announced and replays the next story started. One page, several checks: cheap.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/chromium.ts';
import { screenshot, watchErrors } from './support/game.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();

const savedProgress = {
  format: 'service-hero-progress',
  version: 1,
  current: null,
  attempts: [1, 2].map((n) => ({
    scenarioId: 'pub-caesar-dressing',
    title: 'Hold the Dressing',
    seed: `earlier-${n}`,
    steps: [],
    grade: n === 1 ? 'C' : 'B',
    percent: n === 1 ? 61 : 82,
    endedAt: `2026-12-0${n}T10:00:00.000Z`,
    evidence: [],
  })),
};

describe('the title screen', () => {
  it('puts stories first on a phone, shows badges, finds by meaning, and replays the seed in the address', async () => {
    await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async (page) => {
      const errors = watchErrors(page);
      await page.addInitScript((progress) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('service-hero.progress', progress);
        localStorage.setItem('service-hero.settings', JSON.stringify({ version: 1, revealSpeed: 'instant' }));
      }, JSON.stringify(savedProgress));
      await page.goto(`${baseUrl}?seed=shift-42`);
      const cards = page.locator('.story-list .story-card:not(.broken)');
      await cards.first().waitFor();

      // The first story's title and summary are on the first screen, above the tracks and the workshop, which are a press away.
      const firstCard = await cards.first().boundingBox();
      expect(firstCard && firstCard.y + 100).toBeLessThanOrEqual(844);
      const tracks = await page.getByRole('heading', { name: 'Onboarding tracks' }).boundingBox();
      const workshop = await page.getByRole('heading', { name: 'Run a workshop' }).boundingBox();
      expect(tracks && firstCard && tracks.y > firstCard.y).toBe(true);
      expect(workshop && firstCard && workshop.y > firstCard.y).toBe(true);
      await expect(page.getByText('Replaying seed “shift-42”.').isVisible()).resolves.toBe(true);
      await screenshot(page, 'title-phone');

      // The player's record, from the saved attempts: two plays, the better grade.
      const pub = page.locator('.story-card[data-scenario="pub-caesar-dressing"]');
      await expect(pub.innerText()).resolves.toContain('Played 2 times.');
      await expect(pub.innerText()).resolves.toContain('Best grade B (82%).');
      await expect(page.locator('.story-card[data-scenario="gym-forgotten-card"] .badge').count()).resolves.toBe(0);

      await page.getByRole('button', { name: 'Run a workshop ↓' }).click();
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Run a workshop');

      // Search by meaning, then nothing at all, then clear.
      const search = page.getByLabel('Search stories');
      await search.fill('waiter');
      await expect.poll(() => cards.getAttribute('data-scenario')).toBe('pub-caesar-dressing');
      await search.fill('zeppelin');
      await expect.poll(() => cards.count()).toBe(0);
      await expect(page.getByRole('status').filter({ hasText: 'No story matches' }).innerText()).resolves.toBe(
        'No story matches “zeppelin”.',
      );
      await expect(page.locator('.no-match').innerText()).resolves.toContain('No story mentions “zeppelin”');
      await page.getByRole('button', { name: 'Clear all' }).click();
      await expect.poll(() => cards.count()).toBeGreaterThan(5);
      await expect(search.inputValue()).resolves.toBe('');

      // The next story started from here plays the address's seed.
      await page.locator('.story-card[data-scenario="gym-forgotten-card"]').click();
      await page.getByRole('region', { name: 'Story' }).waitFor();
      await expect
        .poll(
          () =>
            page.evaluate(
              () =>
                (
                  JSON.parse(localStorage.getItem('service-hero.progress') ?? '{}') as {
                    current?: { seed?: string } | null;
                  }
                ).current?.seed,
            ),
          // The story starts (and is saved) once the stage has joined, which a busy machine can take seconds over.
          { timeout: 30_000 },
        )
        .toBe('shift-42');
      expect(errors).toEqual([]);
    });
  });
});
