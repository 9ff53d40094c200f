'use client';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Quiz scores over time. */
export function ScoreTrendChart({ points }: { points: { date: string; score: number; mode: string }[] }) {
  const summary = points.map((p) => `${p.date} ${p.mode} ${p.score}%`).join(', ');
  return (
    <div className="h-48 w-full" role="img" aria-label={`Quiz scores over time: ${summary}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
          <XAxis dataKey="date" tick={{ fill: 'var(--fg-muted)', fontSize: 11 }} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fill: 'var(--fg-muted)', fontSize: 11 }} />
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--fg)' }} />
          <Line type="monotone" dataKey="score" name="score %" stroke="var(--accent)" strokeWidth={2} dot />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
