import { mkdirSync } from 'node:fs';
import { restrictToOwner } from '@doable/db';
import type { Logger } from '@doable/platform';

/**
 * Files this process creates from now on are its owner's only (0600, folders 0700): the database, its WAL (which
 * holds session tokens) and the auth secret. Embedded mode is one process whose files are all private.
 */
export function keepNewFilesPrivate(): void {
  process.umask(0o077);
}

/**
 * Creates the data folder owner-only, or makes an existing one so (with everything in it), warning when it was open
 * to others: earlier versions left it readable by every user of the machine.
 */
export function makeDataFolderPrivate(dataDir: string, logger: Logger): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const opened = restrictToOwner(dataDir);
  if (opened > 0) {
    logger.warn(
      { dataDir, entries: opened },
      `The data folder ${dataDir} was open to other users of this machine. It holds the database and sign-in secrets, so it is now readable by its owner only (${opened} ${opened === 1 ? 'entry' : 'entries'} changed).`,
    );
  }
}
