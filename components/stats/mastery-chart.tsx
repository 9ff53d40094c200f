'use client';
import { PercentBarsChart } from '@/components/charts/percent-bars-chart';
import type { DimensionMastery } from '@/lib/core/stats/dimension-mastery';

/** Mastery per comparison dimension (mean recall probability, new cards count as 0). */
export function MasteryChart({ dimensions }: { dimensions: DimensionMastery[] }) {
  return (
    <PercentBarsChart
      rows={dimensions.map((d) => ({ name: d.name, value: Math.round(d.mastery * 100) }))}
      valueName="mastery %"
      height={Math.max(200, dimensions.length * 26)}
      labelWidth={190}
    />
  );
}
