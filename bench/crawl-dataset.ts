// The crawl benchmark's boards: exactly one board per loopback host and the same number of postings on each,
// mostly Greenhouse (one list request carries every description) plus Workday, SmartRecruiters and JSON-LD
// career sites, whose postings each need a detail request. Pure and deterministic, built from the local
// boards' own helpers; `generateDataset` alone cannot give this shape (it rotates kinds and varies counts).
import type { SourceKind } from '../src/core/types.ts';
import { assignIds, createRng, generateDataset, locatorFor, makePosting, type BoardDef, type BoardsDataset } from '../src/boards/dataset.ts';

export interface CrawlShape {
  hosts: number;
  postingsPerBoard: number;
}

/** Full scale: 100 hosts × 200 postings; `scale` shrinks the host count (postings per board stay). */
export function crawlShape(scale: number): CrawlShape {
  return { hosts: Math.max(4, Math.round(100 * scale)), postingsPerBoard: 200 };
}

/** How many boards of each kind: a tenth each of the detail-fetch kinds (at least one), Greenhouse for the rest. */
export function kindMix(hosts: number): SourceKind[] {
  const each = Math.max(1, Math.round(hosts * 0.1));
  const detail: SourceKind[] = ['workday', 'smartrecruiters', 'jsonld'];
  const kinds: SourceKind[] = Array.from({ length: hosts - detail.length * each }, () => 'greenhouse');
  for (const k of detail) for (let i = 0; i < each; i++) kinds.push(k);
  return kinds;
}

/**
 * Two datasets over distinct employers: `shared` holds the kinds whose paths name their board, `exclusive`
 * the kinds that need a host of their own (JSON-LD). Each is served on its own list of IPs, one board per IP.
 */
export function crawlDatasets(shape: CrawlShape, seed = 2026): { shared: BoardsDataset; exclusive: BoardsDataset } {
  const kinds = kindMix(shape.hosts);
  const base = generateDataset({ seed, employers: kinds.length, postingsPerBoard: 1, duplicates: 0 });
  const rng = createRng(seed * 31 + 7);
  const referenceMs = Date.parse(base.referenceDate);
  let seq = 1;
  const boards: BoardDef[] = kinds.map((kind, i) => {
    const employer = base.employers[i]!;
    const postings = Array.from({ length: shape.postingsPerBoard }, () => makePosting({ employer, seq: seq++, rng, referenceMs }));
    const board: BoardDef = { kind, locator: locatorFor(kind, employer), employer, postings };
    assignIds(board);
    return board;
  });
  const make = (list: BoardDef[]): BoardsDataset => ({
    seed,
    referenceDate: base.referenceDate,
    employers: list.map((b) => b.employer),
    boards: list,
    nextSeq: seq,
  });
  return {
    shared: make(boards.filter((b) => b.kind !== 'jsonld')),
    exclusive: make(boards.filter((b) => b.kind === 'jsonld')),
  };
}
