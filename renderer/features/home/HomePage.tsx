// Home: what each role opens the app for first (supervisor: Today, with the due items, and the unit's gaps; trainer: survey coverage and
// cohort status; lead: the headline funnel), then the rest of the workspace at a glance.
import { Link } from 'wouter';
import { roleLabels } from '../../domain/model';
import { AlertTriangle } from 'lucide-react';
import { KeptFiguresNotice } from '../../ui/KeptFiguresNotice';
import { PageHeader } from '../../ui/PageHeader';
import { ToolBrief } from '../../ui/ToolBrief';
import { useSettings } from '../settings/useSettings';
import { FirstHourChecklist } from './FirstHourChecklist';
import { CohortStatusCard, FunnelCard, SurveyCoverageCard, UnitGapsCard } from './HomeCards';
import { TodayPanel } from './TodayPanel';
import { useHome } from './useHome';
import { useWorkspaceSummary } from './useWorkspaceSummary';
import { orPending } from '../../ui/pending';
import { useLatest } from '../../ui/useLatest';

const shortcuts = {
  supervisor: [
    { href: '/roster', label: 'Your caseworkers' },
    { href: '/coaching', label: 'Coaching log' },
    { href: '/gaps', label: 'Gaps' },
  ],
  trainer: [
    { href: '/surveys', label: 'Adoption survey' },
    { href: '/cohorts', label: 'Cohorts and waves' },
    { href: '/roster/import', label: 'Import a roster' },
  ],
  lead: [
    { href: '/dashboard', label: 'Rollout dashboard' },
    { href: '/reports', label: 'Reports' },
    { href: '/rollouts', label: 'Rollouts' },
  ],
} as const;

export function HomePage() {
  // The figures Home kept are looked up first, and the rest of Home reads once that is done: at agency scale the
  // summary's and Today's reads take a few hundred milliseconds, and the lookup queued behind them (issue 15).
  const { shown, lookedUp } = useHome();
  const home = shown?.view;
  // The summary is part of Home's figures: when they are current (nothing written since they were worked out), it
  // is read from them and the roster is not read again; otherwise it is read live.
  const keptSummary = shown && !shown.outdatedSince ? home?.summary : undefined;
  const summary = useLatest(useWorkspaceSummary(lookedUp && !keptSummary) ?? keptSummary);
  const settings = useSettings();
  const role = settings?.role ?? 'supervisor';
  return (
    <>
      <PageHeader title="Home" description={roleLabels[role]} />
      {lookedUp && (
        <div className="stack">
          <FirstHourChecklist />
          <div className="grid-3" aria-busy={summary ? undefined : true}>
            <div className="card stat">
              <span className="stat-value">{orPending(summary?.activeCaseworkers)}</span>
              <span className="stat-label">
                active caseworkers
                {summary && summary.onLeave > 0 ? `, plus ${summary.onLeave} on leave` : ''}
              </span>
            </div>
            <div className="card stat">
              <span className="stat-value">{orPending(summary?.units)}</span>
              <span className="stat-label">units</span>
            </div>
            <div className="card stat">
              <span className="stat-value">{orPending(summary?.roles)}</span>
              <span className="stat-label">roles (cohorts never mix roles)</span>
            </div>
          </div>
          {summary && (summary.withoutUnit > 0 || summary.withoutRole > 0) && (
            <div className="notice notice-warning" role="status">
              <AlertTriangle size={20} aria-hidden="true" />
              <div>
                {summary.withoutUnit > 0 && <div>{summary.withoutUnit} caseworkers have no unit.</div>}
                {summary.withoutRole > 0 && (
                  <div>
                    {summary.withoutRole} caseworkers have no role, so they cannot be placed in a cohort.
                  </div>
                )}
                <Link href="/roster">Review the roster</Link>
              </div>
            </div>
          )}
          {role === 'supervisor' && <TodayPanel />}
          {!home && (
            // The figures below are worked out from the whole workspace a slice at a time: said, not left blank.
            <div className="card" aria-busy="true">
              <p className="muted" role="status">
                Loading the rollout&apos;s figures…
              </p>
            </div>
          )}
          {shown?.outdatedSince && (
            // Shown at start while the figures are worked out again: what they were, said so, not a blank card.
            <KeptFiguresNotice since={shown.outdatedSince} what="figures" />
          )}
          {home && role === 'supervisor' && (
            <UnitGapsCard gaps={home.unitGaps} count={home.unitGapCount} unitName={home.unitName} />
          )}
          {home && role === 'trainer' && (
            <>
              <SurveyCoverageCard coverage={home.surveyCoverage} />
              <CohortStatusCard cohorts={home.cohorts} />
            </>
          )}
          {home && role === 'lead' && (
            <div className="grid-2">
              <FunnelCard funnel={home.funnel} />
              <CohortStatusCard cohorts={home.cohorts} />
            </div>
          )}
          <div className="grid-2">
            <section className="card" aria-labelledby="home-rollout">
              <h2 id="home-rollout">Current rollout</h2>
              {!summary ? (
                <p className="muted">…</p>
              ) : summary.currentRollout ? (
                <>
                  <p>
                    <strong>{summary.currentRollout.name}</strong>
                  </p>
                  <ToolBrief rollout={summary.currentRollout} compact />
                </>
              ) : (
                <p className="muted">
                  No rollout is current. <Link href="/rollouts">Add or choose a rollout</Link>.
                </p>
              )}
            </section>
            <section className="card" aria-labelledby="home-next">
              <h2 id="home-next">Go to</h2>
              <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {shortcuts[role].map((s) => (
                  <li key={s.href}>
                    <Link href={s.href}>{s.label}</Link>
                  </li>
                ))}
              </ul>
              <p className="small muted" style={{ marginTop: 12 }}>
                What Home shows first follows your role, which you can change in{' '}
                <Link href="/settings">Settings</Link>.
              </p>
            </section>
          </div>
        </div>
      )}
    </>
  );
}
