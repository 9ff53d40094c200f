import { scaleLinear, scalePoint } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import { xAxisLabels } from './x-axis-labels';

export type TrendPoint = { label: string; value: number; detail: string };
type Guide = { value: number; label: string; tone: 'warning' | 'success' };

const TONE = { warning: 'var(--warning)', success: 'var(--success)' } as const;
// Drawing space; the SVG stretches to the box and strokes keep their width (non-scaling-stroke).
const W = 100;
const H = 100;

/**
 * A score-over-time line (0–100) rendered on the server as SVG: no chart library in the browser,
 * so entry pages like /quiz stay within the first-load budget (ADR 008). Axis labels are HTML so
 * they keep their size when the chart stretches; each point has a native tooltip.
 */
export function TrendChart({
  points,
  label,
  guides = [],
  unit = '',
}: {
  points: TrendPoint[];
  label: string;
  guides?: Guide[];
  unit?: string;
}) {
  const x = scalePoint<number>()
    .domain(points.map((_, i) => i))
    .range([0, W])
    .padding(0.3);
  const y = scaleLinear().domain([0, 100]).range([H, 0]);
  const path = line<TrendPoint>()
    .x((_, i) => x(i)!)
    .y((p) => y(p.value))
    .curve(curveMonotoneX)(points);
  const ticks = [0, ...(guides.length > 0 ? guides.map((g) => g.value) : [50]), 100];
  // Each label once, at most ~6 so they never overlap; every point keeps its tooltip.
  const xLabels = xAxisLabels(points.map((p) => p.label));
  const summary = points.map((p) => `${p.detail} ${p.value}${unit}`).join('; ');
  return (
    <figure className="flex w-full gap-2" role="img" aria-label={`${label}: ${summary}`}>
      <div aria-hidden className="relative h-40 w-8 shrink-0 text-right text-[11px] text-fg-muted">
        {ticks.map((t) => (
          <span key={t} className="absolute right-0 -translate-y-1/2" style={{ top: `${y(t)}%` }}>
            {t}
            {unit}
          </span>
        ))}
      </div>
      <div className="min-w-0 flex-1">
        <svg
          aria-hidden
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          className="block h-40 w-full overflow-visible"
        >
          {ticks.map((t) => (
            <line
              key={t}
              x1={0}
              x2={W}
              y1={y(t)}
              y2={y(t)}
              stroke="var(--border)"
              strokeDasharray="3 3"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {guides.map((g) => (
            <line
              key={`guide-${g.value}`}
              x1={0}
              x2={W}
              y1={y(g.value)}
              y2={y(g.value)}
              stroke={TONE[g.tone]}
              strokeDasharray="4 4"
              vectorEffect="non-scaling-stroke"
            >
              <title>{g.label}</title>
            </line>
          ))}
          <path d={path ?? ''} fill="none" stroke="var(--accent)" strokeWidth={2} vectorEffect="non-scaling-stroke" />
          {points.map((p, i) => (
            // A zero-length round-capped stroke draws a dot that stays round when the SVG stretches.
            <path
              key={i}
              d={`M${x(i)},${y(p.value)}h0`}
              stroke="var(--accent)"
              strokeWidth={8}
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
            >
              <title>{`${p.detail}: ${p.value}${unit}`}</title>
            </path>
          ))}
        </svg>
        <div aria-hidden className="relative mt-1 h-4 text-[11px] text-fg-muted">
          {xLabels.map(({ index, label: text }) => (
            <span key={index} className="absolute -translate-x-1/2 whitespace-nowrap" style={{ left: `${x(index)}%` }}>
              {text}
            </span>
          ))}
        </div>
        {guides.length > 0 ? (
          // The dashed lines explained in words (also for screen readers: the SVG itself is hidden).
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted" data-testid="chart-legend">
            {guides.map((g) => (
              <li key={g.value} className="flex items-center gap-1.5">
                <svg aria-hidden width="20" height="4" className="shrink-0">
                  <line x1={0} x2={20} y1={2} y2={2} stroke={TONE[g.tone]} strokeWidth={2} strokeDasharray="4 3" />
                </svg>
                {g.label}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </figure>
  );
}
