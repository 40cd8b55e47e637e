// The domain model: schemas, entity types and the table registry.
export * from './schemas';
export * from './entities';
export * from './validation';
export * from './live';
export * from './concurrentEdit';
export * from './labels';
