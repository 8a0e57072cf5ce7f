/*
 * align.c - the aligner's passes, the estimation of its parameters from
 * each document pair, the alignment it returns, and loading inputs.
 *
 * One document pair:
 *   1. features of both sides (align_feat.c); the weight of non-Latin
 *      letters and the length ratio are estimated so that the two sides'
 *      total weighted lengths agree;
 *   2. first pass: banded DP with length, anchors and paragraphs;
 *   3. from its confident links (posterior >= ALIGN_CONFIDENT): the length
 *      variance, the shape priors (smoothed towards the defaults), and
 *      co-occurrence counts of source stems and target words;
 *   4. second pass with the learnt word pairs as extra anchors.
 * A batch (align_batch.c) runs 1-3 for every pair, pools the counts of all
 * pairs, learns once, and runs 4 for every pair.
 */
#include "align/align_int.h"

#include <bitext/errors.h>
#include <bitext/io.h>
#include <bitext/lang.h>
#include <bitext/segment.h>
#include <bitext/text.h>
#include <math.h>
#include <stddef.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


void bitext_align__state_dispose(align_state *st)
{
	bitext_align__side_dispose(&st->s);
	bitext_align__side_dispose(&st->t);
	bitext_align__fixed_dispose(&st->fx);
	free(st->links);
	st->links = NULL;
}

/* Weighted lengths: Latin letters and digits 1, other letters w. */
static void align_lengths(align_side *x, double w)
{
	size_t i;

	x->cum[0] = 0;
	for (i = 0; i < x->n; i++)
		x->cum[i + 1] = x->cum[i] + x->lat[i] + w * x->nat[i];
}

static double align_clamp(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void align_estimate_lengths(align_state *st)
{
	double sl = 0, sn = 0, tl = 0, tn = 0;
	align_params *p = &st->m.p;
	size_t i;

	for (i = 0; i < st->s.n; i++) {
		sl += st->s.lat[i];
		sn += st->s.nat[i];
	}
	for (i = 0; i < st->t.n; i++) {
		tl += st->t.lat[i];
		tn += st->t.nat[i];
	}
	p->wsrc = p->wtgt = 1.0;
	if (sn > sl && tn <= tl && sn > 0)
		p->wsrc = align_clamp((tl + tn - sl) / sn, ALIGN_WEIGHT_MIN,
			ALIGN_WEIGHT_MAX);
	else if (tn > tl && sn <= sl && tn > 0)
		p->wtgt = align_clamp((sl + sn - tl) / tn, ALIGN_WEIGHT_MIN,
			ALIGN_WEIGHT_MAX);
	align_lengths(&st->s, p->wsrc);
	align_lengths(&st->t, p->wtgt);
	p->ratio = st->s.cum[st->s.n] > 0 && st->t.cum[st->t.n] > 0 ?
		st->t.cum[st->t.n] / st->s.cum[st->s.n] : 1.0;
}

/* Development aid for tuning (bench/): the option tune, "a0=0.9,l5=0",
 * overrides alpha aK, lambda lK, shape probabilities sK, pc, ps, T, the
 * confidence map's scale cs and shift cc, the words of Han/Kana runs w
 * (align_params.words; l7=0: no cognates), the coverage weight cw and
 * reference cr, and the 2-2 diagonal cost dg. */
static void align_tune(align_params *p, const char *e)
{
	char name[8];
	double v;
	int n, k;

	while (e && sscanf(e, "%7[a-zA-Z0-9]=%lf%n", name, &v, &n) == 2) {
		k = atoi(name + 1);
		if (name[0] == 'a' && k < ALIGN_NKINDS)
			p->alpha[k] = v;
		else if (name[0] == 'p' && name[1] == 'c')
			p->para_cross = v;
		else if (name[0] == 'p' && name[1] == 's')
			p->para_skew = v;
		else if (name[0] == 'c' && name[1] == 's')
			p->calib_scale = v;
		else if (name[0] == 'c' && name[1] == 'c')
			p->calib_shift = v;
		else if (name[0] == 'c' && name[1] == 'w')
			p->cover = v;
		else if (name[0] == 'c' && name[1] == 'r' && v > 0)
			p->cover_ref = v;
		else if (name[0] == 'd' && name[1] == 'g')
			p->diag = v;
		else if (name[0] == 'l' && k < ALIGN_NKINDS)
			p->lambda[k] = v;
		else if (name[0] == 's' && k < ALIGN_NSHAPES)
			p->shape_cost[k] = -log(v);
		else if (name[0] == 'T' && p->temperature != 1.0)
			p->temperature = v;
		else if (name[0] == 'w' && !name[1])
			p->words = (int)v;
		e += n;
		if (*e == ',')
			e++;
	}
}

void bitext_align__options_copy(bitext_align_options *dst,
	const bitext_align_options *src)
{
	if (!src)
		return;
	if (src->version >= 3)
		*dst = *src;
	else if (src->version == 2)
		memcpy(dst, src, offsetof(bitext_align_options, fixed));
	else
		memcpy(dst, src, sizeof(bitext_align__options_v1));
}

int bitext_align__prepare(align_state *st, const bitext_doc *src,
	const bitext_doc *tgt, const bitext_align_options *opts)
{
	int flags, error, have_names = 0;
	const char *sl, *tl;
	align_names nm;

	memset(st, 0, sizeof(*st));
	st->o = *opts;
	sl = opts->src_lang ? opts->src_lang : bitext_doc_lang(src);
	tl = opts->tgt_lang ? opts->tgt_lang : bitext_doc_lang(tgt);
	flags = (opts->anchors ? 1 : 0) |
		(bitext_align__side_script_latin(src) != bitext_align__side_script_latin(tgt) ? 2 : 0);
	bitext_align__params_default(&st->m.p);
	align_tune(&st->m.p, opts->tune);
	if (st->m.p.lambda[ALIGN_K_COGNATE] > 0)
		flags |= 4;
	if (st->m.p.words >= 1)
		flags |= 8;
	if (st->m.p.words >= 2)
		flags |= 16;
	/* names across scripts: the words of the side not written in Latin
	 * letters romanized and looked for among the other side's names */
	if (opts->names && opts->anchors && (flags & 2)) {
		int swap = !bitext_align__side_script_latin(tgt);

		if ((error = bitext_align__names_find(&nm, swap ? tgt : src,
				swap ? tl : sl, swap ? src : tgt, opts->debug)) < 0)
			return error;
		nm.swapped = swap;
		have_names = 1;
	}
	error = bitext_align__side_build(&st->s, src, sl, opts->lexicon,
		have_names ? &nm : NULL, 1, flags);
	if (!error)
		error = bitext_align__side_build(&st->t, tgt, tl, opts->lexicon,
			have_names ? &nm : NULL, 0, flags);
	if (have_names)
		bitext_align__names_dispose(&nm);
	if (error < 0)
		return error;
	bitext_align__params_default(&st->m.p);
	st->m.p.temperature = opts->second_pass ? 1.0 : ALIGN_TEMPERATURE;
	align_tune(&st->m.p, opts->tune);
	st->m.s = &st->s;
	st->m.t = &st->t;
	st->m.paragraphs = opts->paragraphs;
	st->m.progress = opts->progress;
	st->m.payload = opts->payload;
	st->m.debug = opts->debug;
	st->m.npasses = opts->second_pass ? 2 : 1;
	if (opts->fixed && (error = bitext_align__fixed_prepare(&st->fx,
			opts->fixed, st->s.n, st->t.n)) < 0)
		return error;
	st->m.fixed = st->fx.links;
	st->m.nfixed = st->fx.n;
	st->m.omit_s = st->fx.omit_s;
	st->m.omit_t = st->fx.omit_t;
	st->m.omits = st->fx.omits;
	align_estimate_lengths(st);
	return bitext_align__items_prepare(&st->s, &st->t, NULL);
}

/* One pass; a previous pass's links guide the band of the next. */
int bitext_align__run(align_state *st)
{
	bitext_align_link *prev = st->links;
	int error;

	st->m.guide = prev;
	st->m.nguide = st->nlinks;
	st->links = NULL;
	error = st->m.nfixed || st->m.omit_s ? bitext_align__dp_fixed(&st->m, &st->links,
		&st->nlinks) : bitext_align__dp(&st->m, &st->links, &st->nlinks);
	st->m.guide = NULL;
	free(prev);
	return error;
}

/* The length variance from the first pass's confident 1-1 links. Shape
 * priors are not re-estimated per document: news articles are too short
 * for it (measured: strict F1 fell by 1 point on corpora/ko-en). */
static void align_reestimate(align_state *st)
{
	align_params *p = &st->m.p;
	double num = 0, den = 0;
	size_t i;

	for (i = 0; i < st->nlinks; i++) {
		const bitext_align_link *l = &st->links[i];

		if (l->nsrc == 1 && l->ntgt == 1 && l->confidence >= ALIGN_CONFIDENT) {
			double ls = st->s.cum[l->src + 1] - st->s.cum[l->src];
			double lt = st->t.cum[l->tgt + 1] - st->t.cum[l->tgt];
			double d = lt - p->ratio * ls;

			num += d * d;
			den += (ls + lt / p->ratio) / 2 + 1;
		}
	}
	p->s2 = align_clamp((num + ALIGN_S2_PRIOR * ALIGN_S2_INIT) /
		(den + ALIGN_S2_PRIOR), ALIGN_S2_MIN, ALIGN_S2_MAX);
}

int bitext_align__second(align_state *st, const align_assoc *assoc)
{
	int error;

	align_reestimate(st);
	st->m.pass = 1;
	if ((error = bitext_align__items_prepare(&st->s, &st->t, assoc)) < 0)
		return error;
	bitext_align__estimate_alpha(&st->m, st->links, st->nlinks);
	st->m.p.temperature = ALIGN_TEMPERATURE;
	align_tune(&st->m.p, st->o.tune);
	if (st->o.debug)
		fprintf(st->o.debug, "align: ratio %.3f s2 %.2f alpha %.2f %.2f %.2f "
			"%.2f %.2f %.2f %.2f %.2f\n", st->m.p.ratio, st->m.p.s2,
			st->m.p.alpha[0], st->m.p.alpha[1], st->m.p.alpha[2],
			st->m.p.alpha[3], st->m.p.alpha[4], st->m.p.alpha[5],
			st->m.p.alpha[6], st->m.p.alpha[7]);
	return bitext_align__run(st);
}

/* The confidence a link is reported with (ALIGN_CALIB_SCALE). */
static double align_calibrate(const align_params *p, double c)
{
	c = c < 1e-4 ? 1e-4 : c > 1 - 1e-4 ? 1 - 1e-4 : c;
	return 1 / (1 + exp(-(p->calib_scale * log(c / (1 - c)) +
		p->calib_shift)));
}

int bitext_align__finish(bitext_alignment **out, align_state *st)
{
	bitext_alignment *al = calloc(1, sizeof(*al));
	size_t i;

	if (!al)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (i = 0; i < st->nlinks; i++) {
		bitext_align_link *l = &st->links[i];

		if (!l->confirmed && l->confidence >= 0)
			l->confidence = align_calibrate(&st->m.p, l->confidence);
	}
	al->links = st->links;
	al->n = st->nlinks;
	st->links = NULL;
	*out = al;
	return 0;
}

int bitext_align_docs(bitext_alignment **out, const bitext_doc *src,
	const bitext_doc *tgt, const bitext_align_options *opts)
{
	bitext_align_options given = BITEXT_ALIGN_OPTIONS_INIT;
	align_state st;
	align_counts c;
	align_assoc a;
	int error, have_counts = 0, have_assoc = 0;

	*out = NULL;
	bitext_align__options_copy(&given, opts);
	opts = &given;
	if ((error = bitext_align__prepare(&st, src, tgt, opts)) < 0 ||
		(error = bitext_align__run(&st)) < 0)
		goto cleanup;
	if (opts->second_pass) {
		if ((error = bitext_align__counts_init(&c, 0)) < 0)
			goto cleanup;
		have_counts = 1;
		if ((error = bitext_align__counts_add(&c, &st.s, &st.t, st.links,
				st.nlinks)) < 0 ||
			(error = bitext_align__assoc_learn(&a, &c)) < 0)
			goto cleanup;
		have_assoc = 1;
		if ((error = bitext_align__second(&st, &a)) < 0)
			goto cleanup;
	}
	if (opts->progress)
		opts->progress((size_t)st.m.npasses * (st.s.n + 1),
			(size_t)st.m.npasses * (st.s.n + 1), opts->payload);
	error = bitext_align__finish(out, &st);
cleanup:
	if (have_assoc)
		bitext_align__assoc_dispose(&a);
	if (have_counts)
		bitext_align__counts_dispose(&c);
	bitext_align__state_dispose(&st);
	return error;
}

size_t bitext_alignment_count(const bitext_alignment *al)
{
	return al ? al->n : 0;
}

const bitext_align_link *bitext_alignment_link(const bitext_alignment *al,
	size_t i)
{
	return al && i < al->n ? &al->links[i] : NULL;
}

void bitext_alignment_free(bitext_alignment *al)
{
	if (!al)
		return;
	free(al->links);
	free(al);
}

/* ---- loading ---------------------------------------------------------- */

/* Language of a loaded document: as given, else guessed by script. */
static int align_lang(bitext_doc *doc, const char *path, const char *lang,
	int required)
{
	const char *text;
	size_t len;

	if (!lang) {
		text = bitext_doc_text(doc, &len);
		lang = bitext_text_guess_lang(text, len < 65536 ? len : 65536);
	}
	if (!lang && required)
		return bitext_error_set(BITEXT_EINVAL, "align_no_lang", path, NULL);
	return lang ? bitext_doc_set_lang(doc, lang) : 0;
}

/* 0 when `lang` is a language tag (bitext_lang_canonicalize, with its
 * hint when not). */
static int align_check_lang(const char *lang)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int error = bitext_lang_canonicalize(&b, lang, 0);

	bitext_buf_dispose(&b);
	return error;
}

/* Load from `path`, or from data[0..len) named `path` when data != NULL. */
static int align_load(bitext_doc **out, const char *path, const char *data,
	size_t len, const char *lang, int segmented)
{
	bitext_load_options lo = BITEXT_LOAD_OPTIONS_INIT;
	bitext_segmenter *seg = NULL;
	bitext_doc *doc = NULL;
	int error;

	*out = NULL;
	if (lang && (error = align_check_lang(lang)) < 0)
		return error;    /* a job's "src_lang": "english" */
	lo.lang = lang;
	lo.format = segmented ? BITEXT_FORMAT_SEGMENTED : BITEXT_FORMAT_AUTO;
	error = data ? bitext_doc_load_buffer(&doc, NULL, path, data, len, &lo) :
		bitext_doc_load(&doc, NULL, path, &lo);
	if (error == BITEXT_EPARSE && bitext_error_last() &&
			bitext_error_last()->msgid &&
			!strcmp(bitext_error_last()->msgid, "text_empty")) {
		/* an empty text has no sentences: every sentence of the other
		 * side becomes an omission */
		bitext_error_clear();
		if ((error = bitext_doc_new(&doc, lang)) < 0 ||
			(error = bitext_doc_set_name(doc, path)) < 0)
			goto cleanup;
		*out = doc;
		return 0;
	}
	if (error < 0 || (error = align_lang(doc, path, lang, !segmented)) < 0)
		goto cleanup;
	if (!segmented && ((error = bitext_segmenter_new(&seg,
			bitext_doc_lang(doc), NULL)) < 0 ||
		(error = bitext_segmenter_run(seg, doc)) < 0))
		goto cleanup;
	*out = doc;
	doc = NULL;
cleanup:
	bitext_segmenter_free(seg);
	bitext_doc_free(doc);
	return error;
}

int bitext_align_load(bitext_doc **out, const char *path, const char *lang,
	int segmented)
{
	return align_load(out, path, NULL, 0, lang, segmented);
}

int bitext_align_load_buffer(bitext_doc **out, const char *name,
	const char *data, size_t len, const char *lang, int segmented)
{
	return align_load(out, name, data ? data : "", len, lang, segmented);
}
