// lib.mjs - what every browser test shares: Debian's Chromium started
// through playwright-core with a fresh profile, and small assertion helpers.
// A script prints "ok ..." lines and exits 0, or prints "FAIL: ..." and
// exits 1; tests/cli/07xx-*.sh run the scripts inside `make check`.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// A headless Chromium with a profile of its own (a fresh --user-data-dir,
// removed at close): nothing leaks between runs, local storage included.
// Returns { context, page, close }.
export async function launch() {
	const dir = mkdtempSync(join(process.env.TEST_TMPDIR || tmpdir(),
		'chromium-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: CHROMIUM,
		headless: true,
		acceptDownloads: true,
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run',
			'--disable-background-networking',
			'--disable-component-update', '--disable-sync'],
	});
	const page = context.pages()[0] || await context.newPage();
	// the pages are self-contained: any request but file:// is a bug
	const outside = [];
	await context.route(u => !u.href.startsWith('file:'), route => {
		outside.push(route.request().url());
		route.abort();
	});
	page.on('pageerror', e => fail('script error in the page: ' + e.message));
	return {
		context, page, outside,
		async close() {
			await context.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

export function url(path) {
	return pathToFileURL(path).href;
}

export function fail(msg) {
	console.log('FAIL: ' + msg);
	process.exit(1);
}

export function ok(msg) {
	console.log('ok ' + msg);
}

export function check(cond, msg) {
	if (!cond)
		fail(msg);
	ok(msg);
}

export function equal(got, want, msg) {
	const g = JSON.stringify(got), w = JSON.stringify(want);
	if (g !== w)
		fail(`${msg}: got ${g}, expected ${w}`);
	ok(msg);
}

// run(main): main(browser) with the browser closed afterwards, whatever
// happens; an exception is a failure.
export async function run(main) {
	let b;
	try {
		b = await launch();
		await main(b);
		if (b.outside.length)
			fail('the page asked for ' + b.outside.join(' '));
	} catch (e) {
		console.log('FAIL: ' + (e && e.stack || e));
		if (b)
			await b.close().catch(() => {});
		process.exit(1);
	}
	await b.close();
}
