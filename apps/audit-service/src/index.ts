export type { AuditModule } from './audit-module.ts';
export { createAuditModule } from './audit-module.ts';
export { auditServiceSettings } from './config.ts';
