// The screens the browser benchmark opens, in order, and how a person gets to each: every area of the navigation,
// the main sub-screens (a detail page reached from its list), the dashboard and each of its filters.
import type { Page } from '@playwright/test';

export interface Screen {
  name: string;
  /** 'filter': a dashboard filter change (budget 100 ms); 'screen': a screen opened (budget 500 ms). */
  kind: 'screen' | 'filter';
  /** Where the click is made from (a hash address); the benchmark goes there first, untimed, if it is elsewhere. */
  from?: string;
  /** Untimed steps before the measured input (e.g. clearing the previous filter, so each filter is timed alone). */
  prepare?: (page: Page) => Promise<void>;
  /** The measured input. */
  act: (page: Page) => Promise<void>;
  /** Waits for the sign that the screen is the right one (its heading), before waiting for it to go quiet. */
  until?: (page: Page) => Promise<void>;
}

const long = { timeout: 300_000 };
const area = (label: string) => (page: Page) =>
  page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(`^${label}`) })
    .click();
const tab = (sections: string, label: string) => (page: Page) =>
  page.getByRole('navigation', { name: sections }).getByRole('link', { name: label, exact: true }).click();
const heading = (name: string | RegExp) => (page: Page) =>
  page.getByRole('heading', { level: 1, name }).waitFor(long);
/** Figures kept from an earlier visit that are no longer current say so ("Figures as of…") until worked out again. */
const figuresCurrent = (page: Page) =>
  page
    .getByRole('main')
    .getByText(/^Figures as of /)
    .waitFor({ state: 'hidden', ...long });
/**
 * Every chart in view drawn (an SVG in each chart body on screen), not a heading over an empty or loading page: the
 * dashboard shows its filters at once and its charts only once the data is read and built. Charts further down are
 * drawn as they come near the screen (ChartFrame), so only the ones a person sees count; an older build that draws
 * them all keeps painting until every one is drawn, and the wait for the page to go quiet counts that. Polled with an
 * expression (the app's CSP refuses the eval behind waitForFunction with a string).
 */
const chartsDrawnNow = `(() => {
  const bodies = [...document.querySelectorAll('main .chart-body')];
  const inView = bodies.filter((b) => {
    const r = b.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });
  return bodies.length > 0 && inView.every((b) => b.querySelector('svg.recharts-surface') !== null);
})()`;
const chartsDrawn = async (page: Page) => {
  const start = Date.now();
  while (!(await page.evaluate(chartsDrawnNow))) {
    if (Date.now() - start > long.timeout) throw new Error('the charts were not drawn');
    await page.waitForTimeout(50);
  }
  // Charts kept from an earlier visit that are no longer current say so until they are worked out again: not usable.
  await figuresCurrent(page);
};
/**
 * The dashboard's charts follow the filter just picked: no longer marked as updating (they show the previous filter
 * until the new figures are worked out), and drawn where in view. Until then the screen is not what was asked for.
 */
const chartsFollowFilter = async (page: Page) => {
  await page.locator('main .charts-updating').waitFor({ ...long, state: 'detached' });
  await chartsDrawn(page);
};
const headingThenCharts = (name: string | RegExp) => async (page: Page) => {
  await heading(name)(page);
  await chartsDrawn(page);
};
/**
 * Home's role card (supervisor: open gaps; trainer: survey coverage; lead: progress) is there once its data is, with
 * today's figures: figures kept from an earlier start that are no longer current say so ("Figures as of…") until the
 * workspace is read, and do not count.
 */
export const homeDrawn = async (page: Page) => {
  await heading('Home')(page);
  await page
    .getByRole('main')
    .getByRole('heading', { level: 2, name: /^(Open gaps|Survey coverage|Rollout progress)/ })
    .first()
    .waitFor(long);
  await figuresCurrent(page);
};
/** The app started again (a reload), at Home. */
const restart = async (page: Page) => {
  await page.goto('/');
  await homeDrawn(page);
};
/** The survey results with their stance mix, and figures that are current (not kept ones being worked out again). */
const surveyResultsDrawn = async (page: Page) => {
  await page.getByRole('heading', { level: 2, name: 'Stance mix by unit' }).waitFor(long);
  await figuresCurrent(page);
};
/** The first link into a detail page, found by where it leads. */
const firstLink = (hrefStart: string) => (page: Page) =>
  page.locator(`main a[href^="${hrefStart}"]`).first().click();
const select = (label: string, pick: (page: Page) => Promise<string>) => async (page: Page) => {
  const value = await pick(page);
  await page.getByRole('main').getByLabel(label, { exact: true }).selectOption(value);
};
const optionValue = (label: string, index: number) => async (page: Page) =>
  (await page
    .getByRole('main')
    .getByLabel(label, { exact: true })
    .locator('option')
    .nth(index)
    .getAttribute('value')) ?? '';

export const screens: Screen[] = [
  { name: 'Home', kind: 'screen', from: '#/roster/units', act: area('Home'), until: homeDrawn },
  { name: 'Roster', kind: 'screen', act: area('Roster'), until: heading('Roster') },
  {
    name: 'Caseworker timeline',
    kind: 'screen',
    from: '#/roster',
    act: firstLink('#/caseworkers/'),
    until: heading(/^Timeline of/),
  },
  { name: 'Units', kind: 'screen', from: '#/roster', act: tab('Roster sections', 'Units') },
  { name: 'Coaching entries list', kind: 'screen', act: area('Coaching'), until: heading('Coaching') },
  {
    name: 'New coaching entry',
    kind: 'screen',
    from: '#/coaching',
    act: (page) => page.getByRole('link', { name: 'New entry' }).click(),
    until: heading('New coaching entry'),
  },
  // The caseworker picker of that form (issue 14): open it on every person, then a name; usable once the options are
  // drawn. Names are "Worker 1" to "Worker 5000". Each row is one filter step, the budget's unit: the name comes in one
  // input (pasted, or typed faster than a frame), from every person to a few; the next row is one more letter typed.
  // (Typed key by key, "Worker 42" was nine filter steps timed as one: 262 ms, about 29 ms a step.)
  {
    name: 'Caseworker picker: open with every person',
    kind: 'filter',
    from: '#/coaching/entries/new',
    prepare: (page) => page.getByRole('heading', { level: 1, name: 'New coaching entry' }).waitFor(long),
    act: (page) =>
      page
        .getByRole('main')
        .getByRole('combobox', { name: 'Caseworker', exact: true })
        .locator('..')
        .getByRole('button', { name: 'Show all' })
        .click(),
    until: (page) =>
      page.getByRole('listbox', { name: 'Caseworker' }).getByRole('option').first().waitFor(long),
  },
  {
    name: 'Caseworker picker: a name at once',
    kind: 'filter',
    prepare: (page) => page.keyboard.press('Escape'),
    act: (page) =>
      page.getByRole('main').getByRole('combobox', { name: 'Caseworker', exact: true }).fill('Worker 42'),
    until: (page) =>
      page
        .getByRole('listbox', { name: 'Caseworker' })
        .getByRole('option', { name: /^Worker 42\b/ })
        .first()
        .waitFor(long),
  },
  // One more letter typed into the open list.
  {
    name: 'Caseworker picker: one more letter',
    kind: 'filter',
    act: (page) => page.keyboard.type('0'),
    // Worker 420 was listed already: usable once Worker 42 (who no longer matches) has left the list.
    until: (page) =>
      page
        .getByRole('listbox', { name: 'Caseworker' })
        .getByRole('option', { name: /^Worker 42(?!\d)/ })
        .waitFor({ ...long, state: 'detached' }),
  },
  {
    name: 'Coaching due list',
    kind: 'screen',
    from: '#/coaching',
    act: tab('Coaching sections', 'Due list'),
    until: heading('Due list'),
  },
  {
    name: 'Incomplete ride-alongs',
    kind: 'screen',
    from: '#/coaching',
    act: tab('Coaching sections', 'Incomplete ride-alongs'),
    until: heading('Incomplete ride-alongs'),
  },
  {
    name: 'Standups',
    kind: 'screen',
    from: '#/coaching',
    act: tab('Coaching sections', 'Standups'),
    until: heading('Daily standups'),
  },
  {
    name: 'Standup history of a cohort',
    kind: 'screen',
    from: '#/coaching/standups',
    // By its name: the first link into a cohort's standups is "Run today's standup", the form (timed below).
    act: (page) =>
      page
        .getByRole('link', { name: /^Standup history of / })
        .first()
        .click(),
    until: heading(/^Standups of /),
  },
  {
    name: "Today's standup of a cohort",
    kind: 'screen',
    from: '#/coaching/standups',
    act: (page) =>
      page
        .getByRole('link', { name: /^Run today's standup of / })
        .first()
        .click(),
    until: heading(/^Standup/),
  },
  {
    name: 'Coaching rubrics',
    kind: 'screen',
    from: '#/coaching',
    act: tab('Coaching sections', 'Rubrics'),
    until: heading('Rubrics'),
  },
  { name: 'Gaps list', kind: 'screen', act: area('Gaps'), until: heading('Gaps') },
  {
    name: 'Gap detail',
    kind: 'screen',
    from: '#/gaps',
    act: (page) => page.getByRole('main').getByRole('table').getByRole('link').first().click(),
  },
  {
    name: 'Gap board',
    kind: 'screen',
    from: '#/gaps',
    act: tab('Gaps sections', 'Gap board'),
    until: heading('Gap board'),
  },
  {
    name: 'Monthly measures',
    kind: 'screen',
    from: '#/gaps',
    act: tab('Gaps sections', 'Monthly measures'),
    until: heading('Monthly measures'),
  },
  {
    name: 'New diagnosis',
    kind: 'screen',
    from: '#/gaps',
    act: (page) => page.getByRole('link', { name: 'Diagnose a gap' }).click(),
    until: heading('Diagnose a gap'),
  },
  { name: 'Rollouts', kind: 'screen', act: area('Rollouts'), until: heading('Rollouts') },
  { name: 'Survey results', kind: 'screen', act: area('Surveys'), until: surveyResultsDrawn },
  { name: 'Survey people', kind: 'screen', from: '#/surveys', act: tab('Survey sections', 'People') },
  {
    name: 'Survey results of a person',
    kind: 'screen',
    from: '#/surveys/people',
    act: firstLink('#/surveys/people/'),
  },
  {
    name: 'Compare survey rounds',
    kind: 'screen',
    from: '#/surveys',
    act: tab('Survey sections', 'Compare rounds'),
  },
  { name: 'Survey rounds', kind: 'screen', from: '#/surveys', act: tab('Survey sections', 'Rounds') },
  {
    name: 'Enter survey answers',
    kind: 'screen',
    from: '#/surveys',
    act: tab('Survey sections', 'Enter answers'),
  },
  {
    name: 'Import survey answers',
    kind: 'screen',
    from: '#/surveys',
    act: tab('Survey sections', 'Import answers'),
  },
  { name: 'Survey questions', kind: 'screen', from: '#/surveys', act: tab('Survey sections', 'Questions') },

  { name: 'Cohorts board', kind: 'screen', act: area('Cohorts') },
  {
    name: 'Cohort detail',
    kind: 'screen',
    from: '#/cohorts',
    act: (page) =>
      page
        .locator('main a[href^="#/cohorts/"]')
        .filter({ hasText: /^Unit / })
        .first()
        .click(),
  },
  {
    name: 'Print roster of a cohort',
    kind: 'screen',
    act: (page) => page.getByRole('link', { name: 'Roster to print or export' }).click(),
    until: heading(/^Roster: /),
  },
  { name: 'Propose cohorts', kind: 'screen', from: '#/cohorts', act: tab('Cohort sections', 'Propose') },
  { name: 'Cohort training', kind: 'screen', from: '#/cohorts', act: tab('Cohort sections', 'Training') },
  { name: 'Coaches', kind: 'screen', from: '#/cohorts', act: tab('Cohort sections', 'Coaches') },
  {
    name: 'Dashboard',
    kind: 'screen',
    act: area('Dashboard'),
    until: headingThenCharts('Dashboard'),
  },
  {
    name: 'Dashboard filter: unit',
    kind: 'filter',
    until: chartsFollowFilter,
    from: '#/dashboard',
    act: select('Unit', optionValue('Unit', 4)),
  },
  {
    name: 'Dashboard filter: role',
    kind: 'filter',
    until: chartsFollowFilter,
    prepare: select('Unit', async () => ''),
    act: select('Role', optionValue('Role', 1)),
  },
  {
    name: 'Dashboard filter: wave',
    kind: 'filter',
    until: chartsFollowFilter,
    prepare: select('Role', async () => ''),
    act: select('Wave', async () => '2'),
  },
  {
    name: 'Dashboard filter: from date',
    kind: 'filter',
    until: chartsFollowFilter,
    prepare: select('Wave', async () => '0'),
    act: (page) => page.getByRole('main').getByLabel('From', { exact: true }).fill('2024-01-01'),
  },
  {
    name: 'Dashboard filter: to date',
    kind: 'filter',
    until: chartsFollowFilter,
    act: (page) => page.getByRole('main').getByLabel('To', { exact: true }).fill('2025-06-30'),
  },
  {
    name: 'Dashboard filter: rollout',
    kind: 'filter',
    until: chartsFollowFilter,
    act: select('Rollout', async () => ''),
  },
  {
    name: 'Dashboard filter: reset',
    kind: 'filter',
    until: chartsFollowFilter,
    act: (page) => page.getByRole('button', { name: 'Reset filters' }).click(),
  },

  { name: 'Reports', kind: 'screen', act: area('Reports'), until: heading('Reports') },
  {
    name: 'Rollout status report',
    kind: 'screen',
    from: '#/reports',
    act: (page) => page.getByRole('link', { name: /^Rollout status report/ }).click(),
    until: chartsDrawn,
  },
  { name: 'Cohort report', kind: 'screen', from: '#/reports', act: firstLink('#/reports/cohort/') },
  { name: 'Caseworker report', kind: 'screen', from: '#/reports', act: firstLink('#/reports/caseworker/') },
  { name: 'Settings', kind: 'screen', act: area('Settings'), until: heading('Settings') },
  { name: 'Trash', kind: 'screen', act: area('Trash'), until: heading('Trash') },
  // Last, as each starts the app again (a reload drops what the screens before had read, which would make the screens
  // after them read it again).
  // The lead's everyday path: the next start of the app, then the dashboard with the filters left last time and nothing
  // written since (its charts were kept at the last visit: the workspace is not read).
  {
    name: 'Dashboard after a restart, nothing written since',
    kind: 'screen',
    prepare: restart,
    act: area('Dashboard'),
    until: headingThenCharts('Dashboard'),
  },
  // The next start of the app, then the survey results with nothing written since (what they showed was kept at the
  // last visit: the answers are not read).
  {
    name: 'Survey results after a restart, nothing written since',
    kind: 'screen',
    prepare: restart,
    act: area('Surveys'),
    until: surveyResultsDrawn,
  },
];
