// check-ignore.mjs PAGE OUTDIR - the "not a problem" marks of the check
// report (`bitext check -f html`): findings marked with the mouse and with
// the keyboard (j/k move, n marks or unmarks), the marks kept over a
// reload, the marked ones hidden on request, and saved with the button and
// with the key s as an ignore list: OUTDIR/saved.ignore (button) and
// OUTDIR/key.ignore (key); the shell side (tests/cli/0725) gives the
// saved list to bitext check --ignore. The first two findings are marked.
import { run, url, check, equal } from './lib.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [page_path, out_dir] = process.argv.slice(2);

async function marked(page) {
	return page.locator('li.finding').evaluateAll(ls =>
		ls.map((l, i) => l.classList.contains('marked') ? i : -1)
			.filter(i => i >= 0));
}

async function focused(page) {
	return page.evaluate(() => [...document.querySelectorAll('li.finding')]
		.indexOf(document.activeElement.closest('li.finding')));
}

await run(async ({ page }) => {
	await page.goto(url(page_path));
	const items = page.locator('li.finding');
	const n = await items.count();
	check(n >= 4, `${n} findings on the page`);
	equal(await marked(page), [], 'nothing marked at first');

	// the mouse: the button of the first finding
	await items.nth(0).locator('button.np').click();
	equal(await marked(page), [0], 'a click on "not a problem" marks the finding');
	equal(await items.nth(0).locator('button.np').getAttribute('aria-pressed'),
		'true', 'the button says it is pressed');
	// the keyboard: j moves on, n marks; n again takes the mark back
	await page.keyboard.press('j');
	equal(await focused(page), 1, 'j moves to the next finding');
	await page.keyboard.press('n');
	equal(await marked(page), [0, 1], 'n marks the finding that has the focus');
	await page.keyboard.press('j');
	await page.keyboard.press('n');
	equal(await marked(page), [0, 1, 2], 'n marks a third');
	await page.keyboard.press('n');
	equal(await marked(page), [0, 1], 'n again takes the mark back');
	await page.keyboard.press('k');
	equal(await focused(page), 1, 'k moves to the previous finding');
	// a second click takes a mark back too
	await items.nth(3).locator('button.np').click();
	await items.nth(3).locator('button.np').click();
	equal(await marked(page), [0, 1], 'a second click takes the mark back');
	check((await page.locator('#npcount').textContent()).startsWith('2 '),
		'the page counts 2 marks: ' + await page.locator('#npcount').textContent());

	// a reload keeps the marks (local storage under the report's name)
	await page.reload();
	equal(await marked(page), [0, 1], 'the marks survive a reload');

	// the marked findings can be hidden
	await page.check('#hidenp');
	const shown = await items.evaluateAll(ls =>
		ls.filter(l => l.offsetParent !== null).length);
	equal(shown, n - 2, 'hiding the marked findings leaves the others');
	await page.uncheck('#hidenp');

	// Save: the button and the key s download the same ignore list
	const [d1] = await Promise.all([page.waitForEvent('download'),
		page.click('#save')]);
	check(d1.suggestedFilename().endsWith('.ignore'),
		'the file is named ' + d1.suggestedFilename());
	await d1.saveAs(join(out_dir, 'saved.ignore'));
	await items.nth(1).focus();
	const [d2] = await Promise.all([page.waitForEvent('download'),
		page.keyboard.press('s')]);
	await d2.saveAs(join(out_dir, 'key.ignore'));
	equal(readFileSync(join(out_dir, 'key.ignore'), 'utf8'),
		readFileSync(join(out_dir, 'saved.ignore'), 'utf8'),
		'the key s saves the same list');
	if (process.env.SCREENSHOT)
		await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
});
