// File names people recognise in a folder: what the file holds, whose it is and the day, in plain words
// ("Coaching summary - Worker 27 - 2026-12-01.pdf"), made safe for Windows, macOS and Linux file systems.

/** Characters no file system here accepts in a name, and control characters. */
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]+/gu;
/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Long enough for any title, short enough for a deep folder on Windows. */
const MAX_STEM = 120;

/** One part of a file name: forbidden characters become spaces, spaces collapse, no dots or spaces at either end. */
export function fileNamePart(text: string): string {
  return text
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

/**
 * The file name for `parts` (what it is, whom or what it is about, the day...), joined by " - ", with `extension`.
 * Empty parts are left out; a name Windows reserves or a name with nothing left becomes "Cohort Coach".
 */
export function fileNameOf(parts: ReadonlyArray<string | null | undefined>, extension: string): string {
  let stem = parts
    .map((p) => fileNamePart(p ?? ''))
    .filter(Boolean)
    .join(' - ');
  if (stem.length > MAX_STEM) stem = fileNamePart(stem.slice(0, MAX_STEM));
  if (!stem || RESERVED.test(stem)) stem = stem ? `Cohort Coach - ${stem}` : 'Cohort Coach';
  const ext = extension.replace(/^\.+/, '');
  return ext ? `${stem}.${ext}` : stem;
}
