/*
 * align_ibm1.c - word translation probabilities learnt from translation
 * memories with IBM Model 1 (Brown et al. 1993): t(f|e), the probability
 * that target word f translates source word e, by EM over sentence pairs,
 * each target word aligned to one source word or to NULL.
 *
 * Words are the lexicon's keys (bitext_lexicon__words: the same keys a
 * dictionary entry gets, so a learnt pair written out and read back by
 * --dict matches the same words), numbered densely per side; a pair of
 * ids is one 64-bit key of a hash table whose slot holds the index of its
 * probability and count. The corpus is kept as arrays of 32-bit ids (a
 * million units of a dozen words take about 50 MB).
 *
 * Bounds: units with more than IBM1_MAXLEN words on a side are skipped
 * (long units are few and cost the square of their length); after the
 * first iteration each source word keeps its IBM1_PRUNE_K likeliest
 * translations with t at least IBM1_PRUNE_FLOOR, so the table shrinks to
 * a few per word and later iterations touch only those (a pruned pair
 * keeps the floor probability). The result keeps IBM1_KEEP translations
 * per source word with t at least IBM1_MIN_PROB, and only words seen at
 * least IBM1_MIN_COUNT times.
 */
#include "align/align_int.h"
#include "util/arena.h"
#include "util/vec.h"

#include <bitext/errors.h>
#include <bitext/io.h>
#include <bitext/tm.h>
#include <bitext/termbase.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define IBM1_MAXLEN 40
#define IBM1_ITERATIONS 5
#define IBM1_PRUNE_K 20
#define IBM1_PRUNE_FLOOR 1e-3
#define IBM1_KEEP 3
#define IBM1_MIN_PROB 0.2
#define IBM1_MIN_COUNT 2
#define IBM1_NULL 0       /* source id of the empty word */

typedef struct {
	align_map ids;            /* word key -> id */
	const char **word;        /* surface form of each id (arena), or "" */
	uint64_t *key;            /* key of each id */
	uint32_t *freq;           /* units holding it */
	size_t n, a;
} ibm1_vocab;

struct bitext_lexicon_learner {
	char src_lang[36], tgt_lang[36];
	bitext_tmx_reader_options ro; /* how memories are read */
	int has_ro;
	size_t skipped;           /* units their readers skipped */
	bitext_lexicon *keys;     /* the pair's word keys (no entries) */
	ibm1_vocab v[2];          /* [0] target, [1] source (id 0: NULL) */
	bitext_arena arena;
	uint32_t *ws;             /* source ids of every unit */
	uint32_t *wt;
	size_t nws, aws, nwt, awt;
	uint64_t *us, *ut;        /* units: start of each in ws / wt (n+1) */
	size_t nu, au, aut;
	/* the table: (e, f) -> index into prob/cnt */
	align_map pair;
	float *prob, *cnt;
	uint64_t *pkey;
	size_t np, ap;
	double *tot;              /* per source id */
	size_t units_read, units_skipped;
	/* one unit's words while it is read */
	uint32_t *tmp[2];
	size_t ntmp[2], atmp[2];
};

static void vocab_dispose(ibm1_vocab *v)
{
	bitext_map__dispose(&v->ids);
	free(v->word);
	free(v->key);
	free(v->freq);
}

int bitext_lexicon_learner_new(bitext_lexicon_learner **out,
	const char *src_lang, const char *tgt_lang)
{
	bitext_lexicon_learner *l = calloc(1, sizeof(*l));
	int error, k;

	*out = NULL;
	if (!l)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	bitext_arena_init(&l->arena);
	snprintf(l->src_lang, sizeof(l->src_lang), "%s", src_lang ? src_lang :
		"und");
	snprintf(l->tgt_lang, sizeof(l->tgt_lang), "%s", tgt_lang ? tgt_lang :
		"und");
	if ((error = bitext_lexicon_new(&l->keys, src_lang, tgt_lang)) < 0)
		goto fail;
	for (k = 0; k < 2; k++)
		if ((error = align_map_init(&l->v[k].ids, 4096)) < 0)
			goto fail;
	if ((error = align_map_init(&l->pair, 1 << 16)) < 0)
		goto fail;
	/* the NULL source word */
	if (bitext__grow((void **)&l->v[1].word, &l->v[1].a, 1,
			sizeof(char *)) < 0 ||
		!(l->v[1].freq = calloc(l->v[1].a, sizeof(uint32_t))) ||
		!(l->v[1].key = calloc(l->v[1].a, sizeof(uint64_t)))) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto fail;
	}
	l->v[1].word[0] = "";
	l->v[1].n = 1;
	*out = l;
	return 0;
fail:
	bitext_lexicon_learner_free(l);
	return error;
}

void bitext_lexicon_learner_free(bitext_lexicon_learner *l)
{
	int k;

	if (!l)
		return;
	bitext_lexicon_free(l->keys);
	for (k = 0; k < 2; k++) {
		vocab_dispose(&l->v[k]);
		free(l->tmp[k]);
	}
	bitext_arena_dispose(&l->arena);
	free(l->ws);
	free(l->wt);
	free(l->us);
	free(l->ut);
	bitext_map__dispose(&l->pair);
	free(l->prob);
	free(l->cnt);
	free(l->pkey);
	free(l->tot);
	free(l);
}

/* The id of a word of side k, added when new. */
static int vocab_id(bitext_lexicon_learner *l, int k, uint64_t key,
	const char *w, size_t n, uint32_t *id)
{
	ibm1_vocab *v = &l->v[k];
	int fresh = 0;
	align_kv *s = bitext_map__put(&v->ids, key, &fresh);

	if (!s)
		return BITEXT_ENOMEM;
	if (fresh) {
		size_t old = v->a;
		char *copy;

		if (v->n >= UINT32_MAX - 1)
			return bitext_error_set(BITEXT_ELIMIT, "err_nomem", NULL);
		if (bitext__grow((void **)&v->word, &v->a, v->n + 1,
				sizeof(char *)) < 0)
			return BITEXT_ENOMEM;
		if (v->a != old) {
			uint32_t *f = realloc(v->freq, v->a * sizeof(uint32_t));
			uint64_t *kk;

			if (f)
				v->freq = f;
			if (!f || !(kk = realloc(v->key, v->a * sizeof(uint64_t))))
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			memset(v->freq + old, 0, (v->a - old) * sizeof(uint32_t));
			v->key = kk;
		}
		copy = w ? bitext_arena_strndup(&l->arena, w, n) : (char *)"";
		if (!copy)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		v->word[v->n] = copy;
		v->key[v->n] = key;
		s->val = (uint32_t)v->n++;
	}
	*id = s->val;
	return 0;
}

typedef struct {
	bitext_lexicon_learner *l;
	int side;
} ibm1_word_ctx;

static int ibm1_word(void *payload, uint64_t key, const char *w, size_t n)
{
	ibm1_word_ctx *c = payload;
	bitext_lexicon_learner *l = c->l;
	int k = c->side;
	uint32_t id = 0;
	size_t i;
	int error;

	if (l->ntmp[k] > IBM1_MAXLEN)
		return 0;
	if ((error = vocab_id(l, k, key, w, n, &id)) < 0)
		return error;
	for (i = 0; i < l->ntmp[k]; i++)
		if (l->tmp[k][i] == id)
			return 0;         /* a word once per unit */
	if (bitext__grow((void **)&l->tmp[k], &l->atmp[k], l->ntmp[k] + 1,
			sizeof(uint32_t)) < 0)
		return BITEXT_ENOMEM;
	l->tmp[k][l->ntmp[k]++] = id;
	return 0;
}

/* The unit of l->tmp as the next of the corpus (skipped when a side is
 * empty or too long). */
static int ibm1_commit(bitext_lexicon_learner *l)
{
	size_t i;
	int k;

	if (!l->ntmp[0] || !l->ntmp[1] || l->ntmp[0] > IBM1_MAXLEN ||
			l->ntmp[1] > IBM1_MAXLEN) {
		l->units_skipped++;
		return 0;
	}
	if (bitext__grow((void **)&l->ws, &l->aws, l->nws + l->ntmp[1],
			sizeof(uint32_t)) < 0 ||
		bitext__grow((void **)&l->wt, &l->awt, l->nwt + l->ntmp[0],
			sizeof(uint32_t)) < 0 ||
		bitext__grow((void **)&l->us, &l->au, l->nu + 2,
			sizeof(uint64_t)) < 0 ||
		bitext__grow((void **)&l->ut, &l->aut, l->nu + 2,
			sizeof(uint64_t)) < 0)
		return BITEXT_ENOMEM;
	for (k = 0; k < 2; k++)
		for (i = 0; i < l->ntmp[k]; i++)
			l->v[k].freq[l->tmp[k][i]]++;
	l->us[l->nu] = l->nws;
	l->ut[l->nu] = l->nwt;
	memcpy(l->ws + l->nws, l->tmp[1], l->ntmp[1] * sizeof(uint32_t));
	memcpy(l->wt + l->nwt, l->tmp[0], l->ntmp[0] * sizeof(uint32_t));
	l->nws += l->ntmp[1];
	l->nwt += l->ntmp[0];
	l->nu++;
	l->us[l->nu] = l->nws;
	l->ut[l->nu] = l->nwt;
	l->units_read++;
	return 0;
}

int bitext_lexicon_learner_add(bitext_lexicon_learner *l, const char *src,
	size_t slen, const char *tgt, size_t tlen)
{
	ibm1_word_ctx c = { l, 1 };
	int error;

	l->ntmp[0] = l->ntmp[1] = 0;
	if ((error = bitext_lexicon__words(l->keys, 1, src, slen, ibm1_word,
			&c)) < 0)
		return error;
	c.side = 0;
	if ((error = bitext_lexicon__words(l->keys, 0, tgt, tlen, ibm1_word,
			&c)) < 0)
		return error;
	return ibm1_commit(l);
}

int bitext_align__ibm1_add_keys(bitext_lexicon_learner *l,
	const uint64_t *s, size_t ns, const uint64_t *t, size_t nt)
{
	ibm1_word_ctx c = { l, 1 };
	size_t i;
	int error;

	l->ntmp[0] = l->ntmp[1] = 0;
	for (i = 0; i < ns; i++)
		if ((error = ibm1_word(&c, s[i], NULL, 0)) < 0)
			return error;
	c.side = 0;
	for (i = 0; i < nt; i++)
		if ((error = ibm1_word(&c, t[i], NULL, 0)) < 0)
			return error;
	return ibm1_commit(l);
}

/* The variant of a unit in `lang` (primary subtag match), or NULL. */
static const bitext_tmx_tuv *ibm1_tuv(const bitext_tmx_unit *u,
	const char *lang)
{
	size_t i;

	for (i = 0; i < u->ntuvs; i++)
		if (u->tuvs[i].lang && bitext_termbase_lang_match(u->tuvs[i].lang,
				lang))
			return &u->tuvs[i];
	return NULL;
}

static int ibm1_und(const char *lang)
{
	return !lang || !*lang || !strcmp(lang, "und");
}

int bitext_lexicon_learner_add_memory(bitext_lexicon_learner *l,
	const char *path, bitext_align_progress_cb progress, void *payload)
{
	const char *src_lang = l->src_lang, *tgt_lang = l->tgt_lang;
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u;
	bitext_tmx_reader_stats st;
	size_t seen = 0;
	int error, got;

	if ((error = bitext_tm_reader_open(&r, path, 0, l->has_ro ? &l->ro :
			NULL)) < 0)
		return error;
	while ((got = bitext_tm_reader_next(r, &u)) > 0) {
		const bitext_tmx_tuv *s = ibm1_tuv(u, src_lang);
		const bitext_tmx_tuv *t = ibm1_tuv(u, tgt_lang);

		/* a unit of two variants, one of a language not told (a PO file
		 * without Language:): source first */
		if ((!s || !t) && u->ntuvs == 2 && (ibm1_und(u->tuvs[0].lang) ||
				ibm1_und(u->tuvs[1].lang))) {
			s = &u->tuvs[0];
			t = &u->tuvs[1];
		}

		if (s && t && s != t && (error = bitext_lexicon_learner_add(l,
				s->text, s->text_len, t->text, t->text_len)) < 0)
			break;
		if (progress && ++seen % 100000 == 0)
			progress(seen, 0, payload);
	}
	if (got < 0)
		error = got;
	bitext_tm_reader_stats_get(r, &st);
	l->skipped += st.skipped;
	bitext_tm_reader_close(r);
	return error;
}

void bitext_lexicon_learner_set_read_options(bitext_lexicon_learner *l,
	const bitext_tmx_reader_options *opts)
{
	l->has_ro = opts != NULL;
	if (opts)
		l->ro = *opts;
}

size_t bitext_lexicon_learner_skipped(const bitext_lexicon_learner *l)
{
	return l->skipped;
}

/* The slot of pair (e, f), added with probability p when `add`; its index
 * or -1 when absent (and not added); -2 on OOM. */
static long ibm1_pair(bitext_lexicon_learner *l, uint32_t e, uint32_t f,
	int add, float p)
{
	uint64_t key = ((uint64_t)e + 1) << 32 | ((uint64_t)f + 1);
	/* the table probes from the key's low bits: mixed (fmix64 is a
	 * bijection, and never 0 for a key that is not) */
	uint64_t mk = bitext_map__mix(key);
	align_kv *s;
	int fresh = 0;

	if (!add) {
		const align_kv *c = bitext_map__find(&l->pair, mk);
		return c ? (long)c->val : -1;
	}
	if (!(s = bitext_map__put(&l->pair, mk, &fresh)))
		return -2;
	if (fresh) {
		if (l->np == l->ap) {
			size_t na = l->ap ? l->ap * 2 : 1 << 16;
			float *pr = realloc(l->prob, na * sizeof(float));
			float *cn = pr ? realloc(l->cnt, na * sizeof(float)) : NULL;
			uint64_t *pk = cn ? realloc(l->pkey, na * sizeof(uint64_t)) :
				NULL;

			if (pr)
				l->prob = pr;
			if (cn)
				l->cnt = cn;
			if (!pk)
				return -2;
			l->pkey = pk;
			l->ap = na;
		}
		l->prob[l->np] = p;
		l->cnt[l->np] = 0;
		l->pkey[l->np] = key;
		s->val = (uint32_t)l->np++;
	}
	return (long)s->val;
}

/* One EM iteration: expected counts, then t = count / total. The first
 * iteration adds every co-occurring pair (uniform t). */
static int ibm1_iterate(bitext_lexicon_learner *l, int first)
{
	size_t u, i, j;
	long idx[IBM1_MAXLEN + 1];
	float tp[IBM1_MAXLEN + 1];
	double uni = 1.0 / (double)(l->v[0].n ? l->v[0].n : 1);

	memset(l->tot, 0, l->v[1].n * sizeof(double));
	for (i = 0; i < l->np; i++)
		l->cnt[i] = 0;
	for (u = 0; u < l->nu; u++) {
		const uint32_t *s = l->ws + l->us[u], *t = l->wt + l->ut[u];
		size_t ns = (size_t)(l->us[u + 1] - l->us[u]);
		size_t nt = (size_t)(l->ut[u + 1] - l->ut[u]);

		for (j = 0; j < nt; j++) {
			double z = 0;

			for (i = 0; i <= ns; i++) {
				uint32_t e = i ? s[i - 1] : IBM1_NULL;

				idx[i] = ibm1_pair(l, e, t[j], first, (float)uni);
				if (idx[i] == -2)
					return bitext_error_set(BITEXT_ENOMEM, "err_nomem",
						NULL);
				tp[i] = idx[i] >= 0 ? l->prob[idx[i]] :
					(float)IBM1_PRUNE_FLOOR * 0.1f;
				z += tp[i];
			}
			for (i = 0; i <= ns; i++) {
				double c = tp[i] / z;
				uint32_t e = i ? s[i - 1] : IBM1_NULL;

				if (idx[i] >= 0)
					l->cnt[idx[i]] += (float)c;
				l->tot[e] += c;
			}
		}
	}
	for (i = 0; i < l->np; i++) {
		uint32_t e = (uint32_t)(l->pkey[i] >> 32) - 1;
		l->prob[i] = l->tot[e] > 0 ? (float)(l->cnt[i] / l->tot[e]) : 0;
	}
	return 0;
}

typedef struct {
	uint32_t e, f;
	float p;
} ibm1_cand;

static int cand_cmp(const void *a, const void *b)
{
	const ibm1_cand *x = a, *y = b;

	if (x->e != y->e)
		return x->e < y->e ? -1 : 1;
	if (x->p != y->p)
		return x->p > y->p ? -1 : 1;
	return x->f < y->f ? -1 : x->f > y->f;
}

/* The pairs each source word keeps (k best with t >= floor), sorted by
 * source id then probability; *n of them. */
static int ibm1_best(bitext_lexicon_learner *l, size_t k, double floor,
	ibm1_cand **out, size_t *n)
{
	ibm1_cand *c = malloc((l->np + 1) * sizeof(*c));
	size_t i, m = 0, kept = 0;

	*out = NULL;
	*n = 0;
	if (!c)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (i = 0; i < l->np; i++) {
		if (l->prob[i] < floor)
			continue;
		c[m].e = (uint32_t)(l->pkey[i] >> 32) - 1;
		c[m].f = (uint32_t)(l->pkey[i] & 0xffffffffu) - 1;
		c[m].p = l->prob[i];
		m++;
	}
	if (m > 1)
		qsort(c, m, sizeof(*c), cand_cmp);
	for (i = 0; i < m; i++) {
		size_t rank = 0;

		if (kept && c[kept - 1].e == c[i].e) {
			size_t b = kept;
			while (b > 0 && c[b - 1].e == c[i].e)
				b--;
			rank = kept - b;
		}
		if (rank < k)
			c[kept++] = c[i];
	}
	*out = c;
	*n = kept;
	return 0;
}

/* Keep only the pairs of ibm1_best(PRUNE_K, PRUNE_FLOOR): a new table. */
static int ibm1_prune(bitext_lexicon_learner *l)
{
	ibm1_cand *c = NULL;
	size_t n = 0, i;
	int error;

	if ((error = ibm1_best(l, IBM1_PRUNE_K, IBM1_PRUNE_FLOOR, &c, &n)) < 0)
		return error;
	bitext_map__dispose(&l->pair);
	l->np = 0;
	if ((error = align_map_init(&l->pair, n * 2 + 16)) < 0)
		goto done;
	for (i = 0; i < n; i++)
		if (ibm1_pair(l, c[i].e, c[i].f, 1, c[i].p) < 0) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			break;
		}
done:
	free(c);
	return error;
}

int bitext_lexicon_learner_train(bitext_lexicon_learner *l,
	bitext_align_progress_cb progress, void *payload)
{
	int it, error;

	free(l->tot);
	if (!(l->tot = calloc(l->v[1].n ? l->v[1].n : 1, sizeof(double))))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (it = 0; it < IBM1_ITERATIONS; it++) {
		if ((error = ibm1_iterate(l, it == 0)) < 0)
			return error;
		if (it == 0 && (error = ibm1_prune(l)) < 0)
			return error;
		if (progress)
			progress((size_t)it + 1, IBM1_ITERATIONS, payload);
	}
	return 0;
}

size_t bitext_lexicon_learner_units(const bitext_lexicon_learner *l)
{
	return l ? l->nu : 0;
}

/* Call `cb` for each learnt pair kept in the lexicon. */
static int ibm1_each(bitext_lexicon_learner *l,
	int (*cb)(void *payload, const char *s, const char *t, double p),
	void *payload)
{
	ibm1_cand *c = NULL;
	size_t n = 0, i;
	int error;

	if ((error = ibm1_best(l, IBM1_KEEP, IBM1_MIN_PROB, &c, &n)) < 0)
		return error;
	for (i = 0; i < n && !error; i++) {
		if (c[i].e == IBM1_NULL || l->v[1].freq[c[i].e] < IBM1_MIN_COUNT ||
				l->v[0].freq[c[i].f] < IBM1_MIN_COUNT)
			continue;
		error = cb(payload, l->v[1].word[c[i].e], l->v[0].word[c[i].f],
			c[i].p);
	}
	free(c);
	return error;
}

int bitext_align__ibm1_pairs(bitext_lexicon_learner *l, size_t k,
	double floor, int (*cb)(void *payload, uint64_t s, uint64_t t,
		double p), void *payload)
{
	ibm1_cand *c = NULL;
	size_t n = 0, i;
	int error;

	if ((error = ibm1_best(l, k, floor, &c, &n)) < 0)
		return error;
	for (i = 0; i < n && !error; i++)
		if (c[i].e != IBM1_NULL)
			error = cb(payload, l->v[1].key[c[i].e], l->v[0].key[c[i].f],
				c[i].p);
	free(c);
	return error;
}

int bitext_align__ibm1_merge(bitext_lexicon_learner *into,
	const bitext_lexicon_learner *from)
{
	uint64_t ks[IBM1_MAXLEN], kt[IBM1_MAXLEN];
	size_t u, i;
	int error;

	for (u = 0; u < from->nu; u++) {
		size_t ns = (size_t)(from->us[u + 1] - from->us[u]);
		size_t nt = (size_t)(from->ut[u + 1] - from->ut[u]);

		for (i = 0; i < ns; i++)
			ks[i] = from->v[1].key[from->ws[from->us[u] + i]];
		for (i = 0; i < nt; i++)
			kt[i] = from->v[0].key[from->wt[from->ut[u] + i]];
		if ((error = bitext_align__ibm1_add_keys(into, ks, ns, kt, nt)) < 0)
			return error;
	}
	return 0;
}

double bitext_align__ibm1_prob(const bitext_lexicon_learner *l, uint64_t s,
	uint64_t t)
{
	const align_kv *e = bitext_map__find(&l->v[1].ids, s);
	const align_kv *f = bitext_map__find(&l->v[0].ids, t);
	long i;

	if (!e || !f)
		return 0;
	i = ibm1_pair((bitext_lexicon_learner *)l, e->val, f->val, 0, 0);
	return i >= 0 ? l->prob[i] : 0;
}

static int apply_cb(void *payload, const char *s, const char *t, double p)
{
	(void)p;
	return bitext_lexicon__add_kind(payload, s, strlen(s), t, strlen(t),
		ALIGN_K_DICT);
}

int bitext_lexicon_learner_apply(bitext_lexicon_learner *l,
	bitext_lexicon *lex, const char *name)
{
	size_t before = bitext_lexicon_count(lex);
	int error = ibm1_each(l, apply_cb, lex);

	bitext_lexicon__finish(lex);
	if (!error && name)
		error = bitext_lexicon__note_source(lex, name,
			bitext_lexicon_count(lex) - before);
	return error;
}

typedef struct {
	FILE *f;
	size_t n;
} save_ctx;

static int save_cb(void *payload, const char *s, const char *t, double p)
{
	save_ctx *c = payload;

	c->n++;
	return fprintf(c->f, "%s\t%s\t%.4f\n", s, t, p) < 0 ?
		bitext_error_set(BITEXT_EIO, "err_write", "lexicon", "", NULL) : 0;
}

int bitext_lexicon_learner_save(bitext_lexicon_learner *l, const char *path,
	size_t *rows)
{
	bitext_afile *af = NULL;
	save_ctx c = { NULL, 0 };
	int error;

	if ((error = bitext_afile_open(&af, path)) < 0)
		return error;
	c.f = bitext_afile_stream(af);
	fprintf(c.f, "%s %s %s\n", BITEXT_LEXICON_HEADER, l->src_lang,
		l->tgt_lang);
	fprintf(c.f, "# IBM Model 1, %d iterations, over %zu units; "
		"source, target, probability\n", IBM1_ITERATIONS, l->nu);
	if ((error = ibm1_each(l, save_cb, &c)) < 0) {
		bitext_afile_abort(af);
		return error;
	}
	if (rows)
		*rows = c.n;
	return bitext_afile_commit(af);
}
