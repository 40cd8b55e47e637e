// Every caseworker with their latest stance in the current rollout: readiness, adopter label, ADKAR barrier and when they
// last answered, with search and filters. Each name leads to the person's full results.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { adkarLabel } from '../../domain/survey/adkar';
import { adopterLabel } from '../../domain/survey/adopterCategories';
import { foldText } from '../../domain/csv/foldText';
import { countsInResults } from '../../domain/survey/stanceMix';
import { SelectField, TextField } from '../../ui/Field';
import { SortHeader, type SortState } from '../../ui/SortHeader';
import { StanceBadge } from '../../ui/StanceBadge';
import { SurveyFrame } from './SurveyFrame';
import { thresholdsInWords } from './surveyFormat';
import { formatDay } from '../../domain/format/format';
import { useSurveyResults, type SurveyResults } from './useSurveys';
import { useWorkedOutInSlices, type WorkedOut } from '../../ui/runInSlices';
import { readInSteps, type Steps } from '../../domain/steps';
import type { Caseworker } from '../../domain/model';
import type { ScoredResponse } from '../../domain/survey/surveyResults';
import type { AdopterCategory } from '../../domain/survey/adopterCategories';
import { WhatIsThis } from '../../ui/WhatIsThis';
import { ShowMore } from '../../ui/ShowMore';
import { usePaged } from '../../ui/usePaged';

type SortKey = 'name' | 'unit' | 'readiness' | 'answered';
const PAGE = 200;

export function PeoplePage() {
  const results = useSurveyResults();
  const [text, setText] = useState('');
  const [unitId, setUnitId] = useState('');
  const [stance, setStance] = useState('');
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'readiness', dir: 'desc' });

  const rows = usePeopleRows(results);
  const visible = useMemo(() => {
    const q = foldText(text.trim());
    const filtered = (rows ?? []).filter(
      (r) =>
        (q === '' || foldText(`${r.caseworker.name} ${r.unit} ${r.caseworker.role}`).includes(q)) &&
        (unitId === '' ||
          (unitId === 'none' ? r.caseworker.unitId === null : r.caseworker.unitId === unitId)) &&
        (stance === '' || (stance === 'not-surveyed' ? !r.latest : r.latest?.stance === stance)),
    );
    const dir = sort.dir === 'asc' ? 1 : -1;
    const by: Record<SortKey, (a: PersonRow, b: PersonRow) => number> = {
      name: (a, b) => a.caseworker.name.localeCompare(b.caseworker.name),
      unit: (a, b) => a.unit.localeCompare(b.unit),
      readiness: (a, b) => (a.latest?.readiness ?? -1) - (b.latest?.readiness ?? -1),
      answered: (a, b) => (a.latest?.answeredOn ?? '').localeCompare(b.latest?.answeredOn ?? ''),
    };
    return [...filtered].sort(
      (a, b) => dir * by[sort.key](a, b) || a.caseworker.name.localeCompare(b.caseworker.name),
    );
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
      {!(results && rows) && (
        <p className="muted" role="status" aria-busy="true">
          Loading the survey results…
        </p>
      )}
      {results && rows && (
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
                ...results.units.map((u) => ({ value: u.id, label: u.name })),
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
                of the latest response. {thresholdsInWords(results.thresholds)}
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
                  <tr key={r.caseworker.id}>
                    <td>
                      <Link href={`/people/${r.caseworker.id}`}>{r.caseworker.name}</Link>
                    </td>
                    <td>
                      {r.unit}
                      {r.caseworker.role && <div className="small muted">{r.caseworker.role}</div>}
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
                            {r.roundName}
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

interface PersonRow {
  caseworker: Caseworker;
  unit: string;
  latest: ScoredResponse | undefined;
  roundName: string;
  answers: number;
  adopter: AdopterCategory | undefined;
}

const peopleRows: WorkedOut<SurveyResults, PersonRow[]> = new WeakMap();

/** One row per person counted in the results, with their latest answer and how many rounds they answered. */
function* peopleRowsInSteps(results: SurveyResults): Steps<PersonRow[]> {
  const people = results.caseworkers.filter(countsInResults);
  // Their names are sealed and the list sorts by them (a tie on readiness goes by name): opened in bulk, a slice at
  // a time, first. Opened one by one inside the sort, 5,000 names made a render of 250-330 ms at agency scale.
  yield* readInSteps(people, (c) => c.name);
  const roundName = new Map(results.rounds.map((r) => [r.id, r.name]));
  const counts = new Map<string, number>();
  for (const s of results.scored) counts.set(s.caseworkerId, (counts.get(s.caseworkerId) ?? 0) + 1);
  return people.map((c) => {
    const latest = results.latest.get(c.id);
    return {
      caseworker: c,
      unit: results.unitName(c.unitId),
      latest,
      roundName: latest ? (roundName.get(latest.roundId) ?? '') : '',
      answers: counts.get(c.id) ?? 0,
      adopter: results.adopters.get(c.id),
    };
  });
}

/** The rows of the results shown (undefined while they are worked out, then those of the results before). */
const usePeopleRows = (results: SurveyResults | undefined): PersonRow[] | undefined =>
  useWorkedOutInSlices(results, '', peopleRowsInSteps, peopleRows);
