import type { HoldoutCase } from '../holdout/case.ts';

export const TEST8_A: HoldoutCase[] = [];
