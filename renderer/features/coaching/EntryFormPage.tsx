// New or edit a coaching entry. Loads what the form needs, then hands over to EntryForm.
import { Link, useParams, useSearch } from 'wouter';
import { scheduleRepository } from '../../data/scheduleRepository';
import { usePlannedVisit } from '../calendar/useSchedules';
import { entryToForm, emptyEntryForm } from '../../domain/coaching/entryForm';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useSettings } from '../settings/useSettings';
import { EntryForm } from './EntryForm';
import { useCoachingLookups, useEntry } from './useCoaching';
import { useToday } from '../../ui/useToday';

export function EntryFormPage() {
  const params = useParams<{ id?: string }>();
  const id = params.id ?? null;
  const entry = useEntry(id);
  const lookups = useCoachingLookups();
  const settings = useSettings();
  const today = useToday();
  // A planned visit opens here (?plan=<schedule id>) to write its prep; saving links the plan to the entry.
  const planId = new URLSearchParams(useSearch()).get('plan');
  const plan = usePlannedVisit(planId);

  if (entry === undefined || !lookups || !settings || plan === undefined) {
    return (
      <p role="status" className="muted">
        Loading…
      </p>
    );
  }
  if (id && entry === null) {
    return (
      <>
        <PageHeader title="Entry not found" />
        <EmptyState title="This coaching entry does not exist or is in Trash">
          <Link href="/">Back to the coaching log</Link>
        </EmptyState>
      </>
    );
  }
  return (
    <EntryForm
      key={id ?? 'new'}
      existing={entry}
      initial={
        entry
          ? entryToForm(entry)
          : plan && plan.kind !== 'standup'
            ? emptyEntryForm(plan.startDate, {
                kind: plan.kind,
                caseworkerId: plan.caseworkerId ?? '',
                coachId: plan.coachId ?? '',
              })
            : emptyEntryForm(today)
      }
      lookups={lookups}
      focusSkills={settings.focusSkills}
      onSaved={
        plan && !entry
          ? async (saved) => {
              await scheduleRepository.linkEntry(plan.id, saved.id);
            }
          : undefined
      }
    />
  );
}
