// Schedules: recurring standups per cohort and planned visits, validated like every record; plus what the calendar
// and the Today screen read with them, and the write that links a planned visit to the entry holding its prep.
import type { DaySpan } from '../domain/coaching/calendar';
import type { InputByTable, Schedule } from '../domain/model';
import { coachRepository } from './coachRepository';
import { cohortRepository } from './cohortRepository';
import { inTransaction, repository } from './repository';
import { caseworkerRepository, unitRepository } from './rosterRepository';
import { standupRepository } from './standupRepository';

const base = repository('schedules');
const byStart = (a: Schedule, b: Schedule) =>
  a.startDate.localeCompare(b.startDate) || a.time.localeCompare(b.time);

export const scheduleRepository = {
  ...base,
  /** Live schedules, earliest start first. */
  listByStart: async (): Promise<Schedule[]> => (await base.list()).sort(byStart),

  /** Plans a new schedule, or saves the one being edited (checked against changes made elsewhere since it opened). */
  save: (id: string | null, input: InputByTable['schedules'], opened?: Schedule): Promise<Schedule> =>
    id ? base.update(id, input, opened ? { opened } : {}) : base.create(input),

  /** Remembers that today's reminder went out for these schedules, so each occurrence reminds once. */
  markReminded: (ids: readonly string[], today: string): Promise<void> =>
    inTransaction('rw', ['schedules'], async () => {
      for (const id of new Set(ids)) await base.update(id, { remindedOn: today });
    }),

  /** A planned visit's prep lives in a coaching entry: remember which, so the plan opens it next time. */
  linkEntry: (scheduleId: string, entryId: string): Promise<Schedule> => base.update(scheduleId, { entryId }),

  /** The schedule and what it names, as the calendar shows it, read together. */
  workspace: async () => {
    const [schedules, cohorts, caseworkers, coaches, units, standups] = await Promise.all([
      scheduleRepository.listByStart(),
      cohortRepository.listByName(),
      // Not by name: sorting would open every sealed name of the roster; the plan form's picker sorts its own choices.
      caseworkerRepository.list(),
      coachRepository.listByName(),
      unitRepository.listByName(),
      standupRepository.listNewestFirst(),
    ]);
    return { schedules, cohorts, caseworkers, coaches, units, standups };
  },

  /**
   * What Today reads with the schedules, through the indexes: the standups dated in `standupDays` (the rest of an
   * agency's tens of thousands are not used), and of the roster only the live caseworkers of the home unit (all Today
   * asks of the others is that they are not in it; nothing with no home unit). Not the coaching entries: Today reads
   * the few it lists (coachingEntryRepository.forToday), and the names of the people it shows once it knows them.
   */
  today: async (standupDays: DaySpan, homeUnitId: string | null) => {
    const [schedules, cohorts, coaches, standups, unitMembers] = await Promise.all([
      scheduleRepository.listByStart(),
      cohortRepository.listByName(),
      coachRepository.listByName(),
      standupRepository.between(standupDays.from, standupDays.to),
      homeUnitId ? caseworkerRepository.listBy('unitId', homeUnitId) : [],
    ]);
    return { schedules, cohorts, coaches, standups, unitMembers };
  },
};
export type ScheduleWorkspace = Awaited<ReturnType<typeof scheduleRepository.workspace>>;
