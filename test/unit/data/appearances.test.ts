// Who each cohort, training session and standup names is kept by the middleware chain with every write of those
// tables, so a caseworker's timeline reads their records by index instead of every record of the agency. Checked
// here against the records themselves after each kind of write (a whole demo workspace, moves, a standup row taken
// out, Trash, purge, a backup restored), and the timeline read by index against the one read from whole tables.
import { describe, expect, it } from 'vitest';
import { appearanceRepository } from '../../../renderer/data/appearanceRepository';
import { backupRepository, parseBackup } from '../../../renderer/data/backup';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { cohortRepository, trainingRepository } from '../../../renderer/data/cohortRepository';
import { standupRepository } from '../../../renderer/data/standupRepository';
import { loadDemoWorkspace } from '../../../renderer/data/demo/loadDemoWorkspace';
import { APPEARANCES_BUILT } from '../../../renderer/data/schema/v2';
import {
  APPEARANCE_TABLES,
  appearancesOf,
  caseworkersIn,
  type AppearanceTable,
} from '../../../renderer/domain/cohorts/appearances';
import { useFreshDb } from './freshDb';

const db = useFreshDb();

/** Each caseworker's records by table, worked out the slow way: from every record, in id order. */
async function namedFromRecords(): Promise<Map<string, Record<AppearanceTable, string[]>>> {
  const byPerson = new Map<string, Record<AppearanceTable, string[]>>();
  for (const table of APPEARANCE_TABLES) {
    const records = (await db().table(table).toArray()) as Array<Parameters<typeof caseworkersIn>[1]>;
    records.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const record of records)
      for (const id of caseworkersIn(table, record)) {
        const of = byPerson.get(id) ?? { cohorts: [], trainingSessions: [], standups: [] };
        of[table].push(record.id);
        byPerson.set(id, of);
      }
  }
  return byPerson;
}

async function expectAgrees() {
  const expected = await namedFromRecords();
  const people = (await db().table('caseworkers').toArray()) as Array<{ id: string }>;
  expect(expected.size).toBeGreaterThan(0);
  for (const { id } of people)
    expect(await appearanceRepository.recordIdsOf(id)).toEqual(
      expected.get(id) ?? { cohorts: [], trainingSessions: [], standups: [] },
    );
  // No row is left of a record or person no longer named.
  const rows = (await db().table('appearances').toArray()) as Array<{ id: string }>;
  const kept = [...expected.values()].reduce(
    (n, of) => n + APPEARANCE_TABLES.reduce((m, t) => m + of[t].length, 0),
    0,
  );
  expect(rows.filter((r) => r.id !== APPEARANCES_BUILT)).toHaveLength(kept);
}

describe('appearances', () => {
  it('name the members and assistant of a cohort, the attendees of a session and the rows of a standup, once each', () => {
    const cohort = {
      id: 'c1',
      members: [{ caseworkerId: 'a' }, { caseworkerId: 'b' }],
      assistantCoachId: 'b',
    };
    expect(caseworkersIn('cohorts', cohort)).toEqual(['a', 'b']);
    expect(caseworkersIn('cohorts', { ...cohort, assistantCoachId: null })).toEqual(['a', 'b']);
    expect(caseworkersIn('trainingSessions', { id: 't1', attendeeIds: ['c', 'c', 'd'] })).toEqual(['c', 'd']);
    expect(caseworkersIn('standups', { id: 's1', rows: [{ caseworkerId: 'e' }] })).toEqual(['e']);
    expect(appearancesOf('standups', { id: 's1', rows: [{ caseworkerId: 'e' }] })).toEqual([
      { id: 'standups|s1|e', caseworkerId: 'e', table: 'standups', recordId: 's1' },
    ]);
  });

  it('follow the records through a demo workspace, moves, a standup row taken out, Trash and purge', async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    await expectAgrees();

    // A person moved from one cohort to another.
    const [from, to] = (await cohortRepository.list()).filter((c) => c.members.length > 1);
    const moved = from!.members[0]!;
    await cohortRepository.savePatches([
      { id: from!.id, members: from!.members.slice(1), assistantCoachId: null, manuallyEdited: true },
      {
        id: to!.id,
        members: [...to!.members, moved],
        assistantCoachId: to!.assistantCoachId,
        manuallyEdited: true,
      },
    ]);
    await expectAgrees();
    expect((await appearanceRepository.recordIdsOf(moved.caseworkerId))?.cohorts).toContain(to!.id);
    expect((await appearanceRepository.recordIdsOf(moved.caseworkerId))?.cohorts).not.toContain(from!.id);

    // A standup saved again without one of its rows; a session without one of its attendees.
    const standup = (await standupRepository.list()).find((s) => s.rows.length > 1)!;
    await standupRepository.update(standup.id, { rows: standup.rows.slice(1) });
    const session = (await trainingRepository.list()).find((t) => t.attendeeIds.length > 1)!;
    await trainingRepository.update(session.id, { attendeeIds: session.attendeeIds.slice(1) });
    await expectAgrees();

    // Trash keeps a record (and its rows: the timeline leaves records in Trash out); purge removes both.
    await standupRepository.remove(standup.id);
    await expectAgrees();
    await standupRepository.purge(standup.id);
    await cohortRepository.purge(from!.id);
    await expectAgrees();
  });

  it('are rebuilt by a restore, and give the timeline what reading every record gave', async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    const parsed = parseBackup(await backupRepository.export());
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    await db().table('standups').clear();
    await backupRepository.restore(parsed.backup);
    await expectAgrees();

    const people = (await db().table('caseworkers').toArray()) as Array<{ id: string }>;
    const byIndex = await Promise.all(people.map((p) => coachingEntryRepository.timelineOf(p.id)));
    // Without the row that says every record has its rows, the timeline reads the whole tables, as before.
    await db().table('appearances').delete(APPEARANCES_BUILT);
    expect(await appearanceRepository.recordIdsOf(people[0]!.id)).toBeNull();
    const byTables = await Promise.all(people.map((p) => coachingEntryRepository.timelineOf(p.id)));
    const named = (id: string) => (r: { id: string; members?: Array<{ caseworkerId: string }> }) =>
      r.members?.some((m) => m.caseworkerId === id) ?? false;
    people.forEach((person, i) => {
      const [a, b] = [byIndex[i]!, byTables[i]!];
      expect(a.standups).toEqual(b.standups.filter((s) => s.rows.some((r) => r.caseworkerId === person.id)));
      expect(a.trainingSessions).toEqual(b.trainingSessions.filter((t) => t.attendeeIds.includes(person.id)));
      expect(a.cohorts.filter(named(person.id))).toEqual(b.cohorts.filter(named(person.id)));
      // Every cohort their standups were of is there to be named.
      for (const s of a.standups) expect(a.cohorts.map((c) => c.id)).toContain(s.cohortId);
      expect(a.entries).toEqual(b.entries);
    });
    expect(byIndex.some((t) => t.standups.length > 0 && t.cohorts.length > 0)).toBe(true);
  });

  it('give a cohort card the standups with a row of its members, as reading every standup gives them', async () => {
    await loadDemoWorkspace(db(), 7, '2026-03-18');
    const everyStandup = await standupRepository.list();
    const people = (await db().table('caseworkers').toArray()) as Array<{ id: string }>;
    const withRows = (ids: string[]) =>
      everyStandup
        .filter((s) => s.rows.some((r) => ids.includes(r.caseworkerId)))
        .map((s) => s.id)
        .sort();
    // Groups of seven, as a card's members; every group's standups, by index and with the rows marked unbuilt.
    const groups = Array.from({ length: Math.ceil(people.length / 7) }, (_, i) =>
      people.slice(i * 7, i * 7 + 7).map((p) => p.id),
    );
    const byIndex = await Promise.all(groups.map((ids) => standupRepository.listWithAny(ids)));
    await db().table('appearances').delete(APPEARANCES_BUILT);
    const byTable = await Promise.all(groups.map((ids) => standupRepository.listWithAny(ids)));
    groups.forEach((ids, i) => {
      expect(byIndex[i]!.map((s) => s.id).sort()).toEqual(withRows(ids));
      expect(byTable[i]).toEqual(byIndex[i]);
    });
    expect(byIndex.some((found) => found.length > 0)).toBe(true);
    // Their rows are opened: a card reads who attended.
    expect(byIndex.flat().every((s) => Array.isArray(s.rows))).toBe(true);
    expect(await standupRepository.listWithAny([])).toEqual([]);
  });
});
