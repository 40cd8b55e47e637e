// The indexes of each table, as types, so repositories can only query an index the schema declares.
// A new schema version adds its file's stores here too (union of every version's declarations).
import type { TableName } from '../../domain/model';
import type { schemaV1 } from './v1';
import type { schemaV2 } from './v2';

type Split<S extends string> = S extends `${infer Head}, ${infer Rest}` ? Head | Split<Rest> : S;
type Stores = typeof schemaV1 & typeof schemaV2;

/** The index names (and compound indexes like `[roundId+caseworkerId]`) declared for table K. */
export type IndexName<K extends TableName> = Exclude<Split<Stores[K]>, 'id'> | 'id';
