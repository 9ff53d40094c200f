'use client';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_TICK, CHART_TOOLTIP_STYLE } from './chart-theme';

/**
 * One horizontal bar per named row, 0–100 %. Decorative (`aria-hidden`): every page that shows it
 * carries the same numbers as text or in a table for screen readers.
 */
export function PercentBarsChart({
  rows,
  valueName,
  height,
  labelWidth,
  marginLeft = 40,
  grid = true,
  maxBarSize,
  animate = true,
}: {
  rows: readonly { name: string; value: number }[];
  /** The tooltip's name for the value, e.g. "mastery %". */
  valueName: string;
  /** Grows with the rows: `perRow` pixels each (plus `extra`), at least `min`. */
  height: { perRow: number; min: number; extra?: number };
  labelWidth: number;
  marginLeft?: number;
  grid?: boolean;
  maxBarSize?: number;
  animate?: boolean;
}) {
  return (
    <div
      style={{ height: Math.max(height.min, rows.length * height.perRow + (height.extra ?? 0)) }}
      className="w-full"
      aria-hidden="true"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={[...rows]}
          layout="vertical"
          margin={{ top: 0, right: 40, bottom: 0, left: marginLeft }}
        >
          {grid ? <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} /> : null}
          <XAxis type="number" domain={[0, 100]} unit="%" tick={CHART_TICK} />
          <YAxis type="category" dataKey="name" width={labelWidth} tick={CHART_TICK} />
          <Tooltip contentStyle={CHART_TOOLTIP_STYLE} />
          <Bar
            dataKey="value"
            name={valueName}
            fill="var(--accent)"
            radius={[0, 3, 3, 0]}
            {...(maxBarSize !== undefined ? { maxBarSize } : {})}
            isAnimationActive={animate}
          >
            {/* the number on each bar, so a phone (no hover) reads it too */}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(v: unknown) => `${String(v)}%`}
              style={CHART_TICK}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
