// Today's date on this machine, for screens: `localToday()` reads it once (event handlers, defaults), `useToday()`
// keeps it current so a screen left open overnight moves on to the new day.
import { useEffect, useState } from 'react';
import { today } from '../clock';

export const localToday = today;

export function useToday(): string {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    const timer = setInterval(() => setToday(localToday()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
