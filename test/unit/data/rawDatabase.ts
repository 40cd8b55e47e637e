// What a thief with the disk sees: every record of a database read with the bare IndexedDB API (not through Dexie and
// its middleware), and the personal strings of the demo workspace to look for in it.
import type { DemoWorkspace } from '../../../renderer/data/demo/generateDemo';

/** Every personal string of the demo: names, e-mails, employee IDs, supervisors, and every free text. */
export function personalStrings(demo: DemoWorkspace): string[] {
  const out = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string' && value.trim().length >= 4) out.add(value);
  };
  for (const c of demo.caseworkers) [c.name, c.email, c.employeeId].forEach(add);
  for (const u of demo.units) add(u.supervisorName);
  for (const c of demo.coaches) [c.name, c.expertise].forEach(add);
  for (const e of demo.coachingEntries) {
    Object.values(e.note).forEach(add);
    [e.strengths, e.growthAreas, e.renegadeNote, e.focusSkill].forEach(add);
    e.actionItems.forEach((a) => add(a.text));
    if (e.prep) Object.values(e.prep).forEach(add);
    if (e.debrief) Object.values(e.debrief).forEach(add);
  }
  for (const s of demo.standups)
    for (const r of s.rows) [r.triedAndLearned, r.problems, r.tryToday].forEach(add);
  for (const g of demo.gaps) [g.expectation, g.expectedLevel, g.actualLevel].forEach(add);
  for (const c of demo.cohorts) [c.notes, ...c.members.map((m) => m.reason)].forEach(add);
  // Focus skills and expectations picked from the settings' lists are labels, not about anyone: settings stay clear.
  const labels = JSON.stringify(demo.settings);
  return [...out].filter((s) => !labels.includes(JSON.stringify(s)));
}

/** All records of every store, read with the bare IndexedDB API, as one string (binary fields as their bytes' text). */
export async function rawDatabaseText(name: string): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
  const parts: string[] = [];
  for (const store of Array.from(idb.objectStoreNames)) {
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = idb.transaction(store, 'readonly').objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error ?? new Error('read failed'));
    });
    parts.push(
      JSON.stringify(rows, (_k, v: unknown) =>
        v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v,
      ),
    );
  }
  idb.close();
  return parts.join('\n');
}
