// Text keys for comparing what people typed: names, units and column headers match regardless of case, accents,
// punctuation and spacing, because HR exports and hand-kept spreadsheets never agree on any of those.

// Letters that carry no combining mark in Unicode, so NFD alone would leave them unmatched with their plain forms.
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
};
const EXTRA_FOLD_PATTERN = /[đðøłßæœþı]/g;

// Most cells are plain ASCII with single spaces; checking that first skips Unicode work on the 50,000-row path.
const NON_ASCII = /[^ -~\t\n\r]/;
const UNTIDY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** Case- and accent-insensitive key with whitespace collapsed: "  Nguyễn  Thị " and "nguyen thi" fold alike. */
export function foldText(value: string): string {
  const folded = NON_ASCII.test(value)
    ? value
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(EXTRA_FOLD_PATTERN, (c) => EXTRA_FOLDS[c] ?? c)
        // Word processors and phones curl apostrophes and quotes: O’Brien and O'Brien are the same person.
        .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/[\u2010-\u2015]/g, '-')
    : value.toLowerCase();
  return UNTIDY_SPACE.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
}

/** Tidies a free-text cell for storing: composed Unicode (NFC), trimmed, runs of whitespace made one space. */
export function tidyText(value: string): string {
  const composed = NON_ASCII.test(value) ? value.normalize('NFC') : value;
  return UNTIDY_SPACE.test(composed) ? composed.replace(/\s+/g, ' ').trim() : composed;
}

/**
 * Words of a column header for matching: folded, "#" read as "number", punctuation dropped, "e mail" joined.
 * "E-mail Address" -> ["email", "address"]; "Emp #" -> ["emp", "number"]; "Dept/Unit" -> ["dept", "unit"].
 */
export function headerTokens(header: string): string[] {
  const words = foldText(header)
    .replace(/#/g, ' number ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\be mail\b/g, 'email')
    .trim();
  return words === '' ? [] : words.split(' ');
}

/** The header with all separators removed, so "E-mail", "Email" and "e mail" share one key. */
export function headerKey(header: string): string {
  return headerTokens(header).join('');
}

// Apostrophes and punctuation inside names: "O'Brien", "O’Brien" and "OBrien" are typed for the same person.
const APOSTROPHES = /['\u2018\u2019\u02bc\u2032`´]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The key a search compares against: folded (case, accents, special letters such as Ł, Ø, ß), apostrophes dropped and
 * other punctuation read as a space. "O'Brien, Seán" -> "obrien sean"; "Łukasz" -> "lukasz".
 */
export function searchKey(value: string): string {
  return foldText(value).replace(APOSTROPHES, '').replace(NOT_WORD, ' ').trim();
}

/** The words of what someone typed in a search box, folded like `searchKey`. */
export function searchWords(query: string): string[] {
  const key = searchKey(query);
  return key === '' ? [] : key.split(' ');
}

/**
 * True when every typed word appears in the key, in any order: "sean obrien" finds "O'Brien, Seán", "nguyen anh"
 * finds "Nguyễn Thị Ánh". No words matches everything. `key` must come from `searchKey`.
 */
export function matchesWords(key: string, words: readonly string[]): boolean {
  for (const word of words) if (!key.includes(word)) return false;
  return true;
}

/** A test for one query, to run against many keys (a list of 5,000 names folds the query once, not 5,000 times). */
export function searchMatcher(query: string): (key: string) => boolean {
  const words = searchWords(query);
  return (key) => matchesWords(key, words);
}

/**
 * The items whose key matches what was typed, those whose key starts with it first ("Worker 432" lists Worker 432 and
 * Worker 4320-4329 before Worker 1432), each group in the order given. One pass, for pickers of 5,000 people.
 */
export function rankedMatches<T>(entries: readonly { key: string; item: T }[], query: string): T[] {
  return firstRankedMatches(entries, query, Infinity).items;
}

/**
 * The first `limit` of `rankedMatches` and how many match in all, in one pass: a picker of 5,000 people shows a
 * screenful of the best matches and says how many more there are, instead of building a list of thousands.
 */
export function firstRankedMatches<T>(
  entries: readonly { key: string; item: T }[],
  query: string,
  limit: number,
): { items: T[]; total: number } {
  const words = searchWords(query);
  if (words.length === 0) return { items: entries.slice(0, limit).map((e) => e.item), total: entries.length };
  const typed = words.join(' ');
  const first: T[] = [];
  const rest: T[] = [];
  let total = 0;
  for (const { key, item } of entries)
    if (matchesWords(key, words)) {
      total++;
      if (key.startsWith(typed)) {
        if (first.length < limit) first.push(item);
      } else if (rest.length < limit) rest.push(item);
    }
  return { items: first.concat(rest).slice(0, limit), total };
}
