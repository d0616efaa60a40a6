// The bundled local boards' content: fictional employers, their boards and postings, generated
// deterministically from a seed, each posting with its ground truth (what an extractor should find).
// Pure: no I/O, no clock (dates are relative to `referenceDate`).
import { SOURCE_KINDS, type Category, type SourceKind } from '../core/types.ts';
import {
  BENEFITS,
  CERT_FRAMES,
  DEPARTMENTS_BY_ROLE,
  DUTIES,
  EEO,
  EMPLOYER_NAMES,
  ENTITY_BY_NAME,
  EXTRA_NAME_PARTS,
  FALLING,
  OTHER_COUNTRIES,
  OTHER_JOBS,
  PLACES,
  REQUIREMENT_FILLERS,
  REQUIREMENT_FRAMES,
  RISING,
  ROLE_ENTITIES,
  ROLE_TITLES,
  ROLES,
  SECTOR_INTROS,
  SECTOR_SUFFIX,
  SECTORS,
  SEED_COUNTRIES,
  SENIORITY_PREFIXES,
  TITLE_SUFFIXES,
  COUNTRY_NAMES,
  type Place,
  type Role,
  type Sector,
} from './vocabulary.ts';

export type { Place, Sector, Role };

export interface TruthEntity {
  category: Exclude<Category, 'role'>;
  name: string;
}

/** What a posting really says, in the seed's wording. Tests compute expected reports from this alone. */
export interface GroundTruthPosting {
  /** The id an adapter should report for this posting (see README: which field per board kind). */
  externalId: string;
  title: string;
  company: string;
  /** Human-readable locations, "City, Region, Country" or "Remote - Country". */
  locations: string[];
  /** ISO 3166-1 alpha-2, one per distinct country of the locations. */
  countries: string[];
  sector: Sector;
  /** The taxonomy role the title names, or null for other jobs. */
  role: Role | null;
  /** Skills, tools and certifications the description names (roles are not repeated here; see `role`). */
  entities: TruthEntity[];
  /** ISO 8601 UTC. */
  postedAt: string;
  updatedAt: string;
  remote: boolean;
  /** Set on the second copy of a job cross-posted on two boards: the board and id of the first copy. */
  duplicateOf: { kind: SourceKind; locator: string; externalId: string } | null;
}

export interface PostingSections {
  intro: string;
  duties: string[];
  requirements: string[];
  benefits: string[];
  eeo: string;
}

/** One posting as the boards render it. */
export interface GeneratedPosting {
  truth: GroundTruthPosting;
  /** A stable numeric key for board-specific ids (greenhouse id, req numbers, ...). */
  seq: number;
  places: Place[];
  remote: boolean;
  department: string;
  employmentType: 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'INTERN';
  sections: PostingSections;
  /** The whole description as HTML (intro, duties, requirements, benefits, EEO). */
  descriptionHtml: string;
  /** Board-specific variations chosen once (escaping style, JSON-LD layout, ...): a small deterministic number. */
  variant: number;
  /** Hidden postings are returned by boards that list unlisted jobs (Ashby `isListed: false`); not in truth. */
  listed: boolean;
}

export interface Employer {
  name: string;
  sector: Sector;
  /** Used in URLs and board tokens. */
  slug: string;
  /** The employer's own web domain (fictional, `.example`). */
  domain: string;
}

export interface BoardDef {
  kind: SourceKind;
  /** What `skillpulse sources add <kind> <locator>` takes. */
  locator: string;
  employer: Employer;
  postings: GeneratedPosting[];
}

export interface BoardsDataset {
  seed: number;
  referenceDate: string;
  employers: Employer[];
  boards: BoardDef[];
  /** Next free posting seq, for postings added between runs. */
  nextSeq: number;
}

export interface DatasetOptions {
  seed: number;
  /** Number of employers (default 21: three per sector). */
  employers?: number;
  /** Average postings per board (default 12; Workday boards get three times as many so they page). */
  postingsPerBoard?: number;
  /** Postings are dated in the ten weeks before this instant (default 2026-10-05T12:00:00Z). */
  referenceDate?: string;
  /** How many jobs are cross-posted on a second board (default 3). */
  duplicates?: number;
}

// ---- deterministic randomness ----

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: tiny, fast and good enough for test data. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    chance: (p) => next() < p,
  };
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function placeLabel(p: Place): string {
  const country = COUNTRY_NAMES[p.country] ?? p.country;
  return p.city === p.region ? `${p.city}, ${country}` : `${p.city}, ${p.region}, ${country}`;
}

function listJoin(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

// ---- employers and boards ----

function makeEmployers(count: number): Employer[] {
  const out: Employer[] = [];
  for (let i = 0; out.length < count; i++) {
    const sector = SECTORS[i % SECTORS.length] as Sector;
    const round = Math.floor(i / SECTORS.length);
    const listed = EMPLOYER_NAMES[sector][round];
    const name = listed ?? `${EXTRA_NAME_PARTS[round % EXTRA_NAME_PARTS.length]} ${SECTOR_SUFFIX[sector]} ${round}`;
    const slug = slugify(name);
    out.push({ name, sector, slug, domain: `${slug}.example` });
  }
  return out;
}

/** A board's locator in the form its adapter takes. */
export function locatorFor(kind: SourceKind, e: Employer, n = 0): string {
  const base = n === 0 ? e.slug.replace(/-/g, '') : `${e.slug.replace(/-/g, '')}${n + 1}`;
  switch (kind) {
    case 'workday':
      // {tenant host}/{site}, as on a real tenant (the host's first label is the tenant).
      return `${base}.wd5.myworkdayjobs.com/${base}External`;
    case 'smartrecruiters':
      return base.charAt(0).toUpperCase() + base.slice(1);
    case 'oracle':
      // {host}/{siteNumber}
      return `${base}.fa.oraclecloud.com/CX_${1000 + ([...base].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 8999, 7) + n)}`;
    case 'eightfold':
      // {host}/{domain}
      return `jobs.${e.domain}/${n === 0 ? e.domain : `${n}.${e.domain}`}`;
    case 'jsonld':
      return `https://careers.${e.domain}/careers`;
    case 'rendered':
      return `https://jobs.${e.domain}/careers`;
    default:
      return base;
  }
}

// ---- postings ----

function isoWeekOffset(referenceMs: number, rng: Rng): { posted: number; updated: number; week: number } {
  const week = rng.int(10); // 0 = oldest week, 9 = the week before the reference date
  const daysAgo = (9 - week) * 7 + rng.int(7);
  const posted = referenceMs - daysAgo * 86_400_000 - rng.int(86_400) * 1000;
  const updated = Math.min(referenceMs - 3_600_000, posted + rng.int(5) * 86_400_000 + rng.int(86_400) * 1000);
  return { posted, updated, week };
}

function chooseEntities(rng: Rng, pool: string[], week: number, howMany: number): string[] {
  const chosen: string[] = [];
  const candidates = [...pool];
  while (chosen.length < howMany && candidates.length > 0) {
    // Earlier pool entries are likelier; rising names gain weight each week, falling ones lose it.
    const weights = candidates.map((name, i) => {
      let w = 1 / (1 + i * 0.15);
      if (RISING.has(name)) w *= 0.4 + week * 0.18;
      if (FALLING.has(name)) w *= 2.2 - week * 0.2;
      return Math.max(w, 0.05);
    });
    const total = weights.reduce((a, b) => a + b, 0);
    let r = rng.next() * total;
    let idx = 0;
    for (; idx < weights.length - 1; idx++) {
      r -= weights[idx] ?? 0;
      if (r <= 0) break;
    }
    const [name] = candidates.splice(idx, 1);
    if (name) chosen.push(name);
  }
  return chosen;
}

function choosePlaces(rng: Rng): { places: Place[]; remote: boolean } {
  const countryOf = (): string => (rng.chance(0.88) ? rng.pick(SEED_COUNTRIES) : rng.pick(OTHER_COUNTRIES));
  const first = rng.pick(PLACES[countryOf()] ?? []);
  const places = [first];
  if (rng.chance(0.15)) {
    const second = rng.pick(PLACES[countryOf()] ?? []);
    if (second.city !== first.city) places.push(second);
  }
  const remote = places.length === 1 && rng.chance(0.12);
  return { places, remote };
}

interface PostingSeed {
  employer: Employer;
  seq: number;
  rng: Rng;
  referenceMs: number;
}

export function makePosting({ employer, seq, rng, referenceMs }: PostingSeed): GeneratedPosting {
  const mlJob = rng.chance(0.8);
  const role: Role | null = mlJob ? rng.pick(ROLES) : null;
  const other = rng.pick(OTHER_JOBS);
  const baseTitle = role ? rng.pick(ROLE_TITLES[role]) : other.title;
  const title = role
    ? `${rng.pick(SENIORITY_PREFIXES)}${baseTitle}${rng.pick(TITLE_SUFFIXES)}`.trim()
    : `${rng.chance(0.3) ? 'Senior ' : ''}${baseTitle}`;
  const { posted, updated, week } = isoWeekOffset(referenceMs, rng);
  const { places, remote } = choosePlaces(rng);

  let names = role ? chooseEntities(rng, ROLE_ENTITIES[role], week, 3 + rng.int(5)) : other.entities.filter(() => rng.chance(0.7));
  if (role && role !== 'Business Intelligence Analyst' && rng.chance(0.3)) {
    const certs = [...ENTITY_BY_NAME.values()].filter((e) => e.category === 'certification');
    names.push(rng.pick(certs).name);
  }
  // A certificate that contains a tool's name brings the tool along, so the truth holds either way.
  for (const n of [...names]) for (const implied of ENTITY_BY_NAME.get(n)?.implies ?? []) if (!names.includes(implied)) names.push(implied);
  names = [...new Set(names)];

  const plain = names.filter((n) => ENTITY_BY_NAME.get(n)?.category !== 'certification');
  const certs = names.filter((n) => ENTITY_BY_NAME.get(n)?.category === 'certification');
  const say = (n: string): string => rng.pick(ENTITY_BY_NAME.get(n)?.say ?? [n]);

  const requirements: string[] = [];
  for (let i = 0; i < plain.length; ) {
    const take = Math.min(plain.length - i, 1 + rng.int(3));
    const words = plain.slice(i, i + take).map(say);
    requirements.push(rng.pick(REQUIREMENT_FRAMES).replace('{x}', listJoin(words)));
    i += take;
  }
  for (const c of certs) requirements.push(rng.pick(CERT_FRAMES).replace('{x}', say(c)));
  requirements.push(rng.pick(REQUIREMENT_FILLERS));

  const duties = pickSome(rng, DUTIES, 3 + rng.int(2));
  const sections: PostingSections = {
    intro: rng.pick(SECTOR_INTROS[employer.sector]).replace('{company}', employer.name),
    duties,
    requirements,
    benefits: pickSome(rng, BENEFITS, 3),
    eeo: EEO.replace('{company}', employer.name),
  };

  const locations = remote ? [`Remote - ${COUNTRY_NAMES[places[0]!.country]}`] : places.map(placeLabel);
  const countries = [...new Set(places.map((p) => p.country))];
  const truth: GroundTruthPosting = {
    externalId: '', // set by the board (ids are per board kind)
    title,
    company: employer.name,
    locations,
    countries,
    sector: employer.sector,
    role,
    entities: names.map((n) => ({ category: ENTITY_BY_NAME.get(n)!.category, name: n })),
    postedAt: new Date(posted).toISOString(),
    updatedAt: new Date(updated).toISOString(),
    remote,
    duplicateOf: null,
  };
  return {
    truth,
    seq,
    places,
    remote,
    department: role ? DEPARTMENTS_BY_ROLE[role] : other.department,
    employmentType: /Junior/.test(title) && rng.chance(0.3) ? 'INTERN' : rng.chance(0.92) ? 'FULL_TIME' : 'CONTRACTOR',
    sections,
    descriptionHtml: sectionsToHtml(sections),
    variant: rng.int(1000),
    listed: true,
  };
}

function pickSome<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(rng.int(pool.length), 1)[0] as T);
  return out;
}

export function listHtml(items: string[]): string {
  return `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

export function sectionsToHtml(s: PostingSections): string {
  return [
    `<p>${escapeHtml(s.intro)}</p>`,
    `<h3>What you will do</h3>${listHtml(s.duties)}`,
    `<h3>What we are looking for</h3>${listHtml(s.requirements)}`,
    `<h3>Benefits</h3>${listHtml(s.benefits)}`,
    `<p><em>${escapeHtml(s.eeo)}</em></p>`,
  ].join('\n');
}

/** The board-specific id of a posting, as its adapter reports it (see README). */
export function externalIdFor(kind: SourceKind, p: GeneratedPosting): string {
  const s = p.seq;
  switch (kind) {
    case 'greenhouse':
      return String(4_000_000_004 + s * 1000);
    case 'lever':
    case 'ashby':
      return uuidFor(s, kind);
    case 'workday':
      return workdayExternalPath(p, s);
    case 'smartrecruiters':
      return String(744_000_100_000_000 + s * 7919);
    case 'workable':
      return shortcodeFor(s);
    case 'recruitee':
      return String(2_700_000 + s);
    case 'oracle':
      return String(10_000 + s);
    case 'eightfold':
      return String(1_443_153_800_000 + s * 13);
    case 'jsonld':
    case 'rendered':
      return `JOB-${s}`;
  }
}

export function uuidFor(seq: number, salt: string): string {
  const rng = createRng(seq * 7919 + salt.length * 104_729 + salt.charCodeAt(0));
  const hex = Array.from({ length: 32 }, () => rng.int(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[rng.int(4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function shortcodeFor(seq: number): string {
  const rng = createRng(seq * 31 + 17);
  return Array.from({ length: 10 }, () => '0123456789ABCDEF'[rng.int(16)]).join('');
}

export function workdayReqId(seq: number): string {
  return `R${String(100_000 + seq)}`;
}

function workdayExternalPath(p: GeneratedPosting, seq: number): string {
  const first = p.places[0]!;
  const loc = `${first.city}-${first.regionCode}`.replace(/[^A-Za-z0-9]+/g, '-');
  const title = p.truth.title.replace(/[^A-Za-z0-9]/g, '-');
  return `/job/${loc}/${title}_${workdayReqId(seq)}`;
}

// ---- the dataset ----

/** Boards whose format carries one location per posting (SmartRecruiters' `location` object). */
const SINGLE_LOCATION_KINDS = new Set<SourceKind>(['smartrecruiters']);

/** Reduce a posting to its first place, so the truth says only what such a board can show. */
function keepFirstPlace(p: GeneratedPosting): void {
  if (p.places.length <= 1) return;
  p.places = p.places.slice(0, 1);
  const first = p.places[0]!;
  p.truth.locations = p.remote ? [`Remote - ${COUNTRY_NAMES[first.country]}`] : [placeLabel(first)];
  p.truth.countries = [first.country];
}

export function generateDataset(opts: DatasetOptions): BoardsDataset {
  const rng = createRng(opts.seed);
  const referenceDate = opts.referenceDate ?? '2026-10-05T12:00:00.000Z';
  const referenceMs = Date.parse(referenceDate);
  if (Number.isNaN(referenceMs)) throw new Error(`invalid referenceDate ${referenceDate}`);
  const perBoard = Math.max(1, opts.postingsPerBoard ?? 12);
  const employers = makeEmployers(Math.max(1, opts.employers ?? 21));
  let seq = 1;

  const boards: BoardDef[] = employers.map((employer, i) => {
    const kind = SOURCE_KINDS[i % SOURCE_KINDS.length] as SourceKind;
    const count = kind === 'workday' ? perBoard * 3 + 5 : Math.max(1, perBoard - 3 + rng.int(7));
    const locator = locatorFor(kind, employer);
    const postings: GeneratedPosting[] = [];
    for (let j = 0; j < count; j++) postings.push(makePosting({ employer, seq: seq++, rng, referenceMs }));
    if (SINGLE_LOCATION_KINDS.has(kind)) postings.forEach(keepFirstPlace);
    return { kind, locator, employer, postings };
  });

  // Ashby returns unlisted jobs too (isListed: false): one per Ashby board, never in the truth.
  for (const b of boards) {
    if (b.kind !== 'ashby') continue;
    const hidden = makePosting({ employer: b.employer, seq: seq++, rng, referenceMs });
    hidden.listed = false;
    b.postings.push(hidden);
  }

  for (const b of boards) assignIds(b);

  // Cross-posting: some employers also publish a few of their jobs on their own JSON-LD career site.
  const dupCount = Math.min(opts.duplicates ?? 3, boards.length);
  const sources = boards.filter((b) => b.kind !== 'jsonld' && b.kind !== 'rendered' && b.postings.filter((p) => p.listed).length >= 2);
  for (let d = 0; d < dupCount && d < sources.length; d++) {
    const src = sources[(d * 5) % sources.length]!;
    if (boards.some((b) => b.kind === 'jsonld' && b.employer === src.employer)) continue;
    const site: BoardDef = { kind: 'jsonld', locator: locatorFor('jsonld', src.employer), employer: src.employer, postings: [] };
    const originals = src.postings.filter((p) => p.listed).slice(0, 2);
    for (const original of originals) {
      const copy: GeneratedPosting = structuredClone(original);
      copy.seq = seq++;
      site.postings.push(copy);
    }
    site.postings.push(makePosting({ employer: src.employer, seq: seq++, rng, referenceMs }));
    assignIds(site);
    originals.forEach((original, k) => {
      site.postings[k]!.truth.duplicateOf = { kind: src.kind, locator: src.locator, externalId: original.truth.externalId };
    });
    boards.push(site);
  }
  return { seed: opts.seed, referenceDate, employers, boards, nextSeq: seq };
}

/** (Re)compute the truth ids of a board's postings. */
export function assignIds(board: BoardDef): void {
  for (const p of board.postings) p.truth.externalId = externalIdFor(board.kind, p);
}

/** Every posting a correct pipeline should store (listed ones), with its board. */
export function allTruth(ds: BoardsDataset): Array<GroundTruthPosting & { kind: SourceKind; locator: string }> {
  return ds.boards.flatMap((b) => b.postings.filter((p) => p.listed).map((p) => ({ ...p.truth, kind: b.kind, locator: b.locator })));
}

/** Add a fresh posting to a board (between runs); returns it. */
export function addPosting(ds: BoardsDataset, board: BoardDef, seed = ds.nextSeq): GeneratedPosting {
  const p = makePosting({ employer: board.employer, seq: ds.nextSeq++, rng: createRng(seed * 9973 + ds.seed), referenceMs: Date.parse(ds.referenceDate) });
  board.postings.push(p);
  assignIds(board);
  return p;
}

/** Change a posting's description (adds a requirement naming `entityName`) and bump its updatedAt. */
export function editPosting(p: GeneratedPosting, entityName: string, updatedAt: string): void {
  const word = ENTITY_BY_NAME.get(entityName);
  if (!word) throw new Error(`unknown entity ${entityName}`);
  if (!p.truth.entities.some((e) => e.name === entityName)) {
    p.sections.requirements.unshift(`Hands-on experience with ${word.say[0]}.`);
    p.truth.entities.push({ category: word.category, name: word.name });
  }
  p.descriptionHtml = sectionsToHtml(p.sections);
  p.truth.updatedAt = updatedAt;
}

export function removePosting(board: BoardDef, externalId: string): boolean {
  const i = board.postings.findIndex((p) => p.truth.externalId === externalId);
  if (i < 0) return false;
  board.postings.splice(i, 1);
  return true;
}
