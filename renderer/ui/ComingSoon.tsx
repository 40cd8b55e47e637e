// An honest placeholder for an area that is not built yet: what it will do, and no made-up numbers.
import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';

export function ComingSoon({
  title,
  purpose,
  children,
}: {
  title: string;
  purpose: string;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} description={purpose} />
      <div className="card">
        <h2>Coming in a later release</h2>
        <p className="muted">This area is not built yet. Here is what it will do:</p>
        {children}
      </div>
    </>
  );
}
