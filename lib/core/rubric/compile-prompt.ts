/**
 * Compiles a prompt for grading: its concept terms into a phrase trie; the abbreviations its own prose writes in capitals ("ALB", "WAF", "RTO"),
 * so that a run of capitalised words whose initials spell one ("Application Load
 * Balancer") matches it; and the scenario's anchors (its proper nouns and numbers, minus
 * the title's words, generic cloud words and the technology words of the concept terms),
 * which tie a sentence to this scenario. Cached per prompt object in a WeakMap, so
 * grading many answers to the same prompt compiles it once.
 */
import { decisionOptions } from '@/lib/core/content/decision-options';
import { buildPhraseTrie } from './build-phrase-trie';
import { normalizeText } from './normalize-text';
import { tokenizeText } from './tokenize-text';
import type { CompiledConcept, CompiledPrompt, PhraseSource, Prompt } from './types';

const BOILERPLATE = new Set([
  'aws',
  'amazon',
  'should',
  'design',
  'walk',
  'explain',
  'make',
  'choose',
  'the',
  'a',
  'an',
  'last',
  'now',
  'how',
  'what',
  'which',
  'it',
  'its',
  'and',
  'or',
  'in',
  'on',
  'of',
  'to',
  'for',
  'api',
  'rest',
  'http',
  'gateway',
  'load',
  'balancer',
  'application',
  'vpc',
  'region',
  'cloud',
  'service',
  'services',
]);

const cache = new WeakMap<Prompt, CompiledPrompt>();

/** A set of word trigrams (stem triples), looked up without building strings: it is asked once per word of an answer. */
export class TrigramSet {
  private readonly index = new Map<string, Map<string, Set<string>>>();

  /** Adds every trigram of a stem sequence. */
  addAll(stems: readonly string[]): void {
    for (let i = 0; i + 3 <= stems.length; i++) {
      const [a, b, c] = [stems[i] ?? '', stems[i + 1] ?? '', stems[i + 2] ?? ''];
      let second = this.index.get(a);
      if (second === undefined) this.index.set(a, (second = new Map()));
      let third = second.get(b);
      if (third === undefined) second.set(b, (third = new Set()));
      third.add(c);
    }
  }

  /** How many of a stem sequence's trigrams are in the set, and how many it has. */
  shared(stems: readonly string[]): { shared: number; total: number } {
    let shared = 0;
    const total = Math.max(0, stems.length - 2);
    for (let i = 0; i < total; i++) {
      if (
        this.index
          .get(stems[i] ?? '')
          ?.get(stems[i + 1] ?? '')
          ?.has(stems[i + 2] ?? '') === true
      )
        shared++;
    }
    return { shared, total };
  }
}

export function compilePrompt(prompt: Prompt): CompiledPrompt {
  const hit = cache.get(prompt);
  if (hit !== undefined) return hit;

  const sources: PhraseSource[] = [];
  const concepts = new Map<string, CompiledConcept>();
  const abbreviations = new Set<string>();
  const termStems = new Set<string>();
  for (const concept of prompt.concepts) {
    concepts.set(concept.id, { id: concept.id, label: concept.label });
    for (const term of concept.terms) {
      sources.push({ kind: 'concept', id: concept.id, text: term });
      for (const t of tokenizeText(normalizeText(term))) termStems.add(t.stem);
    }
  }
  // abbreviations as the prompt's own prose writes them: "ALB", "WAF", "RTO", "LCUs"
  const prose = [
    prompt.title,
    prompt.scenario,
    prompt.modelAnswers.average,
    prompt.modelAnswers.great,
    ...prompt.concepts.map((c) => c.label),
    ...prompt.criteria.flatMap((c) => [c.title, c.meets.description, c.delights.description]),
  ].join('\n');
  for (const m of prose.matchAll(/\b([A-Z]{3,5})s?\b/g)) {
    const word = (m[1] ?? '').toLowerCase();
    if (word !== '') abbreviations.add(word);
  }

  const title = new Set(tokenizeText(normalizeText(prompt.title)).map((t) => t.stem));
  const anchors = new Set<string>();
  const scenario = tokenizeText(normalizeText(prompt.scenario));
  scenario.forEach((t, i) => {
    const sentenceStart = i === 0 || (t.breakBefore === 'strong' && /[.!?]/.test(t.punctBefore));
    const isNumber = /^\d+(?:\.\d+)?$/.test(t.word) && t.word !== '1';
    const properNoun = t.cap && (!sentenceStart || /^[a-z]*[A-Z]{2}/.test(t.word));
    const generic = title.has(t.stem) || BOILERPLATE.has(t.word) || (!isNumber && termStems.has(t.stem));
    if ((isNumber || properNoun) && !generic) anchors.add(t.stem);
  });

  const promptTrigrams = new TrigramSet();
  for (const text of [
    prompt.title,
    prompt.scenario,
    ...prompt.concepts.map((c) => c.label),
    ...prompt.criteria.flatMap((c) => [c.title, c.meets.description, c.delights.description]),
  ]) {
    promptTrigrams.addAll(tokenizeText(normalizeText(text)).map((x) => x.stem));
  }
  // concepts evidenced by a correct claim about one of their facts, by the fact's attribute
  const conceptsByAttribute = new Map<string, { entity: string; concept: string }[]>();
  for (const concept of prompt.concepts) {
    for (const f of concept.facts) {
      const [entity = '', attribute = ''] = f.split('/');
      const list = conceptsByAttribute.get(attribute) ?? [];
      list.push({ entity, concept: concept.id });
      conceptsByAttribute.set(attribute, list);
    }
  }
  const { decisionConcepts, options: optionConcepts } = decisionOptions(prompt);
  const compiled: CompiledPrompt = {
    prompt,
    promptTrigrams,
    scenarioTrie: buildPhraseTrie(
      prompt.scenarioFacts.flatMap((f) => f.terms.map((text) => ({ kind: 'concept' as const, id: f.id, text }))),
    ),
    decisionConcepts,
    optionConcepts,
    conceptsByAttribute,
    trie: buildPhraseTrie(sources),
    concepts,
    abbreviations,
    anchors,
  };
  cache.set(prompt, compiled);
  return compiled;
}
