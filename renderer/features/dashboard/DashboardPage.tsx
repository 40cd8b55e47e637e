// The rollout dashboard: how the rollout is going, by wave, unit, role and over time. One set of filters drives every
// chart, lives in the address and is remembered between visits; a click on a bar opens the people behind it.
// Routed under /dashboard with `nest`.
import { today } from '../../clock';
import { useCallback, useMemo } from 'react';
import { KeptFiguresNotice } from '../../ui/KeptFiguresNotice';
import { Route, Switch, useLocation } from 'wouter';
import { tableToCsv } from '../../domain/csv/toCsv';
import { saveTextFile } from '../../platform/desktop';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField, TextField } from '../../ui/Field';
import { EmptyState } from '../../ui/EmptyState';
import { showToast } from '../../ui/toast';
import { DashboardCharts } from './DashboardCharts';
import { DrillDownPage } from './DrillDownPage';
import { EntriesBehindPage } from './EntriesBehindPage';
import { GapsBehindPage } from './GapsBehindPage';
import { useDashboard } from './useDashboard';
import './dashboard.css';
import { refuseExportWhilePresenting } from '../shared/refuseExportWhilePresenting';
import { runAction } from '../../ui/runAction';

async function exportRows(name: string, rows: ReadonlyArray<Record<string, unknown>>) {
  if (refuseExportWhilePresenting()) return;
  const columns = Object.keys(rows[0] ?? {}).map((key) => ({
    key,
    header: key,
    value: (r: Record<string, unknown>) => r[key],
  }));
  const result = await saveTextFile({
    title: 'Export chart data',
    defaultName: `cohort-coach-${name}-${today()}.csv`,
    filters: [{ name: 'CSV file', extensions: ['csv'] }],
    content: tableToCsv(rows, columns),
  });
  if (!result.ok) showToast({ message: `Not exported: ${result.error}`, tone: 'danger' });
  else if (result.value) showToast({ message: 'Chart data exported.' });
}

export function DashboardPage() {
  return (
    <Switch>
      <Route path="/" component={DashboardView} />
      <Route path="/people" component={DrillDownPage} />
      <Route path="/gaps" component={GapsBehindPage} />
      <Route path="/entries" component={EntriesBehindPage} />
      <Route>
        <p>
          That dashboard page does not exist. <a href="#/dashboard">Back to the dashboard</a>
        </p>
      </Route>
    </Switch>
  );
}

function DashboardView() {
  const { charts, choices, outdatedSince, filter, shown, updating, setFilter, reset } = useDashboard();
  const [, navigate] = useLocation();
  // Stable props, so the memoised charts draw again only when the model or the filter they show changes.
  const onExport = useCallback(
    (name: string, rows: ReadonlyArray<Record<string, unknown>>) =>
      runAction('export the chart', () => exportRows(name, rows)),
    [],
  );
  const drill = useMemo(
    () => ({ filter: shown, open: (href: string) => navigate(`~${href}`) }),
    [shown, navigate],
  );
  const dateError =
    filter.from && filter.to && filter.to < filter.from
      ? 'The end date is before the start date.'
      : undefined;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description="How is the rollout going? Every chart follows the filters below and says in one sentence what it shows."
      />
      <div className="toolbar filter-bar" role="search" aria-label="Filter every chart">
        <SelectField
          label="Rollout"
          value={filter.rolloutId ?? ''}
          onChange={(e) => setFilter({ ...filter, rolloutId: e.target.value || null })}
          options={[
            { value: '', label: 'All rollouts' },
            ...(choices?.rollouts ?? []).map((r) => ({ value: r.id, label: r.name })),
          ]}
        />
        <SelectField
          label="Unit"
          value={filter.unitId}
          onChange={(e) => setFilter({ ...filter, unitId: e.target.value })}
          options={[
            { value: '', label: 'All units' },
            ...(choices?.units ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
        <SelectField
          label="Role"
          value={filter.role}
          onChange={(e) => setFilter({ ...filter, role: e.target.value })}
          options={[
            { value: '', label: 'All roles' },
            ...(choices?.roles ?? []).map((r) => ({ value: r, label: r })),
          ]}
        />
        <SelectField
          label="Wave"
          value={String(filter.wave)}
          onChange={(e) => setFilter({ ...filter, wave: Number(e.target.value) })}
          options={[
            { value: '0', label: 'All waves' },
            ...[1, 2, 3, 4].map((w) => ({ value: String(w), label: `Wave ${w}` })),
          ]}
        />
        <TextField
          label="From"
          type="date"
          value={filter.from}
          onChange={(e) => setFilter({ ...filter, from: e.target.value })}
        />
        <TextField
          label="To"
          type="date"
          value={filter.to}
          error={dateError}
          onChange={(e) => setFilter({ ...filter, to: e.target.value })}
        />
        <button type="button" className="btn" onClick={reset}>
          Reset filters
        </button>
      </div>
      {outdatedSince && (
        // Shown while the charts are worked out again: what they were, said so, not a blank page.
        <div className="charts-notice">
          <KeptFiguresNotice since={outdatedSince} what="charts" />
        </div>
      )}
      {!charts && (
        <p className="muted" role="status" aria-busy="true">
          Loading the charts…
        </p>
      )}
      {charts && charts.scopeSize === 0 ? (
        <div className="card">
          <EmptyState title="Nobody matches these filters">
            Widen the filters, or add caseworkers to the roster.
          </EmptyState>
        </div>
      ) : (
        charts && (
          // Marked as updating while the charts still show the previous filter.
          <div aria-busy={updating} className={updating ? 'charts-updating' : undefined}>
            <DashboardCharts model={charts} exportRows={onExport} drill={drill} />
          </div>
        )
      )}
    </>
  );
}
