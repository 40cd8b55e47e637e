// The fixed cast of the demo workspace: a fictional county human-services agency with its units, caseworkers,
// coaches and rollouts. Everything random about these people (readiness, caseload, dates) is drawn by the generator.

export const DEMO_EMAIL_DOMAIN = 'riverbend-hs.example.org';

export const demoRoles = {
  intake: 'Intake specialist',
  investigator: 'CPS investigator',
  ongoing: 'Ongoing case manager',
} as const;
export type DemoRoleKey = keyof typeof demoRoles;

export interface DemoUnitSpec {
  key: string;
  name: string;
  supervisorName: string;
  programArea: string;
}

export interface DemoPersonSpec {
  name: string;
  /** The part of the email address before the @. */
  email: string;
  unit: string;
  role: DemoRoleKey;
  status?: 'on-leave' | 'left';
  /** Carries more cases than the standard range (30-40). */
  overloaded?: boolean;
  /** Was in the pilot of the new tool; becomes the caseworker-expert coach. */
  pilotUser?: boolean;
  /** Trained but has not used the tool in the field yet, whatever the date: keeps one wave gate closed in the demo. */
  noFieldUseYet?: boolean;
  /**
   * Where the person stands on mastery whatever the date, so the demo always shows every level (issue 11):
   * 'mastered': trained at the kickoff, rated 3 or more on the tool ever since, using the tool every working day;
   * 'held-by-gap': the same, but an open gap on the tool holds mastery back, so proficient;
   * 'nearly-proficient': rated well on the tool when coached, but only one recorded use: the usage log is what is missing.
   */
  masteryPath?: 'mastered' | 'held-by-gap' | 'nearly-proficient';
}

export interface DemoCoachSpec {
  key: string;
  name: string;
  expertise: string;
  /** Email local part of a roster caseworker when the coach is one. */
  caseworkerEmail?: string;
}

export const demoUnits: DemoUnitSpec[] = [
  {
    key: 'intake-north',
    name: 'Intake North',
    supervisorName: 'Denise Okafor',
    programArea: 'Intake and hotline screening',
  },
  {
    key: 'cps-east',
    name: 'CPS Investigations East',
    supervisorName: 'Marcus Lindqvist',
    programArea: 'Child protective investigations',
  },
  {
    key: 'ongoing-a',
    name: 'Ongoing Services A',
    supervisorName: 'Renée Castellanos',
    programArea: 'In-home family services',
  },
  {
    key: 'ongoing-b',
    name: 'Ongoing Services B',
    supervisorName: 'Gloria Ramírez',
    programArea: 'In-home family services',
  },
  {
    key: 'foster-care',
    name: 'Foster Care & Permanency',
    supervisorName: 'Patrick Doyle',
    programArea: 'Out-of-home care and permanency',
  },
];

export const demoPeople: DemoPersonSpec[] = [
  { name: 'Nguyễn Thị Ánh', email: 'anh.nguyen', unit: 'intake-north', role: 'intake' },
  { name: 'Jordan Whitfield', email: 'jordan.whitfield', unit: 'intake-north', role: 'intake' },
  {
    name: 'Fatima Al-Sayed',
    email: 'fatima.alsayed',
    unit: 'intake-north',
    role: 'intake',
    masteryPath: 'held-by-gap',
  },
  { name: 'Keisha Robinson', email: 'keisha.robinson', unit: 'intake-north', role: 'intake' },
  { name: 'Tomasz Wiśniewski', email: 'tomasz.wisniewski', unit: 'intake-north', role: 'intake' },
  { name: 'Grace Kim', email: 'grace.kim', unit: 'intake-north', role: 'intake', masteryPath: 'mastered' },
  { name: "Seán O'Brien", email: 'sean.obrien', unit: 'cps-east', role: 'investigator' },
  {
    name: 'María José Álvarez',
    email: 'mariajose.alvarez',
    unit: 'cps-east',
    role: 'investigator',
    masteryPath: 'mastered',
  },
  {
    name: 'Darnell Washington',
    email: 'darnell.washington',
    unit: 'cps-east',
    role: 'investigator',
    overloaded: true,
    noFieldUseYet: true,
  },
  { name: 'Ingrid Sørensen', email: 'ingrid.sorensen', unit: 'cps-east', role: 'investigator' },
  { name: 'Rahul Mehta', email: 'rahul.mehta', unit: 'cps-east', role: 'investigator' },
  { name: 'Chloé Dubois', email: 'chloe.dubois', unit: 'cps-east', role: 'investigator' },
  { name: 'Terrence Bell', email: 'terrence.bell', unit: 'cps-east', role: 'investigator' },
  { name: 'Leilani Kahale', email: 'leilani.kahale', unit: 'cps-east', role: 'intake' },
  {
    name: 'Aisha Bello',
    email: 'aisha.bello',
    unit: 'ongoing-a',
    role: 'ongoing',
    pilotUser: true,
    masteryPath: 'mastered',
  },
  {
    name: "D'Andre Jackson",
    email: 'dandre.jackson',
    unit: 'ongoing-a',
    role: 'ongoing',
    masteryPath: 'nearly-proficient',
  },
  { name: 'Siobhán Ní Bhriain', email: 'siobhan.nibhriain', unit: 'ongoing-a', role: 'ongoing' },
  { name: 'Luis Hernández', email: 'luis.hernandez', unit: 'ongoing-a', role: 'ongoing' },
  { name: 'Hannah Goldberg', email: 'hannah.goldberg', unit: 'ongoing-a', role: 'ongoing' },
  { name: 'Mei-Ling Chou', email: 'meiling.chou', unit: 'ongoing-a', role: 'ongoing' },
  { name: 'José Luis Peña', email: 'joseluis.pena', unit: 'ongoing-b', role: 'ongoing' },
  { name: 'Kateryna Bondarenko', email: 'kateryna.bondarenko', unit: 'ongoing-b', role: 'ongoing' },
  { name: "Brianna O'Neill", email: 'brianna.oneill', unit: 'ongoing-b', role: 'ongoing' },
  {
    name: 'Oluwaseun Adeyemi',
    email: 'oluwaseun.adeyemi',
    unit: 'ongoing-b',
    role: 'ongoing',
    overloaded: true,
  },
  { name: 'Emily Carter', email: 'emily.carter', unit: 'ongoing-b', role: 'ongoing', status: 'left' },
  { name: 'Zoë van der Berg', email: 'zoe.vanderberg', unit: 'ongoing-b', role: 'ongoing' },
  { name: 'Amara Nwosu', email: 'amara.nwosu', unit: 'foster-care', role: 'ongoing' },
  {
    name: 'Björn Eriksson',
    email: 'bjorn.eriksson',
    unit: 'foster-care',
    role: 'ongoing',
    status: 'on-leave',
  },
  { name: 'Yasmin Haddad', email: 'yasmin.haddad', unit: 'foster-care', role: 'ongoing' },
  { name: 'Tyrone McAllister', email: 'tyrone.mcallister', unit: 'foster-care', role: 'ongoing' },
  { name: 'Lucía Fernández', email: 'lucia.fernandez', unit: 'foster-care', role: 'ongoing' },
  { name: 'Kenji Watanabe', email: 'kenji.watanabe', unit: 'foster-care', role: 'ongoing' },
];

export const demoCoaches: DemoCoachSpec[] = [
  {
    key: 'okafor',
    name: 'Denise Okafor',
    expertise:
      'Supervisor, Intake North. Twelve years in intake; early MobileCase tester for the screening forms.',
  },
  {
    key: 'lindqvist',
    name: 'Marcus Lindqvist',
    expertise:
      'Supervisor, CPS Investigations East. Former investigator; strong on safety assessment in the field.',
  },
  {
    key: 'castellanos',
    name: 'Renée Castellanos',
    expertise: 'Supervisor, Ongoing Services A. Known for careful visit preparation and clear case notes.',
  },
  {
    key: 'ferreira',
    name: 'Tomás Ferreira',
    expertise:
      'Staff development trainer and MobileCase super-user; ran the field pilot and the tool training.',
  },
  {
    key: 'bello',
    name: 'Aisha Bello',
    expertise:
      'Ongoing case manager, Ongoing Services A. Used MobileCase daily during the pilot; expert in the tool and the job.',
    caseworkerEmail: 'aisha.bello',
  },
];

export const demoCurrentRollout = {
  name: 'MobileCase field app',
  description:
    'A mobile app for writing contact and visit notes in the field, on agency phones and tablets, straight into the case record.',
  brief: {
    where:
      'MobileCase is on every agency phone and tablet (the blue folder icon) and at mobilecase.riverbend-hs.example.org on agency computers. ' +
      'Sign in with your usual agency username and password.',
    how:
      'Open a case from your caseload list and tap New contact. Type or dictate the note during the visit or right after it; ' +
      'the safety checklist and the case plan goals are one tap away. Notes save on the device and upload to the case record ' +
      'as soon as there is signal. Photos of documents attach to the case and are never stored in the camera roll.',
    limits:
      'MobileCase handles contacts, visit notes, safety checklists and photos. Assessments, case plans, court reports and payments ' +
      'still go in the desktop case system. Without signal it keeps up to three days of notes on the device: sync before then. ' +
      'It does not replace supervisor approval, and it cannot open cases you are not assigned to.',
    comparison:
      'Compared with paper notes: nothing to type up later, nothing left in the car, and notes are on the case within hours instead of days. ' +
      'Compared with the old desktop system: the same case record with fewer screens, and it works in the field; ' +
      'long assessments are still easier at the desk.',
  },
} as const;

export const demoPastRollout = {
  name: 'ScanDesk document scanning',
  description:
    'Scanning signed forms and court documents into the case record at the office, instead of filing paper copies.',
  brief: {
    where:
      'ScanDesk runs on the scanner stations in each office and on the desktop case system under Documents.',
    how: 'Place the document on the scanner, choose the case and the document type, and press Scan. It appears in the case record in a few minutes.',
    limits:
      'It reads typed text well and handwriting poorly; documents over 50 pages must be split. It does not work from home.',
    comparison: 'Replaces photocopying and paper files; faster to find later than the paper file room.',
  },
} as const;
