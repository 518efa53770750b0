// The files Insights reads, one by one: a workshop's summary (the room's play), one exported before its rows
// carried ids, and files that do not fit, each problem named with its file, line and property, the rest counted.
import { describe, expect, it } from 'vitest';
import { createStoryPlayer } from '../../src/engine/runtime.ts';
import { figuresOf } from '../../src/play/insights/figures.ts';
import { playsOf, readInsightFile } from '../../src/play/insights/readInsightFile.ts';
import { workshopSummary } from '../../src/play/workshop.ts';
import { cohort, library, shelf, stories } from '../../tools/insightsCohort.ts';

const pub = shelf.scenario('pub-caesar-dressing')!;

/** The room plays the pub story taking each beat's first choice on offer, as a facilitator might. */
function roomSummary() {
  const player = createStoryPlayer(pub, library.catalogue!, { seed: 'room-1', timers: false });
  while (!player.isOver()) {
    const view = player.view();
    if (view.kind === 'choices') player.choose(view.choices[0]!.id);
    else player.continueStory();
  }
  return { summary: workshopSummary(pub, player.report(), [], (b) => b, new Date(2026, 11, 3)), player };
}

describe('Insights files', () => {
  it("reads a workshop summary as the room's play: its choices counted, the room kept out of the people", () => {
    const { summary, player } = roomSummary();
    const read = readInsightFile('room.json', JSON.stringify(summary), shelf);
    expect(read.problems).toEqual([]);
    expect(read.kind).toBe('workshop');
    const [play] = read.plays;
    expect(play?.learner).toMatchObject({ room: true, name: 'Workshop room, 2026-12-03' });
    expect(play?.decisions.map((d) => [d.beat, d.choice, d.level])).toEqual(
      player.context().decisions.map((d) => [d.beat, d.choice, d.level]),
    );
    expect(play?.ended).toMatchObject({ grade: player.report().grade, passed: null });
    const figures = figuresOf(read.plays, shelf);
    expect(figures.learners).toEqual([]);
    expect(figures.people.every((track) => track.rows.length === 0)).toBe(true);
    expect(figures.stories[0]?.grades.all[player.report().grade]).toBe(1);

    // Exported before rows carried ids: the room's choices are found by their words.
    const older = { ...summary, rows: summary.rows.map(({ beat: _beat, choice: _choice, ...row }) => row) };
    const again = readInsightFile('older.json', JSON.stringify(older), shelf);
    expect(again.problems).toEqual([]);
    expect(again.plays[0]?.decisions).toEqual(play?.decisions);
  });

  it('names every problem of a file that does not fit, with its line and property, and reads nothing of it', () => {
    const notJson = readInsightFile('notes.json', '{\n  "statements": [\n    {"id": 1,,}\n  ]\n}', shelf);
    expect(notJson.plays).toEqual([]);
    expect(notJson.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^notes\.json:3:\d+: this is not a file Insights reads: it is not valid JSON\.$/),
    ]);

    const statements = [
      { actor: { name: 'Ada' }, verb: { id: 'http://adlnet.gov/expapi/verbs/answered' }, object: { id: 'x' } },
      { actor: { name: 'Bo' }, verb: {}, object: { id: 'y' }, timestamp: 'yesterday' },
    ];
    const text = JSON.stringify({ statements }, null, 2);
    const wrong = readInsightFile('lrs.json', text, shelf);
    const messages = wrong.problems.map((p) => p.message);
    expect(messages).toHaveLength(2);
    const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(messages).toContainEqual(
      expect.stringMatching(new RegExp(`^lrs\\.json:${line('"verb": {}')}:\\d+: statements › #2 › verb: .*"id"`)),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(`^lrs\\.json:${line('yesterday')}:\\d+: statements › #2 › timestamp: a date and time`),
      ),
    );

    const other = readInsightFile('photo.json', '{"name": "holiday"}', shelf);
    expect(other.problems[0]?.message).toMatch(
      /^photo\.json: this is not a file Insights reads\. It reads progress exports/,
    );
  });

  it("counts the rest of a progress file when one of its stories is not this game's, and says so", async () => {
    const { learners } = cohort(1, 3);
    await new Promise((r) => setTimeout(r, 0));
    const progress = learners[0]!.progress;
    const alien = { ...progress.attempts[0]!, scenarioId: 'somebody-elses-story' };
    const read = readInsightFile(
      'mixed.json',
      JSON.stringify({ ...progress, attempts: [...progress.attempts, alien] }),
      shelf,
    );
    expect(read.plays).toHaveLength(3);
    expect(read.problems.map((p) => p.message)).toEqual([
      'mixed.json: the plays of “somebody-elses-story”, a story this game does not have, are left out.',
    ]);
  });

  it('leaves out statements about anything but this game’s stories, and counts them', async () => {
    const { learners } = cohort(1, 1);
    await new Promise((r) => setTimeout(r, 0));
    const foreign = {
      actor: { mbox: 'mailto:x@example.com' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { id: 'https://lms.example.com/fire-safety' },
    };
    const read = readInsightFile('lrs.json', JSON.stringify([...learners[0]!.statements, foreign]), shelf);
    const { plays, skipped } = playsOf([read], stories);
    expect(plays).toHaveLength(1);
    expect(skipped).toBe(1);
  });
});
