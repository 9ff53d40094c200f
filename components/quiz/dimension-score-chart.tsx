'use client';
import { PercentBarsChart } from '@/components/charts/percent-bars-chart';

/** Score per dimension in one quiz (weakest first). */
export function DimensionScoreChart({ rows }: { rows: { name: string; score: number }[] }) {
  return (
    <PercentBarsChart
      rows={rows.map((r) => ({ name: r.name, value: r.score }))}
      valueName="score %"
      height={Math.max(120, rows.length * 30)}
      labelWidth={180}
      grid={false}
    />
  );
}
