// A sample tool-usage file, as a usage or audit log exports it (one row per event: user e-mail, timestamp, action),
// built from the roster so a new user can see the format and try the import. It covers the working days of the last
// two weeks and includes one account that is not a caseworker, to show how unknown users are reported. Deterministic.
import { seededRandom } from '../random/seededRandom';
import { toCsv } from '../csv/toCsv';
import { dateOfDay, dayNumber } from '../mastery/masteryNumbers';

const ACTIONS = [
  'Signed in',
  'Opened a case',
  'Created a visit note',
  'Updated a safety plan',
  'Synced offline notes',
];

export function sampleUsageCsv(
  people: readonly { email: string }[],
  today: string,
  options: { days?: number; seed?: number; adminEmail?: string } = {},
): string {
  const rng = seededRandom(options.seed ?? 11);
  const T = dayNumber(today);
  const rows: [string, string, string][] = [];
  const withEmail = people.filter((p) => p.email.trim() !== '');
  const domain = withEmail[0]?.email.split('@')[1] ?? 'agency.example.org';
  for (let day = T - (options.days ?? 14); day < T; day++) {
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (weekday === 0 || weekday === 6) continue;
    const date = dateOfDay(day);
    for (const p of withEmail) {
      if (!rng.chance(0.7)) continue;
      for (let n = rng.int(1, 3); n > 0; n--)
        rows.push([
          p.email,
          `${date} ${String(rng.int(8, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
          rng.pick(ACTIONS),
        ]);
    }
    rows.push([options.adminEmail ?? `it-admin@${domain}`, `${date} 07:30`, 'Ran the nightly export']);
  }
  rows.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return toCsv(['User email', 'Timestamp', 'Action'], rows);
}
