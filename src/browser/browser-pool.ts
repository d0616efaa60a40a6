// One Chromium per worker process, launched on the first render and replaced when it dies; a fresh
// BrowserContext per render; at most `maxPages` renders at once. All traffic goes through the guard proxy.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import type { Logger } from 'pino';
import { TransientError } from '../errors.ts';
import { abortError } from '../http/sleep.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // root in a container; the sandbox needs user namespaces we do not have
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // No calls home: updates, sync, safe-browsing lists, field trials.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--dns-prefetch-disable',
  // Chromium resolves nothing itself: every connection goes to the guard proxy, which resolves and checks.
  // The proxy itself listens on 127.0.0.1, excluded from the rule.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  // WebRTC would otherwise open UDP flows the proxy never sees.
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
];

export interface BrowserPoolOptions {
  executablePath: string;
  /** Forward proxy every connection goes through (the guard proxy). */
  proxyServer: string;
  /** Renders at once in this process. */
  maxPages?: number;
  launchTimeoutMs?: number;
  logger?: Logger;
}

export class BrowserPool {
  private browser: Promise<Browser> | null = null;
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private closed = false;
  /** Launches so far (a replaced browser counts again). */
  launches = 0;
  /** Time the latest launch took, in ms. */
  lastLaunchMs: number | null = null;

  constructor(private readonly opts: BrowserPoolOptions) {}

  get maxPages(): number {
    return this.opts.maxPages ?? 2;
  }

  /** The live browser, launching (or relaunching after a crash) as needed. */
  async current(): Promise<Browser> {
    if (this.closed) throw new TransientError('browser pool is closed (worker shutting down)');
    this.browser ??= this.launch();
    const pending = this.browser;
    try {
      return await pending;
    } catch (err) {
      if (this.browser === pending) this.browser = null; // next call tries again
      throw err;
    }
  }

  /**
   * Run `fn` with a fresh context once a page slot is free; the context is closed afterwards, whatever
   * happens. Closing the context is also how an abort stops the work inside `fn`.
   */
  async withContext<T>(
    options: BrowserContextOptions,
    fn: (context: BrowserContext) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    await this.takeSlot(signal);
    let context: BrowserContext | null = null;
    try {
      const browser = await this.current();
      if (signal?.aborted) throw abortError(signal);
      context = await browser.newContext(options);
      return await fn(context);
    } finally {
      if (context) await context.close().catch(() => undefined);
      this.releaseSlot();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const pending = this.browser;
    this.browser = null;
    if (pending) await pending.then((b) => b.close()).catch(() => undefined);
    for (const wake of this.waiting.splice(0)) wake();
  }

  private async launch(): Promise<Browser> {
    const started = performance.now();
    let browser: Browser;
    try {
      browser = await chromium.launch({
        executablePath: this.opts.executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
        proxy: { server: this.opts.proxyServer },
        timeout: this.opts.launchTimeoutMs ?? 30_000,
        // Playwright would otherwise end the browser on our SIGTERM before the worker drains.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
    } catch (err) {
      throw new TransientError(`could not launch Chromium at ${this.opts.executablePath}: ${(err as Error).message}`, { cause: err });
    }
    this.launches++;
    this.lastLaunchMs = performance.now() - started;
    this.opts.logger?.info({ launchMs: Math.round(this.lastLaunchMs), version: browser.version() }, 'browser launched');
    const self = this.browser;
    browser.on('disconnected', () => {
      // Forget it; the next render launches a new one. Renders in flight fail and are retried.
      if (this.browser === self) this.browser = null;
      if (!this.closed) this.opts.logger?.warn('browser disconnected; it will be relaunched on the next render');
    });
    return browser;
  }

  private takeSlot(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (this.closed) return Promise.reject(new TransientError('browser pool is closed (worker shutting down)'));
    if (this.active < this.maxPages) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        if (this.closed) return reject(new TransientError('browser pool is closed (worker shutting down)'));
        this.active++;
        resolve();
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(wake);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(abortError(signal!));
      };
      this.waiting.push(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private releaseSlot(): void {
    this.active--;
    this.waiting.shift()?.();
  }
}
