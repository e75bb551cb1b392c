/** SPEC §7: `TALLY_DATABASE` names the store, a file path or a postgres:// URL; a flag overrides it. */
export function databaseUrl(flag: string | undefined): string {
  return flag ?? process.env.TALLY_DATABASE ?? './tally.db';
}

export const databaseFlag = [
  '-d, --database <url>',
  'SQLite file path or postgres:// URL (env TALLY_DATABASE)',
] as const;
