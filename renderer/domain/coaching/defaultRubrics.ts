// The two rubrics that ship with the app (PRODUCT.md 4.5), written by us: quality of a face-to-face visit, and use of
// the new tool. Each criterion has four plain-language level descriptors: 1 beginning, 2 developing, 3 proficient, 4 exemplary.
import type { Input, rubricFields } from '../model';

export type RubricInput = Input<typeof rubricFields>;

/** Names of the four rating levels, index 0 = level 1. */
export const rubricLevelNames = ['Beginning', 'Developing', 'Proficient', 'Exemplary'] as const;

/** Criterion ids of the default rubrics, for code that needs a particular criterion. */
export const visitQualityCriterionIds = [
  'preparation',
  'engagement',
  'safety',
  'information',
  'documentation',
] as const;
export const toolUseCriterionIds = [
  'finding-records',
  'field-entry',
  'use-in-conversation',
  'timeliness',
  'limits-workarounds',
] as const;

export function visitQualityRubricInput(seriesId: string): RubricInput {
  return {
    seriesId,
    version: 1,
    name: 'Face-to-face visit quality',
    purpose: 'visit-quality',
    criteria: [
      {
        id: 'preparation',
        name: 'Preparation',
        descriptors: [
          'Arrives without having read the case; no clear purpose for the visit.',
          'Has skimmed the case; purpose is general ("check in").',
          'Has read recent notes and the case plan; knows what to ask and what to look at.',
          'Has a written plan tied to the case plan, anticipates risks and brings what the family needs.',
        ],
      },
      {
        id: 'engagement',
        name: 'Engagement with the child and family',
        descriptors: [
          'Talks mostly to the adults; the child is not seen or spoken with alone.',
          'Sees the child but the conversation is short or mostly yes/no questions.',
          'Speaks with the child alone where appropriate and listens to each family member; tone is respectful.',
          'Builds real rapport: uses the family\u2019s own words, involves them in next steps, and adjusts to the child\u2019s age.',
        ],
      },
      {
        id: 'safety',
        name: 'Safety and well-being assessed',
        descriptors: [
          'Does not look at safety or the home conditions.',
          'Asks about safety in general terms; misses signs that were visible.',
          'Checks sleeping area, supervision, food and known risks; notes any new concern.',
          'Assesses safety thoroughly, follows up on every earlier concern and acts at once when needed.',
        ],
      },
      {
        id: 'information',
        name: 'Information gathered for the case plan',
        descriptors: [
          'Leaves without the information needed for the assessment or case plan.',
          'Gathers some of what is needed; gaps will need another visit.',
          'Gathers what the assessment and case plan need: progress on goals, services, strengths and needs.',
          'Gathers complete information and checks it with the family and other sources before leaving.',
        ],
      },
      {
        id: 'documentation',
        name: 'Documentation of the visit',
        descriptors: [
          'Note is missing, late by more than a week, or says little about what happened.',
          'Note is written but late or missing some of the seven elements.',
          'Note is on time and covers background, reason, observations, content, results, impressions and plan.',
          'Note is timely, clear and specific enough that another worker could pick up the case from it.',
        ],
      },
    ],
  };
}

export function toolUseRubricInput(seriesId: string): RubricInput {
  return {
    seriesId,
    version: 1,
    name: 'Use of the new tool',
    purpose: 'tool-use',
    criteria: [
      {
        id: 'finding-records',
        name: 'Finding the right screen and record',
        descriptors: [
          'Needs help to sign in or to find the case.',
          'Finds the case but hunts for the right screen; takes several tries.',
          'Goes straight to the case and the screen needed for the task.',
          'Moves quickly and shows coworkers shortcuts.',
        ],
      },
      {
        id: 'field-entry',
        name: 'Entering notes in the field',
        descriptors: [
          'Takes notes on paper and types them up later.',
          'Enters some notes in the field, finishes most of them back at the office.',
          'Enters the visit note in the field during or right after the visit.',
          'Enters complete notes in the field without taking attention away from the family.',
        ],
      },
      {
        id: 'use-in-conversation',
        name: 'Using the tool\u2019s information in the conversation',
        descriptors: [
          'Does not look at the case information in the tool before or during the visit.',
          'Looks up information only when asked a question.',
          'Uses history, goals and checklists from the tool to guide the conversation.',
          'Uses the tool naturally with the family, for example showing them their plan or next appointments.',
        ],
      },
      {
        id: 'timeliness',
        name: 'Timeliness of documentation',
        descriptors: [
          'Notes reach the case more than a week after the visit.',
          'Notes reach the case within a week.',
          'Notes reach the case within 48 hours.',
          'Notes reach the case the same day, synced and complete.',
        ],
      },
      {
        id: 'limits-workarounds',
        name: 'Knowing the tool\u2019s limits and workarounds',
        descriptors: [
          'Stops when the tool does not do something, or falls back to paper.',
          'Knows some limits but not what to do instead.',
          'Knows what the tool cannot do and uses the agreed workaround (for example the desktop system).',
          'Handles limits smoothly and reports problems so they get fixed.',
        ],
      },
    ],
  };
}

/** Both default rubrics, each starting its own series at version 1. */
export function defaultRubricInputs(
  visitQualitySeriesId: string,
  toolUseSeriesId: string,
): [RubricInput, RubricInput] {
  return [visitQualityRubricInput(visitQualitySeriesId), toolUseRubricInput(toolUseSeriesId)];
}
