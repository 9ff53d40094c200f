import 'server-only';
import { z } from 'zod';
import { hasUnsafeNameCharacters, UNSAFE_NAME_MESSAGE } from '@/lib/core/has-unsafe-name-characters';
import { isCalendarDate } from '@/lib/core/is-calendar-date';
import { IdSchema } from '@/lib/core/content/schema';
import { normalizeJoinCode } from '@/lib/core/classes/normalize-join-code';
import { IMPORT_LIMITS } from '@/lib/core/deck-io/types';

/** Input schemas of the instructor actions and routes (zod at every boundary). */

export const DeckIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9.-]*$/, { message: 'Unknown deck.' });
export const ClassIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/, { message: 'Unknown class.' });
export const UserIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/, { message: 'Unknown user.' });
export const CardIdSchema = IdSchema.max(200);

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `${label} is required.` })
    .max(max, { message: `${label} must be at most ${max} characters.` });

/** A one-line name or title: no control or text-direction characters (hasUnsafeNameCharacters). */
const name = (label: string, max: number) =>
  text(label, max).refine((s) => !hasUnsafeNameCharacters(s), { message: `${label} ${UNSAFE_NAME_MESSAGE}.` });

export const DeckDetailsSchema = z.strictObject({
  title: name('Title', 120),
  description: text('Description', 2000),
});
export type DeckDetailsInput = z.infer<typeof DeckDetailsSchema>;

export const UpdateDeckSchema = DeckDetailsSchema.extend({ deckId: DeckIdSchema });
export type UpdateDeckInput = z.infer<typeof UpdateDeckSchema>;

export const SetDeckPublishedSchema = z.strictObject({ deckId: DeckIdSchema, published: z.boolean() });
export type SetDeckPublishedInput = z.infer<typeof SetDeckPublishedSchema>;

/** Archive (true) or restore (false) a deck; see ADR 024. */
export const SetDeckArchivedSchema = z.strictObject({ deckId: DeckIdSchema, archived: z.boolean() });
export type SetDeckArchivedInput = z.infer<typeof SetDeckArchivedSchema>;

export const DeckRefSchema = z.strictObject({ deckId: DeckIdSchema });

export const AddLibraryCardsSchema = z.strictObject({
  deckId: DeckIdSchema,
  cardIds: z.array(CardIdSchema).min(1, { message: 'Choose at least one card.' }).max(500),
});
export type AddLibraryCardsInput = z.infer<typeof AddLibraryCardsSchema>;

export const DeckCardSchema = z.strictObject({ deckId: DeckIdSchema, cardId: CardIdSchema });
export type DeckCardInput = z.infer<typeof DeckCardSchema>;

export const ReorderDeckCardsSchema = z.strictObject({
  deckId: DeckIdSchema,
  cardIds: z.array(CardIdSchema).max(IMPORT_LIMITS.maxCards),
});
export type ReorderDeckCardsInput = z.infer<typeof ReorderDeckCardsSchema>;

/** An instructor's own card, as the card editor sends it. `dimension` is `comparison/dimension`. */
export const OwnCardSchema = z.strictObject({
  deckId: DeckIdSchema,
  /** Absent: a new card. */
  cardId: CardIdSchema.optional(),
  front: text('Front', 4000),
  back: text('Back', 4000),
  explanation: z.string().trim().max(4000, { message: 'Explanation must be at most 4000 characters.' }),
  tags: z
    .array(IdSchema.max(60, { message: 'Tags must be at most 60 characters.' }), {
      message: 'Tags must be lower-case-kebab-case words.',
    })
    .max(20, { message: 'At most 20 tags.' }),
  dimension: z
    .string()
    .regex(/^[a-z0-9.-]+\/[a-z0-9.-]+$/)
    .nullable(),
  misconception: IdSchema.nullable(),
  // a card from a missed question keeps every source the question cites (a matching question: a whole dimension's)
  sources: z.array(IdSchema).max(40, { message: 'At most 40 sources.' }),
});
export type OwnCardInput = z.infer<typeof OwnCardSchema>;

export const ImportDeckInputSchema = z.strictObject({
  /** null: import as a new deck. */
  deckId: DeckIdSchema.nullable(),
  format: z.enum(['yaml', 'csv']),
  /** merge: update by id and add; replace: also remove the deck's cards the file doesn't list. */
  mode: z.enum(['merge', 'replace']),
  text: z
    .string()
    .max(IMPORT_LIMITS.maxChars, { message: `The file must be at most ${IMPORT_LIMITS.maxChars} characters.` }),
  /** For a new deck from CSV (which has no title): its title. */
  title: z
    .string()
    .trim()
    .max(120)
    .refine((s) => !hasUnsafeNameCharacters(s), { message: `Title ${UNSAFE_NAME_MESSAGE}.` })
    .optional(),
});
export type ImportDeckInput = z.infer<typeof ImportDeckInputSchema>;

export const CreateClassSchema = z.strictObject({ name: name('Name', 100) });

export const ClassRefSchema = z.strictObject({ classId: ClassIdSchema });

/** Archive (true) or restore (false) a class; see ADR 024. */
export const SetClassArchivedSchema = z.strictObject({ classId: ClassIdSchema, archived: z.boolean() });
export type SetClassArchivedInput = z.infer<typeof SetClassArchivedSchema>;

export const AssignDeckSchema = z.strictObject({ classId: ClassIdSchema, deckId: DeckIdSchema });
export type AssignDeckInput = z.infer<typeof AssignDeckSchema>;

export const AssignPromptSchema = z.strictObject({
  classId: ClassIdSchema,
  promptId: IdSchema,
  /** A calendar date (YYYY-MM-DD), due by the end of that day (UTC); empty: no due date. */
  dueDate: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'Use a date (YYYY-MM-DD).' })
    .refine((s) => s === '' || isCalendarDate(s), { message: 'Use a real date.' }),
});
export type AssignPromptInput = z.infer<typeof AssignPromptSchema>;

export const UnassignPromptSchema = z.strictObject({ classId: ClassIdSchema, promptId: IdSchema });
export type UnassignPromptInput = z.infer<typeof UnassignPromptSchema>;

export const ClassMemberSchema = z.strictObject({ classId: ClassIdSchema, userId: UserIdSchema });
export type ClassMemberInput = z.infer<typeof ClassMemberSchema>;

/** A join code as typed (any case, spaces or dashes), read into its stored form; anything else fails. */
export const JoinClassSchema = z.strictObject({
  code: z.string().max(40).transform(normalizeJoinCode).pipe(z.string()),
});

export const UpdateUserRoleSchema = z.strictObject({ userId: UserIdSchema, role: z.enum(['LEARNER', 'INSTRUCTOR']) });
