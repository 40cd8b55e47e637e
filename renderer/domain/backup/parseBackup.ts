// Reads a backup file into validated tables, or explains exactly what is wrong with it. Nothing is written here.
import { z } from 'zod';
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

export const BACKUP_FORMAT = 'cohort-coach-backup';
export const BACKUP_SCHEMA_VERSION = 1;

export interface Backup {
  exportedAt: string;
  schemaVersion: number;
  tables: { [K in TableName]: EntityByTable[K][] };
  settings: Settings;
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; errors: string[] };

const envelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int(),
  exportedAt: z.string(),
  tables: z.record(z.string(), z.array(z.unknown())),
  settings: z.unknown(),
});

export function serializeBackup(tables: Backup['tables'], settings: Settings, exportedAt: string): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt,
    tables,
    settings,
  });
}

export function parseBackup(text: string): BackupResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['This file is not a Cohort Coach backup: it is not valid JSON.'] };
  }
  const env = envelope.safeParse(json);
  if (!env.success)
    return {
      ok: false,
      errors: ['This file is not a Cohort Coach backup: its header is missing or damaged.'],
    };
  if (env.data.schemaVersion > BACKUP_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        `This backup was made by a newer version of Cohort Coach (data version ${env.data.schemaVersion}). Update the app to restore it.`,
      ],
    };
  }
  const errors: string[] = [];
  const tables = {} as Record<TableName, unknown[]>;
  for (const name of tableNames) {
    const rows = env.data.tables[name] ?? [];
    const schema = baseRecord.and(tableDefs[name].fields);
    const parsed: unknown[] = [];
    rows.forEach((row, index) => {
      const result = schema.safeParse(row);
      if (result.success) parsed.push(result.data);
      else if (errors.length < 20) {
        errors.push(
          `${tableDefs[name].label}, record ${index + 1}: ${issuesFromZod(result.error).map(formatIssue).join('; ')}`,
        );
      }
    });
    tables[name] = parsed;
  }
  const settings = settingsSchema.safeParse(env.data.settings);
  if (!settings.success)
    errors.push('Settings: ' + issuesFromZod(settings.error).map(formatIssue).join('; '));
  if (errors.length > 0 || !settings.success) return { ok: false, errors };
  return {
    ok: true,
    backup: {
      exportedAt: env.data.exportedAt,
      schemaVersion: env.data.schemaVersion,
      tables: tables as Backup['tables'],
      settings: settings.data,
    },
  };
}
