export { createAuditModule } from './audit-module.ts';
export type { AuditModule } from './audit-module.ts';
