// The story studio's map: the story's beats as boxes in columns from the start, its choices as arrows coloured by
// service level and labelled with their words. Drag to pan, the wheel or the buttons to zoom (the buttons and keys about
// the beat in focus while it is in view), Fit to see it all.
// From the keyboard the map is one stop: the arrow keys move from beat to beat (right along the first way on,
// left back, up and down the column), and the beat in focus is the one described below the map.
import { edgeField, mapStep, type MapNode, type StoryMap } from '../../play/studio/storyMap.ts';
import { t } from '../../i18n/intl.ts';
import { button, h, svg } from '../dom.ts';
import { describeBeat, type BeatPanelActions } from './beatPanel.ts';
import { mapDrawing } from './mapDrawing.ts';
import { caretIn, showProblems, typingIn, unsavedIn, type Found } from './formFields.ts';
import { arrowDrag } from './mapArrowDrag.ts';
import { centredOn, fitView, zoomAnchor, zoomView, type View } from './mapView.ts';

export interface StoryMapView {
  readonly element: HTMLElement;
  /** Draws the story's map; `stale` when the text no longer loads and this is the map it last had. */
  /** Draws this map, the beat in focus below it with the last check's problems and notes at its fields. */
  update(map: StoryMap | null, stale?: boolean, found?: Found): void;
  /** Puts this beat in focus, now or, for a beat the text has only just been given, once the map shows it. */
  select(id: string): void;
  /** The beat in focus (or to be, once the map shows it), if any. */
  selected(): string | null;
  /** Marks a play's way through the map (its beats in order), said in words above it; null shows every way alike. */
  showPath(path: { beats: readonly string[]; said: string } | null): void;
}

export function storyMapView(actions: Omit<BeatPanelActions, 'select'>): StoryMapView {
  const { showInText } = actions;
  const canvas = svg('svg', { class: 'map-canvas', 'aria-hidden': 'true' });
  const layer = svg('g');
  canvas.appendChild(layer);
  const drawing = mapDrawing(layer);
  const viewport = h('div', {
    class: 'map-viewport',
    tabindex: 0,
    role: 'group',
    'aria-roledescription': t('studio.map.role'),
    'aria-label': t('studio.map.label'),
    'aria-describedby': 'map-selected',
  });
  viewport.appendChild(canvas);
  const selected = h('div', { class: 'map-selected', id: 'map-selected', 'aria-live': 'polite' });
  let map: StoryMap | null = null;
  let current: string | null = null;
  /** A beat to put in focus once the map shows it (a beat just added or renamed, before the check has run). */
  let wanted: string | null = null;
  let view: View | null = null;
  /** Whether the view is as Fit left it: it then fits again when the map's size changes. */
  let fitted = false;

  /**
   * The viewport's size as the page last laid it out (its ResizeObserver's), 0 while it is off the page: asking the
   * page for it after a change to the drawing made the page lay a big story's map out again there and then.
   */
  let seen = { width: 0, height: 0 };
  const apply = () => {
    const { width, height } = seen;
    // Off the page (the text or the list on show), the map has no size to fit.
    if (!view || width === 0 || height === 0) return;
    canvas.setAttribute('viewBox', `${view.x} ${view.y} ${width / view.scale} ${height / view.scale}`);
    drawing.scaled(view.scale);
    drawing.window({ x0: view.x, y0: view.y, x1: view.x + width / view.scale, y1: view.y + height / view.scale });
  };
  /** How far down the viewport the zoom's buttons float (none where they take a row of their own, on a phone). */
  const floatingOver = () =>
    getComputedStyle(tools).position === 'absolute' ? tools.offsetTop + tools.offsetHeight : 0;
  const fit = () => {
    if (!map || seen.width === 0 || seen.height === 0) return;
    view = fitView(map, seen, floatingOver());
    fitted = true;
    apply();
  };
  const zoom = (factor: number, at?: [number, number]) => {
    if (!view) return;
    const [atX, atY] =
      at ??
      zoomAnchor(
        view,
        seen,
        map?.nodes.find((n) => n.id === current),
      );
    view = zoomView(view, seen, factor, atX, atY);
    fitted = false;
    apply();
  };
  const centreOn = (node: MapNode) => {
    const moved = view && centredOn(view, seen, node);
    if (!moved) return;
    view = moved;
    apply();
  };

  /** What the beat panel was last drawn from. */
  let drawn = '';
  /** What the last check said, shown at the beat form's fields as the details show it at theirs. */
  let found: Found = { errors: [], warnings: [] };
  /** A check came while a field of the panel was being typed in: the panel is drawn again once the field is left. */
  let waiting = false;
  /** What each field last sent, where that is not what it was drawn with. */
  const sent = new WeakMap<HTMLInputElement | HTMLTextAreaElement, string>();
  /** A panel to draw once the map's new drawing has been painted (update says why), until something else is chosen. */
  let panelDue: { frame: number; timer?: ReturnType<typeof setTimeout> } | null = null;
  const cancelPanel = () => {
    if (panelDue) {
      cancelAnimationFrame(panelDue.frame);
      clearTimeout(panelDue.timer);
    }
    panelDue = null;
  };
  const selectOnceShown = (id: string | null) => {
    cancelPanel();
    drawing.select(id);
    const due: NonNullable<typeof panelDue> = { frame: 0 };
    // Timed from within the frame, the timer runs once that frame is painted.
    due.frame = requestAnimationFrame(() => (due.timer = setTimeout(() => select(id))));
    panelDue = due;
  };
  const select = (id: string | null) => {
    cancelPanel();
    // Never drawn anew under the keys: a big story's panel takes the page some 100 ms to draw, which each key typed
    // meanwhile would wait for. Leaving the field sends its change, and the panel is drawn then.
    const typing = id === current && typingIn(selected, sent);
    current = id;
    drawing.select(id);
    waiting = typing;
    if (typing) return;
    const node = map?.nodes.find((n) => n.id === id);
    if (!node || !map) {
      selected.replaceChildren(h('p', {}, t('studio.map.none')));
      drawn = '';
      return;
    }
    centreOn(node);
    // Drawn again only when what it shows has changed: a check that changes nothing there leaves the panel alone, so a
    // press on it is never lost to a drawing replaced under the pointer.
    const shows = JSON.stringify([
      node,
      map.edges.filter((e) => e.from === node.id),
      map.nodes.map((n) => [n.id, n.title]),
      actions.fields(node.id),
      actions.tools.beatIds(),
    ]);
    if (shows === drawn && selected.childElementCount) return showProblems(selected, found);
    drawn = shows;
    // Otherwise a field being edited keeps the focus, and what was typed in it, in its new drawing.
    const editing = document.activeElement instanceof HTMLElement ? document.activeElement.dataset['edit'] : undefined;
    const caret = caretIn(selected);
    const typed = unsavedIn(selected);
    selected.replaceChildren(...describeBeat(node, map.edges, map.nodes, { ...actions, select }));
    // A field that has gone with the old drawing (a rename done) leaves the focus on the beat's heading.
    if (editing)
      (
        selected.querySelector<HTMLElement>(`[data-edit="${CSS.escape(editing)}"]`) ?? selected.querySelector('h3')
      )?.focus({ preventScroll: true });
    // After the focus: a field's change is sent as it is left only if its value changed while it had the focus.
    typed.forEach((carry) => carry(selected));
    caret?.();
    showProblems(selected, found);
  };

  // Once the focus has gone on (to the next field, or out of the panel), the panel waiting for it is drawn.
  selected.addEventListener('focusout', () => setTimeout(() => waiting && select(current)));
  // A field's words are sent as it is left; until the panel is drawn again they are the ones it shows.
  selected.addEventListener('change', ({ target }) => {
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) sent.set(target, target.value);
  });

  /**
   * A point on the page in the map's units (placed from the drawing's box: the viewport's has its borders); null when
   * the map has no view yet.
   */
  const toMap = (x: number, y: number): [number, number] | null => {
    const box = canvas.getBoundingClientRect();
    return view ? [view.x + (x - box.left) / view.scale, view.y + (y - box.top) / view.scale] : null;
  };
  /** The beat under a point on the page, found by where the beats are: zoomed out, they are not elements. */
  const beatAt = (x: number, y: number) => {
    const at = toMap(x, y);
    return at && drawing.beatAt(...at);
  };
  // An arrow's grip pulled onto a beat leads its way there (before the pan below: a press on a grip is not a pan).
  const pullNote = h('p', { class: 'map-pull-note', role: 'alert' });
  arrowDrag({
    viewport,
    layer,
    toMap,
    beatAt,
    target: (beat) => drawing.target(beat),
    edge: (index) => map?.edges[index],
    lead: (edge, to) => (pullNote.textContent = actions.form.set(edgeField(edge), to) ?? ''),
  });

  // Pan by dragging the background; a press on a beat selects it.
  let drag: { x: number; y: number; view: View; moved: boolean } | null = null;
  viewport.addEventListener('pointerdown', (event) => {
    if (!view) return;
    drag = { x: event.clientX, y: event.clientY, view, moved: false };
    viewport.setPointerCapture(event.pointerId);
  });
  viewport.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) {
      drag.moved = true;
      fitted = false;
    }
    view = { ...drag.view, x: drag.view.x - dx / drag.view.scale, y: drag.view.y - dy / drag.view.scale };
    apply();
  });
  viewport.addEventListener('pointerup', (event) => {
    const moved = drag?.moved;
    drag = null;
    if (moved) return;
    const beat = beatAt(event.clientX, event.clientY);
    if (beat) select(beat);
  });
  viewport.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const box = canvas.getBoundingClientRect();
      zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, [
        (event.clientX - box.left) / box.width,
        (event.clientY - box.top) / box.height,
      ]);
    },
    { passive: false },
  );
  viewport.addEventListener('keydown', (event) => {
    if (event.key === '+' || event.key === '=') zoom(1.25);
    else if (event.key === '-') zoom(0.8);
    else if (event.key === '0') fit();
    else if (event.key === 'Enter' && current) showInText(current);
    else if (event.key.startsWith('Arrow') && map) select(mapStep(map, current, event.key));
    else return;
    event.preventDefault();
  });
  // A change of size (the beat described below grows or shrinks, the window) keeps the middle of the map in place.
  let size = { width: 0, height: 0 };
  new ResizeObserver(() => {
    // The drawing is sized in pixels, from its box: sized in percent, each layout of the page around it (every key
    // typed in the form below) counted as a new size, and laid out every label of a big story again (140 ms a key
    // for 500 beats; `npm run bench -- --only studio`). The box's size never comes from the drawing (studio.css).
    const { clientWidth: width, clientHeight: height } = viewport;
    seen = { width, height };
    canvas.setAttribute('width', String(width));
    canvas.setAttribute('height', String(height));
    if (width === 0 || height === 0) return;
    if (fitted) {
      size = { width, height };
      fit();
      return;
    }
    if (view && size.width > 0)
      view = {
        ...view,
        x: view.x + (size.width - width) / 2 / view.scale,
        y: view.y + (size.height - height) / 2 / view.scale,
      };
    size = { width, height };
    if (view) apply();
    else fit();
  }).observe(viewport);

  const staleNote = h('p', { class: 'map-stale', role: 'status', hidden: true }, t('studio.map.stale'));
  const pathNote = h('div', { class: 'map-path-note studio-row', role: 'status' });
  const showPath = (shown: { beats: readonly string[]; said: string } | null) => {
    // The play whose way the map marks (from the Plays view), or none.
    drawing.mark(shown?.beats ?? null);
    pathNote.replaceChildren(
      ...(shown
        ? [h('p', {}, shown.said), button(t('studio.map.everyWay'), () => showPath(null), { class: 'button small' })]
        : []),
    );
  };
  const tools = h(
    'div',
    { class: 'studio-row map-tools' },
    button(t('studio.map.zoomIn'), () => zoom(1.25), { class: 'button small' }),
    button(t('studio.map.zoomOut'), () => zoom(0.8), { class: 'button small' }),
    button(t('studio.map.fit'), fit, { class: 'button small' }),
  );
  const element = h(
    'div',
    { class: 'story-map' },
    staleNote,
    pathNote,
    pullNote,
    // The zoom's buttons float in the map's corner, as on any map: a row of their own above it took a laptop's map
    // down to a strip (found by a new user's walk at 1280×720 in Spanish).
    h('div', { class: 'map-frame' }, tools, viewport),
    h('p', { class: 'map-keys' }, t('studio.map.keys')),
    selected,
  );
  return {
    element,
    update(next, stale = false, checked = found) {
      found = checked;
      staleNote.hidden = !stale;
      element.classList.toggle('stale', stale);
      const first = map === null;
      // The same map with the check's problems come: it is drawn already.
      const drawnAnew = next !== map || first;
      if (drawnAnew) {
        map = next;
        // The way marked, if any, stays marked: the drawing keeps it across maps.
        drawing.draw(next);
      }
      if (first || !view) fit();
      const shows = (id: string | null) => id !== null && (next?.nodes.some((n) => n.id === id) ?? false);
      if (shows(wanted)) [current, wanted] = [wanted, null];
      const beat = shows(current) ? current : (next?.nodes.find((n) => n.start)?.id ?? null);
      // A map drawn anew is painted before its beat's panel is drawn below it: a big story's panel takes about as long
      // as its map (its fields are read from the whole text), and the author sees the map that much sooner.
      if (drawnAnew) selectOnceShown(beat);
      else select(beat);
    },
    select(id) {
      if (map?.nodes.some((n) => n.id === id)) select(id);
      else wanted = id;
    },
    selected: () => wanted ?? current,
    showPath(shown) {
      showPath(shown);
      fit();
    },
  };
}
