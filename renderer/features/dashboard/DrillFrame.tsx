// The frame of every drill-down list: a title that reads like the clicked bar, the dashboard's filters in words,
// "Back to the dashboard" with those filters, and the chart's bars and segments as selects (every one by keyboard).
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ArrowLeft } from 'lucide-react';
import { dashboardHref, type DrillPick } from '../../domain/dashboard/drillDown';
import { describePick, type DrillChoices } from '../../domain/dashboard/drillChoices';
import type { DashboardFilter } from '../../domain/dashboard/dashboardFilter';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';

/** Shown when the address names no chart of this list. */
export function NoChart({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <div className="card">
        <EmptyState title="This address names no chart">
          <Link href="~/dashboard">Open the dashboard</Link> and click a bar or a legend item.
        </EmptyState>
      </div>
    </>
  );
}

export function DrillFrame({
  filter,
  pick,
  choices,
  filters,
  what,
  everything,
  change,
  children,
}: {
  filter: DashboardFilter;
  pick: DrillPick;
  choices: DrillChoices;
  /** The dashboard's filters in words, as [name, value]. */
  filters: ReadonlyArray<[string, string]>;
  /** What the records are ("gaps", "coaching entries"), for the description. */
  what: string;
  /** The title's tail when nothing is picked ("Every gap in scope"). */
  everything: string;
  change: (next: Partial<DrillPick>) => void;
  children: ReactNode;
}) {
  const withCurrent = (options: DrillChoices['categories'], value: string | null) =>
    value === null || options.some((o) => o.value === value)
      ? options
      : [...options, { value, label: 'Not in this chart' }];
  return (
    <>
      <PageHeader
        title={`${choices.title}: ${describePick(pick, choices, everything)}`}
        description={`The ${what} this part of the chart counts, with the dashboard's filters.`}
        actions={
          <Link href={`~${dashboardHref(filter)}`} className="btn">
            <ArrowLeft size={16} aria-hidden="true" /> Back to the dashboard
          </Link>
        }
      />
      <ul className="drill-filters" aria-label="The dashboard's filters">
        {filters.map(([name, value]) => (
          <li key={name}>
            <span className="muted">{name}:</span> {value}
          </li>
        ))}
      </ul>
      <div className="toolbar" role="search" aria-label={`Which ${what}`}>
        <SelectField
          label={choices.categoryName}
          value={pick.category ?? ''}
          onChange={(e) => change({ category: e.target.value || null })}
          options={[
            { value: '', label: choices.everyCategory },
            ...withCurrent(choices.categories, pick.category),
          ]}
        />
        {choices.seriesName !== null && (
          <SelectField
            label={choices.seriesName}
            value={pick.series ?? ''}
            onChange={(e) => change({ series: e.target.value || null })}
            options={[{ value: '', label: choices.everySeries }, ...withCurrent(choices.series, pick.series)]}
          />
        )}
      </div>
      {children}
    </>
  );
}
