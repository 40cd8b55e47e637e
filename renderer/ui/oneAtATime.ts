// Heavy drawings (charts) take turns: one per task, so the page answers input and paints between them instead of
// freezing while a dozen are drawn in one go.
import { startTransition, useEffect, useState } from 'react';
import { nextTask } from '../domain/nextTask';

const waiting: Array<() => void> = [];
let scheduled = false;
/** What waits for every turn to have run (afterTurns). */
const afterAll: Array<() => void> = [];

function runOne(): void {
  scheduled = false;
  const turn = waiting.shift();
  if (waiting.length > 0) schedule();
  turn?.();
  if (waiting.length === 0) nextTask(runAfterAll);
}

function runAfterAll(): void {
  if (waiting.length > 0) return;
  for (const then of afterAll.splice(0)) then();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  nextTask(runOne);
}

/** Runs `turn` in a task of its own, after the turns asked for before it. Returns a function that gives up the turn. */
export function takeTurn(turn: () => void): () => void {
  waiting.push(turn);
  schedule();
  return () => {
    const at = waiting.indexOf(turn);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/**
 * Runs `then` in a task of its own once every turn asked for (before or meanwhile) has run: work that would slow the
 * drawings down waits for them. Returns a function that gives up waiting.
 */
export function afterTurns(then: () => void): () => void {
  afterAll.push(then);
  if (waiting.length === 0 && !scheduled) nextTask(runAfterAll);
  return () => {
    const at = afterAll.indexOf(then);
    if (at >= 0) afterAll.splice(at, 1);
  };
}

/**
 * Whether a heavy drawing (a chart) is drawn: false until it is `wanted` and its turn has come (takeTurn), then true,
 * set as a transition so React draws it in slices with paints between. True from the start when `initially` (wanted
 * at the first render, e.g. already on screen), and at once when `now` (a printout). Stays true.
 */
export function useDrawnInTurn(wanted = true, { initially = false, now = false } = {}): boolean {
  const [drawn, setDrawn] = useState(initially || now);
  if (now && !drawn) setDrawn(true);
  useEffect(() => {
    if (!wanted || drawn) return;
    return takeTurn(() => startTransition(() => setDrawn(true)));
  }, [wanted, drawn]);
  return drawn;
}
