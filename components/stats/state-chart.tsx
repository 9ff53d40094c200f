'use client';
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_TICK, CHART_TOOLTIP_STYLE } from '@/components/charts/chart-theme';

const COLORS: Record<string, string> = { new: 'var(--accent)', learning: 'var(--warning)', review: 'var(--success)', relearning: 'var(--danger)' };

/** How many cards are new, in learning, in review or relearning. */
export function StateChart({ counts }: { counts: Record<string, number> }) {
  const data = Object.entries(counts).map(([state, count]) => ({ state, count }));
  return (
    <div className="h-48 w-full" role="img" aria-label={`Cards by state: ${data.map((d) => `${d.count} ${d.state}`).join(', ')}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 24 }}>
          <XAxis type="number" allowDecimals={false} tick={CHART_TICK} />
          <YAxis type="category" dataKey="state" tick={{ fill: 'var(--fg-muted)', fontSize: 12 }} />
          <Tooltip contentStyle={CHART_TOOLTIP_STYLE} />
          <Bar dataKey="count" name="cards" radius={[0, 3, 3, 0]}>
            {data.map((d) => (
              <Cell key={d.state} fill={COLORS[d.state] ?? 'var(--accent)'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
