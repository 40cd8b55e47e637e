// Opening a text file the same way in the desktop shell and in the browser fallback: strict UTF-8 and the same words
// for a file that is too large, changed while read, or not UTF-8. Pure, with no Node or Electron import, so the
// renderer imports it too.

/** Rounded up to a tenth, so a file just over the limit never reads as equal to it. */
const megabytes = (bytes: number): string => `${String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10)} MB`;

export const fileTooLarge = (name: string, bytes: number, maxBytes: number): string =>
  `"${name}" is ${megabytes(bytes)}, larger than the ${megabytes(maxBytes)} Cohort Coach can open. ` +
  'Check that it is the right file.';

export const fileChanged = (name: string): string =>
  `"${name}" changed while Cohort Coach was reading it. Please choose it again.`;

export const fileNotUtf8 = (name: string): string =>
  `"${name}" is not UTF-8 text. Save it again as "CSV UTF-8" (or UTF-8 text) and try once more.`;

/** Decodes UTF-8 strictly (the decoder drops a leading BOM): guessing another encoding would garble names silently. */
export function decodeUtf8(bytes: Uint8Array | ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
