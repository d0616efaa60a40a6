// The adapter registry: one adapter per source kind. Locator syntax per kind is documented at the top of
// each `<kind>.adapter.ts`.
import { FatalError } from '../errors.ts';
import type { Adapter, SourceKind } from '../core/types.ts';
import type { BoardAdapter } from './adapter-kit.ts';
import { greenhouseAdapter } from './greenhouse.adapter.ts';
import { recruiteeAdapter } from './recruitee.adapter.ts';
import { workableAdapter } from './workable.adapter.ts';
import { smartrecruitersAdapter } from './smartrecruiters.adapter.ts';
import { ashbyAdapter } from './ashby.adapter.ts';
import { leverAdapter } from './lever.adapter.ts';
import { jsonldAdapter } from './jsonld.adapter.ts';
import { renderedAdapter } from './rendered.adapter.ts';
import { oracleAdapter } from './oracle.adapter.ts';
import { eightfoldAdapter } from './eightfold.adapter.ts';
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

export function adapterFor(kind: SourceKind): Adapter & BoardAdapter {
  const adapter = adapters[kind];
  if (!adapter) throw new FatalError(`unknown source kind "${String(kind)}"`);
  return adapter;
}
