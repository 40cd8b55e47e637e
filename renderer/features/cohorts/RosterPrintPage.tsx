// A cohort roster to print (or save as PDF) and export to CSV: members, role, unit, wave, head and assistant coach,
// and training dates. The print stylesheet hides the app around it.
import { Download, Printer } from 'lucide-react';
import type { Cohort } from '../../domain/model';
import { cohortRosterCsv, cohortRosterRows, cohortSchedule } from '../../domain/cohorts/cohortRoster';
import { fileNameOf } from '../../domain/files/fileName';
import { printToPdf, saveTextFile } from '../../platform/desktop';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { CohortTabs } from './CohortTabs';
import { formatDayOr } from '../../domain/format/format';
import type { CohortModel } from './useCohortModel';
import { refuseExportWhilePresenting } from '../shared/refuseExportWhilePresenting';
import { runAction } from '../../ui/runAction';

export function RosterPrintPage({ model, cohort }: { model: CohortModel; cohort: Cohort }) {
  const rows = cohortRosterRows(cohort, {
    caseworker: (id) => {
      const p = model.person(id);
      return p ? { name: p.name, role: p.role, unit: model.unitName(p.unitId) } : undefined;
    },
    coachName: (id) => (id ? model.coachName(id) : 'Not chosen yet'),
    sessions: model.trainingSessions,
  });
  const schedule = cohortSchedule(cohort, model.trainingSessions);
  const assistant = cohort.assistantCoachId ? (model.person(cohort.assistantCoachId)?.name ?? '') : '';

  async function print() {
    if (refuseExportWhilePresenting()) return;
    const result = await printToPdf({ defaultName: fileNameOf(['Cohort roster', cohort.name], 'pdf') });
    if (!result.ok) showToast({ message: `Could not print: ${result.error}`, tone: 'danger' });
    else if (result.value) showToast({ message: `Roster saved to ${result.value.path}.` });
  }
  async function exportCsv() {
    if (refuseExportWhilePresenting()) return;
    const result = await saveTextFile({
      title: 'Export the cohort roster',
      defaultName: fileNameOf(['Cohort roster', cohort.name], 'csv'),
      filters: [{ name: 'CSV file', extensions: ['csv'] }],
      content: cohortRosterCsv(rows),
    });
    if (!result.ok) showToast({ message: `Could not export: ${result.error}`, tone: 'danger' });
    else if (result.value) showToast({ message: 'Roster exported.' });
  }

  return (
    <>
      <div className="no-print">
        <PageHeader
          title={`Roster: ${cohort.name}`}
          description="Print it for the first team meeting, or export it to a spreadsheet."
          actions={
            <>
              <button
                type="button"
                className="btn"
                onClick={() => runAction('export the roster', () => exportCsv())}
              >
                <Download size={16} aria-hidden="true" /> Export CSV
              </button>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => runAction('save the roster as PDF', () => print())}
              >
                <Printer size={16} aria-hidden="true" /> Print roster
              </button>
            </>
          }
        />
        <CohortTabs />
      </div>
      <article className="card print-roster" aria-labelledby="print-title">
        <h2 id="print-title">
          {cohort.name} · {model.rollout?.name ?? 'No current rollout'}
        </h2>
        <dl className="facts">
          <dt>Role</dt>
          <dd>{cohort.role || 'Not recorded'}</dd>
          <dt>Head coach</dt>
          <dd>{cohort.headCoachId ? model.coachName(cohort.headCoachId) : 'Not chosen yet'}</dd>
          <dt>Assistant coach</dt>
          <dd>{assistant || 'None yet (no cheerleader in this cohort)'}</dd>
          <dt>Training dates</dt>
          <dd>
            {schedule.length === 0
              ? 'None planned yet'
              : schedule
                  .map((s) => `${formatDayOr(s.date)} (${s.wave ? `wave ${s.wave}` : 'all waves'})`)
                  .join('; ')}
          </dd>
        </dl>
        <div className="table-wrap">
          <table className="table">
            <caption>{rows.length} members, in wave order</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Role</th>
                <th scope="col">Unit</th>
                <th scope="col">Wave</th>
                <th scope="col">Trained on</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={cohort.members[i]?.caseworkerId ?? i}>
                  <td>
                    {r.member}
                    {r.assistantCoach && ' (assistant coach)'}
                  </td>
                  <td>{r.role}</td>
                  <td>{r.unit}</td>
                  <td>Wave {r.wave}</td>
                  <td>
                    {r.trainingDates.length
                      ? r.trainingDates.map((d) => formatDayOr(d)).join(', ')
                      : 'Not yet'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </article>
    </>
  );
}
