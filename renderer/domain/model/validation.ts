// Turns schema failures into messages a person can act on: which field, and why.
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the field, e.g. "caseload" or "brief.where"; empty for the record as a whole. */
  field: string;
  message: string;
}

/** A write was refused because the data breaks a rule; nothing was written. */
export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[], what = 'record') {
    super(`The ${what} was not saved: ${issues.map(formatIssue).join('; ')}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

export function formatIssue(issue: FieldIssue): string {
  return issue.field ? `${humanizeField(issue.field)} ${lowerFirstIfRelative(issue.message)}` : issue.message;
}

function lowerFirstIfRelative(message: string): string {
  // zod messages like "must be ..." read after the field name; full sentences stay as they are.
  return /^(must|is|cannot|should)\b/.test(message) ? message : `: ${message}`;
}

export function humanizeField(path: string): string {
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? path;
  const spaced = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    field: i.path.map(String).join('.'),
    message: i.code === 'invalid_type' && i.input === undefined ? 'is required' : i.message,
  }));
}

/** Parses with a schema or throws a ValidationError naming each bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(issuesFromZod(result.error), what);
  return result.data;
}

/** Field -> first message, for showing errors next to form fields. Record-level issues go under ''. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (error instanceof ValidationError) {
    const out: Record<string, string> = {};
    for (const issue of error.issues) {
      const key = issue.field.split('.')[0] ?? '';
      out[key] ??= formatIssue(issue);
    }
    return out;
  }
  return { '': error instanceof Error ? error.message : String(error) };
}
