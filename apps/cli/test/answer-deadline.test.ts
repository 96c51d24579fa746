import { describe, expect, it } from 'vitest';
import { answerDeadline } from '../src/fetch/answer-deadline.js';

/** Keeps the event loop busy, as a parse on the main thread or a loaded machine does. */
function block(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

const turn = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('answerDeadline', () => {
  it('does not count the time the process was blocked against the server', async () => {
    const deadline = answerDeadline(300);
    block(1000);
    // the answer that arrived meanwhile is read in this turn, before the deadline may fire
    await turn(0);
    expect(deadline.signal.aborted).toBe(false);
    await new Promise((r) => deadline.signal.addEventListener('abort', r));
    expect(deadline.signal.reason).toMatchObject({ name: 'TimeoutError' });
  });

  it('fires after its time on a free process, and not at all once cleared', async () => {
    const fired = answerDeadline(200);
    const cleared = answerDeadline(200);
    cleared.clear();
    const start = performance.now();
    await new Promise((r) => fired.signal.addEventListener('abort', r));
    expect(performance.now() - start).toBeGreaterThanOrEqual(200);
    await turn(300);
    expect(cleared.signal.aborted).toBe(false);
  });
});
