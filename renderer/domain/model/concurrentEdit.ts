// Two windows editing one record must not silently overwrite each other. An edit carries the record as its form opened
// it; when the stored record changed since, the two edits merge if they touched different fields, and are refused
// (naming the fields) if they touched the same one differently.
import { humanizeField } from './validation';

type Fields = Readonly<Record<string, unknown>>;

/** Plain-data equality (records hold strings, numbers, booleans, null, arrays and plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue(Reflect.get(a, k), Reflect.get(b, k)));
}

/** The keys whose values differ between two versions of a record's fields. */
export function changedFields(before: Fields, after: Fields): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !sameValue(before[k], after[k]));
}

export type EditMerge =
  | {
      ok: true;
      /** Only the fields this edit changed, to lay over the stored record. */ changes: Record<
        string,
        unknown
      >;
    }
  | { ok: false; /** Fields both edits changed, to different values. */ conflicts: string[] };

/**
 * Three-way merge of one edit. `opened` is what the form started from, `stored` what is stored now, `edited` what the
 * form would save (all its fields). Fields the edit did not change are never written, so a change made elsewhere to them
 * survives; a field both changed to the same value is no conflict.
 */
export function mergeEdit(opened: Fields, stored: Fields, edited: Fields): EditMerge {
  const ours = changedFields(opened, edited).filter((k) => Object.hasOwn(edited, k));
  const theirs = new Set(changedFields(opened, stored));
  const conflicts = ours.filter((k) => theirs.has(k) && !sameValue(edited[k], stored[k]));
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, changes: Object.fromEntries(ours.map((k) => [k, edited[k]])) };
}

/** An edit refused because someone changed the same fields elsewhere (another window) since the form opened. */
export class EditConflictError extends Error {
  readonly fields: string[];
  constructor(what: string, fields: readonly string[]) {
    const named = fields.map((f) => humanizeField(f).toLowerCase()).join(', ');
    super(
      `This ${what} was changed elsewhere since you opened it: ${named}. ` +
        'Your changes were not saved; close the form, open it again to see the new values, and make your change there.',
    );
    this.name = 'EditConflictError';
    this.fields = [...fields];
  }
}

/** An edit refused because the record went to Trash (in another window) since the form opened. */
export class EditedRecordGoneError extends Error {
  constructor(what: string) {
    super(`This ${what} was moved to Trash elsewhere since you opened it, so your changes were not saved.`);
    this.name = 'EditedRecordGoneError';
  }
}

/**
 * The updatedAt of a record's next version: now, or a millisecond after the previous stamp when the clock has not moved
 * past it (two saves within one millisecond, or a clock set back), so every saved version has a stamp of its own.
 */
export function nextStamp(previous: string, now: string): string {
  const prev = Date.parse(previous);
  return Date.parse(now) > prev ? now : new Date(prev + 1).toISOString();
}
