/** How often the deadline's clock looks at the time. */
const TICK_MS = 100;
/**
 * The most one tick may count. A tick that comes later than this found the process busy (a parse on
 * the main thread, a loaded machine): the answer may have been waiting in the socket all along, so
 * the time beyond this is not held against the server.
 */
const MAX_TICK_MS = 2 * TICK_MS;

/**
 * An abort signal for "no complete answer within `ms`", counted in time this process was free to
 * read the answer: time the event loop was blocked does not count, so that a healthy server is not
 * reported as hung because the machine or this program was busy. On an idle process it fires after
 * `ms`, within one tick.
 * @param ms the time limit in milliseconds
 * @returns a signal that aborts with a `TimeoutError` `DOMException`, and a `clear` that stops its clock
 */
export function answerDeadline(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  let counted = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    counted += Math.min(now - last, MAX_TICK_MS);
    last = now;
    if (counted < ms) return;
    clearInterval(timer);
    controller.abort(new DOMException(`no complete answer within ${ms} ms`, 'TimeoutError'));
  }, TICK_MS);
  timer.unref();
  return { signal: controller.signal, clear: () => clearInterval(timer) };
}
