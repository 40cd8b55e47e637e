// Switches between the gaps area's screens, as a small tab-like link bar.
import { Link, useLocation } from 'wouter';

const tabs = [
  { href: '/', label: 'All gaps' },
  { href: '/board', label: 'Gap board' },
  { href: '/measures', label: 'Monthly measures' },
];

export function GapsTabs() {
  const [location] = useLocation();
  return (
    <nav aria-label="Gaps sections" className="row" style={{ marginBottom: 16 }}>
      {tabs.map((t) => {
        const current = t.href === '/' ? location === '/' : location.startsWith(t.href);
        return (
          <Link
            key={t.href}
            href={t.href}
            className={`btn btn-small ${current ? 'btn-primary' : ''}`}
            aria-current={current ? 'page' : undefined}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
