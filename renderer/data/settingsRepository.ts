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
import { sharedRead } from './sharedRead';

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

/**
 * The settings as every screen reads them: one copy shared by all (data/sharedRead.ts), read again when they are
 * saved. A dozen screens and parts read them, each with its own read, and at start each of those reads queued behind
 * the big reads of the moment (a few hundred milliseconds at agency scale) before Home could even look up the figures
 * it kept; now the first read serves them all, and a part drawn later finds them at hand. They hold nothing
 * personal and are not sealed, so neither a lock nor presentation mode changes how they read (the mode's switch itself
 * follows them: forgetting them there would switch it again and again).
 */
export const settingsRead = sharedRead(['settings'], settingsRepository.load, { plain: true });
