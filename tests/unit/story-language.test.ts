// A story says the language it is written in (`language:`): the loader holds it to a language tag the browser
// knows, the details form writes it after the id, its words are marked with it wherever they are shown (and so
// read by screen readers in it, the right way round), and it is translated from that language into the others.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../src/engine/index.ts';
import { storyTexts } from '../../src/engine/translation/storyTexts.ts';
import { translateScenario } from '../../src/engine/translation/translate.ts';
import { storyTextAttributes } from '../../src/i18n/storyLanguage.ts';
import { markWrittenLanguage } from '../../src/play/storyTranslations.ts';
import { setDetail } from '../../src/play/studio/detailEdits.ts';
import { applyChanges } from '../../src/play/studio/textEdits.ts';
import { projectRoot } from '../../tools/projectFiles.ts';
import { refreshed, translatableInto, translationSources } from '../../tools/translations/store.ts';
import { readXliff, writeXliff } from '../../tools/translations/xliff.ts';
import { translationsOf } from '../../tools/vite/shippedContent.ts';
import { realArt, realCatalogue } from './support.ts';

const pub = readFileSync(join(projectRoot, 'scenarios/pub-caesar-dressing.yaml'), 'utf8');
const writtenIn = (language: string, text = pub) => {
  const changes = setDetail(text, ['language'], language);
  if (!changes) throw new Error('no change');
  return applyChanges(text, changes);
};
const load = (text: string) => loadScenario('pub.yaml', text, { catalogue: realCatalogue(), art: realArt() });

describe('the language a story is written in', () => {
  it('is a language tag the browser knows, written as it writes it, and goes on the line after the id', () => {
    const spanish = writtenIn('es');
    expect(spanish.split('\n').findIndex((l) => l === 'language: es')).toBe(
      spanish.split('\n').findIndex((l) => l.startsWith('id:')) + 1,
    );
    const loaded = load(spanish);
    expect(loaded.ok && loaded.scenario.language).toBe('es');
    expect(load(writtenIn('pt-BR')).ok).toBe(true);

    const said = (language: string) => {
      const result = load(writtenIn(language));
      if (result.ok) throw new Error(`${language} loaded`);
      return result.errors.map((e) => `${e.line}:${e.col}: ${e.field}: ${e.message}`);
    };
    const line = spanish.split('\n').indexOf('language: es') + 1;
    expect(said('PT-br')).toEqual([`${line}:11: language: write the language tag as "pt-BR"`]);
    // Shaped like a tag, but no language's: the author wrote the name.
    expect(said('spanish')[0]).toMatch(/language: a language tag, like "es", "fr" or "pt-BR"/);
    expect(said('es_MX')[0]).toMatch(/language: a language tag/);
  });

  it('marks every word of the story with it, and its direction, on any page', () => {
    const loaded = load(writtenIn('ar', pub.replace(/^title: .*$/m, 'title: "Arabic test story, its own title"')));
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    const [title, ...rest] = storyTexts(loaded.scenario).map((u) => u.text);
    expect(storyTextAttributes(title!)).toEqual({ lang: 'en', dir: 'ltr' });
    markWrittenLanguage(loaded.scenario);
    expect(storyTextAttributes(title!)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(rest.every((text) => storyTextAttributes(text).lang === 'ar')).toBe(true);
  });

  it('is the language its translations are made from, into every language but its own', () => {
    const english = load(pub);
    const spanish = load(
      writtenIn('es', pub.replace(/^id: .*$/m, 'id: pub-in-spanish').replace(/^title: .*$/m, 'title: Sin aderezo')),
    );
    if (!english.ok || !spanish.ok) throw new Error('does not load');
    const entry = (scenario: typeof english.scenario, file: string) => ({
      file,
      title: scenario.title,
      scenario,
      errors: [],
      warnings: [],
    });
    const library = {
      catalogue: null,
      entries: [entry(english.scenario, 'scenarios/pub.yaml'), entry(spanish.scenario, 'scenarios/pub-es.yaml')],
      tracks: [],
    } as unknown as Parameters<typeof translationSources>[0];
    const sources = translationSources(library);
    const source = sources.find((s) => s.id === 'pub-in-spanish')!;
    expect(sources.map((s) => [s.id, s.language, translatableInto(s, 'en'), translatableInto(s, 'es')])).toEqual([
      [english.scenario.id, 'en', false, true],
      ['pub-in-spanish', 'es', true, false],
    ]);

    // Its English translation, as a translator sends it back: from Spanish, and its title done.
    const dir = mkdtempSync(join(tmpdir(), 'translations-'));
    vi.stubEnv('SERVICE_HERO_TRANSLATIONS', dir);
    try {
      const file = refreshed(source, undefined);
      const xliff = writeXliff({ srcLang: source.language, trgLang: 'en', files: [file] }).replace(
        /(<segment state=")initial(">\s*<source>Sin aderezo<\/source>)/,
        '$1translated$2\n        <target>Hold the Dressing, in English</target>',
      );
      expect(xliff).toContain('srcLang="es" trgLang="en"');
      expect(readXliff('pub-es.xlf', xliff).problems).toEqual([]);
      for (const language of ['en', 'es']) mkdirSync(join(dir, language));
      writeFileSync(join(dir, 'en', 'pub-es.xlf'), xliff);
      // A Spanish file for the Spanish story is not one of its translations: it is never read.
      writeFileSync(join(dir, 'es', 'pub-es.xlf'), xliff.replace('trgLang="en"', 'trgLang="es"'));

      const texts = translationsOf(library, 'en').stories['pub-in-spanish']!;
      expect(texts).toEqual({ title: 'Hold the Dressing, in English' });
      expect(translateScenario(spanish.scenario, texts).scenario.title).toBe('Hold the Dressing, in English');
      expect(translationsOf(library, 'es').stories['pub-in-spanish']).toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
