'use client';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Score per dimension in one quiz (weakest first). */
export function DimensionScoreChart({ rows }: { rows: { name: string; score: number }[] }) {
  return (
    <div style={{ height: Math.max(120, rows.length * 30) }} className="w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 40 }}>
          <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fill: 'var(--fg-muted)', fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={180} tick={{ fill: 'var(--fg-muted)', fontSize: 11 }} />
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--fg)' }} />
          <Bar dataKey="score" name="score %" fill="var(--accent)" radius={[0, 3, 3, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
