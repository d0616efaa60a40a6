import type { HoldoutCase } from '../holdout/case.ts';

export const TEST10_B: HoldoutCase[] = [];
