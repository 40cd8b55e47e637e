// Today's date on this machine, refreshed every minute so screens left open overnight move on to the new day.
import { useEffect, useState } from 'react';
import { localDateOf } from '../../domain/coaching/calendar';

export function useToday(): string {
  const [today, setToday] = useState(() => localDateOf(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setToday(localDateOf(new Date())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
