/** The packed bench's entry point (npm run bench:pack): the Node runtime's command line, on its own. */
import { runNodeCli } from './nodeCli';

runNodeCli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
