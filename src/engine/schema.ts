// The one schema of the scenario format. Every type the engine uses for
// scenario data is inferred from here, and the JSON Schema that editors use
// (scenarios/scenario.schema.json) is generated from it, so the three never drift.
import { z } from './zod.ts';
import { MAX_TITLE } from './limits.ts';

/**
 * zod gives every list, map and record it builds a memoizer, so that input containing itself can be parsed: with a
 * recursive schema (Condition) that costs a WeakMap entry per object parsed, a third of the schema's time on a big
 * story. Scenario data never contains itself (YAML aliases that would make it so are refused before the schema runs),
 * so the schemas here are built without one. zod reads the setting as each schema is made; it is put back below.
 */
const zodMemoizer = z.config().memoizer;
z.config({ memoizer: { attach: () => undefined, guard: () => undefined, alloc: (_inst, _payload, empty) => empty } });

/** The newest format version this engine reads; files carry it as `format`. */
export const FORMAT_VERSION = 2;
/** The oldest format still read: a format 1 file is migrated as it loads (migrateFormat1.ts). */
export const OLDEST_FORMAT = 1;

export const SERVICE_LEVELS = ['harmful', 'routine', 'good', 'heroic'] as const;
/**
 * What became of the core service at an ending (article 002's C): the customer got what they came for; the
 * problem could not be solved and was handled honestly (003); or the core failed.
 */
export const CORES = ['delivered', 'handled-honestly', 'failed'] as const;
/** What a harmful choice does, so the debrief can name it and the checker can apply rules such as R6 (deceit). */
export const HARMS = ['misleads', 'blames', 'dismisses', 'neglects', 'exploits', 'endangers'] as const;
/** Format 1 named the core's fate `outcome`, with `unsolvable` for what format 2 calls handled-honestly. */
const FORMAT1_OUTCOMES = ['delivered', 'failed', 'unsolvable'] as const;
export const EXPRESSIONS = ['content', 'worried', 'annoyed', 'delighted'] as const;
export const DIFFICULTIES = ['introductory', 'intermediate', 'advanced'] as const;
/** Speakers every scenario has without listing them: narration that can carry `when:`, and the trainee. */
export const NARRATOR = 'narrator';
export const TRAINEE = 'you';

export const Id = z
  .string()
  .max(80, { error: 'an id is at most 80 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'an id uses lower-case letters, digits and single dashes, like "fetch-dressing"',
  });

const Text = z.string().trim().min(1, { error: 'must not be empty' });

/** A language tag's language, its region or script left out: "pt-BR" → "pt", "en-GB" → "en". */
export const primaryLanguage = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/** A language tag (BCP 47) as the browser's Intl reads one, written as it writes it back ("pt-BR", not "pt-br"). */
const StoryLanguage = z.string().superRefine((tag, ctx) => {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  // "spanish" is shaped like a tag, but names no language.
  const known = canonical && new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(canonical);
  if (known && canonical === tag) return;
  ctx.addIssue({
    code: 'custom',
    message:
      known && canonical
        ? `write the language tag as "${canonical}"`
        : 'a language tag, like "es", "fr" or "pt-BR": the language the story is written in',
  });
});

export const ServiceLevel = z.enum(SERVICE_LEVELS).meta({
  description:
    'Where a choice sits on the service ladder: harmful (fails or hurts the customer), routine (the transaction, nothing more), good (solves it with care), heroic (goes beyond the transaction to finish it the way the customer wanted).',
});

export const Expression = z.enum(EXPRESSIONS);

/** How a cast member reaches the trainee when not standing there: on the phone, or in writing (a letter, a chat, a post). */
export const VOICES = ['phone', 'message'] as const;
const Voice = z.enum(VOICES);
/** On a line, `in-person` undoes the cast member's usual `via` for that beat (the caller who then walks in). */
const LineVoice = z.enum([...VOICES, 'in-person']);
export const PRONOUNS = ['she', 'he', 'they'] as const;
/** The keys a spoken line may have besides its speaker. */
const LINE_KEYS = new Set(['when', 'face', 'via', 'audio']);
/** The kinds of sound file a line's recording may be: what browsers play, mp3 and wav everywhere. */
export const AUDIO_TYPES = ['mp3', 'ogg', 'oga', 'opus', 'm4a', 'wav', 'webm'] as const;
const audioName = new RegExp(`\\.(${AUDIO_TYPES.join('|')})$`, 'i');
/**
 * A line's recording: a sound file in the story's folder or below it, named as a path from there. The build ships
 * it with the story; check:scenarios checks that it is there and not too large (tools/audioFiles.ts).
 */
const AudioFile = z
  .string()
  .trim()
  .refine((path) => audioName.test(path), {
    error: `a recording is a sound file (${AUDIO_TYPES.join(', ')}), like audio/ruth-hello.mp3`,
  })
  .refine((path) => !/^[/\\]|^[a-z]+:|\\|(^|\/)\.\.(\/|$)/i.test(path), {
    error: "a recording is named from the story's folder, like audio/ruth-hello.mp3: no leading /, no .., no \\",
  })
  .meta({
    description:
      "A recording of this line (mp3, ogg, opus, m4a, wav or webm), named from the story file's folder, like audio/ruth-hello.mp3. With Read aloud on, it is played instead of the browser's voice; the line stays on screen as its caption. A translation of the line is read by the browser's voice, not this recording.",
  });

export const Harm = z.enum(HARMS).meta({
  description:
    'What a harmful choice does: misleads (hides the problem, lies, promises what cannot be kept), blames (a colleague, the customer, anyone), dismisses (brushes them off, quotes rules at them, hands them the problem), neglects (leaves them waiting or drops them), exploits (uses their moment for the business), endangers (puts someone at risk: food safety, money, safeguarding).',
});

/** A comparison on a 0–100 gauge. Both bounds are strict, as an author reads "below 40". */
const Gauge = z.strictObject({
  below: z.number().optional(),
  above: z.number().optional(),
});

/** Every key given must hold. `chose` holds when any listed choice was made earlier in the play. */
export const Condition = z.strictObject({
  chose: z.union([Id, z.array(Id).min(1)]).optional(),
  flag: Id.optional(),
  mood: Gauge.optional(),
  loyalty: Gauge.optional(),
  variation: z.record(Id, Id).optional(),
  get not() {
    return Condition.optional();
  },
  get any() {
    return z.array(Condition).min(1).optional();
  },
});

const Branch = z.strictObject({
  when: Condition.optional(),
  go: Id,
});

/** Where the story goes next: a beat id, or branches tried in order (the last one without `when`). */
export const Next = z.union([Id, z.array(Branch).min(1)]);

const Effects = z.strictObject({
  mood: z.number().int().min(-100).max(100).optional(),
  loyalty: z.number().int().min(-100).max(100).optional(),
  cost: z.number().min(0).optional(),
  minutes: z.number().min(0).optional(),
});

/** Principle id → one sentence saying why this choice upholds or breaks it. */
const Reasons = z.record(Id, Text);

const Judgement = {
  level: ServiceLevel,
  upholds: Reasons.optional(),
  breaks: Reasons.optional(),
  effects: Effects.optional(),
  set: z.array(Id).optional(),
  feedback: Text.optional(),
  next: Next,
};

const HARM_KINDS = HARMS.join(', ');

/** Format 2 asks every harmful choice what harm it does, and no other choice; format 1 files carry none. */
function harmAgreesWithLevel(
  judged: { level: ServiceLevel; harm?: Harm | undefined },
  ctx: z.RefinementCtx,
  required: boolean,
): void {
  if (judged.level === 'harmful' && judged.harm === undefined && required)
    ctx.addIssue({
      code: 'custom',
      path: ['harm'],
      message: `a harmful choice says what harm it does: add harm: with one of ${HARM_KINDS}`,
    });
  if (judged.level !== 'harmful' && judged.harm !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['harm'],
      message: `harm is only for harmful choices; this one is ${judged.level}`,
    });
}

function choiceSchema(format: 1 | 2) {
  return z
    .strictObject({
      id: Id,
      text: Text,
      when: Condition.optional(),
      ...Judgement,
      harm: Harm.optional(),
      pin: z.boolean().optional().meta({
        description:
          "Keeps this choice at its place in the file's order; the others are shuffled from the play's seed. For when the order is the point.",
      }),
    })
    .superRefine((choice, ctx) => harmAgreesWithLevel(choice, ctx, format === 2));
}

/** What happens when the customer's patience runs out before the trainee chooses. */
const Patience = z
  .strictObject({
    seconds: z.number().min(3).max(600),
    text: Text.default('You hesitated, and the customer ran out of patience'),
    ...Judgement,
    level: ServiceLevel.default('harmful'),
    /** A timeout that harms leaves the customer waiting unless the author says otherwise. */
    harm: Harm.optional(),
  })
  .superRefine((patience, ctx) => harmAgreesWithLevel(patience, ctx, false))
  .transform((patience) =>
    patience.level === 'harmful' && patience.harm === undefined ? { ...patience, harm: 'neglects' as const } : patience,
  );

const EndingFormat2 = z
  .strictObject({
    title: Text,
    core: z.enum(CORES).meta({
      description:
        'What became of the core service: delivered (the customer got what they came for), handled-honestly (nobody could solve it, and it was handled honestly), failed (the play fails).',
    }),
    experience: Text.optional().meta({
      description:
        'What the customer got beyond the core that they did not expect and will tell people about. Only an ending that records one can give an A.',
    }),
    summary: Text.optional(),
  })
  .superRefine((ending, ctx) => {
    if (ending.core === 'failed' && ending.experience !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['experience'],
        message: 'an ending whose core failed cannot record an experience: the extra only counts on top of the core',
      });
  });

/** Format 1's ending, read into format 2's shape; what it lacks (the experience) is worked out by migrateFormat1.ts. */
const EndingFormat1 = z
  .strictObject({
    title: Text,
    outcome: z.enum(FORMAT1_OUTCOMES),
    summary: Text.optional(),
  })
  .transform(({ outcome, ...rest }): z.output<typeof EndingFormat2> => ({
    ...rest,
    core: outcome === 'unsolvable' ? 'handled-honestly' : outcome,
  }));

const SpokenLine = z
  .object({
    when: Condition.optional(),
    face: Expression.optional(),
    via: LineVoice.optional(),
    audio: AudioFile.optional(),
  })
  .catchall(z.string())
  .superRefine((line, ctx) => {
    const speakers = Object.keys(line).filter((k) => !LINE_KEYS.has(k));
    if (speakers.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          speakers.length === 0
            ? 'a line needs a speaker, like `maeve: "Hello"` (a plain string is narration)'
            : `a line has one speaker, this one has ${speakers.length}: ${speakers.join(', ')}`,
      });
    }
  })
  .transform((line) => {
    const key = Object.keys(line).find((k) => !LINE_KEYS.has(k)) ?? '';
    const speaker: string | null = key === NARRATOR ? null : key;
    return {
      speaker,
      text: String(line[key] ?? ''),
      when: line.when,
      face: line.face,
      via: line.via,
      audio: line.audio,
    };
  });

/** A plain string (or `narrator: text`) is narration; `castId: text` is spoken by that cast member; `you: text` by the trainee. */
const Line = z.union([
  Text.transform((text) => ({
    speaker: null as string | null,
    text,
    when: undefined,
    face: undefined,
    via: undefined,
    audio: undefined as string | undefined,
  })),
  SpokenLine,
]);

/** A beat's title is a heading in the debrief and a label on the mood chart: a few words, not a sentence. */
const MAX_BEAT_TITLE = 60;

function beatSchema(format: 1 | 2) {
  return z
    .strictObject({
      title: Text.max(MAX_BEAT_TITLE, {
        error: `a beat's title is a short heading, at most ${MAX_BEAT_TITLE} characters`,
      })
        .optional()
        .meta({
          description:
            'A short name for this moment, shown to the trainee as a debrief heading, a mood-chart label and in the best-path card: "Out of Caesar dressing". Without it the game makes one from the breakdown or the first line (never the id).',
        }),
      breakdown: Text.optional().meta({
        description: 'Marks the moment the routine transaction breaks down, and says what broke.',
      }),
      lines: z.array(Line).min(1, { error: 'a beat needs at least one line' }),
      choices: z.array(choiceSchema(format)).min(1).max(6).optional(),
      patience: Patience.optional(),
      next: Next.optional(),
      ending: (format === 1 ? EndingFormat1 : EndingFormat2).optional(),
    })
    .superRefine((beat, ctx) => {
      const kinds = (['choices', 'next', 'ending'] as const).filter((k) => beat[k] !== undefined);
      if (kinds.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message:
            kinds.length === 0
              ? 'a beat needs one of choices, next or ending'
              : `a beat has exactly one of choices, next or ending, this one has ${kinds.join(' and ')}`,
        });
      }
      if (beat.patience && !beat.choices) {
        ctx.addIssue({
          code: 'custom',
          path: ['patience'],
          message: 'patience only makes sense on a beat with choices',
        });
      }
    });
}

const CastMember = z.strictObject({
  name: Text,
  look: Id.meta({
    description:
      "The character art to use: one of the game's looks (scenarios/gallery.md), or one of the story's own (looks:).",
  }),
  pronoun: z.enum(PRONOUNS).optional().meta({
    description: 'How the story refers to them (she, he or they); the checker warns when the look shows otherwise.',
  }),
  via: Voice.optional().meta({
    description:
      'phone or message: they are heard, not seen: shown as a handset or a note with their name instead of standing on the stage.',
  }),
  about: Text.optional(),
});

/** A built look's parts (assets/src/character-builder.mjs draws them; tests/unit/built-looks.test.ts holds the two lists together). */
export const SKIN_TONES = ['pale', 'light', 'warm', 'tan', 'brown', 'deep'] as const;
export const HAIR_COLOURS = ['black', 'dark-brown', 'brown', 'auburn', 'ginger', 'blonde', 'grey', 'white'] as const;
export const BUILDS = ['slim', 'medium', 'broad'] as const;

/** A picture the story brings itself, kept in its file as a data: URL (the studio writes it so when one is added). */
const Image = z
  .string()
  .regex(/^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/, {
    error:
      'an image is written as data:image/png;base64,… or data:image/svg+xml;base64,… (the studio writes it so when you add a picture)',
  })
  .meta({ description: 'A PNG or SVG picture, as a data: URL.' });

const LookPictures = z.strictObject({ content: Id, worried: Id, annoyed: Id, delighted: Id }).meta({
  description: "The look's four moods, each one of the story's own images (images:).",
});

/** A built look's parts: all of them, or none for a look of the author's own pictures. */
export const LOOK_PARTS = ['head', 'body', 'skin', 'hair', 'build', 'glasses', 'headset'] as const;

const BuiltLook = z
  .strictObject({
    title: Text.optional().meta({
      description: 'What the look shows, in a few words, for the studio and the checker.',
    }),
    head: Id.optional().meta({
      description: "The game's look whose face, hair and age this one has (scenarios/gallery.md).",
    }),
    body: Id.optional().meta({ description: "The game's look whose clothes this one wears." }),
    skin: z.enum(SKIN_TONES).optional().meta({ description: "The skin tone; the head's own when left out." }),
    hair: z.enum(HAIR_COLOURS).optional().meta({ description: "The hair colour; the head's own when left out." }),
    build: z.enum(BUILDS).optional().meta({ description: 'Slimmer or broader clothes; medium when left out.' }),
    glasses: z.boolean().optional().meta({ description: 'true: glasses are drawn on (some heads wear them already).' }),
    headset: z.boolean().optional().meta({ description: 'true: a headset with a microphone is drawn on.' }),
    pictures: LookPictures.optional(),
  })
  .superRefine((look, ctx) => {
    // A look is built from the art's parts, or is the author's own four pictures: one or the other, whole.
    if (look.pictures) {
      for (const part of LOOK_PARTS)
        if (look[part] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [part],
            message: `a look drawn from pictures takes no ${part}: its four pictures are the whole look`,
          });
      return;
    }
    for (const part of ['head', 'body'] as const)
      if (look[part] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [part],
          message: `a look needs its ${part === 'head' ? 'head (face, hair and age' : 'body (clothes'} from one of the game's looks), or pictures of its own`,
        });
  });

const Variation = z.strictObject({
  id: Id,
  weight: z.number().positive().default(1),
  about: Text.optional(),
});

function scenarioSchema(format: 1 | 2) {
  return z.strictObject({
    // A format 1 file is read into format 2's shape (migrateFormat1.ts says what its author should add).
    format: z
      .literal(format, {
        error: `format must be ${FORMAT_VERSION} (or ${OLDEST_FORMAT}, which is still read), the version this game reads`,
      })
      .transform((): typeof FORMAT_VERSION => FORMAT_VERSION),
    id: Id,
    language: StoryLanguage.optional().meta({
      description:
        'The language the story is written in, as a language tag: es, fr, ar, pt-BR… English when left out. Screens mark its words so, for screen readers, and reports to an LMS say so.',
    }),
    title: Text.max(MAX_TITLE),
    summary: Text,
    sources: z
      .array(
        z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, {
          error: 'a source is an article file name, like 000_c3e8adf0cbd3a5b1.txt',
        }),
      )
      .min(1),
    role: Text.meta({ description: 'The part the trainee plays: server, front desk, support agent…' }),
    industry: Text.optional().meta({
      description: 'The trade, for filtering the library: hospitality, retail, telecoms…',
    }),
    difficulty: z.enum(DIFFICULTIES).default('intermediate'),
    minutes: z
      .number()
      .min(1)
      .max(60)
      .optional()
      .meta({ description: 'Estimated minutes to play; worked out from the text when left out.' }),
    setting: z.strictObject({
      place: Text,
      backdrop: Id.meta({
        description:
          "The backdrop art to use: one of the game's (scenarios/gallery.md), or one of the story's own images.",
      }),
      time: Text.optional(),
    }),
    looks: z.record(Id, BuiltLook).optional().meta({
      description:
        "The story's own looks, each built from the game's art: a head from one look, clothes from another, a skin tone, a hair colour, a build, glasses, a headset. A cast member's look may name one.",
    }),
    cast: z.record(Id, CastMember),
    customer: Id.meta({ description: 'The cast member whose mood the play tracks.' }),
    mood: z
      .number()
      .int()
      .min(0)
      .max(100)
      .default(60)
      .meta({ description: "The customer's mood when the story opens, 0–100." }),
    currency: z.string().min(1).max(4).default('£'),
    variations: z.record(Id, z.array(Variation).min(2)).optional().meta({
      description:
        'Named rolls decided once per play from the seed, so a replay with the same seed meets the same breakdowns.',
    }),
    start: Id,
    beats: z.record(Id, beatSchema(format)),
    images: z.record(Id, Image).optional().meta({
      description:
        "The story's own pictures, kept in its file: a backdrop (setting: backdrop: names one) or a look's four moods (looks: … pictures:).",
    }),
  });
}

/** The format this game writes and documents; the JSON Schema for editors is made from it. */
export const Scenario = scenarioSchema(2);
/** The format 1 files that companies wrote before, read into the same shape and then migrated. */
const ScenarioFormat1 = scenarioSchema(1);

/** Each format's schema, by the `format` a file declares. */
export const SCENARIO_FORMATS = { 1: ScenarioFormat1, 2: Scenario } as const;

z.config({ memoizer: zodMemoizer });

export type ServiceLevel = z.infer<typeof ServiceLevel>;
export type Expression = z.infer<typeof Expression>;
export type Condition = z.infer<typeof Condition>;
export type Next = z.infer<typeof Next>;
export type Harm = z.infer<typeof Harm>;
export type Choice = z.infer<ReturnType<typeof choiceSchema>>;
export type Patience = z.infer<typeof Patience>;
export type Ending = z.infer<typeof EndingFormat2>;
export type Line = z.infer<typeof Line>;
export type Beat = z.infer<ReturnType<typeof beatSchema>>;
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type Core = Ending['core'];
export type BuiltLook = z.infer<typeof BuiltLook>;
