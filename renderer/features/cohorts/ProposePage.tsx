// Proposing cohorts: the builder's proposal with a reason for every placement. With no saved cohorts it can be saved
// whole; otherwise it shows, cohort by cohort, what would change, and the user applies each change on purpose. The
// cards are drawn a page at a time (an agency's proposal has hundreds of cohorts); saving or applying never depends
// on what is drawn.
import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { Check, Plus } from 'lucide-react';
import type { CohortProposal, ProposedCohort } from '../../domain/cohorts/buildCohorts';
import { diffProposal, type CohortChange } from '../../domain/cohorts/proposalDiff';
import { Badge } from '../../ui/Badge';
import { Notice } from '../../ui/Notice';
import { showToast } from '../../ui/toast';
import { waveTitle } from '../../domain/cohorts/waveTitle';
import { useProposal, type CohortModel } from './useCohortModel';
import { KeptFiguresNotice } from '../../ui/KeptFiguresNotice';
import { cohortRepository } from '../../data/cohortRepository';
import { runAction } from '../../ui/runAction';
import { usePaged } from '../../ui/usePaged';
import { ShowMore } from '../../ui/ShowMore';

/** Cohort cards drawn at first and added by each "Show more". */
const PAGE = 25;

export function ProposePage({ model }: { model: CohortModel }) {
  // Everyone's latest stance is read for the builder here only, not on the board.
  const shown = useProposal(model);
  return shown ? (
    <Proposal model={model} proposal={shown.proposal} outdatedSince={shown.outdatedSince} />
  ) : (
    // Worked out from everyone's latest answer (seconds at agency scale when no answer view is kept): said, not blank.
    <p className="muted" aria-busy="true">
      Placing everyone by their latest survey answers…
    </p>
  );
}

function Proposal({
  model,
  proposal,
  outdatedSince,
}: {
  model: CohortModel;
  proposal: CohortProposal;
  /** When the stances it places people by were worked out, while they are worked out again. */
  outdatedSince: string | null;
}) {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const rollout = model.rollout;
  const changes = useMemo(
    () => diffProposal(model.cohorts, proposal.cohorts),
    [model.cohorts, proposal.cohorts],
  );
  const shown = usePaged(proposal.cohorts, PAGE, 'proposal');

  async function saveAll() {
    if (!rollout) return;
    setBusy(true);
    try {
      const saved = await cohortRepository.saveProposal(rollout.id, proposal.cohorts);
      showToast({ message: `${saved.length} cohorts saved.` });
      navigate('/');
    } catch (error) {
      showToast({ message: `Could not save the cohorts: ${(error as Error).message}`, tone: 'danger' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      {outdatedSince && (
        // Placed by the stances kept before the change; saving waits for the new ones.
        <KeptFiguresNotice
          since={outdatedSince}
          what="stances"
          changed="The answers or the roster have changed since."
        />
      )}
      {proposal.notes.length > 0 && (
        <Notice tone="info" title="About this proposal">
          <ul className="plain-list">
            {proposal.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Notice>
      )}
      <p className="muted small">
        Rules: same role only; whole units kept together; a unit larger than {model.settings.cohortSize} is
        split into balanced cohorts; small units of the same role are{' '}
        {model.settings.combineSmallUnits ? 'combined up to the size' : 'not combined (see Settings)'}.
        Stances come from each person&apos;s latest survey answer.
      </p>
      {model.cohorts.length === 0 ? (
        <>
          {proposal.cohorts.length > 0 && rollout && (
            <div className="row">
              <button
                data-write
                type="button"
                className="btn btn-primary"
                disabled={busy || outdatedSince !== null}
                onClick={() => runAction('save the cohorts', () => saveAll())}
              >
                <Check size={16} aria-hidden="true" /> Save these {proposal.cohorts.length} cohorts
              </button>
              <span className="small muted">You can move people and pick head coaches after saving.</span>
            </div>
          )}
          {shown.rows.map((c) => (
            <ProposedCard key={c.key} cohort={c} model={model} />
          ))}
          <ShowMore page={shown} onMore={shown.showMore} ofRemaining />
        </>
      ) : (
        <Changes model={model} changes={changes} outdated={outdatedSince !== null} />
      )}
    </div>
  );
}

function ProposedCard({ cohort, model }: { cohort: ProposedCohort; model: CohortModel }) {
  const titleId = `proposed-${cohort.key}`;
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card-title">
        <div>
          <h2 id={titleId}>{cohort.name}</h2>
          <div className="small muted">{cohort.placement}</div>
        </div>
        <Badge>{cohort.members.length} people</Badge>
      </div>
      {cohort.assistantNote && <Notice tone="warning">{cohort.assistantNote}</Notice>}
      <MemberTable cohort={cohort} model={model} />
    </section>
  );
}

function MemberTable({ cohort, model }: { cohort: ProposedCohort; model: CohortModel }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Proposed members of {cohort.name}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Unit</th>
            <th scope="col">Wave</th>
            <th scope="col">Why here</th>
          </tr>
        </thead>
        <tbody>
          {cohort.members.map((m) => {
            const p = model.person(m.caseworkerId);
            return (
              <tr key={m.caseworkerId}>
                <td>
                  {p?.name}
                  {m.caseworkerId === cohort.assistantCoachId && (
                    <>
                      {' '}
                      <Badge tone="accent">Assistant coach</Badge>
                    </>
                  )}
                </td>
                <td>{model.unitName(p?.unitId ?? null)}</td>
                <td>{waveTitle[m.wave]}</td>
                <td>{m.reason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Changes({
  model,
  changes,
  outdated,
}: {
  model: CohortModel;
  changes: CohortChange[];
  /** The stances are being worked out again: nothing is applied until they are. */
  outdated: boolean;
}) {
  const name = (id: string | null) => (id ? (model.person(id)?.name ?? 'someone') : 'none');
  const unchanged = changes.filter((c) => c.kind === 'unchanged');
  const pending = changes.filter((c) => c.kind !== 'unchanged');
  const shown = usePaged(pending, PAGE, 'changes');
  const rollout = model.rollout;

  async function apply(change: CohortChange) {
    try {
      if (change.kind === 'update') {
        await cohortRepository.applyProposed(change.cohortId, change.proposed);
        showToast({ message: `${change.name} updated from the proposal.` });
      } else if (change.kind === 'new' && rollout) {
        await cohortRepository.addProposed(rollout.id, change.proposed);
        showToast({ message: `${change.proposed.name} added.` });
      }
    } catch (error) {
      showToast({ message: `Could not apply the change: ${(error as Error).message}`, tone: 'danger' });
    }
  }

  return (
    <>
      <Notice
        tone={pending.some((c) => c.kind !== 'not-proposed') ? 'warning' : 'success'}
        title="Compared with your saved cohorts"
      >
        {pending.filter((c) => c.kind !== 'not-proposed').length === 0
          ? 'The proposal matches your saved cohorts: nothing to apply.'
          : 'Proposing again never overwrites your cohorts. Review each change below and apply the ones you want.'}
      </Notice>
      {shown.rows.map((change) => {
        if (change.kind === 'update') {
          const titleId = `change-${change.cohortId}`;
          return (
            <section key={change.cohortId} className="card" aria-labelledby={titleId}>
              <div className="card-title">
                <h2 id={titleId}>{change.name}</h2>
                {change.manuallyEdited && <Badge tone="warning">Edited by hand</Badge>}
              </div>
              <ul className="change-list">
                {change.added.map((id) => (
                  <li key={`a${id}`}>
                    <Badge tone="success">Joins</Badge> {name(id)} —{' '}
                    {change.proposed.members.find((m) => m.caseworkerId === id)?.reason}
                  </li>
                ))}
                {change.removed.map((id) => (
                  <li key={`r${id}`}>
                    <Badge tone="danger">Leaves</Badge> {name(id)}
                  </li>
                ))}
                {change.waveChanges.map((w) => (
                  <li key={`w${w.caseworkerId}`}>
                    <Badge>
                      Wave {w.from} → {w.to}
                    </Badge>{' '}
                    {name(w.caseworkerId)} —{' '}
                    {change.proposed.members.find((m) => m.caseworkerId === w.caseworkerId)?.reason}
                  </li>
                ))}
                {change.assistant && (
                  <li>
                    <Badge tone="accent">Assistant coach</Badge> {name(change.assistant.from)} →{' '}
                    {name(change.assistant.to)}
                  </li>
                )}
              </ul>
              {change.manuallyEdited && (
                <Notice tone="warning">
                  You changed this cohort by hand. Applying the proposal replaces its members and waves; its
                  name, head coach and notes stay.
                </Notice>
              )}
              <div className="row">
                <button
                  data-write
                  type="button"
                  className="btn btn-primary"
                  disabled={outdated}
                  onClick={() => runAction('apply the change', () => apply(change))}
                >
                  <Check size={16} aria-hidden="true" /> Apply to {change.name}
                </button>
              </div>
            </section>
          );
        }
        if (change.kind === 'new') {
          const titleId = `new-${change.proposed.key}`;
          return (
            <section key={change.proposed.key} className="card" aria-labelledby={titleId}>
              <div className="card-title">
                <h2 id={titleId}>New: {change.proposed.name}</h2>
                <Badge tone="success">New cohort</Badge>
              </div>
              <p className="small muted">{change.proposed.placement}</p>
              <MemberTable cohort={change.proposed} model={model} />
              <div className="row">
                <button
                  data-write
                  type="button"
                  className="btn btn-primary"
                  disabled={outdated}
                  onClick={() => runAction('apply the change', () => apply(change))}
                >
                  <Plus size={16} aria-hidden="true" /> Add {change.proposed.name}
                </button>
              </div>
            </section>
          );
        }
        return (
          <section key={change.cohortId} className="card" aria-label={`${change.name}: not in the proposal`}>
            <p>
              <strong>{change.name}</strong> has no match in the new proposal. It stays as it is; move its
              people or delete it if it is no longer needed.
            </p>
          </section>
        );
      })}
      <ShowMore page={shown} onMore={shown.showMore} ofRemaining />
      {unchanged.length > 0 && (
        <p className="small muted">
          Unchanged: {unchanged.map((c) => (c.kind === 'unchanged' ? c.name : '')).join(', ')}.
        </p>
      )}
    </>
  );
}
