// Eightfold PCSX: GET /api/pcsx/search?domain=D&start=N&num=10 → {status, error, data:{positions, count}} (page
// size capped at 10; timestamps in epoch seconds) and GET /api/pcsx/position_details?position_id=&domain=.
// The detail shape is inferred (no recorded response): the search fields plus `jobDescription` HTML.
import type { GeneratedPosting } from '../dataset.ts';
import { countryName, intParam, json, listed, type BoardFormat, type RenderContext } from './format.ts';

const PAGE = 10;

function position(p: GeneratedPosting): Record<string, unknown> {
  const locs = p.remote
    ? [`Remote, ${countryName(p.places[0]!.country)}`]
    : p.places.map((pl) => `${pl.city}, ${pl.regionCode}, ${pl.country}`);
  return {
    id: Number(p.truth.externalId),
    displayJobId: String(330_000 + p.seq),
    name: p.truth.title,
    locations: locs,
    standardizedLocations: p.places.map((pl) => `${pl.city}, ${pl.regionCode}, ${pl.country}`),
    postedTs: Math.floor(Date.parse(p.truth.postedAt) / 1000),
    solrScore: null,
    stars: 0,
    department: p.department,
    creationTs: Math.floor(Date.parse(p.truth.postedAt) / 1000) - 86_400 * 3,
    isHot: 0,
    workLocationOption: p.remote ? 'remote' : p.variant % 3 === 0 ? 'hybrid' : 'onsite',
    locationFlexibility: null,
    atsJobId: String(330_000 + p.seq),
    positionUrl: `/careers/job/${p.truth.externalId}`,
  };
}

function envelope(data: unknown): Record<string, unknown> {
  return { status: 200, error: { message: '', body: '' }, data };
}

export const eightfoldFormat: BoardFormat = {
  handle(req, ctx: RenderContext) {
    if (req.method !== 'GET' || req.query.get('domain') !== (ctx.board.locator.split('/')[1] ?? ctx.board.locator)) return null;
    const postings = listed(ctx.board);
    if (req.path === '/api/pcsx/search') {
      const start = Math.max(0, intParam(req.query.get('start'), 0));
      const num = Math.min(PAGE, Math.max(1, intParam(req.query.get('num'), PAGE)));
      return json(envelope({ positions: postings.slice(start, start + num).map(position), count: postings.length }), { cacheable: true });
    }
    if (req.path === '/api/pcsx/position_details') {
      const p = postings.find((x) => x.truth.externalId === req.query.get('position_id'));
      if (!p) return json({ status: 404, error: { message: 'Position not found', body: '' }, data: null }, { status: 404 });
      return json(envelope({ ...position(p), jobDescription: p.descriptionHtml, publicUrl: `${ctx.baseUrl}/careers/job/${p.truth.externalId}` }));
    }
    return null;
  },
};
