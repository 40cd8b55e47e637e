// Every caseworker with their latest stance in the current rollout: readiness, adopter label, ADKAR barrier and when they
// last answered, with search and filters. Each name leads to the person's full results.
import { useSettings } from '../settings/useSettings';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { adkarLabel } from '../../domain/survey/adkar';
import { adopterLabel } from '../../domain/survey/adopterCategories';
import { foldText } from '../../domain/csv/foldText';
import { SelectField, TextField } from '../../ui/Field';
import { SortHeader, type SortState } from '../../ui/SortHeader';
import { StanceBadge } from '../../ui/StanceBadge';
import { SurveyFrame } from './SurveyFrame';
import { thresholdsInWords } from './surveyFormat';
import { formatDay } from '../../domain/format/format';
import { WhatIsThis } from '../../ui/WhatIsThis';
import { ShowMore } from '../../ui/ShowMore';
import { usePaged } from '../../ui/usePaged';
import { KeptFiguresNotice } from '../../ui/KeptFiguresNotice';
import type { PersonResult } from '../../domain/survey/peopleView';
import { usePeopleView } from './usePeopleView';

type SortKey = 'name' | 'unit' | 'readiness' | 'answered';
const PAGE = 200;

export function PeoplePage() {
  // The rows kept at the last visit when nothing was written since; otherwise worked out from every answer.
  const shown = usePeopleView(useSettings());
  const [text, setText] = useState('');
  const [unitId, setUnitId] = useState('');
  const [stance, setStance] = useState('');
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'readiness', dir: 'desc' });

  const view = shown?.view;
  const rows = view?.rows;
  const visible = useMemo(() => {
    const q = foldText(text.trim());
    const filtered = (rows ?? []).filter(
      (r) =>
        (q === '' || foldText(`${r.name} ${r.unit} ${r.role}`).includes(q)) &&
        (unitId === '' || (unitId === 'none' ? r.unitId === null : r.unitId === unitId)) &&
        (stance === '' || (stance === 'not-surveyed' ? !r.latest : r.latest?.stance === stance)),
    );
    const dir = sort.dir === 'asc' ? 1 : -1;
    const by: Record<SortKey, (a: PersonResult, b: PersonResult) => number> = {
      name: (a, b) => a.name.localeCompare(b.name),
      unit: (a, b) => a.unit.localeCompare(b.unit),
      readiness: (a, b) => (a.latest?.readiness ?? -1) - (b.latest?.readiness ?? -1),
      answered: (a, b) => (a.latest?.answeredOn ?? '').localeCompare(b.latest?.answeredOn ?? ''),
    };
    return [...filtered].sort((a, b) => dir * by[sort.key](a, b) || a.name.localeCompare(b.name));
  }, [rows, text, unitId, stance, sort]);
  // An agency of thousands stays quick: rows are shown a page at a time, from the top again when the filters change.
  const page = usePaged(visible, PAGE, [text, unitId, stance, sort.key, sort.dir].join('|'));

  const header = (label: string, key: SortKey, numeric = false) => (
    <SortHeader label={label} sortKey={key} sort={sort} numeric={numeric} onSort={setSort} />
  );

  return (
    <SurveyFrame
      title="Survey results by person"
      description="Each caseworker’s latest stance in the current rollout, with the readiness score behind it. Open a name to see why."
    >
      {!view && (
        <p className="muted" role="status" aria-busy="true">
          Loading the survey results…
        </p>
      )}
      {shown?.outdatedSince && (
        // Shown while the rows are worked out again: what they were, said so, not a blank page.
        <KeptFiguresNotice
          since={shown.outdatedSince}
          what="results"
          changed="The answers, the rounds or the roster have changed since."
        />
      )}
      {view && rows && (
        <>
          <div className="toolbar" role="search" aria-label="Filter people">
            <TextField
              className="grow"
              label="Search"
              type="search"
              placeholder="Name, unit or role"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <SelectField
              label="Unit"
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
              options={[
                { value: '', label: 'All units' },
                ...view.units.map((u) => ({ value: u.id, label: u.name })),
                { value: 'none', label: 'No unit' },
              ]}
            />
            <SelectField
              label="Stance"
              value={stance}
              onChange={(e) => setStance(e.target.value)}
              options={[
                { value: '', label: 'Every stance' },
                { value: 'cheerleader', label: 'Cheerleaders' },
                { value: 'fence-sitter', label: 'Fence-sitters' },
                { value: 'heckler', label: 'Hecklers' },
                { value: 'not-surveyed', label: 'Not yet surveyed' },
              ]}
            />
          </div>
          <div className="table-wrap">
            <table className="table">
              <caption>
                Showing {page.shown} of {visible.length} caseworkers
                {visible.length < rows.length ? ` matching the filters (${String(rows.length)} in all)` : ''},
                active and on leave. Readiness runs from 0 to 100: the weighted average of the scored answers
                of the latest response. {thresholdsInWords(view.thresholds)}
              </caption>
              <thead>
                <tr>
                  {header('Name', 'name')}
                  {header('Unit and role', 'unit')}
                  <th scope="col">Stance</th>
                  {header('Readiness', 'readiness', true)}
                  <th
                    scope="col"
                    title="Rogers adopter category, by readiness rank among the people surveyed"
                  >
                    Adopter category <WhatIsThis term="rogers" />
                  </th>
                  <th scope="col" title="The first ADKAR element, in order, the person rated 3 or lower">
                    ADKAR barrier <WhatIsThis term="adkar" />
                  </th>
                  {header('Last answered', 'answered')}
                </tr>
              </thead>
              <tbody>
                {page.rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link href={`/people/${r.id}`}>{r.name}</Link>
                    </td>
                    <td>
                      {r.unit}
                      {r.role && <div className="small muted">{r.role}</div>}
                    </td>
                    <td>
                      <StanceBadge stance={r.latest?.stance} />
                    </td>
                    <td
                      className="num"
                      title={r.latest ? `Readiness ${String(r.latest.readiness)} of 100` : 'No answers yet'}
                    >
                      {r.latest?.readiness !== undefined && r.latest.readiness !== null
                        ? Math.round(r.latest.readiness)
                        : '—'}
                    </td>
                    <td>{r.adopter ? adopterLabel[r.adopter] : <span className="muted">—</span>}</td>
                    <td>
                      {r.latest ? (
                        r.latest.adkarBarrier ? (
                          <span title={adkarLabel[r.latest.adkarBarrier]}>
                            {capitalize(r.latest.adkarBarrier)}
                          </span>
                        ) : (
                          <span
                            className="muted"
                            title="Every ADKAR element rated was 4 or 5, or none was rated"
                          >
                            None
                          </span>
                        )
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td>
                      {r.latest ? (
                        <>
                          {formatDay(r.latest.answeredOn)}
                          <div className="small muted">
                            {r.latest.roundName}
                            {r.answers > 1 ? ` (${String(r.answers)} rounds)` : ''}
                          </div>
                        </>
                      ) : (
                        <span className="muted">Not yet</span>
                      )}
                    </td>
                  </tr>
                ))}
                {visible.length === 0 && (
                  <tr>
                    <td colSpan={7} className="muted">
                      Nobody matches these filters.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          <ShowMore page={page} onMore={page.showMore} ofRemaining />
        </>
      )}
    </SurveyFrame>
  );
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
