// Insights, for a trainer or facilitator: the files a group's plays were saved in, read in this browser, and four
// views of them (choices, principles, grades, people), each with its CSV. The figures come from the play floor
// (src/play/insights/figures.ts); this screen only draws them, and redraws them when files are added or names hidden.
import { t } from '../../i18n/intl.ts';
import { storyTextAttributes } from '../../i18n/storyLanguage.ts';
import type { Figures } from '../../play/insights/figures.ts';
import type { Learner } from '../../play/insights/playRecords.ts';
import { choicesCsv, gradesCsv, peopleCsv, principlesCsv, type CsvNames } from '../../play/insights/insightsCsv.ts';
import type { InsightsReader } from '../../play/insights/insightsReader.ts';
import type { Tally } from '../../play/insights/insightsPool.ts';
import { button, h } from '../dom.ts';
import { download } from '../download.ts';
import { acceptDrops, filePickers, sourceList } from './insightsFiles.ts';
import { chartNow, chartsLater, type ChartSlot } from './charts.ts';
import { keepingPlace } from './keepPlace.ts';
import { tabList, type View } from './insightsTabs.ts';
import { scrollReach } from './scrollReach.ts';
import { brokenText, lrsForm, type LrsSource } from './lrsForm.ts';
import './insights.css';
import { choicesView, gradesView, peopleView, principlesView, type LearnerOrder } from './insightsViews.ts';
import { redate, teamReport } from './teamReport.ts';

export interface InsightsWords extends Omit<CsvNames, 'learner'> {
  /** The stories with plays, as the story picker lists them. */
  storyIds(figures: Figures): string[];
}

export interface InsightsActions {
  back(): void;
  /** Reads the files and the LRS, and counts their plays, off the page's thread. */
  reader: InsightsReader;
  /** Where an LRS may be read from. */
  lrs: Pick<LrsSource, 'trusted' | 'launched' | 'isTrusted'>;
}

export function insightsScreen(words: InsightsWords, actions: InsightsActions): HTMLElement {
  let tally: Tally | null = null;
  const state = { view: 'choices' as View, story: '', anonymise: false, order: 'name' as LearnerOrder };
  const sources = h('div', { class: 'insights-sources' });
  const body = h('div', { class: 'insights-body' });
  const status = h('p', { role: 'status', class: 'insights-status' });
  const { reader } = actions;
  // A tally's figures are drawn in a task of their own, after the one that took the worker's message in (a
  // cohort's figures take tens of milliseconds to arrive): each task stays short, and the page answers between.
  let drawing: ReturnType<typeof setTimeout> | undefined;
  reader.onTally((next) => {
    tally = next;
    drawing ??= setTimeout(() => {
      drawing = undefined;
      keepingPlace(screen, draw);
    });
  });
  const summaryText = () =>
    tally
      ? t('insights.summary', { plays: tally.plays, learners: tally.learners.length, sources: tally.sources.length })
      : '';
  const problemCount = () => tally?.sources.reduce((n, s) => n + s.problems.length, 0) ?? 0;

  const add = async (files: readonly File[]) => {
    if (!files.length) return;
    status.textContent = t('insights.reading', { count: files.length });
    try {
      await reader.addFiles(files);
    } catch (error) {
      status.textContent = brokenText(error);
      return;
    }
    const problems = problemCount();
    status.textContent = [summaryText(), problems ? t('insights.problems', { count: problems }) : ''].join(' ').trim();
  };

  const pickers = filePickers(add);
  const lrs = lrsForm({
    ...actions.lrs,
    async read(source, query, onPage) {
      try {
        return await reader.readLrs(source, query, onPage);
      } finally {
        status.textContent = tally?.sources.length ? summaryText() : '';
      }
    },
    stop: () => reader.stop(),
  });
  const anonymise = h('input', { type: 'checkbox', id: 'insights-anonymise' });
  anonymise.addEventListener('change', () => {
    state.anonymise = anonymise.checked;
    draw();
  });
  const clear = button(
    t('insights.clear'),
    () => {
      tally = null;
      draw();
      status.textContent = t('insights.empty');
      reader.clear().catch((error: unknown) => (status.textContent = brokenText(error)));
    },
    { class: 'button' },
  );

  // Printed, the screen is its team report (insights.css): kept up to date with the views, for the browser's own
  // Print as much as for this button. It is made in a task after theirs, or at once when it is to be printed.
  const report = h('div', { class: 'insights-report-holder' });
  let reportDue: (() => void) | null = null;
  const reportLater = (make: () => void) => {
    const due = () => {
      if (reportDue !== due) return;
      reportDue = null;
      make();
    };
    reportDue = due;
    setTimeout(due);
  };
  const print = button(
    t('insights.report.print'),
    () => {
      reportDue?.();
      window.print();
    },
    { class: 'button' },
  );

  const tabs = tabList((view) => {
    state.view = view;
    draw(chartsLater);
  });

  function draw(chart: ChartSlot = chartNow): void {
    sources.replaceChildren(...sourceList(tally?.sources ?? [], tally?.skipped ?? 0));
    const names = namesFor(tally?.learners ?? [], tally?.figures.learners ?? []);
    tabs.select(state.view);
    const figures = tally?.figures;
    tabs.root.hidden = !figures?.plays;
    clear.hidden = !tally?.sources.length;
    print.hidden = !figures?.plays;
    if (!figures?.plays) {
      body.replaceChildren(h('p', {}, t('insights.empty')));
      reportDue = null;
      report.replaceChildren();
      return;
    }
    const summary = summaryText();
    reportLater(() => report.replaceChildren(teamReport(figures, names, summary, new Date())));
    const stories = words.storyIds(figures);
    if (!stories.includes(state.story)) state.story = stories[0] ?? '';
    body.replaceChildren(...viewOf(figures, names, stories, chart));
  }

  function namesFor(learners: readonly Learner[], counted: Figures['learners']): CsvNames {
    const order = new Map(counted.map((l, i) => [l.learner.key, i + 1]));
    const byKey = new Map(learners.map((learner) => [learner.key, learner]));
    return {
      ...words,
      learner: (key) => {
        const learner = byKey.get(key);
        if (!state.anonymise || learner?.room) return learner?.name ?? key;
        return t('insights.learnerN', { n: order.get(key) ?? 0 });
      },
      named: (key) => !state.anonymise || (byKey.get(key)?.room ?? false),
    };
  }

  function viewOf(figures: Figures, names: CsvNames, stories: string[], chart: ChartSlot): HTMLElement[] {
    const csv = (make: (f: Figures, n: CsvNames) => string) =>
      button(t('insights.csv'), () => download(`service-hero-${state.view}.csv`, make(figures, names), 'text/csv'), {
        class: 'button',
      });
    const panel = (...children: HTMLElement[]) =>
      h(
        'div',
        {
          role: 'tabpanel',
          id: `insights-${state.view}`,
          'aria-labelledby': `insights-tab-${state.view}`,
          class: 'insights-panel',
        },
        ...children,
      );
    switch (state.view) {
      case 'choices': {
        const picker = h(
          'select',
          { id: 'insights-story' },
          ...stories.map((id) =>
            h(
              'option',
              { value: id, selected: id === state.story, ...storyTextAttributes(names.story(id)) },
              names.story(id),
            ),
          ),
        );
        picker.addEventListener('change', () => {
          state.story = picker.value;
          draw();
          document.getElementById('insights-story')?.focus();
        });
        const story = figures.stories.find((s) => s.scenarioId === state.story)!;
        return [
          panel(
            h('div', { class: 'filter' }, h('label', { for: 'insights-story' }, t('insights.story')), picker),
            csv(choicesCsv),
            ...choicesView(story, names, chart),
          ),
        ];
      }
      case 'principles': {
        const order = h(
          'select',
          { id: 'insights-order' },
          h('option', { value: 'name', selected: state.order === 'name' }, t('insights.principles.byName')),
          h('option', { value: 'weakest', selected: state.order === 'weakest' }, t('insights.principles.byWeakest')),
        );
        order.addEventListener('change', () => {
          state.order = order.value === 'weakest' ? 'weakest' : 'name';
          draw();
          document.getElementById('insights-order')?.focus();
        });
        return [
          panel(
            h('div', { class: 'filter' }, h('label', { for: 'insights-order' }, t('insights.principles.order')), order),
            csv(principlesCsv),
            ...principlesView(figures, names, state.order, chart),
          ),
        ];
      }
      case 'grades':
        return [panel(csv(gradesCsv), ...gradesView(figures, names, chart))];
      case 'people':
        return [panel(csv(peopleCsv), ...peopleView(figures, names))];
    }
  }

  const heading = h('h1', { tabindex: -1 }, t('insights.title'));
  const screen = h(
    'div',
    { class: 'screen insights-screen' },
    h(
      'div',
      { class: 'card insights-card' },
      h('div', { class: 'insights-head' }, heading, button(t('insights.back'), actions.back, { class: 'button' })),
      h('p', {}, t('insights.intro')),
      h('div', { class: 'insights-add' }, ...pickers, clear),
      h('p', { class: 'insights-drop' }, t('insights.drop')),
      lrs,
      status,
      sources,
      h(
        'div',
        { class: 'insights-options' },
        anonymise,
        h('label', { for: 'insights-anonymise' }, t('insights.anonymise')),
        print,
      ),
      tabs.root,
      body,
      report,
    ),
  );
  acceptDrops(screen, add);
  scrollReach(body);
  printReady.set(screen, () => reportDue?.());
  draw();
  queueMicrotask(() => heading.focus({ preventScroll: true }));
  return screen;
}

/** Makes a screen's team report now if it is still to come. */
const printReady = new WeakMap<HTMLElement, () => void>();

/** Readies an Insights screen to be printed (the browser's Print says beforeprint): its report made, dated today. */
export function readyToPrint(screen: HTMLElement, today: Date): void {
  printReady.get(screen)?.();
  redate(screen, today);
}
