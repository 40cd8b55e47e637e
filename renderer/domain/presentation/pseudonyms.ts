// Presentation mode's stable pseudonyms: each caseworker is "Worker N" by the order they were added, so a number never
// changes when someone else joins or leaves; and a scrubber that replaces their names inside free text too.
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a function that replaces every caseworker's full name, and their first name on its own, with their pseudonym.
 * A first name two people share becomes "a caseworker", since either could be meant. Matching ignores accents on the
 * page's side only through exact spellings: names are replaced as they are stored.
 */
export function nameScrubber(
  people: readonly NamedPerson[],
  pseudonyms: ReadonlyMap<string, string>,
): (text: string) => string {
  const replacements = new Map<string, string>();
  const firstNames = new Map<string, string[]>();
  const variants = (name: string) => {
    const trimmed = name.trim();
    const out = new Set([trimmed]);
    // "O'Brien, Seán" is also written "Seán O'Brien".
    const comma = /^([^,]+),\s*(.+)$/.exec(trimmed);
    if (comma?.[1] && comma[2]) out.add(`${comma[2]} ${comma[1]}`);
    return [...out];
  };
  for (const p of people) {
    const alias = pseudonyms.get(p.id);
    if (!alias || !p.name.trim()) continue;
    for (const v of variants(p.name)) {
      replacements.set(v, alias);
      const first = v.split(/\s+/)[0];
      if (first && first.length > 1 && first !== v)
        firstNames.set(first, [...(firstNames.get(first) ?? []), alias]);
    }
  }
  for (const [first, aliases] of firstNames) {
    if (replacements.has(first)) continue;
    replacements.set(first, new Set(aliases).size === 1 ? (aliases[0] ?? 'a caseworker') : 'a caseworker');
  }
  if (replacements.size === 0) return (text) => text;
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => (text ? text.replace(pattern, (m) => replacements.get(m) ?? m) : text);
}
