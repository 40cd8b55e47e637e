// The latest value that was not undefined: a figure being read again keeps showing the one before it rather than
// flashing to a placeholder.
import { useRef } from 'react';

export function useLatest<T>(value: T | undefined): T | undefined {
  const latest = useRef(value);
  if (value !== undefined) latest.current = value;
  return latest.current;
}
