import type { HoldoutCase } from '../holdout/case.ts';

export const TEST11_A: HoldoutCase[] = [];
