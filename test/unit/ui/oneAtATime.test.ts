// takeTurn: heavy drawings run one per task, in the order asked, and a turn given up never runs.
import { describe, expect, it } from 'vitest';
import { takeTurn } from '../../../renderer/ui/oneAtATime';

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
});
