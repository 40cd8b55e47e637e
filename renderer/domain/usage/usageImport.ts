// The tool-usage import (PRODUCT.md 4.5, issue 11): a CSV exported from the new tool's usage or audit log, one row per
// event (a user's e-mail or employee ID, a date or timestamp, and optionally the action). Rows are matched to
// caseworkers exactly (e-mail, or employee ID), never by a guess; unknown users are reported by line and grouped by
// user. Events are counted per person per day: a day of use is one opportunity however many events it holds.
import type { Caseworker, InputByTable, Rollout, ToolUsage } from '../model';
import { cellError, cellOk, type CellResult, type ImportSpec } from '../csv/importSpec';
import { cellParsers } from '../csv/cellParsers';
import { foldText } from '../csv/foldText';
import { plural } from '../format/format';
import { validateImport, type ImportPreview, type ValidateImportInput } from '../csv/validateImport';

export interface UsageValues extends Record<string, unknown> {
  email: string;
  employeeId: string;
  when: string | null;
  action: string;
}

/** One accepted row: an event of a known caseworker on a day. */
export interface UsageRow {
  caseworkerId: string;
  caseworkerName: string;
  date: string;
  action: string;
}

type Person = Pick<Caseworker, 'id' | 'name'>;

/** Lookups built once per import, so each row is matched in constant time. */
export interface UsageImportContext {
  today: string;
  rollout: Pick<Rollout, 'id' | 'name' | 'startDate'>;
  /** Folded e-mail -> everyone with it (more than one makes it ambiguous). */
  byEmail: ReadonlyMap<string, Person[]>;
  byEmployeeId: ReadonlyMap<string, Person[]>;
  /** `${caseworkerId}/${date}` of days already recorded for this rollout. */
  recordedDays: ReadonlySet<string>;
}

export function usageImportContext(input: {
  caseworkers: readonly Pick<Caseworker, 'id' | 'name' | 'email' | 'employeeId' | 'deletedAt'>[];
  usage: readonly Pick<ToolUsage, 'rolloutId' | 'caseworkerId' | 'date' | 'deletedAt'>[];
  rollout: Pick<Rollout, 'id' | 'name' | 'startDate'>;
  today: string;
}): UsageImportContext {
  const byEmail = new Map<string, Person[]>();
  const byEmployeeId = new Map<string, Person[]>();
  const add = (map: Map<string, Person[]>, key: string, p: Person) => {
    if (key === '') return;
    map.set(key, [...(map.get(key) ?? []), p]);
  };
  for (const c of input.caseworkers) {
    if (c.deletedAt) continue;
    add(byEmail, foldText(c.email), c);
    add(byEmployeeId, foldText(c.employeeId), c);
  }
  const recordedDays = new Set<string>();
  for (const u of input.usage)
    if (!u.deletedAt && u.rolloutId === input.rollout.id) recordedDays.add(`${u.caseworkerId}/${u.date}`);
  return { today: input.today, rollout: input.rollout, byEmail, byEmployeeId, recordedDays };
}

const readDate = cellParsers.date();
// A date followed by a time of day, as logs write it: "3/2/2026 2:33 PM", "2 March 2026, 14:33:12 UTC".
const DATE_THEN_TIME =
  /^(.+?)[\sT,]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/** A day from a date or a timestamp ("2026-03-02T14:33:12Z", "3/2/2026 2:33 PM"): the date as written, time ignored. */
export function parseWhen(cell: string): CellResult<string> {
  const direct = readDate(cell);
  if (direct.ok) return direct;
  const m = DATE_THEN_TIME.exec(cell.trim());
  if (m?.[1]) {
    const day = readDate(m[1].trim());
    if (day.ok) return day;
  }
  return cellError('is not a date or a time; write it like 2026-03-02, 2026-03-02 14:33 or 3/2/2026 2:33 PM');
}

export const usageImportSpec: ImportSpec<UsageValues, UsageRow, UsageImportContext> = {
  what: 'tool-usage event',
  where: 'in the usage log',
  fields: {
    email: {
      label: 'E-mail',
      required: true,
      requiredUnless: ['employeeId'],
      synonyms: [
        'email',
        'e-mail',
        'email address',
        'user email',
        'user',
        'username',
        'user name',
        'login',
        'account',
        'upn',
        'user principal name',
      ],
      exclude: ['id', 'number', 'supervisor', 'manager'],
      empty: '',
      parse: cellParsers.text(320),
      hint: 'the user’s e-mail, matched exactly to the roster',
    },
    employeeId: {
      label: 'Employee ID',
      synonyms: [
        'employee id',
        'emp id',
        'employee number',
        'staff id',
        'worker id',
        'personnel number',
        'user id',
      ],
      exclude: ['case', 'event', 'session', 'record'],
      empty: '',
      parse: cellParsers.text(100),
      hint: 'used when there is no e-mail column, or the e-mail is blank',
    },
    when: {
      label: 'Date or time',
      required: true,
      synonyms: [
        'date',
        'time',
        'timestamp',
        'time stamp',
        'datetime',
        'date time',
        'event time',
        'event date',
        'occurred',
        'occurred at',
        'created',
        'created at',
        'logged at',
        'when',
      ],
      empty: null,
      parse: (cell) => {
        const r = parseWhen(cell);
        return r.ok ? cellOk<string | null>(r.value) : r;
      },
      hint: 'a date or a timestamp; the day is read as written and the time ignored',
    },
    action: {
      label: 'Action',
      synonyms: ['action', 'event', 'event type', 'activity', 'operation', 'event name'],
      exclude: ['time', 'date', 'id'],
      empty: '',
      parse: cellParsers.text(200),
      hint: 'what the user did (optional; shown on the timeline)',
    },
  },

  build(values, context) {
    const find = (map: ReadonlyMap<string, Person[]>, key: string) => map.get(foldText(key)) ?? [];
    const byEmail = values.email === '' ? null : find(context.byEmail, values.email);
    const byId = values.employeeId === '' ? null : find(context.byEmployeeId, values.employeeId);
    if (byEmail === null && byId === null)
      return { ok: false, reasons: ['The row names no user: the e-mail and employee ID are both blank.'] };
    if (byEmail !== null && byEmail.length > 1)
      return {
        ok: false,
        reasons: [
          `E-mail '${values.email}' belongs to ${byEmail.length} people in the roster; it cannot say which.`,
        ],
      };
    if (byId !== null && byId.length > 1)
      return {
        ok: false,
        reasons: [`Employee ID '${values.employeeId}' belongs to ${byId.length} people in the roster.`],
      };
    const person = byEmail?.[0] ?? byId?.[0];
    if (byEmail?.[0] && byId?.[0] && byEmail[0].id !== byId[0].id)
      return {
        ok: false,
        reasons: [
          `E-mail '${values.email}' is ${byEmail[0].name} but employee ID '${values.employeeId}' is ${byId[0].name}.`,
        ],
      };
    if (!person) {
      const who = values.email !== '' ? `e-mail '${values.email}'` : `employee ID '${values.employeeId}'`;
      return {
        ok: false,
        reasons: [`Unknown user: no caseworker in the roster has the ${who}; not counted.`],
      };
    }
    const date = values.when ?? '';
    if (date > context.today)
      return {
        ok: false,
        reasons: [`Date ${date} is after today; a use cannot be recorded before it happens.`],
      };
    if (context.rollout.startDate && date < context.rollout.startDate)
      return {
        ok: false,
        reasons: [
          `Date ${date} is before ${context.rollout.name} started (${context.rollout.startDate}); it does not count.`,
        ],
      };
    return {
      ok: true,
      value: { caseworkerId: person.id, caseworkerName: person.name, date, action: values.action },
    };
  },

  // Many events a day per person are normal: rows are never duplicates of each other; days are merged below.
  duplicateKeys: () => [],
};

/** A day of use to store, with its events counted. */
export interface UsageDay {
  caseworkerId: string;
  caseworkerName: string;
  date: string;
  events: number;
  actions: string[];
  /** First line of the file with an event of this day. */
  line: number;
}

export interface UnknownUser {
  /** The e-mail or employee ID as written. */
  user: string;
  rows: number;
  lines: number[];
}

export interface UsagePreview extends ImportPreview<UsageRow> {
  /** New days of use, by caseworker and date. */
  days: UsageDay[];
  /** Days in the file that are already recorded for this rollout (left as they are). */
  alreadyRecorded: number;
  /** Users in the file who are not in the roster, most rows first. */
  unknownUsers: UnknownUser[];
  /** Caseworkers with at least one new day. */
  people: number;
}

const MAX_ACTIONS = 20;

/** Validates every row, then counts the accepted events per person per day. */
export function previewUsageImport(
  input: Omit<ValidateImportInput<UsageValues, UsageRow, UsageImportContext>, 'spec'>,
): UsagePreview {
  return completeUsagePreview(validateImport({ ...input, spec: usageImportSpec }), input);
}

/** Counts the accepted events of a checked usage file (validateImport or validateImportInSteps) per person per day. */
export function completeUsagePreview(
  preview: ImportPreview<UsageRow>,
  input: Pick<ValidateImportInput<UsageValues, UsageRow, UsageImportContext>, 'mapping' | 'context'>,
): UsagePreview {
  const days = new Map<string, UsageDay>();
  let alreadyRecorded = 0;
  const seenRecorded = new Set<string>();
  for (const row of preview.accepted) {
    const key = `${row.value.caseworkerId}/${row.value.date}`;
    if (input.context.recordedDays.has(key)) {
      if (!seenRecorded.has(key)) alreadyRecorded++;
      seenRecorded.add(key);
      continue;
    }
    const day = days.get(key) ?? {
      caseworkerId: row.value.caseworkerId,
      caseworkerName: row.value.caseworkerName,
      date: row.value.date,
      events: 0,
      actions: [],
      line: row.line,
    };
    day.events++;
    if (row.value.action && !day.actions.includes(row.value.action) && day.actions.length < MAX_ACTIONS)
      day.actions.push(row.value.action);
    days.set(key, day);
  }
  const unknown = new Map<string, UnknownUser>();
  const emailColumn = input.mapping.email ?? null;
  const idColumn = input.mapping.employeeId ?? null;
  for (const r of preview.rejected) {
    if (!r.reasons.some((x) => x.message.startsWith('Unknown user'))) continue;
    const email = emailColumn === null ? '' : (r.cells[emailColumn]?.trim() ?? '');
    const user = email || (idColumn === null ? '' : (r.cells[idColumn]?.trim() ?? ''));
    const entry = unknown.get(foldText(user)) ?? { user, rows: 0, lines: [] };
    entry.rows++;
    entry.lines.push(r.line);
    unknown.set(foldText(user), entry);
  }
  const list = [...days.values()].sort(
    (a, b) => a.caseworkerName.localeCompare(b.caseworkerName) || a.date.localeCompare(b.date),
  );
  const people = new Set(list.map((d) => d.caseworkerId)).size;
  const errors = [...preview.errors];
  if (errors.length === 0 && preview.accepted.length > 0 && list.length === 0)
    errors.push('Every day of use in this file is already recorded: there is nothing new to import.');
  const counted = `${plural(list.length, 'new day')} of use for ${plural(people, 'caseworker')}`;
  const recorded =
    alreadyRecorded > 0 ? `; ${plural(alreadyRecorded, 'day')} already recorded left as they are` : '';
  return {
    ...preview,
    errors,
    canImport: errors.length === 0 && list.length > 0,
    summary: `${preview.summary} They make ${counted}${recorded}.`,
    days: list,
    alreadyRecorded,
    unknownUsers: [...unknown.values()].sort((a, b) => b.rows - a.rows || a.user.localeCompare(b.user)),
    people,
  };
}

/** The records to store for the new days of a preview. */
export function usageRecords(
  preview: Pick<UsagePreview, 'days'>,
  rolloutId: string,
  source: string,
): InputByTable['toolUsage'][] {
  return preview.days.map((d) => ({
    rolloutId,
    caseworkerId: d.caseworkerId,
    date: d.date,
    events: d.events,
    actions: d.actions,
    source,
  }));
}

export interface UsageSummaryRow {
  caseworkerId: string;
  /** Days of use recorded in the last 30 days up to today, and in all. */
  recentDays: number;
  days: number;
  events: number;
  lastDay: string;
}

/** Imported usage per caseworker, most recently active first: what the usage screen lists. */
export function summarizeUsage(
  usage: readonly Pick<ToolUsage, 'caseworkerId' | 'date' | 'events' | 'deletedAt'>[],
  today: string,
): UsageSummaryRow[] {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
  const rows = new Map<string, UsageSummaryRow>();
  for (const u of usage) {
    if (u.deletedAt !== null || u.date > today) continue;
    const row = rows.get(u.caseworkerId) ?? {
      caseworkerId: u.caseworkerId,
      recentDays: 0,
      days: 0,
      events: 0,
      lastDay: u.date,
    };
    row.days++;
    row.events += u.events;
    if (u.date >= from) row.recentDays++;
    if (u.date > row.lastDay) row.lastDay = u.date;
    rows.set(u.caseworkerId, row);
  }
  return [...rows.values()].sort(
    (a, b) => (a.lastDay < b.lastDay ? 1 : a.lastDay > b.lastDay ? -1 : 0) || b.days - a.days,
  );
}
