import { decisionOptions } from '@/lib/core/content/decision-options';
import { formatFieldPath } from '@/lib/core/content/format-field-path';
import { generateCards } from './generate-cards';
import type { ContentKind, ParsedContent, ParsedFile } from './internal-types';
import { REQUIRED_DIMENSIONS } from './required-ids';
import { formatCount } from '@/lib/core/format-count';
import { UNQUOTED_SOURCES } from './unquoted-sources';

/** Hand-written cards, and quiz items, each comparison dimension needs at least. */
const MIN_PER_DIMENSION = 2;
import type { Card, Comparison, ContentBundle, ContentIssue, Deck, Misconception, Prompt } from '@/lib/core/content/types';

/**
 * Builds the bundle from schema-valid files and checks everything a schema
 * cannot: unique ids, ids that match file names, references that must exist,
 * the contract's required ids. Generated cards are built here so that
 * duplicates and references see them.
 *
 * `incomplete` names the folders where some file failed to parse: references
 * into those folders are not reported as unknown (the real error is already
 * reported, and a cascade of "unknown" errors would bury it).
 */
export function assembleContent(
  parsed: ParsedContent,
  incomplete: ReadonlySet<ContentKind> = new Set(),
): { bundle: ContentBundle; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  type AnyFile = ParsedFile<unknown>;
  const report = (f: AnyFile, path: PropertyKey[], message: string) => {
    issues.push({ file: f.file, field: formatFieldPath(path), ...f.locate(path), message });
  };
  /** Reports a dangling reference unless one of the folders it could live in is incomplete. */
  const reportUnknown = (kinds: ContentKind[], f: AnyFile, path: PropertyKey[], message: string) => {
    if (!kinds.some((k) => incomplete.has(k))) report(f, path, message);
  };
  const where = (f: AnyFile, path: PropertyKey[]) => `${f.file}: ${formatFieldPath(path)}`;
  /** Records `id` as defined at `path`; reports a duplicate and returns false if it was already defined. */
  const claim = (seen: Map<string, string>, what: string, id: string, f: AnyFile, path: PropertyKey[]) => {
    const first = seen.get(id);
    if (first !== undefined) {
      report(f, path, `duplicate ${what} id "${id}" (first defined at ${first})`);
      return false;
    }
    seen.set(id, where(f, path));
    return true;
  };
  const checkIdMatchesFile = (f: AnyFile, what: string, id: string) => {
    if (id !== f.name) report(f, ['id'], `${what} id "${id}" must equal the file name "${f.name}"`);
  };

  // ------------------------------------------------------------ sources
  const sourceIds = new Map<string, string>();
  for (const f of parsed.sources) {
    f.data.sources.forEach((s, i) => {
      claim(sourceIds, 'source', s.id, f, ['sources', i, 'id']);
      if (s.quote === undefined && !UNQUOTED_SOURCES.has(s.id)) {
        report(f, ['sources', i, 'quote'], 'required: a short passage from the page that states what it is cited for');
      }
    });
  }
  const checkSources = (f: AnyFile, path: PropertyKey[], ids: readonly string[]) => {
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) reportUnknown(['sources'], f, [...path, i], `unknown source "${id}"`);
    });
  };

  // ------------------------------------------------------------ comparisons
  const comparisons = new Map<string, Comparison>();
  const comparisonIds = new Map<string, string>();
  for (const f of parsed.comparisons) {
    const c = f.data;
    checkIdMatchesFile(f, 'comparison', c.id);
    if (claim(comparisonIds, 'comparison', c.id, f, ['id'])) comparisons.set(c.id, c);
    if (c.a.id === c.b.id) report(f, ['b', 'id'], `must differ from a.id "${c.a.id}"`);
    const dimensionIds = new Map<string, string>();
    c.dimensions.forEach((d, i) => {
      claim(dimensionIds, 'dimension', d.id, f, ['dimensions', i, 'id']);
      checkSources(f, ['dimensions', i, 'sources'], d.sources);
    });
    const required = REQUIRED_DIMENSIONS[c.id];
    if (required) {
      // the contract fixes these ids; more dimensions may follow as the content deepens
      const missing = required.filter((id) => !dimensionIds.has(id));
      if (missing.length > 0) report(f, ['dimensions'], `missing required dimension ids: ${missing.join(', ')}`);
    }
  }
  const checkComparison = (f: AnyFile, path: PropertyKey[], id: string): Comparison | undefined => {
    const c = comparisons.get(id);
    if (!c) reportUnknown(['comparisons'], f, path, `unknown comparison "${id}"`);
    return c;
  };
  /** Checks `dimension` against `comparison`; stays silent when the comparison itself is unknown (already reported). */
  const checkDimension = (f: AnyFile, path: PropertyKey[], comparison: Comparison | undefined, dimension: string) => {
    if (comparison && !comparison.dimensions.some((d) => d.id === dimension)) {
      report(f, path, `unknown dimension "${dimension}" in comparison "${comparison.id}"`);
    }
  };

  // ------------------------------------------------------------ misconceptions
  const misconceptions: Misconception[] = [];
  const misconceptionIds = new Map<string, string>();
  for (const f of parsed.misconceptions) {
    f.data.misconceptions.forEach((m, i) => {
      const p = ['misconceptions', i];
      claim(misconceptionIds, 'misconception', m.id, f, [...p, 'id']);
      checkDimension(f, [...p, 'dimension'], checkComparison(f, [...p, 'comparison'], m.comparison), m.dimension);
      checkSources(f, [...p, 'sources'], m.sources);
      misconceptions.push(m);
    });
  }
  const checkMisconception = (f: AnyFile, path: PropertyKey[], id: string) => {
    if (!misconceptionIds.has(id)) reportUnknown(['misconceptions'], f, path, `unknown misconception "${id}"`);
  };

  // ------------------------------------------------------------ decks and cards
  const decks: Deck[] = [];
  const deckIds = new Map<string, string>();
  const cardIds = new Map<string, string>();
  for (const f of parsed.decks) {
    const d = f.data;
    checkIdMatchesFile(f, 'deck', d.id);
    claim(deckIds, 'deck', d.id, f, ['id']);
    const deckComparison = d.comparison === undefined ? undefined : checkComparison(f, ['comparison'], d.comparison);
    const cards: Card[] = [];

    d.generate.forEach((g, gi) => {
      const p = ['generate', gi];
      const comparison = checkComparison(f, [...p, 'comparison'], g.comparison);
      if (!comparison) return;
      const generated = generateCards({ from: g.from, comparison, misconceptions, deckId: d.id });
      if (generated.length === 0 && !incomplete.has('misconceptions')) {
        report(f, p, `generates no cards: no misconceptions have comparison "${comparison.id}"`);
      }
      const duplicates: string[] = [];
      for (const card of generated) {
        const first = cardIds.get(card.id);
        if (first === undefined) cardIds.set(card.id, where(f, p));
        else duplicates.push(`"${card.id}" (first defined at ${first})`);
      }
      if (duplicates.length > 0) {
        const shown = duplicates.slice(0, 3).join(', ');
        const more = duplicates.length > 3 ? ` and ${duplicates.length - 3} more` : '';
        report(f, p, `generates duplicate card ids: ${shown}${more}`);
      }
      cards.push(...generated);
    });

    d.cards.forEach((card, ci) => {
      const p = ['cards', ci];
      claim(cardIds, 'card', card.id, f, [...p, 'id']);
      const comparison =
        card.comparison === undefined ? deckComparison : checkComparison(f, [...p, 'comparison'], card.comparison);
      const comparisonId = card.comparison ?? d.comparison;
      if (card.dimension !== undefined) {
        if (comparisonId === undefined) {
          report(f, [...p, 'dimension'], 'needs a comparison (on the card or as the deck default)');
        } else {
          checkDimension(f, [...p, 'dimension'], comparison, card.dimension);
        }
      }
      if (card.misconception !== undefined) checkMisconception(f, [...p, 'misconception'], card.misconception);
      checkSources(f, [...p, 'sources'], card.sources);
      if (card.sources.length === 0) report(f, [...p, 'sources'], 'at least one source: a library card cites its facts');
      cards.push({
        id: card.id,
        deckId: d.id,
        front: card.front,
        back: card.back,
        explanation: card.explanation ?? null,
        tags: [...card.tags],
        comparison: comparisonId ?? null,
        dimension: card.dimension ?? null,
        misconception: card.misconception ?? null,
        sources: [...card.sources],
      });
    });

    decks.push({
      id: d.id,
      title: d.title,
      description: d.description,
      ...(d.comparison === undefined ? {} : { comparison: d.comparison }),
      cards,
    });
  }
  /** Cards can be generated from comparisons and misconceptions, so an incomplete one of those hides cards too. */
  const checkCard = (f: AnyFile, path: PropertyKey[], id: string) => {
    if (!cardIds.has(id)) reportUnknown(['decks', 'comparisons', 'misconceptions'], f, path, `unknown card "${id}"`);
  };

  // ------------------------------------------------------------ quiz items
  const quizIds = new Map<string, string>();
  const quizItems = parsed.quiz.flatMap((f) =>
    f.data.items.map((q, i) => {
      const p = ['items', i];
      claim(quizIds, 'quiz item', q.id, f, [...p, 'id']);
      checkDimension(f, [...p, 'dimension'], checkComparison(f, [...p, 'comparison'], q.comparison), q.dimension);
      q.cards.forEach((id, k) => checkCard(f, [...p, 'cards', k], id));
      if (q.misconception !== undefined) checkMisconception(f, [...p, 'misconception'], q.misconception);
      checkSources(f, [...p, 'sources'], q.sources);
      return q;
    }),
  );

  // ------------------------------------------------------------ prompts
  const promptIds = new Map<string, string>();
  const prompts: Prompt[] = [];
  for (const f of parsed.prompts) {
    const pr = f.data;
    checkIdMatchesFile(f, 'prompt', pr.id);
    claim(promptIds, 'prompt', pr.id, f, ['id']);
    if (pr.comparison !== undefined) checkComparison(f, ['comparison'], pr.comparison);
    const conceptIds = new Map<string, string>();
    pr.concepts.forEach((c, i) => claim(conceptIds, 'concept', c.id, f, ['concepts', i, 'id']));
    const criterionIds = new Map<string, string>();
    pr.criteria.forEach((cr, ci) => {
      const p = ['criteria', ci];
      claim(criterionIds, 'criterion', cr.id, f, [...p, 'id']);
      for (const level of ['meets', 'delights'] as const) {
        const { concepts, min } = cr[level];
        concepts.forEach((id, k) => {
          if (!conceptIds.has(id)) {
            report(f, [...p, level, 'concepts', k], `unknown concept "${id}" (not in this prompt's concepts)`);
          }
        });
        if (min > concepts.length) {
          report(f, [...p, level, 'min'], `${min} is more than the ${concepts.length} concepts listed`);
        }
      }
      cr.cards.forEach((id, k) => checkCard(f, [...p, 'cards', k], id));
    });
    // a misfit is one of the options the decision chooses between: a concept of the criterion that asks for it
    const { options } = decisionOptions(pr);
    pr.misfits.forEach((m, mi) => {
      if (!options.has(m.choice))
        report(f, ['misfits', mi, 'choice'], `"${m.choice}" is not an option of the criterion that asks for the decision`);
    });
    const trapIds = new Map<string, string>();
    pr.traps.forEach((t, ti) => {
      const p = ['traps', ti, 'misconception'];
      if (claim(trapIds, 'trap misconception', t.misconception, f, p)) checkMisconception(f, p, t.misconception);
    });
    // a concept's facts ("entity/attribute": a claim about that entity or a kind of it) must be
    // backed by the knowledge base the prompt is graded against
    const kb = parsed.knowledge.find((k) => (k.data.comparison ?? k.data.id) === pr.comparison)?.data;
    const parentOf = new Map((kb?.entities ?? []).map((e) => [e.id, e.parent]));
    const isKindOf = (entity: string, of: string): boolean => {
      for (let id: string | undefined = entity; id !== undefined; id = parentOf.get(id)) if (id === of) return true;
      return false;
    };
    pr.concepts.forEach((c, i) =>
      c.facts.forEach((key, k) => {
        const [entity = '', attribute = ''] = key.split('/');
        const backed = (kb?.facts ?? []).some((fact) => fact.attribute === attribute && isKindOf(fact.entity, entity));
        if (!backed) {
          report(
            f,
            ['concepts', i, 'facts', k],
            kb
              ? `no fact about "${attribute}" for "${entity}" (or a kind of it) in knowledge base "${kb.id}"`
              : `no knowledge base for comparison "${pr.comparison ?? ''}"`,
          );
        }
      }),
    );
    prompts.push(pr);
  }

  // ------------------------------------------------------------ knowledge bases
  const knowledgeIds = new Map<string, string>();
  for (const f of parsed.knowledge) {
    const kb = f.data;
    checkIdMatchesFile(f, 'knowledge base', kb.id);
    claim(knowledgeIds, 'knowledge base', kb.id, f, ['id']);
    if (kb.comparison !== undefined) checkComparison(f, ['comparison'], kb.comparison);
    const entityIds = new Map<string, string>();
    kb.entities.forEach((e, i) => claim(entityIds, 'entity', e.id, f, ['entities', i, 'id']));
    kb.entities.forEach((e, i) => {
      if (e.parent !== undefined && !entityIds.has(e.parent)) report(f, ['entities', i, 'parent'], `unknown entity "${e.parent}"`);
    });
    const attributeIds = new Map<string, string>();
    kb.attributes.forEach((a, i) => claim(attributeIds, 'attribute', a.id, f, ['attributes', i, 'id']));
    const checkAttribute = (path: PropertyKey[], id: string) => {
      if (!attributeIds.has(id)) report(f, path, `unknown attribute "${id}"`);
    };
    kb.attributes.forEach((a, i) => a.requires.forEach((id, k) => checkAttribute(['attributes', i, 'requires', k], id)));
    const factKeys = new Map<string, string>();
    kb.facts.forEach((fact, i) => {
      const p = ['facts', i];
      if (!entityIds.has(fact.entity)) report(f, [...p, 'entity'], `unknown entity "${fact.entity}"`);
      checkAttribute([...p, 'attribute'], fact.attribute);
      claim(factKeys, 'fact', `${fact.entity}/${fact.attribute}`, f, p);
      if ((fact.holds === undefined) === (fact.values === undefined)) {
        report(f, p, 'needs exactly one of "holds" (a capability) or "values" (a quantity)');
      }
      const unit = kb.attributes.find((a) => a.id === fact.attribute)?.unit;
      if (fact.values !== undefined && unit === undefined) report(f, [...p, 'values'], `attribute "${fact.attribute}" has no unit`);
      checkSources(f, [...p, 'sources'], fact.sources);
    });
    kb.falseClaims.forEach((fc, i) => {
      const p = ['falseClaims', i];
      checkMisconception(f, [...p, 'misconception'], fc.misconception);
      fc.entities.forEach((id, k) => {
        if (id !== 'any' && !entityIds.has(id)) report(f, [...p, 'entities', k], `unknown entity "${id}"`);
      });
      checkAttribute([...p, 'attribute'], fc.attribute);
      fc.with.forEach((id, k) => checkAttribute([...p, 'with', k], id));
    });
    // the comparison's dimensions name this base's attributes, each in one dimension
    const comparison = comparisons.get(kb.comparison ?? kb.id);
    const dimensionOf = new Map<string, string>();
    comparison?.dimensions.forEach((d, di) =>
      d.knowledge.forEach((id, k) => {
        const at = ['dimensions', di, 'knowledge', k];
        const file = parsed.comparisons.find((c) => c.data.id === comparison.id);
        if (file === undefined) return;
        if (!attributeIds.has(id)) report(file, at, `unknown attribute "${id}" in knowledge base "${kb.id}"`);
        const other = dimensionOf.get(id);
        if (other !== undefined) report(file, at, `attribute "${id}" is already in dimension "${other}"`);
        dimensionOf.set(id, d.id);
      }),
    );
  }
  for (const f of parsed.comparisons) {
    const based = parsed.knowledge.some((k) => (k.data.comparison ?? k.data.id) === f.data.id);
    f.data.dimensions.forEach((d, di) => {
      if (!based && d.knowledge.length > 0) {
        report(f, ['dimensions', di, 'knowledge'], `no knowledge base has comparison "${f.data.id}"`);
      }
    });
  }
  // a taught comparison's dimensions are taught, not just tabled: hand-written cards and quiz items of their
  // own (issue 14). Checked once everything else holds, so it never buries the error that caused a gap.
  if (issues.length === 0 && incomplete.size === 0) {
    for (const f of parsed.comparisons) {
      const taught = parsed.decks.some(
        (deck) => deck.data.comparison === f.data.id || deck.data.generate.some((g) => g.comparison === f.data.id),
      );
      if (!taught) continue;
      f.data.dimensions.forEach((d, di) => {
        const cards = parsed.decks.flatMap((deck) =>
          deck.data.cards.filter((c) => c.dimension === d.id && (c.comparison ?? deck.data.comparison) === f.data.id),
        ).length;
        const items = quizItems.filter((q) => q.comparison === f.data.id && q.dimension === d.id).length;
        const short = [
          ...(cards < MIN_PER_DIMENSION ? [formatCount(cards, 'hand-written card', 'hand-written cards')] : []),
          ...(items < MIN_PER_DIMENSION ? [formatCount(items, 'quiz item', 'quiz items')] : []),
        ];
        if (short.length > 0) {
          report(f, ['dimensions', di, 'id'], `has ${short.join(' and ')}: each dimension needs at least ${MIN_PER_DIMENSION} of both`);
        }
      });
    }
  }
  return {
    bundle: {
      sources: parsed.sources.flatMap((f) => f.data.sources),
      comparisons: parsed.comparisons.map((f) => f.data),
      misconceptions,
      decks,
      quizItems,
      prompts,
      knowledge: parsed.knowledge.map((f) => f.data),
    },
    issues,
  };
}
