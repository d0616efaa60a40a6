// The adapter registry: one adapter per source kind. Locator syntax per kind is documented at the top of
// each `<kind>.adapter.ts` and summarised in README.md. Every adapter is pure (no I/O, no clock).
import { FatalError } from '../errors.ts';
import type { SourceKind } from '../core/types.ts';
import type { BoardAdapter } from './adapter-kit.ts';
import { ashbyAdapter } from './ashby.adapter.ts';
import { eightfoldAdapter } from './eightfold.adapter.ts';
import { greenhouseAdapter } from './greenhouse.adapter.ts';
import { jsonldAdapter } from './jsonld.adapter.ts';
import { leverAdapter } from './lever.adapter.ts';
import { oracleAdapter } from './oracle.adapter.ts';
import { recruiteeAdapter } from './recruitee.adapter.ts';
import { renderedAdapter } from './rendered.adapter.ts';
import { smartrecruitersAdapter } from './smartrecruiters.adapter.ts';
import { workableAdapter } from './workable.adapter.ts';
import { workdayAdapter } from './workday.adapter.ts';

export type { BoardAdapter, DetailedListPage, SkippedItem } from './adapter-kit.ts';

export const adapters: Record<SourceKind, BoardAdapter> = {
  greenhouse: greenhouseAdapter,
  lever: leverAdapter,
  ashby: ashbyAdapter,
  workday: workdayAdapter,
  smartrecruiters: smartrecruitersAdapter,
  workable: workableAdapter,
  recruitee: recruiteeAdapter,
  oracle: oracleAdapter,
  eightfold: eightfoldAdapter,
  jsonld: jsonldAdapter,
  rendered: renderedAdapter,
};

/** The adapter for a kind (a BoardAdapter is an Adapter with `parseListDetailed`). */
export function adapterFor(kind: SourceKind): BoardAdapter {
  const adapter = adapters[kind];
  if (!adapter) throw new FatalError(`unknown source kind "${String(kind)}"`);
  return adapter;
}
