import type { HoldoutCase } from '../holdout/case.ts';

export const TEST11_B: HoldoutCase[] = [];
