// Test helpers: read a board fixture, build a SourceConfig.
import { readFileSync } from 'node:fs';
import type { SourceConfig, SourceKind } from '../../../src/core/types.ts';

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/boards/${name}`, import.meta.url), 'utf8');
}

export function source(kind: SourceKind, locator: string, extra: Partial<SourceConfig> = {}): SourceConfig {
  return { id: 1, kind, locator, baseUrl: null, options: {}, ...extra };
}
