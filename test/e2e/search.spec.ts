// The workspace search as a supervisor uses it: Ctrl+K from anywhere, type a name however it comes to mind (no
// accents, no apostrophe, special letters as plain ones), Enter opens the first result.
import { expect, expectAccessible, goTo, openDemo, test } from './support';

test('Ctrl+K opens the search with focus in the box; names are found however typed; Enter opens the first result', async ({
  page,
}) => {
  await openDemo(page);
  await goTo(page, 'Roster');
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search the workspace' });
  await expect(palette).toBeVisible();
  const box = palette.getByRole('searchbox', { name: 'Search people, coaching notes, standups and gaps' });
  await expect(box).toBeFocused();
  const results = palette.getByRole('region', { name: 'Search results' });

  // Accents, apostrophes and word order do not matter; special letters (ø, ś) match their plain forms.
  await page.keyboard.type('sean obrien');
  await expect(results.getByRole('option', { name: "Seán O'Brien", exact: true })).toBeVisible();
  await box.fill('sorensen');
  await expect(results.getByRole('option', { name: 'Ingrid Sørensen', exact: true })).toBeVisible();
  await box.fill('wisniewski');
  await expect(results.getByRole('option', { name: 'Tomasz Wiśniewski', exact: true })).toBeVisible();
  await expect(box).toBeFocused();
  await expectAccessible(page, 'search palette with results');

  // The results can be reached with Tab to scroll them; with nothing found there is nothing to reach.
  await box.press('Tab');
  await expect(results).toBeFocused();
  await box.focus();
  await box.fill('zzzz nobody');
  await expect(palette.getByRole('status')).toHaveText('Nothing matches “zzzz nobody”.');
  await expect(results).not.toHaveAttribute('tabindex');
  await expectAccessible(page, 'search palette with no results');

  // Enter opens the first result (the person) and closes the palette.
  await box.fill('sean obrien');
  await expect(results.getByRole('option').first()).toHaveAccessibleName("Seán O'Brien");
  await box.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: "Timeline of Seán O'Brien" })).toBeVisible();
});
