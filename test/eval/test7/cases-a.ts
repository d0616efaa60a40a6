import type { HoldoutCase } from '../holdout/case.ts';

export const TEST7_A: HoldoutCase[] = [];
