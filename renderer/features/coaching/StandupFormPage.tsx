// Run or edit one cohort's standup on a date: one row per member with the three questions and "used the tool yesterday".
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { MessageCircleQuestion } from 'lucide-react';
import { isCalendarDate } from '../../domain/coaching/calendar';
import { followUpsOf, rowsForCohort } from '../../domain/coaching/standupFollowUps';
import { fieldErrors, type Cohort, type Standup, type StandupRow } from '../../domain/model';
import { CheckboxField, TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { CoachingTabs } from './CoachingTabs';
import { useCoachingLookups, useCohorts, useStandup, type CoachingLookups } from './useCoaching';
import { standupRepository } from '../../data/standupRepository';
import { runAction } from '../../ui/runAction';
import { formatDay } from '../../domain/format/format';

export function StandupFormPage() {
  const { cohortId, date } = useParams<{ cohortId: string; date: string }>();
  const cohorts = useCohorts();
  const standup = useStandup(cohortId, date);
  const lookups = useCoachingLookups();
  const cohort = cohorts?.find((c) => c.id === cohortId);
  if (!cohorts || standup === undefined || !lookups) return <p className="muted">Loading…</p>;
  if (!cohort)
    return (
      <>
        <PageHeader title="Cohort not found" />
        <Link href="/standups">Back to standups</Link>
      </>
    );
  return (
    <StandupForm
      key={`${cohortId}-${date}-${standup ? 'saved' : 'new'}`}
      cohort={cohort}
      date={date}
      saved={standup}
      lookups={lookups}
    />
  );
}

function StandupForm({
  cohort,
  date,
  saved,
  lookups,
}: {
  cohort: Cohort;
  date: string;
  saved: Standup | null;
  lookups: CoachingLookups;
}) {
  const [, navigate] = useLocation();
  // The standup as the form opened it: saving checks it against changes made elsewhere (another window) since.
  const [opened] = useState(saved);
  const [rows, setRows] = useState<StandupRow[]>(() => rowsForCohort(cohort, saved?.rows ?? []));
  const [error, setError] = useState('');
  const [dateText, setDateText] = useState(date);
  const setRow = (i: number, p: Partial<StandupRow>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...p } : r)));
  const followUps = saved ? followUpsOf(saved, lookups.caseworkerName) : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await standupRepository.save({ cohortId: cohort.id, date, rows }, opened);
      const count = followUpsOf(result, lookups.caseworkerName).length;
      setError('');
      showToast({
        message: `Standup of ${formatDay(date)} saved${count > 0 ? `; ${String(count)} follow-up${count === 1 ? '' : 's'} added to your list` : ''}.`,
      });
    } catch (e) {
      setError(Object.values(fieldErrors(e)).join(' '));
    }
  }

  return (
    <>
      <PageHeader
        title={`Standup of ${cohort.name}`}
        description="Ask each member the three questions. When someone did not use the tool yesterday, ask why: it goes on your follow-up list."
        actions={
          <Link href={`/standups/${cohort.id}`} className="btn">
            History
          </Link>
        }
      />
      <CoachingTabs />
      <div className="row" style={{ alignItems: 'flex-end', marginBottom: 16 }}>
        <TextField
          label="Standup date"
          type="date"
          value={dateText}
          onChange={(e) => {
            setDateText(e.target.value);
            if (isCalendarDate(e.target.value)) navigate(`/standups/${cohort.id}/${e.target.value}`);
          }}
        />
        <span className="muted small">{saved ? 'Recorded; changes update it.' : 'Not recorded yet.'}</span>
      </div>
      {followUps.length > 0 && (
        <section className="card" aria-labelledby="standup-followups" style={{ marginBottom: 16 }}>
          <h2 id="standup-followups">Follow-ups from this standup</h2>
          <ul className="due-list">
            {followUps.map((f) => (
              <li key={f.caseworkerId}>
                <MessageCircleQuestion size={18} className="due-soon-icon" aria-hidden="true" />
                <strong>{f.prompt}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form
        className="card form"
        onSubmit={(e) => runAction('save the standup', () => submit(e))}
        aria-label={`Standup of ${cohort.name} on ${formatDay(date)}`}
      >
        {error && <Notice tone="danger">{error}</Notice>}
        {rows.length === 0 && <p className="muted">This cohort has no members yet.</p>}
        {rows.map((r, i) => {
          const name = lookups.caseworkerName(r.caseworkerId);
          return (
            <div className="standup-row" key={r.caseworkerId} role="group" aria-label={name}>
              <div className="who">
                <strong>{name}</strong>
                <CheckboxField
                  label={`${name} is absent`}
                  checked={r.absent}
                  onChange={(e) => setRow(i, { absent: e.target.checked })}
                />
                {!r.absent && (
                  <fieldset className="tool-answer">
                    <legend>Used the tool yesterday?</legend>
                    {(
                      [
                        ['yes', true],
                        ['no', false],
                      ] as const
                    ).map(([label, value]) => (
                      <label key={label} className="checkbox">
                        <input
                          type="radio"
                          name={`tool-${r.caseworkerId}`}
                          checked={r.usedToolYesterday === value}
                          onChange={() => setRow(i, { usedToolYesterday: value })}
                          aria-label={`${name} used the tool yesterday: ${label}`}
                        />
                        {label === 'yes' ? 'Yes' : 'No'}
                      </label>
                    ))}
                  </fieldset>
                )}
                {!r.absent && r.usedToolYesterday === false && (
                  <span className="small">
                    <MessageCircleQuestion size={14} aria-hidden="true" /> Ask: why didn&apos;t you use the
                    tool yesterday?
                  </span>
                )}
              </div>
              {!r.absent && (
                <>
                  <TextAreaField
                    label={`What ${name} tried and learned yesterday`}
                    rows={2}
                    value={r.triedAndLearned}
                    onChange={(e) => setRow(i, { triedAndLearned: e.target.value })}
                  />
                  <TextAreaField
                    label="Problems met, and how they were overcome"
                    rows={2}
                    value={r.problems}
                    onChange={(e) => setRow(i, { problems: e.target.value })}
                  />
                  <TextAreaField
                    label="What they will try today"
                    rows={2}
                    value={r.tryToday}
                    onChange={(e) => setRow(i, { tryToday: e.target.value })}
                  />
                </>
              )}
            </div>
          );
        })}
        <div className="form-footer">
          <Link href="/standups" className="btn">
            Back
          </Link>
          <button type="submit" className="btn btn-primary">
            Save standup
          </button>
        </div>
      </form>
    </>
  );
}
