// The tool-usage import: the shared import wizard with the usage log's rules (users matched exactly by e-mail or
// employee ID, unknown users reported and not counted, events counted once per person per day).
import { Link } from 'wouter';
import {
  completeUsagePreview,
  usageImportSpec,
  usageRecords,
  type UsageImportContext,
  type UsagePreview,
  type UsageRow,
} from '../../domain/usage/usageImport';
import { usageRepository } from '../../data/usageRepository';
import { plural } from '../../domain/format/format';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { localToday } from '../../ui/useToday';
import { ImportWizard } from '../import/ImportWizard';
import type { StepOptions } from '../../domain/csv/importSteps';
import { CoachingTabs } from './CoachingTabs';
import { useToolUsage } from './useToolUsage';

async function loadContext(): Promise<UsageImportContext> {
  const context = await usageRepository.importContext(localToday());
  if (!context) throw new Error('There is no current rollout to import usage for.');
  return context;
}

async function commit(preview: UsagePreview, fileName: string, steps: StepOptions): Promise<string> {
  const context = await loadContext();
  const added = await usageRepository.importDays(usageRecords(preview, context.rollout.id, fileName), steps);
  return `${plural(added, 'day')} of use imported for ${plural(preview.people, 'caseworker')}; each counts once toward mastery.`;
}

function describeRow(row: UsageRow) {
  return (
    <>
      <strong>{row.caseworkerName}</strong>
      <span className="muted">{` · ${row.date}${row.action ? ` · ${row.action}` : ''}`}</span>
    </>
  );
}

function describe(preview: UsagePreview) {
  return (
    <>
      {preview.days.length > 0 && (
        <p className="small">
          Counted per person per day: {plural(preview.days.length, 'new day')} of use for{' '}
          {plural(preview.people, 'caseworker')}.
        </p>
      )}
      {preview.unknownUsers.length > 0 && (
        <Notice
          tone="warning"
          title={`${preview.unknownUsers.length} users in the file are not in the roster`}
        >
          <p className="small">
            Their rows are not counted: Cohort Coach matches users only by an exact e-mail or employee ID, and
            never guesses. Add their e-mail or ID to the roster if they are caseworkers.
          </p>
          <ul aria-label="Unknown users" className="plain-list small">
            {preview.unknownUsers.slice(0, 20).map((u) => (
              <li key={u.user}>
                <strong>{u.user || '(blank)'}</strong>: {plural(u.rows, 'row')} (
                {u.lines.length > 5
                  ? `lines ${u.lines.slice(0, 5).join(', ')}…`
                  : `${u.lines.length === 1 ? 'line' : 'lines'} ${u.lines.join(', ')}`}
                )
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </>
  );
}

export function ImportUsagePage() {
  const data = useToolUsage();
  return (
    <>
      <PageHeader
        title="Import tool usage"
        description={`The usage or audit log of ${data?.rollout?.name ?? 'the tool'} as CSV. Nothing is saved until you confirm.`}
      />
      <CoachingTabs />
      {data && !data.rollout ? (
        <Notice tone="warning" title="No current rollout">
          Usage belongs to a rollout&apos;s tool. <a href="#/rollouts">Choose the current rollout</a> first.
        </Notice>
      ) : (
        <ImportWizard
          rowsName="usage events"
          spec={usageImportSpec}
          loadContext={loadContext}
          complete={completeUsagePreview}
          describe={describe}
          describeRow={describeRow}
          importLabel={(p) => `Import ${plural(p.days.length, 'day')} of use`}
          commit={commit}
          done={
            <Link href="/usage" className="btn btn-primary">
              See the usage
            </Link>
          }
        />
      )}
    </>
  );
}
