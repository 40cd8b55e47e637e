// takeTurn: heavy drawings run one per task, in the order asked, and a turn given up never runs; afterTurns waits for
// them all.
import { describe, expect, it } from 'vitest';
import { afterTurns, takeTurn } from '../../../renderer/ui/oneAtATime';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('takeTurn', () => {
  it('runs the turns in the order asked, none of them at once', async () => {
    const ran: string[] = [];
    takeTurn(() => ran.push('a'));
    takeTurn(() => ran.push('b'));
    const giveUp = takeTurn(() => ran.push('c'));
    takeTurn(() => ran.push('d'));
    giveUp();
    expect(ran).toEqual([]);
    for (let i = 0; i < 10 && ran.length < 3; i++) await nextTask();
    expect(ran).toEqual(['a', 'b', 'd']);
  });

  it('runs each turn in a task of its own: a promise settled in one turn resolves before the next turn', async () => {
    const seen: string[] = [];
    takeTurn(() => {
      seen.push('first');
      void Promise.resolve().then(() => seen.push('microtask of first'));
    });
    takeTurn(() => seen.push('second'));
    for (let i = 0; i < 10 && seen.length < 3; i++) await nextTask();
    expect(seen).toEqual(['first', 'microtask of first', 'second']);
  });

  it('runs what waits for the turns after every one of them, also those asked for meanwhile, and not if given up', async () => {
    const ran: string[] = [];
    takeTurn(() => {
      ran.push('a');
      takeTurn(() => ran.push('asked for during a'));
    });
    afterTurns(() => ran.push('after'));
    afterTurns(() => ran.push('given up'))();
    for (let i = 0; i < 10 && ran.length < 3; i++) await nextTask();
    await nextTask();
    expect(ran).toEqual(['a', 'asked for during a', 'after']);
    // With no turn waiting, in a task of its own.
    afterTurns(() => ran.push('idle'));
    expect(ran).toHaveLength(3);
    for (let i = 0; i < 10 && ran.length < 4; i++) await nextTask();
    expect(ran.at(-1)).toBe('idle');
  });
});
