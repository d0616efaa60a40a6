// The one door jobs fetch through: `render: true` requests go to the browser, all others to the polite
// HTTP client. Both obey robots.txt, the per-host rate and the address guard; both throw only the
// classes of src/errors.ts.
import type { RequestSpec } from '../core/types.ts';
import { FatalError } from '../errors.ts';
import type { BrowserRenderer } from '../browser/render-fetcher.ts';
import type { PoliteFetcherLike } from '../browser/render-gate.ts';

export type { PoliteFetcherLike };

export interface FetchedPage {
  status: number;
  url: string;
  body: string;
  notModified: boolean;
  etag?: string | null;
  lastModified?: string | null;
}

export interface PageFetchOptions {
  signal?: AbortSignal;
  ratePerSecond?: number;
  /** Validators from an earlier response: a 304 comes back as `notModified: true` with an empty body. */
  conditional?: { etag?: string | null; lastModified?: string | null };
}

export interface PageFetcher {
  fetch(req: RequestSpec, opts?: PageFetchOptions): Promise<FetchedPage>;
}

export function createPageFetcher(deps: { polite: PoliteFetcherLike; browser?: BrowserRenderer }): PageFetcher {
  return {
    async fetch(req, opts = {}) {
      const { signal, ratePerSecond } = opts;
      if (req.render) {
        if (!deps.browser) {
          throw new FatalError(
            `request "${req.label}" for ${req.url} needs the browser, but this process was started without one`,
          );
        }
        const page = await deps.browser.render(req, { signal, ratePerSecond });
        return { status: page.status, url: page.url, body: page.body, notModified: false };
      }
      const res = await deps.polite.fetch(req, { signal, ratePerSecond, ...(opts.conditional ? { conditional: opts.conditional } : {}) });
      return { status: res.status, url: res.url, body: res.body, notModified: res.notModified, etag: res.etag, lastModified: res.lastModified };
    },
  };
}
