// Reads the database's own description of itself, and the stamp of the graph's content.
import type { DataVersionRow } from '../../model';
import type { Executor } from '../../neo4j/executor';

const COMPONENTS = `
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
CALL db.info() YIELD name AS database
RETURN versions[0] AS version, edition, database`;

// Written by each load that changes the graph (seed/load.ts).
const DATA_VERSION = 'MATCH (v:DataVersion) RETURN v {.id, .loadedAt, .articles} AS version LIMIT 1';

export class ServiceRepository {
  constructor(private readonly executor: Executor) {}

  async neo4jComponents(): Promise<{ version: string; edition: string; database: string }> {
    const [row] = await this.executor.read(COMPONENTS);
    return row as { version: string; edition: string; database: string };
  }

  async dataVersion(): Promise<DataVersionRow | null> {
    const [row] = await this.executor.read(DATA_VERSION);
    return (row?.version as DataVersionRow | undefined) ?? null;
  }
}
