'use client';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type TrendPoint = { label: string; score: number; verdict: string };

/** Score per attempt of one prompt, with the meets (35) and delights (70) lines; the page adds a table for screen readers. */
export function ScoreTrendChart({ points, label }: { points: TrendPoint[]; label: string }) {
  const data = points.map((p, i) => ({ attempt: `#${i + 1}`, date: p.label, score: p.score, verdict: p.verdict }));
  return (
    <div
      className="h-52 w-full"
      role="img"
      aria-label={`${label}: ${points.map((p, i) => `attempt ${i + 1} on ${p.label}, ${p.verdict} ${p.score}`).join('; ')}`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
          <XAxis dataKey="attempt" tick={{ fill: 'var(--fg-muted)', fontSize: 11 }} />
          <YAxis domain={[0, 100]} ticks={[0, 35, 70, 100]} tick={{ fill: 'var(--fg-muted)', fontSize: 11 }} />
          <ReferenceLine y={35} stroke="var(--warning)" strokeDasharray="4 4" />
          <ReferenceLine y={70} stroke="var(--success)" strokeDasharray="4 4" />
          <Tooltip
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--fg)' }}
            labelFormatter={(value, payload) => `${String(value)} · ${String(payload?.[0]?.payload?.date ?? '')}`}
          />
          <Line type="monotone" dataKey="score" name="score" stroke="var(--accent)" strokeWidth={2} dot isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
