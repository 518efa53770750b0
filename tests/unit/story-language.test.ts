// A story says the language it is written in (`language:`): the loader holds it to a language tag the browser
// knows, the details form writes it after the id, its words are marked with it wherever they are shown (and so
// read by screen readers in it, the right way round), and the translation files are made from English stories only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/index.ts';
import { storyTexts } from '../../src/engine/translation/storyTexts.ts';
import { storyTextAttributes } from '../../src/i18n/storyLanguage.ts';
import { markWrittenLanguage } from '../../src/play/storyTranslations.ts';
import { setDetail } from '../../src/play/studio/detailEdits.ts';
import { applyChanges } from '../../src/play/studio/textEdits.ts';
import { projectRoot } from '../../tools/projectFiles.ts';
import { translationSources } from '../../tools/translations/store.ts';
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

  it('leaves a story written in another language out of the translations, which are made from English', () => {
    const english = load(pub);
    const french = load(writtenIn('fr', pub.replace(/^id: .*$/m, 'id: pub-in-french')));
    if (!english.ok || !french.ok) throw new Error('does not load');
    const entry = (scenario: typeof english.scenario, file: string) => ({
      file,
      title: scenario.title,
      scenario,
      errors: [],
      warnings: [],
    });
    const sources = translationSources({
      catalogue: null,
      entries: [entry(english.scenario, 'scenarios/pub.yaml'), entry(french.scenario, 'scenarios/pub-fr.yaml')],
      tracks: [],
    } as unknown as Parameters<typeof translationSources>[0]);
    expect(sources.map((s) => s.id)).toEqual([english.scenario.id]);
  });
});
