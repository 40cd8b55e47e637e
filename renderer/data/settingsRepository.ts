// Settings: one validated row. Missing or unreadable fields take their defaults, so older (or newer) rows keep working.
import {
  defaultSettings,
  parseOrThrow,
  salvageSettings,
  settingsSchema,
  type Settings,
} from '../domain/model';
import { getDb } from './db';
import { inTransaction, nowIso } from './repository';

export const settingsRepository = {
  // Arrow properties, not methods: hooks pass them to useLiveQuery unbound.
  load: async (): Promise<Settings> => {
    const stored = await getDb().settings.get('settings');
    if (!stored) return defaultSettings();
    return salvageSettings(stored);
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
