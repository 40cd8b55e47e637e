// Describes one kind of CSV import (roster, survey answers, monthly measures) as plain data and pure functions, so a single
// importer can guess columns, read cells, build records and catch duplicates for all of them.

/** The outcome of reading one cell: a value, or what is wrong with it in words that follow the column name. */
export type CellResult<V> = { ok: true; value: V } | { ok: false; message: string };

export const cellOk = <V>(value: V): CellResult<V> => ({ ok: true, value });
export const cellError = (message: string): CellResult<never> => ({ ok: false, message });

/** One thing the import can fill in, and how a column of the file becomes it. */
export interface ImportField<V> {
  /** How the user calls it; used in the mapping step and in every message ("Caseload 'twelve' is not a whole number"). */
  label: string;
  /** Header texts that mean this field. Matching ignores case, accents, punctuation and spacing. */
  synonyms: readonly string[];
  /** Header words that rule out a loose match ("Supervisor name" is not the worker's name); exact synonyms still match. */
  exclude?: readonly string[];
  /** The file cannot be imported without a column for this field. */
  required?: boolean;
  /**
   * Makes a required field optional when all these other fields are mapped instead
   * (e.g. Name is not needed when both First name and Last name are).
   */
  requiredUnless?: readonly string[];
  /** Value when the column is not mapped or the cell is blank. */
  empty: V;
  /** Reads a non-blank, trimmed cell. */
  parse: (cell: string) => CellResult<V>;
  /** What a good value looks like, for the mapping step ("a whole number, 0 or more"). */
  hint?: string;
}

/** The fields of a spec, keyed like the values its builder receives. */
export type ImportFields<V> = { readonly [K in keyof V]: ImportField<V[K]> };

/** A row's record, or the reasons it cannot be one (full sentences naming the column). */
export type BuildResult<T> = { ok: true; value: T; warnings?: string[] } | { ok: false; reasons: string[] };

/** Something two records must not share. `key` is compared; `label` is how messages name it ("employee ID E1042"). */
export interface DuplicateKey {
  key: string;
  label: string;
}

/** A key held by a record already stored, with who holds it so the message can say ("(Ana Lopez)"). */
export interface ExistingKey {
  key: string;
  owner?: string;
}

export interface ImportSpec<V extends Record<string, unknown>, T, Ctx> {
  /** What one row becomes, singular ("caseworker"). */
  what: string;
  /** Where existing records live, for duplicate messages ("in the roster"). */
  where: string;
  /** Field order here is the order of the mapping step. */
  fields: ImportFields<V>;
  /** Turns the values read from one row into the record to import. */
  build: (values: V, context: Ctx) => BuildResult<T>;
  /** Keys that make two rows the same record; one shared key is enough. */
  duplicateKeys: (record: T) => DuplicateKey[];
  /** Keys of records already stored, so a row that is already there is refused. */
  existingKeys?: (context: Ctx) => Iterable<ExistingKey>;
}

/** A field with its key, for lists (mapping step, guesses). */
export type KeyedField = ImportField<unknown> & { key: string };

/** The fields of a spec as a list in their declared order. */
export function specFields<V extends Record<string, unknown>, T, Ctx>(
  spec: ImportSpec<V, T, Ctx>,
): KeyedField[] {
  return (Object.keys(spec.fields) as (keyof V & string)[]).map((key) => {
    const field: ImportField<unknown> = spec.fields[key];
    return { ...field, key };
  });
}
