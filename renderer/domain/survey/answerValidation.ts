// Checks a set of answers against the questions of an instrument version before anything is stored, whether they come
// from the supervisor's form, kiosk mode or a CSV file: each message names the question and says what is wrong.
import type { FieldIssue, SurveyItem } from '../model';
import { questionName } from './instrumentEditing';
import type { Answer } from './scoreResponse';

export type Answers = Record<string, Answer>;

export type AnswerCheck =
  { ok: true; answers: Answers } | { ok: false; issues: FieldIssue[]; answers: Answers };

/** The option value that means "none of these" in a tick-all question; it cannot be ticked with anything else. */
export const NONE_VALUE = 'none';

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/**
 * Validates and tidies answers: scale answers become whole numbers 1-5, tick-all answers are listed in the question's
 * order without repeats, blank answers are left out. Required questions left blank, answers out of range and answers that
 * are not among a question's options are refused, each with a message naming the question.
 */
export function checkAnswers(
  items: readonly SurveyItem[],
  answers: Readonly<Record<string, unknown>>,
): AnswerCheck {
  const issues: FieldIssue[] = [];
  const clean: Answers = {};
  const known = new Set(items.map((i) => i.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id) && !isBlank(answers[id]))
      issues.push({
        field: '',
        message: `There is an answer to a question that is not in this survey (“${id}”).`,
      });
  }
  for (const item of items) {
    const name = questionName(items, item.id);
    const value = answers[item.id];
    const fail = (message: string) => issues.push({ field: item.id, message });
    if (isBlank(value)) {
      if (!item.optional) fail(`${name} needs an answer.`);
      continue;
    }
    switch (item.kind) {
      case 'likert5':
      case 'adkar': {
        const n =
          typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
        if (!Number.isFinite(n) || !Number.isInteger(n))
          fail(`${name}: the answer must be a whole number from 1 to 5.`);
        else if (n < 1 || n > 5) fail(`${name}: ${String(n)} is outside the 1 to 5 scale.`);
        else clean[item.id] = n;
        break;
      }
      case 'single': {
        const v: unknown = Array.isArray(value) && value.length === 1 ? (value[0] as unknown) : value;
        if (typeof v !== 'string' && typeof v !== 'number') {
          fail(`${name}: choose one answer.`);
          break;
        }
        const option = item.options.find((o) => o.value === String(v));
        if (option) clean[item.id] = option.value;
        else fail(`${name}: “${String(v)}” is not one of its answers.`);
        break;
      }
      case 'multi': {
        const list = (Array.isArray(value) ? value : [value]).map(String);
        const unknown = list.filter((v) => !item.options.some((o) => o.value === v));
        if (unknown.length > 0) {
          fail(
            `${name}: ${unknown.map((u) => `“${u}”`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among its answers.`,
          );
          break;
        }
        const chosen = item.options.filter((o) => list.includes(o.value)).map((o) => o.value);
        if (chosen.includes(NONE_VALUE) && chosen.length > 1) {
          const label = item.options.find((o) => o.value === NONE_VALUE)?.label ?? 'None of these';
          fail(`${name}: “${label}” cannot be ticked together with other answers.`);
          break;
        }
        clean[item.id] = chosen;
        break;
      }
    }
  }
  return issues.length === 0 ? { ok: true, answers: clean } : { ok: false, issues, answers: clean };
}
