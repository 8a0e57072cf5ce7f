/*
 * align_dp.c - the cost of a link and the banded dynamic programme.
 *
 * Cells (i, j) mean "the first i source and j target segments are
 * aligned". A link of shape (a, b) goes from cell (i-a, j-b) to (i, j).
 * Only cells inside a band are computed: row i holds columns
 * lo[i] .. hi[i], both non-decreasing in i, with lo[i] <= hi[i-1] so that
 * (0,0) and (n,m) stay connected. The band starts around the path that
 * spreads the target's weighted length evenly over the source's between
 * anchor points (keys found once on each side, in increasing order), and
 * widens where the best path comes within 2 cells of its edge, by twice
 * the width in the first round, doubling each round.
 *
 * The DP computes at once the Viterbi path (min-sum) and the forward
 * log-sum (costs are negative log probabilities, scaled by a temperature);
 * a backward pass then gives each link of the path its posterior
 * probability: exp(-(A[start] + cost + B[end] - A[n,m]) / T).
 * Memory: 8+8+1 bytes per band cell (the Viterbi scores are reused for
 * the backward pass).
 */
#include "align/align_int.h"
#include "util/vec.h"

#include <bitext/errors.h>
#include <float.h>
#include <stdio.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/limits.h"

const int bitext_align__shape_a[ALIGN_NSHAPES] = {
	1, 1, 0, 1, 2, 2, 1, 3, 1, 4
};
const int bitext_align__shape_b[ALIGN_NSHAPES] = {
	1, 0, 1, 2, 1, 2, 3, 1, 4, 1
};
/* alpha and lambda per item kind (ALIGN_K_*), tuned on corpora/ by
 * coordinate search (README, section align): numbers and Latin words carry
 * over 85% of the time; names a little less; learnt pairs are many and
 * correlated, so they weigh little (lambda 0.1). Numbers weigh half:
 * several numbers in one sentence are not independent evidence. */
const double bitext_align__alpha_prior[ALIGN_NKINDS] = {
	0.85, 0.85, 0.6, 0.8, 0.7, 0.3, 0.5, 0.5
};
/* The default dictionary's words (last) find their counterpart about half
 * the time (translations paraphrase) and come many to a sentence, related
 * to each other (an export story has 수출, 증가, 달러 ...): lambda 0.25, in
 * the middle of the range 0.2-0.3 that scored best on corpora/ko-en (0.1
 * and 0.4 lost 0.6-0.8 points of strict F1; alpha 0.3-0.7 made no
 * difference). */
const double bitext_align__lambda[ALIGN_NKINDS] = {
	0.5, 1.5, 0.25, 1.0, 1.0, 0.1, 0.25, 0.25
};
/* order of bitext_align__shape_a/b: 1-1 1-0 0-1 1-2 2-1 2-2 1-3 3-1 1-4
 * 4-1 */
const double bitext_align__shape_prior[ALIGN_NSHAPES] = {
	0.70, 0.03, 0.03, 0.12, 0.08, 0.01, 0.01, 0.005, 0.003, 0.002
};

#define DP_INF 1e30
/* A band smaller than this runs its backward pass on the calling thread:
 * starting a thread costs more (the short gaps between fixed links). */
#define DP_THREAD_CELLS 20000

void bitext_align__params_default(align_params *p)
{
	int k;

	memset(p, 0, sizeof(*p));
	for (k = 0; k < ALIGN_NKINDS; k++) {
		p->alpha[k] = bitext_align__alpha_prior[k];
		p->lambda[k] = bitext_align__lambda[k];
	}
	for (k = 0; k < ALIGN_NSHAPES; k++)
		p->shape_cost[k] = -log(bitext_align__shape_prior[k]);
	/* paragraphs: strong, not absolute evidence (e^-4 and e^-2.5 against
	 * the alternatives); tuned on corpora/, where dropping them costs 10
	 * points of strict F1 on ko-en */
	p->para_cross = 4.0;
	p->para_skew = 2.5;
	p->cover = ALIGN_COVER;
	p->cover_ref = ALIGN_COVER_REF;
	p->diag = ALIGN_DIAG;
	p->temperature = 1.0;
	p->calib_scale = ALIGN_CALIB_SCALE;
	p->calib_shift = ALIGN_CALIB_SHIFT;
	p->ratio = 1.0;
	p->s2 = ALIGN_S2_INIT;
	p->wsrc = p->wtgt = 1.0;
	p->words = 1;
}

/* -log of the two-sided tail of a standard normal beyond d, tabulated
 * (step 1/DP_TAIL_STEPS, linear interpolation; exact to ~1e-4) because
 * erfc() and log() dominated the DP's time. */
#define DP_TAIL_STEPS 64
#define DP_TAIL_MAX 12
static double dp_tail[DP_TAIL_MAX * DP_TAIL_STEPS + 2];
static pthread_once_t dp_tail_once = PTHREAD_ONCE_INIT;

static void dp_tail_init(void)
{
	int k;

	for (k = 0; k < DP_TAIL_MAX * DP_TAIL_STEPS + 2; k++) {
		double d = (double)k / DP_TAIL_STEPS, t = erfc(d / M_SQRT2);
		double c = t > 1e-300 ? -log(t) : ALIGN_LEN_COST_MAX;
		dp_tail[k] = c < ALIGN_LEN_COST_MAX ? c : ALIGN_LEN_COST_MAX;
	}
}

static double dp_len_cost(const align_params *p, double ls, double lt)
{
	double l = (ls + lt / p->ratio) / 2 + 1, d, x;
	int k;

	d = fabs(lt - p->ratio * ls) / sqrt(p->s2 * l);
	if (d >= DP_TAIL_MAX)
		return ALIGN_LEN_COST_MAX;
	x = d * DP_TAIL_STEPS;
	k = (int)x;
	return dp_tail[k] + (x - k) * (dp_tail[k + 1] - dp_tail[k]);
}

/* ---- band ------------------------------------------------------------- */

typedef struct {
	size_t n, m;
	size_t *lo, *hi, *off;   /* n+1 rows; off has n+2 entries */
	size_t cells;
} dp_band;

/* Make a band valid: rows inside [0, m], lo <= hi, both non-decreasing,
 * lo[i] <= hi[i-1] (so every row is reachable from the one before), lo[0]
 * = 0 and hi[n] = m; then the cell offsets. Each step keeps what the
 * previous ones established. */
static void dp_band_fix(dp_band *bd)
{
	size_t i;

	bd->lo[0] = 0;
	bd->hi[bd->n] = bd->m;
	for (i = 0; i <= bd->n; i++) {
		if (bd->hi[i] > bd->m)
			bd->hi[i] = bd->m;
		if (bd->lo[i] > bd->hi[i])
			bd->lo[i] = bd->hi[i];
	}
	for (i = bd->n; i-- > 0;)
		if (bd->lo[i] > bd->lo[i + 1])
			bd->lo[i] = bd->lo[i + 1];
	for (i = 1; i <= bd->n; i++)
		if (bd->hi[i] < bd->hi[i - 1])
			bd->hi[i] = bd->hi[i - 1];
	for (i = 1; i <= bd->n; i++)
		if (bd->lo[i] > bd->hi[i - 1])
			bd->lo[i] = bd->hi[i - 1];
	bd->off[0] = 0;
	for (i = 0; i <= bd->n; i++)
		bd->off[i + 1] = bd->off[i] + (bd->hi[i] - bd->lo[i] + 1);
	bd->cells = bd->off[bd->n + 1];
}

/* Keys held by exactly one segment of a side: key -> segment + 1, or
 * UINT32_MAX when several segments hold it. */
static int dp_hapax(align_map *m, const align_side *x)
{
	size_t g, k;
	int error;

	if ((error = align_map_init(m, x->set_first[x->n] - x->set_first[0] +
			16)) < 0)
		return error;
	for (g = 0; g < x->n; g++) {
		for (k = x->set_first[g]; k < x->set_first[g + 1]; k++) {
			uint32_t *v = align_map_get(m, x->set[k]);

			if (!v)
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			*v = *v ? UINT32_MAX : (uint32_t)g + 1;
		}
	}
	return 0;
}

typedef struct {
	size_t i, j;
} dp_point;

static int dp_point_cmp(const void *a, const void *b)
{
	const dp_point *x = a, *y = b;

	if (x->i != y->i)
		return x->i < y->i ? -1 : 1;
	return x->j < y->j ? -1 : x->j > y->j;
}

/* Anchor chain: pairs (i, j) of segments sharing a key found nowhere
 * else on either side, kept when they form the longest chain increasing on
 * both sides (patience sorting). These points pin the band's centre;
 * between them the centre follows the weighted lengths. `out` receives
 * the chain with (0, 0) first and (n, m) last. */
static int dp_chain(dp_point **out, size_t *nout, const align_side *s,
	const align_side *t)
{
	align_map hs = { 0 }, ht = { 0 };
	dp_point *pt = NULL, *chain = NULL;
	size_t np = 0, k, len = 0, *tail = NULL, *prev = NULL;
	int error;

	*out = NULL;
	*nout = 0;
	if ((error = dp_hapax(&hs, s)) < 0 || (error = dp_hapax(&ht, t)) < 0)
		goto cleanup;
	pt = malloc((hs.n + 2) * sizeof(dp_point));
	tail = malloc((hs.n + 2) * sizeof(size_t));
	prev = malloc((hs.n + 2) * sizeof(size_t));
	chain = malloc((hs.n + 4) * sizeof(dp_point));
	if (!pt || !tail || !prev || !chain) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	for (k = 0; k < hs.cap; k++) {
		const align_kv *h = bitext_map__slot(&hs, k);
		const uint32_t *v;

		if (!h || h->val == UINT32_MAX)
			continue;
		v = align_map_find(&ht, h->key);
		if (!v || *v == UINT32_MAX)
			continue;
		pt[np].i = h->val - 1;
		pt[np].j = *v - 1;
		np++;
	}
	if (np > 1)
		qsort(pt, np, sizeof(dp_point), dp_point_cmp);
	for (k = 0; k < np; k++) {          /* strictly increasing in i and j */
		size_t lo = 0, hi = len;

		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (pt[tail[mid]].j < pt[k].j && pt[tail[mid]].i < pt[k].i)
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[k] = lo ? tail[lo - 1] : (size_t)-1;
		tail[lo] = k;
		if (lo == len)
			len++;
	}
	chain[0].i = chain[0].j = 0;
	k = len ? tail[len - 1] : (size_t)-1;
	for (np = len; np > 0; np--) {
		chain[np] = pt[k];
		k = prev[k];
	}
	chain[len + 1].i = s->n;
	chain[len + 1].j = t->n;
	*out = chain;
	*nout = len + 2;
	chain = NULL;
cleanup:
	bitext_map__dispose(&hs);
	bitext_map__dispose(&ht);
	free(pt);
	free(tail);
	free(prev);
	free(chain);
	return error;
}

static int dp_band_init(dp_band *bd, const align_side *s, const align_side *t,
	size_t *wp)
{
	dp_point *ch = NULL;
	size_t nch = 0, i, j = 0, k = 0, w;
	size_t big = s->n > t->n ? s->n : t->n;
	int error;

	bd->n = s->n;
	bd->m = t->n;
	bd->lo = malloc((s->n + 1) * sizeof(size_t));
	bd->hi = malloc((s->n + 1) * sizeof(size_t));
	bd->off = malloc((s->n + 2) * sizeof(size_t));
	if (!bd->lo || !bd->hi || !bd->off)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if ((error = dp_chain(&ch, &nch, s, t)) < 0)
		return error;
	/* anchor points at least every ALIGN_CHAIN_DENSE segments keep the
	 * centre close to the truth; without them the width grows with the
	 * length, which is all there is to go by */
	w = ALIGN_BAND_MIN;
	if (nch * ALIGN_CHAIN_DENSE < big)
		w += big / 1000;
	*wp = w;
	for (i = 0; i <= s->n; i++) {
		size_t i0, i1, j0, j1;
		double ls, lt, f;

		while (k + 2 < nch && ch[k + 1].i <= i)
			k++;
		i0 = ch[k].i;
		j0 = ch[k].j;
		i1 = ch[k + 1].i;
		j1 = ch[k + 1].j;
		ls = s->cum[i1] - s->cum[i0];
		lt = t->cum[j1] - t->cum[j0];
		f = ls > 0 ? (s->cum[i] - s->cum[i0]) / ls :
			(i1 > i0 ? (double)(i - i0) / (double)(i1 - i0) : 0);
		if (j < j0)
			j = j0;
		while (j < j1 && (lt > 0 ? (t->cum[j + 1] - t->cum[j0]) / lt :
				(double)(j + 1 - j0) / (double)(j1 - j0)) <= f + 1e-12)
			j++;
		bd->lo[i] = j > w ? j - w : 0;
		bd->hi[i] = j + w < t->n ? j + w : t->n;
	}
	free(ch);
	dp_band_fix(bd);
	return 0;
}

/* Band around a known path (the previous pass's links). */
static int dp_band_guided(dp_band *bd, const align_model *m, size_t w)
{
	size_t i, k, pi = 0, pj = 0;

	bd->n = m->s->n;
	bd->m = m->t->n;
	bd->lo = malloc((bd->n + 1) * sizeof(size_t));
	bd->hi = malloc((bd->n + 1) * sizeof(size_t));
	bd->off = malloc((bd->n + 2) * sizeof(size_t));
	if (!bd->lo || !bd->hi || !bd->off)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (i = 0; i <= bd->n; i++) {
		bd->lo[i] = (size_t)-1;
		bd->hi[i] = 0;
	}
	for (k = 0; k <= m->nguide; k++) {
		size_t ni = k < m->nguide ? pi + m->guide[k].nsrc : pi;
		size_t nj = k < m->nguide ? pj + m->guide[k].ntgt : pj;

		for (i = pi; i <= ni && i <= bd->n; i++) {
			size_t jl = pj > w ? pj - w : 0, jh = nj + w;

			if (jl < bd->lo[i])
				bd->lo[i] = jl;
			if (jh > bd->hi[i])
				bd->hi[i] = jh > bd->m ? bd->m : jh;
		}
		pi = ni;
		pj = nj;
	}
	for (i = 0; i <= bd->n; i++) {
		if (bd->lo[i] == (size_t)-1) {
			bd->lo[i] = 0;
			bd->hi[i] = bd->m;
		}
	}
	dp_band_fix(bd);
	return 0;
}

static void dp_band_dispose(dp_band *bd)
{
	free(bd->lo);
	free(bd->hi);
	free(bd->off);
}

#define DP_IN(bd, i, j) ((j) >= (bd)->lo[i] && (j) <= (bd)->hi[i])
#define DP_IX(bd, i, j) ((bd)->off[i] + (j) - (bd)->lo[i])

/* Items take part in the cost through bit masks: bit q of a segment's
 * mask stands for its item q (the first 64 items of a segment count; a
 * segment rarely has more). For a pair of segments (g, h) the DP keeps the
 * mask of g's items matched in h and of h's items matched in g, computed
 * once per band cell; a link ORs the masks of its segments. */
#define DP_MAXITEMS 64

typedef struct {
	const align_model *m;
	dp_band bd;
	uint64_t *pms, *pmt;        /* per band cell (i, j): pair (i-1, j-1) */
	float *difs, *dift;         /* per item, b = 1..ALIGN_GROUP_MAX:
	                               miss - match cost */
	uint64_t *msks, *mskt;      /* per segment g: [2g] the mask of its
	                               items rare on the other side
	                               (ALIGN_DIAG), [2g+1] of those that
	                               count for coverage (ALIGN_COVER) */
	double covc[(DP_MAXITEMS + 1) * (DP_MAXITEMS + 1)]; /* coverage cost
	                               of m matched of n: [n * 65 + m] */
	double *bases, *baset;      /* per segment, b = 0..ALIGN_GROUP_MAX:
	                               cost when no item matches */
} dp_ctx;

/* Is `key` in the sorted key set of segment g of side x? */
static int dp_has(const align_side *x, size_t g, uint64_t key)
{
	const uint64_t *set = x->set + x->set_first[g];
	size_t lo = 0, n = x->set_first[g + 1] - x->set_first[g], hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (set[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && set[lo] == key;
}

/* Items of segment g of x matched by segment h of y. */
static uint64_t dp_pair(const align_side *x, size_t g, const align_side *y,
	size_t h)
{
	uint64_t mask = 0;
	size_t it, k, q = 0;

	if (y->set_first[h] == y->set_first[h + 1])
		return 0;
	for (it = x->item_first[g]; it < x->item_first[g + 1] &&
			q < DP_MAXITEMS; it++, q++) {
		const align_item *item = &x->items[it];

		for (k = 0; k < item->nkeys; k++) {
			if (dp_has(y, h, x->keys[item->key_off + k])) {
				mask |= (uint64_t)1 << q;
				break;
			}
		}
	}
	return mask;
}

/* Costs of a miss (u) and a match (m) of an item against b segments. */
static void dp_item_costs(const align_params *p, const align_item *it,
	int b, double *u, double *m)
{
	double a = p->alpha[it->kind], l = p->lambda[it->kind];
	double q = 1 - pow(1 - (double)it->p, b), mc, uc;

	a = a < 0.05 ? 0.05 : a > 0.99 ? 0.99 : a;
	q = q < 1e-4 ? 1e-4 : q > 0.999 ? 0.999 : q;
	mc = l * log(q / a);
	uc = l * log((1 - q) / (1 - a));
	*m = mc < 0 ? mc : 0;
	*u = uc > 0 ? uc : 0;
}

static int dp_seg_costs(const align_model *m, const align_side *x,
	float **dif, double **base, uint64_t **mask)
{
	size_t g, it, q, it0 = x->item_first[0];
	int b;

	/* items of the segments 0..n only (a side may be a view of a longer
	 * one: align_fixed.c) */
	*dif = calloc((x->item_first[x->n] - it0) * ALIGN_GROUP_MAX + 1,
		sizeof(float));
	*base = calloc((x->n + 1) * (ALIGN_GROUP_MAX + 1), sizeof(double));
	*mask = calloc((x->n + 1) * 2, sizeof(uint64_t));
	if (!*dif || !*base || !*mask)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (g = 0; g < x->n; g++) {
		for (it = x->item_first[g], q = 0; it < x->item_first[g + 1] &&
				q < DP_MAXITEMS; it++, q++) {
			if (x->items[it].p <= ALIGN_DIAG_RARE)
				(*mask)[2 * g] |= (uint64_t)1 << q;
			/* learnt pairs are many and related (their lambda
			 * is low): they do not make a sentence covered */
			if (x->items[it].kind != ALIGN_K_LEX)
				(*mask)[2 * g + 1] |= (uint64_t)1 << q;
			for (b = 1; b <= ALIGN_GROUP_MAX; b++) {
				double u, mc;

				dp_item_costs(&m->p, &x->items[it], b, &u, &mc);
				(*dif)[(it - it0) * ALIGN_GROUP_MAX + (size_t)b - 1] =
					(float)(u - mc);
				(*base)[g * (ALIGN_GROUP_MAX + 1) + (size_t)b] += u;
				/* an omitted segment pays the misses of its items,
				 * except general dictionary words and cognates: every
				 * sentence has some, so they would make any omission
				 * dear */
				if (b == 1 && x->items[it].kind != ALIGN_K_DICT &&
						x->items[it].kind != ALIGN_K_COGNATE)
					(*base)[g * (ALIGN_GROUP_MAX + 1)] += u;
			}
		}
	}
	return 0;
}

/* Fill the pair masks of every band cell. */
static int dp_pairs(dp_ctx *cx, size_t from)
{
	const dp_band *bd = &cx->bd;
	size_t i, j;
	uint64_t *ps, *pt;

	/* rows before `from` kept their place: realloc keeps them */
	ps = realloc(cx->pms, (bd->cells + 1) * sizeof(uint64_t));
	if (ps)
		cx->pms = ps;
	pt = ps ? realloc(cx->pmt, (bd->cells + 1) * sizeof(uint64_t)) : NULL;
	if (pt)
		cx->pmt = pt;
	if (!ps || !pt)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (i = from > 1 ? from : 1; i <= bd->n; i++) {
		for (j = bd->lo[i] > 1 ? bd->lo[i] : 1; j <= bd->hi[i]; j++) {
			size_t ix = DP_IX(bd, i, j);
			cx->pms[ix] = dp_pair(cx->m->s, i - 1, cx->m->t, j - 1);
			cx->pmt[ix] = dp_pair(cx->m->t, j - 1, cx->m->s, i - 1);
		}
	}
	return 0;
}

static inline uint64_t dp_pm(const dp_ctx *cx, size_t g, size_t h, int tgt)
{
	const dp_band *bd = &cx->bd;

	if (DP_IN(bd, g + 1, h + 1))
		return (tgt ? cx->pmt : cx->pms)[DP_IX(bd, g + 1, h + 1)];
	return tgt ? dp_pair(cx->m->t, h, cx->m->s, g) :
		dp_pair(cx->m->s, g, cx->m->t, h);
}

/* The cost of segment g of side x in a link with b segments on the other
 * side (0: omitted), `matched` the mask of its items found in them: the
 * items' likelihood ratios, then the segment's coverage (ALIGN_COVER). */
/* Bits set in x (without a popcount instruction, __builtin_popcountll is a
 * library call: this is the DP's innermost loop). */
static inline unsigned dp_bits(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ULL;
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
	return (unsigned)((x * 0x0101010101010101ULL) >> 56);
}

static double dp_side_cost(const dp_ctx *cx, const align_side *x,
	const float *dif, const double *base, const uint64_t *mask, size_t g,
	size_t b, uint64_t matched)
{
	double c = base[g * (ALIGN_GROUP_MAX + 1) + b];
	size_t first = x->item_first[g] - x->item_first[0];
	uint64_t cm = mask[2 * g + 1];

	if (b > 0)
		c += cx->covc[dp_bits(cm) * (DP_MAXITEMS + 1) +
			dp_bits(matched & cm)];

	while (matched) {
		int q = __builtin_ctzll(matched);
		c -= dif[(first + (size_t)q) * ALIGN_GROUP_MAX + b - 1];
		matched &= matched - 1;
	}
	return c;
}

/* The coverage cost of a linked segment with k of its n coverage items
 * matched (ALIGN_COVER), for every n and k. */
static void dp_cover_table(dp_ctx *cx)
{
	const align_params *p = &cx->m->p;
	size_t n, k;

	for (n = 0; n <= DP_MAXITEMS; n++)
		for (k = 0; k <= DP_MAXITEMS; k++) {
			double c = k > n || p->cover <= 0 ? 0 : p->cover *
				(log(p->cover_ref) - log(((double)k + p->cover_ref) /
					((double)n + 1)));

			cx->covc[n * (DP_MAXITEMS + 1) + k] = c > 0 ? c : 0;
		}
}

static double dp_cost(const dp_ctx *cx, size_t i, size_t j, int shape)
{
	const align_model *m = cx->m;
	const align_params *p = &m->p;
	size_t a = (size_t)bitext_align__shape_a[shape], b = (size_t)bitext_align__shape_b[shape];
	size_t i0 = i - a, j0 = j - b, g, h;
	double c = p->shape_cost[shape];

	if (a && b && (m->omit_s || m->omit_t)) {
		/* a segment confirmed as omitted links to nothing */
		for (g = i0; m->omit_s && g < i; g++)
			if (m->omit_s[g])
				return DP_INF;
		for (h = j0; m->omit_t && h < j; h++)
			if (m->omit_t[h])
				return DP_INF;
	}
	if (a && b)
		c += dp_len_cost(p, m->s->cum[i] - m->s->cum[i0],
			m->t->cum[j] - m->t->cum[j0]);
	if (m->paragraphs) {
		for (g = i0 + 1; g < i; g++)
			c += m->s->pstart[g] ? p->para_cross : 0;
		for (h = j0 + 1; h < j; h++)
			c += m->t->pstart[h] ? p->para_cross : 0;
		if (a && b && m->s->pstart[i0] != m->t->pstart[j0])
			c += p->para_skew;
	}
	if (a == 2 && b == 2 && p->diag > 0) {
		/* rare items matched only across the diagonal: the boundary
		 * moved; none: two 1-1 links side by side (ALIGN_DIAG) */
		uint64_t x;

		x = dp_pm(cx, i0, j0 + 1, 0) & ~dp_pm(cx, i0, j0, 0) &
			cx->msks[2 * i0];
		x |= dp_pm(cx, i0 + 1, j0, 0) & ~dp_pm(cx, i0 + 1, j0 + 1, 0) &
			cx->msks[2 * (i0 + 1)];
		x |= dp_pm(cx, i0 + 1, j0, 1) & ~dp_pm(cx, i0, j0, 1) &
			cx->mskt[2 * j0];
		x |= dp_pm(cx, i0, j0 + 1, 1) & ~dp_pm(cx, i0 + 1, j0 + 1, 1) &
			cx->mskt[2 * (j0 + 1)];
		if (!x)
			c += p->diag;
	}
	for (g = i0; g < i; g++) {
		uint64_t mk = 0;
		for (h = j0; h < j; h++)
			mk |= dp_pm(cx, g, h, 0);
		c += dp_side_cost(cx, m->s, cx->difs, cx->bases, cx->msks, g, b,
			mk);
	}
	for (h = j0; h < j; h++) {
		uint64_t mk = 0;
		for (g = i0; g < i; g++)
			mk |= dp_pm(cx, g, h, 1);
		c += dp_side_cost(cx, m->t, cx->dift, cx->baset, cx->mskt, h, a,
			mk);
	}
	return c;
}

/* Cost-domain log-sum-exp of x[0..n) at temperature T. */
static double dp_lse(const double *x, int n, double T)
{
	double mn = DP_INF, s = 0;
	int k;

	for (k = 0; k < n; k++)
		if (x[k] < mn)
			mn = x[k];
	if (mn >= DP_INF)
		return DP_INF;
	for (k = 0; k < n; k++)
		s += exp(-(x[k] - mn) / T);
	return mn - T * log(s);
}

/* Forward: Viterbi scores V, back pointers bp, and (when A) the forward
 * sums. */
static void dp_forward(const dp_ctx *cx, double *V, unsigned char *bp,
	double *A, size_t from)
{
	const align_model *m = cx->m;
	const dp_band *bd = &cx->bd;
	size_t i, j;
	double T = m->p.temperature;

	for (i = from; i <= bd->n; i++) {
		if (m->progress && !(i & 1023))
			m->progress((size_t)m->pass * (bd->n + 1) + i,
				(size_t)m->npasses * (bd->n + 1), m->payload);
		for (j = bd->lo[i]; j <= bd->hi[i]; j++) {
			size_t ix = DP_IX(bd, i, j);
			double best = DP_INF, x[ALIGN_NSHAPES];
			int k, nx = 0, bk = 0;

			if (i == 0 && j == 0) {
				V[ix] = 0;
				if (A)
					A[ix] = 0;
				bp[ix] = 0;
				continue;
			}
			for (k = 0; k < ALIGN_NSHAPES; k++) {
				size_t a = (size_t)bitext_align__shape_a[k];
				size_t b = (size_t)bitext_align__shape_b[k];
				size_t px;
				double c;

				if (a > i || b > j || !DP_IN(bd, i - a, j - b))
					continue;
				px = DP_IX(bd, i - a, j - b);
				if (V[px] >= DP_INF)
					continue;
				c = dp_cost(cx, i, j, k);
				if (V[px] + c < best) {
					best = V[px] + c;
					bk = k;
				}
				if (A)
					x[nx++] = A[px] + c;
			}
			V[ix] = best;
			bp[ix] = (unsigned char)bk;
			if (A)
				A[ix] = dp_lse(x, nx, T);
		}
	}
}

static void dp_backward(const dp_ctx *cx, double *B)
{
	const align_model *m = cx->m;
	const dp_band *bd = &cx->bd;
	size_t i, j;
	double T = m->p.temperature;

	for (i = bd->n + 1; i-- > 0;) {
		for (j = bd->hi[i] + 1; j-- > bd->lo[i];) {
			size_t ix = DP_IX(bd, i, j);
			double x[ALIGN_NSHAPES];
			int k, nx = 0;

			if (i == bd->n && j == bd->m) {
				B[ix] = 0;
				continue;
			}
			for (k = 0; k < ALIGN_NSHAPES; k++) {
				size_t a = (size_t)bitext_align__shape_a[k];
				size_t b = (size_t)bitext_align__shape_b[k];
				size_t nx_ix;

				if (i + a > bd->n || j + b > bd->m ||
						!DP_IN(bd, i + a, j + b))
					continue;
				nx_ix = DP_IX(bd, i + a, j + b);
				if (B[nx_ix] >= DP_INF)
					continue;
				x[nx++] = B[nx_ix] + dp_cost(cx, i + a, j + b, k);
			}
			B[ix] = dp_lse(x, nx, T);
		}
	}
}

typedef struct {
	const dp_ctx *cx;
	double *B;
} dp_bwd_job;

static void *dp_bwd_thread(void *arg)
{
	dp_bwd_job *job = arg;

	dp_backward(job->cx, job->B);
	return NULL;
}

/* Walk the back pointers; widen the band where the path nears its edge.
 * Returns 1 when the band changed. */
/* Widen the band where the path nears its edge; *first receives the
 * first row whose columns changed. Returns 1 when the band changed. */
static int dp_widen(dp_band *bd, const unsigned char *bp, size_t w, int round,
	size_t *first)
{
	size_t i = bd->n, j = bd->m, k, ext = (2 * w) << round, n = 0, p;
	size_t *path = malloc((bd->n + bd->m + 2) * 2 * sizeof(size_t));
	size_t *olo = malloc((bd->n + 1) * 2 * sizeof(size_t));
	int changed = 0;

	if (!path || !olo) {
		free(path);
		free(olo);
		return 0;
	}
	for (k = 0; k <= bd->n; k++) {       /* the band before widening */
		olo[2 * k] = bd->lo[k];
		olo[2 * k + 1] = bd->hi[k];
	}
	/* the path first: the band must not change while it is walked */
	while (i > 0 || j > 0) {
		int s = bp[DP_IX(bd, i, j)];

		path[2 * n] = i;
		path[2 * n + 1] = j;
		n++;
		i -= (size_t)bitext_align__shape_a[s];
		j -= (size_t)bitext_align__shape_b[s];
	}
	for (p = 0; p < n; p++) {
		int near_lo, near_hi;

		i = path[2 * p];
		j = path[2 * p + 1];
		near_lo = bd->lo[i] > 0 && j < bd->lo[i] + 2;
		near_hi = bd->hi[i] < bd->m && j + 2 > bd->hi[i];
		if (near_lo || near_hi) {
			size_t from = i > ext ? i - ext : 0;
			size_t to = i + ext < bd->n ? i + ext : bd->n;

			for (k = from; k <= to; k++) {
				size_t nlo = j > ext ? j - ext : 0;
				size_t nhi = j + ext < bd->m ? j + ext : bd->m;

				if (near_lo && nlo < bd->lo[k]) {
					bd->lo[k] = nlo;
					changed = 1;
				}
				if (near_hi && nhi > bd->hi[k]) {
					bd->hi[k] = nhi;
					changed = 1;
				}
			}
		}
	}
	free(path);
	if (changed) {
		dp_band_fix(bd);
		*first = 0;
		for (k = 0; olo && k <= bd->n; k++)
			if (olo[2 * k] != bd->lo[k] || olo[2 * k + 1] != bd->hi[k])
				break;
		if (olo)
			*first = k;
	}
	free(olo);
	return changed;
}

/* Share of the link's items that find their counterpart in it, smoothed:
 * (matched + 0.5) / (items + 1). */
static double dp_support(const dp_ctx *cx, size_t i, size_t j, int shape)
{
	const align_model *m = cx->m;
	size_t a = (size_t)bitext_align__shape_a[shape], b = (size_t)bitext_align__shape_b[shape];
	size_t g, h, tot = 0, hit = 0;

	for (g = i - a; g < i; g++) {
		uint64_t mk = 0;
		for (h = j - b; h < j; h++)
			mk |= dp_pm(cx, g, h, 0);
		tot += m->s->item_first[g + 1] - m->s->item_first[g];
		hit += (size_t)__builtin_popcountll(mk);
	}
	for (h = j - b; h < j; h++) {
		uint64_t mk = 0;
		for (g = i - a; g < i; g++)
			mk |= dp_pm(cx, g, h, 1);
		tot += m->t->item_first[h + 1] - m->t->item_first[h];
		hit += (size_t)__builtin_popcountll(mk);
	}
	return ((double)hit + 0.5) / ((double)tot + 1);
}

/* The confidence of a link: its posterior, corrected by how much of its
 * evidence it actually matches (see ALIGN_CONF_SUPPORT). */
static double dp_confidence(const dp_ctx *cx, size_t i, size_t j, int shape,
	double post)
{
	double p = post < 1e-6 ? 1e-6 : post > 1 - 1e-6 ? 1 - 1e-6 : post;
	double x = log(p / (1 - p)) + ALIGN_CONF_SUPPORT *
		(dp_support(cx, i, j, shape) - 0.5) - ALIGN_CONF_SHIFT;

	return 1 / (1 + exp(-x));
}

void bitext_align__link_paras(bitext_align_link *l, const align_side *s,
	const align_side *t)
{
	l->src_para = l->nsrc ? s->para[l->src] :
		(l->src > 0 ? s->para[l->src - 1] : 0);
	l->tgt_para = l->ntgt ? t->para[l->tgt] :
		(l->tgt > 0 ? t->para[l->tgt - 1] : 0);
}

static int dp_backtrace(const dp_ctx *cx, const unsigned char *bp,
	const double *A, const double *B, bitext_align_link **out, size_t *nout)
{
	const align_model *m = cx->m;
	const dp_band *bd = &cx->bd;
	size_t i = bd->n, j = bd->m, n = 0, cap = 0, k;
	bitext_align_link *l = NULL;
	double Z = A[DP_IX(bd, bd->n, bd->m)], T = m->p.temperature;

	while (i > 0 || j > 0) {
		int s = bp[DP_IX(bd, i, j)];
		size_t a = (size_t)bitext_align__shape_a[s], b = (size_t)bitext_align__shape_b[s];
		double c = dp_cost(cx, i, j, s), post;

		if (bitext__grow((void **)&l, &cap, n + 1, sizeof(*l)) < 0) {
			free(l);
			return BITEXT_ENOMEM;
		}
		post = exp(-(A[DP_IX(bd, i - a, j - b)] + c + B[DP_IX(bd, i, j)] -
			Z) / T);
		l[n].src = i - a;
		l[n].nsrc = a;
		l[n].tgt = j - b;
		l[n].ntgt = b;
		l[n].confidence = dp_confidence(cx, i, j, s, post);
		l[n].confirmed = 0;
		bitext_align__link_paras(&l[n], m->s, m->t);
		n++;
		i -= a;
		j -= b;
	}
	for (k = 0; k < n / 2; k++) {
		bitext_align_link tmp = l[k];
		l[k] = l[n - 1 - k];
		l[n - 1 - k] = tmp;
	}
	*out = l;
	*nout = n;
	return 0;
}

int bitext_align__dp(const align_model *m, bitext_align_link **links, size_t *nlinks)
{
	dp_ctx cx;
	dp_band *bd = &cx.bd;
	size_t w, from = 0;
	double *V = NULL, *A = NULL, *B = NULL;
	pthread_t th;
	dp_bwd_job job;
	int threaded = 0, have_b = 0;
	unsigned char *bp = NULL;
	int error, round;

	memset(&cx, 0, sizeof(cx));
	cx.m = m;
	pthread_once(&dp_tail_once, dp_tail_init);
	*links = NULL;
	*nlinks = 0;
	if (!m->s->n && !m->t->n)
		return 0;
	w = ALIGN_BAND_GUIDED;
	if ((error = m->guide ? dp_band_guided(bd, m, w) :
			dp_band_init(bd, m->s, m->t, &w)) < 0 ||
		(error = dp_seg_costs(m, m->s, &cx.difs, &cx.bases,
			&cx.msks)) < 0 ||
		(error = dp_seg_costs(m, m->t, &cx.dift, &cx.baset,
			&cx.mskt)) < 0)
		goto cleanup;
	dp_cover_table(&cx);
	for (round = 0;; round++) {
		double *nv, *na;
		unsigned char *nb;

		if (bd->cells > BITEXT_MAX_DP_CELLS) {
			error = bitext_error_set(BITEXT_ELIMIT, "align_too_big", NULL);
			goto cleanup;
		}
		/* rows before `from` are unchanged and keep their place */
		nv = realloc(V, (bd->cells + 1) * sizeof(double));
		if (nv)
			V = nv;
		na = nv ? realloc(A, (bd->cells + 1) * sizeof(double)) : NULL;
		if (na)
			A = na;
		nb = na ? realloc(bp, bd->cells + 1) : NULL;
		if (nb)
			bp = nb;
		if (!nb) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			goto cleanup;
		}
		if ((error = dp_pairs(&cx, from)) < 0)
			goto cleanup;
		/* the first round usually is the last: the backward pass runs
		 * beside the forward one, on the other core */
		if (round == 0 && bd->cells > DP_THREAD_CELLS &&
				(B = malloc((bd->cells + 1) * sizeof(double)))) {
			job.cx = &cx;
			job.B = B;
			threaded = pthread_create(&th, NULL, dp_bwd_thread, &job) == 0;
		}
		dp_forward(&cx, V, bp, A, from);
		if (threaded) {
			pthread_join(th, NULL);
			threaded = 0;
			have_b = 1;
		}
		if (!(V[DP_IX(bd, bd->n, bd->m)] < DP_INF)) {
			error = bitext_error_set(BITEXT_ERROR, "err_internal",
				"align: no path", NULL);
			goto cleanup;
		}
		if (m->debug)
			fprintf(m->debug, "align: round %d, %zu cells, from row %zu\n",
				round, bd->cells, from);
		if (round + 1 >= ALIGN_BAND_ROUNDS ||
				bd->cells > ALIGN_BAND_BUDGET ||
				!dp_widen(bd, bp, w, round, &from))
			break;
		have_b = 0;                      /* the band changed */
	}
	if (!have_b) {
		free(B);
		B = NULL;
		dp_backward(&cx, V);             /* V now holds B */
	}
	error = dp_backtrace(&cx, bp, A, have_b ? B : V, links, nlinks);
cleanup:
	if (threaded)
		pthread_join(th, NULL);
	free(B);
	free(V);
	free(A);
	free(bp);
	free(cx.pms);
	free(cx.pmt);
	free(cx.difs);
	free(cx.dift);
	free(cx.bases);
	free(cx.baset);
	free(cx.msks);
	free(cx.mskt);
	dp_band_dispose(bd);
	return error;
}

void bitext_align__estimate_alpha(align_model *m, const bitext_align_link *links,
	size_t n)
{
	double hit[ALIGN_NKINDS] = { 0 }, tot[ALIGN_NKINDS] = { 0 };
	size_t l, it, q;
	int k, side;

	for (l = 0; l < n; l++) {
		const bitext_align_link *k1 = &links[l];

		if (k1->nsrc != 1 || k1->ntgt != 1 ||
				k1->confidence < ALIGN_CONFIDENT)
			continue;
		for (side = 0; side < 2; side++) {
			const align_side *x = side ? m->t : m->s, *y = side ? m->s : m->t;
			size_t g = side ? k1->tgt : k1->src, h = side ? k1->src : k1->tgt;
			uint64_t mask = dp_pair(x, g, y, h);

			for (it = x->item_first[g], q = 0; it < x->item_first[g + 1] &&
					q < DP_MAXITEMS; it++, q++) {
				tot[x->items[it].kind] += 1;
				hit[x->items[it].kind] += (mask >> q) & 1;
			}
		}
	}
	for (k = 0; k < ALIGN_NKINDS; k++)
		m->p.alpha[k] = (hit[k] + ALIGN_ALPHA_SMOOTH * bitext_align__alpha_prior[k]) /
			(tot[k] + ALIGN_ALPHA_SMOOTH);
}
