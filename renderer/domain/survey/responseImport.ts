// The survey-answer import of PRODUCT.md 4.3: how an online-form export (one row per caseworker, one column per question)
// becomes survey responses for one round, through the shared CSV machinery. Caseworkers are matched by employee ID, email
// or name; answer texts such as "Agree" or "4 - Mostly true" become the stored values; someone already answered in the
// round is flagged so the user can choose to replace or keep the earlier answers.
import type { Caseworker, SurveyInstrument, SurveyItem, SurveyResponse, SurveyRound } from '../model';
import { cellParsers } from '../csv/cellParsers';
import type { ColumnMapping } from '../csv/guessMapping';
import { cellError, cellOk, type CellResult, type ImportField, type ImportSpec } from '../csv/importSpec';
import { foldText } from '../csv/foldText';
import type { ParsedCsv } from '../csv/parseCsv';
import { toCsv } from '../csv/toCsv';
import { validateImport, type AcceptedRow, type ImportPreview } from '../csv/validateImport';
import { checkAnswers, type Answers } from './answerValidation';
import { questionName } from './instrumentEditing';
import { isLive } from '../model';

type RosterEntry = Pick<Caseworker, 'id' | 'name' | 'employeeId' | 'email' | 'status'> & {
  deletedAt?: string | null;
};

/** Stored data the import checks against. */
export interface ResponseImportContext {
  instrument: Pick<SurveyInstrument, 'id' | 'items'>;
  round: Pick<SurveyRound, 'id' | 'name'> & { openedOn?: string };
  caseworkers: readonly RosterEntry[];
  /** Live responses already given in this round. */
  existing: readonly Pick<SurveyResponse, 'id' | 'caseworkerId' | 'answeredOn'>[];
  /** Today as YYYY-MM-DD: the answer date when the file has none, and the latest date accepted. */
  today: string;
}

/** One response to import. */
export interface ResponseImportRow {
  caseworkerId: string;
  caseworkerName: string;
  answeredOn: string;
  answers: Answers;
  /** The id of this person's earlier response in the round, when there is one (replace or keep is the user's choice). */
  replaces: string | null;
}

export interface ResponseImportPreview extends ImportPreview<ResponseImportRow> {
  /** Accepted rows of people who already answered this round. */
  alreadyAnswered: AcceptedRow<ResponseImportRow>[];
}

export type ResponseValues = Record<string, unknown>;

/** Field key of a question's column. */
export const itemFieldKey = (itemId: string): string => `item:${itemId}`;

/** A mapped cell's text, or '' when the column was not mapped. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

const words = (s: string): string =>
  foldText(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const listLabels = (labels: readonly string[], max = 6): string =>
  labels.length > max ? `${labels.slice(0, max).join(', ')}, …` : labels.join(', ');

// What people write on an agree/disagree scale, beyond the labels of the question itself.
const AGREE_WORDS: Readonly<Record<string, number>> = {
  'strongly disagree': 1,
  'disagree strongly': 1,
  'completely disagree': 1,
  'totally disagree': 1,
  disagree: 2,
  'somewhat disagree': 2,
  'mostly disagree': 2,
  'tend to disagree': 2,
  'neither agree nor disagree': 3,
  'neither agree or disagree': 3,
  'neither disagree nor agree': 3,
  neutral: 3,
  neither: 3,
  undecided: 3,
  agree: 4,
  'somewhat agree': 4,
  'mostly agree': 4,
  'tend to agree': 4,
  'strongly agree': 5,
  'agree strongly': 5,
  'completely agree': 5,
  'totally agree': 5,
};

/** Reads a 1-5 scale answer: the number, "4 - Mostly true", the option's own words, or common agree/disagree words. */
export function scaleReader(item: Pick<SurveyItem, 'options'>): (cell: string) => CellResult<number> {
  const lookup = new Map<string, number>();
  item.options.forEach((o, i) => lookup.set(words(o.label), Number(o.value) || i + 1));
  const agreeScale = item.options.some((o) => words(o.label) === 'agree');
  const range = (n: number): CellResult<number> =>
    !Number.isInteger(n)
      ? cellError('is not a whole number from 1 to 5')
      : n < 1 || n > 5
        ? cellError('is outside the 1 to 5 scale')
        : cellOk(n);
  const labels = listLabels(item.options.map((o) => o.label));
  return (cell) => {
    const text = cell.trim();
    if (/^[+-]?\d+(?:\.\d+)?$/.test(text)) return range(Number(text));
    // "4 - Mostly true", "4. Agree", "(4) Agree", "4 = Agree": a number followed by its words.
    const numbered = /^\(?([+-]?\d+)\)?(?:\s*[-–—:.=)]\s*|\s+)(?=\D)/.exec(text);
    if (numbered) return range(Number(numbered[1]));
    const key = words(text);
    const found = lookup.get(key) ?? (agreeScale ? AGREE_WORDS[key] : undefined);
    return found === undefined
      ? cellError(`is not an answer to this question; write a number from 1 to 5 or one of: ${labels}`)
      : cellOk(found);
  };
}

/** Reads a pick-one answer by the option's words or its stored value. */
export function choiceReader(item: Pick<SurveyItem, 'options'>): (cell: string) => CellResult<string> {
  const lookup = new Map<string, string>();
  for (const o of item.options) {
    lookup.set(words(o.value), o.value);
    lookup.set(words(o.label), o.value);
  }
  const labels = listLabels(item.options.map((o) => o.label));
  return (cell) => {
    const found = lookup.get(words(cell));
    return found === undefined
      ? cellError(`is not one of this question's answers: ${labels}`)
      : cellOk(found);
  };
}

/**
 * Reads a tick-all answer. Online forms join the ticked answers with ";" or ","; since an answer's own words may hold a
 * comma ("a phone, tablet or laptop"), the longest run of pieces that names an answer is taken first.
 */
export function multiReader(item: Pick<SurveyItem, 'options'>): (cell: string) => CellResult<string[]> {
  const lookup = new Map<string, string>();
  for (const o of item.options) {
    lookup.set(words(o.value), o.value);
    lookup.set(words(o.label), o.value);
  }
  return (cell) => {
    const parts = cell
      .split(/[;,]/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const chosen: string[] = [];
    const unknown: string[] = [];
    let i = 0;
    while (i < parts.length) {
      let taken = 0;
      for (let j = parts.length; j > i && taken === 0; j -= 1) {
        const value = lookup.get(words(parts.slice(i, j).join(', ')));
        if (value !== undefined) {
          if (!chosen.includes(value)) chosen.push(value);
          taken = j - i;
        }
      }
      if (taken === 0) {
        unknown.push(parts[i] ?? '');
        i += 1;
      } else i += taken;
    }
    if (unknown.length > 0) {
      return cellError(
        `has ${unknown.map((u) => `'${u}'`).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not among this question's answers`,
      );
    }
    return chosen.length === 0 ? cellError('has no answers in it') : cellOk(chosen);
  };
}

const readDate = cellParsers.date();

/** A date, or a date followed by a time as form tools write it ("2026/03/14 10:22:31 AM GMT-5"). */
export function readAnswerDate(cell: string): CellResult<string> {
  const whole = readDate(cell);
  if (whole.ok) return whole;
  const first = cell.trim().split(/[\sT]/)[0] ?? '';
  if (first !== cell.trim() && first !== '') {
    const part = readDate(first);
    if (part.ok) return part;
  }
  return whole;
}

/** The import spec for answers to one instrument version: who answered, when, and one field per question. */
export function responseImportSpec(
  instrument: Pick<SurveyInstrument, 'items'>,
): ImportSpec<ResponseValues, ResponseImportRow, ResponseImportContext> {
  const fields: Record<string, ImportField<unknown>> = {
    name: {
      label: 'Name',
      synonyms: [
        'full name',
        'your name',
        'your full name',
        'caseworker',
        'caseworker name',
        'case worker',
        'worker',
        'worker name',
        'employee',
        'employee name',
        'staff name',
        'respondent',
        'respondent name',
        'first and last name',
      ],
      exclude: ['supervisor', 'manager', 'unit', 'team', 'file', 'user', 'coach'],
      empty: '',
      parse: cellParsers.text(200),
      hint: 'the caseworker’s name; each row needs a name, an employee ID or an email',
    },
    employeeId: {
      label: 'Employee ID',
      synonyms: [
        'emp id',
        'employee number',
        'employee no',
        'emp no',
        'staff id',
        'staff number',
        'worker id',
        'personnel number',
        'payroll number',
        'badge number',
      ],
      exclude: ['response', 'submission', 'respondent', 'unit', 'supervisor'],
      empty: '',
      parse: cellParsers.text(100),
      hint: 'matched first when present',
    },
    email: {
      label: 'Email',
      synonyms: ['email address', 'work email', 'your email', 'e-mail address'],
      exclude: ['supervisor', 'manager'],
      empty: '',
      parse: cellParsers.text(200),
      hint: 'used to find the caseworker when there is no employee ID',
    },
    answeredOn: {
      label: 'Answered on',
      synonyms: [
        'timestamp',
        'date',
        'submitted',
        'submitted at',
        'submitted on',
        'submission date',
        'date submitted',
        'completion time',
        'completed',
        'completed on',
        'response date',
        'end date',
      ],
      exclude: ['start', 'birth', 'hire'],
      empty: null,
      parse: readAnswerDate,
      hint: 'blank means today',
    },
  };
  instrument.items.forEach((item, index) => {
    const n = String(index + 1);
    const parse =
      item.kind === 'multi'
        ? multiReader(item)
        : item.kind === 'single'
          ? choiceReader(item)
          : scaleReader(item);
    fields[itemFieldKey(item.id)] = {
      label: questionName(instrument.items, item.id),
      synonyms: [item.text, item.id, `q${n}`, `question ${n}`],
      required: !item.optional,
      empty: null,
      parse,
      hint: item.kind === 'multi' ? 'answers separated by ; or ,' : item.optional ? 'optional' : undefined,
    };
  });

  const indexes = new WeakMap<ResponseImportContext, RosterIndex>();
  return {
    what: 'survey response',
    where: 'in this round',
    fields,
    build(values, context) {
      let index = indexes.get(context);
      if (!index) {
        index = indexRoster(context.caseworkers);
        indexes.set(context, index);
      }
      const found = findCaseworker(index, {
        name: textOf(values.name),
        employeeId: textOf(values.employeeId),
        email: textOf(values.email),
      });
      if (!found.ok) return { ok: false, reasons: [found.reason] };
      const reasons: string[] = [];
      const warnings = [...found.warnings];
      const raw: Record<string, unknown> = {};
      for (const item of context.instrument.items) {
        const value = values[itemFieldKey(item.id)];
        if (value !== null && value !== undefined) raw[item.id] = value;
      }
      const checked = checkAnswers(context.instrument.items, raw);
      if (!checked.ok) reasons.push(...checked.issues.map((i) => i.message));
      const answeredOn = typeof values.answeredOn === 'string' ? values.answeredOn : context.today;
      if (answeredOn > context.today) reasons.push(`Answered on '${answeredOn}' is a date in the future`);
      if (reasons.length > 0) return { ok: false, reasons };
      const caseworker = found.caseworker;
      if (context.round.openedOn && answeredOn < context.round.openedOn)
        warnings.push(
          `Answered on ${answeredOn}, before ${context.round.name} opened (${context.round.openedOn})`,
        );
      if (caseworker.status === 'left')
        warnings.push(`${caseworker.name} has left the agency; the answers are kept anyway`);
      const earlier = context.existing.find((r) => r.caseworkerId === caseworker.id);
      if (earlier)
        warnings.push(`${caseworker.name} already answered ${context.round.name} on ${earlier.answeredOn}`);
      return {
        ok: true,
        value: {
          caseworkerId: caseworker.id,
          caseworkerName: caseworker.name,
          answeredOn,
          answers: checked.answers,
          replaces: earlier?.id ?? null,
        },
        warnings,
      };
    },
    duplicateKeys(row) {
      return [{ key: `caseworker:${row.caseworkerId}`, label: `caseworker ${row.caseworkerName}` }];
    },
  };
}

/** Validates a mapped file of answers and lists the people who already answered the round. */
export function previewResponseImport(input: {
  table: ParsedCsv;
  headerIndex: number;
  mapping: ColumnMapping;
  context: ResponseImportContext;
  spec: ImportSpec<ResponseValues, ResponseImportRow, ResponseImportContext>;
}): ResponseImportPreview {
  return completeResponsePreview(validateImport(input));
}

/** Lists the people of a checked answers file (validateImport or validateImportInSteps) who already answered. */
export function completeResponsePreview(preview: ImportPreview<ResponseImportRow>): ResponseImportPreview {
  return { ...preview, alreadyAnswered: preview.accepted.filter((r) => r.value.replaces !== null) };
}

/**
 * An empty file with the columns the import reads best: who, when, and each question's own text, so an online form built
 * from it (or filled in by hand) maps itself.
 */
export function responseTemplateCsv(instrument: Pick<SurveyInstrument, 'items'>): string {
  return toCsv(['Name', 'Employee ID', 'Email', 'Answered on', ...instrument.items.map((i) => i.text)], []);
}

// ---------- Finding the caseworker of a row ----------

interface RosterIndex {
  byId: Map<string, RosterEntry[]>;
  byEmail: Map<string, RosterEntry[]>;
  byName: Map<string, RosterEntry[]>;
}

const push = (map: Map<string, RosterEntry[]>, key: string, c: RosterEntry) => {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (!list.includes(c)) list.push(c);
};

/** The name as folded words, and "Last, First" turned round, so both spellings of a person meet. */
function nameKeys(name: string): string[] {
  const keys = [words(name)];
  const parts = name.split(',');
  if (parts.length === 2) keys.push(words(`${parts[1] ?? ''} ${parts[0] ?? ''}`));
  return keys.filter((k) => k !== '');
}

function indexRoster(caseworkers: readonly RosterEntry[]): RosterIndex {
  const index: RosterIndex = { byId: new Map(), byEmail: new Map(), byName: new Map() };
  for (const c of caseworkers) {
    if (!isLive(c)) continue;
    push(index.byId, foldText(c.employeeId.trim()), c);
    push(index.byEmail, foldText(c.email.trim()), c);
    for (const key of nameKeys(c.name)) push(index.byName, key, c);
  }
  return index;
}

type Found = { ok: true; caseworker: RosterEntry; warnings: string[] } | { ok: false; reason: string };

function findCaseworker(index: RosterIndex, who: { name: string; employeeId: string; email: string }): Found {
  const warnings: string[] = [];
  const id = who.employeeId.trim();
  const email = who.email.trim();
  const name = who.name.trim();
  if (id !== '') {
    const byId = index.byId.get(foldText(id)) ?? [];
    const only = byId.length === 1 ? byId[0] : undefined;
    if (only) {
      if (name !== '' && !nameKeys(name).some((k) => nameKeys(only.name).includes(k)))
        warnings.push(
          `The name '${name}' differs from ${only.name}, who has employee ID ${id}; the employee ID was used`,
        );
      return { ok: true, caseworker: only, warnings };
    }
  }
  const idMissed = id !== '' ? `employee ID '${id}' matches nobody in the roster` : '';
  if (email !== '') {
    const byEmail = index.byEmail.get(foldText(email)) ?? [];
    const only = byEmail.length === 1 ? byEmail[0] : undefined;
    if (only) {
      if (idMissed) warnings.push(`${capitalize(idMissed)}; matched ${only.name} by email instead`);
      return { ok: true, caseworker: only, warnings };
    }
  }
  if (name !== '') {
    const matches = new Set(nameKeys(name).flatMap((k) => index.byName.get(k) ?? []));
    if (matches.size > 1) {
      return {
        ok: false,
        reason: `${String(matches.size)} caseworkers in the roster are named ${name}; add an Employee ID or Email column so each row finds the right person`,
      };
    }
    const only = [...matches][0];
    if (only) {
      if (idMissed) warnings.push(`${capitalize(idMissed)}; matched ${only.name} by name instead`);
      return { ok: true, caseworker: only, warnings };
    }
  }
  const tried = [
    ...(id !== '' ? [`employee ID '${id}'`] : []),
    ...(email !== '' ? [`email '${email}'`] : []),
    ...(name !== '' ? [`the name '${name}'`] : []),
  ];
  if (tried.length === 0)
    return {
      ok: false,
      reason: 'The row has no name, employee ID or email, so it cannot be matched to a caseworker',
    };
  return {
    ok: false,
    reason: `Unknown caseworker: nobody in the roster matches ${tried.join(' or ')}. Add them to the roster first, or correct the row`,
  };
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
