import type { Profile } from "../profiles/schema";

/** Grade bands highest first; a total under every band takes the lowest. */
export const gradeBands = (profile: Profile): Profile["grades"] => [...profile.grades].sort((a, b) => b.min - a.min);

export function gradeFor(total: number, profile: Profile): string {
  const bands = gradeBands(profile);
  for (const b of bands) if (total >= b.min) return b.grade;
  return (bands[bands.length - 1] as Profile["grades"][number]).grade;
}
