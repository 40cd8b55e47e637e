// The coaching entry form as the person types it (every field a string, so nothing they typed is ever lost), and the
// rules that turn it into a record: clear messages naming the field for bad ratings, empty action items, impossible
// dates and a ride-along with no parts.
import { z } from 'zod';
import {
  coachingKinds,
  renegadeKinds,
  type CoachingEntry,
  type FieldIssue,
  type InputByTable,
} from '../model';
import { isCalendarDate } from './calendar';
import { noteElements } from './coachingLabels';

const note = z.object({
  background: z.string().default(''),
  reason: z.string().default(''),
  observations: z.string().default(''),
  content: z.string().default(''),
  results: z.string().default(''),
  impressions: z.string().default(''),
  plan: z.string().default(''),
});

/** Also the shape a saved draft must have to be offered back; anything else is ignored. */
export const entryFormValuesSchema = z.object({
  kind: z.union([z.enum(coachingKinds), z.literal('')]).default(''),
  caseworkerId: z.string().default(''),
  coachId: z.string().default(''),
  date: z.string().default(''),
  focusSkill: z.string().default(''),
  rubricId: z.string().default(''),
  ratings: z.record(z.string(), z.string()).default({}),
  note: note.default(note.parse({})),
  strengths: z.string().default(''),
  growthAreas: z.string().default(''),
  actionItems: z
    .array(
      z.object({
        id: z.string(),
        text: z.string().default(''),
        ownerId: z.string().default(''),
        owner: z.string().default(''),
        dueDate: z.string().default(''),
        done: z.boolean().default(false),
        notifiedAt: z.string().nullable().default(null),
      }),
    )
    .default([]),
  followUpDate: z.string().default(''),
  followUpNotifiedAt: z.string().nullable().default(null),
  toolUsed: z.boolean().default(false),
  renegade: z.union([z.enum(renegadeKinds), z.literal('')]).default(''),
  renegadeNote: z.string().default(''),
  prep: z
    .object({
      goals: z.string().default(''),
      infoToGather: z.string().default(''),
      toolPlan: z.string().default(''),
    })
    .default({ goals: '', infoToGather: '', toolPlan: '' }),
  debrief: z
    .object({ wentWell: z.string().default(''), toChange: z.string().default('') })
    .default({ wentWell: '', toChange: '' }),
});

export type EntryFormValues = z.infer<typeof entryFormValuesSchema>;

/** A blank form for a new entry on `today`. */
export function emptyEntryForm(today: string, defaults: Partial<EntryFormValues> = {}): EntryFormValues {
  return { ...entryFormValuesSchema.parse({}), date: today, ...defaults };
}

export function entryToForm(entry: CoachingEntry): EntryFormValues {
  return {
    kind: entry.kind,
    caseworkerId: entry.caseworkerId,
    coachId: entry.coachId ?? '',
    date: entry.date,
    focusSkill: entry.focusSkill,
    rubricId: entry.rubricId ?? '',
    ratings: Object.fromEntries(Object.entries(entry.ratings).map(([k, v]) => [k, String(v)])),
    note: { ...entry.note },
    strengths: entry.strengths,
    growthAreas: entry.growthAreas,
    actionItems: entry.actionItems.map((a) => ({
      id: a.id,
      text: a.text,
      ownerId: a.ownerId ?? '',
      owner: a.owner,
      dueDate: a.dueDate ?? '',
      done: a.done,
      notifiedAt: a.notifiedAt,
    })),
    followUpDate: entry.followUpDate ?? '',
    followUpNotifiedAt: entry.followUpNotifiedAt,
    toolUsed: entry.toolUsed,
    renegade: entry.renegade ?? '',
    renegadeNote: entry.renegadeNote,
    prep: entry.prep ? { ...entry.prep } : { goals: '', infoToGather: '', toolPlan: '' },
    debrief: entry.debrief ? { ...entry.debrief } : { wentWell: '', toChange: '' },
  };
}

export interface RubricShape {
  id: string;
  criteria: ReadonlyArray<{ id: string; name: string }>;
}

export type EntryCheck =
  { ok: true; input: InputByTable['coachingEntries'] } | { ok: false; issues: FieldIssue[] };

const filled = (s: string): boolean => s.trim().length > 0;

function dateIssue(field: string, label: string, value: string): FieldIssue | null {
  const v = value.trim();
  if (!v || isCalendarDate(v)) return null;
  const message = /^\d{4}-\d{2}-\d{2}$/.test(v)
    ? `${label} "${v}" is not a real calendar date.`
    : `${label} "${v}" is not a date. Write it as YYYY-MM-DD, for example 2026-03-14.`;
  return { field, message };
}

/**
 * Checks the whole form at once and returns every problem (field path + message), or the record input.
 * Field paths match the form: "ratings.<criterionId>", "actionItems.<index>.text", "prep", ...
 */
export function checkEntryForm(values: EntryFormValues, rubric: RubricShape | null): EntryCheck {
  const issues: FieldIssue[] = [];
  const add = (issue: FieldIssue | null) => {
    if (issue) issues.push(issue);
  };
  if (!values.kind) add({ field: 'kind', message: 'Choose the kind of entry.' });
  if (!values.caseworkerId) add({ field: 'caseworkerId', message: 'Choose the caseworker.' });
  if (!values.date.trim()) add({ field: 'date', message: 'Date is required.' });
  else add(dateIssue('date', 'Date', values.date));
  add(dateIssue('followUpDate', 'Follow-up date', values.followUpDate));

  const ratings: Record<string, number> = {};
  for (const [criterionId, raw] of Object.entries(values.ratings)) {
    const text = raw.trim();
    if (!text) continue;
    const criterion = rubric?.criteria.find((c) => c.id === criterionId);
    if (!criterion) continue; // a rating for a criterion of another rubric: dropped when the rubric changed
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > 4)
      add({
        field: `ratings.${criterionId}`,
        message: `Rating for "${criterion.name}" must be a whole number from 1 to 4 (it is "${text}").`,
      });
    else ratings[criterionId] = n;
  }

  values.actionItems.forEach((item, i) => {
    const n = i + 1;
    if (!filled(item.text)) {
      const hasOther = filled(item.ownerId) || filled(item.owner) || filled(item.dueDate);
      add({
        field: `actionItems.${String(i)}.text`,
        message: hasOther
          ? `Action item ${String(n)} needs its text: what is to be done?`
          : `Action item ${String(n)} is empty: write what is to be done, or remove it.`,
      });
    }
    add(dateIssue(`actionItems.${String(i)}.dueDate`, `Action item ${String(n)} due date`, item.dueDate));
  });

  const isRideAlong = values.kind === 'ride-along';
  const hasPrep = Object.values(values.prep).some(filled);
  const hasDebrief = Object.values(values.debrief).some(filled);
  const hasObservation = noteElements.some((e) => filled(values.note[e.key]));
  if (isRideAlong && !hasPrep && !hasObservation && !hasDebrief)
    add({
      field: 'prep',
      message:
        'A ride-along needs at least one of its three parts: the prep, the observation or the debrief. Fill in what you have.',
    });

  if (issues.length > 0) return { ok: false, issues };
  const kind = values.kind as CoachingEntry['kind'];
  return {
    ok: true,
    input: {
      kind,
      caseworkerId: values.caseworkerId,
      coachId: values.coachId || null,
      date: values.date.trim(),
      focusSkill: values.focusSkill.trim(),
      rubricId: rubric ? rubric.id : null,
      ratings,
      note: values.note,
      strengths: values.strengths,
      growthAreas: values.growthAreas,
      actionItems: values.actionItems.map((a) => ({
        id: a.id,
        text: a.text.trim(),
        ownerId: a.ownerId || null,
        // A chosen person replaces a name typed on an older entry.
        owner: a.ownerId ? '' : a.owner.trim(),
        dueDate: a.dueDate.trim() || null,
        done: a.done,
        notifiedAt: a.notifiedAt,
      })),
      followUpDate: values.followUpDate.trim() || null,
      followUpNotifiedAt: values.followUpNotifiedAt,
      toolUsed: values.toolUsed,
      renegade: values.renegade || null,
      renegadeNote: values.renegade ? values.renegadeNote : '',
      prep: isRideAlong && hasPrep ? values.prep : null,
      debrief: isRideAlong && hasDebrief ? values.debrief : null,
    },
  };
}

/** One sentence naming the problems, for the summary above the form. */
export function summarizeIssues(issues: readonly FieldIssue[]): string {
  return issues.length === 1
    ? 'One thing needs fixing before this entry can be saved.'
    : `${String(issues.length)} things need fixing before this entry can be saved.`;
}
