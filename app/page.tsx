import { ButtonLink } from '@/components/ui/button';
import { getCurrentUser } from '@/lib/server/auth';

const FEATURES = [
  {
    title: 'Daily review',
    body: 'Spaced repetition (FSRS) shows you each fact just before you would forget it — 15 minutes a day.',
  },
  {
    title: 'Quizzes that teach',
    body: 'Scenario questions — “which service fits, and why?” — with every answer explained and sourced.',
  },
  {
    title: 'Timed mock interviews',
    body: 'Answer a real system-design prompt against the clock; get rubric feedback: miss, meets or delights.',
  },
  {
    title: 'Classes',
    body: 'Instructors curate decks, share them with a join code and see what the cohort has learned.',
  },
];

export default async function HomePage() {
  const user = await getCurrentUser();
  return (
    <div className="flex flex-col gap-12">
      <section className="flex flex-col gap-5 pt-6">
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">System-design interview prep</p>
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
          Don’t just meet the bar. <span className="text-accent">Delight</span> the interviewer.
        </h1>
        <p className="max-w-2xl text-lg text-fg-muted">
          Delight teaches the cloud-architecture trade-offs interviewers listen for — starting with Amazon API Gateway
          versus the Application Load Balancer: all 17 differences, the nuances where the usual summary is out of date,
          and the traps that sink candidates.
        </p>
        <div className="flex flex-wrap gap-3">
          {user ? (
            <ButtonLink href="/dashboard">Go to your dashboard</ButtonLink>
          ) : (
            <>
              <ButtonLink href="/sign-up">Create a free account</ButtonLink>
              <ButtonLink href="/sign-in" variant="secondary">
                Sign in
              </ButtonLink>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="features-heading">
        <h2 id="features-heading" className="mb-4 text-xl font-semibold">
          How it works
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {FEATURES.map((f) => (
            <li key={f.title} className="rounded-xl border border-border bg-surface p-5">
              <h3 className="font-semibold">{f.title}</h3>
              <p className="mt-1 text-fg-muted">{f.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
