import { LineCounter, isNode, parseDocument } from 'yaml';
import { describeZodIssue } from '@/lib/core/content/describe-zod-issue';
import { formatFieldPath } from '@/lib/core/content/format-field-path';
import { checkCardLimits } from './check-card-limits';
import { findDuplicateIds } from './find-duplicate-ids';
import { ImportDeckSchema } from './import-deck-schema';
import {
  CARD_FIELDS,
  IMPORT_LIMITS,
  type CardField,
  type ParsedCard,
  type ParsedDeckYaml,
  type RowError,
} from './types';

/**
 * Parses a deck file in the content format (DeckSchema) and reports every problem with its line
 * and field (`cards[3].back`), or returns the deck with each card's position in the file.
 * Card ids are optional here: a card without one is new.
 */
export function parseDeckYaml(text: string): ParsedDeckYaml {
  if (text.length > IMPORT_LIMITS.maxChars) {
    return {
      ok: false,
      errors: [
        { line: null, field: '(file)', message: `the file must be at most ${IMPORT_LIMITS.maxChars} characters` },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        line: lineCounter.linePos(e.pos[0]).line,
        field: '(yaml)',
        message: e.message.split('\n')[0]?.trim() ?? e.message,
      })),
    };
  }
  if (doc.contents === null)
    return { ok: false, errors: [{ line: null, field: '(file)', message: 'the file is empty' }] };

  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let i = path.length; i >= 0; i--) {
      const node: unknown = doc.getIn(
        path.slice(0, i).map((k) => (typeof k === 'symbol' ? String(k) : k)),
        true,
      );
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };

  let value: unknown;
  try {
    // yaml's own limit on alias expansion ("billion laughs") throws: answer it as the file's problem.
    value = doc.toJS({ maxAliasCount: IMPORT_LIMITS.maxYamlAliases });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return {
      ok: false,
      errors: [{ line: null, field: '(yaml)', message: 'too many aliases (*name): write the cards out in full' }],
    };
  }
  const parsed = ImportDeckSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues
        .flatMap(describeZodIssue)
        .map(({ path, message }) => ({ line: lineOf(path) ?? null, field: formatFieldPath(path), message })),
    };
  }
  const deck = parsed.data;
  if (deck.cards.length > IMPORT_LIMITS.maxCards) {
    return {
      ok: false,
      errors: [
        {
          line: lineOf(['cards']) ?? null,
          field: 'cards',
          message: `at most ${IMPORT_LIMITS.maxCards} cards per import`,
        },
      ],
    };
  }

  const cards: ParsedCard[] = deck.cards.map((card, i) => {
    const fieldLines: Partial<Record<CardField, number>> = {};
    for (const field of CARD_FIELDS) {
      if (field in card) {
        const line = lineOf(['cards', i, field]);
        if (line !== undefined) fieldLines[field] = line;
      }
    }
    return {
      id: card.id ?? null,
      front: card.front,
      back: card.back,
      explanation: card.explanation ?? null,
      tags: card.tags,
      comparison: card.comparison ?? deck.comparison ?? null,
      dimension: card.dimension ?? null,
      misconception: card.misconception ?? null,
      sources: card.sources,
      origin: { line: lineOf(['cards', i]) ?? 1, path: `cards[${i}]`, fieldLines },
    };
  });
  const errors: RowError[] = [...checkCardLimits(cards), ...findDuplicateIds(cards)];
  if (errors.length > 0) return { ok: false, errors: errors.sort(byLine) };
  return {
    ok: true,
    deck: {
      id: deck.id,
      title: deck.title,
      description: deck.description,
      generate: deck.generate.map((g, i) => ({
        from: g.from,
        comparison: g.comparison,
        line: lineOf(['generate', i]) ?? 1,
        path: `generate[${i}]`,
      })),
      cards,
    },
  };
}

function byLine(a: RowError, b: RowError): number {
  return (a.line ?? 0) - (b.line ?? 0);
}
