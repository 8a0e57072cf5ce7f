// review.mjs PAGE - the review page of `bitext align --format html` in
// Chromium: it loads from file:// with no other request, shows one row per
// link, and its filter leaves only the links to review: the doubtful ones
// and the omissions.
import { run, url, check, equal } from './lib.mjs';

const [page_path] = process.argv.slice(2);

await run(async ({ page }) => {
	await page.goto(url(page_path));
	const rows = page.locator('#links .row:not(.head)');
	const n = await rows.count();
	check(n > 0, `${n} rows`);
	const doubt = await page.locator('#links .row.doubt').count();
	await page.click('#only');
	const shown = await rows.evaluateAll(rs =>
		rs.filter(r => r.offsetParent !== null).length);
	const omit = await page.locator('#links .row.omit:not(.doubt)').count();
	equal(shown, doubt + omit, 'the filter shows the doubtful links (and omissions) only');
});
