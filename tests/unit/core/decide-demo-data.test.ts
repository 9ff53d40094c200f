import { describe, expect, it } from 'vitest';
import { decideDemoData } from '@/lib/core/decide-demo-data';

describe('decideDemoData (demo accounts only for a local try-out, DESIGN §2)', () => {
  it.each([
    ['http://localhost:3000'],
    ['http://localhost'],
    ['http://LOCALHOST:3221/'],
    ['http://127.0.0.1:3000'],
    ['http://127.1.2.3'],
    ['http://[::1]:3000'],
    [undefined],
  ])('is on when asked for on %s', (publicUrl) => {
    expect(decideDemoData({ requested: true, forced: false, publicUrl })).toEqual({ enabled: true, notice: null });
  });

  it.each([
    ['https://delight.example.com'],
    ['http://delight.internal:3000'],
    ['http://192.168.1.20:3000'],
    ['http://10.0.0.5'],
    ['https://localhost.example.com'],
    ['http://0.0.0.0:3000'],
    ['not a url'],
  ])('is refused on %s, with a notice naming the URL and the way to force it', (publicUrl) => {
    const decision = decideDemoData({ requested: true, forced: false, publicUrl });
    expect(decision.enabled).toBe(false);
    expect(decision.notice).toContain('Demo data refused');
    expect(decision.notice).toContain(publicUrl);
    expect(decision.notice).toContain('DEMO_DATA=0');
    expect(decision.notice).toContain('DEMO_DATA_ON_PUBLIC_URL=1');
  });

  it('is on for a public URL only when forced, and then warns', () => {
    const decision = decideDemoData({ requested: true, forced: true, publicUrl: 'https://delight.example.com' });
    expect(decision.enabled).toBe(true);
    expect(decision.notice).toMatch(/^Warning: demo accounts are ON at https:\/\/delight\.example\.com/);
  });

  it.each([
    [false, 'http://localhost:3000'],
    [true, 'http://localhost:3000'],
    [true, 'https://delight.example.com'],
  ])('is off and silent when not asked for (forced=%s, %s)', (forced, publicUrl) => {
    expect(decideDemoData({ requested: false, forced, publicUrl })).toEqual({ enabled: false, notice: null });
  });
});
