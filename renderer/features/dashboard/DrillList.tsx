// The one list behind every drill-down (people, coaching entries, gaps behind a chart): the frame with the dashboard's
// filters and the click, an empty state when nothing is in the choice, else a caption that counts the rows and says
// what they are, the columns, and the rows a page at a time.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { DashboardModel } from '../../domain/dashboard/buildDashboard';
import { describePick } from '../../domain/dashboard/drillChoices';
import type { DrillPick } from '../../domain/dashboard/drillDown';
import { EmptyState } from '../../ui/EmptyState';
import { ShowMore } from '../../ui/ShowMore';
import { usePaged } from '../../ui/usePaged';
import { DrillFrame, NoChart } from './DrillFrame';
import type { useDrillDown } from './useDrillDown';

const PAGE = 200;

/** A caseworker column's cell: the name linking to their timeline, their unit beneath. */
export function PersonCell({
  person,
  unitName,
}: {
  person: { id: string; name: string; unitId: string | null } | undefined;
  unitName: (id: string | null) => string;
}) {
  return (
    <>
      {person ? <Link href={`~/caseworkers/${person.id}`}>{person.name}</Link> : null}
      <div className="small muted">{unitName(person?.unitId ?? null)}</div>
    </>
  );
}

export interface DrillColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
}

/** What the columns may read: the dashboard's model and the click, both there once the list is drawn. */
export interface DrillContext {
  model: DashboardModel;
  pick: DrillPick;
}

export function DrillList<T>({
  drill,
  title,
  what,
  everything,
  noun,
  rows,
  rowKey,
  columns,
  empty,
}: {
  drill: ReturnType<typeof useDrillDown>;
  /** The page's title when the address names no chart of this list. */
  title: string;
  /** What the records are ("gaps", "coaching entries"), for the description. */
  what: string;
  /** The title's tail when nothing is picked ("Every gap in scope"). */
  everything: string;
  /** The caption's noun, one and many: ['gap', 'gaps']. */
  noun: readonly [string, string];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The columns; a false entry is left out (a column only some charts have). */
  columns: (context: DrillContext) => ReadonlyArray<DrillColumn<T> | false>;
  /** The empty state's title, and its text given the choice in words. */
  empty: { title: string; text: (choice: string) => ReactNode };
}) {
  const { filter, pick, model, choices, filterItems, change } = drill;
  const page = usePaged(rows, PAGE);
  if (!filter || !pick) return <NoChart title={title} />;
  if (!model || !choices) return null;
  const choice = describePick(pick, choices, everything);
  const shownColumns = columns({ model, pick }).filter((c): c is DrillColumn<T> => c !== false);

  return (
    <DrillFrame
      filter={filter}
      pick={pick}
      choices={choices}
      filters={filterItems(filter)}
      what={what}
      everything={everything}
      change={change}
    >
      {rows.length === 0 ? (
        <div className="card">
          <EmptyState title={empty.title}>{empty.text(choice)}</EmptyState>
        </div>
      ) : (
        <div className="card table-wrap">
          <table className="table">
            <caption>
              {rows.length === 1 ? `1 ${noun[0]}` : `${rows.length} ${noun[1]}`}: {choice}
              {page.remaining > 0 ? ` (the first ${page.shown} shown)` : ''}.
            </caption>
            <thead>
              <tr>
                {shownColumns.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={rowKey(row)}>
                  {shownColumns.map((c) => (
                    <td key={c.header} className={c.className}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <ShowMore page={page} onMore={page.showMore} />
        </div>
      )}
    </DrillFrame>
  );
}
