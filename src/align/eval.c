/*
 * eval.c - link files and strict/lax scoring of alignments (see
 * include/bitext/eval.h for the exact definitions).
 *
 * A link may be followed by a tab (or spaces) and the word `confirmed`:
 * a person checked it (the files the review page saves).
 *
 * Storage: all segment numbers of a file live in one array `num`; a link is
 * two (offset, count) spans into it, sorted ascending within each side.
 * Invariant: no segment number appears in two links on the same side (the
 * parser refuses such files), so "the gold link holding source segment s"
 * is a function, kept as a dense map while scoring.
 */
#include <bitext/eval.h>
#include <bitext/errors.h>
#include <bitext/io.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "align/align_int.h"
#include "util/json.h"
#include "util/limits.h"
#include "util/vec.h"

typedef struct {
	size_t s_off, ns;   /* source numbers: num[s_off .. s_off+ns) */
	size_t t_off, nt;   /* target numbers */
	long line;          /* line of the file */
	int confirmed;      /* marked `confirmed` */
	double conf;        /* confidence, -1 when none */
} eval_link;

struct bitext_links {
	eval_link *link;
	size_t nlinks, alinks;
	size_t *num;
	size_t nnum, anum;
	size_t max_src, max_tgt; /* largest number + 1 on each side */
};

static int eval_cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* The line [linestart, end) need not end with a NUL or a line feed. */
static int eval_fail(const char *name, long line, const char *s,
	const char *p, const char *linestart, const char *end, const char *msgid)
{
	char text[64];
	size_t n = 0;

	while (linestart + n < end && linestart[n] && linestart[n] != '\n' &&
	       n < sizeof(text) - 1) {
		text[n] = linestart[n];
		n++;
	}
	text[n] = '\0';
	bitext_error_set(BITEXT_EPARSE, msgid, text, NULL);
	bitext_error_locate(name, line, (long)(p - linestart) + 1,
		(long long)(p - s));
	return BITEXT_EPARSE;
}

/* Parse one side of a link at *pp up to ':' or the end of the line. */
static int eval_side(bitext_links *l, const char **pp, const char *end,
	size_t *count)
{
	const char *p = *pp;
	int bracket = 0, error;

	*count = 0;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p < end && *p == '[') {
		bracket = 1;
		p++;
	}
	for (;;) {
		unsigned long long v = 0;
		int digits = 0;

		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		while (p < end && *p >= '0' && *p <= '9' && digits < 12) {
			v = v * 10 + (unsigned)(*p - '0');
			digits++;
			p++;
		}
		if (!digits)
			break;
		if (v > BITEXT_MAX_LINK_SEGMENT)
			goto bad;
		if ((error = bitext__grow((void **)&l->num, &l->anum, l->nnum + 1,
				sizeof(size_t))) < 0)
			return error;
		l->num[l->nnum++] = (size_t)v;
		(*count)++;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		break;
	}
	if (bracket) {
		if (p >= end || *p != ']')
			goto bad;
		p++;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
	}
	*pp = p;
	return 0;
bad:
	*pp = p;
	return 1;
}

static int eval_sort_check(bitext_links *l, size_t off, size_t n)
{
	size_t i;

	if (n < 2)
		return 0;
	qsort(l->num + off, n, sizeof(size_t), eval_cmp_size);
	for (i = 1; i < n; i++)
		if (l->num[off + i] == l->num[off + i - 1])
			return 1;
	return 0;
}

/* Refuse a segment that appears in two links on one side. */
static int eval_check_unique(bitext_links *l, const char *name)
{
	unsigned char *seen = NULL;
	size_t side, i, k, max;
	int error = 0;

	for (side = 0; side < 2 && !error; side++) {
		max = side ? l->max_tgt : l->max_src;
		seen = calloc(max ? max : 1, 1);
		if (!seen)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		for (i = 0; i < l->nlinks && !error; i++) {
			eval_link *e = &l->link[i];
			size_t off = side ? e->t_off : e->s_off;
			size_t n = side ? e->nt : e->ns;

			for (k = 0; k < n; k++) {
				char num[32];
				size_t v = l->num[off + k];

				if (!seen[v]) {
					seen[v] = 1;
					continue;
				}
				snprintf(num, sizeof(num), "%zu", v);
				error = bitext_error_set(BITEXT_EPARSE,
					side ? "eval_dup_target" : "eval_dup_source",
					num, NULL);
				bitext_error_locate(name, e->line, 0, -1);
				break;
			}
		}
		free(seen);
	}
	return error;
}

/* Add the link whose numbers are num[s_off..+ns) and num[t_off..+nt). */
static int eval_append(bitext_links *l, size_t s_off, size_t ns,
	size_t t_off, size_t nt, long line, int confirmed, double conf)
{
	size_t k;
	int error;

	for (k = 0; k < ns; k++)
		if (l->num[s_off + k] + 1 > l->max_src)
			l->max_src = l->num[s_off + k] + 1;
	for (k = 0; k < nt; k++)
		if (l->num[t_off + k] + 1 > l->max_tgt)
			l->max_tgt = l->num[t_off + k] + 1;
	if ((error = bitext__grow((void **)&l->link, &l->alinks, l->nlinks + 1,
			sizeof(eval_link))) < 0)
		return error;
	l->link[l->nlinks].s_off = s_off;
	l->link[l->nlinks].ns = ns;
	l->link[l->nlinks].t_off = t_off;
	l->link[l->nlinks].nt = nt;
	l->link[l->nlinks].line = line;
	l->link[l->nlinks].confirmed = confirmed;
	l->link[l->nlinks].conf = conf;
	l->nlinks++;
	return 0;
}

/* A JSON number at the reader into *v (the C locale's strtod, on digits
 * only: no inf, nan or hex). 0 or -1. */
static int eval_json_number(bitext_json *j, double *v)
{
	char *end;

	bitext_json__ws(j);
	if (!(*j->p == '-' || (*j->p >= '0' && *j->p <= '9')))
		return -1;
	if (j->p[0] == '0' && (j->p[1] == 'x' || j->p[1] == 'X'))
		return -1;
	*v = strtod(j->p, &end);
	if (end == j->p)
		return -1;
	j->p = end;
	return 0;
}

/* A JSON array of segment numbers into side[0..*count) (grown as needed).
 * 0, 1 on bad JSON, or an error code. */
static int eval_json_side(bitext_json *j, size_t **side, size_t *cap,
	size_t *count)
{
	int first = 1, ret, error;

	*count = 0;
	while ((ret = bitext_json__element(j, &first)) == 1) {
		double v;

		if (eval_json_number(j, &v) < 0 || !(v >= 0) ||
				v > BITEXT_MAX_LINK_SEGMENT || v != (double)(size_t)v)
			return 1;
		if ((error = bitext__grow((void **)side, cap, *count + 1,
				sizeof(size_t))) < 0)
			return error;
		(*side)[(*count)++] = (size_t)v;
	}
	return ret < 0 ? 1 : 0;
}

/* A link in JSON: the object on [q, end) of the line that starts at
 * `linestart`; members "src", "tgt", "confidence", others skipped. */
static int eval_parse_json(bitext_links *l, const char *name, long line,
	const char *s, const char *linestart, const char *q, const char *end)
{
	bitext_buf text = BITEXT_BUF_INIT, str = BITEXT_BUF_INIT;
	bitext_json j;
	size_t *side[2] = { NULL, NULL }, cap[2] = { 0, 0 }, n[2] = { 0, 0 };
	size_t s_off, k;
	int first = 1, ret, error = 0, have[2] = { 0, 0 };
	double conf = -1;
	const char *msgid = "eval_bad_json";
	char *key = NULL;

	{	/* the reader stops at a NUL byte: none may hide the rest */
		const char *nul = memchr(q, '\0', (size_t)(end - q));

		if (nul)
			return eval_fail(name, line, s, nul, linestart, end,
				"eval_bad_json");
	}
	if (bitext_buf_put(&text, q, (size_t)(end - q)) < 0 || !text.ptr)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	j.p = text.ptr;
	j.s = &str;
	while ((ret = bitext_json__member(&j, &key, &first)) == 1) {
		int w = !strcmp(key, "src") ? 0 : !strcmp(key, "tgt") ? 1 : -1;

		if (w >= 0) {
			have[w] = 1;
			if ((error = eval_json_side(&j, &side[w], &cap[w], &n[w])) < 0)
				goto cleanup;
			ret = error ? -1 : 1;
			error = 0;
		} else if (!strcmp(key, "confidence")) {
			bitext_json__ws(&j);
			if (!strncmp(j.p, "null", 4)) {
				j.p += 4;
				conf = -1;
			} else if (eval_json_number(&j, &conf) < 0) {
				ret = -1;
			} else if (!(conf >= 0 && conf <= 1)) {
				msgid = "eval_bad_confidence";
				ret = -1;
			}
		} else if (bitext_json__skip(&j) < 0) {
			ret = -1;
		}
		free(key);
		key = NULL;
		if (ret < 0)
			break;
	}
	free(key);
	if (ret == 0) {
		bitext_json__ws(&j);
		if (*j.p)
			ret = -1;
	}
	if (ret < 0 || !have[0] || !have[1]) {
		const char *at = ret < 0 ? q + (j.p - text.ptr) : q;

		error = eval_fail(name, line, s, at < end ? at : end, linestart, end,
			msgid);
		goto cleanup;
	}
	if (!n[0] && !n[1]) {
		error = eval_fail(name, line, s, q, linestart, end,
			"eval_empty_link");
		goto cleanup;
	}
	if ((error = bitext__grow((void **)&l->num, &l->anum,
			l->nnum + n[0] + n[1], sizeof(size_t))) < 0)
		goto cleanup;
	s_off = l->nnum;
	for (k = 0; k < n[0]; k++)
		l->num[l->nnum++] = side[0][k];
	for (k = 0; k < n[1]; k++)
		l->num[l->nnum++] = side[1][k];
	if (eval_sort_check(l, s_off, n[0]) ||
			eval_sort_check(l, s_off + n[0], n[1])) {
		error = eval_fail(name, line, s, q, linestart, end,
			"eval_repeated");
		goto cleanup;
	}
	error = eval_append(l, s_off, n[0], s_off + n[0], n[1], line, 0, conf);
cleanup:
	free(side[0]);
	free(side[1]);
	bitext_buf_dispose(&text);
	bitext_buf_dispose(&str);
	return error;
}

static int eval_parse_line(bitext_links *l, const char *name, long line,
	const char *s, const char *p, const char *end)
{
	const char *start = p;
	size_t s_off = l->nnum, ns, t_off, nt;
	int error, confirmed = 0;

	if ((error = eval_side(l, &p, end, &ns)) != 0)
		return error < 0 ? error : eval_fail(name, line, s, p, start, end,
			"eval_bad_link");
	if (p >= end || *p != ':')
		return eval_fail(name, line, s, p, start, end, "eval_bad_link");
	p++;
	t_off = l->nnum;
	if ((error = eval_side(l, &p, end, &nt)) != 0)
		return error < 0 ? error : eval_fail(name, line, s, p, start, end,
			"eval_bad_link");
	if (p < end && *p == ':') {        /* Vecalign's score: skip it */
		const char *score = ++p;

		while (p < end && ((*p >= '0' && *p <= '9') || *p == '.' ||
				*p == '-' || *p == 'e' || *p == 'E' || *p == '+'))
			p++;
		if (p == score)
			return eval_fail(name, line, s, p, start, end, "eval_bad_link");
	}
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	if (p + 9 <= end && !memcmp(p, "confirmed", 9) && p > start &&
			(p[-1] == ' ' || p[-1] == '\t')) {
		confirmed = 1;
		p += 9;
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
	}
	if (p < end)
		return eval_fail(name, line, s, p, start, end, "eval_bad_link");
	if (!ns && !nt)
		return eval_fail(name, line, s, start, start, end, "eval_empty_link");
	if (eval_sort_check(l, s_off, ns) || eval_sort_check(l, t_off, nt))
		return eval_fail(name, line, s, start, start, end, "eval_repeated");
	return eval_append(l, s_off, ns, t_off, nt, line, confirmed, -1);
}

int bitext_links__parse(bitext_links **out, const char *name,
	const char *data, size_t len, int unique)
{
	bitext_links *l;
	const char *p = data, *end = data + len;
	long line = 0;
	int error = 0;

	*out = NULL;
	l = calloc(1, sizeof(*l));
	if (!l)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *q = p;

		if (!eol)
			eol = end;
		line++;
		while (q < eol && (*q == ' ' || *q == '\t' || *q == '\r'))
			q++;
		if (q < eol && *q == '{') {
			if ((error = eval_parse_json(l, name, line, data, p, q, eol)) < 0)
				goto cleanup;
		} else if (q < eol && *q != '#') {
			if ((error = eval_parse_line(l, name, line, data, p, eol)) < 0)
				goto cleanup;
		}
		p = eol < end ? eol + 1 : end;
	}
	if (unique && (error = eval_check_unique(l, name)) < 0)
		goto cleanup;
	*out = l;
	l = NULL;
cleanup:
	bitext_links_free(l);
	return error;
}

int bitext_links_parse(bitext_links **out, const char *name,
	const char *data, size_t len)
{
	return bitext_links__parse(out, name, data, len, 1);
}

int bitext_links_load(bitext_links **out, const char *path)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int error;

	*out = NULL;
	if ((error = bitext_file_read(&b, path)) < 0)
		return error;
	error = bitext_links_parse(out, path, b.ptr ? b.ptr : "", b.size);
	bitext_buf_dispose(&b);
	return error;
}

void bitext_links_free(bitext_links *l)
{
	if (!l)
		return;
	free(l->link);
	free(l->num);
	free(l);
}

size_t bitext_links_count(const bitext_links *l)
{
	return l ? l->nlinks : 0;
}

int bitext_links_get(const bitext_links *l, size_t i, const size_t **src,
	size_t *nsrc, const size_t **tgt, size_t *ntgt)
{
	const eval_link *e;

	if (!l || i >= l->nlinks)
		return BITEXT_EINVAL;
	e = &l->link[i];
	*src = l->num + e->s_off;
	*nsrc = e->ns;
	*tgt = l->num + e->t_off;
	*ntgt = e->nt;
	return 0;
}

int bitext_links_confirmed(const bitext_links *l, size_t i)
{
	return l && i < l->nlinks ? l->link[i].confirmed : 0;
}

long bitext_links_line(const bitext_links *l, size_t i)
{
	return l && i < l->nlinks ? l->link[i].line : 0;
}

double bitext_links_confidence(const bitext_links *l, size_t i)
{
	return l && i < l->nlinks ? l->link[i].conf : -1;
}

/* The lower bounds of the confidence bands (bitext/eval.h). */
static const double eval_band_lo[BITEXT_EVAL_BANDS] = { 0, 0.5, 0.8, 0.95 };

int bitext_eval_band(double conf)
{
	int k = BITEXT_EVAL_BANDS - 1;

	while (k > 0 && !(conf >= eval_band_lo[k]))
		k--;
	return k;
}

int bitext_eval_band_bounds(int band, double *lo, double *hi)
{
	if (band < 0 || band >= BITEXT_EVAL_BANDS)
		return BITEXT_EINVAL;
	*lo = eval_band_lo[band];
	*hi = band + 1 < BITEXT_EVAL_BANDS ? eval_band_lo[band + 1] : 1;
	return 0;
}

static int eval_same(const bitext_links *a, const eval_link *x,
	const bitext_links *b, const eval_link *y)
{
	return x->ns == y->ns && x->nt == y->nt &&
		!memcmp(a->num + x->s_off, b->num + y->s_off, x->ns * sizeof(size_t)) &&
		!memcmp(a->num + x->t_off, b->num + y->t_off, x->nt * sizeof(size_t));
}

/* 1 when the sorted spans share an element. */
static int eval_meet(const size_t *a, size_t na, const size_t *b, size_t nb)
{
	size_t i = 0, j = 0;

	while (i < na && j < nb) {
		if (a[i] == b[j])
			return 1;
		if (a[i] < b[j])
			i++;
		else
			j++;
	}
	return 0;
}

/* Map every source segment of `l` to its link + 1 (0 = none). */
static size_t *eval_src_map(const bitext_links *l, size_t size)
{
	size_t *map = calloc(size ? size : 1, sizeof(size_t)), i, k;

	if (!map)
		return NULL;
	for (i = 0; i < l->nlinks; i++)
		for (k = 0; k < l->link[i].ns; k++)
			map[l->num[l->link[i].s_off + k]] = i + 1;
	return map;
}

/* Does link x of `a` share a source and a target segment with some link
 * of `b` (map = source map of `b`)? */
static int eval_lax_hit(const bitext_links *a, const eval_link *x,
	const bitext_links *b, const size_t *map, size_t mapsize)
{
	size_t k;

	for (k = 0; k < x->ns; k++) {
		size_t s = a->num[x->s_off + k];
		const eval_link *y;

		if (s >= mapsize || !map[s])
			continue;
		y = &b->link[map[s] - 1];
		if (eval_meet(a->num + x->t_off, x->nt, b->num + y->t_off, y->nt))
			return 1;
	}
	return 0;
}

int bitext_eval_add(bitext_eval_counts *c, const bitext_links *gold,
	const bitext_links *pred)
{
	size_t *gmap = NULL, *pmap = NULL, i, size;
	int error = 0;

	size = gold->max_src > pred->max_src ? gold->max_src : pred->max_src;
	gmap = eval_src_map(gold, size);
	pmap = eval_src_map(pred, size);
	if (!gmap || !pmap) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	for (i = 0; i < pred->nlinks; i++) {
		const eval_link *x = &pred->link[i];
		int exact = 0, lax;
		size_t k;

		c->pred++;
		/* an identical gold link must hold the same first segment */
		if (x->ns) {
			size_t g = gmap[pred->num[x->s_off]];
			exact = g && eval_same(pred, x, gold, &gold->link[g - 1]);
		} else {
			for (k = 0; k < gold->nlinks && !exact; k++)
				exact = eval_same(pred, x, gold, &gold->link[k]);
		}
		lax = x->ns && x->nt ? eval_lax_hit(pred, x, gold, gmap, size) :
			exact;
		c->strict_pred += exact;
		c->lax_pred += lax;
		if (x->conf < 0) {
			c->unscored++;
		} else {
			int b = bitext_eval_band(x->conf);

			c->band[b]++;
			c->band_strict[b] += exact;
			c->band_lax[b] += lax;
			c->band_conf[b] += x->conf;
		}
	}
	for (i = 0; i < gold->nlinks; i++) {
		const eval_link *y = &gold->link[i];
		size_t p;

		if (!y->ns || !y->nt)
			continue;
		c->gold++;
		p = pmap[gold->num[y->s_off]];
		if (p && eval_same(gold, y, pred, &pred->link[p - 1]) &&
				pred->link[p - 1].nt)
			c->strict_gold++;
		c->lax_gold += eval_lax_hit(gold, y, pred, pmap, size);
	}
	c->documents++;
cleanup:
	free(gmap);
	free(pmap);
	return error;
}

static double eval_ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

static double eval_f1(double p, double r)
{
	return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void bitext_eval_scores_get(bitext_eval_scores *s, const bitext_eval_counts *c)
{
	s->strict_p = eval_ratio(c->strict_pred, c->pred);
	s->strict_r = eval_ratio(c->strict_gold, c->gold);
	s->strict_f = eval_f1(s->strict_p, s->strict_r);
	s->lax_p = eval_ratio(c->lax_pred, c->pred);
	s->lax_r = eval_ratio(c->lax_gold, c->gold);
	s->lax_f = eval_f1(s->lax_p, s->lax_r);
}
