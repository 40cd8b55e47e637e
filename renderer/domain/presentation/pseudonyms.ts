// Presentation mode's stable pseudonyms: each caseworker is "Worker N" by the order they were added, so a number never
// changes when someone else joins or leaves; and a scrubber that replaces their names inside free text too.
import { foldText } from '../csv/foldText';
export interface NamedPerson {
  id: string;
  name: string;
  createdAt: string;
}

/** Numbers everyone, including people in Trash, by when they were added (then id), so numbers stay put. */
export function assignPseudonyms(people: readonly NamedPerson[]): Map<string, string> {
  const ordered = [...people].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  return new Map(ordered.map((p, i) => [p.id, `Worker ${i + 1}`]));
}

// A word: letters, marks and digits, with apostrophes inside it ("O'Brien", "Hernandez's").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
// Particles that are part of many names but mean something else on their own; they are replaced only inside a full name.
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'do',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'el',
  'st',
  'y',
]);

/** A word as it is compared: no case, no accents, no apostrophes ("O’Brien", "OBRIEN" and "obrien" fold alike). */
export function foldWord(word: string): string {
  // The roster's own folding (accents, letters such as Ł and ß, curled apostrophes), then no apostrophes at all.
  return foldText(word).replace(/'/g, '');
}

const wordsOf = (text: string): string[] => (text.match(WORD) ?? []).map(foldWord);

/**
 * Builds a function that replaces caseworkers' names in free text with their pseudonyms, however they are written:
 * any case, with or without accents and apostrophes ("Sean OBrien" for "O'Brien, Seán"), possessive ("Hernandez's"
 * becomes "Worker 4's"), the full name or any one of its words alone ("KIM"), and glued to punctuation. A word two
 * people share becomes "a caseworker", since either could be meant. In presentation mode a name shown is a leak and a
 * word replaced too many is only odd, so the matching leans towards replacing.
 */
export function nameScrubber(
  people: readonly NamedPerson[],
  pseudonyms: ReadonlyMap<string, string>,
): (text: string) => string {
  /** Full names as folded word sequences, longest first so "Ana Lucia Rivera" wins over "Ana". */
  const fullNames: Array<{ words: string[]; alias: string }> = [];
  const single = new Map<string, Set<string>>();
  for (const p of people) {
    const alias = pseudonyms.get(p.id);
    const trimmed = p.name.trim();
    if (!alias || !trimmed) continue;
    const variants = [trimmed];
    // "O'Brien, Seán" is also written "Seán O'Brien".
    const comma = /^([^,]+),\s*(.+)$/.exec(trimmed);
    if (comma?.[1] && comma[2]) variants.push(`${comma[2]} ${comma[1]}`);
    for (const variant of variants) {
      const words = wordsOf(variant);
      if (words.length === 0) continue;
      fullNames.push({ words, alias });
      for (const word of words) {
        if (word.length < 2 || PARTICLES.has(word)) continue;
        single.set(word, (single.get(word) ?? new Set()).add(alias));
      }
    }
  }
  if (fullNames.length === 0) return (text) => text;
  fullNames.sort((a, b) => b.words.length - a.words.length);
  const byFirstWord = new Map<string, Array<{ words: string[]; alias: string }>>();
  for (const name of fullNames) {
    const first = name.words[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
  }
  const aliasOfWord = (word: string): string | undefined => {
    const aliases = single.get(word);
    if (!aliases) return undefined;
    return aliases.size === 1 ? [...aliases][0] : 'a caseworker';
  };

  return (text) => {
    if (!text) return text;
    const tokens = [...text.matchAll(WORD)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
      folded: foldWord(m[0]),
    }));
    if (tokens.length === 0) return text;
    let out = '';
    let copied = 0;
    for (let i = 0; i < tokens.length;) {
      const token = tokens[i];
      if (!token) break;
      let matched: { alias: string; last: number; possessive: boolean } | null = null;
      // Full names: consecutive words with only spaces, hyphens or a comma between them.
      for (const name of byFirstWord.get(token.folded) ?? []) {
        let ok = true;
        let possessive = false;
        for (let k = 1; k < name.words.length; k += 1) {
          const prev = tokens[i + k - 1];
          const next = tokens[i + k];
          if (!prev || !next || !/^[\s\-,]*$/.test(text.slice(prev.end, next.start))) {
            ok = false;
            break;
          }
          const want = name.words[k] ?? '';
          if (next.folded === want) continue;
          if (k === name.words.length - 1 && /['’]s$/i.test(next.raw) && next.folded === `${want}s`) {
            possessive = true;
            continue;
          }
          ok = false;
          break;
        }
        if (ok) {
          matched = { alias: name.alias, last: i + name.words.length - 1, possessive };
          break;
        }
      }
      if (!matched) {
        const alias = aliasOfWord(token.folded);
        if (alias) matched = { alias, last: i, possessive: false };
        else if (/['’]s$/i.test(token.raw)) {
          const base = aliasOfWord(token.folded.slice(0, -1));
          if (base) matched = { alias: base, last: i, possessive: true };
        }
      }
      if (!matched) {
        i += 1;
        continue;
      }
      const lastToken = tokens[matched.last] ?? token;
      out +=
        text.slice(copied, token.start) + matched.alias + (matched.possessive ? lastToken.raw.slice(-2) : '');
      copied = lastToken.end;
      i = matched.last + 1;
    }
    return out + text.slice(copied);
  };
}
