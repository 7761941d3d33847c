// The typed shape every seed file must have: the entity register (seed/entities.yaml) and one facts file per
// article (seed/facts/<article>.yaml). Evidence is written as the article's own words; the loader finds them.
import { z } from 'zod';
import { dateInterval, ENTITY_KINDS, EVENT_STATUSES, EVENT_TYPE_NAMES, GENERATED_ID_PREFIX, ISO_DATE_PATTERN, MEASURE_NAMES, MEASURES, STANCE_POSITIONS, STATED_RELATION_TYPES, VOTE_POSITIONS } from '../src/model';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as antony-blinken')
  .refine((value) => !value.startsWith(GENERATED_ID_PREFIX), `must not start with "${GENERATED_ID_PREFIX}": generated corpora use those ids`);
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * ISO 8601, possibly partial: 2024, 2024-03, 2024-03-22, or an ISO week such as 2024-W13
 * ("next week" from a Friday article). Relative words are resolved by the editor against the publication date.
 */
const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'must be an ISO date: 2024, 2024-03, 2024-03-22 or 2024-W13')
  .superRefine((value, context) => {
    if (!ISO_DATE_PATTERN.test(value)) return;
    try {
      dateInterval(value);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });

/** The article's words; `occurrence` (1-based) says which one where the same words occur more than once. */
const quote = z.union([
  nonEmpty,
  z.object({ quote: nonEmpty, occurrence: z.number().int().min(1) }).strict(),
]);
export type Quote = z.infer<typeof quote>;
const evidence = z.union([quote, z.array(quote).min(1)]);

/**
 * A form an article uses for an entity. Its name or a name's form ("Netanyahu", "American") becomes an alias,
 * found by search; a `reference` ("the measure", "the region", "Israel's hawkish prime minister") locates the
 * mention without naming the entity, and is never an alias.
 */
const mentionForm = z.union([quote, z.object({ reference: nonEmpty, occurrence: z.number().int().min(1).optional() }).strict()]);
export type MentionForm = z.infer<typeof mentionForm>;

/** Where the register knows better than the source: the source's words stay its claim, marked contradicted by this. */
const contradiction = nonEmpty.optional();

export const entityRegisterSchema = z.array(
  z
    .object({
      id,
      kind: z.enum(ENTITY_KINDS).exclude(['EVENT']),
      name: nonEmpty,
      description: nonEmpty,
      /** Forms not used by any article (the articles' own forms come from each facts file's mentions). */
      aliases: z.array(nonEmpty).default([]),
      wikidataId: z.string().regex(/^Q\d+$/, 'must be a Wikidata item id such as Q30').optional(),
    })
    .strict(),
);
export type RegisteredEntity = z.infer<typeof entityRegisterSchema>[number];

const participant = z
  .object({
    entity: id,
    role: nonEmpty,
    /** The participation's own modality where it is not the event's: Burns "is expected to travel" to ONGOING talks. */
    status: z.enum(EVENT_STATUSES).optional(),
    evidence,
  })
  .strict();

const event = z
  .object({
    id,
    name: nonEmpty,
    description: nonEmpty.optional(),
    type: z.enum(EVENT_TYPE_NAMES),
    /** This article's modality: "is scheduled to meet" is PLANNED, "is expected to travel" EXPECTED. */
    status: z.enum(EVENT_STATUSES),
    date: isoDate.optional(),
    place: id.optional(),
    partOf: id.optional(),
    evidence,
    participants: z.array(participant).default([]),
  })
  .strict();

const statement = z
  .object({
    id,
    /** One speaker, or several who said the same words ("the two countries called the measure ambiguous"). */
    speaker: z.union([id, z.array(id).min(1)]),
    about: z.array(id).default([]),
    date: isoDate.optional(),
    direct: z.boolean(),
    /** The words as the article gives them; their place in the article is the statement's evidence. */
    text: quote,
  })
  .strict();

const claim = z
  .object({
    id,
    /** One of the vocabulary's measures (src/model/vocabulary.ts MEASURES), with one of its units. */
    measure: z.enum(MEASURE_NAMES),
    value: z.number().finite(),
    unit: nonEmpty.optional(),
    qualifier: z.enum(['at least', 'more than', 'roughly', 'just before', 'about']).optional(),
    subject: id,
    /** Who gives the figure, where the article attributes it. */
    source: id.optional(),
    evidence: quote,
    contradiction,
  })
  .strict()
  .superRefine((value, context) => {
    const units: readonly string[] = MEASURES[value.measure];
    const message = units.length === 0
      ? `"${value.measure}" counts no unit; remove unit`
      : `"${value.measure}" is counted in ${units.map((unit) => `"${unit}"`).join(' or ')}`;
    if (value.unit === undefined ? units.length > 0 : !units.includes(value.unit)) context.addIssue({ code: 'custom', path: ['unit'], message });
  });

const resolution = z
  .object({
    id,
    sponsors: z.array(z.object({ entity: id, evidence }).strict()).default([]),
    tally: z.object({ inFavour: z.number().int().min(0), against: z.number().int().min(0), abstentions: z.number().int().min(0), evidence }).strict().optional(),
    adopted: z.object({ value: z.boolean(), evidence }).strict().optional(),
    /** The VOTE event at which it was voted on. */
    votedAt: id.optional(),
  })
  .strict();

export const factsFileSchema = z
  .object({
    /** The article's file name without .txt, as listed in seed/articles/articles.json. */
    article: id,
    /** When the article was written; orders same-day reports, so that the later report's status stands. */
    reportedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/, 'must be a date and time with its UTC offset, such as 2024-03-22T10:30+02:00')
      .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date and time'),
    /** Entity id → the words this article uses for it. Every form becomes an alias; each must occur in the text. */
    mentions: z.record(id, z.array(mentionForm).min(1)),
    events: z.array(event).default([]),
    roles: z.array(z.object({ person: id, title: nonEmpty, of: id, evidence, contradiction }).strict()).default([]),
    relations: z.array(z.object({ from: id, type: z.enum(STATED_RELATION_TYPES), to: id, evidence }).strict()).default([]),
    resolutions: z.array(resolution).default([]),
    votes: z.array(z.object({ voter: id, resolution: id, position: z.enum(VOTE_POSITIONS), veto: z.boolean().default(false), evidence }).strict()).default([]),
    statements: z.array(statement).default([]),
    stances: z.array(z.object({ holder: id, target: id, position: z.enum(STANCE_POSITIONS), evidence }).strict()).default([]),
    claims: z.array(claim).default([]),
  })
  .strict();
export type FactsFile = z.infer<typeof factsFileSchema>;

export const articleMetadataSchema = z.array(
  z
    .object({
      file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'must be a .txt file name in seed/articles'),
      title: nonEmpty,
      publisher: nonEmpty.nullable(),
      author: nonEmpty.nullable(),
      published: isoDate.nullable(),
      url: z.string().url().optional(),
      note: z.string().optional(),
    })
    .strict(),
);
export type ArticleMetadata = z.infer<typeof articleMetadataSchema>[number];
