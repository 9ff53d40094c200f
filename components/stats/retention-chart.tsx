'use client';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_TICK, CHART_TOOLTIP_STYLE } from '@/components/charts/chart-theme';
import type { RetentionPoint } from '@/lib/core/stats/true-retention';

/** True retention per period, against the learner's target. */
export function RetentionChart({ data, target, label }: { data: RetentionPoint[]; target: number; label: string }) {
  const points = data.map((d) => ({ period: d.period.slice(5), rate: d.rate === null ? null : Math.round(d.rate * 1000) / 10, reviews: d.reviews }));
  const summary = data.map((d) => `${d.period}: ${d.rate === null ? 'no reviews' : `${Math.round(d.rate * 100)}% of ${d.reviews}`}`).join('; ');
  return (
    <figure className="flex flex-col gap-2">
      <div className="h-56 w-full" role="img" aria-label={`${label}. Target ${Math.round(target * 100)}%. ${summary}`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis dataKey="period" tick={CHART_TICK} />
            <YAxis domain={[0, 100]} unit="%" tick={CHART_TICK} />
            <Tooltip contentStyle={CHART_TOOLTIP_STYLE} />
            <Line type="monotone" dataKey="rate" name="retention %" stroke="var(--accent)" strokeWidth={2} dot connectNulls />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-fg-muted">{label}</figcaption>
    </figure>
  );
}
