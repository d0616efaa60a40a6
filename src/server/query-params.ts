// Query-string validation with messages a person can act on. Empty values count as absent, so a filter form
// that submits `sector=` means "any sector".
import { HttpError } from './http-kit.ts';

export class QueryParams {
  private readonly params: URLSearchParams;

  constructor(params: URLSearchParams, allowed: readonly string[]) {
    this.params = params;
    for (const key of new Set(params.keys())) {
      if (!allowed.includes(key)) {
        throw new HttpError(400, `unknown query parameter "${key}"; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`);
      }
      if (params.getAll(key).length > 1) throw new HttpError(400, `query parameter "${key}" is given more than once`);
    }
  }

  string(name: string, opts: { max?: number; required?: boolean } = {}): string | null {
    const v = this.params.get(name)?.trim() ?? '';
    if (v === '') {
      if (opts.required) throw new HttpError(400, `query parameter "${name}" is required`);
      return null;
    }
    const max = opts.max ?? 200;
    if (v.length > max) throw new HttpError(400, `${name} is longer than ${max} characters`);
    return v;
  }

  int(name: string, opts: { min: number; max: number }): number | null {
    const v = this.string(name);
    if (v === null) return null;
    if (!/^\d+$/.test(v) || Number(v) < opts.min || Number(v) > opts.max) {
      throw new HttpError(400, `${name} must be a whole number from ${opts.min} to ${opts.max}, got ${JSON.stringify(v)}`);
    }
    return Number(v);
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | null {
    const v = this.string(name);
    if (v === null) return null;
    if (!(values as readonly string[]).includes(v)) throw new HttpError(400, `${name} must be one of ${values.join(', ')}, got ${JSON.stringify(v)}`);
    return v as T;
  }

  /** ISO 3166-1 alpha-2, any case; returned upper-case. */
  country(name: string): string | null {
    const v = this.string(name);
    if (v === null) return null;
    if (!/^[A-Za-z]{2}$/.test(v)) throw new HttpError(400, `${name} must be an ISO 3166-1 alpha-2 code such as DE or US, got ${JSON.stringify(v)}`);
    return v.toUpperCase();
  }
}

/** A positive integer path segment (a database id). */
export function pathId(segment: string, what: string): number {
  if (!/^[1-9]\d{0,15}$/.test(segment)) throw new HttpError(400, `${what} id must be a positive whole number, got ${JSON.stringify(segment)}`);
  return Number(segment);
}
