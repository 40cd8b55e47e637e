// Rules for editing a survey instrument: when a save must make a new version (answers already depend on the questions),
// the editing steps themselves (add, move, remove, options), the checks that name the question at fault, and how each
// question scores, in words. Pure: the data layer applies the plan in a transaction.
import type { FieldIssue, SurveyInstrument, SurveyItem, SurveyResponse } from '../model';
import { adkarOptions, agreeOptions, type Construct } from './defaultInstrument';
import { isLive } from '../model';

export type ItemKind = SurveyItem['kind'];
export type SurveyOption = SurveyItem['options'][number];

/** What the editor changes: everything of an instrument except its identity and version. */
export interface InstrumentDraft {
  name: string;
  description: string;
  items: SurveyItem[];
}

export type SavePlan =
  | { kind: 'unchanged' }
  /** Safe to change the stored version: nobody answered it, or only its name or description changed. */
  | { kind: 'update' }
  /** Answers depend on the questions: save as `version` of the same series; old answers keep theirs. */
  | { kind: 'new-version'; version: number };

export const kindLabels: Record<ItemKind, string> = {
  likert5: 'Agree / disagree (5 points)',
  single: 'Pick one answer',
  multi: 'Tick all that apply',
  adkar: 'ADKAR self-rating (1-5)',
};

/**
 * True when any response, live or in Trash, was given on this instrument version. Trashed answers count because they can
 * be restored, and must still be read with the questions they answered.
 */
export function hasAnswers(
  instrumentId: string,
  responses: Iterable<Pick<SurveyResponse, 'instrumentId'>>,
): boolean {
  for (const r of responses) if (r.instrumentId === instrumentId) return true;
  return false;
}

/** True when the questions differ in anything that changes what an answer means or how it scores. */
export function itemsChanged(a: readonly SurveyItem[], b: readonly SurveyItem[]): boolean {
  return JSON.stringify(a.map(canonicalItem)) !== JSON.stringify(b.map(canonicalItem));
}

function canonicalItem(item: SurveyItem) {
  return {
    id: item.id,
    text: item.text.trim(),
    kind: item.kind,
    construct: item.construct,
    options: item.options.map((o) => ({ value: o.value, label: o.label.trim(), score: o.score })),
    reverse: item.reverse,
    weight: item.weight,
    scored: item.scored,
    optional: item.optional,
  };
}

/**
 * Decides how saving `draft` over `current` is stored. Editing the questions of an answered version makes a new version
 * (one above the highest version of the series, so two editors never collide); renaming it does not, since answers do not
 * depend on the name.
 */
export function planInstrumentSave(
  current: Pick<SurveyInstrument, 'name' | 'description' | 'items'>,
  draft: InstrumentDraft,
  facts: { answered: boolean; highestVersionInSeries: number },
): SavePlan {
  const questions = itemsChanged(current.items, draft.items);
  const words =
    current.name.trim() !== draft.name.trim() || current.description.trim() !== draft.description.trim();
  if (!questions && !words) return { kind: 'unchanged' };
  if (questions && facts.answered) return { kind: 'new-version', version: facts.highestVersionInSeries + 1 };
  return { kind: 'update' };
}

/** The newest live version of each series, newest series first by creation. */
export function latestVersions<
  T extends Pick<SurveyInstrument, 'seriesId' | 'version' | 'deletedAt' | 'createdAt'>,
>(instruments: readonly T[]): T[] {
  const bySeries = new Map<string, T>();
  for (const i of instruments) {
    if (!isLive(i)) continue;
    const seen = bySeries.get(i.seriesId);
    if (!seen || i.version > seen.version) bySeries.set(i.seriesId, i);
  }
  return [...bySeries.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

// ---------- Editing steps ----------

/** Moves the item at `index` by `delta` places; a move past either end leaves the list as it is. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/** A short id from words: lower case, letters and digits joined by dashes, made unique against `taken`. */
export function uniqueId(words: string, taken: Iterable<string>, fallback = 'item'): string {
  const base =
    words
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${String(n)}`)) return `${base}-${String(n)}`;
}

/** The options a new question of this kind starts with. */
export function defaultOptions(kind: ItemKind): SurveyOption[] {
  switch (kind) {
    case 'likert5':
      return agreeOptions();
    case 'adkar':
      return adkarOptions();
    case 'single':
      return [
        { value: 'option-1', label: 'Option 1', score: 0 },
        { value: 'option-2', label: 'Option 2', score: 1 },
      ];
    case 'multi':
      return [
        { value: 'option-1', label: 'Option 1', score: 0.5 },
        { value: 'option-2', label: 'Option 2', score: 0.5 },
      ];
  }
}

/** Which constructs fit a kind: ADKAR self-ratings measure an ADKAR element; the other kinds measure the rest. */
export function constructsFor(kind: ItemKind, all: readonly Construct[]): Construct[] {
  return all.filter((c) => (kind === 'adkar') === c.startsWith('adkar-'));
}

/** A new, empty question added to `items`. ADKAR ratings are recorded but never scored, and are optional. */
export function newItem(kind: ItemKind, construct: Construct, items: readonly SurveyItem[]): SurveyItem {
  const adkar = kind === 'adkar';
  return {
    id: uniqueId(
      construct,
      items.map((i) => i.id),
    ),
    text: '',
    kind,
    construct,
    options: defaultOptions(kind),
    reverse: false,
    weight: 1,
    scored: !adkar,
    optional: adkar,
  };
}

/** Changes a question's kind: options are reset to the new kind's defaults unless both kinds list their own options. */
export function changeKind(item: SurveyItem, kind: ItemKind, all: readonly Construct[]): SurveyItem {
  if (item.kind === kind) return item;
  const ownOptions = (k: ItemKind) => k === 'single' || k === 'multi';
  const fits = constructsFor(kind, all);
  return {
    ...item,
    kind,
    construct: fits.includes(item.construct) ? item.construct : (fits[0] ?? item.construct),
    options: ownOptions(item.kind) && ownOptions(kind) ? item.options : defaultOptions(kind),
    reverse: kind === 'likert5' ? item.reverse : false,
    scored: kind === 'adkar' ? false : item.kind === 'adkar' ? true : item.scored,
    optional: kind === 'adkar' ? true : item.optional,
  };
}

/** Adds an option to a pick-one or tick-all question, with a value no other option uses. */
export function addOption(item: SurveyItem, label = 'New answer'): SurveyItem {
  const value = uniqueId(
    label,
    item.options.map((o) => o.value),
    'option',
  );
  return { ...item, options: [...item.options, { value, label, score: 0 }] };
}

// ---------- Checks ----------

const short = (text: string, max = 80): string => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
};

/** "Question 4 (“A good mobile tool would help me…”)": how every message names a question. */
export function questionName(items: readonly Pick<SurveyItem, 'id' | 'text'>[], itemId: string): string {
  const index = items.findIndex((i) => i.id === itemId);
  const item = items[index];
  if (!item) return `Question ${itemId}`;
  const text = short(item.text);
  return text ? `Question ${String(index + 1)} (“${text}”)` : `Question ${String(index + 1)}`;
}

/** Everything wrong with a draft, each message naming the question and what to fix. Empty when it can be saved. */
export function checkDraft(draft: InstrumentDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (draft.name.trim() === '') issues.push({ field: 'name', message: 'The survey needs a name.' });
  if (draft.items.length === 0)
    issues.push({ field: 'items', message: 'The survey needs at least one question.' });
  const ids = new Set<string>();
  draft.items.forEach((item) => {
    const name = questionName(draft.items, item.id);
    const at = (message: string) => issues.push({ field: item.id, message: `${name}: ${message}` });
    if (ids.has(item.id)) at('has the same id as another question.');
    ids.add(item.id);
    if (item.text.trim() === '') at('has no text. Write the question as a caseworker will read it.');
    if (item.text.trim().length > 1000) at('is longer than 1000 characters.');
    if (!Number.isFinite(item.weight) || item.weight < 0 || item.weight > 10)
      at('weight must be a number from 0 to 10.');
    if (item.kind === 'single' || item.kind === 'multi') {
      if (item.options.length < 2) at('needs at least two answers to choose from.');
      const labels = new Set<string>();
      item.options.forEach((o, i) => {
        const label = o.label.trim().toLowerCase();
        if (label === '') at(`answer ${String(i + 1)} has no text.`);
        else if (labels.has(label)) at(`the answer “${o.label.trim()}” is listed twice.`);
        labels.add(label);
        if (!Number.isFinite(o.score) || o.score < 0 || o.score > 1)
          at(`the score of “${o.label.trim() || `answer ${String(i + 1)}`}” must be from 0 to 100.`);
      });
    }
  });
  if (draft.items.length > 0 && draft.items.every((i) => !i.scored || i.weight === 0)) {
    issues.push({
      field: 'items',
      message:
        'No question counts toward readiness, so nobody would get a score. Let at least one question count.',
    });
  }
  return issues;
}

// ---------- How a question scores, in words ----------

const pct = (score: number) => String(Math.round(score * 100));

/** One or two sentences on how the answer to this question moves readiness. */
export function describeScoring(item: SurveyItem): string {
  if (!item.scored) return 'Recorded only: this answer does not count toward readiness.';
  if (item.weight === 0) return 'Weight 0: the answer is recorded but does not count toward readiness.';
  const weight =
    item.weight === 1
      ? ''
      : ` Weight ${String(item.weight)}: counts ${String(item.weight)} times as much as a question of weight 1.`;
  switch (item.kind) {
    case 'likert5':
    case 'adkar': {
      const low = item.options[0]?.label ?? '1';
      const high = item.options[item.options.length - 1]?.label ?? '5';
      return item.reverse
        ? `Reverse-scored: “${high}” scores 0 and “${low}” scores 100, so agreeing lowers readiness.${weight}`
        : `“${low}” scores 0 and “${high}” scores 100, in even steps.${weight}`;
    }
    case 'single':
      return `Each answer has its own score: ${item.options.map((o) => `${o.label} ${pct(o.score)}`).join('; ')}.${weight}`;
    case 'multi':
      return `Each ticked answer adds its points, up to 100: ${item.options.map((o) => `${o.label} +${pct(o.score)}`).join('; ')}.${weight}`;
  }
}
