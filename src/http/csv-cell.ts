/**
 * The separators a Tally CSV may use: a comma by default, or a semicolon, which spreadsheets
 * set to a German (or other decimal-comma) locale expect, because there the comma is the
 * decimal separator.
 */
export const csvDelimiters = { comma: ',', semicolon: ';' } as const;
export type CsvDelimiterName = keyof typeof csvDelimiters;
export type CsvDelimiter = (typeof csvDelimiters)[CsvDelimiterName];

/**
 * One text cell of a CSV Tally writes: RFC 4180 quoting, and a cell a spreadsheet would run
 * as a formula (starting with =, +, -, @, a tab or a carriage return — OWASP "CSV
 * injection") gets a leading single quote, so it shows as text. Ids and names come from
 * other systems and from people, so any of them may start that way.
 *
 * Only for text columns: a number such as a money amount "-5.00" must stay a number the
 * spreadsheet can add up, so numeric columns are written as they are, not through this.
 * A cell holding the file's delimiter is quoted, so the delimiter never splits a value.
 */
export function csvTextCell(value: string, delimiter: CsvDelimiter = ','): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
