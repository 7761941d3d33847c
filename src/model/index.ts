// The ground floor: the graph's vocabulary, its relationship types, its storage format and its row shapes.
export * from './dates';
export * from './evidence';
export * from './relationships';
export * from './rows';
export * from './vocabulary';
