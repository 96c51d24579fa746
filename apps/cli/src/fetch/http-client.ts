import { createRequire } from 'node:module';
import { Agent, fetch } from 'undici';
import { answerDeadline } from './answer-deadline.js';
import type { FetchConfig } from './fetch-config.js';
import { checkUrl, guardedLookup, RefusedError } from './guard-address.js';
import { HostLimiter } from './host-limiter.js';

/** What a successful GET brought back. */
export interface HttpResponse {
  url: string;
  /** Where the last redirect led. */
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  /** The decompressed body; empty for a 304. */
  body: Buffer;
  /** The server said the copy we hold is current (answer to a conditional request). */
  notModified: boolean;
}

/** A GET that failed, with the reason in words. */
export class FetchError extends Error {
  override name = 'FetchError';
}

/** Conditional-request validators and what kind of body is acceptable. */
export interface GetOptions {
  etag?: string;
  lastModified?: string;
  /** Tells whether a `Content-Type` is acceptable; its reason when not. */
  accept?: (contentType: string) => string | null;
  /** Skip robots.txt (used to fetch robots.txt itself). */
  noRobots?: boolean;
}

/** robots-parser is CommonJS and its types declare no callable default. */
const robotsParser = createRequire(import.meta.url)('robots-parser') as (
  url: string,
  text: string,
) => { isAllowed(url: string, ua?: string): boolean | undefined };

/** Retried answers. */
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
/** First backoff when no Retry-After is given; doubled at each retry. */
const BACKOFF_MS = 500;

/**
 * An HTTP client for untrusted feeds and pages: GET only, no cookies, no JavaScript, `http`/`https`
 * only, private and loopback addresses refused at every connection (unless allowed), a time limit
 * for the whole request, a redirect limit, a size cap on the decompressed body and on the whole run,
 * gzip/brotli, conditional requests, robots.txt, per-host concurrency and rate, and retries with
 * backoff on 429/5xx honouring Retry-After.
 */
export class HttpClient {
  readonly #config: FetchConfig;
  readonly #agent: Agent;
  readonly #limiter: HostLimiter;
  readonly #robots = new Map<string, Promise<((url: string) => boolean) | null>>();
  #totalBytes = 0;
  /** Requests sent, for the summary. */
  requests = 0;

  /**
   * @param config the fetch settings
   */
  constructor(config: FetchConfig) {
    this.#config = config;
    // no timers of undici's own (0 turns them off): each request's `answerDeadline` covers the
    // connection, the headers and the body, and does not count time this process was busy
    this.#agent = new Agent({
      connect: { lookup: guardedLookup(config.allow), timeout: 0 },
      headersTimeout: 0,
      bodyTimeout: 0,
    });
    this.#limiter = new HostLimiter(config.perHost.concurrency, config.perHost.interval);
  }

  /** Bytes downloaded so far in this run. */
  get totalBytes(): number {
    return this.#totalBytes;
  }

  /**
   * Fetches a URL.
   * @param url the URL
   * @param options validators, acceptable content types
   * @returns the response (a 304 when the validators still hold)
   * @throws {FetchError} with the reason: refused, timed out, too large, bad status, ...
   */
  async get(url: string, options: GetOptions = {}): Promise<HttpResponse> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      throw new FetchError('not a valid URL');
    }
    try {
      checkUrl(target, this.#config.allow);
    } catch (error) {
      throw new FetchError((error as Error).message);
    }
    if (this.#config.robots && !options.noRobots && !(await this.#robotsAllow(target)))
      throw new FetchError('disallowed by robots.txt');
    for (let attempt = 0; ; attempt++) {
      const response = await this.#limiter.run(target.host, () => this.#once(target, options));
      if (!('retryAfterMs' in response)) return response;
      if (attempt >= this.#config.retries)
        throw new FetchError(`HTTP ${response.status} after ${attempt + 1} attempts`);
      const wait = response.retryAfterMs ?? BACKOFF_MS * 2 ** attempt;
      if (wait > this.#config.maxRetryAfter * 1000)
        throw new FetchError(
          `HTTP ${response.status}, Retry-After ${Math.round(wait / 1000)} s is longer than the ${this.#config.maxRetryAfter} s limit`,
        );
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** Closes the connections. */
  async close(): Promise<void> {
    await this.#agent.close();
  }

  /** One request, following redirects by hand so that each hop is checked. */
  async #once(
    start: URL,
    options: GetOptions,
  ): Promise<HttpResponse | { status: number; retryAfterMs: number | undefined }> {
    const deadline = answerDeadline(this.#config.timeout * 1000);
    const signal = deadline.signal;
    let url = start;
    try {
      for (let hop = 0; ; hop++) {
        const headers: Record<string, string> = {
          'user-agent': this.#config.userAgent,
          'accept-encoding': 'gzip, deflate, br',
        };
        if (hop === 0 && options.etag) headers['if-none-match'] = options.etag;
        if (hop === 0 && options.lastModified) headers['if-modified-since'] = options.lastModified;
        this.requests++;
        const res = await fetch(url, { dispatcher: this.#agent, redirect: 'manual', headers, signal });
        if (res.status >= 300 && res.status < 400 && res.status !== 304) {
          await res.body?.cancel();
          const location = res.headers.get('location');
          if (!location) throw new FetchError(`HTTP ${res.status} without a Location`);
          if (hop >= this.#config.maxRedirects)
            throw new FetchError(`more than ${this.#config.maxRedirects} redirects`);
          url = new URL(location, url);
          checkUrl(url, this.#config.allow);
          continue;
        }
        const head = Object.fromEntries([...res.headers].sort(([a], [b]) => (a < b ? -1 : 1)));
        if (res.status === 304) {
          await res.body?.cancel();
          return {
            url: start.href,
            finalUrl: url.href,
            status: 304,
            headers: head,
            body: Buffer.alloc(0),
            notModified: true,
          };
        }
        if (RETRY_STATUS.has(res.status)) {
          await res.body?.cancel();
          return { status: res.status, retryAfterMs: retryAfter(res.headers.get('retry-after')) };
        }
        if (res.status !== 200) {
          await res.body?.cancel();
          throw new FetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
        }
        const type = (res.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        const refused = options.accept?.(type);
        if (refused) {
          await res.body?.cancel();
          throw new FetchError(refused);
        }
        const declared = Number(res.headers.get('content-length') ?? Number.NaN);
        if (res.headers.get('content-encoding') === null && declared > this.#config.maxBytes) {
          await res.body?.cancel();
          throw new FetchError(`larger than the ${this.#config.maxBytes}-byte limit (${declared} bytes)`);
        }
        const body = await this.#readCapped(res.body, res.headers.get('content-encoding') !== null);
        return { url: start.href, finalUrl: url.href, status: 200, headers: head, body, notModified: false };
      }
    } catch (error) {
      throw toFetchError(error, this.#config.timeout);
    } finally {
      deadline.clear();
    }
  }

  /** Reads a (decompressed) body, stopping at the per-response and per-run caps. */
  async #readCapped(body: ReadableStream<Uint8Array> | null, encoded: boolean): Promise<Buffer> {
    if (body === null) return Buffer.alloc(0);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      this.#totalBytes += value.byteLength;
      if (size > this.#config.maxBytes) {
        await reader.cancel();
        throw new FetchError(
          `larger than the ${this.#config.maxBytes}-byte limit${encoded ? ' once decompressed' : ''}`,
        );
      }
      if (this.#totalBytes > this.#config.maxTotalBytes) {
        await reader.cancel();
        throw new FetchError(`the run's download limit of ${this.#config.maxTotalBytes} bytes is reached`);
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  }

  /** robots.txt of the URL's origin, read once per run; a missing or unreadable one allows all. */
  async #robotsAllow(url: URL): Promise<boolean> {
    let rules = this.#robots.get(url.origin);
    if (!rules) {
      rules = (async () => {
        const robotsUrl = `${url.origin}/robots.txt`;
        try {
          const res = await this.get(robotsUrl, { noRobots: true });
          const robots = robotsParser(robotsUrl, res.body.toString('utf8'));
          return (u: string) => robots.isAllowed(u, this.#config.userAgent) !== false;
        } catch {
          return null;
        }
      })();
      this.#robots.set(url.origin, rules);
    }
    const allow = await rules;
    return allow === null || allow(url.href);
  }
}

/** Retry-After in milliseconds: seconds or an HTTP date. */
function retryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function toFetchError(error: unknown, timeout: number): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof RefusedError) return new FetchError(error.message);
  const e = error as Error & { cause?: Error & { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return new FetchError(`no complete answer within ${timeout} s`);
  const cause = e.cause;
  if (cause instanceof RefusedError) return new FetchError(cause.message);
  const code = cause?.code ?? (e as { code?: string }).code;
  if (
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  )
    return new FetchError(`no complete answer within ${timeout} s`);
  if (code === 'ECONNREFUSED') return new FetchError('connection refused');
  if (code === 'ENOTFOUND') return new FetchError('no such host');
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return new FetchError('connection closed by the server');
  if (cause?.message?.includes('incorrect header check') || code === 'Z_DATA_ERROR')
    return new FetchError('body is not valid compressed data');
  return new FetchError(cause?.message ?? e.message);
}
