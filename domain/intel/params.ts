// The detector's parameters as the rules facility stores them (integers an administrator edits:
// per-mille levels, a percentage ratio) turned into the numbers the tests use.
import type { RuleValue } from '../rules/catalog.ts';
import type { DetectorParams } from './detector.ts';
import type { NeighbourParams } from './warnings.ts';

export function detectorParams(v: RuleValue<'intel.detector'>): DetectorParams {
  return {
    windowDays: v.windowDays,
    baselineWeeks: v.baselineWeeks,
    minBaselineWeeks: Math.min(v.minBaselineWeeks, v.baselineWeeks),
    alpha: v.alphaPerMille / 1000,
    minRecent: v.minRecent,
    minRatio: v.minRatioPercent / 100,
    seasonYears: v.seasonYears,
    priorWeight: v.priorWeight,
  };
}

export function neighbourParams(v: RuleValue<'intel.neighbours'>): NeighbourParams {
  return {
    minUnits: v.minUnits,
    looseAlpha: v.loosePerMille / 1000,
    alpha: v.alphaPerMille / 1000,
    minRecent: v.minRecent,
  };
}
