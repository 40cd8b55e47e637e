// Every table of the registry either travels to the hub, with a scope rule, or stays on the desk for a stated reason.
import { describe, expect, it } from 'vitest';
import { tableNames } from '../../../../renderer/domain/model';
import { isSyncTable, localOnlyTables, syncTables } from '../../../../renderer/domain/sync';

describe('synced tables', () => {
  it.each(tableNames)('%s syncs or is listed as staying on the desk, not both', (table) => {
    expect(isSyncTable(table) !== Object.hasOwn(localOnlyTables, table)).toBe(true);
  });

  it('syncs only tables of the registry', () => {
    for (const table of syncTables) expect(tableNames).toContain(table);
  });
});
