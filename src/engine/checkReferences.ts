// Checks that every name in a scenario points at something that exists:
// beats, cast, principles, choices, flags, variations, art and articles.
import { lookNamed, type ArtManifest, type Catalogue } from './catalogue.ts';
import type { Diagnostic, PathSegment } from './diagnostics.ts';
import { TRAINEE, type Beat, type Choice, type Next, type Patience, type Scenario } from './schema.ts';
import { conditionsOf, nextOf, routePath, routesOf, type Route } from './scenarioWalk.ts';
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

/** What the checks below share: the scenario, where errors go, and how names are looked up. */
interface Checking {
  scenario: Scenario;
  at: YamlSource['diagnostic'];
  errors: Diagnostic[];
  known: KnownNames | undefined;
  beatIds: string[];
  castIds: string[];
  isBeat: (id: string) => boolean;
  inCast: (id: string) => boolean;
  guess: (word: string, known: Iterable<string>) => string;
}

// Own keys only: an id such as "constructor" must not find what every object inherits.
const has = (record: object | undefined, id: string) => record !== undefined && Object.hasOwn(record, id);

export function checkReferences(
  scenario: Scenario,
  source: YamlSource,
  catalogue: Catalogue,
  art?: ArtManifest,
  known?: KnownNames,
): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const c: Checking = {
    scenario,
    at: source.diagnostic,
    errors,
    known,
    beatIds: Object.keys(scenario.beats),
    castIds: Object.keys(scenario.cast),
    isBeat: (id) => has(scenario.beats, id) || knows(known?.beats, id),
    inCast: (id) => has(scenario.cast, id) || knows(known?.cast, id),
    // A guess compares the name with every known one: past a few dozen problems the file is broken wholesale, so stop guessing.
    guess: (word, names) => (errors.length < GUESSES ? didYouMean(word, names) : ''),
  };
  checkHeader(c, catalogue, art);
  // Each beat's routes, made once for both walks below: a big story has hundreds of thousands.
  const routes = c.beatIds.map((id) => routesOf(id, scenario.beats[id]!));
  checkTargets(c, routes);
  const { choiceIds, flagsSet } = checkRoutes(c, routes, new Set(catalogue.principles.map((p) => p.id)));
  checkConditions(c, choiceIds, flagsSet);
  return errors;
}

function checkHeader(c: Checking, catalogue: Catalogue, art: ArtManifest | undefined): void {
  const { scenario, at, errors, guess } = c;
  const articleFiles = catalogue.articles.map((a) => a.file);
  if (!c.inCast(scenario.customer))
    errors.push(at(['customer'], `"${scenario.customer}" is not in the cast${guess(scenario.customer, c.castIds)}`));
  if (!c.isBeat(scenario.start))
    errors.push(at(['start'], `there is no beat "${scenario.start}"${guess(scenario.start, c.beatIds)}`));
  scenario.sources.forEach((file, i) => {
    if (!articleFiles.includes(file))
      errors.push(at(['sources', i], `"${file}" is not one of the articles in principles.yaml`));
  });

  if (art) {
    const images = Object.keys(scenario.images ?? {});
    if (!has(art.backdrops, scenario.setting.backdrop) && !images.includes(scenario.setting.backdrop))
      errors.push(
        at(
          ['setting', 'backdrop'],
          `there is no backdrop "${scenario.setting.backdrop}"${guess(scenario.setting.backdrop, [...images, ...Object.keys(art.backdrops)])}; available: ${[...images, ...Object.keys(art.backdrops)].join(', ')}`,
        ),
      );
    checkBuiltLooks(c, art);
    const own = Object.keys(scenario.looks ?? {});
    for (const [id, member] of Object.entries(scenario.cast)) {
      // An old look name is still a look (castArt.ts reads it as its new name), in a file refused for its shape too.
      if (lookNamed(art, member.look) === null && !own.includes(member.look))
        errors.push(
          at(
            ['cast', id, 'look'],
            `there is no character art "${member.look}"${guess(member.look, [...own, ...art.looks])}; available: ${[...own, ...art.looks].join(', ')}`,
          ),
        );
    }
  }
}

/** The story's own looks: each under a name of its own, built on a grown-up's head and clothes the art has. */
function checkBuiltLooks(c: Checking, art: ArtManifest): void {
  const parts = art.looks.filter((look) => art.lookFacts[look]?.age !== 'child');
  for (const [id, look] of Object.entries(c.scenario.looks ?? {})) {
    if (lookNamed(art, id) !== null)
      c.errors.push(
        c.at(['looks', id], `"${id}" is already one of the game's looks; give the story's own look another name`),
      );
    for (const part of ['head', 'body'] as const) {
      const name = look[part];
      // Left out (a look of pictures, or one the schema already refused for it): nothing to look up.
      if (name === undefined) continue;
      const named = lookNamed(art, name);
      if (named === null || !parts.includes(named))
        c.errors.push(
          c.at(
            ['looks', id, part],
            `there is no look "${name}" to take the ${part === 'head' ? 'head' : 'clothes'} from${c.guess(name, parts)}; available: ${parts.join(', ')}`,
          ),
        );
    }
  }
}

/** Every `next` target, in the order edgesOf lists them (which decides which errors get a guess), without making the edges. */
function checkTargets(c: Checking, routes: readonly Route[][]): void {
  const noBeat = (to: string, path: PathSegment[]) =>
    c.errors.push(c.at(path, `there is no beat "${to}"${c.guess(to, c.beatIds)}`));
  for (const beatRoutes of routes) {
    for (const route of beatRoutes) {
      const next = nextOf(route, c.scenario);
      if (typeof next === 'string') {
        if (!c.isBeat(next)) noBeat(next, [...routePath(route), 'next']);
      } else {
        for (let i = 0; i < next.length; i++)
          if (!c.isBeat(next[i]!.go)) noBeat(next[i]!.go, [...routePath(route), 'next', i, 'go']);
      }
    }
  }
}

/** Speakers, branch lists, choice ids and cited principles, beat by beat; returns the choice ids and flags found. */
function checkRoutes(
  c: Checking,
  routes: readonly Route[][],
  principleIds: ReadonlySet<string>,
): { choiceIds: Set<string>; flagsSet: Set<string> } {
  const { at, errors } = c;
  const choiceIds = new Set<string>();
  const flagsSet = new Set<string>();
  for (let b = 0; b < routes.length; b++) {
    const beatId = c.beatIds[b]!;
    checkSpeakers(c, beatId, c.scenario.beats[beatId]!);
    for (const route of routes[b]!) {
      // Branch lists look the same wherever they hang: on a choice, a timeout or the beat itself.
      const next = nextOf(route, c.scenario);
      // Paths are written out (routePath) only where there is a problem to place: most routes have none.
      if (typeof next !== 'string') checkBranches(c, route, next);
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
      checkCited(c, route, judged, principleIds);
    }
  }
  return { choiceIds, flagsSet };
}

function checkSpeakers(c: Checking, beatId: string, beat: Beat): void {
  for (let i = 0; i < beat.lines.length; i++) {
    const { speaker } = beat.lines[i]!;
    if (speaker !== null && speaker !== TRAINEE && !c.inCast(speaker))
      c.errors.push(
        c.at(['beats', beatId, 'lines', i, speaker], `"${speaker}" is not in the cast${c.guess(speaker, c.castIds)}`, {
          key: true,
        }),
      );
  }
}

function checkBranches(c: Checking, route: Route, next: Exclude<Next, string>): void {
  for (let i = 0; i < next.length; i++) {
    const last = i === next.length - 1;
    if (last && next[i]!.when)
      c.errors.push(
        c.at(
          [...routePath(route), 'next', i],
          'the last branch must have no "when", so the story always has somewhere to go',
        ),
      );
    if (!last && !next[i]!.when)
      c.errors.push(
        c.at(
          [...routePath(route), 'next', i],
          'only the last branch may leave out "when"; the branches after this one could never be taken',
        ),
      );
  }
}

function checkCited(c: Checking, route: Route, judged: Choice | Patience, principleIds: ReadonlySet<string>): void {
  if (!judged.upholds && !judged.breaks)
    c.errors.push(
      c.at(
        routePath(route),
        'say which principles this upholds or breaks (upholds: or breaks:), so the debrief can explain it',
      ),
    );
  for (const field of ['upholds', 'breaks'] as const) {
    const cited = judged[field];
    if (!cited) continue;
    for (const id of Object.keys(cited)) {
      if (principleIds.has(id)) continue;
      c.errors.push(
        c.at(
          [...routePath(route), field, id],
          `"${id}" is not in the principles catalogue${c.guess(id, principleIds)}`,
          { key: true },
        ),
      );
    }
  }
}

function checkConditions(c: Checking, choiceIds: ReadonlySet<string>, flagsSet: ReadonlySet<string>): void {
  const { scenario, at, errors, guess, known } = c;
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
}
