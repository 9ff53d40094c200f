'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_TICK, CHART_TOOLTIP_STYLE } from '@/components/charts/chart-theme';

/** Reviews in the last 7 days per student, as bars (the students table carries the same numbers). */
export function StudentActivityChart({ students }: { students: { name: string; reviews: number }[] }) {
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={students} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
          <XAxis
            dataKey="name"
            tick={CHART_TICK}
            interval={0}
            tickFormatter={(n: string) => (n.length > 12 ? `${n.slice(0, 11)}…` : n)}
          />
          <YAxis allowDecimals={false} tick={CHART_TICK} />
          <Tooltip contentStyle={CHART_TOOLTIP_STYLE} />
          <Bar
            dataKey="reviews"
            name="reviews, last 7 days"
            fill="var(--accent)"
            radius={[3, 3, 0, 0]}
            maxBarSize={48}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
