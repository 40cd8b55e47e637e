// Turns the bytes of an uploaded file into text the way spreadsheets write it: UTF-8 (with or without BOM),
// Excel's "Unicode text" (UTF-16 with BOM), and the Windows-1252 that older Excel versions save as "CSV".

export interface DecodedCsv {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: string[];
}

/**
 * Decodes file bytes. Strict UTF-8 is tried first because it almost never accepts text that is really something else;
 * when it fails, the file is read as Windows-1252 (what Excel on Windows saves as plain "CSV"), with a warning,
 * since a name like "Seán" is then right but one like "Nguyễn" could not have been stored in that encoding at all.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', warnings: [] };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      warnings: [],
    };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      warnings: [],
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    // Binary files also land here; parseCsv recognises them afterwards by their NUL and control characters.
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      warnings: [
        'The file is not in UTF-8, so it was read as Windows (Western European) text. If accented letters look wrong, ' +
          'save the file from Excel as "CSV UTF-8" and import it again.',
      ],
    };
  }
}
