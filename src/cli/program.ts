import { Command } from 'commander';
import { backupCommand } from './commands/backup-command.js';
import { closeCommand } from './commands/close-command.js';
import { demoCommand } from './commands/demo-command.js';
import { importCommand } from './commands/import-command.js';
import { invoicesCommand } from './commands/invoices-command.js';
import { migrateCommand } from './commands/migrate-command.js';
import { pruneCommand } from './commands/prune-command.js';
import { serveCommand } from './commands/serve-command.js';
import { usageCommand } from './commands/usage-command.js';
import { verifyCommand } from './commands/verify-command.js';
import { databaseFlag, databaseUrl } from './database-option.js';
import { type Output, processOutput } from './output.js';

/** Runs the `tally` command line and resolves to the process exit code. */
export async function runCli(argv: readonly string[], output: Output = processOutput): Promise<number> {
  let exitCode = 0;
  const program = new Command('tally')
    .description('Usage billing for active contacts')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.out(text.trimEnd()),
      writeErr: (text) => output.error(text.trimEnd()),
    });

  program
    .command('serve')
    .description('run the HTTP API')
    .option(...databaseFlag)
    .option('-p, --port <port>', 'port (env TALLY_PORT, default 3000)')
    .option('--host <host>', 'address to listen on (env TALLY_HOST, default 127.0.0.1)')
    .action(async (options: { database?: string; port?: string; host?: string }) => {
      const port = portOf(options.port);
      if (port === undefined) {
        output.error('--port must be a whole number from 0 to 65535');
        exitCode = 2;
        return;
      }
      exitCode = await serveCommand(
        {
          database: databaseUrl(options.database),
          port,
          host: options.host ?? process.env.TALLY_HOST ?? '127.0.0.1',
        },
        output,
      );
    });
  program
    .command('demo')
    .description(
      'seed a realistic demo account (or reuse it), print its API key, then serve the dashboard and the API',
    )
    .option(...databaseFlag)
    .option('-p, --port <port>', 'port (env TALLY_PORT, default 3000)')
    .option('--host <host>', 'address to listen on (env TALLY_HOST, default 127.0.0.1)')
    .option('--no-serve', 'seed and report, then exit')
    .action(async (options: { database?: string; port?: string; host?: string; serve: boolean }) => {
      const port = portOf(options.port);
      if (port === undefined) {
        output.error('--port must be a whole number from 0 to 65535');
        exitCode = 2;
        return;
      }
      exitCode = await demoCommand(
        {
          database: databaseUrl(options.database),
          port,
          host: options.host ?? process.env.TALLY_HOST ?? '127.0.0.1',
          serve: options.serve,
        },
        output,
      );
    });
  program
    .command('backup <file>')
    .description('write a consistent copy of the live database to a new file (pg_dump format on PostgreSQL)')
    .option(...databaseFlag)
    .action(async (file: string, options: { database?: string }) => {
      exitCode = await backupCommand(databaseUrl(options.database), file, output);
    });
  program
    .command('verify')
    .description(
      'recount every usage month from the activity ledger; exit 1 and name each month that differs',
    )
    .option(...databaseFlag)
    .action(async (options: { database?: string }) => {
      exitCode = await verifyCommand(databaseUrl(options.database), output);
    });
  program
    .command('prune')
    .description(
      'remove the activity ledger of closed, invoiced usage months before a month (counts and invoices stay)',
    )
    .requiredOption(
      '--before <YYYY-MM>',
      'prune usage months starting before this month, in each account’s time zone',
    )
    .option('--dry-run', 'say what would be removed, remove nothing')
    .option(...databaseFlag)
    .action(async (options: { before: string; dryRun?: boolean; database?: string }) => {
      exitCode = await pruneCommand(
        databaseUrl(options.database),
        options.before,
        options.dryRun === true,
        Date.now(),
        output,
      );
    });
  program
    .command('usage')
    .description('print the active contacts of an account’s usage month')
    .requiredOption('-a, --account <id>', 'account id')
    .option('--at <instant>', 'an ISO-8601 instant inside the wanted month (default: now)')
    .option(...databaseFlag)
    .action(async (options: { account: string; at?: string; database?: string }) => {
      exitCode = await usageCommand(databaseUrl(options.database), options.account, options.at, output);
    });
  program
    .command('close')
    .description('close every usage month that is due and issue due invoices')
    .option('--as-of <instant>', 'close as of this ISO-8601 instant (default: now)')
    .option(
      '--grace-minutes <minutes>',
      'how long after its end a month closes (env TALLY_CLOSE_GRACE_MINUTES, default 60)',
    )
    .option(...databaseFlag)
    .action(async (options: { asOf?: string; graceMinutes?: string; database?: string }) => {
      const grace = Number(options.graceMinutes ?? process.env.TALLY_CLOSE_GRACE_MINUTES ?? 60);
      exitCode = await closeCommand(databaseUrl(options.database), options.asOf, grace * 60_000, output);
    });
  program
    .command('import')
    .description('import contacts from a CSV file (name, email, phone, status, and any properties)')
    .argument('<file>', 'the CSV file; the first row names the columns')
    .requiredOption('-a, --account <id>', 'account id')
    .option(...databaseFlag)
    .action(async (file: string, options: { account: string; database?: string }) => {
      exitCode = await importCommand(
        databaseUrl(options.database),
        options.account,
        file,
        output,
        process.stdout.isTTY === true,
      );
    });
  program
    .command('invoices')
    .description('list invoices, one line each, with status, due date and amount due')
    .option('-a, --account <id>', 'only this account')
    .option('--at <instant>', 'status and amount due as of this ISO-8601 instant (default: now)')
    .option(...databaseFlag)
    .action(async (options: { account?: string; at?: string; database?: string }) => {
      exitCode = await invoicesCommand(databaseUrl(options.database), options.account, output, options.at);
    });
  program
    .command('migrate')
    .description('apply pending schema migrations')
    .option(...databaseFlag)
    .action(async (options: { database?: string }) => {
      exitCode = await migrateCommand(databaseUrl(options.database), output);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof Error && 'exitCode' in error)
      return Number((error as { exitCode: number }).exitCode);
    throw error;
  }
  return exitCode;
}

/** The port from the flag, else TALLY_PORT, else 3000; undefined when it is no port. */
function portOf(flag: string | undefined): number | undefined {
  const port = Number(flag ?? process.env.TALLY_PORT ?? 3000);
  return Number.isInteger(port) && port >= 0 && port <= 65_535 ? port : undefined;
}
