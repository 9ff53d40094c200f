/**
 * Every page and API route of the app, with who may use it. A route added to app/ without an entry
 * here fails tests/unit/routes/route-inventory.test.ts; the entries drive tests/e2e/permissions.spec.ts.
 *
 * access:
 *   public     — anyone
 *   signed-in  — anonymous visitors are sent to sign-in (pages) or get 401 (API)
 *   instructor — also refused to learners
 *   admin      — also refused to learners and instructors
 * Resource routes (an id in the path) must also answer 404 for an id that isn't the caller's;
 * `sample` is such an id. Ownership across real users is covered by the integration tests
 * (instructor-permissions, mock, quiz, review).
 */
export type Access = 'public' | 'signed-in' | 'instructor' | 'admin';
export type RouteEntry = {
  file: string;
  path: string;
  kind: 'page' | 'api';
  method?: 'GET' | 'POST';
  /** A well-formed body, so the route gets past validation to its access check. */
  body?: unknown;
  access: Access;
  resource?: boolean;
  /** Public pages that send a signed-in visitor on to the dashboard. */
  redirectsSignedIn?: boolean;
};

export const ROUTES: RouteEntry[] = [
  { file: 'app/page.tsx', path: '/', kind: 'page', access: 'public' },
  { file: 'app/(auth)/sign-in/page.tsx', path: '/sign-in', kind: 'page', access: 'public', redirectsSignedIn: true },
  { file: 'app/(auth)/sign-up/page.tsx', path: '/sign-up', kind: 'page', access: 'public', redirectsSignedIn: true },
  // Anyone holding an admin-issued link (issue 17 §13); an unknown token only says the link is unusable.
  {
    file: 'app/(auth)/reset-password/[token]/page.tsx',
    path: '/reset-password/no-such-token-000000000000',
    kind: 'page',
    access: 'public',
  },
  { file: 'app/(study)/dashboard/page.tsx', path: '/dashboard', kind: 'page', access: 'signed-in' },
  { file: 'app/(study)/review/page.tsx', path: '/review', kind: 'page', access: 'signed-in' },
  { file: 'app/(study)/review/settings/page.tsx', path: '/review/settings', kind: 'page', access: 'signed-in' },
  { file: 'app/(study)/stats/page.tsx', path: '/stats', kind: 'page', access: 'signed-in' },
  { file: 'app/(study)/decks/page.tsx', path: '/decks', kind: 'page', access: 'signed-in' },
  { file: 'app/(study)/cards/page.tsx', path: '/cards', kind: 'page', access: 'signed-in' },
  {
    file: 'app/(study)/decks/[deckId]/page.tsx',
    path: '/decks/no-such-deck',
    kind: 'page',
    access: 'signed-in',
    resource: true,
  },
  // Public reading (ADR 024): library content only, no one's progress, no writes.
  {
    file: 'app/(public)/compare/[comparisonId]/page.tsx',
    path: '/compare/apigw-vs-alb',
    kind: 'page',
    access: 'public',
  },
  { file: 'app/(public)/misconceptions/page.tsx', path: '/misconceptions', kind: 'page', access: 'public' },
  { file: 'app/(public)/sample-cards/page.tsx', path: '/sample-cards', kind: 'page', access: 'public' },
  {
    file: 'app/(study)/decks/personal/[deckId]/page.tsx',
    path: '/decks/personal/i.notmineatall00000000',
    kind: 'page',
    access: 'signed-in',
    resource: true,
  },
  {
    file: 'app/(study)/decks/personal/new-card/page.tsx',
    path: '/decks/personal/new-card?quiz=cnotmineatall000000000000&question=0',
    kind: 'page',
    access: 'signed-in',
    resource: true,
  },
  {
    file: 'app/(study)/cards/[cardId]/propose/page.tsx',
    path: '/cards/no-such-card/propose',
    kind: 'page',
    access: 'signed-in',
    resource: true,
  },
  { file: 'app/(study)/proposals/page.tsx', path: '/proposals', kind: 'page', access: 'signed-in' },
  { file: 'app/(study)/quiz/page.tsx', path: '/quiz', kind: 'page', access: 'signed-in' },
  {
    file: 'app/(study)/quiz/[attemptId]/page.tsx',
    path: '/quiz/cnotmineatall000000000000',
    kind: 'page',
    access: 'signed-in',
    resource: true,
  },
  { file: 'app/(study)/mock/page.tsx', path: '/mock', kind: 'page', access: 'signed-in' },
  { file: 'app/(study)/mock/history/page.tsx', path: '/mock/history', kind: 'page', access: 'signed-in' },
  {
    file: 'app/(study)/mock/[attemptId]/page.tsx',
    path: '/mock/cnotmineatall000000000000',
    kind: 'page',
    access: 'signed-in',
    resource: true,
  },
  {
    file: 'app/(study)/mock/[attemptId]/feedback/page.tsx',
    path: '/mock/cnotmineatall000000000000/feedback',
    kind: 'page',
    access: 'signed-in',
    resource: true,
  },
  { file: 'app/(study)/classes/page.tsx', path: '/classes', kind: 'page', access: 'signed-in' },
  { file: 'app/(study)/join/[code]/page.tsx', path: '/join/NOSUCHCODE', kind: 'page', access: 'signed-in' },
  { file: 'app/(instructor)/instructor/page.tsx', path: '/instructor', kind: 'page', access: 'instructor' },
  { file: 'app/(instructor)/instructor/decks/page.tsx', path: '/instructor/decks', kind: 'page', access: 'instructor' },
  {
    file: 'app/(instructor)/instructor/decks/[deckId]/page.tsx',
    path: '/instructor/decks/no-such-deck',
    kind: 'page',
    access: 'instructor',
    resource: true,
  },
  {
    file: 'app/(instructor)/instructor/classes/page.tsx',
    path: '/instructor/classes',
    kind: 'page',
    access: 'instructor',
  },
  {
    file: 'app/(instructor)/instructor/classes/[classId]/page.tsx',
    path: '/instructor/classes/no-such-class',
    kind: 'page',
    access: 'instructor',
    resource: true,
  },
  { file: 'app/(study)/account/data/page.tsx', path: '/account/data', kind: 'page', access: 'signed-in' },
  { file: 'app/(admin)/admin/users/page.tsx', path: '/admin/users', kind: 'page', access: 'admin' },
  {
    file: 'app/api/auth/[...nextauth]/route.ts',
    path: '/api/auth/session',
    kind: 'api',
    method: 'GET',
    access: 'public',
  },
  { file: 'app/api/noop/route.ts', path: '/api/noop', kind: 'api', method: 'POST', access: 'public' },
  { file: 'app/api/review/route.ts', path: '/api/review', kind: 'api', method: 'POST', access: 'signed-in' },
  {
    file: 'app/api/account/export/route.ts',
    path: '/api/account/export',
    kind: 'api',
    method: 'GET',
    access: 'signed-in',
  },
  { file: 'app/api/review/queue/route.ts', path: '/api/review/queue', kind: 'api', method: 'GET', access: 'signed-in' },
  { file: 'app/api/review/undo/route.ts', path: '/api/review/undo', kind: 'api', method: 'POST', access: 'signed-in' },
  {
    file: 'app/api/quiz/[attemptId]/answer/route.ts',
    path: '/api/quiz/cnotmineatall000000000000/answer',
    kind: 'api',
    method: 'POST',
    body: { questionIndex: 0, answer: { value: true }, elapsedMs: 1 },
    access: 'signed-in',
    resource: true,
  },
  {
    file: 'app/api/mock/attempts/[attemptId]/draft/route.ts',
    path: '/api/mock/attempts/cnotmineatall000000000000/draft',
    kind: 'api',
    method: 'POST',
    body: { draft: 'x', version: 1 },
    access: 'signed-in',
    resource: true,
  },
  {
    file: 'app/api/mock/attempts/[attemptId]/pause/route.ts',
    path: '/api/mock/attempts/cnotmineatall000000000000/pause',
    kind: 'api',
    method: 'POST',
    body: { paused: true },
    access: 'signed-in',
    resource: true,
  },
  {
    file: 'app/api/mock/attempts/[attemptId]/submit/route.ts',
    path: '/api/mock/attempts/cnotmineatall000000000000/submit',
    kind: 'api',
    method: 'POST',
    access: 'signed-in',
    resource: true,
  },
  // An Anki package into the caller's own deck (ADR 030): someone else's or an unknown deck is 404.
  {
    file: 'app/api/anki/import/route.ts',
    path: '/api/anki/import?deck=no-such-deck&kind=personal&step=preview',
    kind: 'api',
    method: 'POST',
    access: 'signed-in',
    resource: true,
  },
  {
    file: 'app/api/decks/[deckId]/anki/route.ts',
    path: '/api/decks/no-such-deck/anki',
    kind: 'api',
    method: 'GET',
    access: 'signed-in',
    resource: true,
  },
  {
    file: 'app/api/instructor/decks/[deckId]/export/route.ts',
    path: '/api/instructor/decks/no-such-deck/export?format=csv',
    kind: 'api',
    method: 'GET',
    access: 'instructor',
    resource: true,
  },
  {
    file: 'app/api/instructor/classes/[classId]/dashboard/route.ts',
    path: '/api/instructor/classes/no-such-class/dashboard',
    kind: 'api',
    method: 'GET',
    access: 'instructor',
    resource: true,
  },
  {
    file: 'app/api/instructor/classes/[classId]/labelled-answers/route.ts',
    path: '/api/instructor/classes/no-such-class/labelled-answers',
    kind: 'api',
    method: 'GET',
    access: 'instructor',
    resource: true,
  },
  {
    file: 'app/(instructor)/instructor/classes/[classId]/attempts/page.tsx',
    path: '/instructor/classes/no-such-class/attempts',
    kind: 'page',
    access: 'instructor',
    resource: true,
  },
  {
    file: 'app/(instructor)/instructor/classes/[classId]/attempts/[attemptId]/page.tsx',
    path: '/instructor/classes/no-such-class/attempts/cnotmineatall000000000000',
    kind: 'page',
    access: 'instructor',
    resource: true,
  },
];
