// Heavy drawings (charts) take turns: one per task, so the page answers input and paints between them instead of
// freezing while a dozen are drawn in one go.
import { startTransition, useEffect, useState } from 'react';
import { nextTask } from '../domain/nextTask';

const waiting: Array<() => void> = [];
let scheduled = false;

function runOne(): void {
  scheduled = false;
  const turn = waiting.shift();
  if (waiting.length > 0) schedule();
  turn?.();
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
 * False at first, true once this drawing's turn has come (takeTurn) and React has drawn it as a transition, in slices
 * with paints between: for a chart on a page that draws much else at once (the survey results).
 */
export function useDrawnInTurn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (drawn) return;
    return takeTurn(() => startTransition(() => setDrawn(true)));
  }, [drawn]);
  return drawn;
}
