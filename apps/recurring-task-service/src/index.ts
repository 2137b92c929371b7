export { recurringTaskServiceSettings } from './config.ts';
export type { NextOccurrenceClient } from './next-occurrence-client.ts';
export { createRecurringModule } from './recurring-module.ts';
