'use client';
import { PercentBarsChart } from '@/components/charts/percent-bars-chart';
import type { DimensionRow } from '@/lib/core/classes/dashboard-types';

/** Share of the class that knows each dimension's cards, as horizontal bars (the table beside it is for screen readers). */
export function DimensionKnownChart({ dimensions }: { dimensions: DimensionRow[] }) {
  return (
    <PercentBarsChart
      rows={dimensions.map((d) => ({ name: d.name, value: Math.round(d.known * 100) }))}
      valueName="class knows it %"
      height={Math.max(160, dimensions.length * 28 + 40)}
      labelWidth={170}
      marginLeft={8}
      maxBarSize={28}
      animate={false}
    />
  );
}
