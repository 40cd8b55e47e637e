// The indexes of each table, as types, so repositories can only query an index the schema declares.
// A new schema version adds its file's stores here too: a table's latest declaration wins (version 2 dropped
// caseworkers' employeeId index, for example).
import type { TableName } from '../../domain/model';
import type { schemaV1 } from './v1';
import type { schemaV2 } from './v2';

type Split<S extends string> = S extends `${infer Head}, ${infer Rest}` ? Head | Split<Rest> : S;
type Stores = Omit<typeof schemaV1, keyof typeof schemaV2> & typeof schemaV2;

/** The index names (and compound indexes like `[roundId+caseworkerId]`) declared for table K. */
export type IndexName<K extends TableName> = Exclude<Split<Stores[K]>, 'id'> | 'id';
