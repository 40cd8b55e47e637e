// The mastery rules as the Settings screen edits them: each rule's label and meaning, the rules as a whole in plain
// words (so a supervisor can read what "proficient" means here), and reading a filled-in form into valid rules or
// into one message per field.
import { defaultMasteryRules, issuesFromZod, masteryRulesSchema, type MasteryRules } from '../model';
import { ratingText } from './masteryNumbers';
import { plural } from '../format/format';

export type MasteryRuleKey = keyof MasteryRules;
type NumberKey = Exclude<MasteryRuleKey, 'proficientNeedsCohort'>;

export interface MasteryRuleField {
  key: NumberKey;
  label: string;
  hint: string;
  /** Whole numbers only, or a decimal (the rubric average). */
  decimal: boolean;
}

/** The number fields in the order the form shows them: by level, then the coaching window. */
export const masteryRuleFields: readonly MasteryRuleField[] = [
  {
    key: 'trainingMinSessions',
    label: 'Training sessions to count as trained',
    hint: 'Training: sessions of this rollout attended. Practicing and proficient both need it.',
    decimal: false,
  },
  {
    key: 'practicingMinOpportunities',
    label: 'Days of tool use for practicing',
    hint: 'Opportunity: days on which a use of the tool was recorded (coaching, standups or the usage log), each day once.',
    decimal: false,
  },
  {
    key: 'proficientMinOpportunities',
    label: 'Days of tool use for proficient',
    hint: 'At least as many as for practicing.',
    decimal: false,
  },
  {
    key: 'proficientMinRatedEntries',
    label: 'Tool-rubric entries for proficient',
    hint: 'Coaching: entries rated on the tool rubric. The latest this many are averaged. 0 means no ratings needed.',
    decimal: false,
  },
  {
    key: 'proficientMinAverage',
    label: 'Lowest tool-rubric average for proficient',
    hint: 'From 1 to 4. Averages are rounded to hundredths before they are compared: 2.97 does not reach 3.',
    decimal: true,
  },
  {
    key: 'masteredAfterDays',
    label: 'Days proficient for mastered',
    hint: 'Time: days proficient without a break and with no gap on the tool open. A dip starts the count again.',
    decimal: false,
  },
  {
    key: 'coachingWindowDays',
    label: 'Recent coaching window (days)',
    hint: 'How far back the scorecard counts coaching entries as recent.',
    decimal: false,
  },
];

/** The rules as a short paragraph per level, in the words a supervisor would use. */
export function describeMasteryRules(r: MasteryRules): string[] {
  const trained = `attended ${plural(r.trainingMinSessions, 'training session')}`;
  const ratings =
    r.proficientMinRatedEntries === 0
      ? 'no rubric ratings needed'
      : `${plural(r.proficientMinRatedEntries, 'coaching entry', 'coaching entries')} rated on the tool rubric, the latest ${r.proficientMinRatedEntries === 1 ? 'one rated' : `${r.proficientMinRatedEntries} averaging`} ${ratingText(r.proficientMinAverage)} or more`;
  return [
    'Not started: no training session attended yet. In training: from the first session until practicing.',
    `Practicing: ${trained} and used the tool on at least ${plural(r.practicingMinOpportunities, 'day')}.`,
    `Proficient: ${trained}; ${ratings}; used the tool on at least ${plural(r.proficientMinOpportunities, 'day')}${r.proficientNeedsCohort ? '; and a member of a cohort of the rollout' : ''}. Proficient lasts only while all of this holds: if the latest ratings dip below the average, the person is practicing again until they recover.`,
    `Mastered: proficient for ${plural(r.masteredAfterDays, 'day')} in a row with no gap on the tool open; a gap on the tool holds mastery back, and the count starts again when it closes.`,
  ];
}

export type MasteryRulesForm = Record<NumberKey, string> & { proficientNeedsCohort: boolean };

export const masteryRulesForm = (r: MasteryRules): MasteryRulesForm => ({
  ...(Object.fromEntries(masteryRuleFields.map((f) => [f.key, String(r[f.key])])) as Record<
    NumberKey,
    string
  >),
  proficientNeedsCohort: r.proficientNeedsCohort,
});

export type ParsedRules =
  { ok: true; rules: MasteryRules } | { ok: false; errors: Partial<Record<MasteryRuleKey, string>> };

/** Reads the form: every field a number of the right kind, within its range, and the rules consistent together. */
export function parseMasteryRules(form: MasteryRulesForm): ParsedRules {
  const errors: Partial<Record<MasteryRuleKey, string>> = {};
  const values: Record<string, number | boolean> = { proficientNeedsCohort: form.proficientNeedsCohort };
  for (const f of masteryRuleFields) {
    const text = form[f.key].trim().replace(',', '.');
    const n = Number(text);
    if (text === '' || !Number.isFinite(n)) errors[f.key] = `${f.label} must be a number.`;
    else if (!f.decimal && !Number.isInteger(n)) errors[f.key] = `${f.label} must be a whole number.`;
    else values[f.key] = n;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = masteryRulesSchema.safeParse(values);
  if (parsed.success) return { ok: true, rules: parsed.data };
  for (const issue of issuesFromZod(parsed.error)) {
    const key = issue.field as MasteryRuleKey;
    const label = masteryRuleFields.find((f) => f.key === key)?.label;
    errors[key] ??=
      label && /^(must|cannot)\b/.test(issue.message) ? `${label} ${issue.message}.` : `${issue.message}.`;
  }
  return { ok: false, errors };
}

export const defaultRulesForm = (): MasteryRulesForm => masteryRulesForm(defaultMasteryRules());
