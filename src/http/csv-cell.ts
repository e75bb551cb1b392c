/**
 * One text cell of a CSV Tally writes: RFC 4180 quoting, and a cell a spreadsheet would run
 * as a formula (starting with =, +, -, @, a tab or a carriage return — OWASP "CSV
 * injection") gets a leading single quote, so it shows as text. Ids and names come from
 * other systems and from people, so any of them may start that way.
 *
 * Only for text columns: a number such as a money amount "-5.00" must stay a number the
 * spreadsheet can add up, so numeric columns are written as they are, not through this.
 */
export function csvTextCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
