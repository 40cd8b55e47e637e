// Every gap with its caseworker, expectation, type and status; filters by unit, type and status; unfinished diagnoses.
import { useMemo, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { Plus } from 'lucide-react';
import { gapClassifications, gapStatuses } from '../../domain/model';
import { classificationLabel, isActiveStatus, statusLabel } from '../../domain/gaps/gapLabels';
import { draftProgress, parseWizardDraft } from '../../domain/gaps/wizardDraft';
import { localDateOf } from '../../domain/localDate';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { GapStatusBadge, GapTypeBadge } from './GapBadges';
import { GapsTabs } from './GapsTabs';
import { useGapList } from './useGaps';
import { ShowMore } from '../../ui/ShowMore';
import { usePaged } from '../../ui/usePaged';
import { DayText } from '../../ui/DayText';

const PAGE = 100;

export function GapListPage() {
  // Gaps and who they belong to only: no measures or coaching entries are read for the list.
  const ws = useGapList();
  // A link from the dashboard brings its unit filter along (?unit=...).
  const search = useSearch();
  const [unitId, setUnitId] = useState(() => new URLSearchParams(search).get('unit') ?? '');
  const [type, setType] = useState('');
  const [status, setStatus] = useState('active');
  const visible = useMemo(() => {
    if (!ws) return [];
    return ws.gaps.filter((g) => {
      const c = ws.caseworker(g.caseworkerId);
      if (!c) return false;
      if (unitId && c.unitId !== unitId) return false;
      if (type && g.classification !== type) return false;
      if (status === 'active' && !isActiveStatus(g.status)) return false;
      if (status !== 'active' && status !== '' && g.status !== status) return false;
      return true;
    });
  }, [ws, unitId, type, status]);
  // A page at a time: only the rows drawn open their sealed expectation and remedies.
  const page = usePaged(visible, PAGE, [unitId, type, status].join('|'));
  const drafts = (ws?.drafts ?? []).flatMap((d) => {
    const p = parseWizardDraft(d.payload);
    return p ? [{ draft: p, key: d.key, savedOn: localDateOf(new Date(d.updatedAt)) }] : [];
  });

  return (
    <>
      <PageHeader
        title="Gaps"
        description="Knowledge or execution? Each gap names what is expected of a caseworker, what you see, the diagnosis and the remedies."
        actions={
          <Link data-write href="/new" className="btn btn-primary">
            <Plus size={16} aria-hidden="true" /> Diagnose a gap
          </Link>
        }
      />
      <GapsTabs />
      {drafts.length > 0 && ws && (
        <section className="card" aria-labelledby="drafts-title">
          <h2 id="drafts-title" className="card-title">
            Unfinished diagnoses
          </h2>
          <ul className="draft-list">
            {drafts.map(({ draft, key, savedOn }) => {
              const name = ws.caseworker(draft.caseworkerId)?.name ?? 'A caseworker';
              return (
                <li key={key}>
                  <span>
                    <strong>{name}</strong> · {draft.expectation || 'no expectation yet'}{' '}
                    <span className="muted small">
                      ({draftProgress(draft)} answered, saved <DayText day={savedOn} />)
                    </span>
                  </span>
                  <Link
                    href={draft.gapId ? `/${draft.gapId}/diagnose` : `/new/${draft.caseworkerId}`}
                    className="btn btn-small"
                    aria-label={`Resume the diagnosis for ${name}`}
                  >
                    Resume
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {ws && ws.gaps.length === 0 ? (
        <div className="card">
          <EmptyState
            title="No gaps yet"
            action={
              <Link data-write href="/new" className="btn btn-primary">
                Diagnose a gap
              </Link>
            }
          >
            When a caseworker falls short of an expectation, walk through the diagnosis to find out why and
            what will help.
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="toolbar" role="search" aria-label="Filter the gaps">
            <SelectField
              label="Unit"
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
              options={[
                { value: '', label: 'All units' },
                ...(ws?.units ?? []).map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
            <SelectField
              label="Type"
              value={type}
              onChange={(e) => setType(e.target.value)}
              options={[
                { value: '', label: 'All types' },
                ...gapClassifications.map((c) => ({ value: c, label: classificationLabel[c] })),
              ]}
            />
            <SelectField
              label="Status"
              value={status}
              onChange={(e) => setStatus(e.target.value)}
              options={[
                { value: 'active', label: 'Open and in progress' },
                ...gapStatuses.map((s) => ({ value: s, label: statusLabel[s] })),
                { value: '', label: 'All' },
              ]}
            />
          </div>
          <p className="muted small" role="status">
            Showing {visible.length} of {ws?.gaps.length ?? 0} gaps.
            {page.remaining > 0 && ` The first ${page.shown} are listed.`}
          </p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Gaps</caption>
              <thead>
                <tr>
                  <th scope="col">Caseworker</th>
                  <th scope="col">Expectation</th>
                  <th scope="col">Type</th>
                  <th scope="col">Status</th>
                  <th scope="col">Opened</th>
                  <th scope="col">Remedies</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((g) => {
                  const c = ws?.caseworker(g.caseworkerId);
                  return (
                    <tr key={g.id}>
                      <td>
                        <Link href={`/${g.id}`}>{c?.name ?? 'Unknown'}</Link>
                        <div className="small muted">{ws?.unitName(c?.unitId ?? null)}</div>
                      </td>
                      <td>{g.expectation}</td>
                      <td>
                        <GapTypeBadge classification={g.classification} />
                      </td>
                      <td>
                        <GapStatusBadge status={g.status} />
                      </td>
                      <td>
                        <DayText day={g.openedOn} />
                      </td>
                      <td className="small">{g.remedies.join('; ') || '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <ShowMore page={page} onMore={page.showMore} />
        </>
      )}
    </>
  );
}
