/** Axis ticks and tooltips in the page's colours (CSS variables, so dark mode follows). */
export const CHART_TICK = { fill: 'var(--fg-muted)', fontSize: 11 } as const;
export const CHART_TOOLTIP_STYLE = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  color: 'var(--fg)',
} as const;
