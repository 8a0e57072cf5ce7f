/*
 * check_list.c - the user's own checks: checklist files of rules
 * (bitext_checker_load_checklist), run on every unit after the built-in
 * checks, and the names a user allows in the source's script.
 *
 * Format (line based, UTF-8; the full description is in bitext/check.h and
 * doc/check.md):
 *
 *   # a comment: a line whose first non-blank character is #
 *   allow = 미래에셋             only before the first rule
 *   [rule-id]                    starts a rule: letters, digits, - _ .
 *   severity = warning           error, warning, info or off
 *   message = TEXT               shown with every finding of the rule
 *   source = PATTERN             ICU regular expressions: the rest of the
 *   target = PATTERN             line, blanks around it trimmed
 *   when = CONDITION             how the two sides pair (below)
 *
 * Conditions: `target` (the target matches: a forbidden form), `source`
 * (the source matches), `source-not-target` (the source matches and the
 * target does not: a required rendering), `target-not-source`, `both`,
 * `count` (both match, a different number of times; no match is 0). The
 * default is the side given, or source-not-target with both patterns.
 *
 * A rule reports every match of the side it names, each with its span (a
 * `count` rule one finding a unit), up to BITEXT_MAX_CHECKLIST_MATCHES a
 * rule and unit. Patterns run on the UTF-8 text (utext_openUTF8, no UTF-16
 * copy), each match bounded in time and stack (bitext_srx__regex_open): a
 * pattern that backtracks without end stops the run with an error naming
 * the rule, never hangs it. Errors in a file name the file, line and
 * column (code points, 1-based; in a pattern, where ICU's parse stopped).
 */
#include "check/check_int.h"
#include "segment/srx.h"
#include "util/limits.h"

#include <bitext/errors.h>
#include <bitext/io.h>
#include <bitext/msg.h>

#include <unicode/utext.h>
#include <unicode/ustring.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COND_NONE = 0, COND_TARGET, COND_SOURCE, COND_SOURCE_NOT_TARGET,
	COND_TARGET_NOT_SOURCE, COND_BOTH, COND_COUNT };

static const char *const cond_names[] = { "", "target", "source",
	"source-not-target", "target-not-source", "both", "count", NULL };

typedef struct cl_rule {
	char *id, *message;
	char *pat[2];                 /* source, target (NULL: none) */
	URegularExpression *re[2];
	int cond;
	int sev;                      /* bitext_severity, -1 unset */
	const char *file;             /* for errors while running */
	long line;                    /* of the [id] line */
} cl_rule;

struct bitext_check_list {
	cl_rule *rules;
	size_t nrules, arules;
	char **files;                 /* names of the files loaded */
	size_t nfiles, afiles;
};

/* ---- allowed names ------------------------------------------------------ */

int bitext_checker_allow(bitext_checker *c, const char *name)
{
	char *d;

	if (!name || !*name)
		return 0;
	if (bitext__grow((void **)&c->allow, &c->aallow, c->nallow + 1,
	    sizeof(*c->allow)) < 0 || !(d = strdup(name)))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	c->allow[c->nallow++] = d;
	return 0;
}

/* ---- parsing ------------------------------------------------------------ */

typedef struct cl_parser {
	bitext_checker *c;
	const char *name;
	long line;
	const char *l;                /* the line */
	size_t ll;
	cl_rule *cur;                 /* rule being read, or NULL */
} cl_parser;

/* Column (1-based, code points) of byte `at` of the current line. */
static long cl_col(const cl_parser *p, size_t at)
{
	return (long)bitext_utf8__count(p->l, at) + 1;
}

static int cl_error(const cl_parser *p, long line, long col, int code,
	const char *key, const char *a0, const char *a1)
{
	bitext_error_set(code, key, a0, a1, NULL);
	bitext_error_locate(p->name, line, col, -1);
	return code;
}

static int is_blank_byte(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r';
}

int bitext_check__list_id_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		(ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.';
}

static char *cl_strndup(const char *s, size_t n)
{
	char *d = malloc(n + 1);

	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

static void rule_dispose(cl_rule *r)
{
	int k;

	free(r->id);
	free(r->message);
	for (k = 0; k < 2; k++) {
		free(r->pat[k]);
		if (r->re[k])
			uregex_close(r->re[k]);
	}
}

/* Column of UTF-16 offset `off` of pattern `pat`, counted from `col0`. */
static long pattern_col(const char *pat, int32_t off, long col0)
{
	size_t i = 0, n = strlen(pat);
	int32_t u16 = 0;
	long col = col0;

	while (i < n && u16 < off) {
		int32_t ch = bitext_utf8__next(pat, n, &i);
		u16 += ch > 0xFFFF ? 2 : 1;
		col++;
	}
	return col;
}

/* `[id]`: a new rule. */
static int cl_header(cl_parser *p, size_t a, size_t z)
{
	bitext_check_list *l = p->c->list;
	size_t i;
	cl_rule *r;

	for (i = a + 1; i < z - 1; i++)
		if (!bitext_check__list_id_char(p->l[i]))
			return cl_error(p, p->line, cl_col(p, i), BITEXT_EPARSE,
				"check_list_bad_id", NULL, NULL);
	if (z - a < 3)
		return cl_error(p, p->line, cl_col(p, a), BITEXT_EPARSE,
			"check_list_bad_id", NULL, NULL);
	for (i = 0; i < l->nrules; i++)
		if (strlen(l->rules[i].id) == z - a - 2 &&
		    !memcmp(l->rules[i].id, p->l + a + 1, z - a - 2)) {
			char *id = cl_strndup(p->l + a + 1, z - a - 2);
			int e = cl_error(p, p->line, cl_col(p, a), BITEXT_EPARSE,
				"check_list_dup_id", id ? id : "", NULL);
			free(id);
			return e;
		}
	if (l->nrules >= BITEXT_MAX_CHECKLIST_RULES) {
		char lim[24];
		snprintf(lim, sizeof(lim), "%d", BITEXT_MAX_CHECKLIST_RULES);
		return cl_error(p, p->line, 1, BITEXT_ELIMIT, "check_list_too_many",
			lim, NULL);
	}
	if (bitext__grow((void **)&l->rules, &l->arules, l->nrules + 1,
	    sizeof(*l->rules)) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	r = &l->rules[l->nrules++];
	memset(r, 0, sizeof(*r));
	r->sev = -1;
	r->line = p->line;
	r->file = l->files[l->nfiles - 1];
	if (!(r->id = cl_strndup(p->l + a + 1, z - a - 2)))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	p->cur = r;
	return 0;
}

static int cl_pattern(cl_parser *p, cl_rule *r, int side, const char *v,
	size_t vat)
{
	UErrorCode st = U_ZERO_ERROR;
	UParseError pe;

	memset(&pe, 0, sizeof(pe));
	r->re[side] = bitext_srx__regex_open(v, &pe, &st);
	if (U_FAILURE(st) || !r->re[side]) {
		if (r->re[side])
			uregex_close(r->re[side]);
		r->re[side] = NULL;
		return cl_error(p, p->line, pattern_col(v, pe.offset, cl_col(p, vat)),
			BITEXT_EPARSE, "check_list_regex", v, u_errorName(st));
	}
	return 0;
}

/* `key = value` inside a rule (or `allow = NAME` before the first). */
static int cl_field(cl_parser *p, size_t a, size_t eq, size_t z)
{
	size_t ke = eq, vat = eq + 1, ve = z;
	char key[16], *v;
	cl_rule *r = p->cur;
	int error = 0, k;

	while (ke > a && is_blank_byte(p->l[ke - 1]))
		ke--;
	while (vat < ve && is_blank_byte(p->l[vat]))
		vat++;
	if (ke - a >= sizeof(key) || ke == a)
		return cl_error(p, p->line, cl_col(p, a), BITEXT_EPARSE,
			"check_list_line", NULL, NULL);
	memcpy(key, p->l + a, ke - a);
	key[ke - a] = '\0';
	if (vat == ve)
		return cl_error(p, p->line, cl_col(p, eq) + 1, BITEXT_EPARSE,
			"check_list_empty", key, NULL);
	if (!(v = cl_strndup(p->l + vat, ve - vat)))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (!strcmp(key, "allow")) {
		error = r ? cl_error(p, p->line, cl_col(p, a), BITEXT_EPARSE,
			"check_list_allow_place", NULL, NULL) :
			bitext_checker_allow(p->c, v);
		goto done;
	}
	if (!r) {
		error = cl_error(p, p->line, cl_col(p, a), BITEXT_EPARSE,
			"check_list_outside", key, NULL);
		goto done;
	}
	if (!strcmp(key, "severity")) {
		bitext_severity sev;
		if (r->sev >= 0 || bitext_severity_from_name(&sev, v) < 0) {
			error = cl_error(p, p->line, cl_col(p, vat), BITEXT_EPARSE,
				r->sev >= 0 ? "check_list_twice" : "check_list_severity",
				r->sev >= 0 ? key : v, NULL);
			goto done;
		}
		r->sev = (int)sev;
	} else if (!strcmp(key, "message") && !r->message) {
		r->message = v;
		v = NULL;
	} else if ((!strcmp(key, "source") || !strcmp(key, "target")) &&
	    !r->pat[key[0] == 't']) {
		k = key[0] == 't';
		r->pat[k] = v;
		v = NULL;
		error = cl_pattern(p, r, k, r->pat[k], vat);
	} else if (!strcmp(key, "when") && !r->cond) {
		for (k = 1; cond_names[k] && strcmp(cond_names[k], v); k++)
			;
		if (!cond_names[k])
			error = cl_error(p, p->line, cl_col(p, vat), BITEXT_EPARSE,
				"check_list_cond", v, NULL);
		r->cond = k;
	} else if (!strcmp(key, "message") || !strcmp(key, "source") ||
	    !strcmp(key, "target") || !strcmp(key, "when")) {
		error = cl_error(p, p->line, cl_col(p, a), BITEXT_EPARSE,
			"check_list_twice", key, NULL);
	} else {
		error = cl_error(p, p->line, cl_col(p, a), BITEXT_EPARSE,
			"check_list_key", key, NULL);
	}
done:
	free(v);
	return error;
}

/* The rule read last is complete: fields present, condition and
 * patterns agree. */
static int cl_finish(cl_parser *p)
{
	cl_rule *r = p->cur;
	const char *missing = NULL;

	p->cur = NULL;
	if (!r)
		return 0;
	if (!r->cond)
		r->cond = r->pat[0] && r->pat[1] ? COND_SOURCE_NOT_TARGET :
			r->pat[0] ? COND_SOURCE : COND_TARGET;
	if (r->sev < 0)
		missing = "check_list_no_severity";
	else if (!r->message)
		missing = "check_list_no_message";
	else if (!r->pat[0] && !r->pat[1])
		missing = "check_list_no_pattern";
	else if ((r->cond == COND_SOURCE && !r->pat[0]) ||
	    (r->cond == COND_TARGET && !r->pat[1]) ||
	    (r->cond > COND_SOURCE && (!r->pat[0] || !r->pat[1])))
		missing = "check_list_cond_sides";
	if (missing)
		return cl_error(p, r->line, 1, BITEXT_EPARSE, missing, r->id,
			cond_names[r->cond]);
	return 0;
}

/* The line is UTF-8 without NUL bytes. */
static int cl_check_bytes(const cl_parser *p)
{
	size_t i = 0, len, bad;
	int32_t cp;

	while (i < p->ll) {
		len = bitext_utf8__decode(p->l + i, p->ll - i, &cp, &bad, NULL);
		if (!len || !cp)
			return cl_error(p, p->line, cl_col(p, i), BITEXT_EPARSE,
				"check_list_utf8", NULL, NULL);
		i += len;
	}
	return 0;
}

static int cl_line(cl_parser *p)
{
	size_t a = 0, z = p->ll;
	const char *eq;

	while (a < z && is_blank_byte(p->l[a]))
		a++;
	while (z > a && is_blank_byte(p->l[z - 1]))
		z--;
	if (a == z || p->l[a] == '#')
		return 0;
	if (p->l[a] == '[' && p->l[z - 1] == ']') {
		int error = cl_finish(p);
		return error < 0 ? error : cl_header(p, a, z);
	}
	eq = memchr(p->l + a, '=', z - a);
	if (!eq)
		return cl_error(p, p->line, cl_col(p, a), BITEXT_EPARSE,
			"check_list_line", NULL, NULL);
	return cl_field(p, a, (size_t)(eq - p->l), z);
}

int bitext_checker_load_checklist_buffer(bitext_checker *c, const char *name,
	const char *data, size_t len)
{
	cl_parser p;
	bitext_check_list *l;
	size_t pos = 0, first;
	int error = 0;

	memset(&p, 0, sizeof(p));
	p.c = c;
	p.name = name ? name : "-";
	if (!c->list && !(c->list = calloc(1, sizeof(*c->list))))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	l = c->list;
	if (bitext__grow((void **)&l->files, &l->afiles, l->nfiles + 1,
	    sizeof(*l->files)) < 0 || !(l->files[l->nfiles] = strdup(p.name)))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	l->nfiles++;
	first = l->nrules;
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		pos = 3;      /* a byte order mark */
	while (pos < len && error >= 0) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		p.l = data + pos;
		p.ll = nl ? (size_t)(nl - p.l) : len - pos;
		pos += p.ll + (nl ? 1 : 0);
		p.line++;
		if ((error = cl_check_bytes(&p)) >= 0)
			error = cl_line(&p);
	}
	if (error >= 0)
		error = cl_finish(&p);
	if (error < 0) {
		/* a file is taken whole or not at all */
		while (l->nrules > first)
			rule_dispose(&l->rules[--l->nrules]);
	}
	return error;
}

int bitext_checker_load_checklist(bitext_checker *c, const char *path)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int error = bitext_file_read(&b, path);

	if (error >= 0 && b.size > BITEXT_MAX_CHECKLIST_BYTES) {
		char lim[24];
		snprintf(lim, sizeof(lim), "%zu", (size_t)BITEXT_MAX_CHECKLIST_BYTES);
		error = bitext_error_set(BITEXT_ELIMIT, "check_list_too_big", path, lim,
			NULL);
	}
	if (error >= 0)
		error = bitext_checker_load_checklist_buffer(c, path,
			b.ptr ? b.ptr : "", b.size);
	bitext_buf_dispose(&b);
	return error;
}

void bitext_check__list_free(bitext_check_list *l)
{
	size_t i;

	if (!l)
		return;
	for (i = 0; i < l->nrules; i++)
		rule_dispose(&l->rules[i]);
	for (i = 0; i < l->nfiles; i++)
		free(l->files[i]);
	free(l->rules);
	free(l->files);
	free(l);
}

/* ---- running ------------------------------------------------------------ */

static const UChar cl_empty[1] = { 0 };

/* Matches of `re` in s[0..n): how many (up to `cap`), the first `keep`
 * of them as code-point spans in span[2 * i], span[2 * i + 1]. 0 or
 * more, or a negative code. */
static long cl_match(URegularExpression *re, const char *s, size_t n,
	long *span, long keep, long cap)
{
	UText ut = UTEXT_INITIALIZER;
	UErrorCode st = U_ZERO_ERROR;
	long count = 0, cp = 0;
	size_t at = 0, a, b;

	utext_openUTF8(&ut, s, (int64_t)n, &st);
	uregex_setUText(re, &ut, &st);
	while (U_SUCCESS(st) && count < cap && uregex_findNext(re, &st)) {
		if (count < keep) {
			/* matches come in order: count code points from the last */
			a = (size_t)uregex_start64(re, 0, &st);
			b = (size_t)uregex_end64(re, 0, &st);
			if (U_FAILURE(st) || a < at || b < a || b > n)
				break;
			cp += (long)bitext_utf8__count(s + at, a - at);
			span[2 * count] = cp;
			cp += (long)bitext_utf8__count(s + a, b - a);
			span[2 * count + 1] = cp;
			at = b;
		}
		count++;
	}
	/* no reference to the text is kept past this call */
	uregex_setText(re, cl_empty, 0, &st);
	utext_close(&ut);
	if (st == U_REGEX_TIME_OUT || st == U_REGEX_STACK_OVERFLOW)
		return BITEXT_ELIMIT;
	return U_FAILURE(st) ? BITEXT_ERROR : count;
}

static int cl_run_error(bitext_checker *c, const cl_rule *r, size_t ui,
	int code)
{
	char num[24];
	const char *unit = c->units[ui].id;

	if (!unit) {
		snprintf(num, sizeof(num), "%zu", ui + 1);
		unit = num;
	}
	bitext_error_set(code, code == BITEXT_ELIMIT ? "check_list_slow" :
		"check_list_failed", r->id, unit, NULL);
	bitext_error_locate(r->file, r->line, 1, -1);
	return code;
}

#define CL_COUNT_CAP 10000   /* matches counted per side for `count` */
#define CL_KEEP BITEXT_MAX_CHECKLIST_MATCHES

/* The finding of a `count` rule: both counts in the message. */
static void cl_count_finding(bitext_checker *c, const cl_rule *r, size_t ui,
	long ns, long nt, const long *ss, const long *ts)
{
	char num[2][24];

	snprintf(num[0], sizeof(num[0]), "%ld", ns);
	snprintf(num[1], sizeof(num[1]), "%ld", nt);
	bitext_buf_clear(&c->msg);
	if (bitext_msg_format(&c->msg, "check_list_counts", r->message, num[0],
	    num[1]) == BITEXT_ENOMEM || c->msg.failed || !c->msg.ptr) {
		c->error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		return;
	}
	bitext_check__add(c, ui, BITEXT_CHECK_CHECKLIST, (bitext_severity)r->sev,
		ns ? ss[0] : -1, ns ? ss[1] : -1, nt ? ts[0] : -1, nt ? ts[1] : -1,
		c->msg.ptr, NULL, r->id);
}

static void cl_rule_run(bitext_checker *c, const cl_rule *r, size_t ui)
{
	const bitext_check_unit *u = &c->units[ui];
	long ss[2 * CL_KEEP], ts[2 * CL_KEEP];
	long ns = 0, nt = 0, cap, i, n;
	int hit = 0;

	cap = r->cond == COND_COUNT ? CL_COUNT_CAP : CL_KEEP;
	if (r->re[0] && (ns = cl_match(r->re[0], u->src, u->src_len, ss, CL_KEEP,
	    cap)) < 0) {
		c->error = cl_run_error(c, r, ui, (int)ns);
		return;
	}
	/* the target need not be matched when the source alone decides, and
	 * once only when its matches are not reported */
	if (r->re[1] && !(r->cond == COND_SOURCE_NOT_TARGET && !ns) &&
	    !(r->cond == COND_BOTH && !ns) &&
	    (nt = cl_match(r->re[1], u->tgt, u->tgt_len, ts, CL_KEEP,
	    r->cond == COND_SOURCE_NOT_TARGET ? 1 : cap)) < 0) {
		c->error = cl_run_error(c, r, ui, (int)nt);
		return;
	}
	switch (r->cond) {
	case COND_TARGET: hit = nt > 0; ns = 0; break;
	case COND_SOURCE: hit = ns > 0; nt = 0; break;
	case COND_SOURCE_NOT_TARGET: hit = ns > 0 && !nt; break;
	case COND_TARGET_NOT_SOURCE: hit = nt > 0 && !ns; break;
	case COND_BOTH: hit = ns > 0 && nt > 0; break;
	case COND_COUNT: hit = ns != nt; break;
	}
	if (!hit)
		return;
	if (r->cond == COND_COUNT) {
		cl_count_finding(c, r, ui, ns, nt, ss, ts);
		return;
	}
	/* every match, each with its span; `both` pairs the i-th match of
	 * each side */
	n = ns > nt ? ns : nt;
	if (n > CL_KEEP)
		n = CL_KEEP;
	for (i = 0; i < n && !c->error; i++)
		bitext_check__add(c, ui, BITEXT_CHECK_CHECKLIST,
			(bitext_severity)r->sev, i < ns ? ss[2 * i] : -1,
			i < ns ? ss[2 * i + 1] : -1, i < nt ? ts[2 * i] : -1,
			i < nt ? ts[2 * i + 1] : -1, r->message, NULL, r->id);
}

void bitext_check__list_run(bitext_checker *c, size_t ui)
{
	const bitext_check_list *l = c->list;
	size_t i;

	for (i = 0; i < l->nrules && !c->error; i++)
		if (l->rules[i].sev != BITEXT_SEVERITY_OFF)
			cl_rule_run(c, &l->rules[i], ui);
}
