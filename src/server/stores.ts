/** Which AssignmentStore a server uses: PostgreSQL when a database URL is set, else the SQLite file. */
import type { ServerConfig } from './config.ts';
import { PgAssignmentStore } from './pg-store.ts';
import { SqliteAssignmentStore } from './sqlite-store.ts';
import type { AssignmentStore } from './types.ts';

export function openStore(config: ServerConfig): AssignmentStore {
  if (config.databaseUrl) return new PgAssignmentStore(config.databaseUrl, { maxSubmissions: config.maxSubmissions, poolSize: config.dbPoolSize });
  return new SqliteAssignmentStore(config.dbPath, { maxSubmissions: config.maxSubmissions });
}
