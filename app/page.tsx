import Link from 'next/link';
import { FlipCard } from '@/components/deck/flip-card';
import { ButtonLink } from '@/components/ui/button';
import { getCurrentUser } from '@/lib/server/auth';
import { getDimensionNames } from '@/lib/server/queries/get-dimension-names';
import { getSampleCards } from '@/lib/server/queries/get-sample-cards';

const PUBLIC_PAGES = [
  {
    href: '/compare/apigw-vs-alb',
    title: 'API Gateway vs ALB, dimension by dimension',
    body: 'The comparison every card is built from, with sources.',
  },
  {
    href: '/misconceptions',
    title: 'The classic traps',
    body: 'What candidates say, why they believe it, and what is true.',
  },
  { href: '/sample-cards', title: 'More sample cards', body: 'Real cards from the library to try.' },
] as const;

export default async function HomePage() {
  const [user, [sample], dimensions] = await Promise.all([getCurrentUser(), getSampleCards(1), getDimensionNames()]);
  return (
    <div className="flex flex-col gap-12">
      <div className="grid items-start gap-8 pt-6 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        <section className="flex flex-col gap-5">
          <p className="text-sm font-semibold uppercase tracking-wider text-accent">System-design interview prep</p>
          <h1 className="max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
            Don’t just meet the bar. <span className="text-accent">Delight</span> the interviewer.
          </h1>
          <p className="max-w-2xl text-lg text-fg-muted">
            Delight teaches the cloud-architecture trade-offs interviewers listen for — starting with Amazon API Gateway
            versus the Application Load Balancer: all {Object.keys(dimensions).length} differences, the nuances where
            the usual summary is out of date, and the traps that sink candidates.
          </p>
          <p className="max-w-2xl text-fg-muted">
            Review cards like the one here each day (spaced repetition brings each back just before you’d forget it),
            take scenario quizzes, and practise timed mock interviews graded miss, meets or delights.
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
        {sample ? (
          <section aria-labelledby="try-heading" className="flex flex-col gap-2">
            <h2 id="try-heading" className="text-sm font-semibold text-fg-muted">
              Try a card — a real one from the library
            </h2>
            <FlipCard
              front={sample.front}
              back={sample.back}
              explanation={sample.explanation}
              label={sample.deckTitle}
              headingLevel={3}
            />
          </section>
        ) : null}
      </div>
      <section aria-labelledby="read-heading">
        <h2 id="read-heading" className="mb-3 text-xl font-semibold">
          Read it before you sign up
        </h2>
        <ul className="flex flex-col divide-y divide-border border-y border-border">
          {PUBLIC_PAGES.map((p) => (
            <li key={p.href} className="py-3">
              <Link href={p.href} className="font-medium text-accent underline-offset-2 hover:underline">
                {p.title} →
              </Link>
              <p className="text-sm text-fg-muted">{p.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
