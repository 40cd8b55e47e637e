// Short, fictional, professional phrases the demo generator combines into coaching notes, standup answers and
// action items. Placeholders: {first} the caseworker's first name, {coach} the coach's name, {family} a family.

export type DemoFocus = 'tool' | 'visit' | 'safety';

export const demoFocusSkills: Record<DemoFocus, string> = {
  tool: 'Documenting in the new tool',
  visit: 'Face-to-face visit quality',
  safety: 'Safety assessment',
};

/** Replaces {name} placeholders. */
export function fillText(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

export const demoText = {
  families: [
    'a grandmother caring for two grandchildren',
    'a single father and his six-year-old',
    'a young mother and her infant',
    'a family of five in a two-bedroom apartment',
    'foster parents with a new placement',
    'a 15-year-old placed with her aunt',
    'two brothers in a kinship placement',
    'a mother in recovery and her three children',
    'parents of a toddler referred by the hospital',
  ],
  settings: [
    'Monthly home visit',
    'Follow-up home visit',
    'Unannounced home visit',
    'School visit',
    'Visit at the relative placement',
  ],
  background: {
    field: '{setting} with {family}.',
    'one-to-one': 'Scheduled one-to-one supervision with {first}.',
    'case-review': 'Review of {first}\u2019s recent notes and case plan for {family}.',
  },
  reason: {
    tool: [
      'Practise documenting the visit in MobileCase.',
      'Check progress on entering notes in the field.',
      'Follow up on last month\u2019s MobileCase goals.',
    ],
    visit: [
      'Observe visit quality against the visit rubric.',
      'Follow up on the visit goals from last time.',
      'Prepare for the upcoming case plan review.',
    ],
    safety: [
      'Focus on the safety assessment during the visit.',
      'Follow up on a safety concern from the last visit.',
    ],
  },
  observationsTool: [
    '{first} opened the case in MobileCase before knocking and entered the note in the car right after.',
    '{first} used the safety checklist in the app while walking through the home.',
    '{first} showed the parent the next appointments on the tablet.',
    '{first} dictated the note right after the visit; it synced before we left the street.',
  ],
  observationsNoTool: [
    '{first} took notes on paper and planned to type them up at the office.',
    'The tablet was not charged, so {first} took notes on paper.',
    '{first} left the tablet in the car during the visit.',
  ],
  observationsBefore: [
    '{first} spoke with both children alone and checked the sleeping arrangements.',
    '{first} took handwritten notes, as usual before the rollout.',
    '{first} asked open questions and let the parent lead the conversation.',
    '{first} covered the case plan goals but did not see the youngest child alone.',
  ],
  observationsModelling: [
    '{coach} modelled the visit and the note entry in MobileCase while {first} watched.',
    '{coach} showed how to keep eye contact while typing key points only.',
  ],
  observationsOneToOne: [
    '{first} said the app is faster than expected once the case is open.',
    '{first} said signal is a problem in the north of the county.',
    '{first} said typing in front of families still feels awkward.',
    '{first} said court days leave little time for field notes.',
  ],
  observationsReview: [
    'Reviewed the last five notes; most were entered within 48 hours.',
    'Reviewed the last five notes; two were entered more than a week late.',
    'Reviewed the case plan against the visit notes; the goals are clearly tracked.',
  ],
  content: {
    tool: [
      'how to find the case plan goals in the app',
      'offline mode and syncing',
      'dictation for longer notes',
      'attaching photos of school reports',
    ],
    visit: [
      'preparing questions from the case plan',
      'talking with children alone',
      'what the assessment needs from each visit',
    ],
    safety: [
      'the safety checklist items',
      'what to do when a concern is new',
      'checking sleeping areas and supervision',
    ],
  },
  results: [
    'Most visit goals were not met yet; needs close support.',
    'Some goals met; several steps still needed prompting.',
    'Visit goals met and the note was entered on time.',
    'All goals met; the work was a model for the team.',
  ],
  resultsUnrated: 'Discussion only; no ratings this time.',
  impressions: [
    '{first} is still unsure and needs more practice.',
    '{first} is making steady progress.',
    '{first} is confident and consistent.',
    '{first} could coach others on this.',
  ],
  plan: [
    'Follow up at the next ride-along.',
    'Check the next three notes in the app.',
    'Practise offline sync before next week.',
    'Join the Thursday drop-in help session.',
    'Review progress at the next one-to-one.',
  ],
  strengths: {
    tool: [
      'Quick to find cases in the app.',
      'Enters notes before leaving the visit.',
      'Uses dictation well.',
      'Helps coworkers with the app.',
    ],
    visit: [
      'Warm rapport with children.',
      'Well prepared for each visit.',
      'Clear, specific notes.',
      'Good listening with parents.',
    ],
    safety: [
      'Thorough walk-through of the home.',
      'Follows up on every earlier concern.',
      'Calm in tense situations.',
    ],
  },
  growthAreas: {
    tool: [
      'Enter notes in the field rather than later.',
      'Learn the offline mode.',
      'Use the case plan screen during visits.',
    ],
    visit: [
      'See each child alone.',
      'Prepare questions from the case plan.',
      'Cover all seven elements in the note.',
    ],
    safety: ['Check sleeping areas every visit.', 'Record new concerns the same day.'],
  },
  actionItems: {
    tool: [
      'Enter the next three visit notes in MobileCase before leaving the home',
      'Sync the tablet at the end of each field day',
      'Try offline mode on the next rural visit',
      'Attend the Thursday MobileCase drop-in session',
      'Use the case plan goals screen during the next visit',
    ],
    visit: [
      'Prepare three questions from the case plan before each visit',
      'See each child alone at the next visit',
      'Finish the assessment notes for the family within the week',
    ],
    safety: [
      'Complete the safety checklist at every home visit this month',
      'Review the Assessing Safety job aid',
      'Book the next Assessing Safety workshop',
    ],
  },
  renegade: {
    paper: [
      'Took notes on a legal pad and typed them up at the office.',
      'Keeps a paper visit log in the car.',
    ],
    spreadsheet: [
      'Keeps a private spreadsheet of visit dates instead of the app\u2019s schedule.',
      'Tracks contacts in a personal spreadsheet.',
    ],
    other: ['Used a personal notes app on their own phone.', 'Texted photos of documents to themselves.'],
  },
  prep: {
    goals: [
      'See both children alone and check progress on the school goal.',
      'Complete the safety checklist in the app.',
      'Review the case plan goals with the parents.',
    ],
    infoToGather: [
      'School attendance, medical appointments, who is living in the home.',
      'Progress on the parenting class and any new concerns.',
      'Placement stability and the child\u2019s own view.',
    ],
    toolPlan: [
      'Open the case in MobileCase before arriving; enter the note in the car.',
      'Use the safety checklist on the tablet during the walk-through.',
      'Dictate the note right after the visit and sync before leaving.',
    ],
  },
  debrief: {
    wentWell: [
      'Good rapport with the children; note done before leaving.',
      'Safety checklist completed on the spot.',
      'Parents engaged with their goals on the screen.',
    ],
    toChange: [
      'Look up the case plan before, not during, the visit.',
      'Keep eye contact while typing; type key points only.',
      'Charge the tablet the night before.',
    ],
  },
  standup: {
    triedUsed: [
      'Entered both home-visit notes in MobileCase before leaving the street.',
      'Tried dictation for a long note; it worked well.',
      'Used the safety checklist on the tablet during a visit.',
      'Attached a photo of a school report to the case.',
      'Showed a parent their next appointments in the app.',
    ],
    problemsUsed: [
      'None.',
      'None.',
      'No signal at the Elm Street apartments; it synced later.',
      'Could not find the placement address screen; asked the coach.',
      'Tablet battery ran low by 3 pm.',
      'Dictation got a child\u2019s name wrong; fixed it at the desk.',
    ],
    triedNotUsed: [
      'Office day: court reports in the desktop system.',
      'In court most of the day.',
      'Training all afternoon, no field visits.',
      'Took notes on paper during a tense visit.',
    ],
    problemsNotUsed: [
      'Did not get to the field.',
      'Forgot the tablet at the office.',
      'The visit felt too tense to type.',
      'The app would not sign in; IT reset the password.',
    ],
    tryToday: [
      'Enter every note before leaving the visit.',
      'Try offline mode on the rural visits.',
      'Use the case plan goals screen during a visit.',
      'Sync the tablet at lunch.',
      'Help a teammate set up dictation.',
    ],
  },
} as const;
