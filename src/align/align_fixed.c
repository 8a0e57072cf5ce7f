/*
 * align_fixed.c - alignment around links a person fixed, and alignments
 * read from link files.
 *
 * Fixed links (bitext_align_options.fixed). A confirmed link with both
 * sides, (i, j) -> (i + a, j + b), cuts the problem in two: whatever the
 * rest of the alignment, the first i source and j target segments align
 * among themselves, and so do the segments after the link. The DP of
 * align_dp.c then runs on each gap between two confirmed links on its
 * own, over a view of the two sides: the same arrays seen from the gap's
 * first segment, with the gap's length. The work is the sum over the gaps,
 * never more than the whole document's band, and each gap's band starts
 * from the gap's own anchor points. The model (length ratio, variance,
 * word pairs of the second pass) is still estimated from the whole pair;
 * the confirmed links count among the first pass's confident links.
 *
 * A confirmed omission (`3:`, `:4` or `:4,5`) does not cut: its segments
 * may stand anywhere in their gap, but in no link with the other side
 * (align_dp.c gives such links an infinite cost); the DP's 0-1 or 1-0 links
 * of those segments give way to the omission as given. Links not confirmed are ignored: a
 * file saved by the review page holds every link, and the unconfirmed ones
 * are what the model found before, which it decides again.
 *
 * Invariants: the confirmed links are in order and do not overlap (checked
 * by bitext_align__fixed_prepare); the links returned cover both sides in
 * order, the confirmed ones exactly as given, with confidence 1.
 */
#include "align/align_int.h"
#include "util/vec.h"

#include <bitext/errors.h>
#include <bitext/io.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- checking a list of links ------------------------------------------- */

/* Link `l` against sides of ns and nt segments, after links that ended at
 * *ps and *pt: 0, or the message id of what is wrong. Moves *ps and *pt
 * past the link. */
static const char *fixed_check(const bitext_align_link *l, size_t ns,
	size_t nt, size_t *ps, size_t *pt)
{
	if ((l->nsrc && l->src + l->nsrc > ns) ||
	    (l->ntgt && l->tgt + l->ntgt > nt))
		return "align_links_range";
	if (!l->nsrc && !l->ntgt)
		return "eval_empty_link";
	if ((l->nsrc && l->src < *ps) || (l->ntgt && l->tgt < *pt))
		return "align_links_order";
	if (l->nsrc)
		*ps = l->src + l->nsrc;
	if (l->ntgt)
		*pt = l->tgt + l->ntgt;
	return NULL;
}

int bitext_align__fixed_prepare(align_fixed *fx, const bitext_alignment *al,
	size_t ns, size_t nt)
{
	size_t k, g, ps = 0, pt = 0, cap = 0, ocap = 0;
	const char *bad;

	memset(fx, 0, sizeof(*fx));
	for (k = 0; k < al->n; k++) {
		const bitext_align_link *l = &al->links[k];

		if ((bad = fixed_check(l, ns, nt, &ps, &pt)) != NULL)
			return bitext_error_set(BITEXT_EINVAL, bad, "", NULL);
		if (!l->confirmed)
			continue;
		if (l->nsrc && l->ntgt) {
			if (bitext__grow((void **)&fx->links, &cap, fx->n + 1,
					sizeof(*l)) < 0)
				return BITEXT_ENOMEM;
			fx->links[fx->n++] = *l;
			continue;
		}
		if ((!fx->omit_s &&
		     (!(fx->omit_s = calloc(ns + 1, sizeof(uint32_t))) ||
		      !(fx->omit_t = calloc(nt + 1, sizeof(uint32_t))))) ||
		    bitext__grow((void **)&fx->omits, &ocap, fx->nomits + 1,
				sizeof(*l)) < 0)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		fx->omits[fx->nomits++] = *l;
		for (g = 0; g < l->nsrc; g++)
			fx->omit_s[l->src + g] = (uint32_t)fx->nomits;
		for (g = 0; g < l->ntgt; g++)
			fx->omit_t[l->tgt + g] = (uint32_t)fx->nomits;
	}
	return 0;
}

void bitext_align__fixed_dispose(align_fixed *fx)
{
	free(fx->links);
	free(fx->omit_s);
	free(fx->omit_t);
	free(fx->omits);
	memset(fx, 0, sizeof(*fx));
}

/* ---- the DP between fixed links ---------------------------------------- */

/* Side x seen from segment `off`, `n` segments long. Item, key and set
 * indices stay those of x (the per-segment offsets point into x's
 * arrays). */
static void fixed_view(align_side *v, const align_side *x, size_t off,
	size_t n)
{
	*v = *x;
	v->n = n;
#define FIXED_SHIFT(a) (v->a = x->a ? x->a + off : NULL)
	FIXED_SHIFT(lat);
	FIXED_SHIFT(nat);
	FIXED_SHIFT(cum);
	FIXED_SHIFT(para);
	FIXED_SHIFT(pstart);
	FIXED_SHIFT(anc_first);
	FIXED_SHIFT(tok_first);
	FIXED_SHIFT(item_first);
	FIXED_SHIFT(set_first);
#undef FIXED_SHIFT
}

static int fixed_same(const bitext_align_link *a, const bitext_align_link *b)
{
	return a->src == b->src && a->nsrc == b->nsrc && a->tgt == b->tgt &&
		a->ntgt == b->ntgt;
}

/* The previous pass's links of the gap [i0, i1) x [j0, j1), made relative
 * to it: those from *gk up to the fixed link `stop` (NULL: the end). */
static int fixed_guide(bitext_align_link **out, size_t *nout,
	const align_model *m, size_t *gk, const bitext_align_link *stop,
	size_t i0, size_t i1, size_t j0, size_t j1)
{
	size_t cap = 0;

	*out = NULL;
	*nout = 0;
	for (; *gk < m->nguide; (*gk)++) {
		bitext_align_link l = m->guide[*gk];

		if (stop && fixed_same(&l, stop)) {
			(*gk)++;
			break;
		}
		if (l.src < i0 || l.src + l.nsrc > i1 || l.tgt < j0 ||
				l.tgt + l.ntgt > j1)
			continue;
		l.src -= i0;
		l.tgt -= j0;
		if (bitext__grow((void **)out, &cap, *nout + 1, sizeof(l)) < 0)
			return BITEXT_ENOMEM;
		(*out)[(*nout)++] = l;
	}
	return 0;
}

/* Align the gap [i0, i1) x [j0, j1) and append its links to *all. */
static int fixed_gap(const align_model *m, size_t i0, size_t i1, size_t j0,
	size_t j1, const bitext_align_link *guide, size_t nguide,
	bitext_align_link **all, size_t *n, size_t *cap)
{
	align_side vs, vt;
	align_model vm = *m;
	bitext_align_link *part = NULL;
	size_t np = 0, k;
	int error;

	fixed_view(&vs, m->s, i0, i1 - i0);
	fixed_view(&vt, m->t, j0, j1 - j0);
	vm.s = &vs;
	vm.t = &vt;
	vm.fixed = NULL;
	vm.nfixed = 0;
	vm.progress = NULL;
	vm.debug = NULL;
	vm.omit_s = m->omit_s ? m->omit_s + i0 : NULL;
	vm.omit_t = m->omit_t ? m->omit_t + j0 : NULL;
	vm.guide = m->guide ? guide : NULL;
	vm.nguide = nguide;
	if ((error = bitext_align__dp(&vm, &part, &np)) < 0)
		return error;
	if (bitext__grow((void **)all, cap, *n + np + 1, sizeof(*part)) < 0) {
		free(part);
		return BITEXT_ENOMEM;
	}
	for (k = 0; k < np; k++) {
		bitext_align_link l = part[k];
		uint32_t o = 0;

		l.src += i0;
		l.tgt += j0;
		if (!l.ntgt && m->omit_s)
			o = m->omit_s[l.src];
		else if (!l.nsrc && m->omit_t)
			o = m->omit_t[l.tgt];
		if (o) {
			/* a sentence of a confirmed omission: the omission as
			 * given, where its first sentence stands; the others are
			 * in it already */
			const bitext_align_link *om = &m->omits[o - 1];

			if (l.ntgt ? l.tgt != om->tgt : l.src != om->src)
				continue;
			l = *om;
			l.confidence = 1;
		}
		bitext_align__link_paras(&l, m->s, m->t);
		(*all)[(*n)++] = l;
	}
	free(part);
	return 0;
}

int bitext_align__dp_fixed(const align_model *m, bitext_align_link **links,
	size_t *nlinks)
{
	bitext_align_link *all = NULL, *guide = NULL;
	size_t n = 0, cap = 0, k, i0 = 0, j0 = 0, gk = 0, ng = 0;
	size_t total = (size_t)m->npasses * (m->s->n + 1);
	int error = 0;

	*links = NULL;
	*nlinks = 0;
	if (m->debug)
		fprintf(m->debug, "align: %zu fixed links\n", m->nfixed);
	for (k = 0; k <= m->nfixed && !error; k++) {
		const bitext_align_link *a = k < m->nfixed ? &m->fixed[k] : NULL;
		size_t i1 = a ? a->src : m->s->n, j1 = a ? a->tgt : m->t->n;

		if (m->guide && (error = fixed_guide(&guide, &ng, m, &gk, a, i0, i1,
				j0, j1)) < 0)
			break;
		if ((i1 > i0 || j1 > j0) && (error = fixed_gap(m, i0, i1, j0, j1,
				guide, ng, &all, &n, &cap)) < 0)
			break;
		free(guide);
		guide = NULL;
		if (!a)
			break;
		if (bitext__grow((void **)&all, &cap, n + 1, sizeof(*a)) < 0) {
			error = BITEXT_ENOMEM;
			break;
		}
		all[n] = *a;
		all[n].confidence = 1;
		all[n].confirmed = 1;
		bitext_align__link_paras(&all[n++], m->s, m->t);
		i0 = a->src + a->nsrc;
		j0 = a->tgt + a->ntgt;
		if (m->progress && !(k & 15))
			m->progress((size_t)m->pass * (m->s->n + 1) + i0, total,
				m->payload);
	}
	free(guide);
	if (error < 0) {
		free(all);
		return error;
	}
	/* an omission stands where the other side has got to (a confirmed
	 * one of several sentences took the places of its 0-1 or 1-0 links) */
	for (k = 0, i0 = j0 = 0; k < n; k++) {
		all[k].src = all[k].nsrc ? all[k].src : i0;
		all[k].tgt = all[k].ntgt ? all[k].tgt : j0;
		bitext_align__link_paras(&all[k], m->s, m->t);
		i0 = all[k].src + all[k].nsrc;
		j0 = all[k].tgt + all[k].ntgt;
	}
	*links = all;
	*nlinks = n;
	return 0;
}

/* ---- alignments read from link files ------------------------------------ */

/* The paragraph of segment `first` of `d`, or of the one before it when
 * n = 0 (as bitext_align__link_paras). */
static size_t fixed_para(const bitext_doc *d, size_t first, size_t n)
{
	const bitext_segment *g = n ? bitext_doc_segment(d, first) :
		first ? bitext_doc_segment(d, first - 1) : NULL;

	return g ? g->paragraph : 0;
}

/* Link `i` of `links` as a range of consecutive segments; 0 when they are
 * not consecutive. */
static int fixed_from_file(bitext_align_link *l, const bitext_links *links,
	size_t i)
{
	const size_t *s, *t;
	size_t ns, nt, k;

	memset(l, 0, sizeof(*l));
	if (bitext_links_get(links, i, &s, &ns, &t, &nt) < 0)
		return 0;
	for (k = 1; k < ns; k++)
		if (s[k] != s[0] + k)
			return 0;
	for (k = 1; k < nt; k++)
		if (t[k] != t[0] + k)
			return 0;
	l->src = ns ? s[0] : 0;
	l->nsrc = ns;
	l->tgt = nt ? t[0] : 0;
	l->ntgt = nt;
	l->confirmed = bitext_links_confirmed(links, i);
	l->confidence = l->confirmed ? 1 : BITEXT_ALIGN_NO_SCORE;
	return 1;
}

int bitext_alignment_from_links(bitext_alignment **out,
	const bitext_links *links, const char *name, const bitext_doc *src,
	const bitext_doc *tgt)
{
	size_t n = bitext_links_count(links), k, ps = 0, pt = 0;
	size_t ns = bitext_doc_segment_count(src);
	size_t nt = bitext_doc_segment_count(tgt);
	bitext_alignment *al;
	const char *bad = NULL;

	*out = NULL;
	if (!(al = calloc(1, sizeof(*al))) ||
	    !(al->links = calloc(n + 1, sizeof(*al->links)))) {
		free(al);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	for (k = 0; k < n; k++) {
		bitext_align_link *l = &al->links[k];

		if (!fixed_from_file(l, links, k)) {
			bad = "align_links_gap";
			break;
		}
		/* an omission stands where the other side has got to */
		l->src = l->nsrc ? l->src : ps;
		l->tgt = l->ntgt ? l->tgt : pt;
		if ((bad = fixed_check(l, ns, nt, &ps, &pt)) != NULL)
			break;
		l->src_para = fixed_para(src, l->src, l->nsrc);
		l->tgt_para = fixed_para(tgt, l->tgt, l->ntgt);
	}
	if (bad) {
		long line = bitext_links_line(links, k);

		free(al->links);
		free(al);
		bitext_error_set(BITEXT_EINVAL, bad, "", NULL);
		bitext_error_locate(name, line, 0, -1);
		return BITEXT_EINVAL;
	}
	al->n = n;
	*out = al;
	return 0;
}

int bitext_alignment_load_links(bitext_alignment **out, const char *path,
	const bitext_doc *src, const bitext_doc *tgt)
{
	bitext_links *links = NULL;
	bitext_buf b = BITEXT_BUF_INIT;
	int error;

	*out = NULL;
	if ((error = bitext_file_read(&b, path)) < 0)
		return error;
	if ((error = bitext_links__parse(&links, path, b.ptr ? b.ptr : "", b.size,
			0)) == 0)
		error = bitext_alignment_from_links(out, links, path, src, tgt);
	bitext_links_free(links);
	bitext_buf_dispose(&b);
	return error;
}
