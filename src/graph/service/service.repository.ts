// Reads the database's own description of itself.
import type { Executor } from '../../neo4j/executor';

const COMPONENTS = `
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
CALL db.info() YIELD name AS database
RETURN versions[0] AS version, edition, database`;

export class ServiceRepository {
  constructor(private readonly executor: Executor) {}

  async neo4jComponents(): Promise<{ version: string; edition: string; database: string }> {
    const [row] = await this.executor.read(COMPONENTS);
    return row as { version: string; edition: string; database: string };
  }
}
