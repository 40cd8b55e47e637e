// The technology-adoption survey that ships with the app (PRODUCT.md 4.3), written by us in plain language for
// caseworkers: the three questions of the source blog post, short agree/disagree items on the constructs of the
// Technology Acceptance Model and UTAUT, and an optional ADKAR self-rating. Also the plain labels of each construct.
//
// Answer conventions (what scoring and forms should expect):
// - 'multi': an array of option values; each chosen option adds its score, capped at 1; 'none' scores 0.
// - 'single': one option value (a string); the option's score.
// - 'likert5' and 'adkar': the number 1..5 (the option values are the same numbers as strings, '1'..'5');
//   option scores run 0, .25, .5, .75, 1 from the lowest to the highest answer. `reverse: true` flips the score
//   (1 - score) so that agreeing with a worry lowers readiness; the options themselves are never listed backwards.
import type { Input, constructs, surveyInstrumentFields } from '../model';

export type Construct = (typeof constructs)[number];
export type SurveyInstrumentInput = Input<typeof surveyInstrumentFields>;
type ItemInput = SurveyInstrumentInput['items'][number];
type OptionInput = NonNullable<ItemInput['options']>[number];

export const DEFAULT_INSTRUMENT_NAME = 'Technology readiness survey';

/** Item ids of the default instrument, for code that needs to find a particular question. */
export const defaultItemIds = {
  personalTechnology: 'personal-technology',
  likingTechnology: 'liking-technology',
  caseNoteHabit: 'case-note-habit',
} as const;

const AGREE_LABELS = [
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
] as const;
const LIKING_LABELS = ['Not at all', 'A little', 'Somewhat', 'Quite a lot', 'Very much'] as const;
const ADKAR_LABELS = [
  '1 - Not at all true for me',
  '2 - A little true',
  '3 - Partly true',
  '4 - Mostly true',
  '5 - Completely true',
] as const;

function fivePoint(labels: readonly string[]): OptionInput[] {
  return labels.map((label, i) => ({ value: String(i + 1), label, score: i / 4 }));
}

/** The five answers of an agree/disagree item ('1'..'5', scored 0 to 1), for new questions in the editor. */
export function agreeOptions(): Array<{ value: string; label: string; score: number }> {
  return AGREE_LABELS.map((label, i) => ({ value: String(i + 1), label, score: i / 4 }));
}

/** The five answers of an ADKAR self-rating ('1'..'5'), for new questions in the editor. */
export function adkarOptions(): Array<{ value: string; label: string; score: number }> {
  return ADKAR_LABELS.map((label, i) => ({ value: String(i + 1), label, score: i / 4 }));
}

function agreeItem(id: string, construct: Construct, text: string, reverse = false): ItemInput {
  return {
    id,
    text,
    kind: 'likert5',
    construct,
    options: fivePoint(AGREE_LABELS),
    reverse,
    weight: 1,
    scored: true,
    optional: false,
  };
}

function adkarItem(id: string, construct: Construct, text: string): ItemInput {
  return {
    id,
    text,
    kind: 'adkar',
    construct,
    options: fivePoint(ADKAR_LABELS),
    reverse: false,
    weight: 1,
    scored: false,
    optional: true,
  };
}

/** The default instrument as input for `surveyInstrumentFields` (version 1 of the series `seriesId`). */
export function defaultInstrumentInput(seriesId: string): SurveyInstrumentInput {
  return {
    seriesId,
    version: 1,
    name: DEFAULT_INSTRUMENT_NAME,
    description:
      'A short survey about how you use technology and how you feel about new tools at work. There are no right or wrong answers. ' +
      'Your answers help us decide who trains first and what help each team needs. It takes about five minutes.',
    items: [
      {
        id: defaultItemIds.personalTechnology,
        text: 'Which of these do you use in your own life? Tick all that apply.',
        kind: 'multi',
        construct: 'personal-technology',
        options: [
          { value: 'smartphone', label: 'A smartphone', score: 0.2 },
          { value: 'tablet', label: 'A tablet', score: 0.15 },
          { value: 'computer', label: 'A laptop or home computer', score: 0.15 },
          { value: 'wearable', label: 'A smart watch or fitness tracker', score: 0.1 },
          { value: 'voice-assistant', label: 'A voice assistant (for example a smart speaker)', score: 0.1 },
          { value: 'video-calls', label: 'Video calls with family or friends', score: 0.15 },
          { value: 'online-banking', label: 'Online banking or shopping', score: 0.15 },
          { value: 'social-media', label: 'Social media', score: 0.1 },
          { value: 'none', label: 'None of these', score: 0 },
        ],
        reverse: false,
        weight: 1,
        scored: true,
        optional: false,
      },
      {
        id: defaultItemIds.likingTechnology,
        text: 'How much do you like using technology?',
        kind: 'likert5',
        construct: 'liking-technology',
        options: fivePoint(LIKING_LABELS),
        reverse: false,
        weight: 1,
        scored: true,
        optional: false,
      },
      {
        id: defaultItemIds.caseNoteHabit,
        text: 'How do you usually write your case notes today?',
        kind: 'single',
        construct: 'case-note-habit',
        options: [
          { value: 'handwrite-then-type', label: 'I write them by hand, then type them up later', score: 0 },
          { value: 'type-at-desk', label: 'I type them at my desk back at the office', score: 0.4 },
          { value: 'dictate', label: 'I dictate them (voice recorder or dictation software)', score: 0.6 },
          {
            value: 'type-in-field',
            label: 'I type them in the field on a phone, tablet or laptop',
            score: 1,
          },
        ],
        reverse: false,
        weight: 1,
        scored: true,
        optional: false,
      },
      agreeItem(
        'usefulness-faster',
        'perceived-usefulness',
        'A good mobile tool would help me get my paperwork done faster.',
      ),
      agreeItem(
        'usefulness-quality',
        'perceived-usefulness',
        'A new tool could make my case notes more complete and accurate.',
      ),
      agreeItem(
        'usefulness-time',
        'perceived-usefulness',
        'Writing notes in the field would give me more time for the families I work with.',
      ),
      agreeItem('ease-learn', 'ease-of-use', 'I learn new apps and computer programs easily.'),
      agreeItem(
        'ease-figure-out',
        'ease-of-use',
        'I can usually figure out a new screen or menu without help.',
      ),
      agreeItem(
        'ease-expect',
        'ease-of-use',
        'I expect a work tool made for caseworkers to be easy for me to use.',
      ),
      agreeItem(
        'social-supervisor',
        'social-influence',
        'My supervisor thinks it is important that we use new tools well.',
      ),
      agreeItem(
        'social-coworkers',
        'social-influence',
        'Coworkers I respect use technology well in their work.',
      ),
      agreeItem(
        'conditions-devices',
        'facilitating-conditions',
        'I have the devices I need to work in the field (phone, tablet or laptop).',
      ),
      agreeItem(
        'conditions-help',
        'facilitating-conditions',
        'I know who to ask when technology gives me trouble.',
      ),
      agreeItem('conditions-time', 'facilitating-conditions', 'I have time at work to learn a new tool.'),
      agreeItem(
        'anxiety-mistakes',
        'technology-anxiety',
        'I worry that I will make a mistake I cannot undo when I use new technology.',
        true,
      ),
      agreeItem('anxiety-nervous', 'technology-anxiety', 'Using technology at work makes me nervous.', true),
      agreeItem(
        'anxiety-avoid',
        'technology-anxiety',
        'I put off using new programs because I am afraid of getting them wrong.',
        true,
      ),
      adkarItem(
        'adkar-awareness',
        'adkar-awareness',
        'I understand why the agency is bringing in the new tool.',
      ),
      adkarItem('adkar-desire', 'adkar-desire', 'I want to use the new tool in my work.'),
      adkarItem('adkar-knowledge', 'adkar-knowledge', 'I know how to use the new tool.'),
      adkarItem(
        'adkar-ability',
        'adkar-ability',
        'I can use the new tool in my daily work, in the field and at my desk.',
      ),
      adkarItem(
        'adkar-reinforcement',
        'adkar-reinforcement',
        'Someone notices and supports me when I use the new tool.',
      ),
    ],
  };
}

/** Plain names of the constructs, for headings, explanations and charts. */
export const constructLabels: Record<Construct, string> = {
  'personal-technology': 'Personal technology',
  'liking-technology': 'Liking technology',
  'case-note-habit': 'Case-note habit',
  'perceived-usefulness': 'Perceived usefulness',
  'ease-of-use': 'Ease of use',
  'social-influence': 'Social influence',
  'facilitating-conditions': 'Facilitating conditions',
  'technology-anxiety': 'Technology anxiety',
  'adkar-awareness': 'ADKAR: awareness',
  'adkar-desire': 'ADKAR: desire',
  'adkar-knowledge': 'ADKAR: knowledge',
  'adkar-ability': 'ADKAR: ability',
  'adkar-reinforcement': 'ADKAR: reinforcement',
};

/** One sentence per construct: what it measures and how it moves the readiness score. */
export const constructDescriptions: Record<Construct, string> = {
  'personal-technology':
    'How much technology the person already uses in daily life; each device or service ticked adds a little, up to the full score.',
  'liking-technology':
    'Whether the person enjoys using technology; the more they like it, the higher the score.',
  'case-note-habit':
    'How the person writes case notes today; handwriting scores lowest and typing in the field on a mobile device scores highest.',
  'perceived-usefulness':
    'Whether the person expects a new tool to help with the real job; agreeing raises the score.',
  'ease-of-use':
    'Whether the person expects to find new tools easy to learn and use; agreeing raises the score.',
  'social-influence':
    'Whether supervisors and respected coworkers back the use of new tools; agreeing raises the score.',
  'facilitating-conditions':
    'Whether the person has the devices, help and time needed to use a new tool; agreeing raises the score.',
  'technology-anxiety':
    'How worried or nervous new technology makes the person; these items are reverse-scored, so agreeing lowers the score.',
  'adkar-awareness':
    'Self-rating of understanding why the change is happening (1-5); recorded, not part of readiness.',
  'adkar-desire': 'Self-rating of wanting to take part in the change (1-5); recorded, not part of readiness.',
  'adkar-knowledge': 'Self-rating of knowing how to use the new tool (1-5); recorded, not part of readiness.',
  'adkar-ability':
    'Self-rating of being able to use the tool in daily work (1-5); recorded, not part of readiness.',
  'adkar-reinforcement':
    'Self-rating of getting support and recognition for using the tool (1-5); recorded, not part of readiness.',
};
