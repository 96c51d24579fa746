/**
 * Limits requests per host: at most `concurrency` at once, and starts at least `interval`
 * milliseconds apart, in the order they were asked for.
 */
export class HostLimiter {
  readonly #hosts = new Map<string, { active: number; next: number; queue: (() => void)[] }>();
  readonly #concurrency: number;
  readonly #interval: number;

  /**
   * @param concurrency requests at once to one host
   * @param interval milliseconds between two starts on one host
   */
  constructor(concurrency: number, interval: number) {
    this.#concurrency = concurrency;
    this.#interval = interval;
  }

  /**
   * Runs a task for a host once the host has room.
   * @param host the host (with port)
   * @param task the request
   * @returns what the task returns
   */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, next: 0, queue: [] };
      this.#hosts.set(host, state);
    }
    const s = state;
    // a finished task hands its slot straight to the next in the queue, so `active` never overshoots
    if (s.active >= this.#concurrency) await new Promise<void>((resolve) => s.queue.push(resolve));
    else s.active++;
    const wait = s.next - Date.now();
    s.next = Math.max(Date.now(), s.next) + this.#interval;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    try {
      return await task();
    } finally {
      const next = s.queue.shift();
      if (next) next();
      else s.active--;
    }
  }
}
