// Gives every unit test an in-memory IndexedDB; imported before Dexie so Dexie picks it up.
import 'fake-indexeddb/auto';
