// Monthly measures from a CSV file: the shared import wizard with the measures' rules (caseworker by employee ID or
// name, no unknown caseworkers, visits made within visits due, nothing negative, no future month).
import { Link } from 'wouter';
import {
  measureImportContext,
  measureImportSpec,
  type MeasureImportContext,
  type MeasureImportRow,
} from '../../domain/measures/measureImport';
import { PageHeader } from '../../ui/PageHeader';
import { ImportWizard } from '../import/ImportWizard';
import type { StepOptions } from '../../domain/csv/importSteps';
import { GapsTabs } from './GapsTabs';
import { localToday } from '../../ui/useToday';
import { caseworkerRepository } from '../../data/rosterRepository';
import { measureRepository } from '../../data/measureRepository';

async function loadContext(): Promise<MeasureImportContext> {
  const [caseworkers, stored] = await Promise.all([
    caseworkerRepository.listByName(),
    measureRepository.storedMonths(),
  ]);
  const measures = stored.map((m) => ({ ...m, deletedAt: null }));
  return measureImportContext({ caseworkers, measures, today: localToday() });
}

async function commit(
  preview: { accepted: { value: MeasureImportRow }[] },
  _fileName: string,
  steps: StepOptions,
): Promise<string> {
  const n = await measureRepository.importRows(
    preview.accepted.map((r) => r.value),
    steps,
  );
  return `${n} monthly ${n === 1 ? 'measure' : 'measures'} imported.`;
}

function describeRow(row: MeasureImportRow) {
  const m = row.measure;
  return (
    <>
      <strong>{row.caseworkerName}</strong>
      <span className="muted">
        {` · ${m.month} · ${m.visitsMade} of ${m.visitsDue} visits made · ${m.visitsGoodQuality} good quality`}
        {m.caseload != null ? ` · caseload ${m.caseload}` : ''}
      </span>
    </>
  );
}

export function ImportMeasuresPage() {
  return (
    <>
      <PageHeader
        title="Import monthly measures"
        description="Visits due, made and of good quality per caseworker and month, from a CSV file. Nothing is saved until you confirm."
      />
      <GapsTabs />
      <ImportWizard
        rowsName="monthly measures"
        spec={measureImportSpec}
        loadContext={loadContext}
        describeRow={describeRow}
        commit={commit}
        done={
          <Link href="/measures" className="btn btn-primary">
            See the measures
          </Link>
        }
      />
    </>
  );
}
