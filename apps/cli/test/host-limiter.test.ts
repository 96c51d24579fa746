import { describe, expect, it } from 'vitest';
import { HostLimiter } from '../src/fetch/host-limiter.js';

describe('HostLimiter', () => {
  it('runs at most `concurrency` tasks of a host at once, spaced by `interval`, other hosts apart', async () => {
    const limiter = new HostLimiter(2, 20);
    let active = 0;
    let most = 0;
    const starts: number[] = [];
    const task = () => async () => {
      starts.push(Date.now());
      active++;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 60));
      active--;
    };
    const t0 = Date.now();
    await Promise.all([
      ...Array.from({ length: 6 }, () => limiter.run('a.example', task())),
      limiter.run('b.example', async () => 'other host'),
    ]);
    expect(most).toBe(2);
    // two at a time for 60 ms each: the sixth starts after two rounds, 120 ms or more in
    expect(Math.max(...starts) - t0).toBeGreaterThanOrEqual(115);
    const sorted = [...starts].sort((x, y) => x - y);
    for (let i = 1; i < sorted.length; i++)
      expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(15);
  });

  it('keeps starts `interval` apart when the event loop is held up (a loaded machine)', async () => {
    const limiter = new HostLimiter(2, 20);
    const starts: number[] = [];
    const task = () => async () => {
      starts.push(Date.now());
      await new Promise((r) => setTimeout(r, 60));
    };
    // the second start is due at 20 ms; the loop is busy from 5 to 58 ms, so it runs late, just before
    // the first task ends and frees the slot for the third
    setTimeout(() => {
      const until = Date.now() + 53;
      while (Date.now() < until) {}
    }, 5);
    await Promise.all(Array.from({ length: 4 }, () => limiter.run('a.example', task())));
    const sorted = [...starts].sort((x, y) => x - y);
    for (let i = 1; i < sorted.length; i++)
      expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(15);
  });
});
