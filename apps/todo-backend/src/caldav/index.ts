export * from './caldav-errors.ts';
export * from './vtodo-mapping.ts';
