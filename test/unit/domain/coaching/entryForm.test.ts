// The entry form's rules: bad ratings, empty action items, impossible dates and a ride-along with no parts are named.
import { describe, expect, it } from 'vitest';
import {
  checkEntryForm,
  emptyEntryForm,
  entryFormValuesSchema,
} from '../../../../renderer/domain/coaching/entryForm';
import { coachingEntryFields } from '../../../../renderer/domain/model';

const CW = '0b7e9a52-3c1d-4f6e-8a9b-1c2d3e4f5a6b';
const ITEM = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const rubric = { id: '1f0e9d8c-7b6a-4d3c-8b2a-9d8c7b6a5f4e', criteria: [{ id: 'safety', name: 'Safety' }] };
const base = () => ({ ...emptyEntryForm('2026-03-14'), kind: 'observation' as const, caseworkerId: CW });
const fields = (r: ReturnType<typeof checkEntryForm>) => (r.ok ? [] : r.issues.map((i) => i.field));

describe('checkEntryForm', () => {
  it('turns a good form into a record the schema accepts', () => {
    const r = checkEntryForm(
      {
        ...base(),
        rubricId: rubric.id,
        ratings: { safety: '3' },
        actionItems: [
          {
            id: ITEM,
            text: ' Read the job aid ',
            ownerId: '',
            owner: '',
            dueDate: '2026-03-20',
            done: false,
            notifiedAt: null,
          },
        ],
      },
      rubric,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.ratings).toEqual({ safety: 3 });
    expect(r.input.actionItems?.[0]?.text).toBe('Read the job aid');
    expect(coachingEntryFields.safeParse(r.input).success).toBe(true);
  });

  it('names the criterion of a rating out of range', () => {
    const r = checkEntryForm({ ...base(), rubricId: rubric.id, ratings: { safety: '5' } }, rubric);
    expect(fields(r)).toEqual(['ratings.safety']);
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(
      /Rating for "Safety" must be a whole number from 1 to 4/,
    );
  });

  it('refuses an action item without text and an impossible due date, naming the item', () => {
    const r = checkEntryForm(
      {
        ...base(),
        actionItems: [
          {
            id: ITEM,
            text: '',
            ownerId: '',
            owner: 'Kim',
            dueDate: '2026-02-30',
            done: false,
            notifiedAt: null,
          },
          {
            id: CW,
            text: 'Call',
            ownerId: '',
            owner: '',
            dueDate: '14/03/2026',
            done: false,
            notifiedAt: null,
          },
        ],
      },
      null,
    );
    expect(fields(r)).toEqual(['actionItems.0.text', 'actionItems.0.dueDate', 'actionItems.1.dueDate']);
    const messages = r.ok ? [] : r.issues.map((i) => i.message);
    expect(messages[0]).toMatch(/Action item 1 needs its text/);
    expect(messages[1]).toMatch(/not a real calendar date/);
    expect(messages[2]).toMatch(/Write it as YYYY-MM-DD/);
  });

  it('refuses a ride-along with no parts but accepts one with only a prep', () => {
    const ride = { ...base(), kind: 'ride-along' as const };
    expect(fields(checkEntryForm(ride, null))).toEqual(['prep']);
    const withPrep = checkEntryForm(
      { ...ride, prep: { goals: 'See the baby', infoToGather: '', toolPlan: '' } },
      null,
    );
    expect(withPrep.ok && withPrep.input.prep?.goals).toBe('See the baby');
    expect(withPrep.ok && withPrep.input.debrief).toBeNull();
  });

  it('requires kind, caseworker and date', () => {
    expect(fields(checkEntryForm(emptyEntryForm(''), null))).toEqual(['kind', 'caseworkerId', 'date']);
  });

  it('reads back a stored draft and ignores a payload it does not understand', () => {
    expect(entryFormValuesSchema.safeParse(base()).data?.caseworkerId).toBe(CW);
    expect(entryFormValuesSchema.safeParse({ kind: 'tea party' }).success).toBe(false);
    expect(entryFormValuesSchema.safeParse('nonsense').success).toBe(false);
  });
});
