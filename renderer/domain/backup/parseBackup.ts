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
import { formatIssue, issuesFromZod } from '../model/validation';
import { backupStreamReader, BackupStreamError } from './backupStream';

export const BACKUP_FORMAT = 'cohort-coach-backup';
export const BACKUP_SCHEMA_VERSION = 1;

export interface Backup {
  exportedAt: string;
  schemaVersion: number;
  tables: { [K in TableName]: EntityByTable[K][] };
  settings: Settings;
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; errors: string[] };

export function serializeBackup(tables: Backup['tables'], settings: Settings, exportedAt: string): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt,
    tables,
    settings,
  });
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

/**
 * Validates a backup as it streams in: each record against its table's schema as it arrives (the first 20 problems
 * are kept, named by table and record number), the header as soon as it is seen, so a file from a newer version or
 * another program is refused before the rest of it is read. finish() gives the checked backup or every problem.
 */
export function backupCollector() {
  const errors: string[] = [];
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
  let sawTables = false;

  return {
    field(key: string, value: unknown) {
      fields[key] = value;
      if (key === 'format' && value !== BACKUP_FORMAT) throw new BackupStreamError(header);
      if (key === 'schemaVersion') {
        if (typeof value !== 'number' || !Number.isInteger(value)) throw new BackupStreamError(header);
        if (value > BACKUP_SCHEMA_VERSION)
          throw new BackupStreamError(
            `This backup was made by a newer version of Cohort Coach (data version ${value}). Update the app to restore it.`,
          );
      }
    },
    table() {
      sawTables = true;
    },
    row(table: string, value: unknown) {
      sawTables = true;
      if (!known.has(table)) return;
      const name = table as TableName;
      const index = seen[name]++;
      const result = schemas[name].safeParse(value);
      if (result.success) tables[name].push(result.data);
      else if (errors.length < 20)
        errors.push(
          `${tableDefs[name].label}, record ${index + 1}: ${issuesFromZod(result.error).map(formatIssue).join('; ')}`,
        );
    },
    /** Records read so far, all tables together. */
    count: () => tableNames.reduce((n, name) => n + seen[name], 0),
    finish(): BackupResult {
      if (
        fields.format !== BACKUP_FORMAT ||
        typeof fields.schemaVersion !== 'number' ||
        typeof fields.exportedAt !== 'string' ||
        !sawTables
      )
        return { ok: false, errors: [header] };
      const settings = settingsSchema.safeParse(fields.settings);
      const all = [...errors];
      if (!settings.success)
        all.push('Settings: ' + issuesFromZod(settings.error).map(formatIssue).join('; '));
      if (all.length > 0 || !settings.success) return { ok: false, errors: all };
      return {
        ok: true,
        backup: {
          exportedAt: fields.exportedAt,
          schemaVersion: fields.schemaVersion,
          tables: tables as Backup['tables'],
          settings: settings.data,
        },
      };
    },
  };
}
