// The main navigation landmark: every area of the product, grouped, with the current one marked for screen readers.
import { Link, useLocation } from 'wouter';
import { areas } from './areas';

const groups = ['Work', 'Rollout', 'Workspace'] as const;

export function Navigation() {
  const [location] = useLocation();
  const isCurrent = (path: string) =>
    path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`);
  return (
    <nav aria-label="Main">
      {groups.map((group) => (
        <div key={group}>
          <div className="nav-group-label" aria-hidden="true">
            {group}
          </div>
          <ul className="nav-list">
            {areas
              .filter((a) => a.group === group)
              .map((area) => (
                <li key={area.id}>
                  <Link
                    href={area.path}
                    className="nav-link"
                    aria-current={isCurrent(area.path) ? 'page' : undefined}
                  >
                    <area.icon size={18} aria-hidden="true" />
                    {area.label}
                  </Link>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
