// The progress, workshop and brainstorm words in Spanish and Arabic, with what machines read left alone: a
// workshop CSV keeps its column ids, a skeleton keeps its "FILL IN:" marks, ids and art names and still loads,
// and a progress file's problems still quote the export's own format.
import { afterEach, describe, expect, it } from 'vitest';
import { isFillIn, loadScenario } from '../../src/engine/index.ts';
import { useLocale } from '../../src/i18n/intl.ts';
import { describeProgressFile } from '../../src/play/progress/describeProgressFile.ts';
import { FILL_IN, skeletonScenario } from '../../src/play/skeleton.ts';
import { summaryCsv, type WorkshopSummary } from '../../src/play/workshop.ts';
import { describeReporting } from '../../src/lms/xapi/reportingLine.ts';
import { exportedMessage, importedMessage } from '../../src/ui/profileMessages.ts';
import { realArt, realCatalogue } from './support.ts';

afterEach(() => useLocale('en'));

const summary: WorkshopSummary = {
  date: '2026-03-09',
  language: 'en',
  scenario: 'bakery-mini',
  title: 'The last sourdough',
  seed: 's1',
  grade: 'B',
  percent: 80,
  ending: 'Fed',
  rows: [
    {
      beat: 'sold-out',
      choice: 'ask',
      moment: 'sold-out',
      breakdown: null,
      roomChose: 'Ask Sam.',
      level: 'good',
      decidedBy: 'vote',
      split: [{ choice: 'Ask Sam.', votes: 3 }],
      betterOption: null,
    },
  ],
};

describe('the workshop CSV in another language', () => {
  it('keeps the column ids and says who decided in the session language', async () => {
    const english = summaryCsv(summary).split('\r\n');
    await useLocale('es');
    const spanish = summaryCsv(summary).split('\r\n');
    expect(spanish[0]).toBe(english[0]);
    expect(english[1]).toContain('"show of hands"');
    expect(spanish[1]).toContain('"votación a mano alzada"');
    expect(spanish[1]).not.toContain('show of hands');
  });
});

describe('skeletons in another language', () => {
  const check = (text: string) => loadScenario('skeleton.yaml', text, { catalogue: realCatalogue(), art: realArt() });

  it.each(['es', 'ar'] as const)('load in %s, warning only at each FILL IN note, said in that language', async (l) => {
    await useLocale(l);
    const text = skeletonScenario({ breakdown: 'El datáfono se cae en la hora punta', role: '' }, 0);
    const result = check(text);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.warnings.filter((w) => !isFillIn(w))).toEqual([]);
    expect(result.warnings.length).toBeGreaterThan(20);
    expect(result.scenario.id).toBe('brainstorm-1-el-dat-fono-se-cae');
    expect(result.scenario.setting.backdrop).toBe('support-desk');
    expect(text).not.toContain('where this happens');
    expect(text).toContain(l === 'es' ? `${FILL_IN} dónde ocurre` : `${FILL_IN} أين يحدث هذا`);
  });
});

describe('progress messages in another language', () => {
  it('counts plays by each language’s plural rules', async () => {
    await useLocale('ar');
    expect(importedMessage('p.json', 2, 2, ['A'])).toContain('أُضيفت جولتان');
    expect(exportedMessage('p.json', 1)).toContain('جولتك الوحيدة');
    await useLocale('es');
    expect(importedMessage('p.json', 1, 3, ['A'])).toBe(
      'Se importó p.json: se añadió 1 partida (A). 2 partidas del archivo ya estaban aquí.',
    );
  });

  it('says a file is not a progress file in the player’s language, quoting the format as written', async () => {
    await useLocale('es');
    const [problem] = describeProgressFile('p.json', '[1, 2]');
    expect(problem).toBe(
      'p.json: esto no es un archivo de progreso: contiene una lista, no un objeto. Un archivo de progreso es el archivo JSON que guarda «Exportar progreso»: un único objeto que empieza por {"format": "service-hero-progress", …}.',
    );
  });

  it('words the LMS reporting line each time it is asked, so it follows a change of language', async () => {
    const status = { sent: 2, skipped: 0, waiting: 1, setAside: 0, lastProblem: null, persistent: true } as const;
    expect(describeReporting(status, null)).toBe('Reporting to your LMS: 2 sent, 1 waiting.');
    await useLocale('es');
    expect(describeReporting(status, null)).toBe('Registro en tu LMS: 2 enviados y 1 en espera.');
  });
});
