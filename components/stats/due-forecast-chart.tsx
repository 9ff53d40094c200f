'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_TICK, CHART_TOOLTIP_STYLE } from '@/components/charts/chart-theme';

/** Cards due per day, as bars. */
export function DueForecastChart({ data, label }: { data: { date: string; count: number }[]; label: string }) {
  return (
    <figure className="flex flex-col gap-2">
      <div className="h-56 w-full" role="img" aria-label={`${label}: ${data.map((d) => `${d.date} ${d.count}`).join(', ')}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis dataKey="date" tick={CHART_TICK} tickFormatter={(d: string) => d.slice(5)} />
            <YAxis allowDecimals={false} tick={CHART_TICK} />
            <Tooltip contentStyle={CHART_TOOLTIP_STYLE} />
            <Bar dataKey="count" name="cards due" fill="var(--accent)" radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-fg-muted">{label}</figcaption>
    </figure>
  );
}
