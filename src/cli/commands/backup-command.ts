import { BackupError, backupDatabase } from '../../store/backup-database.js';
import type { Output } from '../output.js';

/** `tally backup <file>`: a consistent copy of the live database; exit 2 if the file exists. */
export async function backupCommand(url: string, destination: string, output: Output): Promise<number> {
  try {
    const report = await backupDatabase(url, destination);
    output.out(`Backed up the ${report.engine} database to ${report.destination} (${report.bytes} bytes).`);
    output.out(`To restore: ${report.restore}`);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    output.error(error.message);
    return error.message.endsWith('choose a new file') ? 2 : 1;
  }
}
