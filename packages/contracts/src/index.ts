export * from './duration.ts';
export * from './events.ts';
export * from './me.ts';
export * from './problem.ts';
export * from './recurrence/recurrence-rule.ts';
export * from './recurrence/recurrence-text.ts';
export * from './task.ts';
export * from './tools.ts';
