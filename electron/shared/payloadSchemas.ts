// zod schemas for every IPC payload: the main process parses each incoming message with these before acting on it.
// Kept apart from contract.ts so that the sandboxed preload, which needs only channel names, does not bundle zod.
import { z } from 'zod';
import { FILE_PIECE_BYTES, MAX_FILE_BYTES_CEILING, type InvokeName } from './contract';

// Strict objects: an unexpected key means a caller we did not write.
const shortText = (max: number) => z.string().max(max);

export const fileFilterSchema = z.strictObject({
  name: shortText(100).min(1),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'Extensions are letters and digits, without a dot'))
    .min(1)
    .max(20),
});

/** A bare file name: no folders, so the renderer can suggest a name but never choose where a file goes. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'A file name, without folders');

export const openFileOptionsSchema = z.strictObject({
  title: shortText(200),
  filters: z.array(fileFilterSchema).max(10),
  /** Raises the default 20 MB limit for one call (e.g. restoring a large backup), up to the ceiling. */
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES_CEILING).optional(),
});

export const saveFileOptionsSchema = z.strictObject({
  title: shortText(200),
  defaultName: fileNameSchema,
  filters: z.array(fileFilterSchema).max(10),
});

/** The random token main gave an open file; the page names the file by it, never by a path. */
export const fileTokenSchema = z.strictObject({ token: z.uuid() });

export const readFileSchema = z.strictObject({
  token: z.uuid(),
  offset: z.number().int().nonnegative().max(MAX_FILE_BYTES_CEILING),
});

export const writeFileSchema = z.strictObject({
  token: z.uuid(),
  bytes: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength <= FILE_PIECE_BYTES, 'At most one piece at a time'),
});

export const finishFileSchema = z.strictObject({ token: z.uuid(), keep: z.boolean() });

export const printToPdfOptionsSchema = z.strictObject({
  defaultName: fileNameSchema,
});

export const notificationSchema = z.strictObject({
  id: shortText(100).min(1),
  title: shortText(200).min(1),
  body: shortText(2000),
});

/** The agency hub's address as typed (main derives and checks the origin), or null to admit none. */
export const admitHubSchema = z.strictObject({
  address: shortText(2000).min(1).nullable(),
});

/** A wrapped key blob in base64: short, and nothing but base64 (it is never a key itself). */
export const keyBlobSchema = z.strictObject({
  blob: z
    .string()
    .min(1)
    .max(4096)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'),
});

/** The schema each invoke channel's payload must satisfy. */
export const invokeSchemas = {
  openFile: openFileOptionsSchema,
  readFile: readFileSchema,
  saveFile: saveFileOptionsSchema,
  writeFile: writeFileSchema,
  finishFile: finishFileSchema,
  printToPdf: printToPdfOptionsSchema,
  notify: notificationSchema,
  admitHub: admitHubSchema,
  protectKeyBlob: keyBlobSchema,
  unprotectKeyBlob: keyBlobSchema,
} as const satisfies Record<InvokeName, z.ZodType>;
