/**
 * A claim in words, for feedback: "Application Load Balancer: has authorizers (Lambda, Cognito,
 * JWT, IAM)", "API Gateway REST APIs: request timeout = 300 s".
 */
import type { Claim, CompiledKnowledge } from './types';

export function describeClaim(
  kb: CompiledKnowledge,
  claim: Pick<Claim, 'entity' | 'attribute' | 'holds' | 'value' | 'maximum'>,
): string {
  const entity = claim.entity === null ? 'unnamed' : (kb.entities.get(claim.entity)?.label ?? claim.entity);
  const attribute = kb.attributes.get(claim.attribute);
  const label = attribute?.label ?? claim.attribute;
  if (claim.value !== null && attribute?.unit !== undefined) {
    return `${entity}: ${label} ${claim.maximum ? 'up to ' : ''}${String(claim.value)} ${attribute.unit}`;
  }
  return `${entity}: ${claim.holds ? '' : 'not '}${label}`;
}
