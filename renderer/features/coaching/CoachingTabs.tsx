// Switches between the screens of the coaching area.
import { Link, useLocation } from 'wouter';

const tabs = [
  { href: '/', label: 'Entries' },
  { href: '/due', label: 'Due list' },
  { href: '/ride-alongs', label: 'Incomplete ride-alongs' },
  { href: '/standups', label: 'Standups' },
  { href: '/rubrics', label: 'Rubrics' },
  { href: '/usage', label: 'Tool usage' },
];

export function CoachingTabs() {
  const [location] = useLocation();
  const current = (href: string) =>
    href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
  return (
    <nav aria-label="Coaching sections" className="row coaching-tabs">
      {tabs.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          className={`btn btn-small ${current(t.href) ? 'btn-primary' : ''}`}
          aria-current={current(t.href) ? 'page' : undefined}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
