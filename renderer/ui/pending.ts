// A figure still being read: a placeholder of about the same width, never a zero that reads as a real count.
export const orPending = (value: string | number | undefined): string | number => value ?? '…';
