/**
 * What the board sorts a contact by in name order: what its card shows first (the name,
 * else the e-mail, else the phone), as a key that files names the way a reader expects,
 * not by code point (which puts "Ärger" and "Łukasz" after "Zoe"): lower-cased in every
 * alphabet, Latin and Greek letters without their accents (DIN 5007-1, as phone books
 * file "Ä" with "A"), and the Latin letters Unicode does not decompose folded to their
 * base ("ł" to "l", "ß" to "ss"). Kept in `contacts.sort_name` so the order has an index;
 * ties keep their contact id order. Migration 18 holds a frozen copy for existing rows.
 */
export function sortName(fields: {
  name: string | null | undefined;
  email: string | null | undefined;
  phone: string | null | undefined;
}): string {
  return (fields.name ?? fields.email ?? fields.phone ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu, '$1')
    .replace(/[łđðøßæœıþħŧŋ]/g, (letter) => foldedLetters[letter] ?? letter)
    .normalize('NFC');
}

const foldedLetters: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
};
