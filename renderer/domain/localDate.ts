// The local calendar date of an instant, as YYYY-MM-DD: the day a person sees on their own clock. Domain code never
// reads the clock; callers pass the instant in (screens use ui/useToday).
export function localDateOf(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
