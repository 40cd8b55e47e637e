// The supervisor's Today: quick actions, today's planned standups and visits, what is due today or overdue (yours
// first, then your unit's), standup follow-ups to mark handled, ride-alongs missing a part, and standups missed.
import { Link } from 'wouter';
import { CalendarPlus, Check, ClipboardPlus, Users } from 'lucide-react';
import { dueStatusLabel, ownerLabel, type DueItem } from '../../domain/coaching/dueList';
import type { DueGroups, OpenFollowUp } from '../../domain/home/buildToday';
import { standupRepository } from '../../data/standupRepository';
import { nowIso } from '../../clock';
import { Badge } from '../../ui/Badge';
import { DayText } from '../../ui/DayText';
import { formatDayShort } from '../../domain/format/format';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';
import { useToday } from '../../ui/useToday';
import { occurrenceHref, occurrenceTitle } from '../calendar/occurrenceLinks';
import { useSettings } from '../settings/useSettings';
import { useTodayModel } from './useTodayModel';
import '../../ui/calendar.css';

/**
 * What comes due later this week shows this many per list, the rest a link away, so Today stays about a screen long;
 * what is due today or overdue is always listed in full.
 */
const COMING_UP_SHOWN = 8;
/** Follow-ups and incomplete ride-alongs shown, the rest on their own page (an agency's month is hundreds of rides). */
const LISTED = 10;

export function TodayPanel() {
  const today = useToday();
  const settings = useSettings();
  // Read through the indexes: this week's standups, the entries Today can list, the names of the people it shows.
  const view = useTodayModel(today);
  if (!view) return null;
  const { day, names: model } = view;
  const person = model.personName;
  const personOrCoach = (id: string) => model.coachName(id) ?? person(id);
  const nextStandup = day.planned.find((p) => p.kind === 'standup' && !p.held);

  async function handled(f: OpenFollowUp) {
    await standupRepository.setFollowUpHandled(f.standupId, f.caseworkerId, nowIso());
    showToast({
      message: `Follow-up with ${person(f.caseworkerId)} marked handled.`,
      action: {
        label: 'Undo',
        run: () =>
          runAction('reopen the follow-up', () =>
            standupRepository.setFollowUpHandled(f.standupId, f.caseworkerId, null),
          ),
      },
    });
  }

  const mineLabel = 'Yours';
  const unitLabel = settings?.homeUnitId ? 'Your unit’s' : 'Everyone’s';
  const dueList = (items: DueItem[], label: string, shown = items.length) =>
    items.length === 0 ? null : (
      <>
        <h4 className="small-heading">{label}</h4>
        <ul className="plain-list today-list" aria-label={label}>
          {items.slice(0, shown).map((i) => (
            <li key={i.key}>
              <Badge tone={i.status === 'overdue' ? 'danger' : i.status === 'today' ? 'warning' : 'neutral'}>
                {i.status === 'soon' ? `Due ${formatDayShort(i.dueDate)}` : dueStatusLabel(i)}
              </Badge>{' '}
              <Link href={`~/coaching/entries/${i.entryId}`}>
                {i.kind === 'follow-up' ? `Follow-up with ${person(i.caseworkerId)}` : i.text}
              </Link>
              {i.kind === 'action-item' && (
                <span className="small muted">
                  {' '}
                  for {person(i.caseworkerId)}
                  {ownerLabel(i, personOrCoach) ? `, owner ${ownerLabel(i, personOrCoach)}` : ''}
                </span>
              )}
            </li>
          ))}
          {items.length > shown && (
            <li className="small">
              <Link href="~/coaching/due">and {items.length - shown} more on the full due list</Link>
            </li>
          )}
        </ul>
      </>
    );

  const dueBand = (band: DueGroups, when: string, none: string, shown?: number) =>
    band.mine.length + band.unit.length === 0 ? (
      <p className="small muted">{none}</p>
    ) : (
      <>
        {dueList(band.mine, `${mineLabel}, ${when}`, shown)}
        {dueList(band.unit, `${unitLabel}, ${when}`, shown)}
      </>
    );

  return (
    <section className="card today" aria-labelledby="today-title">
      <div className="card-title">
        <h2 id="today-title">
          Today, <DayText day={today} form="with-weekday" />
        </h2>
        <Link href="~/calendar" className="small">
          Calendar
        </Link>
      </div>
      <div className="row today-actions" role="group" aria-label="Quick actions">
        <Link href="~/coaching/entries/new" className="btn btn-primary">
          <ClipboardPlus size={16} aria-hidden="true" /> Log coaching
        </Link>
        <Link
          href={
            nextStandup?.cohortId
              ? `~/coaching/standups/${nextStandup.cohortId}/${today}`
              : '~/coaching/standups'
          }
          className="btn"
        >
          <Users size={16} aria-hidden="true" /> Run today’s standup
        </Link>
        <Link href="~/calendar?view=week" className="btn">
          <CalendarPlus size={16} aria-hidden="true" /> Plan a ride-along
        </Link>
      </div>
      <div className="grid-2">
        <div>
          <h3 className="small-heading">Planned for today</h3>
          {day.planned.length === 0 ? (
            <p className="small muted">
              Nothing planned. <Link href="~/calendar">Plan standups and visits</Link>.
            </p>
          ) : (
            <ul className="calendar-items" aria-label="Planned for today">
              {day.planned.map((p) => (
                <li key={p.scheduleId} className={`calendar-item kind-${p.kind}`}>
                  <Link href={occurrenceHref(p)}>
                    <span className="calendar-time">{p.time}</span> {occurrenceTitle(p, model)}
                  </Link>
                  <span className="small muted">
                    {p.kind === 'standup'
                      ? p.held
                        ? 'Held'
                        : 'Not run yet'
                      : p.entryId
                        ? 'Prep written'
                        : 'Prep not written yet'}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {day.missed.length > 0 && (
            <>
              <h3 className="small-heading">Standups missed this week</h3>
              <ul className="plain-list today-list" aria-label="Missed standups">
                {day.missed.map((m) => (
                  <li key={`${m.cohortId}-${m.date}`}>
                    <Badge tone="warning">Missed</Badge> {model.cohortName(m.cohortId)},{' '}
                    <DayText day={m.date} form="with-weekday" /> ·{' '}
                    <Link href={`~/coaching/standups/${m.cohortId}/${m.date}`}>record it</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <section aria-labelledby="today-due-title">
          <div className="card-title">
            <h3 id="today-due-title" className="small-heading">
              Due
            </h3>
            <Link href="~/coaching/due" className="small">
              Full due list
            </Link>
          </div>
          {dueBand(day.dueNow, 'due today or overdue', 'Nothing is due today or overdue.')}
          {dueBand(day.comingUp, 'coming up this week', 'Nothing else comes due this week.', COMING_UP_SHOWN)}
          {!settings?.meCoachId && (
            <p className="small muted">
              Choose which coach you are in <Link href="~/settings">Settings</Link> to see your own items
              first.
            </p>
          )}
        </section>
      </div>
      <div className="grid-2">
        <section aria-labelledby="followups-title">
          <h3 id="followups-title" className="small-heading">
            Standup follow-ups
          </h3>
          {day.followUps.length === 0 ? (
            <p className="small muted">No one to follow up: everyone used the tool, or you already asked.</p>
          ) : (
            <ul className="plain-list today-list">
              {day.followUps.slice(0, LISTED).map((f) => (
                <li key={`${f.standupId}-${f.caseworkerId}`}>
                  <span>
                    Ask {person(f.caseworkerId)}: why didn’t you use the tool yesterday?{' '}
                    <span className="small muted">
                      ({model.cohortName(f.cohortId)}, <DayText day={f.date} form="with-weekday" />)
                    </span>
                  </span>{' '}
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => runAction('mark the follow-up handled', () => handled(f))}
                    aria-label={`Mark the follow-up with ${person(f.caseworkerId)} handled`}
                  >
                    <Check size={14} aria-hidden="true" /> Handled
                  </button>
                </li>
              ))}
              {day.followUps.length > LISTED && (
                <li className="small">
                  <Link href="~/coaching/standups">
                    and {day.followUps.length - LISTED} more on the standups page
                  </Link>
                </li>
              )}
            </ul>
          )}
        </section>
        <section aria-labelledby="rides-title">
          <h3 id="rides-title" className="small-heading">
            Ride-alongs missing a part
          </h3>
          {day.incompleteRideAlongs.length === 0 ? (
            <p className="small muted">Every recent ride-along has its prep and debrief.</p>
          ) : (
            <ul className="plain-list today-list">
              {day.incompleteRideAlongs.slice(0, LISTED).map((r) => (
                <li key={r.entryId}>
                  <Link href={`~/coaching/entries/${r.entryId}`}>
                    {person(r.caseworkerId)}, <DayText day={r.date} />
                  </Link>{' '}
                  <span className="small muted">missing the {r.missing.join(' and the ')}</span>
                </li>
              ))}
              {day.incompleteRideAlongs.length > LISTED && (
                <li className="small">
                  <Link href="~/coaching/ride-alongs">
                    and {day.incompleteRideAlongs.length - LISTED} more on the incomplete ride-alongs page
                  </Link>
                </li>
              )}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
