/**
 * A matching target as shown: the side's name with the letter the prompt uses for it
 * ("API Gateway (a)", "ALB (b)"), so "(a) or (b)" in a question can be read off the screen.
 */
export function targetLabel(target: { id: 'a' | 'b' | 'both'; label: string }): string {
  return target.id === 'both' ? target.label : `${target.label} (${target.id})`;
}
