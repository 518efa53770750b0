// Checks that every name in a scenario points at something that exists:
// beats, cast, principles, choices, flags, variations, art and articles.
import { lookNamed, type ArtManifest, type Catalogue } from './catalogue.ts';
import type { Diagnostic, PathSegment } from './diagnostics.ts';
import { TRAINEE, type Scenario } from './schema.ts';
import { conditionsOf, nextOf, routePath, routesOf } from './scenarioWalk.ts';
import { didYouMean } from './suggest.ts';
import type { YamlSource } from './yamlSource.ts';

const GUESSES = 50;

/** Names a file declares; 'any' where its text is too broken to tell. */
export type NameSet = ReadonlySet<string> | 'any';

/** For a story checked in part (checkRefusedScenario.ts): names whose own parts were refused still exist. */
export interface KnownNames {
  beats: NameSet;
  cast: NameSet;
  choices: NameSet;
  flags: NameSet;
  variations: NameSet;
}

const knows = (names: NameSet | undefined, id: string) => names === 'any' || (names?.has(id) ?? false);

export function checkReferences(
  scenario: Scenario,
  source: YamlSource,
  catalogue: Catalogue,
  art?: ArtManifest,
  known?: KnownNames,
): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const at = source.diagnostic;
  const beatIds = Object.keys(scenario.beats);
  const castIds = Object.keys(scenario.cast);
  const principleIds = new Set(catalogue.principles.map((p) => p.id));
  const articleFiles = catalogue.articles.map((a) => a.file);
  // Own keys only: an id such as "constructor" must not find what every object inherits.
  const has = (record: object | undefined, id: string) => record !== undefined && Object.hasOwn(record, id);
  const isBeat = (id: string) => has(scenario.beats, id) || knows(known?.beats, id);
  const inCast = (id: string) => has(scenario.cast, id) || knows(known?.cast, id);
  // A guess compares the name with every known one: past a few dozen problems the file is broken wholesale, so stop guessing.
  const guess = (word: string, known: Iterable<string>) => (errors.length < GUESSES ? didYouMean(word, known) : '');

  if (!inCast(scenario.customer))
    errors.push(at(['customer'], `"${scenario.customer}" is not in the cast${guess(scenario.customer, castIds)}`));
  if (!isBeat(scenario.start))
    errors.push(at(['start'], `there is no beat "${scenario.start}"${guess(scenario.start, beatIds)}`));
  scenario.sources.forEach((file, i) => {
    if (!articleFiles.includes(file))
      errors.push(at(['sources', i], `"${file}" is not one of the articles in principles.yaml`));
  });

  if (art) {
    if (!has(art.backdrops, scenario.setting.backdrop))
      errors.push(
        at(
          ['setting', 'backdrop'],
          `there is no backdrop "${scenario.setting.backdrop}"; available: ${Object.keys(art.backdrops).join(', ')}`,
        ),
      );
    for (const [id, member] of Object.entries(scenario.cast)) {
      // An old look name is still a look (castArt.ts reads it as its new name), in a file refused for its shape too.
      if (lookNamed(art, member.look) === null)
        errors.push(
          at(['cast', id, 'look'], `there is no character art "${member.look}"; available: ${art.looks.join(', ')}`),
        );
    }
  }

  // Every `next` target, in the order edgesOf lists them (which decides which errors get a guess), without making the edges.
  const noBeat = (to: string, path: PathSegment[]) =>
    errors.push(at(path, `there is no beat "${to}"${guess(to, beatIds)}`));
  for (const [beatId, beat] of Object.entries(scenario.beats)) {
    for (const route of routesOf(beatId, beat)) {
      const next = nextOf(route, scenario);
      if (typeof next === 'string') {
        if (!isBeat(next)) noBeat(next, [...routePath(route), 'next']);
      } else {
        for (let i = 0; i < next.length; i++)
          if (!isBeat(next[i]!.go)) noBeat(next[i]!.go, [...routePath(route), 'next', i, 'go']);
      }
    }
  }

  const choiceIds = new Set<string>();
  const flagsSet = new Set<string>();
  for (const [beatId, beat] of Object.entries(scenario.beats)) {
    for (let i = 0; i < beat.lines.length; i++) {
      const { speaker } = beat.lines[i]!;
      if (speaker !== null && speaker !== TRAINEE && !inCast(speaker))
        errors.push(
          at(['beats', beatId, 'lines', i, speaker], `"${speaker}" is not in the cast${guess(speaker, castIds)}`, {
            key: true,
          }),
        );
    }
    for (const route of routesOf(beatId, beat)) {
      // Branch lists look the same wherever they hang: on a choice, a timeout or the beat itself.
      const next = nextOf(route, scenario);
      // Paths are written out (routePath) only where there is a problem to place: most routes have none.
      if (typeof next !== 'string') {
        for (let i = 0; i < next.length; i++) {
          const last = i === next.length - 1;
          if (last && next[i]!.when)
            errors.push(
              at(
                [...routePath(route), 'next', i],
                'the last branch must have no "when", so the story always has somewhere to go',
              ),
            );
          if (!last && !next[i]!.when)
            errors.push(
              at(
                [...routePath(route), 'next', i],
                'only the last branch may leave out "when"; the branches after this one could never be taken',
              ),
            );
        }
      }
      if (route.kind === 'continue') continue;
      const judged = route.kind === 'choice' ? route.choice : route.patience;
      if (route.kind === 'choice') {
        if (choiceIds.has(route.choice.id))
          errors.push(
            at(
              [...routePath(route), 'id'],
              `the choice id "${route.choice.id}" is used twice; choice ids must be unique in a file`,
            ),
          );
        choiceIds.add(route.choice.id);
      }
      if (judged.set) for (const flag of judged.set) flagsSet.add(flag);
      if (!judged.upholds && !judged.breaks)
        errors.push(
          at(
            routePath(route),
            'say which principles this upholds or breaks (upholds: or breaks:), so the debrief can explain it',
          ),
        );
      for (const field of ['upholds', 'breaks'] as const) {
        const cited = judged[field];
        if (!cited) continue;
        for (const id of Object.keys(cited)) {
          if (!principleIds.has(id))
            errors.push(
              at(
                [...routePath(route), field, id],
                `"${id}" is not in the principles catalogue${guess(id, principleIds)}`,
                { key: true },
              ),
            );
        }
      }
    }
  }

  for (const { condition, path } of conditionsOf(scenario)) {
    if (Object.keys(condition).length === 0)
      errors.push(at(path, 'a condition needs at least one test, such as chose, flag or mood'));
    const chose = condition.chose === undefined ? [] : [condition.chose].flat();
    chose.forEach((id) => {
      if (!choiceIds.has(id) && !knows(known?.choices, id))
        errors.push(at([...path, 'chose'], `there is no choice "${id}"${guess(id, choiceIds)}`));
    });
    if (condition.flag !== undefined && !flagsSet.has(condition.flag) && !knows(known?.flags, condition.flag))
      errors.push(
        at([...path, 'flag'], `no choice sets the flag "${condition.flag}"${guess(condition.flag, flagsSet)}`),
      );
    for (const [roll, outcome] of Object.entries(condition.variation ?? {})) {
      const options = has(scenario.variations, roll) ? scenario.variations?.[roll] : undefined;
      if (!options && knows(known?.variations, roll)) continue;
      if (!options)
        errors.push(
          at(
            [...path, 'variation', roll],
            `there is no variation "${roll}"${guess(roll, Object.keys(scenario.variations ?? {}))}`,
            { key: true },
          ),
        );
      else if (!options.some((o) => o.id === outcome))
        errors.push(
          at(
            [...path, 'variation', roll],
            `variation "${roll}" has no outcome "${outcome}"; it has ${options.map((o) => o.id).join(', ')}`,
          ),
        );
    }
  }
  return errors;
}
