/**
 * Open-loop load at a fixed rate: one request every 1000/rate ms, evenly spaced, whether or not
 * earlier ones have answered (autocannon's overallRate sends per-connection bursts, which measures
 * its own burstiness rather than the server). Returns latency percentiles in ms.
 */
import { Agent, request } from 'node:http';
import { percentile } from './percentile';

export async function fixedRate(options: {
  url: string;
  rate: number;
  seconds: number;
  headers?: Record<string, string>;
  body?: () => string;
}): Promise<{ sent: number; ok: number; failed: number; p50: number; p99: number; max: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const url = new URL(options.url);
  const latencies: number[] = [];
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const total = options.rate * options.seconds;
  const interval = 1000 / options.rate;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = options.body?.() ?? '';
    inFlight.push(
      new Promise<void>((resolve) => {
        const sentAt = performance.now();
        const req = request(
          { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...options.headers } },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (res.statusCode === 200) latencies.push(performance.now() - sentAt);
              else failed += 1;
              resolve();
            });
          },
        );
        req.on('error', () => {
          failed += 1;
          resolve();
        });
        req.end(body);
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  const round = (x: number) => Math.round(x * 10) / 10;
  return { sent: total, ok: latencies.length, failed, p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(Math.max(...latencies)) };
}
