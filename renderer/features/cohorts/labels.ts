// Dates in words on the cohort screens.

export const formatDate = (d: string | null): string =>
  d
    ? new Date(`${d}T00:00:00`).toLocaleDateString(undefined, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
      })
    : 'not set';
