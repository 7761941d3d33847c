// `npm run db:start | db:stop | db:status`: the local JVM Neo4j from the command line.
// db:start prints the bolt URI as its last line, so scripts can take it with `tail -n 1`.
import { loadConfig } from '../src/config';
import { SetupError } from '../src/neo4j/setup-error';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './launcher';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const home = config.localNeo4jHome;
  switch (command) {
    case 'start': {
      const started = Date.now();
      const neo4j = await startLocalNeo4j({
        home,
        port: config.localNeo4jPort,
        password: config.neo4jPassword,
        heap: config.localNeo4jHeap,
        pageCache: config.localNeo4jPageCache,
      });
      const how = neo4j.reused ? 'already running' : `started in ${((Date.now() - started) / 1000).toFixed(1)} s`;
      console.log(`Neo4j ${how} (pid ${neo4j.pid}, data in ${home})`);
      console.log(neo4j.uri);
      return 0;
    }
    case 'stop':
      console.log((await stopLocalNeo4j(home)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const status = await localNeo4jStatus(home, config.neo4jPassword);
      if (!status.running) {
        console.log(`Neo4j is not running (data in ${home}).`);
        return 1;
      }
      console.log(`Neo4j is running (pid ${status.pid}) and ${status.answering ? 'answers queries' : 'does not answer queries yet'}.`);
      console.log(status.uri);
      return status.answering ? 0 : 1;
    }
    default:
      console.error('usage: db/cli.ts start | stop | status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof SetupError ? error.message : error);
    process.exit(1);
  },
);
