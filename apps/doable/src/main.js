// `npm start`'s entry. Plain JavaScript on purpose: Node loads its TypeScript stripper (17 MiB resident, tens of
// milliseconds) for the first .ts file it compiles, and with the compile cache on, a restart compiles none.
import { enableCompileCache } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Node's compile cache: the app's TypeScript, stripped and compiled to bytecode once, is read back on later starts
 * (restarts, and first starts on a new data folder) instead of compiled again. In the user's own cache folder
 * (`$XDG_CACHE_HOME`, else `~/.cache`), never in the clone, and never in a folder other users share: whoever can
 * write it decides the code Doable runs. Entries are keyed by file and content, so an edit or an upgrade misses
 * only the files it changed. When the folder cannot be made (no home) Doable starts without it. `NODE_COMPILE_CACHE`
 * names another folder, `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 */
enableCompileCache(join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'doable', 'compile-cache'));

await import('./server.ts');
