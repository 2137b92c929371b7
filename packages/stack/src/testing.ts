// What other packages' tests take from the stack: a PostgreSQL they may kill, and the browser.
export * from './chromium.ts';
export * from './killable-postgres.ts';
