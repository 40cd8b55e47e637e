// The one CSV import screen flow, shared by every import (roster, survey answers, monthly measures, tool usage):
// choose a file, match its columns, check the report, then write everything at once or nothing. Each long step (reading
// the file, checking the rows, checking them again and writing) runs a slice at a time with a progress bar and Cancel,
// so 180,000 rows never freeze the window; cancelling returns to the step it started from and changes nothing.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FileUp } from 'lucide-react';
import { specFields, type ImportSpec } from '../../domain/csv/importSpec';
import type { ColumnMapping } from '../../domain/csv/guessMapping';
import { ImportCancelled, type StepOptions, type StepProgress } from '../../domain/csv/importSteps';
import { startImportInSteps, withHeaderRow, type StartedImport } from '../../domain/csv/startImport';
import {
  formatRejectedRow,
  validateImportInSteps,
  type ImportPreview,
} from '../../domain/csv/validateImport';
import type { ParsedCsv } from '../../domain/csv/parseCsv';
import { formatCount, plural } from '../../domain/format/format';
import { openTextFile } from '../../platform/desktop';
import { Badge } from '../../ui/Badge';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { runAction } from '../../ui/runAction';

export interface PreviewInput<Ctx> {
  table: ParsedCsv;
  headerIndex: number;
  mapping: ColumnMapping;
  context: Ctx;
}

export interface ImportWizardProps<V extends Record<string, unknown>, T, Ctx, P extends ImportPreview<T>> {
  /** What the rows are, plural, for buttons and messages ("caseworkers"). */
  rowsName: string;
  spec: ImportSpec<V, T, Ctx>;
  /** Reads what validation needs from stored data; called when the file is chosen and again before writing. */
  loadContext: () => Promise<Ctx>;
  /** Adds to the checked rows what this import's preview needs (e.g. the units it will create). */
  complete?: (checked: ImportPreview<T>, input: PreviewInput<Ctx>) => P;
  /** Extra facts for the check step (e.g. the units an import will create). */
  describe?: (preview: P) => ReactNode;
  /** A sample row in words, for each accepted row in the check step. */
  describeRow: (row: T) => ReactNode;
  /**
   * Writes every accepted row in one transaction, reporting progress through `steps`; aborting its signal must roll
   * the transaction back (ImportCancelled). Returns the sentence to show when done.
   */
  commit: (preview: P, fileName: string, steps: StepOptions) => Promise<string>;
  /** The import button's words when rows are not what is written (days of use counted from events). */
  importLabel?: (preview: P) => string;
  /** Shown after a successful import (links onward). */
  done?: ReactNode;
}

type Step = 'choose' | 'map' | 'check' | 'done';
const stepLabels: Record<Step, string> = {
  choose: '1. Choose a file',
  map: '2. Match columns',
  check: '3. Check and import',
  done: '4. Done',
};
const PREVIEW_ROWS = 50;
/** Refused rows listed on screen; a file refused whole (a wrong column) would otherwise draw 180,000 items. */
const REJECTED_ROWS_SHOWN = 200;

/** The long step running now, and how far it got (`total` 0 while it has not started counting). */
interface Running {
  phase: 'read' | 'check' | 'recheck' | 'write';
  done: number;
  total: number;
  /** Rows found so far, while reading. */
  rows?: number;
}

const runningTitle: Record<Running['phase'], string> = {
  read: 'Reading the file…',
  check: 'Checking the rows…',
  recheck: 'Checking the rows again…',
  write: 'Importing…',
};

/** What Cancel during each step leaves the user with; they stay on the step they were on. */
const cancelledMessage: Record<Running['phase'], string> = {
  read: 'Reading the file was cancelled. Nothing was imported; choose the file again when you are ready.',
  check: 'Checking the rows was cancelled. Nothing was imported; your column choices are kept.',
  recheck:
    'The import was cancelled before anything was written. Nothing was imported; your data is as it was.',
  write: 'The import was cancelled and undone: nothing was imported, and your data is exactly as it was.',
};

export function ImportWizard<V extends Record<string, unknown>, T, Ctx, P extends ImportPreview<T>>(
  props: ImportWizardProps<V, T, Ctx, P>,
) {
  const { spec, rowsName } = props;
  const fields = useMemo(() => specFields(spec), [spec]);
  const [step, setStep] = useState<Step>('choose');
  const [fileName, setFileName] = useState('');
  const [started, setStarted] = useState<StartedImport | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<P | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops whatever runs; a write in progress rolls back.
  useEffect(() => () => controller.current?.abort(), []);

  /**
   * Runs one long step with its progress shown and Cancel offered. Returns undefined when it was cancelled (the user
   * stays on the step they were on, told so); other errors go on to the caller.
   */
  async function inSteps<R>(
    phase: Running['phase'],
    work: (steps: StepOptions) => Promise<R>,
  ): Promise<R | undefined> {
    const abort = new AbortController();
    controller.current = abort;
    setRunning({ phase, done: 0, total: 0 });
    const onProgress = (p: StepProgress & { rows?: number }) => {
      setRunning({ phase, done: p.done, total: p.total, ...(p.rows !== undefined ? { rows: p.rows } : {}) });
    };
    try {
      const value = await work({ onProgress, signal: abort.signal });
      // A cancel that came too late to stop the work (the last slice was done) still counts as a cancel, except for
      // a write that finished: that one happened, and saying otherwise would be wrong.
      if (abort.signal.aborted && phase !== 'write') throw new ImportCancelled();
      return value;
    } catch (e) {
      if (e instanceof ImportCancelled) {
        setCancelled(cancelledMessage[phase]);
        return undefined;
      }
      throw e;
    } finally {
      if (controller.current === abort) controller.current = null;
      setRunning(null);
    }
  }

  const cancel = () => controller.current?.abort();

  async function checkRows(
    phase: 'check' | 'recheck',
    from: StartedImport,
    columns: ColumnMapping,
  ): Promise<P | undefined> {
    return inSteps(phase, async (steps) => {
      const context = await props.loadContext();
      const input = { table: from.table, headerIndex: from.header.index, mapping: columns, context };
      const checked = await validateImportInSteps({ ...input, spec }, steps);
      return props.complete ? props.complete(checked, input) : (checked as P);
    });
  }

  async function chooseFile() {
    setError(null);
    setCancelled(null);
    const file = await openTextFile({
      title: `Import ${rowsName} from CSV`,
      filters: [{ name: 'CSV file', extensions: ['csv', 'txt'] }],
    });
    if (!file.ok) return setError(file.error);
    if (!file.value) return;
    const { name, text } = file.value;
    setFileName(name);
    const begun = await inSteps('read', (steps) =>
      startImportInSteps(text, spec, { byteLength: new Blob([text]).size, ...steps }),
    );
    if (!begun) return;
    if (!begun.ok) return setError(`${name}: ${begun.error}`);
    setStarted(begun.value);
    setMapping(begun.value.guess.mapping);
    setStep('map');
  }

  function changeHeader(index: number) {
    if (!started) return;
    const next = withHeaderRow(started.table, index, spec);
    setStarted(next);
    setMapping(next.guess.mapping);
  }

  async function check() {
    if (!started) return;
    setError(null);
    setCancelled(null);
    const checked = await checkRows('check', started, mapping);
    if (!checked) return;
    setPreview(checked);
    setStep('check');
  }

  async function confirm() {
    if (!started || !preview) return;
    setError(null);
    setCancelled(null);
    try {
      // Check again against the data as it is now, in case it changed while the user was reading the report.
      const fresh = await checkRows('recheck', started, mapping);
      if (!fresh) return;
      if (fresh.accepted.length !== preview.accepted.length) {
        setPreview(fresh);
        setError(
          'The data changed while you were checking this file. Here is the report again; nothing was imported.',
        );
        return;
      }
      const written = await inSteps('write', (steps) => props.commit(fresh, fileName, steps));
      if (written === undefined) return;
      setResult(written);
      setStep('done');
    } catch (e) {
      setError(`Nothing was imported: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  function restart() {
    setStep('choose');
    setStarted(null);
    setPreview(null);
    setResult(null);
    setError(null);
    setCancelled(null);
  }

  const headerCandidates = started?.table.rows.slice(0, 10) ?? [];

  return (
    <div className="stack">
      <ol className="steps" aria-label="Import steps">
        {(Object.keys(stepLabels) as Step[]).map((s) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {stepLabels[s]}
          </li>
        ))}
      </ol>
      {error && (
        <Notice tone="danger" title="That file cannot be imported as it is">
          {error}
        </Notice>
      )}
      {cancelled && (
        <Notice tone="info" title="Cancelled">
          {cancelled}
        </Notice>
      )}
      <Dialog title={running ? runningTitle[running.phase] : ''} open={running !== null} onClose={cancel}>
        {running && (
          <ImportProgress running={running} fileName={fileName} rowsName={rowsName} onCancel={cancel} />
        )}
      </Dialog>

      {step === 'choose' && (
        <section className="card" aria-labelledby="import-choose">
          <h2 id="import-choose">Choose a CSV file</h2>
          <p className="muted">
            Most systems and spreadsheets can save a table as CSV. The first row should hold the column names;
            you will match them to Cohort Coach's fields next. Nothing is saved until you confirm.
          </p>
          <ul className="small muted">
            {fields.map((f) => (
              <li key={f.key}>
                <strong>{f.label}</strong>
                {f.required ? ' (required)' : ''}
                {f.hint ? `: ${f.hint}` : ''}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => runAction('open the file', () => chooseFile())}
          >
            <FileUp size={16} aria-hidden="true" /> Choose a CSV file…
          </button>
        </section>
      )}

      {step === 'map' && started && (
        <section className="card stack" aria-labelledby="import-map">
          <h2 id="import-map">Match the columns of {fileName}</h2>
          {started.table.warnings.map((w) => (
            <Notice key={w} tone="warning">
              {w}
            </Notice>
          ))}
          <div className="field" style={{ maxWidth: 520 }}>
            <label htmlFor="header-row">Row with the column names</label>
            <select
              id="header-row"
              value={started.header.index}
              onChange={(e) => changeHeader(Number(e.target.value))}
            >
              {headerCandidates.map((row, index) => (
                <option key={row.line} value={index}>
                  Line {row.line}: {row.cells.slice(0, 4).join(', ').slice(0, 70)}
                </option>
              ))}
            </select>
            {started.header.confidence === 'low' && (
              <span className="hint">No familiar column names were found; check this is the right row.</span>
            )}
          </div>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Cohort Coach field</th>
                  <th scope="col">Column in your file</th>
                  <th scope="col">Sample values</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => {
                  const column = mapping[f.key] ?? null;
                  const info = started.columns.find((c) => c.index === column);
                  return (
                    <tr key={f.key}>
                      <td>
                        <label htmlFor={`map-${f.key}`}>
                          <strong>{f.label}</strong>
                        </label>{' '}
                        {f.required && <Badge tone="warning">Required</Badge>}
                        {f.hint && <div className="small muted">{f.hint}</div>}
                      </td>
                      <td>
                        <select
                          id={`map-${f.key}`}
                          value={column === null ? '' : String(column)}
                          onChange={(e) =>
                            setMapping({
                              ...mapping,
                              [f.key]: e.target.value === '' ? null : Number(e.target.value),
                            })
                          }
                        >
                          <option value="">Not in this file</option>
                          {started.columns.map((c) => (
                            <option key={c.index} value={c.index}>
                              {c.header || `Column ${c.index + 1}`}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="small muted">{info ? info.samples.join(' · ') || 'All blank' : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="form-footer">
            <button type="button" className="btn" onClick={restart}>
              Choose another file
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => runAction('check the file', () => check())}
              disabled={running !== null}
            >
              Check the rows
            </button>
          </div>
        </section>
      )}

      {step === 'check' && preview && (
        <section className="stack" aria-labelledby="import-check">
          <div className="card stack">
            <h2 id="import-check">Check before importing</h2>
            <p>{preview.summary}</p>
            {preview.errors.map((e) => (
              <Notice key={e} tone="danger">
                {e}
              </Notice>
            ))}
            {preview.warnings.map((w) => (
              <Notice key={w} tone="warning">
                {w}
              </Notice>
            ))}
            {props.describe?.(preview)}
            <div className="form-footer">
              <button type="button" className="btn" onClick={() => setStep('map')}>
                Back to the columns
              </button>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => runAction('import the file', () => confirm())}
                disabled={!preview.canImport || running !== null}
              >
                {props.importLabel?.(preview) ?? `Import ${preview.accepted.length} ${rowsName}`}
              </button>
            </div>
          </div>
          {preview.rejected.length > 0 && (
            <section className="card" aria-labelledby="import-rejected">
              <h3 id="import-rejected">
                {preview.rejected.length} {preview.rejected.length === 1 ? 'row' : 'rows'} will not be
                imported
              </h3>
              <p className="small muted">
                Fix these in your file and import it again, or import the good rows now and add these by hand.
              </p>
              <ul aria-label="Rejected rows" className="stack" style={{ gap: 6 }}>
                {preview.rejected.slice(0, REJECTED_ROWS_SHOWN).map((r) => (
                  <li key={r.line}>{formatRejectedRow(r)}</li>
                ))}
              </ul>
              {preview.rejected.length > REJECTED_ROWS_SHOWN && (
                <p className="small muted">
                  And {plural(preview.rejected.length - REJECTED_ROWS_SHOWN, 'more row')} with the same kinds
                  of problems.
                </p>
              )}
            </section>
          )}
          {preview.accepted.length > 0 && (
            <section className="card" aria-labelledby="import-accepted">
              <h3 id="import-accepted">
                {preview.accepted.length} {rowsName} ready to import
              </h3>
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        Line
                      </th>
                      <th scope="col">Row</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.accepted.slice(0, PREVIEW_ROWS).map((row) => (
                      <tr key={row.line}>
                        <td className="num">{row.line}</td>
                        <td>
                          {props.describeRow(row.value)}
                          {row.warnings.map((w) => (
                            <div key={w} className="small muted">
                              Note: {w}
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {preview.accepted.length > PREVIEW_ROWS && (
                <p className="small muted">And {preview.accepted.length - PREVIEW_ROWS} more.</p>
              )}
            </section>
          )}
        </section>
      )}

      {step === 'done' && (
        <section className="card stack" aria-labelledby="import-done">
          <h2 id="import-done">Import finished</h2>
          <Notice tone="success">{result}</Notice>
          <div className="actions">
            {props.done}
            <button type="button" className="btn" onClick={restart}>
              Import another file
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

/** What the running step has done, as words and a bar, with the Cancel that stops it. */
function ImportProgress({
  running,
  fileName,
  rowsName,
  onCancel,
}: {
  running: Running;
  fileName: string;
  rowsName: string;
  onCancel: () => void;
}) {
  const { phase, done, total } = running;
  const counted = `${formatCount(done)} of ${formatCount(total)}`;
  const stored = 'Reading what is already stored, to check the rows against it…';
  // Before the first count (total 0) the step is opening the file or reading stored data.
  const words =
    total === 0
      ? {
          read: `Opening ${fileName}…`,
          check: stored,
          recheck: stored,
          write: `Getting ready to write the ${rowsName}…`,
        }[phase]
      : {
          read: `Reading ${fileName}: ${plural(running.rows ?? 0, 'row')} so far (${String(Math.floor((done / total) * 100))}%).`,
          check: `Checking rows: ${counted}.`,
          recheck: `Checking rows again against your data as it is now: ${counted}.`,
          write: `Writing ${rowsName}: ${counted}. Nothing is saved until all of them are written.`,
        }[phase];
  return (
    <div className="stack">
      <p>{words}</p>
      {/* Without a value the bar shows that work goes on while nothing can be counted yet. */}
      {total > 0 ? (
        <progress max={total} value={done} aria-label="Import progress" style={{ width: '100%' }} />
      ) : (
        <progress aria-label="Import progress" style={{ width: '100%' }} />
      )}
      <div className="form-footer">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
