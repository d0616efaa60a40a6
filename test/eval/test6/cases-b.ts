import type { HoldoutCase } from '../holdout/case.ts';

export const TEST6_B: HoldoutCase[] = [];
