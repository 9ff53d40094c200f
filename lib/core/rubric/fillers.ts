/**
 * Words skipped inside a phrase match, in answers and in phrases alike ("the ALB", "an
 * ALB", "really a myth"). Kept small: a filler must never carry meaning for a concept.
 */
export const FILLERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'your',
  'its',
  'their',
  'my',
  'really',
  'actually',
  'natively',
  'just',
  'simply',
  'basically',
  'also',
  'still',
  'currently',
]);
