/**
 * The plan model the pages read: a plan with its clauses, indicators, projects and progress, assembled
 * the same way whether the files came through Astro's collections or the validator's own reader.
 */
import type { Plan } from '../../schemas/plan.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import type { Project } from '../../schemas/projects.ts';
import type { ProgressFile } from '../../schemas/progress.ts';
import { extractClauses, type Clause } from './clauses.ts';

export interface PlanBundle {
  id: string;
  plan: Plan;
  /** The Markdown body of plan.md (the official text). */
  body: string;
  clauses: Clause[];
  indicators: Indicator[];
  projects: Project[];
  /** Progress files of this plan, by year ascending. */
  progress: ProgressFile[];
}

export function assemblePlan(
  plan: Plan,
  body: string,
  indicators: Indicator[] = [],
  projects: Project[] = [],
  progress: ProgressFile[] = [],
): PlanBundle {
  return {
    id: plan.id,
    plan,
    body,
    clauses: extractClauses(body, { tables: plan.tables }),
    indicators,
    projects,
    progress: [...progress].sort((a, b) => a.year - b.year),
  };
}
