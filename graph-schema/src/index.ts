export * from './enums.js';
export * from './properties.js';
export * from './labels.js';
export * from './relationship-types.js';
export * from './validation.js';
export * from './constraints.js';
export * from './topics.js';
export * from './system.js';
