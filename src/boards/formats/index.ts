// Board kind → format module.
import type { SourceKind } from '../../core/types.ts';
import { ashbyFormat } from './ashby.format.ts';
import { eightfoldFormat } from './eightfold.format.ts';
import type { BoardFormat } from './format.ts';
import { greenhouseFormat } from './greenhouse.format.ts';
import { jsonldFormat } from './jsonld.format.ts';
import { leverFormat } from './lever.format.ts';
import { oracleFormat } from './oracle.format.ts';
import { recruiteeFormat } from './recruitee.format.ts';
import { renderedFormat } from './rendered.format.ts';
import { smartrecruitersFormat } from './smartrecruiters.format.ts';
import { workableFormat } from './workable.format.ts';
import { workdayFormat } from './workday.format.ts';

export const FORMATS: Record<SourceKind, BoardFormat> = {
  greenhouse: greenhouseFormat,
  lever: leverFormat,
  ashby: ashbyFormat,
  workday: workdayFormat,
  smartrecruiters: smartrecruitersFormat,
  workable: workableFormat,
  recruitee: recruiteeFormat,
  oracle: oracleFormat,
  eightfold: eightfoldFormat,
  jsonld: jsonldFormat,
  rendered: renderedFormat,
};

/** Kinds whose API paths carry no board name, so each such board needs a host:port of its own. */
export const EXCLUSIVE_KINDS: ReadonlySet<SourceKind> = new Set(['recruitee', 'jsonld', 'rendered']);
