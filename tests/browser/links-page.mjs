// links-page.mjs PAGE LINKS - the review page that `bitext align --fixed`
// or `--links` writes, in Chromium: one row per line of the links file
// LINKS (as `bitext align` wrote it, a link optionally followed by a tab
// and "confirmed"), each row confirmed exactly when its line says so, and
// the page's Save giving back the same links. Links the page was given
// without a score are not shown as edited: nobody has edited them yet.
import { run, url, equal } from './lib.mjs';
import { readFileSync } from 'node:fs';

const [page_path, links_path] = process.argv.slice(2);
const want = readFileSync(links_path, 'utf8').split('\n')
	.filter(l => l && !l.startsWith('#'))
	.map(l => l.replace('\tconfirmed', '+'));

await run(async ({ page }) => {
	await page.goto(url(page_path));
	const rows = await page.$$eval('#links .row:not(.head)', rs => rs.map(r => {
		const n = k => [...r.querySelectorAll(k + ' .n')]
			.map(x => x.textContent.replace('\u00b6', '')).join(',');
		return n('.s') + ':' + n('.t') + (r.classList.contains('confirmed') ? '+' : '');
	}));
	equal(rows, want, 'the rows are the links, the confirmed ones confirmed');
	equal(await page.$$eval('#links .row.edited', rs => rs.length), 0,
		'no row shown as edited before any edit');
	equal(/: 0$/.test(await page.$eval('#status', e => e.textContent)), true,
		'the status counts 0 edited links');
	const [d] = await Promise.all([page.waitForEvent('download'),
		page.keyboard.press('w')]);
	const saved = readFileSync(await d.path(), 'utf8').split('\n')
		.filter(l => l && !l.startsWith('#'))
		.map(l => l.replace('\tconfirmed', '+'));
	equal(saved, want, 'Save gives the same links back');
});
