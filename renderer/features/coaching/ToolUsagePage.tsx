// Tool usage (PRODUCT.md 4.5): days on which the new tool's usage log shows each caseworker using it, imported from a
// CSV. Each day counts once as an opportunity toward mastery, alongside coaching flags and standup answers.
import { useMemo } from 'react';
import { Link } from 'wouter';
import { Download, FileUp } from 'lucide-react';
import { sampleUsageCsv } from '../../domain/usage/sampleUsageCsv';
import { summarizeUsage } from '../../domain/usage/usageImport';
import { saveTextFile } from '../../platform/desktop';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';
import { useToday } from '../../ui/useToday';
import { CoachingTabs } from './CoachingTabs';
import { useToolUsage } from './useToolUsage';
import { DayText } from '../../ui/DayText';

export function ToolUsagePage() {
  const data = useToolUsage();
  const today = useToday();
  const rows = useMemo(() => (data ? summarizeUsage(data.usage, today) : []), [data, today]);
  const names = useMemo(() => new Map(data?.caseworkers.map((c) => [c.id, c.name]) ?? []), [data]);

  async function downloadSample() {
    const people = (data?.caseworkers ?? []).filter((c) => c.status === 'active');
    const result = await saveTextFile({
      title: 'Save a sample usage file',
      defaultName: `sample-tool-usage-${today}.csv`,
      filters: [{ name: 'CSV file', extensions: ['csv'] }],
      content: sampleUsageCsv(people, today),
    });
    if (!result.ok) showToast({ message: `Could not save the sample: ${result.error}`, tone: 'danger' });
    else if (result.value)
      showToast({ message: 'Sample saved. It holds personal data (e-mail addresses): keep it safe.' });
  }

  const tool = data?.rollout?.name ?? 'the tool';
  return (
    <>
      <PageHeader
        title="Tool usage"
        description={`Days on which ${tool}'s own usage log shows each caseworker using it. Each day counts once toward mastery, with coaching and standups.`}
        actions={
          <>
            <button
              type="button"
              className="btn"
              onClick={() => runAction('save the sample file', downloadSample)}
              disabled={!data?.rollout}
            >
              <Download size={16} aria-hidden="true" /> Download a sample file
            </button>
            {data?.rollout && (
              <Link href="/usage/import" className="btn btn-primary">
                <FileUp size={16} aria-hidden="true" /> Import a usage file
              </Link>
            )}
          </>
        }
      />
      <CoachingTabs />
      {data === undefined ? (
        <p className="muted">Loading…</p>
      ) : !data.rollout ? (
        <div className="card">
          <EmptyState title="No current rollout">
            Usage belongs to a rollout&apos;s tool. <a href="#/rollouts">Choose the current rollout</a> first.
          </EmptyState>
        </div>
      ) : rows.length === 0 ? (
        <div className="card">
          <EmptyState title="No usage imported yet">
            Export the usage or audit log of {tool} as CSV (user e-mail or employee ID, date or time, and the
            action if there is one) and import it. The sample file shows the shape.
          </EmptyState>
        </div>
      ) : (
        <section className="card" aria-labelledby="usage-title">
          <h2 id="usage-title">Imported usage of {tool}</h2>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Days of recorded use per caseworker</caption>
              <thead>
                <tr>
                  <th scope="col">Caseworker</th>
                  <th scope="col" className="num">
                    Days in the last 30
                  </th>
                  <th scope="col" className="num">
                    Days in all
                  </th>
                  <th scope="col" className="num">
                    Events
                  </th>
                  <th scope="col">Last day</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.caseworkerId}>
                    <th scope="row">
                      <a href={`#/caseworkers/${r.caseworkerId}`}>
                        {names.get(r.caseworkerId) ?? 'Not on the roster'}
                      </a>
                    </th>
                    <td className="num">{r.recentDays}</td>
                    <td className="num">{r.days}</td>
                    <td className="num">{r.events}</td>
                    <td>
                      <DayText day={r.lastDay} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
