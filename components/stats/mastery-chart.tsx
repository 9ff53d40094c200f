'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DimensionMastery } from '@/lib/core/stats/dimension-mastery';

/** Mastery per comparison dimension (mean recall probability, new cards count as 0). */
export function MasteryChart({ dimensions }: { dimensions: DimensionMastery[] }) {
  const data = dimensions.map((d) => ({ name: d.name, mastery: Math.round(d.mastery * 100), studied: `${d.studied}/${d.total}` }));
  return (
    <div style={{ height: Math.max(200, data.length * 26) }} className="w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 40 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fill: 'var(--fg-muted)', fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={190} tick={{ fill: 'var(--fg-muted)', fontSize: 11 }} />
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--fg)' }} />
          <Bar dataKey="mastery" name="mastery %" fill="var(--accent)" radius={[0, 3, 3, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
