// Settings: one validated row. Missing fields take their defaults, so older settings rows keep working.
import { defaultSettings, parseOrThrow, settingsSchema, type Settings } from '../domain/model';
import { getDb } from './db';
import { nowIso } from './repository';

export async function loadSettings(): Promise<Settings> {
  const stored = await getDb().settings.get('settings');
  if (!stored) return defaultSettings();
  const parsed = settingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultSettings();
}

/** Validates the merged settings; throws a ValidationError naming the field when a value is impossible. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const db = getDb();
  return db.transaction('rw', db.settings, async () => {
    const current = await loadSettings();
    const next = parseOrThrow(
      settingsSchema,
      { ...current, ...patch, id: 'settings', updatedAt: nowIso() },
      'settings',
    );
    await db.settings.put(next);
    return next;
  });
}
