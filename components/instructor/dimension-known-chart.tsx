'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DimensionRow } from '@/lib/core/classes/dashboard-types';

/** Share of the class that knows each dimension's cards, as horizontal bars (the table beside it is for screen readers). */
export function DimensionKnownChart({ dimensions }: { dimensions: DimensionRow[] }) {
  const data = dimensions.map((d) => ({ name: d.name, known: Math.round(d.known * 100) }));
  return (
    <div style={{ height: Math.max(160, data.length * 28 + 40) }} className="w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fill: 'var(--fg-muted)', fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fill: 'var(--fg-muted)', fontSize: 11 }} />
          <Tooltip
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--fg)' }}
          />
          <Bar
            dataKey="known"
            name="class knows it %"
            fill="var(--accent)"
            radius={[0, 3, 3, 0]}
            maxBarSize={28}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
