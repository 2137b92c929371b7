import { chmodSync, lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

const GROUP_AND_OTHERS = 0o077;

/**
 * Makes a folder and everything in it readable and writable by its owner only (0700 folders, 0600 files) and
 * returns how many entries were more open. Symbolic links are left alone: chmod would change what they point to.
 * A no-op on Windows, where modes do not carry these permissions.
 */
export function restrictToOwner(root: string): number {
  if (process.platform === 'win32') return 0;
  let opened = 0;
  const visit = (path: string) => {
    let stat: Stats;
    try {
      stat = lstatSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    if (stat.isSymbolicLink()) return;
    if (stat.mode & GROUP_AND_OTHERS) {
      chmodSync(path, stat.mode & 0o700);
      opened++;
    }
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(root);
  return opened;
}
