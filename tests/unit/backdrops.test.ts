// The backdrop gallery: every backdrop the manifest names is a file, has a title for the galleries, and is drawn as
// the game's backdrops must be (no words, nothing fetched from elsewhere); a drawn one is what its source makes, and
// a night is named from its day.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArtManifest } from '../../src/engine/catalogue.ts';
import { backdropFor, hasNight } from '../../assets/src/generate-backdrops.mjs';
import { projectRoot } from './support.ts';

const art = ArtManifest.parse(JSON.parse(readFileSync(join(projectRoot, 'assets/manifest.json'), 'utf8')));
const sourceDir = join(projectRoot, 'assets/src/backdrops');
const sources = readdirSync(sourceDir)
  .filter((file) => file.endsWith('.svg'))
  .map((file) => ({ id: file.slice(0, -'.svg'.length), text: readFileSync(join(sourceDir, file), 'utf8') }));
const read = (id: string) => readFileSync(join(projectRoot, 'assets', art.backdrops[id]!), 'utf8');
const generate = backdropFor;

describe('the backdrops', () => {
  it('offers at least twenty places a story can happen, besides the menus', () => {
    const days = Object.keys(art.backdrops).filter((id) => id !== 'title' && !id.endsWith('-night'));
    expect(days.length).toBeGreaterThanOrEqual(20);
  });

  it('names a file for each, with a title, and a night only as "<day>-night" beside its day', () => {
    const ids = Object.keys(art.backdrops);
    expect(ids.filter((id) => !existsSync(join(projectRoot, 'assets', art.backdrops[id]!)))).toEqual([]);
    expect(ids.filter((id) => !art.backdropFacts[id]?.title)).toEqual([]);
    expect(Object.keys(art.backdropFacts).filter((id) => !ids.includes(id))).toEqual([]);
    const nights = Object.entries(art.backdropFacts).flatMap(([id, f]) => (f.night ? [[id, f.night]] : []));
    expect(nights.length).toBeGreaterThan(0);
    expect(nights.filter(([day, night]) => night !== `${day}-night` || !ids.includes(night!))).toEqual([]);
    expect(ids.filter((id) => id.endsWith('-night') && !nights.some(([, night]) => night === id))).toEqual([]);
  });

  it('draws with no words, nothing from elsewhere, no scripts, and at most 40 kB each', () => {
    const files = Object.keys(art.backdrops).map((id) => ({ id, text: read(id) }));
    expect(files.length).toBeGreaterThan(20);
    const wrong = files.flatMap(({ id, text }) => [
      ...(/<text\b|<script\b|<image\b|<foreignObject\b|<style\b|\bon[a-z]+=/i.test(text)
        ? [`${id}: has text or code`]
        : []),
      ...(/(href|src)="(?!#)/.test(text) ? [`${id}: refers to another file`] : []),
      ...(text.length > 40_000 ? [`${id}: ${text.length} characters`] : []),
      ...(/<title>[^<]+<\/title>/.test(text) ? [] : [`${id}: no <title>`]),
    ]);
    expect(wrong).toEqual([]);
  });

  it('is, for every drawn one, what its source makes: node assets/src/generate-backdrops.mjs', () => {
    expect(sources.length).toBeGreaterThan(0);
    const stale = sources.flatMap(({ id, text }) => [
      ...(read(id) === generate(text, 'day') ? [] : [id]),
      ...(hasNight(text) && read(`${id}-night`) !== generate(text, 'night') ? [`${id}-night`] : []),
      ...(hasNight(text) === (art.backdropFacts[id]?.night !== undefined) ? [] : [`${id}: night in manifest`]),
    ]);
    expect(stale).toEqual([]);
  });

  it('gives a night its own title and keeps no marker in either file', () => {
    const drawn = sources.filter(({ text }) => hasNight(text));
    expect(drawn.length).toBeGreaterThan(0);
    for (const { id, text } of drawn) {
      const title = (svg: string) => /<title>([^<]+)<\/title>/.exec(svg)?.[1];
      expect(title(generate(text, 'night')), id).not.toBe(title(generate(text, 'day')));
      expect(generate(text, 'night')).not.toMatch(/<!-- \/?(day|night) -->/);
    }
  });

  it('refuses a source with a part left open or opened inside another', () => {
    expect(() => generate('<svg><!-- night --><rect/></svg>', 'day', 'x.svg')).toThrow(/x\.svg: 1 day\/night/);
    expect(() => generate('<!-- day --><!-- night --><!-- /night --><!-- /day -->', 'day', 'y.svg')).toThrow(
      /y\.svg: a day or night part is opened inside another/,
    );
  });
});
