import { describe, expect, it } from 'vitest';
import { statisticsSettled, type TableStatistics } from './table-statistics.ts';

/** PostgreSQL's defaults: 50 changes and a tenth of the table. */
const DEFAULTS = { base: 50, scaleFactor: 0.1 };

const stats = (statistics: Partial<TableStatistics>): TableStatistics => ({
  analyses: 1,
  reltuples: 10_000,
  changesSinceAnalyze: 0,
  ...statistics,
});

describe('statisticsSettled', () => {
  it('is not settled before the first ANALYZE, however few the changes', () => {
    expect(statisticsSettled(stats({ analyses: 0, reltuples: -1, changesSinceAnalyze: 10 }), DEFAULTS)).toBe(false);
  });

  it('is not settled when autovacuum analyzed during a burst of inserts and will again for the rows after it', () => {
    // Analyzed at 4,308 rows of 10,000: 5,692 changes since, past 50 + 430.8.
    expect(statisticsSettled(stats({ reltuples: 4_308, changesSinceAnalyze: 5_692 }), DEFAULTS)).toBe(false);
  });

  it('is not settled when the only ANALYZE saw an empty table', () => {
    expect(statisticsSettled(stats({ reltuples: 0, changesSinceAnalyze: 10_000 }), DEFAULTS)).toBe(false);
  });

  it('is settled when the changes since the last ANALYZE stay under the threshold', () => {
    expect(statisticsSettled(stats({ reltuples: 9_433, changesSinceAnalyze: 572 }), DEFAULTS)).toBe(true);
    expect(statisticsSettled(stats({ reltuples: 10_000, changesSinceAnalyze: 1_050 }), DEFAULTS)).toBe(true);
    expect(statisticsSettled(stats({ reltuples: 10_000, changesSinceAnalyze: 1_051 }), DEFAULTS)).toBe(false);
  });

  it("follows the server's own threshold", () => {
    expect(statisticsSettled(stats({ reltuples: 10_000, changesSinceAnalyze: 600 }), { base: 50, scaleFactor: 0.05 })).toBe(false);
  });
});
