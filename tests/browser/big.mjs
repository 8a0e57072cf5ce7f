// big.mjs PAGE N - a review page of N links (20,000 in the test) opens and
// scrolls without freezing: the first rows show before the rest are drawn,
// every link gets its row, the keys move through the end of the list and
// an edit there takes effect. Times are printed (load, drawing, the longest
// task the page ran), not asserted, so a loaded machine cannot fail the test.
import { run, url, check, equal } from './lib.mjs';

const [pagePath, n] = process.argv.slice(2);

await run(async ({ page }) => {
	await page.setViewportSize({ width: 1200, height: 800 });
	await page.addInitScript(() => {
		window.longest = 0;
		new PerformanceObserver(l => {
			for (const e of l.getEntries())
				window.longest = Math.max(window.longest, e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	const t0 = Date.now();
	await page.goto(url(pagePath), { waitUntil: 'domcontentloaded' });
	await page.waitForSelector('#links .row.cur');
	const first = Date.now() - t0;
	await page.waitForSelector('#links[data-drawn]', { timeout: 120000 });
	const all = Date.now() - t0;
	equal(await page.$$eval('#links .row:not(.head)', rs => rs.length), +n,
		`every link has its row`);
	const [rows, ms] = (await page.$eval('#links', b => b.dataset.first)).split(' ');
	console.log(`the page shows its first ${rows} rows after ${ms} ms, ` +
		`all after ${await page.$eval('#links', b => b.dataset.drawn)} ms (page clock)`);
	const t1 = Date.now();
	await page.keyboard.press('End');
	await page.mouse.wheel(0, -3000);
	for (let i = 0; i < 20; i++)
		await page.mouse.wheel(0, 2000);
	const scroll = Date.now() - t1;
	// the last link: reached from the end with the keys, merged, undone
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.click('#links .row:not(.head) >> nth=-1');
	const t2 = Date.now();
	await page.keyboard.press('k');
	await page.keyboard.press('m');
	equal(await page.$$eval('#links .row:not(.head)', rs => rs.length), n - 1,
		'a merge at the end of the list');
	await page.keyboard.press('u');
	equal(await page.$$eval('#links .row:not(.head)', rs => rs.length), +n, 'undone');
	const edit = Date.now() - t2;
	// back to the aligner's links (every row drawn again), and undone
	await page.keyboard.press('m');
	const t3 = Date.now();
	await page.click('#discard');
	await page.waitForSelector('#links[data-drawn]');
	equal(await page.$$eval('#links .row:not(.head)', rs => rs.length), +n,
		'back to the aligner\'s links');
	await page.keyboard.press('u');
	await page.waitForSelector('#links[data-drawn]');
	equal(await page.$$eval('#links .row:not(.head)', rs => rs.length), n - 1,
		'and the edits back');
	check(await page.$$eval('#links .blk', bs => bs.every(b => b.children.length <= 200)),
		'the rows drawn again are in blocks');
	const discard = Date.now() - t3;
	const longest = Math.round(await page.evaluate(() => window.longest));
	console.log(`${n} links: first rows after ${first} ms, all drawn after ${all} ms, ` +
		`scrolling ${scroll} ms, merge+undo ${edit} ms, discard+undo ${discard} ms, ` +
		`longest task ${longest} ms`);
	check(+rows < n / 10, 'the first rows show before the rest are drawn');
});
