// What the LRS learns about each decision: one definition per activity id
// whatever the play's variation, a timeout reported as its own listed option,
// and statements whose timestamps say the order they were made in.
import type { Statement } from '@xapi/xapi';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rollVariations } from '../../src/engine/index.ts';
import { allPlays } from '../support/plays.ts';
import { startTestLrs, type TestLrs } from '../../tools/testLrs/testLrs.ts';
import { useChromium } from './support/chromium.ts';
import { playStepsByMouse, pubStory, showAllText } from './support/game.ts';
import { actor, allSent, byRegistration, strictlyIncreasing, verbOf } from './support/lrsAssertions.ts';

const baseUrl = inject('baseUrl');
const { withPage } = useChromium();
const activityId = 'https://lms.example.com/courses/onboarding';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
});
afterAll(async () => {
  await lrs.close();
});

const answeredIn = (registration: string) => byRegistration(lrs, registration).filter((s) => verbOf(s) === 'answered');
const definitionOf = (s: Statement) =>
  JSON.stringify(s.object && 'definition' in s.object ? s.object.definition : null);

describe('decision definitions', () => {
  it('give each decision activity one definition across plays under every variation of the pub story', async () => {
    const { scenario, catalogue } = pubStory();
    // One night with dressing on the shelf, one without, where a recipe card is also on offer at the last decision.
    const picks = [
      { seed: 'pub-1', shelf: 'has-dressing', chose: 'ruths-caesar-board' },
      { seed: 'pub-4', shelf: 'sold-out', chose: 'recipe-card' },
    ];
    const definitions = new Map<string, Set<string>>();
    for (const pick of picks) {
      expect(rollVariations(scenario.variations, pick.seed)['shop-shelf']).toBe(pick.shelf);
      const chosen = allPlays(scenario, catalogue, pick.seed).find((p) =>
        p.steps.some((s) => s.kind === 'choose' && s.id === pick.chose),
      )!;
      const registration = crypto.randomUUID();
      await withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
        await page.goto(
          `${baseUrl}?scenario=pub-caesar-dressing&seed=${pick.seed}&${lrs.xapiLaunchQuery({ actor, activityId, registration })}`,
        );
        await playStepsByMouse(page, chosen.steps);
        await allSent(page);
      });
      expect(strictlyIncreasing(byRegistration(lrs, registration))).toBe(true);
      for (const s of answeredIn(registration)) {
        const id = s.object && 'id' in s.object ? s.object.id : '';
        definitions.set(id, (definitions.get(id) ?? new Set()).add(definitionOf(s)));
      }
    }
    const caesar = [...definitions.keys()].find((id) => id.endsWith('/decisions/serve-caesar'));
    expect(caesar, 'both plays decide at serve-caesar').toBeDefined();
    for (const [id, seen] of definitions) expect(seen.size, id).toBe(1);
    expect(lrs.invalid()).toEqual([]);
  });

  it('reports a decision where patience ran out as the listed "timeout" option', async () => {
    const registration = crypto.randomUUID();
    await withPage({ viewport: { width: 1280, height: 720 } }, async (page) => {
      await page.clock.install();
      await page.goto(
        `${baseUrl}?scenario=bakery-mini&seed=wait-1&${lrs.xapiLaunchQuery({ actor, activityId, registration })}`,
      );
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await showAllText(page);
      // The patience's 10 seconds pass on the page's clock, not the test's.
      await page.clock.fastForward(10_000);
      await page.getByText("You hesitated, and Ada's patience ran out.", { exact: true }).waitFor({ timeout: 5000 });
      await showAllText(page);
      await page.getByRole('button', { name: 'See your debrief' }).click();
      await allSent(page);
    });
    const [answered] = answeredIn(registration);
    expect(answered?.result?.response).toBe('timeout');
    expect(answered?.result?.success).toBe(false);
    const definition = answered?.object && 'definition' in answered.object ? answered.object.definition : undefined;
    const choices = definition && 'choices' in definition ? (definition.choices ?? []) : [];
    expect(choices).toContainEqual({ id: 'timeout', description: { 'en-US': 'Ran out of patience / no answer' } });
    expect(strictlyIncreasing(byRegistration(lrs, registration))).toBe(true);
    expect(lrs.invalid()).toEqual([]);
  });
});
