export * from './api-answers.ts';
export * from './duration.ts';
export * from './events.ts';
export * from './me.ts';
export * from './problem.ts';
export * from './task.ts';
export * from './tools.ts';
