// The coaching log: every entry, newest first, filtered by kind, caseworker, coach, focus skill and words in the notes.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { Plus, Wrench } from 'lucide-react';
import { coachingKinds } from '../../domain/model';
import { coachingKindLabel, renegadeLabel } from '../../domain/coaching/coachingLabels';
import { missingParts } from '../../domain/coaching/rideAlongs';
import { focusSkillChoices, noEntryFilters, type EntryFilters } from '../../domain/coaching/entryListQuery';
import { caseworkerChoices, coachChoices } from '../../domain/roster/pickerOptions';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField, TextField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { CoachingTabs } from './CoachingTabs';
import { useCoachingLookups, useEntryList } from './useCoaching';
import { useSettings } from '../settings/useSettings';
import { DayText } from '../../ui/DayText';
import { ShowMore } from '../../ui/ShowMore';
import { pageState, usePageLimit } from '../../ui/usePaged';

const PAGE = 50;

export function EntriesPage() {
  const lookups = useCoachingLookups();
  const settings = useSettings();
  const [filters, setFilters] = useState<EntryFilters>(noEntryFilters);
  const setValue = (key: keyof EntryFilters, value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const set = (key: keyof EntryFilters) => (e: { target: { value: string } }) =>
    setValue(key, e.target.value);
  const people = useMemo(
    () => (lookups ? caseworkerChoices(lookups.caseworkers, lookups.units, [filters.caseworkerId]) : []),
    [lookups, filters.caseworkerId],
  );
  const coaches = useMemo(() => (lookups ? coachChoices(lookups.coaches) : []), [lookups]);
  // Only the page shown is read when nothing is filtered; other filters start again at the top.
  const { limit, showMore } = usePageLimit(PAGE, filters);
  const list = useEntryList(filters, limit, lookups?.caseworkerName);
  const page = pageState(list?.matching ?? 0, limit, PAGE);
  const focusSkills = useMemo(
    () => focusSkillChoices(settings?.focusSkills ?? [], list?.read ?? [], filters.focus),
    [settings, list?.read, filters.focus],
  );

  return (
    <>
      <PageHeader
        title="Coaching"
        description="Observations, ride-alongs, modelling visits, one-to-ones and case reviews: coaching picks up where training leaves off."
        actions={
          <Link data-write href="/entries/new" className="btn btn-primary">
            <Plus size={16} aria-hidden="true" /> New entry
          </Link>
        }
      />
      <CoachingTabs />
      {list && list.total === 0 ? (
        <div className="card">
          <EmptyState
            title="No coaching entries yet"
            action={
              <Link data-write href="/entries/new" className="btn btn-primary">
                Record the first entry
              </Link>
            }
          >
            Record an observation or a ride-along after your next visit with a caseworker.
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="toolbar" role="search" aria-label="Filter the coaching log">
            <TextField
              className="grow"
              label="Search"
              type="search"
              placeholder="Name, focus skill or words in the notes"
              value={filters.text}
              onChange={set('text')}
            />
            <SelectField
              label="Kind"
              value={filters.kind}
              onChange={set('kind')}
              options={[
                { value: '', label: 'All kinds' },
                ...coachingKinds.map((k) => ({ value: k, label: coachingKindLabel[k] })),
              ]}
            />
            <ComboBoxField
              label="Caseworker"
              options={people}
              value={filters.caseworkerId}
              onChange={(id) => setValue('caseworkerId', id)}
              placeholder="Everyone"
            />
            <ComboBoxField
              label="Coach"
              options={coaches}
              value={filters.coachId}
              onChange={(id) => setValue('coachId', id)}
              placeholder="All coaches"
            />
            <SelectField
              label="Focus skill"
              value={filters.focus}
              onChange={set('focus')}
              options={[
                { value: '', label: 'Any focus' },
                ...focusSkills.map((f) => ({ value: f, label: f })),
              ]}
            />
          </div>
          <div className="table-wrap">
            <table className="table">
              <caption>
                Showing {page.shown} of {page.total} matching entries ({list?.total ?? 0} in all).
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Caseworker</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Coach</th>
                  <th scope="col">Focus skill</th>
                  <th scope="col" className="num">
                    Average rating
                  </th>
                  <th scope="col">Flags</th>
                </tr>
              </thead>
              <tbody>
                {(list?.rows ?? []).map((e) => {
                  const ratings = Object.values(e.ratings);
                  const avg = ratings.length ? ratings.reduce((s, r) => s + r, 0) / ratings.length : null;
                  const missing =
                    e.kind === 'ride-along' ? missingParts(e).filter((p) => p !== 'observation') : [];
                  return (
                    <tr key={e.id}>
                      <td className="nowrap">
                        <Link href={`/entries/${e.id}`}>
                          <DayText day={e.date} />
                        </Link>
                      </td>
                      <td>
                        <Link href={`~/caseworkers/${e.caseworkerId}`}>
                          {lookups?.caseworkerName(e.caseworkerId)}
                        </Link>
                      </td>
                      <td>{coachingKindLabel[e.kind]}</td>
                      <td>{lookups?.coachName(e.coachId)}</td>
                      <td>{e.focusSkill || <span className="muted">None</span>}</td>
                      <td className="num" title="Mean of the rubric ratings, 1 (beginning) to 4 (exemplary)">
                        {avg === null ? '—' : avg.toFixed(1)}
                      </td>
                      <td>
                        <div className="badge-row">
                          {e.toolUsed && (
                            <Badge tone="success">
                              <Wrench size={12} aria-hidden="true" /> Tool used
                            </Badge>
                          )}
                          {e.renegade && <Badge tone="warning">{renegadeLabel[e.renegade]}</Badge>}
                          {missing.length > 0 && <Badge tone="danger">No {missing.join(' or ')}</Badge>}
                        </div>
                      </td>
                    </tr>
                  );
                })}
                {list?.matching === 0 && (
                  <tr>
                    <td colSpan={7} className="muted">
                      No entry matches these filters.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          <ShowMore page={page} onMore={showMore} />
        </>
      )}
    </>
  );
}
