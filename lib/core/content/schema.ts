/**
 * The content file format (see docs/decisions/002-content-format.md).
 *
 * Every file under content/ is YAML and is validated by one of these schemas,
 * chosen by the folder it lives in. Ids are stable: progress is keyed on them,
 * so renaming an id is a delete + add for every learner.
 */
import { z } from 'zod';

/** kebab-case, optionally dotted for namespacing: `limits.rest-timeout`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
    message: 'must be a lower-case kebab-case id (dots allowed between parts)',
  });

const Text = z.string().trim().min(1, { message: 'required' });
/** Markdown text (GFM). Rendered sanitised; raw HTML is never trusted. */
const Markdown = Text;

/** A reference to a source: an id from content/sources/*.yaml. */
const SourceRefs = z.array(IdSchema).default([]);

// ---------------------------------------------------------------- sources
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: Text,
  url: z.url({ protocol: /^https$/, message: 'must be an https URL' }),
  /** A short passage from the page that states the fact cited, so a reader can check it without hunting. */
  quote: Text.max(600, { message: 'keep the quote short (600 characters at most)' }).optional(),
});
export type Source = z.infer<typeof SourceSchema>;
/** content/sources/*.yaml */
export const SourcesFileSchema = z.strictObject({ sources: z.array(SourceSchema).min(1) });

// ---------------------------------------------------------------- comparison
export const SideSchema = z.enum(['a', 'b']);
export const SubjectSchema = z.strictObject({
  id: IdSchema,
  name: Text, // "Amazon API Gateway"
  short: Text, // "API Gateway"
});
export const DimensionSchema = z.strictObject({
  id: IdSchema,
  name: Text, // "Routing"
  a: Markdown, // what subject A does, as documented today
  b: Markdown, // what subject B does
  nuance: Markdown, // where the short answer misleads
  /** A claim commonly repeated (e.g. by the seed newsletter) that is outdated or simplified. */
  outdatedClaim: z
    .strictObject({ claim: Text, verdict: z.enum(['outdated', 'simplified', 'wrong', 'incomplete']) })
    .optional(),
  /** Which side usually wins this dimension, for "which fits" questions. */
  favours: z.enum(['a', 'b', 'depends']),
  sources: SourceRefs.refine((s) => s.length > 0, { message: 'at least one source' }),
  /**
   * The knowledge-base attributes this dimension is about (content/knowledge/): their facts are shown
   * under the dimension and asked in quizzes, so the page, the quiz and the grader read the same facts.
   */
  knowledge: z.array(IdSchema).default([]),
});
export type Dimension = z.infer<typeof DimensionSchema>;
/** content/comparisons/<id>.yaml */
export const ComparisonSchema = z.strictObject({
  id: IdSchema,
  title: Text,
  summary: Markdown,
  a: SubjectSchema,
  b: SubjectSchema,
  dimensions: z.array(DimensionSchema).min(1),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

// ---------------------------------------------------------------- misconceptions
export const MisconceptionSchema = z.strictObject({
  id: IdSchema,
  claim: Text, // the wrong belief, in the words people use
  why: Markdown, // why people believe it
  correction: Markdown, // what is true
  comparison: IdSchema, // must exist
  dimension: IdSchema, // must exist in that comparison
  sources: SourceRefs.refine((s) => s.length > 0, { message: 'at least one source' }),
});
export type Misconception = z.infer<typeof MisconceptionSchema>;
/** content/misconceptions/*.yaml */
export const MisconceptionsFileSchema = z.strictObject({
  misconceptions: z.array(MisconceptionSchema).min(1),
});

// ---------------------------------------------------------------- knowledge base
/**
 * content/knowledge/<comparison>.yaml: the comparison's facts in a form the grader can check claims
 * against (docs/decisions/010-claims-grader.md). Nothing in it is specific to one subject: a new
 * comparison needs a new file, not new code.
 */
/** Units a quantity can be written in; the grader converts to these (s, mb, rps, usd). */
export const UnitSchema = z.enum(['s', 'mb', 'rps', 'usd', 'count']);
export type Unit = z.infer<typeof UnitSchema>;
const Phrases = z.array(Text).default([]);
export const KnowledgeEntitySchema = z.strictObject({
  id: IdSchema,
  label: Text,
  /** Phrasings that name it ("the gateway", "HTTP APIs"); the longest match wins. */
  aliases: z.array(Text).min(1),
  /** A claim about the parent is true when it holds for some child (API Gateway → its REST, HTTP and WebSocket APIs). */
  parent: IdSchema.optional(),
});
export const KnowledgeAttributeSchema = z.strictObject({
  id: IdSchema,
  label: Text,
  /** Phrasings that name the attribute ("authenticate", "who the caller is"). */
  aliases: z.array(Text).min(1),
  /** Phrasings that deny it in one word ("hard 29 s", "fixed"): read as the attribute, negated. */
  negativeAliases: Phrases,
  /** Read only in a clause that also names one of these attributes ("hard" means "not raisable" only next to a timeout). */
  requires: z.array(IdSchema).default([]),
  /** A comparison ("cheaper", "beats"): what follows it is what the subject is compared with, never its subject. */
  comparative: z.boolean().default(false),
  /**
   * Entities the attribute relates its subject to, never its subject: "invokes a Lambda function in another
   * account" is said of whatever invokes it, "the same features as a REST API" of what is compared with one.
   */
  objects: z.array(IdSchema).optional(),
  /**
   * The attribute is what holds with no setup at all ("DDoS protection by default"): a restriction on its
   * denial ("out of the box", "until you enable …") restates the denial instead of making it partial.
   */
  byDefault: z.boolean().optional(),
  /**
   * A number in the attribute's unit names it even without its words ("you get 10 MB from the client to your
   * Lambda"): for a quantity that is the only one the subject measures in that unit (not time: windows, RTOs…).
   */
  namedByUnit: z.boolean().optional(),
  /**
   * A word of going past ("past", "beyond") right before a number in the unit of an attribute this one `requires`
   * names it: "can never hold a request past 29 seconds" is about raising the timeout.
   */
  namedByExceeding: z.boolean().optional(),
  /**
   * Said whenever the subject and one of its `objects` are placed in different Regions or accounts in one clause
   * ("the us-east-1 ALB invokes the functions in us-west-2"): read for traps only, never judged as an error.
   */
  acrossPlaces: z.boolean().optional(),
  /**
   * Said whenever the subject is called one of its `objects` outright ("the HTTP API is basically the REST API at
   * a third of the price"): read for traps only, never judged as an error.
   */
  namedByIdentity: z.boolean().optional(),
  /**
   * What the attribute is said of follows it: a verb of choosing ("I'd go with API Gateway", "I'd lean towards the
   * ALB") is said of the option it names, not of a thing named before it.
   */
  subjectFollows: z.boolean().optional(),
  /**
   * Said whenever a clause that names the attribute `in` counts more than `above` of something ("each of the 200
   * partners gets a host rule on the ALB", past the ALB's 100 rules): a design step that needs more than the quota
   * the base knows. Read for traps only, never judged as an error.
   */
  namedByCount: z.strictObject({ in: IdSchema, above: z.number().int().positive() }).optional(),
  /**
   * Said whenever a sentence puts a number that is a whole multiple of a value the base gives the attribute it
   * `requires`, with that multiple counted in the sentence ("our 3 APIs each have 10k rps, so 30k in total"): the
   * quota multiplied as if each counted thing had its own. Read for traps only, never judged as an error.
   */
  namedByMultiple: z.boolean().optional(),
  unit: UnitSchema.optional(),
});
export const KnowledgeFactSchema = z.strictObject({
  entity: IdSchema,
  attribute: IdSchema,
  /** A capability: true (has it) or false (does not). */
  holds: z.boolean().optional(),
  /** A quantity: every value the docs give for it (default, minimum, maximum, fixed), in the attribute's unit. */
  values: z.array(z.number().nonnegative()).optional(),
  /** The largest value it can take, when there is one: a claim of a different maximum ("maxes out at 60 s") is wrong. */
  maximum: z.number().nonnegative().optional(),
  /** A setting's documented range [lowest, highest]: any value inside is a choice ("set it to 300 s"), not an error. */
  range: z
    .tuple([z.number().nonnegative(), z.number().nonnegative()])
    .refine(([low, high]) => low <= high, { message: 'lowest first' })
    .optional(),
  /** The true statement, in words: shown as the correction when a claim contradicts it. */
  says: Text,
  sources: SourceRefs.refine((s) => s.length > 0, { message: 'at least one source' }),
});
export const FalseClaimSchema = z.strictObject({
  misconception: IdSchema,
  /** Who the claim is about; `any` also matches a clause that names no entity ("serverless is better"). */
  entities: z.array(z.union([IdSchema, z.literal('any')])).min(1),
  attribute: IdSchema,
  /** The (false) value the misconception asserts. */
  holds: z.boolean().default(true),
  /** The claim needs this attribute named in the same clause too (its reason: "…because it's serverless"). */
  with: z.array(IdSchema).default([]),
  /**
   * The claim needs these attributes named anywhere in its sentence: a cause given in another clause ("requests
   * without a key are rejected, so we can skip the authorizer").
   */
  withInSentence: z.array(IdSchema).default([]),
  /** A number the claim states (in the attribute's unit). */
  value: z.number().nonnegative().optional(),
  /** Words that, in the same clause, make the statement a different, true one ("shared", "per account"). */
  unless: Phrases,
});
export const KnowledgeBaseSchema = z.strictObject({
  id: IdSchema,
  comparison: IdSchema.optional(),
  entities: z.array(KnowledgeEntitySchema).min(1),
  attributes: z.array(KnowledgeAttributeSchema).min(1),
  facts: z.array(KnowledgeFactSchema).min(1),
  falseClaims: z.array(FalseClaimSchema).default([]),
  /**
   * Words that stand for one another inside any attribute phrase ("the obvious choice" is also "the obvious pick"):
   * each group lists single lower-case words.
   */
  synonyms: z
    .array(
      z
        .array(z.string().regex(/^[a-z]+$/, { message: 'a single lower-case word' }))
        .min(2, { message: 'a group needs two words or more' }),
    )
    .default([]),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;
export type KnowledgeFact = z.infer<typeof KnowledgeFactSchema>;
export type FalseClaim = z.infer<typeof FalseClaimSchema>;

// ---------------------------------------------------------------- decks and cards
export const CardSchema = z.strictObject({
  id: IdSchema, // globally unique, stable
  front: Markdown,
  back: Markdown,
  explanation: Markdown.optional(),
  tags: z.array(IdSchema).default([]),
  comparison: IdSchema.optional(),
  dimension: IdSchema.optional(), // requires comparison (or the deck's default)
  misconception: IdSchema.optional(),
  /** Required in content/ (assemble-content): a library card states facts, so it cites them. Imports may omit it. */
  sources: SourceRefs,
});
export type CardInput = z.infer<typeof CardSchema>;

/** Cards generated from other content rather than written twice. */
export const DeckGenerateSchema = z.discriminatedUnion('from', [
  /** three cards per dimension: side A, side B, the nuance */
  z.strictObject({ from: z.literal('comparison'), comparison: IdSchema }),
  /** one card per misconception of that comparison: the claim, and its correction */
  z.strictObject({ from: z.literal('misconceptions'), comparison: IdSchema }),
]);
/** content/decks/<id>.yaml */
export const DeckSchema = z.strictObject({
  id: IdSchema,
  title: Text,
  description: Markdown,
  /** Default comparison for the deck's cards' `dimension` field. */
  comparison: IdSchema.optional(),
  generate: z.array(DeckGenerateSchema).default([]),
  cards: z.array(CardSchema).default([]),
});
export type DeckInput = z.infer<typeof DeckSchema>;

// ---------------------------------------------------------------- quiz items
const QuizBase = {
  id: IdSchema,
  comparison: IdSchema,
  dimension: IdSchema, // the deciding dimension
  /** Cards this item exercises: answering it reviews them. */
  cards: z.array(IdSchema).default([]),
  misconception: IdSchema.optional(),
  explanation: Markdown, // shown after every answer, right or wrong
  sources: SourceRefs.refine((s) => s.length > 0, { message: 'at least one source' }),
};
export const ChoiceSchema = z.strictObject({
  text: Text,
  correct: z.boolean().default(false),
  /** Why this option is right or wrong. */
  why: Markdown,
});
export const QuizItemSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...QuizBase,
    type: z.literal('multiple-choice'),
    question: Markdown,
    choices: z
      .array(ChoiceSchema)
      .min(3)
      .max(5)
      .refine((c) => c.filter((x) => x.correct).length === 1, {
        message: 'exactly one choice must be correct',
      }),
  }),
  z.strictObject({
    ...QuizBase,
    type: z.literal('true-false'),
    statement: Markdown,
    answer: z.boolean(),
  }),
  /** "Which service fits this scenario, and why?" */
  z.strictObject({
    ...QuizBase,
    type: z.literal('scenario'),
    scenario: Markdown,
    answer: z.enum(['a', 'b', 'either']), // a/b are the comparison's subjects
  }),
  /** Pair each fact with A, B or both. */
  z.strictObject({
    ...QuizBase,
    type: z.literal('matching'),
    question: Markdown,
    pairs: z
      .array(z.strictObject({ fact: Text, answer: z.enum(['a', 'b', 'both']) }))
      .min(4)
      .max(6),
  }),
]);
export type QuizItem = z.infer<typeof QuizItemSchema>;
/** content/quiz/*.yaml */
export const QuizFileSchema = z.strictObject({ items: z.array(QuizItemSchema).min(1) });

// ---------------------------------------------------------------- mock-interview prompts
/** A criterion's level and an answer's verdict, worst first: the one list for content, grader, reviews and storage. */
export const LEVELS = ['miss', 'meets', 'delights'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

/** Something the grader recognises in an answer, by any of its phrasings. */
export const ConceptSchema = z.strictObject({
  id: IdSchema,
  label: Text, // shown in feedback: "ALB OIDC authentication"
  /**
   * Phrasings, matched case-insensitively on word boundaries after the grader
   * normalises numbers and units ("29s", "29 seconds" -> "29 s").
   */
  terms: z.array(Text).min(1),
  /** Also found by a detector rather than by terms: `decision` = a recommendation in any phrasing. */
  detect: z.enum(['decision']).optional(),
  /**
   * Also found by a correct claim about one of these `entity/attribute` pairs of the comparison's
   * knowledge base, in any wording ("the balancer keeps idle connections open for over an hour").
   */
  facts: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { message: 'must be entity/attribute' })).default([]),
});
export const CriterionSchema = z.strictObject({
  id: IdSchema,
  title: Text,
  weight: z.number().positive().default(1),
  /** What a meets-level answer does, and the concepts that evidence it. */
  meets: z.strictObject({ description: Markdown, concepts: z.array(IdSchema).min(1), min: z.number().int().min(1).default(1) }),
  /** What a delights-level answer adds on top of meets. */
  delights: z.strictObject({ description: Markdown, concepts: z.array(IdSchema).min(1), min: z.number().int().min(1).default(1) }),
  /** Cards that teach this criterion: a miss schedules them for review. */
  cards: z.array(IdSchema).default([]),
});
export const TrapSchema = z.strictObject({
  misconception: IdSchema, // must exist
  /** Unused since the claims grader (ADR 010): traps are the knowledge base's false claims. Kept so old files load. */
  cues: z.array(Text).default([]),
});
/** content/prompts/<id>.yaml */
export const PromptSchema = z.strictObject({
  id: IdSchema,
  title: Text,
  scenario: Markdown,
  comparison: IdSchema.optional(),
  minutes: z.number().int().positive().default(30),
  concepts: z.array(ConceptSchema).min(1),
  criteria: z.array(CriterionSchema).min(5).max(8),
  traps: z.array(TrapSchema).default([]),
  /**
   * What the scenario says that a decision should use ("Lambda today", "EKS within a year"): a
   * recommendation whose reasons touch none of these is not judged to be reasoned from the scenario.
   */
  scenarioFacts: z.array(z.strictObject({ id: IdSchema, label: Text, terms: z.array(Text).min(1) })).default([]),
  /**
   * Options the scenario rules out, each with why ("active/active buys more than an hour's RTO asks for"): a decision
   * for one is a decision an interviewer would not accept, and costs the verdict a level (ADR 038). `choice` is one of
   * the options of the criterion that asks for the decision.
   */
  misfits: z.array(z.strictObject({ choice: IdSchema, why: Markdown })).default([]),
  modelAnswers: z.strictObject({ average: Markdown, great: Markdown }),
});
export type Prompt = z.infer<typeof PromptSchema>;
