import { expect, test } from '@playwright/test';

test('the theme follows the system and the toggle overrides it across pages', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('./');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background()).not.toBe(dark);
  await page.goto('about/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await context.close();
});

test('the toggle shows its state: a switch and the word on or off, its name unchanged', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('about/');
  const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
  const knob = () => toggle.locator('.theme-switch').evaluate((element) => getComputedStyle(element, '::after').left);
  const width = async () => (await toggle.boundingBox())!.width;
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle.getByText('off', { exact: true })).toBeVisible();
  await expect(toggle.getByText('on', { exact: true })).toBeHidden();
  const [offKnob, offWidth] = [await knob(), await width()];
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle.getByText('on', { exact: true })).toBeVisible();
  await expect(toggle.getByText('off', { exact: true })).toBeHidden();
  expect(await knob()).not.toBe(offKnob);
  // The words hold one place, so the header does not move.
  expect(await width()).toBe(offWidth);
  // A saved choice shows from the first paint on the next page.
  await page.goto('./');
  await expect(toggle.getByText('on', { exact: true })).toBeVisible();
  await context.close();
});
