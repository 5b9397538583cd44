export interface Cluster {
  port: number;
  password: string;
  url(database?: string): string;
  stopServer(mode?: 'smart' | 'fast' | 'immediate'): Promise<string>;
  startServer(): Promise<string>;
  stop(): Promise<void>;
}
export function postgresBin(): string | undefined;
export function whyNoCluster(): string | undefined;
export function startCluster(options?: { durable?: boolean }): Promise<Cluster>;
export function createDatabase(adminUrl: string, name: string): Promise<string>;
