export * from './varySpec';
export * from './sweepPoints';
export * from './sweepPoint';
export * from './breakingPoint';
export * from './sweepOutput';
export * from './sweepLink';
export * from './presetSweeps';
export * from './defaultVary';
