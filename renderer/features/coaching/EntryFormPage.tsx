// New or edit a coaching entry. Loads what the form needs, then hands over to EntryForm.
import { Link, useParams } from 'wouter';
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

  if (entry === undefined || !lookups || !settings) {
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
      initial={entry ? entryToForm(entry) : emptyEntryForm(today)}
      lookups={lookups}
      focusSkills={settings.focusSkills}
    />
  );
}
