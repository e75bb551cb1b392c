/**
 * What the board sorts a contact by in name order: what its card shows first (the name,
 * else the e-mail, else the phone), lower-cased for every alphabet so "łukasz" and
 * "Łukasz" sit together. Kept in `contacts.sort_name` so the order has an index.
 */
export function sortName(fields: {
  name: string | null | undefined;
  email: string | null | undefined;
  phone: string | null | undefined;
}): string {
  return (fields.name ?? fields.email ?? fields.phone ?? '').toLowerCase();
}
