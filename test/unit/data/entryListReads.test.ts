// The coaching log's reads at agency scale: the newest page through the date index comes out exactly as the whole
// table sorted would (ties on a day by when they were recorded, Trash left out), and ride-alongs are read through the
// entry facts' index.
import { afterEach, describe, expect, it } from 'vitest';
import { coachingEntryRepository } from '../../../renderer/data/coachingRepository';
import { entryFactsRepository } from '../../../renderer/data/entryFactsRepository';
import { setClockForTests } from '../../../renderer/clock';
import { useFreshDb } from './freshDb';

const CW = '0b7e9a52-3c1d-4f6e-8a9b-1c2d3e4f5a6b';
const OTHER = '1f0e9d8c-7b6a-4d3c-8b2a-9d8c7b6a5f4e';

afterEach(() => setClockForTests(null));

describe('coaching entry list reads', () => {
  useFreshDb();

  async function seed() {
    // Recorded in an order unrelated to their dates and ids, a second apart, so ties on a day are ordered by record time.
    const days = [
      '2026-03-02',
      '2026-03-05',
      '2026-03-05',
      '2026-03-01',
      '2026-03-05',
      '2026-03-03',
      '2026-03-02',
    ];
    let second = 0;
    setClockForTests(() => new Date(Date.UTC(2026, 2, 10, 9, 0, second)));
    const made = [];
    for (const [i, date] of days.entries()) {
      second = i;
      made.push(
        await coachingEntryRepository.create({
          kind: i % 2 === 0 ? 'ride-along' : 'observation',
          caseworkerId: i < 4 ? CW : OTHER,
          date,
        }),
      );
    }
    await coachingEntryRepository.remove(made[2]!.id);
    return made;
  }

  it('reads the newest page as the whole table sorted would, for every page size', async () => {
    await seed();
    const all = (await coachingEntryRepository.listNewestFirst()).map((e) => e.id);
    expect(all).toHaveLength(6);
    for (let limit = 1; limit <= 8; limit++)
      expect((await coachingEntryRepository.newestPage(limit)).map((e) => e.id)).toEqual(all.slice(0, limit));
  });

  it('reads one index value newest first, and the live ride-alongs', async () => {
    const made = await seed();
    expect((await coachingEntryRepository.listNewestFirstBy('caseworkerId', CW)).map((e) => e.date)).toEqual([
      '2026-03-05',
      '2026-03-02',
      '2026-03-01',
    ]);
    // The live ride-alongs (none has a prep or debrief) as the incomplete list reads them: the entry facts, newest first.
    const rides = await entryFactsRepository.incompleteRides();
    expect(rides.map((f) => f.id)).toEqual([made[4]!.id, made[6]!.id, made[0]!.id]);
    expect(await coachingEntryRepository.count()).toBe(6);
  });
});
