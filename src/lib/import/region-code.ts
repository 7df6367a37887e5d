/**
 * The division code (GB/T 2260) the importer proposes for a plan's region when its metadata file has none:
 * the code the portal page's 信息公开 table gives, when the list agrees it is this region; else the one
 * region of that name in the province (and city) the metadata names. Proposed in the import output and the
 * review report, never written by itself: staff confirm it in the metadata file.
 */
import type { Region } from '../../schemas/plan.ts';
import type { OfferedMetadata } from './document.ts';
import { candidatesFor, divisionByCode, type Division } from '../model/divisions.ts';

export type RegionCodeProposal =
  | { code: string; from: 'page' | 'name'; division: Division }
  /** No single region: every one the name could be (empty when the list has none of that name). */
  | { code: null; candidates: Division[] };

/** The code to propose for `region`, or null when the metadata already gives one. */
export function proposeRegionCode(region: Pick<Region, 'name' | 'parent' | 'province' | 'code'>, offered: OfferedMetadata = {}): RegionCodeProposal | null {
  if (region.code) return null;
  const onPage = offered.regionCode ? divisionByCode(offered.regionCode) : undefined;
  if (onPage && onPage.name === region.name.trim() && onPage.province === region.province.trim()) return { code: onPage.code, from: 'page', division: onPage };
  const candidates = candidatesFor(region);
  const one = candidates.length === 1 ? candidates[0]! : undefined;
  if (one && one.province === region.province.trim()) return { code: one.code, from: 'name', division: one };
  return { code: null, candidates };
}
