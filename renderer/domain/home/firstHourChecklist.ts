// The first hour in a new workspace: four steps that make the app useful (people, the rollout, the survey, cohorts),
// each ticked off by the data itself, never by a click, so the list is always true and disappears once all are done.
import type { ToolBrief } from '../model';

export interface FirstHourFacts {
  /** Whether the roster has a live caseworker (any status). */
  anyCaseworker: boolean;
  /** The current rollout's tool brief, or null when no rollout is current. */
  currentBrief: ToolBrief | null;
  /** Whether there is a live survey response, of any round. */
  anySurveyResponse: boolean;
  /** Whether there is a live cohort, of any rollout. */
  anyCohort: boolean;
}

export type FirstHourStepId = 'roster' | 'rollout' | 'survey' | 'cohorts';

export interface FirstHourStep {
  id: FirstHourStepId;
  label: string;
  /** What the step is for, in one sentence. */
  why: string;
  /** Where to do it. */
  href: string;
  action: string;
  done: boolean;
}

export interface FirstHourChecklist {
  steps: FirstHourStep[];
  done: number;
  /** Shown while any step is left. */
  show: boolean;
}

/** A rollout counts as described once its current rollout says where or how the tool is used. */
const described = (brief: ToolBrief | null) =>
  brief !== null && [brief.where, brief.how, brief.limits, brief.comparison].some((t) => t.trim() !== '');

export function firstHourChecklist(facts: FirstHourFacts): FirstHourChecklist {
  const steps: FirstHourStep[] = [
    {
      id: 'roster',
      label: 'Add or import your roster',
      why: 'Everything starts from the caseworkers: their units and roles.',
      href: '/roster/import',
      action: 'Import a roster',
      done: facts.anyCaseworker,
    },
    {
      id: 'rollout',
      label: 'Describe the rollout',
      why: 'Name the tool, make it current, and say where and how it is used in the field.',
      href: '/rollouts',
      action: 'Describe the rollout',
      done: described(facts.currentBrief),
    },
    {
      id: 'survey',
      label: 'Run the adoption survey',
      why: 'Each person’s readiness shows who leads, who waits and who needs help.',
      href: '/surveys/rounds',
      action: 'Open the survey rounds',
      done: facts.anySurveyResponse,
    },
    {
      id: 'cohorts',
      label: 'Propose cohorts',
      why: 'Small groups of people who do the same job, trained wave by wave.',
      href: '/cohorts/propose',
      action: 'Propose cohorts',
      done: facts.anyCohort,
    },
  ];
  const done = steps.filter((s) => s.done).length;
  return { steps, done, show: done < steps.length };
}
