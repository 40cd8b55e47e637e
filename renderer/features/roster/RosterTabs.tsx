// Switches between the roster's two lists, as a small tab-like link bar.
import { Link, useLocation } from 'wouter';

const tabs = [
  { href: '/roster', label: 'Caseworkers' },
  { href: '/roster/units', label: 'Units' },
];

export function RosterTabs() {
  const [location] = useLocation();
  return (
    <nav aria-label="Roster sections" className="row" style={{ marginBottom: 16 }}>
      {tabs.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          className={`btn btn-small ${location === t.href ? 'btn-primary' : ''}`}
          aria-current={location === t.href ? 'page' : undefined}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
