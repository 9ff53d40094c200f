import { describe, expect, it } from 'vitest';
import { heatmapTotalLabel } from '@/lib/core/stats/heatmap-total-label';

const day = (date: string, count: number) => ({ date, count, level: (count === 0 ? 0 : 1) as 0 | 1 });

describe('heatmapTotalLabel', () => {
  it('says "review" for exactly one review over the year and "reviews" otherwise', () => {
    expect(heatmapTotalLabel([day('2026-12-01', 0), day('2026-12-02', 1)])).toBe('{{count}} review in the last year');
    expect(heatmapTotalLabel([day('2026-12-01', 1), day('2026-12-02', 1)])).toBe('{{count}} reviews in the last year');
    expect(heatmapTotalLabel([day('2026-12-01', 0)])).toBe('{{count}} reviews in the last year');
  });
});
