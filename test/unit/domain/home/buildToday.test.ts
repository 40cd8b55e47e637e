// The supervisor's Today: one due list split into due now and coming up, mine first then my unit's, open standup follow-ups, incomplete ride-alongs, today's plan
// (with standups already held marked) and missed standups.
import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../../../renderer/data/repository';
import { dueItems } from '../../../../renderer/domain/coaching/dueList';
import {
  buildToday,
  DUE_HORIZON_DAYS,
  peopleNamedToday,
  todayStandupDays,
} from '../../../../renderer/domain/home/buildToday';
import { GcmKey } from '../../../../renderer/domain/crypto/aead';
import {
  clearFieldSet,
  isStillSealed,
  openRecord,
  sealRecord,
} from '../../../../renderer/domain/crypto/sealRecords';

const TODAY = '2026-03-18'; // a Wednesday
const me = crypto.randomUUID();
const u1 = crypto.randomUUID();
const u2 = crypto.randomUUID();
const ana = makeRecord('caseworkers', { name: 'Ana', unitId: u1 });
const ben = makeRecord('caseworkers', { name: 'Ben', unitId: u1 });
const cyd = makeRecord('caseworkers', { name: 'Cyd', unitId: u2 });
const cohort = makeRecord('cohorts', {
  rolloutId: crypto.randomUUID(),
  name: 'North',
  members: [
    { caseworkerId: ana.id, wave: 1 },
    { caseworkerId: ben.id, wave: 2 },
  ],
});
const item = (text: string, ownerId: string | null, dueDate: string) => ({
  id: crypto.randomUUID(),
  text,
  ownerId,
  dueDate,
});
const entries = [
  makeRecord('coachingEntries', {
    kind: 'observation',
    caseworkerId: ana.id,
    date: '2026-03-01',
    actionItems: [
      item('Mine, overdue', me, '2026-03-10'),
      item('Ana does it', ana.id, TODAY),
      item('Later', me, '2026-03-26'),
      item('Coming, mine', me, '2026-03-20'),
      item('Coming, Ana', ana.id, '2026-03-25'),
    ],
  }),
  makeRecord('coachingEntries', {
    kind: 'ride-along',
    caseworkerId: ben.id,
    date: '2026-03-16',
    note: { observations: 'Saw the visit.' } as never,
    debrief: { wentWell: 'Calm.', toChange: '' },
  }),
  makeRecord('coachingEntries', {
    kind: 'observation',
    caseworkerId: cyd.id,
    date: '2026-03-02',
    actionItems: [item('Other unit', null, TODAY)],
  }),
];
const row = (caseworkerId: string, used: boolean | null, handled: string | null = null) => ({
  caseworkerId,
  usedToolYesterday: used,
  followUpHandledAt: handled,
});
const standups = [
  makeRecord('standups', {
    cohortId: cohort.id,
    date: '2026-03-17',
    rows: [row(ana.id, false), row(ben.id, false, '2026-03-17T10:00:00.000Z')],
  }),
  makeRecord('standups', {
    cohortId: cohort.id,
    date: TODAY,
    rows: [row(ana.id, false), row(ben.id, false, '2026-03-18T09:00:00.000Z')],
  }),
];
const schedules = [
  makeRecord('schedules', {
    kind: 'standup',
    cohortId: cohort.id,
    startDate: '2026-03-09',
    time: '08:45',
    repeatDays: [1, 2, 3, 4, 5],
  }),
  makeRecord('schedules', { kind: 'ride-along', caseworkerId: ben.id, startDate: TODAY, time: '10:30' }),
  makeRecord('schedules', { kind: 'ride-along', caseworkerId: cyd.id, startDate: TODAY, time: '11:00' }),
];

describe('buildToday', () => {
  // My Today (unit u1, coach me) over these entries.
  const mine = (of: typeof entries) =>
    buildToday({
      today: TODAY,
      entries: of,
      standups,
      schedules,
      caseworkers: [ana, ben, cyd],
      cohorts: [cohort],
      homeUnitId: u1,
      meCoachId: me,
    });
  const today = mine(entries);

  it('splits one due list into due now and coming up this week, each mine first, then my unit’s', () => {
    expect(today.dueNow.mine.map((i) => i.text)).toEqual(['Mine, overdue']);
    expect(today.dueNow.unit.map((i) => i.text)).toEqual(['Ana does it']);
    expect(today.comingUp.mine.map((i) => i.text)).toEqual(['Coming, mine']);
    expect(today.comingUp.unit.map((i) => i.text)).toEqual(['Coming, Ana']);
  });

  it('shows every due item of mine or my unit in exactly one list, and nothing past the week', () => {
    const lists = [today.dueNow.mine, today.dueNow.unit, today.comingUp.mine, today.comingUp.unit];
    const shown = lists.flat().map((i) => i.key);
    expect(new Set(shown).size).toBe(shown.length);
    const expected = dueItems(entries, TODAY, DUE_HORIZON_DAYS)
      .filter((i) => i.ownerId === me || i.caseworkerId !== cyd.id)
      .map((i) => i.key);
    expect(shown.sort()).toEqual(expected.sort());
    expect(lists.flat().map((i) => i.text)).not.toContain('Later');
  });

  it('with no unit chosen and no coach chosen, lists every item once under the unit’s lists', () => {
    const all = buildToday({
      today: TODAY,
      entries,
      standups,
      schedules,
      caseworkers: [ana, ben, cyd],
      cohorts: [cohort],
      homeUnitId: null,
      meCoachId: null,
    });
    expect(all.dueNow.mine).toEqual([]);
    expect(all.comingUp.mine).toEqual([]);
    const shown = [...all.dueNow.unit, ...all.comingUp.unit].map((i) => i.key).sort();
    expect(shown).toEqual(
      dueItems(entries, TODAY, DUE_HORIZON_DAYS)
        .map((i) => i.key)
        .sort(),
    );
  });

  it('needs of the roster only the people of my unit: the rest of it changes nothing', () => {
    const unitOnly = buildToday({
      today: TODAY,
      entries,
      standups,
      schedules,
      caseworkers: [ana, ben],
      cohorts: [cohort],
      homeUnitId: u1,
      meCoachId: me,
    });
    expect(unitOnly).toEqual(today);
    // With no unit chosen, none of it.
    const every = (caseworkers: Array<typeof ana>) =>
      buildToday({
        today: TODAY,
        entries,
        standups,
        schedules,
        caseworkers,
        cohorts: [cohort],
        homeUnitId: null,
        meCoachId: me,
      });
    expect(every([])).toEqual(every([ana, ben, cyd]));
    // Leaving out someone of my unit does change it: their items are no longer my unit's.
    expect(
      buildToday({
        today: TODAY,
        entries,
        standups,
        schedules,
        caseworkers: [ben],
        cohorts: [cohort],
        homeUnitId: u1,
        meCoachId: me,
      }).dueNow.unit,
    ).toEqual([]);
  });

  it('names everyone it shows, and only them: caseworkers of its lists and plan, and owners of action items', () => {
    const named = peopleNamedToday(today);
    // Ana (due items, follow-up), Ben (ride-along, planned visit) and me (owner of my items); Cyd is in another unit.
    expect(named).toEqual([ana.id, ben.id, me].sort());
    const everyone = buildToday({
      today: TODAY,
      entries,
      standups,
      schedules,
      caseworkers: [],
      cohorts: [cohort],
      homeUnitId: null,
      meCoachId: null,
    });
    expect(peopleNamedToday(everyone)).toEqual([ana.id, ben.id, cyd.id, me].sort());
  });

  it('lists follow-ups not yet handled and ride-alongs missing a part, in my unit', () => {
    // From each cohort's latest standup only; Ben's was handled.
    expect(today.followUps.map((f) => [f.caseworkerId, f.date])).toEqual([[ana.id, TODAY]]);
    expect(today.incompleteRideAlongs.map((r) => [r.caseworkerId, r.missing])).toEqual([[ben.id, ['prep']]]);
  });

  it('lists the ride-alongs missing a part without opening their sealed notes (encryption at rest)', () => {
    const key = new GcmKey(new Uint8Array(32).fill(7));
    const clear = clearFieldSet('coachingEntries');
    const sealed = entries.map(
      (e) => openRecord('coachingEntries', sealRecord('coachingEntries', e, key, clear), key) as typeof e,
    );
    const ride = sealed.find((e) => e.kind === 'ride-along');
    expect(ride && isStillSealed(ride, 'note')).toBe(true);
    const built = mine(sealed);
    expect(built.incompleteRideAlongs.map((r) => [r.caseworkerId, r.missing])).toEqual([[ben.id, ['prep']]]);
    // Its note (and so the whole record) was not decrypted to say so.
    expect(ride && isStillSealed(ride, 'note')).toBe(true);
  });

  it('shows today’s plan for my unit, with today’s standup marked held, and the standups missed', () => {
    expect(today.planned.map((p) => [p.kind, p.time, p.held])).toEqual([
      ['standup', '08:45', true],
      ['ride-along', '10:30', false],
    ]);
    // Standups every weekday from the 9th: only the 17th (and today) were recorded.
    expect(today.missed.map((m) => m.date)).toEqual(['2026-03-16', '2026-03-13', '2026-03-12', '2026-03-11']);
  });

  it('uses only the standups dated in todayStandupDays: the rest of the workspace’s standups change nothing', () => {
    const other = makeRecord('cohorts', {
      rolloutId: cohort.rolloutId,
      name: 'South',
      members: [{ caseworkerId: ana.id, wave: 1 }],
    });
    const more = [
      ...standups,
      // The first day of the span and the day before it, a day after today, and another cohort long ago.
      makeRecord('standups', { cohortId: cohort.id, date: '2026-03-11', rows: [row(ben.id, false)] }),
      makeRecord('standups', { cohortId: other.id, date: '2026-03-10', rows: [row(ana.id, false)] }),
      makeRecord('standups', { cohortId: other.id, date: '2026-03-19', rows: [row(ana.id, false)] }),
      makeRecord('standups', { cohortId: other.id, date: '2025-11-03', rows: [row(ana.id, false)] }),
    ];
    const { from, to } = todayStandupDays(TODAY);
    expect([from, to]).toEqual(['2026-03-11', TODAY]);
    const withStandups = (of: typeof more) =>
      buildToday({
        today: TODAY,
        entries,
        standups: of,
        schedules,
        caseworkers: [ana, ben, cyd],
        cohorts: [cohort, other],
        homeUnitId: u1,
        meCoachId: me,
      });
    const all = withStandups(more);
    expect(withStandups(more.filter((s) => s.date >= from && s.date <= to))).toEqual(all);
    // The standup on the span's first day counts: it was held, so it is not missed, and its follow-up is listed.
    expect(all.missed.map((m) => m.date)).not.toContain('2026-03-11');
    expect(all.followUps.map((f) => f.date)).toContain(TODAY);
  });
});
