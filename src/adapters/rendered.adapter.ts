// Career pages that need a browser: the same parsing as `jsonld` (JSON-LD first, CSS selectors from
// `options.selectors` otherwise), but every request asks the fetcher to render the page (`render: true`).
// Locator: the listing page URL (or a sitemap URL).
import { createPageAdapter } from './jsonld.adapter.ts';

export const renderedAdapter = createPageAdapter('rendered', true);
