// Gives every unit test an in-memory IndexedDB; imported before Dexie so Dexie picks it up.
import 'fake-indexeddb/auto';
import { setKdfParamsForTests } from '../../renderer/domain/crypto/kdf';
import { setDataKey } from '../../renderer/data/keySession';
import { setDisplayLocale } from '../../renderer/domain/format/format';

// Flows that derive keys again and again use cheap Argon2id parameters; the key-derivation tests themselves switch
// back to the real defaults (64 MiB, 3 passes, 4 lanes) and check known answers with them.
setKdfParamsForTests({ algorithm: 'argon2id', memoryKiB: 256, iterations: 1, parallelism: 1 });

// Every data test runs through encryption at rest, as the app does once unlocked: a fixed key for the whole file.
setDataKey(Uint8Array.from({ length: 32 }, (_, i) => i + 1));

// Dates are written in the runtime's locale; tests pin en-US so expected texts do not depend on the machine's.
setDisplayLocale('en-US');
