// The frame every report sits in: a toolbar (back, Export CSV, Save as PDF or Print) that never prints, and the
// document itself, headed like a document (what it is, the date, confidentiality) so a printout stands on its own.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ArrowLeft, Download, Printer } from 'lucide-react';
import { fileNameOf } from '../../domain/files/fileName';
import { formatDay } from '../../domain/format/format';
import { isDesktop, printToPdf, saveTextFile } from '../../platform/desktop';
import { printed, readyToPrint } from '../../ui/drawEveryChart';
import { showToast } from '../../ui/toast';
import { refuseExportWhilePresenting } from '../shared/refuseExportWhilePresenting';
import { runAction } from '../../ui/runAction';

export interface ReportFrameProps {
  /** What kind of report, e.g. "Coaching summary". */
  kind: string;
  title: string;
  subtitle?: ReactNode;
  today: string;
  /** Whom or what the report is about, as shown ("Worker 27" while presenting): files are named after it. */
  subject: string;
  csv: () => string;
  /** One page: tighter type so the whole report fits on one sheet. */
  onePage?: boolean;
  children: ReactNode;
}

export function ReportFrame({
  kind,
  title,
  subtitle,
  today,
  subject,
  csv,
  onePage,
  children,
}: ReportFrameProps) {
  const desktop = isDesktop();
  // "Coaching summary - Maria Lopez - 2026-12-01.pdf": what it holds, whose, and the day.
  const fileName = (extension: string) => fileNameOf([kind, subject, today], extension);
  async function print() {
    if (refuseExportWhilePresenting()) return;
    // Charts far down the page are drawn only when they come near the screen: a printout holds every one.
    await readyToPrint();
    const result = await printToPdf({ defaultName: fileName('pdf') }).finally(printed);
    if (!result.ok) showToast({ message: `Could not make the PDF: ${result.error}`, tone: 'danger' });
    else if (result.value) showToast({ message: `Saved to ${result.value.path}.` });
  }
  async function exportCsv() {
    if (refuseExportWhilePresenting()) return;
    const result = await saveTextFile({
      title: `Export the ${kind.toLowerCase()} as CSV`,
      defaultName: fileName('csv'),
      filters: [{ name: 'CSV file', extensions: ['csv'] }],
      content: csv(),
    });
    if (!result.ok) showToast({ message: `Could not export: ${result.error}`, tone: 'danger' });
    else if (result.value) showToast({ message: 'Report data exported.' });
  }
  return (
    <>
      <div className="report-toolbar no-print" role="toolbar" aria-label="Report actions">
        <Link href="/" className="btn btn-ghost">
          <ArrowLeft size={16} aria-hidden="true" /> All reports
        </Link>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => runAction('export the CSV', () => exportCsv())}>
          <Download size={16} aria-hidden="true" /> Export CSV
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => runAction('save the report as PDF', () => print())}
        >
          <Printer size={16} aria-hidden="true" /> {desktop ? 'Save as PDF' : 'Print'}
        </button>
      </div>
      <article className={`report-doc${onePage ? ' report-one-page' : ''}`} aria-labelledby="report-title">
        <header className="report-head">
          <p className="report-kind">Cohort Coach · {kind}</p>
          <h1 id="report-title">{title}</h1>
          {subtitle && <p className="report-subtitle">{subtitle}</p>}
          <p className="report-meta">
            Prepared {formatDay(today)} · Confidential personnel information: share only with people
            authorised to see it.
          </p>
        </header>
        {children}
      </article>
    </>
  );
}

/** A titled part of a report. */
export function ReportSection({
  title,
  children,
  wide,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <section className={`report-section${wide ? ' wide' : ''}`} aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
