// The authors' picture gallery (scenarios/gallery.md): every backdrop, every look in each of its moods,
// and the two badges for voices heard, not seen, with who uses each in the shipped stories. It shows the
// art files themselves (by relative path), so a picture in it cannot go stale; the list is written from
// assets/manifest.json and the library, and a unit test checks the committed page is what this writes.
import type { ArtManifest, Library } from '../src/engine/index.ts';

const ART = '../assets';

const img = (src: string, alt: string, width: number) => `<img src="${ART}/${src}" alt="${alt}" width="${width}">`;

/** Who plays each look, and which stories stand in front of each backdrop, in the library given. */
function usage(library: Library): { looks: Map<string, string[]>; backdrops: Map<string, string[]> } {
  const looks = new Map<string, string[]>();
  const backdrops = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, who: string) => map.set(key, [...(map.get(key) ?? []), who]);
  for (const entry of library.entries) {
    const story = entry.scenario;
    if (!story) continue;
    add(backdrops, story.setting.backdrop, `\`${story.id}\``);
    for (const member of Object.values(story.cast))
      add(
        looks,
        member.look,
        `${member.name} (\`${story.id}\`${member.via ? `, ${member.via === 'phone' ? 'on the phone' : 'in writing'}` : ''})`,
      );
  }
  return { looks, backdrops };
}

export function galleryMarkdown(art: ArtManifest, library: Library): string {
  const used = usage(library);
  const oldNames = new Map<string, string[]>();
  for (const [old, look] of Object.entries(art.aliases)) oldNames.set(look, [...(oldNames.get(look) ?? []), old]);
  const lines = [
    '# Art gallery',
    '',
    '<!-- Written by `npm run gallery` from assets/manifest.json and the stories; do not edit by hand. -->',
    '',
    'Every backdrop and every character look the game has, by the name a scenario file uses for it',
    '(`setting: backdrop:` and `cast: … look:`), with the stories that use each now. How to choose them is in',
    '[the authoring guide](README.md#backdrops-and-character-looks).',
    '',
    '## Backdrops',
    '',
    '| Name | Picture | Used by |',
    '| --- | --- | --- |',
    ...Object.entries(art.backdrops).map(([name, file]) => {
      const title = art.backdropFacts[name]?.title ?? name;
      return `| \`${name}\`<br>${title} | ${img(file, title, 320)} | ${name === 'title' ? 'the title and menu screens' : (used.backdrops.get(name)?.join(', ') ?? 'no story yet')} |`;
    }),
    '',
    '## Character looks',
    '',
    `Each look in its four moods (${art.expressions.map((e) => `\`${e}\``).join(', ')}), as a line's \`face:\` or the customer's mood shows it.`,
    'Give each person in a story a look that matches how the story speaks of them (`pronoun:`), and a look no',
    'other story uses, so the same face never turns up as two people.',
    '',
    `| Look | ${art.expressions.join(' | ')} |`,
    `| --- | ${art.expressions.map(() => '---').join(' | ')} |`,
    ...art.looks.map((look) => {
      const facts = art.lookFacts[look];
      const about = facts ? `${facts.title}: ${facts.pronoun}, ${facts.age}; ${facts.wears}.` : '';
      const old = oldNames.get(look);
      const who = used.looks.get(look);
      const cell = [
        `\`${look}\``,
        about,
        old ? `Old name: ${old.map((o) => `\`${o}\``).join(', ')}.` : '',
        `Used by: ${who?.join(', ') ?? 'nobody yet'}.`,
      ]
        .filter(Boolean)
        .join('<br>');
      return `| ${cell} | ${art.expressions.map((e) => img(`characters/${look}-${e}.svg`, `${look}, ${e}`, 110)).join(' | ')} |`;
    }),
    '',
    '## Voices heard, not seen',
    '',
    'A cast member with `via: phone` or `via: message` is shown as a card with their face, this badge, their name and',
    '"on the phone" or "in writing", instead of standing on the stage.',
    '',
    '| `via:` | Badge |',
    '| --- | --- |',
    `| \`phone\` | ${img('voices/phone.svg', 'phone badge', 60)} |`,
    `| \`message\` | ${img('voices/message.svg', 'envelope badge', 60)} |`,
    '',
  ];
  return lines.join('\n');
}
