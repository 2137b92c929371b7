export * from './charts.ts';
export * from './kubernetes-schemas.ts';
export * from './paths.ts';
export * from './tools.ts';
