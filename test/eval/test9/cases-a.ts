import type { HoldoutCase } from '../holdout/case.ts';

export const TEST9_A: HoldoutCase[] = [];
