import { z } from 'zod';

// The Content-Security-Policy allows no eval, so zod must not compile parsers with `new Function`; even its probe
// for eval is reported as a violation. Imported first by main.tsx, before any schema is built.
z.config({ jitless: true });
