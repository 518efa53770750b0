// Where the cast stands: side by side in the stage's box, as large as the box allows, with each head and shoulders
// inside it. Pure arithmetic, so the rule "no head is ever cut off" is tested without a browser.

/** A rectangle of the window, in CSS pixels. */
export interface StageBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Figure {
  id: string;
  /** The centre of the figure, across. */
  x: number;
  top: number;
  height: number;
  width: number;
}

/** Source art is 600×800, waist-up; the head is in the top third. */
const ART_WIDTH = 600;
export const ART_HEIGHT = 800;
/** How much of a figure must show inside the box: head and shoulders. The rest may run past its bottom edge. */
const SHOWN = 0.72;
/**
 * At most this tall for the box's height: a person behind the counter, with air above the head, rather than a face
 * filling a big window.
 */
const LARGEST = 0.95;

export function castLayout(box: StageBox, ids: readonly string[]): Figure[] {
  const width = Math.max(0, box.right - box.left);
  const room = Math.max(0, box.bottom - box.top);
  const count = Math.max(1, ids.length);
  // Each gets an equal share of the width; the art's transparent margins may overlap a little (people stand close).
  const byWidth = ((width * 0.96) / count / ART_WIDTH) * ART_HEIGHT * 1.15;
  const byHeight = room / SHOWN;
  const height = Math.min(byWidth, byHeight, room * LARGEST);
  const figureWidth = (height / ART_HEIGHT) * ART_WIDTH;
  // Standing on the box's bottom edge, cut at the waist there; a box taller than the figure needs leaves room above.
  const top = box.bottom - height * SHOWN;
  return ids.map((id, i) => ({
    id,
    x: box.left + (width * (2 * i + 1)) / (2 * count),
    top,
    height,
    width: figureWidth,
  }));
}
