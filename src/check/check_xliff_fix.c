/*
 * check_xliff_fix.c - `check --fix` on an XLIFF file (bitext_check_fix_xliff):
 * a copy of the file in which only the text of targets is repaired.
 *
 * libxml2 cannot give the bytes back as they were, and CAT tools want
 * their files untouched (sdl:, mq: and other extension markup, attribute
 * order and quoting, white space between elements), so the copy works on
 * the bytes: a small lexer walks the markup (tags with quoted attribute
 * values, comments, CDATA sections, processing instructions and the
 * DOCTYPE are copied whole) and keeps the stack of open elements; each run
 * of text whose element is inside a <target> goes through bitext_check_fix
 * (as it stands in the XML: references such as &amp; are left as they
 * are), everything else is copied byte for byte. Left alone: targets of
 * <alt-trans>, units and groups with translate="no", and the native code
 * of 1.x ph/bpt/ept/it (their <sub> text is repaired).
 *
 * The file must have been read without error first (the caller does it
 * with the memory reader, which refuses what is not well-formed XML and
 * entity references). UTF-8 only (the lexer reads bytes).
 */
#include <bitext/check.h>
#include <bitext/errors.h>
#include <bitext/io.h>

#include "util/limits.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct xfix {
	const char *lang;
	unsigned mask;
	int depth;
	int target;               /* depth of the <target> open, or 0 */
	int skip;                 /* depth of alt-trans / translate="no", or 0 */
	int native;               /* depth of a 1.x native-code element, or 0 */
	int sub;                  /* depth of a <sub> inside it, or 0 */
	int source;               /* depth of the <source> open, or 0 */
	int first;                /* no text of the open target seen yet */
	size_t fixed;             /* text runs changed */
	bitext_buf run;           /* scratch */
	bitext_buf src;           /* the text of the unit's last <source> */
} xfix;

/* The local name of the tag at s (after '<' or "</"): its length. */
static size_t xf_name(const char *s, const char **local)
{
	size_t n = strcspn(s, " \t\r\n/>");
	const char *colon = memchr(s, ':', n);

	*local = colon ? colon + 1 : s;
	return n - (size_t)(*local - s);
}

static int xf_is(const char *local, size_t n, const char *name)
{
	return strlen(name) == n && !memcmp(local, name, n);
}

/* The end of the markup that starts at s[0] == '<' (past its last byte). */
static const char *xf_markup_end(const char *s, const char *end)
{
	const char *close = NULL, *p;
	char q = 0;

	if (end - s >= 4 && !memcmp(s, "<!--", 4))
		close = "-->";
	else if (end - s >= 9 && !memcmp(s, "<![CDATA[", 9))
		close = "]]>";
	else if (end - s >= 2 && s[1] == '?')
		close = "?>";
	if (close) {
		p = strstr(s, close);
		return p ? p + strlen(close) : end;
	}
	for (p = s + 1; p < end; p++) {   /* tags, DOCTYPE (its [ ] subset) */
		if (q) {
			if (*p == q)
				q = 0;
		} else if (*p == '"' || *p == '\'') {
			q = *p;
		} else if (*p == '[') {
			p = strstr(p, "]");
			if (!p)
				return end;
		} else if (*p == '>') {
			return p + 1;
		}
	}
	return end;
}

/* translate="no" among the attributes of a start tag. */
static int xf_translate_no(const char *tag, size_t n)
{
	const char *p, *end = tag + n;

	for (p = tag; (p = memmem(p, (size_t)(end - p), "translate", 9)) != NULL;
	    p += 9) {
		const char *v = p + 9;
		while (*v == ' ' || *v == '\t')
			v++;
		if (*v++ != '=')
			continue;
		while (*v == ' ' || *v == '\t')
			v++;
		if ((*v == '"' || *v == '\'') && !strncmp(v + 1, "no", 2) &&
		    v[3] == *v && (p == tag || p[-1] == ' ' || p[-1] == '\t' ||
		    p[-1] == '\n' || p[-1] == '\r'))
			return 1;
	}
	return 0;
}

/* A start or end tag: the element stack and the state. */
static void xf_tag(xfix *x, const char *tag, size_t n)
{
	const char *local;
	size_t ln;
	int end = tag[1] == '/', empty = tag[n - 2] == '/';

	ln = xf_name(tag + 1 + end, &local);
	if (end) {
		if (x->sub == x->depth) x->sub = 0;
		if (x->native == x->depth) x->native = 0;
		if (x->target == x->depth) x->target = 0;
		if (x->source == x->depth) x->source = 0;
		if (x->skip == x->depth) x->skip = 0;
		x->depth--;
		return;
	}
	x->depth++;
	if (!x->skip && (xf_is(local, ln, "alt-trans") ||
	    ((xf_is(local, ln, "trans-unit") || xf_is(local, ln, "unit") ||
	      xf_is(local, ln, "group")) && xf_translate_no(tag, n))))
		x->skip = x->depth;
	else if (!x->skip && !x->target && xf_is(local, ln, "target")) {
		x->target = x->depth;
		x->first = 1;
	} else if (!x->skip && !x->target && !x->source &&
	    xf_is(local, ln, "source")) {
		x->source = x->depth;
		bitext_buf_clear(&x->src);
	}
	else if (x->target && !x->native && (xf_is(local, ln, "ph") ||
	    xf_is(local, ln, "bpt") || xf_is(local, ln, "ept") ||
	    xf_is(local, ln, "it")))
		x->native = x->depth;
	else if (x->native && !x->sub && xf_is(local, ln, "sub"))
		x->sub = x->depth;
	if (empty)
		xf_tag(x, "</>", 3);
}

/* A run of text: repaired when it is target text, its white space after
 * the unit's source (`last`: the run ends the target). */
static int xf_text(xfix *x, bitext_buf *out, const char *s, size_t n,
	int last)
{
	unsigned mask = x->mask;
	int r;

	if (x->source && !x->skip && bitext_buf_put(&x->src, s, n) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (!x->target || x->skip || (x->native && !x->sub))
		return bitext_buf_put(out, s, n);
	if (!x->first || x->native)
		mask |= BITEXT_FIX_NOT_FIRST;
	if (!last || x->native)
		mask |= BITEXT_FIX_NOT_LAST;
	x->first = 0;
	bitext_buf_clear(&x->run);
	r = bitext_check_fix(&x->run, mask, x->lang, s, n,
		x->src.ptr ? x->src.ptr : "", x->src.size);
	if (r < 0)
		return r;
	if (r == 0)
		return bitext_buf_put(out, s, n);
	x->fixed++;
	return bitext_buf_put(out, x->run.ptr, x->run.size);
}

int bitext_check_fix_xliff(const char *in, const char *out, unsigned mask,
	const char *lang, size_t *fixed)
{
	bitext_buf data = BITEXT_BUF_INIT, res = BITEXT_BUF_INIT;
	bitext_afile *af = NULL;
	xfix x;
	const char *p, *end, *m;
	int error;

	memset(&x, 0, sizeof(x));
	x.lang = lang;
	x.mask = mask;
	if ((error = bitext_file_read(&data, in)) < 0)
		goto cleanup;
	p = data.ptr ? data.ptr : "";
	end = p + data.size;
	if (data.size >= 2 && ((unsigned char)p[0] == 0xFF ||
	    (unsigned char)p[0] == 0xFE || !p[0] || !p[1])) {
		error = bitext_error_set(BITEXT_EENCODING, "check_fix_utf16", in, NULL);
		goto cleanup;
	}
	while (p < end && error >= 0) {
		m = memchr(p, '<', (size_t)(end - p));
		if (!m)
			m = end;
		if (m > p)   /* the last run of a target is followed by its end */
			error = xf_text(&x, &res, p, (size_t)(m - p), m < end &&
				m[1] == '/' && x.depth == x.target);
		if (m == end || error < 0)
			break;
		p = xf_markup_end(m, end);
		if (m[1] != '!' && m[1] != '?' && p - m >= 3)
			xf_tag(&x, m, (size_t)(p - m));
		if (x.depth > BITEXT_MAX_XML_DEPTH * 4)
			error = bitext_error_set(BITEXT_ELIMIT, "xliff_too_deep", NULL);
		else if (bitext_buf_put(&res, m, (size_t)(p - m)) < 0)
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	if (error < 0)
		goto cleanup;
	if ((error = bitext_afile_open(&af, out)) < 0)
		goto cleanup;
	if (fwrite(res.ptr ? res.ptr : "", 1, res.size, bitext_afile_stream(af)) !=
	    res.size) {
		error = bitext_error_set(BITEXT_EIO, "err_write", out,
			strerror(errno), NULL);
		goto cleanup;
	}
	error = bitext_afile_commit(af);
	af = NULL;
	if (fixed)
		*fixed = x.fixed;
cleanup:
	bitext_afile_abort(af);
	bitext_buf_dispose(&data);
	bitext_buf_dispose(&res);
	bitext_buf_dispose(&x.run);
	bitext_buf_dispose(&x.src);
	return error;
}
