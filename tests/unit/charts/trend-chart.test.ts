import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TrendChart, type TrendPoint } from '@/components/charts/trend-chart';
import { xAxisLabels } from '@/components/charts/x-axis-labels';

const render = (props: Parameters<typeof TrendChart>[0]) => renderToStaticMarkup(createElement(TrendChart, props));
const points = (values: number[]): TrendPoint[] =>
  values.map((value, i) => ({ label: `#${i + 1}`, value, detail: `attempt ${i + 1}` }));

describe('TrendChart (server-rendered SVG)', () => {
  it('draws one line through every point, a dot with a tooltip per point, and describes the data for screen readers', () => {
    const html = render({ label: 'Quiz scores', unit: '%', points: points([40, 55, 90]) });
    expect(html).toContain('aria-label="Quiz scores: attempt 1 40%; attempt 2 55%; attempt 3 90%"');
    expect(html.match(/<title>attempt \d: \d+%<\/title>/g)).toHaveLength(3);
    // Higher scores sit higher: y runs from 100 (score 0) to 0 (score 100).
    const dots = [...html.matchAll(/d="M([\d.]+),([\d.]+)h0"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(dots.map(([, y]) => Math.round(y!))).toEqual([60, 45, 10]);
    expect(dots[0]![0]).toBeLessThan(dots[1]![0]!);
    expect(html).toMatch(/<path d="M[^"]+C[^"]+" fill="none"/); // the monotone curve
  });

  it('labels the y axis with the guides (or 50) and thins x labels to about six', () => {
    const guided = render({
      label: 'Mock',
      guides: [
        { value: 35, label: 'meets', tone: 'warning' },
        { value: 70, label: 'delights', tone: 'success' },
      ],
      points: points([20, 80]),
    });
    expect(guided).toContain('<title>meets</title>');
    expect([...guided.matchAll(/-translate-y-1\/2[^>]*>(\d+)</g)].map((m) => m[1])).toEqual(['0', '35', '70', '100']);
    const many = render({ label: 'Quiz', points: points(Array.from({ length: 20 }, (_, i) => i * 5)) });
    expect(many).not.toContain('chart-legend'); // no guides, no legend
    expect(many.match(/-translate-x-1\/2 whitespace-nowrap/g)!.length).toBeLessThanOrEqual(7);
    expect(many.match(/<title>attempt/g)).toHaveLength(20);
  });

  it('explains the guide lines in a legend under the chart, each with its colour', () => {
    const html = render({
      label: 'Mock',
      guides: [
        { value: 35, label: 'Meets from 35', tone: 'warning' },
        { value: 70, label: 'Delights from 70', tone: 'success' },
      ],
      points: points([20, 80]),
    });
    const legend = html.slice(html.indexOf('data-testid="chart-legend"'));
    expect(legend).toMatch(/stroke="var\(--warning\)"[^<]*><\/line><\/svg>Meets from 35<\/li>/);
    expect(legend).toMatch(/stroke="var\(--success\)"[^<]*><\/line><\/svg>Delights from 70<\/li>/);
  });

  it('never shows the same x-axis label twice: several quizzes on one day are labelled once', () => {
    const days = ['Dec 1', 'Dec 1', 'Dec 1', 'Dec 2', 'Dec 2', 'Dec 4'];
    const html = render({
      label: 'Quiz',
      points: days.map((label, i) => ({ label, value: i * 10, detail: `quiz ${i + 1}` })),
    });
    const shown = [...html.matchAll(/-translate-x-1\/2 whitespace-nowrap[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(shown).toEqual(['Dec 1', 'Dec 2', 'Dec 4']);
    expect(html.match(/<title>quiz \d/g)).toHaveLength(6); // every point keeps its tooltip
  });
});

describe('xAxisLabels', () => {
  it.each([
    {
      labels: ['a', 'a', 'b'],
      want: [
        { index: 0, label: 'a' },
        { index: 2, label: 'b' },
      ],
    },
    {
      labels: ['a', 'b', 'a'],
      want: [
        { index: 0, label: 'a' },
        { index: 1, label: 'b' },
      ],
    },
    { labels: [], want: [] },
  ])('labels $labels once each', ({ labels, want }) => {
    expect(xAxisLabels(labels)).toEqual(want);
  });

  it('thins 20 distinct labels to at most 7, without duplicates', () => {
    const labels = Array.from({ length: 40 }, (_, i) => `d${Math.floor(i / 2)}`);
    const shown = xAxisLabels(labels).map((l) => l.label);
    expect(shown.length).toBeLessThanOrEqual(7);
    expect(new Set(shown).size).toBe(shown.length);
  });
});
