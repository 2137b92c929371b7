import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isRoot } from './server-account.ts';

const run = promisify(execFile);
const MODULE = new URL('./server-account.ts', import.meta.url).href;

describe('the server account', () => {
  it.skipIf(!isRoot())('is created once when several starters race for it on a fresh machine, so all run as one uid', async () => {
    // A name of its own, so the race runs here as on a machine that has never run Doable.
    const name = `doable-race-${process.pid}`;
    try {
      const starters = Array.from({ length: 8 }, () =>
        run(process.execPath, [
          '--input-type=module',
          '-e',
          `import { systemAccount } from '${MODULE}'; console.log(systemAccount('${name}').uid);`,
        ]),
      );
      const uids = (await Promise.all(starters)).map(({ stdout }) => Number(stdout.trim()));
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      expect(uids).toEqual(Array.from({ length: 8 }, () => uid));
    } finally {
      spawnSync('userdel', [name]);
      spawnSync('groupdel', [name]);
    }
  });
});
