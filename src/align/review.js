/*
 * review.js - the editor of the review page (bitext align --format html).
 *
 * The page carries the alignment as JSON (#data): both texts, the links
 * and their confidences. A person merges, splits and moves sentences
 * between links, marks sentences without a counterpart and confirms links;
 * every edit can be undone, is kept in the browser's local storage under
 * the documents' names, and leaves the page as a links file ("Save") that
 * `bitext align --fixed` reads, or as TMX ("Export TMX").
 *
 * Sections: data, edits, undo and storage, drawing, cursor and filters,
 * files, input, start.
 */
'use strict';
(function () {

/* ---- data ---------------------------------------------------------------- */

const D = JSON.parse(document.getElementById('data').textContent);
const S = D.src, T = D.tgt, UI = D.ui;
const LONG = 320;       /* a sentence longer than this (UTF-16 units) is cut */
const CUT = 240;        /* to this, with a button to show it whole */

/*
 * A link joins sentences s..s+ns-1 of the source to t..t+nt-1 of the
 * target (an empty side still has its place, s or t); c is the model's
 * confidence, null once a person changed the link; ok: confirmed; given:
 * the page was given the link without a confidence (align --links, a
 * confirmed link of --fixed), which is not an edit. Links
 * never change: an edit replaces some by new ones, so undo puts the old
 * ones back.
 */
function link(s, ns, t, nt, c, ok) {
	return { s: s, ns: ns, t: t, nt: nt, c: c === undefined ? null : c, ok: !!ok };
}

/* the links of D.links (six values each: s, ns, t, nt, confidence or null,
 * confirmed 0/1), empty sides given their place */
function readLinks(a, n) {
	const out = [];
	let ps = 0, pt = 0;
	for (let i = 0; i + n <= a.length; i += n) {
		const l = link(a[i], a[i + 1], a[i + 2], a[i + 3], a[i + 4],
			n > 5 && a[i + 5]);
		l.given = l.c === null;
		if (!l.ns) l.s = ps;
		if (!l.nt) l.t = pt;
		ps = l.s + l.ns;
		pt = l.t + l.nt;
		out.push(l);
	}
	return out;
}

/* links that cover both texts in order, each sentence once */
function whole(ls) {
	let ps = 0, pt = 0;
	for (const l of ls) {
		if (l.s !== ps || l.t !== pt || l.ns < 0 || l.nt < 0 || l.ns + l.nt === 0)
			return false;
		ps += l.ns;
		pt += l.nt;
	}
	return ps === S.text.length && pt === T.text.length;
}

const original = readLinks(D.links, 6);
let links = original.slice();

/* ---- edits ----------------------------------------------------------------- */

/*
 * Each edit of link i (side: 's' or 't', the side a sentence moves from)
 * returns [at, count, new links, cursor]: links[at..at+count) give way to
 * the new ones; or null when it does not apply there.
 */
function count(l, side) { return side === 's' ? l.ns : l.nt; }
/* l with its side `side` starting `d0` later and `dn` longer */
function reshape(l, side, d0, dn) {
	return side === 's' ? link(l.s + d0, l.ns + dn, l.t, l.nt) :
		link(l.s, l.ns, l.t + d0, l.nt + dn);
}
function empty(l) { return l.ns + l.nt === 0; }

const EDIT = {
	mergenext: function (i) {
		const a = links[i], b = links[i + 1];
		return b ? [i, 2, [link(a.s, a.ns + b.ns, a.t, a.nt + b.nt)], i] : null;
	},
	mergeprev: function (i) {
		return i > 0 ? EDIT.mergenext(i - 1) : null;
	},
	/* the first sentence of each side into a link of its own */
	split: function (i) {
		const a = links[i];
		if (a.ns < 2 && a.nt < 2)
			return null;
		const ns = Math.min(a.ns, 1), nt = Math.min(a.nt, 1);
		return [i, 1, [link(a.s, ns, a.t, nt),
			link(a.s + ns, a.ns - ns, a.t + nt, a.nt - nt)], i];
	},
	/* the first sentence of the side to the end of the link before */
	up: function (i, side) {
		const a = links[i], p = links[i - 1];
		if (!p || !count(a, side))
			return null;
		const a2 = reshape(a, side, 1, -1), p2 = reshape(p, side, 0, 1);
		return empty(a2) ? [i - 1, 2, [p2], i - 1] : [i - 1, 2, [p2, a2], i];
	},
	/* the last sentence of the side to the start of the link after */
	down: function (i, side) {
		const a = links[i], b = links[i + 1];
		if (!b || !count(a, side))
			return null;
		const a2 = reshape(a, side, 0, -1), b2 = reshape(b, side, -1, 1);
		return empty(a2) ? [i, 2, [b2], i] : [i, 2, [a2, b2], i];
	},
	/* the last sentence of the side has no counterpart: a 1-0 or 0-1 link
	 * of its own after the rest (a one-sentence side leaves the other
	 * side alone too) */
	alone: function (i, side) {
		const a = links[i];
		if (!a.ns || !a.nt)
			return null;
		if (side === 's')
			return [i, 1, a.ns === 1 ?
				[link(a.s, 1, a.t, 0), link(a.s + 1, 0, a.t, a.nt)] :
				[link(a.s, a.ns - 1, a.t, a.nt), link(a.s + a.ns - 1, 1, a.t + a.nt, 0)], i];
		return [i, 1, a.nt === 1 ?
			[link(a.s, a.ns, a.t, 0), link(a.s + a.ns, 0, a.t, 1)] :
			[link(a.s, a.ns, a.t, a.nt - 1), link(a.s + a.ns, 0, a.t + a.nt - 1, 1)], i];
	},
	confirm: function (i) {
		const a = links[i];
		return [i, 1, [link(a.s, a.ns, a.t, a.nt, a.c, !a.ok)], i];
	},
};

/* ---- undo and storage ------------------------------------------------------ */

const undos = [], redos = [];

function apply(act) {
	const r = EDIT[act](cur, side);
	if (!r)
		return false;
	const u = { at: r[0], add: r[2], cur0: cur, cur1: r[3] };
	u.old = replace(u.at, r[1], u.add);
	undos.push(u);
	redos.length = 0;
	changed(u.cur1);
	return true;
}

function undo() {
	const u = undos.pop();
	if (!u)
		return;
	replace(u.at, u.add.length, u.old);
	redos.push(u);
	changed(u.cur0);
}

function redo() {
	const u = redos.pop();
	if (!u)
		return;
	replace(u.at, u.old.length, u.add);
	undos.push(u);
	changed(u.cur1);
}

/* back to the aligner's links, as one edit (undo brings the edits back) */
function discard() {
	const u = { at: 0, add: original.slice(), cur0: cur, cur1: 0 };
	u.old = replace(0, links.length, u.add);
	undos.push(u);
	redos.length = 0;
	changed(0);
}

function changed(to) {
	store();
	setCur(Math.max(0, Math.min(to, links.length - 1)));
	status();
}

/* The edits live in local storage under the documents' names, with a
 * fingerprint of the texts: edits made on other texts are not loaded. */
const KEY = 'bitext-review:' + S.name + '\t' + T.name;
const FP = (function () {
	let h = 0x811c9dc5;
	for (const doc of [S, T])
		for (const t of doc.text) {
			for (let i = 0; i < t.length; i++)
				h = Math.imul(h ^ t.charCodeAt(i), 16777619);
			h = Math.imul(h ^ 10, 16777619);
		}
	return S.text.length + ':' + T.text.length + ':' + (h >>> 0).toString(16);
})();

function store() {
	const a = [];
	for (const l of links)
		a.push(l.s, l.ns, l.t, l.nt, l.c, l.ok ? 1 : 0);
	try {
		localStorage.setItem(KEY, JSON.stringify({ fp: FP, links: a }));
	} catch (e) {
		note.textContent = String(e);
	}
}

/* the stored edits, when there are any for these texts: true when loaded */
function restore() {
	let v = null;
	try {
		v = JSON.parse(localStorage.getItem(KEY));
	} catch (e) {
		return false;
	}
	if (!v)
		return false;
	const ls = v.fp === FP && Array.isArray(v.links) ? readLinks(v.links, 6) : [];
	if (!whole(ls)) {
		note.prepend(UI.stale + ' ');
		return false;
	}
	links = ls;
	return true;
}

/* ---- drawing --------------------------------------------------------------- */

/* Rows are drawn in slices after the first screen, so that a long
 * alignment opens at once; links[0..drawn) have rows. The rows sit in
 * blocks of at most BLOCK: the browser then lays out and paints a few
 * hundred blocks, those off the screen skipped whole (content-visibility
 * in the style sheet), rather than every row at each change. */
const box = document.getElementById('links');
const BLOCK = 100;
const rowOf = new WeakMap();
const expanded = new Set();     /* 's12', 't7': long sentences shown whole */
let drawn = 0;

function esc(s) {
	return String(s).replace(/[&<>"]/g, function (c) {
		return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;';
	});
}

function edited(l) { return l.c === null && !l.given; }
function doubtful(l) { return l.c !== null && l.c < D.threshold; }
function paraStart(doc, i) { return i === 0 || doc.para[i] !== doc.para[i - 1]; }

function rowClass(l) {
	return 'row' + (doubtful(l) ? ' doubt' : '') + (!l.ns || !l.nt ? ' omit' : '') +
		(edited(l) ? ' edited' : '') + (l.ok ? ' confirmed' : '') +
		((l.ns && paraStart(S, l.s)) || (l.nt && paraStart(T, l.t)) ? ' para' : '') +
		(query && !matches(l) ? ' miss' : '');
}

function sideHtml(doc, k, first, n) {
	let h = '<div class="' + k + '" lang="' + esc(doc.lang) + '">';
	for (let j = first; j < first + n; j++) {
		const p = paraStart(doc, j);
		let t = doc.text[j], more = '';
		if (t.length > LONG) {
			const whole = expanded.has(k + j);
			if (!whole) {
				/* not inside a surrogate pair */
				const c = t.charCodeAt(CUT - 1);
				t = t.slice(0, c >= 0xD800 && c < 0xDC00 ? CUT - 1 : CUT) + '\u2026';
			}
			more = ' <button type="button" class="more" data-more="' + k + j + '">' +
				esc(whole ? UI.less : UI.more) + '</button>';
		}
		h += '<div class="seg' + (p ? ' pstart' : '') + '"><span class="n">' +
			(p ? '\u00b6' : '') + j + '</span> ' + esc(t) + more + '</div>';
	}
	return h + '</div>';
}

function rowHtml(l) {
	return '<div class="' + rowClass(l) + '">' + sideHtml(S, 's', l.s, l.ns) +
		sideHtml(T, 't', l.t, l.nt) + '<div class="meta"><span class="shape">' +
		l.ns + '-' + l.nt + '</span> <span class="c">' +
		(l.c !== null ? l.c.toFixed(2) : l.given ? '\u2014' : '\u270e') + '</span>' +
		(l.ok ? ' <span class="ok">\u2713</span>' : '') + '</div></div>';
}

/* rows for links[from..to) as a fragment; in blocks when `blocks` */
function rows(from, to, blocks) {
	const tpl = document.createElement('template');
	let h = '';
	for (let i = from; i < to; i++)
		h += (blocks && (i - from) % BLOCK === 0 ? (i > from ? '</div>' : '') +
			'<div class="blk">' : '') + rowHtml(links[i]);
	tpl.innerHTML = blocks ? (h || '<div class="blk">') + '</div>' : h;
	const els = tpl.content.querySelectorAll('.row');
	for (let i = from; i < to; i++) {
		rowOf.set(links[i], els[i - from]);
		els[i - from].link = links[i];
	}
	return tpl.content;
}

function drawTo(n) {
	if (n > drawn) {
		box.appendChild(rows(drawn, n, true));
		drawn = n;
	}
}

function drawRest() {
	drawTo(Math.min(links.length, drawn + 20 * BLOCK));
	if (drawn < links.length)
		setTimeout(drawRest, 0);
	else
		box.dataset.drawn = Math.round(performance.now());
}

/* links[at..at+count) give way to `add`, rows too; returns the old ones */
function replace(at, count, add) {
	if (count > BLOCK || add.length > BLOCK) {
		/* all the links at once (going back to the aligner's, and undoing
		 * that): drawn again from the start, in blocks */
		const old = links.slice(at, at + count);
		links = links.slice(0, at).concat(add, links.slice(at + count));
		for (const b of box.querySelectorAll('.blk'))
			b.remove();
		drawn = 0;
		delete box.dataset.drawn;
		drawTo(Math.min(links.length, 2 * BLOCK));
		setTimeout(drawRest, 0);
		return old;
	}
	drawTo(Math.min(links.length, at + count + 1));
	const next = at + count < drawn ? rowOf.get(links[at + count]) : null;
	/* where the new rows go: before the next row, or at the end of the
	 * block of the last one */
	const last = at > 0 ? rowOf.get(links[at - 1]) : null;
	const block = next ? next.parentNode : last ? last.parentNode :
		box.querySelector('.blk') || box.appendChild(rows(0, 0, true));
	for (let k = at; k < at + count; k++)
		rowOf.get(links[k]).remove();
	const old = links.splice.apply(links, [at, count].concat(add));
	drawn += add.length - count;
	block.insertBefore(rows(at, at + add.length, false), next);
	return old;
}

/* the row of links[i] drawn again (a sentence expanded) */
function redraw(i) {
	const el = rowOf.get(links[i]);
	if (el) {
		el.parentNode.replaceChild(rows(i, i + 1, false), el);
		setCur(cur);
	}
}

/* ---- cursor and filters ---------------------------------------------------- */

let cur = 0, side = 's', query = '', lower = null;
const only = document.getElementById('only');
const unconf = document.getElementById('unconfirmed');
const search = document.getElementById('q');
const note = document.getElementById('store');

function matches(l) {
	if (!lower)
		lower = [S.text.map(function (t) { return t.toLowerCase(); }),
			T.text.map(function (t) { return t.toLowerCase(); })];
	for (let j = l.s; j < l.s + l.ns; j++)
		if (lower[0][j].includes(query)) return true;
	for (let j = l.t; j < l.t + l.nt; j++)
		if (lower[1][j].includes(query)) return true;
	return false;
}

function shown(l) {
	return !(only.checked && !doubtful(l) && l.ns && l.nt && l.c !== null) &&
		!(unconf.checked && l.ok) && !(query && !matches(l));
}

function setCur(i) {
	const old = box.querySelector('.row.cur');
	if (old) {
		old.classList.remove('cur');
		for (const d of old.querySelectorAll('.on')) d.classList.remove('on');
	}
	if (!links.length)
		return;
	cur = i;
	drawTo(Math.min(links.length, i + 1));
	const el = rowOf.get(links[i]);
	el.classList.add('cur');
	el.querySelector('.' + side).classList.add('on');
	el.scrollIntoView({ block: 'nearest' });
	for (const b of document.querySelectorAll('button[data-act]')) {
		const a = b.dataset.act;
		b.disabled = EDIT[a] ? !EDIT[a](cur, side) :
			a === 'undo' ? !undos.length : a === 'redo' ? !redos.length : false;
	}
}

/* the next (d = 1) or previous (d = -1) link the filters show */
function step(d) {
	for (let i = cur + d; i >= 0 && i < links.length; i += d)
		if (shown(links[i])) {
			setCur(i);
			return;
		}
}

function filter() {
	box.classList.toggle('only', only.checked);
	box.classList.toggle('unconfirmed', unconf.checked);
	query = search.value.trim().toLowerCase();
	for (let i = 0; i < drawn; i++)
		rowOf.get(links[i]).classList.toggle('miss', !!query && !matches(links[i]));
	if (links.length && !shown(links[cur]))
		step(1);
}

function status() {
	let d = 0, c = 0, e = 0;
	for (const l of links) {
		if (doubtful(l) && !l.ok) d++;
		if (l.ok) c++;
		if (edited(l)) e++;
	}
	document.getElementById('status').textContent = '\u2014 ' + UI.links + ': ' +
		links.length + ' \u00b7 ' + UI.doubt + ': ' + d + ' \u00b7 ' +
		UI.confirmed + ': ' + c + ' \u00b7 ' + UI.edited + ': ' + e;
}

/* ---- files ----------------------------------------------------------------- */

function nums(first, n) {
	const a = [];
	for (let j = first; j < first + n; j++) a.push(j);
	return a.join(',');
}

/* the links format of bitext (align --format links, align --fixed) */
function linksFile() {
	let out = '# bitext links\n# source: ' + S.name + ' (' + S.lang + '), target: ' +
		T.name + ' (' + T.lang + ')\n';
	for (const l of links)
		out += nums(l.s, l.ns) + ':' + nums(l.t, l.nt) + (l.ok ? '\tconfirmed' : '') + '\n';
	return out;
}

/* XML text as the TMX writer of bitext escapes it */
function xml(s, attr) {
	return String(s).replace(/[&<>"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f]/g, function (c) {
		switch (c) {
		case '&': return '&amp;';
		case '<': return '&lt;';
		case '>': return '&gt;';
		case '\r': return '&#13;';
		case '"': return attr ? '&quot;' : c;
		case '\t': return attr ? '&#9;' : c;
		case '\n': return attr ? '&#10;' : c;
		default: return '';
		}
	});
}

/* TMX 1.4b as `bitext align --format tmx` writes it, from the links as
 * they are now: a unit for each link with both sides, props x-alignment,
 * x-score (links the aligner made; a link changed by hand has none),
 * x-document, x-paragraph, and x-confirmed for a confirmed link */
function tmxFile() {
	const now = new Date().toISOString().replace(/[-:]|\.\d+/g, '');
	const out = ['<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n  <header'];
	for (const a of D.header)
		out.push(' ' + a[0] + '="' + xml(a[1], true) + '"');
	out.push('/>\n  <body>\n');
	const prop = function (type, v) {
		out.push('      <prop type="' + type + '">' + xml(v) + '</prop>\n');
	};
	const tuv = function (doc, first, n) {
		out.push('      <tuv xml:lang="' + xml(doc.tmx, true) + '">\n        <seg>' +
			xml(doc.text.slice(first, first + n).join(' ')) + '</seg>\n      </tuv>\n');
	};
	let id = 0;
	for (const l of links) {
		if (!l.ns || !l.nt)
			continue;
		out.push('    <tu tuid="' + ++id + '" creationdate="' + now + '">\n');
		prop('x-alignment', l.ns + '-' + l.nt);
		if (l.c !== null)
			prop('x-score', l.c.toFixed(4));
		if (S.name)
			prop('x-document', S.name);
		prop('x-paragraph', S.para[l.s]);
		if (l.ok)
			prop('x-confirmed', 'yes');
		tuv(S, l.s, l.ns);
		tuv(T, l.t, l.nt);
		out.push('    </tu>\n');
	}
	out.push('  </body>\n</tmx>\n');
	return out.join('');
}

/* the page's own name with another extension: review.html -> review.links */
function fileName(ext) {
	const base = decodeURIComponent(location.pathname.split('/').pop() || '');
	return (base.replace(/\.html?$/i, '') || 'alignment') + ext;
}

function download(name, type, text) {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(new Blob([text], { type: type }));
	a.download = name;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
}

/* ---- input ----------------------------------------------------------------- */

function act(a) {
	if (!links.length)
		return;
	if (EDIT[a]) {
		const confirming = a === 'confirm' && !links[cur].ok;
		if (apply(a) && confirming)
			step(1);
		return;
	}
	switch (a) {
	case 'undo': undo(); break;
	case 'redo': redo(); break;
	case 'save': download(fileName('.links'), 'text/plain', linksFile()); break;
	case 'tmx': download(fileName('.tmx'), 'application/xml', tmxFile()); break;
	case 'next': step(1); break;
	case 'prev': step(-1); break;
	case 'src': side = 's'; setCur(cur); break;
	case 'tgt': side = 't'; setCur(cur); break;
	case 'search': search.focus(); search.select(); break;
	case 'expand': {
		const l = links[cur], keys = [];
		for (let j = l.s; j < l.s + l.ns; j++) if (S.text[j].length > LONG) keys.push('s' + j);
		for (let j = l.t; j < l.t + l.nt; j++) if (T.text[j].length > LONG) keys.push('t' + j);
		const open = keys.some(function (k) { return !expanded.has(k); });
		for (const k of keys) open ? expanded.add(k) : expanded.delete(k);
		redraw(cur);
		break;
	}
	}
}

/* the key map comes from the page: data-key="j ArrowDown" on what it does */
const KEYS = new Map();
for (const el of document.querySelectorAll('[data-key]'))
	for (const k of el.dataset.key.split(' '))
		KEYS.set(k, el);

document.addEventListener('keydown', function (e) {
	if (e.target === search) {
		if (e.key === 'Escape' || e.key === 'Enter')
			search.blur();
		return;
	}
	if (e.altKey || e.isComposing)
		return;
	const el = KEYS.get((e.ctrlKey || e.metaKey ? 'Control+' : '') + e.key);
	if (!el)
		return;
	e.preventDefault();
	if (el.type === 'checkbox')
		el.click();
	else
		act(el.dataset.act);
});

document.addEventListener('click', function (e) {
	const more = e.target.closest('[data-more]');
	if (more) {
		const k = more.dataset.more;
		expanded.has(k) ? expanded.delete(k) : expanded.add(k);
		const r = more.closest('.row');
		redraw(links.indexOf(r.link));
		return;
	}
	const a = e.target.closest('[data-act]');
	if (a) {
		act(a.dataset.act);
		return;
	}
	if (e.target.id === 'discard') {
		discard();
		return;
	}
	const r = e.target.closest('.row');
	if (r && r.link) {
		const d = e.target.closest('.s, .t');
		if (d)
			side = d.classList.contains('s') ? 's' : 't';
		setCur(links.indexOf(r.link));
	}
});

only.addEventListener('change', filter);
unconf.addEventListener('change', filter);
let typing = 0;
function typed() {
	clearTimeout(typing);
	typing = setTimeout(filter, 150);
}
/* 'search': the box emptied with Escape or its clear button */
search.addEventListener('input', typed);
search.addEventListener('search', typed);

/* the header stays on top: rows scrolled to stop under it */
function barHeight() {
	document.documentElement.style.setProperty('--bar',
		document.getElementById('bar').offsetHeight + 'px');
}
window.addEventListener('resize', barHeight);

/* ---- start ------------------------------------------------------------------ */

note.textContent = UI.stored + ' ';
const discardButton = document.createElement('button');
discardButton.type = 'button';
discardButton.id = 'discard';
discardButton.textContent = UI.discard;
note.appendChild(discardButton);
restore();
barHeight();
drawTo(Math.min(links.length, 2 * BLOCK));
filter();
setCur(0);
status();
window.scrollTo(0, 0);
/* what the first screen had: rows drawn, milliseconds since the page began */
box.dataset.first = drawn + ' ' + Math.round(performance.now());
setTimeout(drawRest, 0);
})();
