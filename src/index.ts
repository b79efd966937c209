// The package's main entry: classes and types, no side effects (no tag is registered here).
export * from './api/index.js';
