// The cast's place on the stage: every head inside the stage's box, whatever its shape, and as large as it allows.
import { describe, expect, it } from 'vitest';
import { castLayout } from '../../src/game/castLayout.ts';

const boxes = [
  { name: 'a phone band', box: { left: 10, right: 380, top: 160, bottom: 410 } },
  { name: 'a laptop side column', box: { left: 10, right: 350, top: 100, bottom: 720 } },
  { name: 'a projector side column', box: { left: 10, right: 860, top: 80, bottom: 1080 } },
  { name: 'a squat strip', box: { left: 0, right: 1280, top: 100, bottom: 220 } },
];

describe('castLayout', () => {
  for (const { name, box } of boxes) {
    for (const count of [1, 2, 3]) {
      it(`keeps ${count} head(s) inside ${name}`, () => {
        const figures = castLayout(box, ['a', 'b', 'c'].slice(0, count));
        expect(figures).toHaveLength(count);
        for (const f of figures) {
          // The head is the middle of the art's top 40%.
          expect(f.top).toBeGreaterThanOrEqual(box.top);
          expect(f.top + f.height * 0.4).toBeLessThanOrEqual(box.bottom);
          expect(f.x - f.width * 0.3).toBeGreaterThanOrEqual(box.left);
          expect(f.x + f.width * 0.3).toBeLessThanOrEqual(box.right);
          expect(f.height).toBeGreaterThan(0);
        }
        // Side by side, left to right, none on top of another's face.
        for (let i = 1; i < figures.length; i++)
          expect(figures[i]!.x - figures[i - 1]!.x).toBeGreaterThanOrEqual(figures[i]!.width * 0.6);
      });
    }
  }

  it('fills the height of a tall box with one person rather than drawing a thumbnail', () => {
    const [figure] = castLayout({ left: 0, right: 400, top: 100, bottom: 700 }, ['a']);
    expect(figure!.height * 0.72).toBeGreaterThan(600 * 0.6);
  });
});
