// Roster import from an HR export: the shared import wizard with the roster's rules, units created on the fly.
import { Link } from 'wouter';
import type { Caseworker, Unit } from '../../domain/model';
import {
  completeRosterPreview,
  rosterImportSpec,
  type RosterImportPreview,
  type RosterImportRow,
} from '../../domain/roster/rosterImport';
import { PageHeader } from '../../ui/PageHeader';
import { ImportWizard } from '../import/ImportWizard';
import type { StepOptions } from '../../domain/csv/importSteps';
import { RosterTabs } from './RosterTabs';
import { statusLabel } from './statusLabel';
import { caseworkerRepository, unitRepository } from '../../data/rosterRepository';

async function loadContext(): Promise<{ units: Unit[]; caseworkers: Caseworker[] }> {
  const [units, caseworkers] = await Promise.all([
    unitRepository.listByName(),
    caseworkerRepository.listByName(),
  ]);
  return { units, caseworkers };
}

async function commit(preview: RosterImportPreview, _fileName: string, steps: StepOptions): Promise<string> {
  const result = await caseworkerRepository.importRoster(
    preview.accepted.map((row) => row.value),
    steps,
  );
  const units = result.unitsCreated.length;
  return `${result.caseworkersAdded} caseworkers added${units ? `, and ${units} new ${units === 1 ? 'unit' : 'units'} created (${result.unitsCreated.join(', ')})` : ''}.`;
}

function describeRow(row: RosterImportRow) {
  const c = row.caseworker;
  return (
    <>
      <strong>{c.name}</strong>
      <span className="muted">
        {' · '}
        {[
          row.unitName ?? 'no unit',
          c.role || 'no role',
          c.employeeId && `ID ${c.employeeId}`,
          c.caseload !== null && `${c.caseload} cases`,
          statusLabel[c.status],
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </>
  );
}

export function ImportRosterPage() {
  return (
    <>
      <PageHeader
        title="Roster"
        description="Import caseworkers from the roster your HR system exports. Nothing is saved until you confirm."
      />
      <RosterTabs />
      <ImportWizard
        rowsName="caseworkers"
        spec={rosterImportSpec}
        loadContext={loadContext}
        complete={completeRosterPreview}
        describeRow={describeRow}
        describe={(p: RosterImportPreview) =>
          p.newUnits.length > 0 ? (
            <div>
              <strong>New units this import creates</strong>
              <ul
                aria-label="New units to create"
                className="row"
                style={{ listStyle: 'none', padding: 0, margin: '6px 0 0' }}
              >
                {p.newUnits.map((u) => (
                  <li key={u} className="badge badge-accent">
                    {u}
                  </li>
                ))}
              </ul>
            </div>
          ) : null
        }
        commit={commit}
        done={
          <Link href="/roster" className="btn btn-primary">
            See the roster
          </Link>
        }
      />
    </>
  );
}
