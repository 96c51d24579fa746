/**
 * Limits requests per host: at most `concurrency` at once, and starts at least `interval`
 * milliseconds apart, in the order they were asked for.
 */
export class HostLimiter {
  readonly #hosts = new Map<
    string,
    { active: number; queue: (() => void)[]; last: number; starts: Promise<void> }
  >();
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
      state = { active: 0, queue: [], last: Number.NEGATIVE_INFINITY, starts: Promise.resolve() };
      this.#hosts.set(host, state);
    }
    const s = state;
    // a finished task hands its slot straight to the next in the queue, so `active` never overshoots
    if (s.active >= this.#concurrency) await new Promise<void>((resolve) => s.queue.push(resolve));
    else s.active++;
    // starts one after another, each `interval` after the last one's real start: a start planned ahead
    // on a timer could run late on a loaded machine and land right beside the next
    const start = s.starts.then(async () => {
      const wait = s.last + this.#interval - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      s.last = Date.now();
    });
    s.starts = start;
    await start;
    try {
      return await task();
    } finally {
      const next = s.queue.shift();
      if (next) next();
      else s.active--;
    }
  }
}
