// Renders `render: true` requests in Chromium and returns the HTML after scripts ran. Same politeness as
// the HTTP client (robots.txt, per-host rate and concurrency, private-address guard on every request the
// page makes), hard timeouts, and errors from the one taxonomy so the queue knows what to do.
import { errors as playwrightErrors, type Browser, type BrowserContext, type Page, type Request, type Route } from 'playwright-core';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RequestSpec } from '../core/types.ts';
import { BlockedError, PermanentError, RateLimitedError, SkillpulseError, TransientError, coerceError } from '../errors.ts';
import { classifyStatus, parseRetryAfter } from '../http/fetch-policy.ts';
import { abortError } from '../http/sleep.ts';
import { AddressPolicy, type HostVerdict, type Lookup } from './address-policy.ts';
import { BrowserPool } from './browser-pool.ts';
import { GuardProxy, REFUSED_HEADER } from './guard-proxy.ts';
import { RenderGate, type PoliteFetcherLike } from './render-gate.ts';

export interface RenderOptions {
  signal?: AbortSignal;
  /** Per-host rate override (requests per second), as for HTTP fetches. */
  ratePerSecond?: number;
}

export interface RenderedPage {
  /** HTTP status of the main document. */
  status: number;
  /** Final URL, after redirects. */
  url: string;
  /** `page.content()` once scripts ran and the page settled. */
  body: string;
  elapsedMs: number;
}

export interface BrowserRenderer {
  render(req: RequestSpec, opts?: RenderOptions): Promise<RenderedPage>;
  /** Close the browser and the guard proxy (SIGTERM). Renders in flight fail with TransientError. */
  close(): Promise<void>;
}

export interface RendererDeps {
  /** The polite HTTP client: robots.txt is fetched through it. */
  polite: PoliteFetcherLike;
  redis: Redis;
  /** The HTTP client's key prefix (shared robots cache and per-host rate). */
  keyPrefix: string;
  /** FETCH_ALLOW_NETWORKS. */
  allowNetworks: string[];
  userAgent: string;
  defaultRatePerSecond: number;
  executablePath?: string;
  /** Renders at once in this process. */
  maxPages?: number;
  maxConcurrentPerHost?: number;
  maxInlineWaitMs?: number;
  /** goto() until DOMContentLoaded. */
  navigationTimeoutMs?: number;
  /** How long `meta.waitFor` may take to appear. */
  waitForTimeoutMs?: number;
  /** Without `meta.waitFor`: wait for network idle at most this long, then take the page as it is. */
  networkIdleCapMs?: number;
  /** The whole render, from getting a page to having its HTML. */
  renderDeadlineMs?: number;
  defaultRetryAfterMs?: number;
  logger?: Logger;
  /** DNS resolution, injectable for tests. */
  lookup?: Lookup;
}

/** Resource types a scraper never needs; they cost the host bandwidth for nothing. */
const BLOCKED_TYPES = new Set(['image', 'font', 'media', 'stylesheet']);

export class ChromiumRenderer implements BrowserRenderer {
  private readonly addresses: AddressPolicy;
  private readonly gate: RenderGate;
  private readonly proxy: GuardProxy;
  private pool: Promise<BrowserPool> | null = null;
  private closed = false;

  constructor(private readonly deps: RendererDeps) {
    this.addresses = new AddressPolicy(deps.allowNetworks, deps.lookup);
    this.gate = new RenderGate({
      polite: deps.polite,
      redis: deps.redis,
      keyPrefix: deps.keyPrefix,
      defaultRatePerSecond: deps.defaultRatePerSecond,
      maxConcurrentPerHost: deps.maxConcurrentPerHost,
      maxInlineWaitMs: deps.maxInlineWaitMs,
    });
    this.proxy = new GuardProxy(this.addresses, deps.logger);
  }

  private get deadlineMs(): number {
    return this.deps.renderDeadlineMs ?? 90_000;
  }

  /** Launches so far and the latest launch time (for metrics and tests). */
  async stats(): Promise<{ launches: number; lastLaunchMs: number | null }> {
    if (!this.pool) return { launches: 0, lastLaunchMs: null };
    const pool = await this.pool;
    return { launches: pool.launches, lastLaunchMs: pool.lastLaunchMs };
  }

  /** The live browser, launching it if needed (tests close it to check recovery). */
  async currentBrowser(): Promise<Browser> {
    return (await this.browserPool()).current();
  }

  async render(req: RequestSpec, opts: RenderOptions = {}): Promise<RenderedPage> {
    const started = performance.now();
    const url = parseHttpUrl(req.url);
    if ((req.method ?? 'GET') !== 'GET' || req.body !== undefined) {
      throw new PermanentError(`rendered requests are GET without a body; "${req.label}" asks for ${req.method ?? 'GET'} ${url.href}`);
    }
    if (opts.signal?.aborted) throw abortError(opts.signal);
    const verdict = await this.addresses.check(url.hostname);
    if (verdict.kind !== 'allowed') throw verdictError(url, verdict);
    const lease = await this.gate.admit(url, opts); // robots.txt + per-host slot, before any navigation
    try {
      const pool = await this.browserPool();
      const page = await pool.withContext(
        {
          userAgent: this.deps.userAgent,
          serviceWorkers: 'block',
          acceptDownloads: false,
          locale: 'en-US',
          viewport: { width: 1280, height: 900 },
        },
        (context) => this.withDeadline(context, url, opts.signal, (stopped) => this.renderIn(context, url, req, stopped)),
        opts.signal,
      );
      const elapsedMs = performance.now() - started;
      this.deps.logger?.debug({ url: url.href, status: page.status, elapsedMs: Math.round(elapsedMs) }, 'rendered page');
      return { ...page, elapsedMs };
    } catch (err) {
      throw asSkillpulseError(err, url, opts.signal);
    } finally {
      await lease.release().catch((err: unknown) => this.deps.logger?.warn({ err, host: url.host }, 'could not release host slot'));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const pool = this.pool;
    this.pool = null;
    if (pool) await (await pool.catch(() => null))?.close();
    await this.proxy.close();
  }

  private browserPool(): Promise<BrowserPool> {
    if (this.closed) return Promise.reject(new TransientError('renderer is closed (worker shutting down)'));
    this.pool ??= this.proxy.start().then(
      (proxyServer) =>
        new BrowserPool({
          executablePath: this.deps.executablePath ?? '/usr/bin/chromium',
          proxyServer,
          maxPages: this.deps.maxPages,
          logger: this.deps.logger,
        }),
      (err: unknown) => {
        this.pool = null;
        throw new TransientError(`could not start the browser's guard proxy: ${coerceError(err).message}`, { cause: err });
      },
    );
    return this.pool;
  }

  /**
   * Run `work` until it finishes, the deadline passes, the caller aborts or the browser/page dies —
   * whichever comes first. `stopped` rejects with the reason; the context is closed by the pool.
   */
  private async withDeadline<T>(
    context: BrowserContext,
    url: URL,
    signal: AbortSignal | undefined,
    work: (stopped: Promise<never>) => Promise<T>,
  ): Promise<T> {
    let stop!: (err: Error) => void;
    const stopped = new Promise<never>((_, reject) => (stop = reject));
    stopped.catch(() => undefined);
    const timer = setTimeout(
      () => stop(new TransientError(`render of ${url.href} exceeded its ${Math.round(this.deadlineMs / 1000)} s deadline`)),
      this.deadlineMs,
    );
    const onAbort = () => stop(abortError(signal!));
    signal?.addEventListener('abort', onAbort, { once: true });
    const browser = context.browser();
    const onDisconnect = () => stop(new TransientError(`browser disconnected while rendering ${url.href}; will retry`));
    browser?.on('disconnected', onDisconnect);
    if (browser && !browser.isConnected()) onDisconnect();
    const running = work(stopped);
    running.catch(() => undefined); // its rejection after a stop is expected (the context is closing)
    try {
      return await Promise.race([running, stopped]);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      browser?.off('disconnected', onDisconnect);
    }
  }

  private async renderIn(
    context: BrowserContext,
    url: URL,
    req: RequestSpec,
    stopped: Promise<never>,
  ): Promise<Omit<RenderedPage, 'elapsedMs'>> {
    const s = {
      navigationTimeoutMs: this.deps.navigationTimeoutMs ?? 30_000,
      waitForTimeoutMs: this.deps.waitForTimeoutMs ?? 20_000,
      networkIdleCapMs: this.deps.networkIdleCapMs ?? 10_000,
    };
    const verdicts = new Map<string, Promise<HostVerdict>>();
    const check = (host: string) => {
      let v = verdicts.get(host);
      if (!v) verdicts.set(host, (v = this.addresses.check(host)));
      return v;
    };
    let page: Page | null = null;
    let mainRefusal: BlockedError | null = null;

    await context.routeWebSocket(/.*/, (ws) => ws.close({ code: 1008, reason: 'websockets are not used for scraping' }));
    await context.route('**/*', async (route: Route) => {
      const request = route.request();
      try {
        if (BLOCKED_TYPES.has(request.resourceType())) return await route.abort('blockedbyclient');
        const target = new URL(request.url());
        if (target.protocol !== 'http:' && target.protocol !== 'https:') return await route.abort('blockedbyclient');
        const isMain = page !== null && isMainFrameNavigation(request, page);
        const verdict = await check(target.hostname);
        if (verdict.kind !== 'allowed') {
          const err = verdictError(target, verdict);
          this.deps.logger?.warn({ url: target.href, type: request.resourceType(), reason: err.message }, 'browser request refused');
          if (isMain && err instanceof BlockedError) mainRefusal = err;
          return await route.abort(verdict.kind === 'refused' ? 'blockedbyclient' : 'namenotresolved');
        }
        if (isMain && target.href !== url.href) {
          // A navigation the page itself started (location.href = ...): robots.txt applies to it too.
          try {
            await this.gate.checkRobots(target);
          } catch (err) {
            if (err instanceof BlockedError) mainRefusal = err;
            return await route.abort('blockedbyclient');
          }
        }
        return await route.continue();
      } catch {
        // The context is closing (deadline, abort, crash); nothing left to do for this request.
        await route.abort('aborted').catch(() => undefined);
      }
    });

    page = await context.newPage();
    const crashed = new Promise<never>((_, reject) =>
      page!.once('crash', () => reject(new TransientError(`page crashed while rendering ${url.href}; will retry`))),
    );
    crashed.catch(() => undefined);
    const guard = <T>(p: Promise<T>) => Promise.race([p, crashed, stopped]);

    let response;
    try {
      response = await guard(page.goto(url.href, { waitUntil: 'domcontentloaded', timeout: s.navigationTimeoutMs }));
    } catch (err) {
      if (mainRefusal) throw mainRefusal;
      if (err instanceof playwrightErrors.TimeoutError) {
        throw new TransientError(`navigation to ${url.href} timed out after ${s.navigationTimeoutMs} ms`, { cause: err });
      }
      const refusal = this.proxy.refusalFor(url.host);
      if (/ERR_TUNNEL_CONNECTION_FAILED/.test(coerceError(err).message) && refusal) {
        throw new BlockedError(`refusing to render ${url.href}: ${refusal}`);
      }
      throw err;
    }
    if (mainRefusal) throw mainRefusal;
    if (!response) throw new PermanentError(`navigation to ${url.href} produced no document`);

    const headers = await guard(response.allHeaders());
    if (headers[REFUSED_HEADER] !== undefined) {
      // The guard proxy refused a hop the page route never saw (a redirect to a refused address).
      throw new BlockedError(`refusing to render ${url.href}: it leads to ${response.url()}, ${await guard(response.text())}`);
    }
    const status = response.status();
    const where = `rendering ${url.href}${response.url() !== url.href ? ` (→ ${response.url()})` : ''}`;
    const retryAfterMs = parseRetryAfter(headers['retry-after'], Date.now());
    switch (classifyStatus(status, retryAfterMs !== null)) {
      case 'ok':
      case 'not-modified':
        break;
      case 'rate-limited': {
        const waitMs = retryAfterMs ?? this.deps.defaultRetryAfterMs ?? 60_000;
        await this.gate.pushBack(new URL(response.url()).host, waitMs);
        throw new RateLimitedError(`HTTP ${status}, retry after ${Math.round(waitMs / 1000)} s: ${where}`, waitMs);
      }
      case 'transient':
        throw new TransientError(`HTTP ${status}: ${where}`);
      case 'redirect':
      case 'permanent':
        throw new PermanentError(`HTTP ${status}: ${where}`);
    }

    // Redirect hops bypass the page route; robots.txt still has a say over where we ended up.
    const finalUrl = new URL(page.url());
    if (finalUrl.href !== url.href) await this.gate.checkRobots(finalUrl);

    const waitFor = req.meta?.waitFor;
    if (typeof waitFor === 'string' && waitFor.trim()) {
      try {
        await guard(page.waitForSelector(waitFor, { state: 'attached', timeout: s.waitForTimeoutMs }));
      } catch (err) {
        if (err instanceof playwrightErrors.TimeoutError) {
          throw new TransientError(`"${waitFor}" did not appear within ${s.waitForTimeoutMs} ms: ${where}`, { cause: err });
        }
        throw err;
      }
    } else {
      try {
        await guard(page.waitForLoadState('networkidle', { timeout: s.networkIdleCapMs }));
      } catch (err) {
        // Pages that poll forever never go idle; the cap is a ceiling, not a failure.
        if (!(err instanceof playwrightErrors.TimeoutError)) throw err;
        this.deps.logger?.debug({ url: url.href }, 'network did not go idle; taking the page as it is');
      }
    }
    const body = await guard(page.content());
    return { status, url: page.url(), body };
  }
}

function isMainFrameNavigation(request: Request, page: Page): boolean {
  if (!request.isNavigationRequest()) return false;
  try {
    return request.frame() === page.mainFrame();
  } catch {
    return false; // service-worker requests have no frame
  }
}

function verdictError(url: URL, verdict: Exclude<HostVerdict, { kind: 'allowed' }>): SkillpulseError {
  if (verdict.kind === 'refused') return new BlockedError(`refusing to render ${url.origin}: ${verdict.reason}`);
  if (verdict.notFound) return new PermanentError(`host not found: ${url.hostname}`);
  return new TransientError(verdict.reason);
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PermanentError(`not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PermanentError(`only http and https URLs are rendered, not ${url.protocol} (${url.href})`);
  }
  if (url.username || url.password) throw new PermanentError(`URLs with credentials are not rendered: ${url.origin}`);
  url.hash = '';
  return url;
}

/** Browser failures (closed target, crashed page, net::ERR_*) are worth a retry; ours pass through. */
function asSkillpulseError(thrown: unknown, url: URL, signal: AbortSignal | undefined): SkillpulseError {
  if (thrown instanceof SkillpulseError) return thrown;
  if (signal?.aborted) return abortError(signal);
  const err = coerceError(thrown);
  const first = err.message.split('\n')[0] ?? err.message;
  return new TransientError(`browser failed while rendering ${url.href}: ${first}`, { cause: err });
}
