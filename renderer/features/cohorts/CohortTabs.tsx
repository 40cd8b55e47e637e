// Switches between the cohort screens, as a small tab-like link bar.
import { Link, useLocation } from 'wouter';

const tabs = [
  { href: '/', label: 'Cohorts and waves' },
  { href: '/propose', label: 'Propose' },
  { href: '/training', label: 'Training' },
  { href: '/coaches', label: 'Coaches' },
];

export function CohortTabs() {
  const [location] = useLocation();
  return (
    <nav aria-label="Cohort sections" className="row no-print" style={{ marginBottom: 16, gap: 8 }}>
      {tabs.map((t) => {
        const current = location === t.href;
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
