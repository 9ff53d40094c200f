import type { Claim, Modality, TokenRange } from './types';

/**
 * A claim, copied from its literal into an instance: claims live for the whole grade, and a pretenured literal
 * would keep young objects alive through every scavenge (see SentenceRecord in analyse-answer.ts; ADR 011,
 * session 11). The literal itself dies at once.
 */
export class ClaimRecord implements Claim {
  sentence: number;
  entity: string | null;
  entityIsObject: boolean;
  entityPreposition: string | null;
  attribute: string;
  at: TokenRange;
  entityAt: TokenRange;
  holds: boolean;
  value: number | null;
  maximum: boolean;
  modality: Modality;
  clause: TokenRange;
  clauseAttributes: ReadonlySet<string>;
  declare unnamed?: boolean;
  declare universal?: boolean;
  declare rhetorical?: boolean;

  constructor(claim: Claim) {
    this.sentence = claim.sentence;
    this.entity = claim.entity;
    this.entityIsObject = claim.entityIsObject;
    this.entityPreposition = claim.entityPreposition;
    this.attribute = claim.attribute;
    this.at = claim.at;
    this.entityAt = claim.entityAt;
    this.holds = claim.holds;
    this.value = claim.value;
    this.maximum = claim.maximum;
    this.modality = claim.modality;
    this.clause = claim.clause;
    this.clauseAttributes = claim.clauseAttributes;
    if (claim.unnamed === true) this.unnamed = true;
    if (claim.universal === true) this.universal = true;
    if (claim.rhetorical === true) this.rhetorical = true;
  }
}
