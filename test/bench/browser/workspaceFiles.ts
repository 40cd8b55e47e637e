// The files the browser benchmark feeds the app: a backup of the agency-scale workspace (restored through Settings)
// and the two CSV files it imports (the roster and 36 months of measures), at any fraction of agency scale.
// Written once per scale and kept in a cache folder keyed by the generator's source, since building them takes a while.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from '../../../renderer/domain/backup/parseBackup';
import { tableNames, type TableName } from '../../../renderer/domain/model';
import { agencyData } from '../agencyData';

export interface WorkspaceFiles {
  factor: number;
  backup: string;
  rosterCsv: string;
  measuresCsv: string;
  /** Rows per table in the backup. */
  rows: Record<TableName, number>;
  totalRows: number;
  backupBytes: number;
  rosterRows: number;
  measureRows: number;
  today: string;
}

/** Writes chunks to a file, waiting when the stream asks, so a 230 MB backup never sits in memory as one string. */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  let buffer = '';
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length > 1 << 20) {
      bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return bytes;
}

const csvCell = (value: unknown): string => {
  const text = String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The roster of an agency (5,000 caseworkers at factor 1) with a tenth of its other records, as the agency-scale e2e
 * uses: enough for the screens whose cost grows with the number of people (pickers, roster, units), restored in
 * seconds rather than minutes.
 */
export const rosterScaleCounts = (factor: number) => ({
  coachingEntries: Math.round(20_000 * factor),
  responses: Math.round(5_000 * factor),
  months: 3,
  gaps: Math.round(200 * factor),
});

export async function workspaceFiles(
  factor: number,
  cacheRoot: string,
  variant: 'agency' | 'roster' = 'agency',
): Promise<WorkspaceFiles> {
  const source = ['../agencyData.ts', './workspaceFiles.ts']
    .map((f) => readFileSync(path.join(import.meta.dirname, f), 'utf8'))
    .join('\n');
  const key = createHash('sha256').update(source).digest('hex').slice(0, 12);
  const dir = path.join(cacheRoot, `${variant === 'roster' ? 'roster-' : ''}scale-${factor}-${key}`);
  const manifest = path.join(dir, 'manifest.json');
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as WorkspaceFiles;
  mkdirSync(dir, { recursive: true });

  const { data, settings, today } = agencyData(factor, variant === 'roster' ? rosterScaleCounts(factor) : {});
  const tables = data as unknown as Partial<Record<TableName, unknown[]>>;
  const rows = Object.fromEntries(tableNames.map((t) => [t, tables[t]?.length ?? 0])) as Record<
    TableName,
    number
  >;
  const backup = path.join(dir, 'agency-backup.json');
  function* backupChunks(): Generator<string> {
    yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"schemaVersion":${BACKUP_SCHEMA_VERSION},`;
    yield `"exportedAt":"2025-12-31T17:00:00.000Z","tables":{`;
    for (const [i, name] of tableNames.entries()) {
      yield `${i === 0 ? '' : ','}${JSON.stringify(name)}:[`;
      for (const [k, row] of (tables[name] ?? []).entries()) yield (k === 0 ? '' : ',') + JSON.stringify(row);
      yield ']';
    }
    yield `},"settings":${JSON.stringify({ ...settings, onboarded: true })}}`;
  }
  const backupBytes = await writeChunks(backup, backupChunks());

  // The roster as an HR export would give it, and the measures by employee ID, as a county's data office would.
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  const rosterCsv = path.join(dir, 'agency-roster.csv');
  await writeChunks(rosterCsv, [
    'Employee Name,Emp ID,Dept/Unit,Job Title,Email Address,Hire Date,Active Cases,Status\r\n',
    ...data.caseworkers.map(
      (c) =>
        [
          c.name,
          c.employeeId,
          unitName.get(c.unitId ?? '') ?? '',
          c.role,
          '',
          c.startDate,
          c.caseload,
          'Active',
        ]
          .map(csvCell)
          .join(',') + '\r\n',
    ),
  ]);
  const employeeId = new Map(data.caseworkers.map((c) => [c.id, c.employeeId]));
  const measuresCsv = path.join(dir, 'agency-measures.csv');
  await writeChunks(measuresCsv, [
    'Employee ID,Month,Visits due,Visits made,Good quality visits,Active caseload\r\n',
    ...data.monthlyMeasures.map(
      (m) =>
        [employeeId.get(m.caseworkerId), m.month, m.visitsDue, m.visitsMade, m.visitsGoodQuality, m.caseload]
          .map(csvCell)
          .join(',') + '\r\n',
    ),
  ]);
  const files: WorkspaceFiles = {
    factor,
    backup,
    rosterCsv,
    measuresCsv,
    rows,
    totalRows: Object.values(rows).reduce((a, b) => a + b, 0),
    backupBytes,
    rosterRows: data.caseworkers.length,
    measureRows: data.monthlyMeasures.length,
    today,
  };
  writeFileSync(manifest, JSON.stringify(files, null, 2));
  return files;
}
