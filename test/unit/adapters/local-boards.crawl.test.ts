// Contract check between the adapters and the bundled local boards (src/boards): crawl every API board of a
// generated dataset in-process (format handlers answer the adapters' requests, no sockets) and expect exactly
// the listed postings, under the ids the boards' ground truth names. Page boards (jsonld, rendered) are left
// out: their ids and rendering differ (see the adapters' notes).
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/adapters/index.ts';
import { generateDataset } from '../../../src/boards/dataset.ts';
import { FORMATS } from '../../../src/boards/formats/index.ts';
import type { RenderContext } from '../../../src/boards/formats/format.ts';
import type { ParsedPosting, RequestSpec, SourceConfig } from '../../../src/core/types.ts';

const BASE = 'http://127.0.0.9:9999';
const dataset = generateDataset({ seed: 11 });

function crawl(
  board: (typeof dataset.boards)[number],
  workday: RenderContext['workday'] = {},
  options: Record<string, unknown> = {},
): Map<string, ParsedPosting> {
  const ctx: RenderContext = { board, baseUrl: BASE, referenceDate: dataset.referenceDate, workday };
  const src: SourceConfig = { id: 1, kind: board.kind, locator: board.locator, baseUrl: BASE, options };
  const adapter = adapterFor(board.kind);
  const fetch = (r: RequestSpec): string => {
    const u = new URL(r.url);
    expect(u.origin).toBe(BASE);
    const res = FORMATS[board.kind].handle({ method: r.method ?? 'GET', path: u.pathname, query: u.searchParams, body: r.body ?? '', headers: {} }, ctx);
    expect(res?.status, `${r.method ?? 'GET'} ${r.url}`).toBe(200);
    return String(res!.body);
  };
  const got = new Map<string, ParsedPosting>();
  const queue = adapter.start(src);
  for (let i = 0; queue.length > 0 && i < 1000; i++) {
    const req = queue.shift()!;
    const { page, skipped } = adapter.parseListDetailed(fetch(req), req, src);
    expect(skipped).toEqual([]);
    queue.push(...page.followUps);
    for (const listed of page.postings) {
      if (got.has(listed.externalId)) continue; // facet slices overlap
      const detail = adapter.needsDetail(listed, src) ? adapter.detailRequest!(listed, src) : null;
      got.set(listed.externalId, detail ? adapter.parseDetail!(fetch(detail), detail, listed, src) : listed);
    }
  }
  return got;
}

describe('adapters against the local boards', () => {
  const boards = dataset.boards.filter((b) => b.kind !== 'jsonld' && b.kind !== 'rendered');
  it.each(boards.map((b) => [b.kind, b.locator, b] as const))('%s %s', (_kind, _locator, board) => {
    const got = crawl(board);
    const truth = board.postings.filter((p) => p.listed).map((p) => p.truth);
    expect([...got.keys()].sort()).toEqual(truth.map((t) => t.externalId).sort());
    for (const t of truth) {
      const p = got.get(t.externalId)!;
      expect(p.title).toBe(t.title);
      expect(p.descriptionHtml).toBeTruthy();
    }
  });

  it('recovers every Workday posting past a (lowered) total cap by facet splitting', () => {
    const board = boards.find((b) => b.kind === 'workday')!;
    const listed = board.postings.filter((p) => p.listed);
    expect(listed.length).toBeGreaterThan(12);
    const got = crawl(board, { totalCap: 12, totalOnFirstPageOnly: true }, { totalCap: 12 });
    expect([...got.keys()].sort()).toEqual(listed.map((p) => p.truth.externalId).sort());
  });
});
