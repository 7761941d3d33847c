// How to reach a Neo4j: what the service needs to open a driver. Finding or starting one is db/obtain.ts's job.
export type Neo4jSource = 'environment' | 'docker' | 'local';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  source: Neo4jSource;
}
