// The rollout status report: headline numbers, the tool brief, and every dashboard chart with its summary, for the
// current rollout. The charts are the dashboard's own, drawn without animation so a printout never catches one halfway.
import { tableToCsv } from '../../domain/csv/toCsv';
import { rolloutReportCsv } from '../../domain/reports/rolloutReport';
import { saveTextFile } from '../../platform/desktop';
import { EmptyState } from '../../ui/EmptyState';
import { showToast } from '../../ui/toast';
import { DashboardCharts } from '../dashboard/DashboardCharts';
import { ToolBrief } from '../../ui/ToolBrief';
import { ReportFrame, ReportSection } from './ReportFrame';
import { useRolloutReport } from './useReports';
import { refuseExportWhilePresenting } from '../shared/refuseExportWhilePresenting';
import { runAction } from '../../ui/runAction';

async function exportChart(name: string, rows: ReadonlyArray<Record<string, unknown>>) {
  if (refuseExportWhilePresenting()) return;
  const columns = Object.keys(rows[0] ?? {}).map((key) => ({
    key,
    header: key,
    value: (r: Record<string, unknown>) => r[key],
  }));
  const result = await saveTextFile({
    title: 'Export chart data',
    defaultName: `cohort-coach-${name}.csv`,
    filters: [{ name: 'CSV file', extensions: ['csv'] }],
    content: tableToCsv(rows, columns),
  });
  if (!result.ok) showToast({ message: `Not exported: ${result.error}`, tone: 'danger' });
  else if (result.value) showToast({ message: 'Chart data exported.' });
}

export function RolloutReportPage() {
  const { report: r, today } = useRolloutReport();
  if (r === undefined) return <p className="muted">Loading the rollout report…</p>;
  if (r === null)
    return (
      <div className="card">
        <EmptyState title="No current rollout" action={<a href="#/rollouts">Choose the current rollout</a>}>
          The status report describes the current rollout. Mark one as current first.
        </EmptyState>
      </div>
    );

  return (
    <ReportFrame
      kind="Rollout status report"
      title={r.rollout.name}
      subtitle={r.timing}
      today={today}
      subject={r.rollout.name}
      csv={() => rolloutReportCsv(r)}
    >
      <p className="report-lead">{r.summary}</p>
      <section className="report-section wide" aria-label="Headline numbers">
        <h2>Headline numbers</h2>
        <dl className="report-headlines">
          {r.headlines.map((h) => (
            <div key={h.label} className="report-headline">
              <dt>{h.label}</dt>
              <dd>
                <span className="report-headline-value">{h.value}</span>
                <span className="small muted">{h.caption}</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {r.rollout.description && (
        <ReportSection title="About the rollout" wide>
          <p className="report-note">{r.rollout.description}</p>
        </ReportSection>
      )}
      <ReportSection title="Tool brief" wide>
        <ToolBrief rollout={r.rollout} />
      </ReportSection>
      <section className="report-section wide report-charts" aria-label="Charts">
        <h2>Charts</h2>
        <p className="small muted">
          Everyone in the rollout, all dates. Each chart says in one sentence what it shows.
        </p>
        <DashboardCharts
          model={r.dashboard}
          exportRows={(name, rows) => runAction('export the chart', () => exportChart(name, rows))}
          print
        />
      </section>
    </ReportFrame>
  );
}
