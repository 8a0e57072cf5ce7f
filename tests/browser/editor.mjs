// editor.mjs PAGE OUTDIR OTHER - the editor of the review page in Chromium.
// PAGE is the review page of a pair that aligns one to one (links i:i,
// i < 8; the last two sentences are one with "</script><!--" in it and one
// too long for a row). Every editing action is done with the keyboard and
// again with the mouse, with undo and redo; the filters, the search box and
// the expansion of long sentences are used; a reload keeps the edits. The
// saved links go to OUTDIR/keys.links and OUTDIR/mouse.links, the TMX to
// OUTDIR/{untouched,keys,mouse}.tmx, for the shell test to check with
// bitext and xmllint. OTHER is the page of other texts under the same
// names: the edits stored for PAGE are not loaded there, and it says so.
import { run, url, check, equal, fail } from './lib.mjs';
import { readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const [pagePath, outDir, otherPath] = process.argv.slice(2);
const L0 = ['0:0', '1:1', '2:2', '3:3', '4:4', '5:5', '6:6', '7:7'];

// the links the page shows, one "S:T" a row ("+" when confirmed)
function state(page) {
	return page.$$eval('#links .row:not(.head)', rs => rs.map(r => {
		const n = k => [...r.querySelectorAll(k + ' .n')]
			.map(x => x.textContent.replace('\u00b6', '')).join(',');
		return n('.s') + ':' + n('.t') + (r.classList.contains('confirmed') ? '+' : '');
	}));
}

// the row under the cursor, as state() writes it, and its side
function cursor(page) {
	return page.$eval('.row.cur', r => {
		const n = k => [...r.querySelectorAll(k + ' .n')]
			.map(x => x.textContent.replace('\u00b6', '')).join(',');
		return n('.s') + ':' + n('.t') + (r.querySelector('.s.on') ? ' s' : ' t');
	});
}

function visible(page) {
	return page.$$eval('#links .row:not(.head)', rs =>
		rs.filter(r => getComputedStyle(r).display !== 'none').length);
}

async function save(page, key, file) {
	const [d] = await Promise.all([page.waitForEvent('download'), key()]);
	const p = join(outDir, file);
	await d.saveAs(p);
	return readFileSync(p, 'utf8');
}

// the links of a saved file, as state() writes them
function parse(text) {
	return text.split('\n').filter(l => l && !l.startsWith('#'))
		.map(l => l.replace('\tconfirmed', '+'));
}

await run(async ({ page }) => {
	page.on('dialog', d => fail('the page opened a dialog: ' + d.message()));
	await page.setViewportSize({ width: 1200, height: 800 });
	const t0 = Date.now();
	await page.goto(url(pagePath));
	await page.waitForSelector('#links[data-drawn]');
	console.log(`page drawn in ${Date.now() - t0} ms`);
	equal(await state(page), L0, 'the fixture aligns one to one');
	equal(await cursor(page), '0:0 s', 'the cursor starts on the first link, source side');
	const k = key => page.keyboard.press(key);
	const click = act => page.click(`button[data-act="${act}"]`);
	// before any edit: the TMX the shell test compares with align --format tmx
	await save(page, () => k('t'), 'untouched.tmx');

	// ---- keyboard --------------------------------------------------------
	await k('j');
	equal(await cursor(page), '1:1 s', 'j moves to the next link');
	await k('m');
	equal((await state(page)).slice(0, 3), ['0:0', '1,2:1,2', '3:3'], 'm merges with the next link');
	await k('u');
	equal(await state(page), L0, 'u undoes the merge');
	await k('r');
	equal((await state(page)).slice(0, 3), ['0:0', '1,2:1,2', '3:3'], 'r redoes it');
	await k('Control+z');
	equal(await state(page), L0, 'Ctrl+Z undoes too');
	await k('Control+y');
	equal((await state(page))[1], '1,2:1,2', 'Ctrl+Y redoes too');
	await k('s');
	equal(await state(page), L0, 's splits the 2-2 link into two 1-1 links');
	check(await page.$eval('#links .row:not(.head) >> nth=1', r => r.classList.contains('edited')),
		'a link changed by hand is marked as such');
	await k('Shift+M');
	equal((await state(page)).slice(0, 2), ['0,1:0,1', '2:2'], 'M merges with the previous link');
	equal(await cursor(page), '0,1:0,1 s', 'the cursor is on the merged link');
	await k('s');
	equal(await state(page), L0, 'split again');
	// moving sentences: the cursor on 1:1, source side
	await k('j');
	equal(await cursor(page), '1:1 s', 'cursor on 1:1');
	await k('[');
	equal((await state(page)).slice(0, 3), ['0,1:0', ':1', '2:2'], '[ moves the first source sentence up');
	equal(await cursor(page), ':1 s', 'the cursor stays on what is left of the link');
	await k('k');
	await k(']');
	equal((await state(page)).slice(0, 3), ['0:0', '1:1', '2:2'], '] moves the last source sentence down');
	await k('l');
	equal(await cursor(page), '0:0 t', 'l chooses the target side');
	await k(']');
	equal((await state(page)).slice(0, 2), ['0:', '1:0,1'], '] moves the target sentence down; 1-0 left');
	await k('j');
	await k('[');
	equal((await state(page)).slice(0, 2), ['0:0', '1:1'], '[ on the target side moves it back up');
	await k('ArrowDown');
	await k('x');
	equal((await state(page)).slice(1, 5), ['1:1', '2:', ':2', '3:3'],
		'x on the target side leaves its sentence without counterpart (1-0, 0-1)');
	await k('u');
	await k('h');
	await k('x');
	equal((await state(page)).slice(1, 5), ['1:1', '2:', ':2', '3:3'],
		'x on the source side gives the same links for a 1-1 link');
	await k('u');
	equal(await state(page), L0, 'undone');
	equal(await cursor(page), '2:2 s', 'the cursor back on the link');
	await k('c');
	equal((await state(page))[2], '2:2+', 'c confirms the link');
	equal(await cursor(page), '3:3 s', 'and moves on to the next');
	await k('ArrowUp');
	await k('ArrowUp');
	await k('c');
	equal((await state(page)).slice(0, 3), ['0:0', '1:1+', '2:2+'], 'a second confirmed link');

	// filters: doubtful only (links under the threshold, omissions and links
	// changed by hand), unconfirmed only, search
	const n = L0.length;
	await k('d');
	const doubt = await page.$$eval('#links .row.doubt, #links .row.omit, #links .row.edited', rs => rs.length);
	equal(await visible(page), doubt, 'd shows only the links to review');
	await k('d');
	equal(await visible(page), n, 'd again shows all');
	await k('n');
	equal(await visible(page), n - 2, 'n hides the confirmed links');
	await k('n');
	await k('/');
	await page.keyboard.type('script');
	await page.waitForTimeout(400);
	equal(await visible(page), 1, 'the search box keeps the links with the text');
	const shown = await page.$eval('#links .row:not(.miss):not(.head) .s', d => d.textContent);
	check(shown.includes('</script><!--'), 'a sentence with </script> shows as text');
	await k('Escape');
	await k('j');
	equal(await cursor(page), '6:6 s', 'j goes to the next link the search shows');
	await k('/');
	await k('Backspace');
	await k('Enter');
	await page.waitForTimeout(400);
	equal(await visible(page), n, 'all links again');

	// long sentences: cut, and shown whole with e or with the button
	const long = '#links .row:not(.head) >> nth=7 >> .s .seg';
	const cut = (await page.$eval(long, d => d.textContent)).length;
	await k('j');
	await k('e');
	const whole = (await page.$eval(long, d => d.textContent)).length;
	check(whole > cut + 50, `e shows a long sentence whole (${cut} -> ${whole} characters)`);
	await k('e');
	equal((await page.$eval(long, d => d.textContent)).length, cut, 'e again cuts it');

	// a reload keeps the edits
	const before = await state(page);
	await page.reload();
	await page.waitForSelector('#links[data-drawn]');
	equal(await state(page), before, 'a reload keeps the edits');
	check((await page.textContent('#store')).includes('local storage'),
		'the page says that it keeps the edits in local storage');

	// save and export (with a 2-2 link and a 1-0 / 0-1 pair to write)
	await k('j');
	await k('m');
	await k('j');
	await k('l');
	await k('x');
	const mid = await state(page);
	equal(mid.slice(0, 5), ['0:0', '1,2:1,2', '3:', ':3', '4:4'], 'edits to save');
	const saved = await save(page, () => k('w'), 'keys.links');
	check(saved.startsWith('# bitext links\n# '), 'the links file starts with its comment lines');
	equal(parse(saved), mid, 'w saves the links the page shows');
	await save(page, () => k('t'), 'keys.tmx');

	// ---- mouse -----------------------------------------------------------
	await page.click('#discard');
	equal(await state(page), L0, 'the aligner\'s links back (discard)');
	await click('undo');
	equal(await state(page), mid, 'discarding undone');
	await click('redo');
	equal(await state(page), L0, 'and redone');
	await page.click('#links .row:not(.head) >> nth=1 >> .t');
	equal(await cursor(page), '1:1 t', 'a click chooses the link and the side');
	await click('mergenext');
	equal((await state(page))[1], '1,2:1,2', 'merge with next (button)');
	await click('split');
	equal(await state(page), L0, 'split (button)');
	await page.click('#links .row:not(.head) >> nth=2 >> .s');
	await click('mergeprev');
	equal((await state(page))[1], '1,2:1,2', 'merge with previous (button)');
	await click('undo');
	await page.click('#links .row:not(.head) >> nth=2 >> .t');
	await click('up');
	equal((await state(page)).slice(1, 3), ['1:1,2', '2:'], 'sentence up (button)');
	await page.click('#links .row:not(.head) >> nth=1 >> .t');
	await click('down');
	equal((await state(page)).slice(1, 3), ['1:1', '2:2'], 'sentence down (button)');
	await page.click('#links .row:not(.head) >> nth=3 >> .s');
	await click('alone');
	equal((await state(page)).slice(3, 5), ['3:', ':3'], 'no counterpart (button)');
	await page.click('#links .row:not(.head) >> nth=0');
	await click('confirm');
	equal((await state(page))[0], '0:0+', 'confirm (button)');
	await page.click('#only');
	const doubt2 = await page.$$eval('#links .row.doubt, #links .row.omit, #links .row.edited', rs => rs.length);
	equal(await visible(page), doubt2, 'the doubtful filter (checkbox)');
	await page.click('#only');
	await page.click('#unconfirmed');
	equal(await visible(page), (await state(page)).length - 1, 'the unconfirmed filter (checkbox)');
	await page.click('#unconfirmed');
	await page.click('#links .row:not(.head) >> nth=8 >> .more');
	const whole2 = (await page.$eval('#links .row:not(.head) >> nth=8 >> .s .seg', d => d.textContent)).length;
	check(whole2 > cut + 50, 'the "more" button shows a long sentence whole');
	const after = await state(page);
	const saved2 = await save(page, () => click('save'), 'mouse.links');
	equal(parse(saved2), after, 'Save links (button)');
	const tmx = await save(page, () => click('tmx'), 'mouse.tmx');
	check(tmx.includes('<prop type="x-confirmed">yes</prop>'), 'Export TMX (button) marks the confirmed link');
	await page.screenshot({ path: join(outDir, 'editor.png') });

	// the page of other texts under the same names
	await page.goto(url(otherPath));
	await page.waitForSelector('#links[data-drawn]');
	equal(await state(page), L0, 'edits stored for other texts are not loaded');
	check((await page.textContent('#store')).includes('other texts'), 'and the page says so');
});
