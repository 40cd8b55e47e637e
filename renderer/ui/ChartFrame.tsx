// The frame every chart sits in: a title, a one-sentence summary (what a screen reader reads instead of the drawing),
// the chart, the numbers behind it as a table on request, a CSV of them, and a link to the list behind it.
import { memo, startTransition, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { Download, Table2 } from 'lucide-react';
import type { GlossaryTerm } from '../domain/glossary';
import { Explained } from './WhatIsThis';
import { useDrawEveryChart } from './drawEveryChart';
import { takeTurn, useDrawnInTurn } from './oneAtATime';
import { useNearViewportNow } from './useNearViewport';

export interface ChartFrameProps {
  title: string;
  summary: string;
  /** What the drawing leaves out (e.g. the middle of 700 units), or null. */
  note?: string | null;
  /** The rows behind the chart, shown as a table (a page at a time) and exported as CSV. */
  rows: ReadonlyArray<Record<string, unknown>>;
  onExport: () => void;
  drillDown?: { href: string; label: string };
  /** A borrowed word in the title (Rogers, renegade system), explained in one line under the summary. */
  explain?: GlossaryTerm;
  /** What the colours stand for (ChartLegend): under the drawing, outside the image, so its buttons can be reached. */
  legend?: ReactNode;
  children: ReactNode;
}

const PAGE = 25;

/**
 * How far beyond the visible part of the page a chart is drawn (pixels): a screen of twelve charts draws the few in
 * view, and the next ones just before they scroll in.
 */
const NEAR = 300;

/**
 * The drawing while it is near the screen; far away it keeps its last drawing and is not drawn again (a filter change
 * redraws the charts in view, not all twelve), and draws again with the latest figures when it comes back near.
 */
const Held = memo(
  function Held({ children }: { live: boolean; children: ReactNode }) {
    return <>{children}</>;
  },
  (_before, next) => !next.live,
);

/** A cell of the table of numbers: text and numbers as they are, nothing for a missing value. */
const cellText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';

export function ChartFrame({
  title,
  summary,
  note,
  rows,
  onExport,
  drillDown,
  explain,
  legend,
  children,
}: ChartFrameProps) {
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewportNow(ref, NEAR);
  const everyChart = useDrawEveryChart();
  const live = near || everyChart;
  // Drawn once it has come near (or is printed); until then a box of the same height holds its place. The title,
  // summary and links are always there: a screen reader reads the summary, not the drawing. Charts coming near take
  // turns, each asked for in a task of its own, and each is drawn as a transition: React draws it in slices of a few
  // milliseconds with paints and input between (one chart drawn at once was a task of 180-280 ms at agency scale on
  // this machine, a frozen window). A printout draws them all at once.
  const drawn = useDrawnInTurn(live, { initially: live, now: everyChart });
  // New figures (a filter changed) are drawn the same way: a dozen charts drawn again in one go was a single task of
  // 200-300 ms at agency scale. Until then a chart keeps its drawing; a printout draws at once.
  const [drawing, setDrawing] = useState(children);
  useEffect(() => {
    if (drawing === children) return;
    return takeTurn(() => startTransition(() => setDrawing(children)));
  }, [children, drawing]);
  const figures = everyChart ? children : drawing;
  const [showTable, setShowTable] = useState(false);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE, current * PAGE + PAGE);
  const columns = rows[0] ? Object.keys(rows[0]).filter((k) => !k.endsWith('Id')) : [];
  return (
    <section ref={ref} className="card chart-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="small muted" id={`${id}-summary`}>
        {summary}
      </p>
      {note && <p className="small muted chart-note">{note}</p>}
      {explain && <Explained term={explain} />}
      <div
        className="chart-body"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        data-drawn={drawn ? undefined : 'later'}
      >
        {drawn && <Held live={live}>{figures}</Held>}
      </div>
      {legend}
      <div className="chart-actions no-print">
        <button
          type="button"
          className="btn btn-small btn-ghost"
          aria-expanded={showTable}
          onClick={() => setShowTable((s) => !s)}
        >
          <Table2 size={14} aria-hidden="true" /> {showTable ? 'Hide the numbers' : 'Show the numbers'}
        </button>
        <button
          type="button"
          className="btn btn-small btn-ghost"
          onClick={onExport}
          aria-label={`Export the data of "${title}" as CSV`}
        >
          <Download size={14} aria-hidden="true" /> CSV
        </button>
        <span className="spacer" />
        {/* Through the router, so a link's query (the dashboard's filters) reaches the list. */}
        {drillDown && <Link href={`~${drillDown.href}`}>{drillDown.label}</Link>}
      </div>
      {showTable && (
        <div className="table-wrap" style={{ marginTop: 8 }}>
          <table className="table">
            <caption>The numbers behind “{title}”.</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row, i) => (
                <tr key={current * PAGE + i}>
                  {columns.map((c) => (
                    <td key={c}>{cellText(row[c])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {pages > 1 && (
            <div className="row small" style={{ gap: 8, marginTop: 6 }}>
              <button
                type="button"
                className="btn btn-small"
                disabled={current === 0}
                onClick={() => setPage(current - 1)}
              >
                Previous
              </button>
              <span aria-live="polite">
                Rows {current * PAGE + 1}–{Math.min(rows.length, current * PAGE + PAGE)} of {rows.length}
              </span>
              <button
                type="button"
                className="btn btn-small"
                disabled={current === pages - 1}
                onClick={() => setPage(current + 1)}
              >
                Next
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
