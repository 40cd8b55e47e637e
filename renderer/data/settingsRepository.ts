// Settings: one validated row. Missing fields take their defaults, so older settings rows keep working.
import { defaultSettings, parseOrThrow, settingsSchema, type Settings } from '../domain/model';
import { getDb } from './db';
import { inTransaction, nowIso } from './repository';

export const settingsRepository = {
  // Arrow properties, not methods: hooks pass them to useLiveQuery unbound.
  load: async (): Promise<Settings> => {
    const stored = await getDb().settings.get('settings');
    if (!stored) return defaultSettings();
    const parsed = settingsSchema.safeParse(stored);
    return parsed.success ? parsed.data : defaultSettings();
  },

  /** Validates the merged settings; throws a ValidationError naming the field when a value is impossible. */
  save: (patch: Partial<Settings>): Promise<Settings> =>
    inTransaction('rw', ['settings'], async () => {
      const current = await settingsRepository.load();
      const next = parseOrThrow(
        settingsSchema,
        { ...current, ...patch, id: 'settings', updatedAt: nowIso() },
        'settings',
      );
      await getDb().settings.put(next);
      return next;
    }),
};
