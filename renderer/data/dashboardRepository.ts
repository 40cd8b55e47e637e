// What the dashboard charts (and the home screen, and the rollout report) read: every live record of the workspace, in
// one read transaction so the charts never mix two moments; read a page at a time, so the window keeps painting.
import type { DashboardData } from '../domain/dashboard/buildDashboard';
import type { DashboardFilter } from '../domain/dashboard/dashboardFilter';
import { fewPeopleInScope, PER_PERSON_TABLES } from '../domain/dashboard/fewPeople';
import { isLive, tableNames, type Standup } from '../domain/model';
import { inTransaction, openedAhead, readAll, readTables, repository } from './repository';
import type { IndexName } from './schema';
import { noteReadStamp, writtenStamp, type ReadStamp } from './startSnapshotRepository';
import { SNAPSHOTS } from './middleware/writeStampLayer';
import { APPEARANCES } from './middleware/appearancesLayer';
import { standupRepository } from './standupRepository';

// The tables the dashboard's data holds, so the tables a model built from it depends on: every table but the drafts
// (saved while someone types) and the schedules. Named as a record so the compiler checks it against DashboardData.
const dataTables: Record<keyof DashboardData, true> = {
  rollouts: true,
  units: true,
  caseworkers: true,
  coaches: true,
  cohorts: true,
  surveyInstruments: true,
  surveyRounds: true,
  surveyResponses: true,
  trainingSessions: true,
  rubrics: true,
  coachingEntries: true,
  standups: true,
  gaps: true,
  monthlyMeasures: true,
  toolUsage: true,
};
const DATA_TABLES = Object.keys(dataTables) as (keyof DashboardData)[];

export const dashboardRepository = {
  /**
   * Every live record, with the write tokens of the moment of the tables a model built from it depends on
   * (startSnapshotRepository: what a kept model checks).
   */
  data: (): Promise<DashboardData> =>
    inTransaction('r', [...tableNames, SNAPSHOTS], async () => {
      const stamp = await writtenStamp(DATA_TABLES);
      const data = await readTables((repo) => repo.listInPages());
      noteReadStamp(data, stamp);
      return data;
    }),

  /**
   * The write tokens of the tables the dashboard's data holds, now: inside a transaction that spans them and the
   * snapshots, those of what it has written (a restore's, for the data it makes from its backup: dataOf).
   */
  dataStamp: (): Promise<ReadStamp> => writtenStamp(DATA_TABLES),

  /**
   * The dashboard's data made from records already in memory, as the whole read (`data`) gives them: the live ones, by
   * id, stamped with `stamp`. A restore has every record it has just written in its backup: the models built from
   * them are those a read would build, and are kept for the first visits without reading 441,000 records back.
   */
  dataOf: (
    records: { [K in keyof DashboardData]: readonly DashboardData[K][number][] },
    stamp: ReadStamp,
  ) => {
    const data = Object.fromEntries(
      DATA_TABLES.map((name) => [name, inIdOrder(records[name].filter(isLive))]),
    ) as unknown as DashboardData;
    noteReadStamp(data, stamp);
    return data;
  },

  /**
   * What a dashboard for `filter` counts when it keeps few people (fewPeopleInScope): every small table whole and, of
   * the large ones, the records of those people only, through the caseworkerId indexes (the standups: those with a
   * row of theirs, through the appearances index), in the order the whole read gives (by id). Null when the filter
   * keeps more: the whole read is then the way. With the write tokens of the moment, as the whole read: the charts of
   * this filter built from it are those of the whole workspace, kept alike.
   * What building the charts opens (units' names, cohorts' members, standups' rows, their records) is opened in bulk
   * with the platform's cipher once read: one by one, the 2,145 standups of an agency were a task of half a second.
   */
  dataOfFewPeople: async (filter: DashboardFilter): Promise<DashboardData | null> => {
    const data = await fewPeopleRead(filter);
    if (data)
      await openedAhead([
        ...data.units,
        ...data.coaches,
        ...data.cohorts,
        ...data.standups,
        ...PER_PERSON_TABLES.flatMap((table): readonly object[] => data[table]),
      ]);
    return data;
  },
};

/** Records in the order the whole read gives them: by id. */
const byId = <T extends { id: string }>(rows: T[]): T[] =>
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** `rows` by id, sorted only when they are not already (a backup lists each table by id). */
const inIdOrder = <T extends { id: string }>(rows: T[]): T[] =>
  rows.every((row, i) => i === 0 || (rows[i - 1] as T).id < row.id) ? rows : byId(rows);

/** The live standups with a row for any of `people`, by id. */
const standupsOf = async (people: ReadonlySet<string>): Promise<Standup[]> =>
  byId(await standupRepository.listWithAny([...people]));

/**
 * dataOfFewPeople's read, in one read transaction so the charts never mix two moments: of the tables the charts count
 * only, so the filter just picked (settings) is saved meanwhile rather than after it.
 */
const fewPeopleRead = (filter: DashboardFilter): Promise<DashboardData | null> =>
  inTransaction('r', [...DATA_TABLES, SNAPSHOTS, APPEARANCES], async () => {
    const stamp = await writtenStamp(DATA_TABLES);
    const whole = <K extends Exclude<keyof DashboardData, (typeof PER_PERSON_TABLES)[number]>>(name: K) =>
      repository(name).listInPages();
    const small = await readAll({
      rollouts: whole('rollouts'),
      units: whole('units'),
      caseworkers: whole('caseworkers'),
      coaches: whole('coaches'),
      cohorts: whole('cohorts'),
      surveyInstruments: whole('surveyInstruments'),
      surveyRounds: whole('surveyRounds'),
      trainingSessions: whole('trainingSessions'),
      rubrics: whole('rubrics'),
    });
    const people = fewPeopleInScope(small.caseworkers, small.cohorts, filter);
    if (!people) return null;
    const theirs = <K extends (typeof PER_PERSON_TABLES)[number]>(name: K) =>
      repository(name)
        .listByAny('caseworkerId' as IndexName<K>, [...people])
        .then((rows) => byId(rows));
    const large = await readAll({
      surveyResponses: theirs('surveyResponses'),
      coachingEntries: theirs('coachingEntries'),
      gaps: theirs('gaps'),
      monthlyMeasures: theirs('monthlyMeasures'),
      toolUsage: theirs('toolUsage'),
      // The standups with a row of theirs (the appearances index): the charts count a standup for the people in its
      // rows only. The whole table (2,145 standups at agency scale, each with sealed rows) took 0.4 s to read.
      standups: standupsOf(people),
    });
    const data = { ...small, ...large };
    noteReadStamp(data, stamp);
    return data;
  });
