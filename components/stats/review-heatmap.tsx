'use client';
import { useEffect, useRef } from 'react';
import { ActivityCalendar } from 'react-activity-calendar';
import { formatCount } from '@/lib/core/format-count';
import { heatmapTotalLabel } from '@/lib/core/stats/heatmap-total-label';
import type { DayActivity } from '@/lib/core/stats/reviews-per-day';

/** Reviews per day over the last year, GitHub-style; on a narrow screen it opens on the recent weeks (right end). */
export function ReviewHeatmap({ data, total }: { data: DayActivity[]; total: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const el of box.current?.querySelectorAll<HTMLElement>('.react-activity-calendar__scroll-container') ?? []) {
      el.scrollLeft = el.scrollWidth;
      el.tabIndex = 0; // a scrollable region is reachable with the keyboard (arrow keys scroll it)
    }
  }, [data]);
  return (
    <div
      ref={box}
      className="overflow-x-auto"
      role="img"
      aria-label={`Reviews per day over the last year: ${formatCount(total, 'review', 'reviews')} in total`}
    >
      <ActivityCalendar
        data={data}
        blockSize={11}
        blockMargin={3}
        fontSize={12}
        labels={{ totalCount: heatmapTotalLabel(data) }}
        theme={{
          light: ['#e2e8f0', '#c7d2fe', '#818cf8', '#4f46e5', '#312e81'],
          dark: ['#1e293b', '#312e81', '#4f46e5', '#818cf8', '#c7d2fe'],
        }}
      />
    </div>
  );
}
