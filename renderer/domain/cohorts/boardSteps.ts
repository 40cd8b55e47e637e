// Moving a picked-up card on the cohort board by named steps, not by pixels: Up and Down go a wave earlier or later in
// the same cohort, Left and Right go to the same wave of the cohort before or after. Pure, so the steps are tested.

export interface BoardPlace {
  cohortId: string;
  wave: number;
}

export type BoardStep = 'earlier-wave' | 'later-wave' | 'previous-cohort' | 'next-cohort';

/** The step an arrow key names (as KeyboardEvent.code), or null for any other key. */
export function stepOfKey(code: string): BoardStep | null {
  switch (code) {
    case 'ArrowUp':
      return 'earlier-wave';
    case 'ArrowDown':
      return 'later-wave';
    case 'ArrowLeft':
      return 'previous-cohort';
    case 'ArrowRight':
      return 'next-cohort';
    default:
      return null;
  }
}

/**
 * Where one step from `from` lands on a board of `cohortIds` (in their order on screen) and `waves` (in order), or
 * null when the step would leave the board (the card then stays where it is).
 */
export function stepOnBoard(
  from: BoardPlace,
  step: BoardStep,
  cohortIds: readonly string[],
  waves: readonly number[],
): BoardPlace | null {
  const c = cohortIds.indexOf(from.cohortId);
  const w = waves.indexOf(from.wave);
  if (c === -1 || w === -1) return null;
  const to =
    step === 'earlier-wave'
      ? { c, w: w - 1 }
      : step === 'later-wave'
        ? { c, w: w + 1 }
        : step === 'previous-cohort'
          ? { c: c - 1, w }
          : { c: c + 1, w };
  const cohortId = cohortIds[to.c];
  const wave = waves[to.w];
  return cohortId === undefined || wave === undefined ? null : { cohortId, wave };
}
