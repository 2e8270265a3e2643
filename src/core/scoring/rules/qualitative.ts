import type { QualitativeTier } from "../../profiles/schema";

export function findTier(tiers: readonly QualitativeTier[], name: string | null | undefined): QualitativeTier | undefined {
  if (name === null || name === undefined) return undefined;
  const n = name.trim();
  return tiers.find((t) => t.name === n);
}

/**
 * Qualitative: the person's typed score stands (clamped to [0, w]); the chosen tier gives the band it
 * should lie in, which checks compare against. The first tier is the one that means "target reached".
 */
export function qualitativeScore(
  typed: number | null | undefined,
  w: number,
  tiers: readonly QualitativeTier[],
  tierName: string | null | undefined,
): { score: number | null; met: boolean; band?: { min: number; max: number; maxOpen?: boolean } } {
  const tier = findTier(tiers, tierName);
  const band = tier ? { min: tier.min * w, max: tier.max * w, ...(tier.maxInclusive === false ? { maxOpen: true } : {}) } : undefined;
  const met = tier !== undefined && tier === tiers[0];
  const score = typeof typed === "number" && Number.isFinite(typed) ? Math.min(Math.max(typed, 0), w) : null;
  return band ? { score, met, band } : { score, met };
}
