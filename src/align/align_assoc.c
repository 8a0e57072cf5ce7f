/*
 * align_assoc.c - word associations learnt from the confident links of a
 * first pass, for the second. Over confident 1-1 links, count links
 * holding each source word, each target word and each pair. A pair seen at
 * least ALIGN_LEX_MINCOUNT times, of words in at most ALIGN_LEX_MAXDF of
 * the links, is scored: one document by Dice(s, t) = 2 c(s,t) / (c(s) +
 * c(t)), kept from ALIGN_LEX_MINDICE; a batch, whose counts pool all its
 * documents, by IBM Model 1's t(t|s) over the same links (align_ibm1.c),
 * kept from ALIGN_LEX_MINPROB. ALIGN_LEX_KEEP best per source word.
 */
#include "align/align_int.h"

#include <bitext/errors.h>
#include <stdlib.h>
#include <string.h>

int bitext_align__counts_init(align_counts *c, int ibm1)
{
	int error;

	memset(c, 0, sizeof(*c));
	if ((error = align_map_init(&c->cs, 1024)) < 0 ||
		(error = align_map_init(&c->ct, 1024)) < 0 ||
		(error = align_map_init(&c->pair, 4096)) < 0 ||
		(ibm1 && (error = bitext_lexicon_learner_new(&c->ibm1, NULL,
			NULL)) < 0))
		bitext_align__counts_dispose(c);
	return error;
}

void bitext_align__counts_dispose(align_counts *c)
{
	bitext_map__dispose(&c->cs);
	bitext_map__dispose(&c->ct);
	bitext_map__dispose(&c->pair);
	bitext_lexicon_learner_free(c->ibm1);
	free(c->ps);
	free(c->pt);
	free(c->pc);
	memset(c, 0, sizeof(*c));
}

static uint64_t lex_pair_key(uint64_t s, uint64_t t)
{
	uint64_t h = bitext_map__mix(s * 0x9e3779b97f4a7c15ULL ^
		(t + 0x632be59bd9b4e019ULL));

	return h ? h : 1;
}

static int lex_count_pair(align_counts *c, uint64_t s, uint64_t t,
	uint32_t add)
{
	uint32_t *slot = align_map_get(&c->pair, lex_pair_key(s, t));

	if (!slot)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (*slot == 0) {
		if (c->np == c->ap) {
			size_t na = c->ap ? c->ap * 2 : 1024;
			uint64_t *ps = realloc(c->ps, na * sizeof(uint64_t));
			uint64_t *pt = ps ? realloc(c->pt, na * sizeof(uint64_t)) : NULL;
			uint32_t *pc = pt ? realloc(c->pc, na * sizeof(uint32_t)) : NULL;

			if (ps)
				c->ps = ps;
			if (pt)
				c->pt = pt;
			if (!pc)
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			c->pc = pc;
			c->ap = na;
		}
		c->ps[c->np] = s;
		c->pt[c->np] = t;
		c->pc[c->np] = 0;
		*slot = (uint32_t)++c->np;
	}
	c->pc[*slot - 1] += add;
	return 0;
}

int bitext_align__counts_add(align_counts *c, const align_side *s,
	const align_side *t, const bitext_align_link *links, size_t nlinks)
{
	size_t l, a, b;
	uint32_t *v;

	for (l = 0; l < nlinks; l++) {
		const bitext_align_link *k = &links[l];

		if (k->nsrc != 1 || k->ntgt != 1 || k->confidence < ALIGN_CONFIDENT)
			continue;
		c->links++;
		for (a = s->tok_first[k->src]; a < s->tok_first[k->src + 1]; a++) {
			if (!(v = align_map_get(&c->cs, s->tok[a])))
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			(*v)++;
		}
		for (b = t->tok_first[k->tgt]; b < t->tok_first[k->tgt + 1]; b++) {
			if (!(v = align_map_get(&c->ct, t->tok[b])))
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			(*v)++;
		}
		for (a = s->tok_first[k->src]; a < s->tok_first[k->src + 1]; a++)
			for (b = t->tok_first[k->tgt]; b < t->tok_first[k->tgt + 1]; b++)
				if (lex_count_pair(c, s->tok[a], t->tok[b], 1) < 0)
					return BITEXT_ENOMEM;
		if (c->ibm1 && bitext_align__ibm1_add_keys(c->ibm1,
				s->tok + s->tok_first[k->src],
				s->tok_first[k->src + 1] - s->tok_first[k->src],
				t->tok + t->tok_first[k->tgt],
				t->tok_first[k->tgt + 1] - t->tok_first[k->tgt]) < 0)
			return BITEXT_ENOMEM;
	}
	return 0;
}

static int lex_merge_map(align_map *into, const align_map *from)
{
	size_t i;

	for (i = 0; i < from->cap; i++) {
		const align_kv *f = bitext_map__slot(from, i);
		uint32_t *v;

		if (!f)
			continue;
		if (!(v = align_map_get(into, f->key)))
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		*v += f->val;
	}
	return 0;
}

int bitext_align__counts_merge(align_counts *into, const align_counts *from)
{
	size_t i;
	int error;

	if ((error = lex_merge_map(&into->cs, &from->cs)) < 0 ||
		(error = lex_merge_map(&into->ct, &from->ct)) < 0)
		return error;
	for (i = 0; i < from->np; i++)
		if ((error = lex_count_pair(into, from->ps[i], from->pt[i],
				from->pc[i])) < 0)
			return error;
	into->links += from->links;
	return into->ibm1 && from->ibm1 ?
		bitext_align__ibm1_merge(into->ibm1, from->ibm1) : 0;
}

typedef struct {
	uint64_t s, t;
	double dice;              /* IBM Model 1's t(t|s) */
} lex_cand;

static int lex_cand_cmp(const void *a, const void *b)
{
	const lex_cand *x = a, *y = b;

	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	if (x->dice != y->dice)
		return x->dice > y->dice ? -1 : 1;
	return x->t < y->t ? -1 : x->t > y->t;
}

int bitext_align__assoc_learn(align_assoc *a, const align_counts *c)
{
	lex_cand *cand = NULL;
	size_t nc = 0, i, maxdf;
	int error = 0;

	memset(a, 0, sizeof(*a));
	maxdf = c->links >= 40 ? (size_t)(ALIGN_LEX_MAXDF * (double)c->links) :
		c->links;
	if ((error = align_map_init(&a->src, 256)) < 0 ||
		(error = align_map_init(&a->tgt, 256)) < 0 ||
		(c->ibm1 && (error = bitext_lexicon_learner_train(c->ibm1, NULL,
			NULL)) < 0))
		goto cleanup;
	cand = malloc((c->np + 1) * sizeof(lex_cand));
	if (!cand) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	for (i = 0; i < c->np; i++) {
		const uint32_t *cs, *ct;
		double dice;

		if (c->pc[i] < ALIGN_LEX_MINCOUNT)
			continue;
		cs = align_map_find(&c->cs, c->ps[i]);
		ct = align_map_find(&c->ct, c->pt[i]);
		if (!cs || !ct || *cs > maxdf || *ct > maxdf)
			continue;
		if (c->ibm1) {
			dice = bitext_align__ibm1_prob(c->ibm1, c->ps[i], c->pt[i]);
			if (dice < ALIGN_LEX_MINPROB)
				continue;
		} else {
			dice = 2.0 * c->pc[i] / (double)(*cs + *ct);
			if (dice < ALIGN_LEX_MINDICE)
				continue;
		}
		cand[nc].s = c->ps[i];
		cand[nc].t = c->pt[i];
		cand[nc].dice = dice;
		nc++;
	}
	if (nc > 1)
		qsort(cand, nc, sizeof(lex_cand), lex_cand_cmp);
	a->first = malloc((nc + 1) * sizeof(uint32_t));
	a->count = malloc((nc + 1) * sizeof(uint32_t));
	a->tr = malloc((nc + 1) * sizeof(uint64_t));
	if (!a->first || !a->count || !a->tr) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	for (i = 0; i < nc; i++) {
		uint32_t *v;

		if (i == 0 || cand[i].s != cand[i - 1].s) {
			if (!(v = align_map_get(&a->src, cand[i].s)))
				goto nomem;
			*v = (uint32_t)a->nsrc;
			a->first[a->nsrc] = (uint32_t)a->ntr;
			a->count[a->nsrc] = 0;
			a->nsrc++;
		}
		if (a->count[a->nsrc - 1] >= ALIGN_LEX_KEEP)
			continue;
		a->tr[a->ntr++] = cand[i].t;
		a->count[a->nsrc - 1]++;
		if (!align_map_get(&a->tgt, cand[i].t))
			goto nomem;
	}
	goto cleanup;
nomem:
	error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
cleanup:
	free(cand);
	if (error)
		bitext_align__assoc_dispose(a);
	return error;
}

void bitext_align__assoc_dispose(align_assoc *a)
{
	bitext_map__dispose(&a->src);
	bitext_map__dispose(&a->tgt);
	free(a->first);
	free(a->count);
	free(a->tr);
	memset(a, 0, sizeof(*a));
}
