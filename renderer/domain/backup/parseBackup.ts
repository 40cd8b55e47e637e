// Reads a backup file into validated tables, or explains exactly what is wrong with it. Nothing is written here.
// The file is read as a stream of records (backupStream.ts), so its size is limited by memory for the records only.
import type { z } from 'zod';
import {
  baseRecord,
  settingsSchema,
  tableDefs,
  tableNames,
  type EntityByTable,
  type Settings,
  type TableName,
} from '../model';
import { danglingReferences, duplicateIds } from '../model/references';
import { formatIssue, issuesFromZod } from '../model/validation';
import { backupStreamReader, BackupStreamError } from './backupStream';

export const BACKUP_FORMAT = 'cohort-coach-backup';
/**
 * The version of the backup's shape. A table added later declares `since` in the table registry, so that backups made
 * before it existed may lack it; every other table must be present in the file, even if empty.
 */
export const BACKUP_SCHEMA_VERSION = 1;
/** At most this many problems are listed; a note says how many more there were. */
const MAX_LISTED = 20;

export interface Backup {
  exportedAt: string;
  schemaVersion: number;
  tables: { [K in TableName]: EntityByTable[K][] };
  settings: Settings;
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; errors: string[] };

/** Records per piece of a backup's text: a piece of a few hundred kilobytes, never the whole table as one string. */
const RECORDS_PER_PIECE = 1_000;

/**
 * A backup's text in pieces, so that a large workspace is written to a file without being held as one string: the
 * head (format, version, time, counts), then each table in `tableNames` order (its start, its records a thousand at a
 * time, however they were read, its end), then the settings. The pieces join into serializeBackup's text.
 */
export const backupText = {
  head: (counts: Record<TableName, number>, exportedAt: string): string =>
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"schemaVersion":${BACKUP_SCHEMA_VERSION},` +
    `"exportedAt":${JSON.stringify(exportedAt)},"counts":${JSON.stringify(counts)},"tables":{`,
  tableStart: (name: TableName): string => `${name === tableNames[0] ? '' : ','}${JSON.stringify(name)}:[`,
  /** Records of a table in pieces; `first` when none of the table was written before them. */
  records(rows: readonly unknown[], first: boolean): string[] {
    const pieces: string[] = [];
    for (let at = 0; at < rows.length; at += RECORDS_PER_PIECE)
      pieces.push(
        (first && at === 0 ? '' : ',') +
          rows
            .slice(at, at + RECORDS_PER_PIECE)
            .map((row) => JSON.stringify(row))
            .join(','),
      );
    return pieces;
  },
  tableEnd: ']',
  tail: (settings: Settings): string => `},"settings":${JSON.stringify(settings)}}`,
};

/** A whole backup's text (small workspaces and tests; the app writes backupText's pieces to a file). */
export function serializeBackup(tables: Backup['tables'], settings: Settings, exportedAt: string): string {
  const counts = Object.fromEntries(tableNames.map((name) => [name, tables[name].length])) as Record<
    TableName,
    number
  >;
  return [
    backupText.head(counts, exportedAt),
    ...tableNames.flatMap((name) => [
      backupText.tableStart(name),
      ...backupText.records(tables[name], true),
      backupText.tableEnd,
    ]),
    backupText.tail(settings),
  ].join('');
}

/** Reads a whole backup held as one string (small files, tests); large files go through backupCollector piece by piece. */
export function parseBackup(text: string): BackupResult {
  const collector = backupCollector();
  try {
    const reader = backupStreamReader(collector);
    reader.write(text);
    reader.end();
  } catch (error) {
    if (error instanceof BackupStreamError) return { ok: false, errors: [error.message] };
    throw error;
  }
  return collector.finish();
}

const header = 'This file is not a Cohort Coach backup: its header is missing or damaged.';

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const isCounts = (value: unknown): value is Record<string, number> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.values(value).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);

/**
 * Validates a backup as it streams in: each record against its table's schema as it arrives, the header as soon as it
 * is seen, so a file from a newer version or another program is refused before the rest of it is read. finish()
 * checks the whole file before anything is touched: that every table is there with the number of records it was saved
 * with, no id twice, no reference to a record the file does not hold, and the settings. Every problem comes back in
 * words (the first 20, then how many more); nothing is written here.
 */
export function backupCollector() {
  const errors: string[] = [];
  let unlisted = 0;
  const report = (message: string): void => {
    if (errors.length < MAX_LISTED) errors.push(message);
    else unlisted += 1;
  };
  const tables = Object.fromEntries(tableNames.map((name) => [name, [] as unknown[]])) as Record<
    TableName,
    unknown[]
  >;
  const seen = Object.fromEntries(tableNames.map((name) => [name, 0])) as Record<TableName, number>;
  const schemas = Object.fromEntries(
    tableNames.map((name) => [name, baseRecord.and(tableDefs[name].fields)]),
  ) as unknown as Record<TableName, z.ZodType>;
  const fields: Record<string, unknown> = {};
  const known = new Set<string>(tableNames);
  /** Tables whose list the file holds (even empty). */
  const present = new Set<string>();
  let sawTables = false;

  return {
    field(key: string, value: unknown) {
      fields[key] = value;
      if (key === 'format' && value !== BACKUP_FORMAT) throw new BackupStreamError(header);
      if (key === 'schemaVersion') {
        if (typeof value !== 'number' || !Number.isInteger(value)) throw new BackupStreamError(header);
        if (value < 1)
          throw new BackupStreamError(
            `This backup says it holds data version ${String(value)}, which no version of Cohort Coach ever wrote: the file is damaged or was not made by Cohort Coach.`,
          );
        if (value > BACKUP_SCHEMA_VERSION)
          throw new BackupStreamError(
            `This backup was made by a newer version of Cohort Coach (data version ${String(value)}). Update the app to restore it.`,
          );
      }
    },
    table(table: string) {
      sawTables = true;
      present.add(table);
    },
    row(table: string, value: unknown) {
      sawTables = true;
      present.add(table);
      if (!known.has(table)) return;
      const name = table as TableName;
      const index = seen[name]++;
      const result = schemas[name].safeParse(value);
      if (result.success) tables[name].push(result.data);
      else
        report(
          `${tableDefs[name].label}, record ${String(index + 1)}: ${issuesFromZod(result.error).map(formatIssue).join('; ')}`,
        );
    },
    /** Records read so far, all tables together. */
    count: () => tableNames.reduce((n, name) => n + seen[name], 0),
    finish(): BackupResult {
      if (
        fields.format !== BACKUP_FORMAT ||
        typeof fields.schemaVersion !== 'number' ||
        typeof fields.exportedAt !== 'string' ||
        !sawTables ||
        (fields.counts !== undefined && !isCounts(fields.counts))
      )
        return { ok: false, errors: [header] };
      const version = fields.schemaVersion;
      const counts = fields.counts;
      for (const name of tableNames) {
        const def = tableDefs[name];
        const since = 'since' in def && typeof def.since === 'number' ? def.since : 1;
        if (!present.has(name)) {
          if (since <= version)
            report(
              `${def.label}: the table is missing from the file, so restoring would empty it. The backup is incomplete.`,
            );
          continue;
        }
        const expected = counts?.[name];
        if (expected !== undefined && expected !== seen[name])
          report(
            `${def.label}: the backup was saved with ${plural(expected, 'record')} but the file holds ${plural(seen[name], 'record')}. The file was cut short or changed after it was made.`,
          );
      }
      const settings = settingsSchema.safeParse(fields.settings);
      if (!settings.success) report('Settings: ' + issuesFromZod(settings.error).map(formatIssue).join('; '));
      if (errors.length === 0 && unlisted === 0) {
        const typed = tables as Backup['tables'];
        for (const duplicate of duplicateIds(typed))
          report(
            `${tableDefs[duplicate.table].label}: the id ${duplicate.id} is used by ${plural(duplicate.count, 'record')}; each record needs its own.`,
          );
        for (const dangling of danglingReferences(typed))
          report(
            `${tableDefs[dangling.table].label}, record ${dangling.id}: its ${dangling.label} (${dangling.target}) is not in the backup.`,
          );
        if (settings.success) {
          const { homeUnitId, currentRolloutId } = settings.data;
          if (homeUnitId && !typed.units.some((u) => u.id === homeUnitId))
            report('Settings: your unit is not in the backup.');
          if (currentRolloutId && !typed.rollouts.some((r) => r.id === currentRolloutId))
            report('Settings: the current rollout is not in the backup.');
        }
      }
      if (unlisted > 0) errors.push(`… and ${plural(unlisted, 'more problem')}.`);
      if (errors.length > 0 || !settings.success) return { ok: false, errors };
      return {
        ok: true,
        backup: {
          exportedAt: fields.exportedAt,
          schemaVersion: version,
          tables: tables as Backup['tables'],
          settings: settings.data,
        },
      };
    },
  };
}
