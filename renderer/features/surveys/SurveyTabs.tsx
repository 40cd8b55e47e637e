// Switches between the survey screens, as a small tab-like link bar; opening any of them installs the default survey
// when the workspace has none.
import { Link, useLocation } from 'wouter';
import { useEnsureDefaultInstrument } from './useSurveys';

// Paths are relative to /surveys (the area is nested); the results tab links to the area itself.
const tabs = [
  { path: '/', href: '~/surveys', label: 'Results' },
  { path: '/people', href: '/people', label: 'People' },
  { path: '/compare', href: '/compare', label: 'Compare rounds' },
  { path: '/rounds', href: '/rounds', label: 'Rounds' },
  { path: '/answer', href: '/answer', label: 'Enter answers' },
  { path: '/import', href: '/import', label: 'Import answers' },
  { path: '/questions', href: '/questions', label: 'Questions' },
];

export function SurveyTabs() {
  const [location] = useLocation();
  useEnsureDefaultInstrument();
  const active = (path: string) =>
    path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`);
  return (
    <nav aria-label="Survey sections" className="row" style={{ marginBottom: 16, gap: 8 }}>
      {tabs.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          className={`btn btn-small ${active(t.path) ? 'btn-primary' : ''}`}
          aria-current={active(t.path) ? 'page' : undefined}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
