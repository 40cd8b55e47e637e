// Sync between desks and the agency hub, pure: clock, merge rules, protocol messages and scopes.
export * from './hlc';
export * from './merge';
export * from './protocol';
export * from './syncedTables';
