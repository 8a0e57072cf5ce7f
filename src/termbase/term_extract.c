/*
 * term_extract.c - term candidates from aligned units (termbase.h,
 * bitext_term_extractor_*), for a person to review.
 *
 * Phrases: runs of 1..max_words word tokens (ICU word break iterator) that
 * neither start nor end with a function word; Korean words are taken in
 * their stem form (particles stripped, bitext_stem_ko()), predicates (ending
 * in 다) are left out. Pass 1 counts the units each phrase occurs in;
 * pass 2 counts, for phrases seen at least min_count times, the units
 * where a source and a target phrase occur together. Each source phrase
 * keeps its best target by Dice coefficient 2*c(s,t) / (c(s) + c(t)),
 * ties to the longer target.
 *
 * Names: Hangul/Kana words of 2-4 syllables against capitalized target
 * word runs of the same unit, by romanization similarity
 * (bitext/translit.h) at or above BITEXT_TRANSLIT_MATCH.
 *
 * Invariants: phrase keys are lower-cased (ASCII) UTF-8; a phrase is
 * counted once per unit (last_unit); all strings live in the arena.
 */
#include "lang/lang_int.h"
#include "util/arena.h"
#include "util/utf8.h"
#include "util/vec.h"
#include "util/hashmap.h"

#include <bitext/errors.h>
#include <bitext/termbase.h>
#include <bitext/stem.h>
#include <bitext/translit.h>


#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct xphrase {
	const char *text;          /* display form */
	size_t count;              /* units it occurs in */
	size_t last_unit;          /* unit it was last counted for, +1 */
	size_t words;
	size_t text_n;             /* occurrences of the display form */
} xphrase;

typedef struct xtok {
	size_t start, end;         /* surface span */
	size_t kend;               /* end of the key (stem) */
	int cap;                   /* capitalized (Latin) */
	int hangul;                /* Hangul or Kana letters */
	int joined;                /* only a space or hyphen before it */
	int hyph;                  /* a hyphen right before it (Jong-un) */
	int stop;                  /* function word */
} xtok;

struct bitext_term_extractor {
	bitext_term_extract_options o;
	char src_lang[36], tgt_lang[36];
	bitext_arena arena;
	const char **src, **tgt;   /* units */
	size_t *slen, *tlen;
	size_t nunits, aunits;
	bitext_tokenizer *bsrc, *btgt; /* the words of each side */
	bitext_token_list wtoks;
	bitext_strmap smap, tmap, pmap, names, rom;
	bitext_strmap kwords;   /* Korean surface words seen */
	bitext_strmap kalts;    /* Korean stem -> surface words it is a
	                              stem of (other than itself) */
	bitext_strmap variants; /* phrase id + display form -> count */
	int kready;                /* kwords/kalts filled */
	xphrase *sp, *tp;
	size_t nsp, asp, ntp, atp;
	size_t *pair_s, *pair_t, *pair_n;  /* pair id -> s, t, count */
	size_t npair, apair;
	xtok *toks;
	size_t ntoks, atoks;
	size_t *ids;               /* phrase ids of the current unit */
	size_t nids, aids;
	bitext_buf key, disp;
	bitext_term_candidate *cands;
	size_t ncands, acands;
	bitext_translit *tr;
};

static const char *const en_stop[] = { "a", "an", "the", "of", "and", "or",
	"to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
	"was", "were", "be", "been", "it", "its", "this", "that", "these",
	"those", "he", "she", "they", "we", "i", "you", "his", "her", "their",
	"our", "has", "have", "had", "not", "but", "said", "says", "will",
	"would", "can", "could", "than", "which", "who", "what", "also", "after",
	"before", "more", "most", "about", "into", "over", "up", "out", "new",
	"one", "said", "there", "if", "so", "no", "do", "did", "may", "s", NULL };

static const char *const ko_stop[] = { "그", "이", "저", "것", "수", "등",
	"및", "더", "또", "그리고", "하지만", "그러나", "이번", "지난", "올해",
	"때문", "위해", "대한", "통해", "따라", "관련", "가운데", "중", "후",
	"전", "때", "말", "또한", "이날", "현재", NULL };

static int x_tokens(bitext_term_extractor *x, bitext_tokenizer *bi,
	const char *s, size_t n, int korean, int src);

static int is_stop(const char *const *list, const char *w, size_t n)
{
	size_t i;

	for (i = 0; list[i]; i++)
		if (strlen(list[i]) == n && !strncasecmp(list[i], w, n))
			return 1;
	return 0;
}

int bitext_term_extractor_new(bitext_term_extractor **out,
	const bitext_term_extract_options *opts)
{
	bitext_term_extractor *x;
	int error = 0;

	*out = NULL;
	if (!opts || !opts->src_lang || !opts->tgt_lang)
		return bitext_error_set(BITEXT_EINVAL, "check_err_langs", NULL);
	x = calloc(1, sizeof(*x));
	if (!x)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	x->o = *opts;
	if (!x->o.min_count)
		x->o.min_count = 3;
	if (!x->o.max_words || x->o.max_words > 6)
		x->o.max_words = x->o.max_words ? 6 : 3;
	snprintf(x->src_lang, sizeof(x->src_lang), "%s", opts->src_lang);
	snprintf(x->tgt_lang, sizeof(x->tgt_lang), "%s", opts->tgt_lang);
	bitext_arena_init(&x->arena);
	bitext_map__str_init(&x->smap);
	bitext_map__str_init(&x->tmap);
	bitext_map__str_init(&x->pmap);
	bitext_map__str_init(&x->names);
	bitext_map__str_init(&x->rom);
	bitext_map__str_init(&x->kwords);
	bitext_map__str_init(&x->kalts);
	bitext_map__str_init(&x->variants);
	if ((error = bitext_tokenizer_new(&x->bsrc, x->src_lang)) < 0 ||
		(error = bitext_tokenizer_new(&x->btgt, x->tgt_lang)) < 0)
		goto cleanup;
	if ((error = bitext_translit_new(&x->tr)) < 0)
		goto cleanup;
cleanup:
	if (error < 0) {
		bitext_term_extractor_free(x);
		return error;
	}
	*out = x;
	return 0;
}

void bitext_term_extractor_free(bitext_term_extractor *x)
{
	if (!x)
		return;
	bitext_tokenizer_free(x->bsrc);
	bitext_tokenizer_free(x->btgt);
	bitext_token_list_dispose(&x->wtoks);
	bitext_translit_free(x->tr);
	bitext_map__str_dispose(&x->smap);
	bitext_map__str_dispose(&x->tmap);
	bitext_map__str_dispose(&x->pmap);
	bitext_map__str_dispose(&x->names);
	bitext_map__str_dispose(&x->rom);
	bitext_map__str_dispose(&x->kwords);
	bitext_map__str_dispose(&x->kalts);
	bitext_map__str_dispose(&x->variants);
	bitext_arena_dispose(&x->arena);
	free(x->src);
	free(x->tgt);
	free(x->slen);
	free(x->tlen);
	free(x->sp);
	free(x->tp);
	free(x->pair_s);
	free(x->pair_t);
	free(x->pair_n);
	free(x->toks);
	free(x->ids);
	free(x->cands);
	bitext_buf_dispose(&x->key);
	bitext_buf_dispose(&x->disp);
	free(x);
}

int bitext_term_extractor_add(bitext_term_extractor *x, const char *src,
	size_t slen, const char *tgt, size_t tlen)
{
	if (x->nunits == x->aunits) {
		size_t n = x->aunits ? x->aunits * 2 : 256;
		const char **a = realloc(x->src, n * sizeof(*a));
		const char **b = a ? realloc(x->tgt, n * sizeof(*b)) : NULL;
		size_t *c = b ? realloc(x->slen, n * sizeof(*c)) : NULL;
		size_t *d = c ? realloc(x->tlen, n * sizeof(*d)) : NULL;
		if (a) x->src = a;
		if (b) x->tgt = b;
		if (c) x->slen = c;
		if (d) x->tlen = d;
		if (!d)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		x->aunits = n;
	}
	x->src[x->nunits] = bitext_arena_strndup(&x->arena, src, slen);
	x->tgt[x->nunits] = bitext_arena_strndup(&x->arena, tgt, tlen);
	if (!x->src[x->nunits] || !x->tgt[x->nunits])
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	x->slen[x->nunits] = slen;
	x->tlen[x->nunits] = tlen;
	x->nunits++;
	return 0;
}

/*
 * The stem of a Korean word: the word itself when the memory has it as
 * the stem of another word (김정은 of 김정은이: its 은 is no particle), else
 * the longest stem attested elsewhere (as a word, or as the stem of two
 * words), else the shortest. Without the memory's evidence (x->kready 0)
 * the shortest.
 */
static size_t x_ko_stem(const bitext_term_extractor *x, const char *w,
	size_t n, const size_t *alts, size_t na)
{
	const bitext_strmap_slot *sl;
	size_t i;

	if (!x->kready)
		return alts[na - 1];
	if ((sl = bitext_map__str_get(&x->kalts, w, n)) && sl->value >= 1)
		return n;
	for (i = 0; i < na; i++)
		if (bitext_map__str_get(&x->kwords, w, alts[i]) ||
		    ((sl = bitext_map__str_get(&x->kalts, w, alts[i])) && sl->value >= 2))
			return alts[i];
	return alts[na - 1];
}

/* Fill kwords and kalts from the sources (pass 0). */
static int x_ko_learn(bitext_term_extractor *x)
{
	size_t u, i, k;
	int error;

	x->kready = 0;
	for (u = 0; u < x->nunits; u++) {
		if ((error = x_tokens(x, x->bsrc, x->src[u], x->slen[u], 1, 1)) < 0)
			return error;
		for (i = 0; i < x->ntoks; i++) {
			const char *w = x->src[u] + x->toks[i].start;
			size_t n = x->toks[i].end - x->toks[i].start, na;
			size_t lens[BITEXT_STEM_KO_MAX], *alts = lens + 1;
			int created;
			if (!x->toks[i].hangul)
				continue;
			if (!bitext_map__str_put(&x->kwords, w, n, 0, &created))
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			if (!created)
				continue;
			na = (size_t)bitext_stem_ko(lens, w, n) - 1;
			for (k = 0; k < na; k++) {
				bitext_strmap_slot *sl = bitext_map__str_put(&x->kalts,
					w, alts[k], 0, NULL);
				if (!sl)
					return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				sl->value++;
			}
		}
	}
	x->kready = 1;
	return 0;
}

/* Word tokens of one side with their keys' ends and flags. */
static int x_tokens(bitext_term_extractor *x, bitext_tokenizer *bi,
	const char *s, size_t n, int korean, int src)
{
	size_t prev_end = 0, i;
	int error;

	x->ntoks = 0;
	if ((error = bitext_tokenizer_run(bi, &x->wtoks, s, n)) < 0)
		return error;
	for (i = 0; i < x->wtoks.count; i++) {
		size_t a = x->wtoks.items[i].start, b = x->wtoks.items[i].end;
		xtok *t;
		size_t k, na, lens[BITEXT_STEM_KO_MAX], *alts = lens + 1;
		if (x->wtoks.items[i].kind != BITEXT_TOKEN_LETTERS) {
			if (x->wtoks.items[i].kind == BITEXT_TOKEN_NUMBER)
				prev_end = (size_t)-1;   /* a number breaks phrases */
			continue;
		}
		if ((error = bitext__grow((void **)&x->toks, &x->atoks,
		    x->ntoks + 1, sizeof(*t))) < 0)
			return error;
		t = &x->toks[x->ntoks++];
		/* an abbreviation keeps its final period: p.m., U.S. */
		if (!korean && (size_t)b < n && s[b] == '.' &&
		    memchr(s + a, '.', (size_t)(b - a)))
			b++;
		t->start = (size_t)a;
		t->end = t->kend = (size_t)b;
		t->hyph = prev_end != (size_t)-1 && x->ntoks > 1 &&
			t->start == prev_end + 1 && s[prev_end] == '-';
		t->joined = prev_end != (size_t)-1 && x->ntoks > 1;
		for (k = prev_end; t->joined && k < t->start; k++)
			if (s[k] != ' ' && s[k] != '-')
				t->joined = 0;
		prev_end = (size_t)b;
		t->cap = s[a] >= 'A' && s[a] <= 'Z';
		t->hangul = (unsigned char)s[a] >= 0xE3;
		if (korean) {
			na = (size_t)bitext_stem_ko(lens, s + a, (size_t)(b - a)) - 1;
			if (na)
				t->kend = (size_t)a + x_ko_stem(x, s + a, (size_t)(b - a),
					alts, na);
			t->stop = is_stop(ko_stop, s + a, t->kend - (size_t)a) ||
				t->kend - (size_t)a < 6 ||   /* one syllable */
				(t->end - t->start >= 3 && !memcmp(s + t->end - 3, "다", 3));
		} else {
			t->stop = is_stop(en_stop, s + a, (size_t)(b - a)) ||
				(src ? 0 : 0) || b - a < 2;
		}
	}
	return 0;
}

/* Count the display form in x->disp of phrase `id`; the form seen most
 * often is shown (Busan, not the dateline's BUSAN). */
static int x_variant(bitext_term_extractor *x, xphrase *p, size_t id,
	const bitext_strmap *map)
{
	bitext_buf k = BITEXT_BUF_INIT;
	bitext_strmap_slot *sl;
	char side = map == &x->smap ? 's' : 't';

	bitext_buf_put(&k, &side, 1);
	bitext_buf_put(&k, (const char *)&id, sizeof(id));
	bitext_buf_put(&k, x->disp.ptr ? x->disp.ptr : "", x->disp.size);
	sl = k.ptr ? bitext_map__str_put(&x->variants, k.ptr, k.size, 0, NULL) : NULL;
	bitext_buf_dispose(&k);
	if (!sl)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	sl->value++;
	if (sl->value > p->text_n) {
		if (strlen(p->text) != x->disp.size ||
		    memcmp(p->text, x->disp.ptr, x->disp.size)) {
			p->text = bitext_arena_strndup(&x->arena, x->disp.ptr, x->disp.size);
			if (!p->text)
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		}
		p->text_n = sl->value;
	}
	return 0;
}

/* The phrase ids of the unit's tokens (each once), looked up or created
 * in `map`; `create` 0 only looks up phrases of count >= min_count. */
static int x_phrases(bitext_term_extractor *x, const char *s,
	bitext_strmap *map, xphrase **arr, size_t *narr, size_t *aarr,
	size_t unit, int create)
{
	size_t i, w;
	int error;

	x->nids = 0;
	for (i = 0; i < x->ntoks; i++) {
		if (x->toks[i].stop || x->toks[i].hyph)
			continue;   /* not a phrase start, nor inside Jong-un */
		bitext_buf_clear(&x->key);
		bitext_buf_clear(&x->disp);
		for (w = 0; w < x->o.max_words && i + w < x->ntoks; w++) {
			const xtok *t = &x->toks[i + w];
			bitext_strmap_slot *sl;
			size_t k;
			int created;
			if (w && !t->joined)
				break;
			if (w) {
				bitext_buf_putc(&x->key, ' ');
				bitext_buf_put(&x->disp, s + x->toks[i + w - 1].end,
					t->start - x->toks[i + w - 1].end);
			}
			for (k = t->start; k < t->kend; k++) {
				char ch = s[k];
				bitext_buf_putc(&x->key, ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch);
			}
			bitext_buf_put(&x->disp, s + t->start, t->kend - t->start);
			if (t->stop || !x->key.ptr)
				continue;   /* may not end with a function word */
			if (i + w + 1 < x->ntoks && x->toks[i + w + 1].hyph)
				continue;   /* nor cut a hyphenated word (Kim Jong|-un) */
			if (create) {
				sl = bitext_map__str_put(map, x->key.ptr, x->key.size, *narr, &created);
				if (!sl)
					return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				if (created) {
					xphrase *p;
					if (bitext__grow((void **)arr, aarr, *narr + 1,
					    sizeof(**arr)) < 0)
						return BITEXT_ENOMEM;
					p = &(*arr)[(*narr)++];
					p->text = bitext_arena_strndup(&x->arena, x->disp.ptr, x->disp.size);
					p->count = 0;
					p->last_unit = 0;
					p->words = w + 1;
					p->text_n = 0;
					if (!p->text)
						return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				}
				if ((error = x_variant(x, &(*arr)[sl->value], sl->value, map)) < 0)
					return error;
			} else {
				sl = bitext_map__str_get(map, x->key.ptr, x->key.size);
				if (!sl || (*arr)[sl->value].count < x->o.min_count)
					continue;
			}
			if ((*arr)[sl->value].last_unit == unit + 1)
				continue;
			(*arr)[sl->value].last_unit = unit + 1;
			if (create)
				(*arr)[sl->value].count++;
			if (bitext__grow((void **)&x->ids, &x->aids, x->nids + 1,
			    sizeof(*x->ids)) < 0)
				return BITEXT_ENOMEM;
			x->ids[x->nids++] = sl->value;
		}
	}
	return 0;
}

static int cand_cmp(const void *a, const void *b)
{
	const bitext_term_candidate *x = a, *y = b;

	if (x->name != y->name)
		return x->name > y->name ? -1 : 1;   /* names first: two kinds of
		                                        evidence (spelling, units) */
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->source, y->source);
}

static int x_known(const bitext_term_extractor *x, const char *s, const char *t)
{
	size_t idx[16], n, i, j;

	if (!x->o.known)
		return 0;
	n = bitext_termbase_lookup(x->o.known, x->src_lang, s, strlen(s), idx, 16);
	for (i = 0; i < n && i < 16; i++) {
		const bitext_concept *k = bitext_termbase_concept(x->o.known,
			bitext_termbase_term(x->o.known, idx[i])->concept);
		for (j = 0; j < k->nterms; j++)
			if (!strcasecmp(bitext_termbase_term(x->o.known, k->first_term + j)->text, t))
				return 1;
	}
	return 0;
}

static int x_add_cand(bitext_term_extractor *x, const char *s, const char *t,
	size_t count, double score, int name)
{
	bitext_term_candidate *c;

	if (x_known(x, s, t))
		return 0;
	if (bitext__grow((void **)&x->cands, &x->acands, x->ncands + 1,
	    sizeof(*x->cands)) < 0)
		return BITEXT_ENOMEM;
	c = &x->cands[x->ncands++];
	c->source = s;
	c->target = t;
	c->count = count;
	c->score = score;
	c->name = name;
	return 0;
}

/* Names: Hangul words against runs of capitalized target words. */
static int x_names(bitext_term_extractor *x, size_t u, int korean)
{
	xtok stoks[64];
	size_t ns = 0, i, j, w;
	int error;

	if ((error = x_tokens(x, x->bsrc, x->src[u], x->slen[u], korean, 1)) < 0)
		return error;
	for (i = 0; i < x->ntoks && ns < 63; i++) {
		size_t n = x->toks[i].kend - x->toks[i].start;
		if (!x->toks[i].hangul || x->toks[i].stop)
			continue;
		if (n >= 6 && n <= 12)
			stoks[ns++] = x->toks[i];
		/* the whole word too: 김정은 is not 김정 + 은 */
		if (x->toks[i].kend != x->toks[i].end &&
		    x->toks[i].end - x->toks[i].start <= 12) {
			stoks[ns] = x->toks[i];
			stoks[ns].kend = stoks[ns].end;
			ns++;
		}
	}
	if (!ns)
		return 0;
	if ((error = x_tokens(x, x->btgt, x->tgt[u], x->tlen[u], 0, 0)) < 0)
		return error;
	for (i = 0; i < ns; i++) {
		const char *sw = x->src[u] + stoks[i].start;
		size_t sn = stoks[i].kend - stoks[i].start;
		bitext_strmap_slot *r = bitext_map__str_get(&x->rom, sw, sn);
		const char *rom;
		if (!r) {
			bitext_buf b = BITEXT_BUF_INIT;
			int ok = bitext_translit_romanize(x->tr, &b, sw, sn);
			const char *k = ok == 1 && b.ptr ?
				bitext_arena_strndup(&x->arena, b.ptr, b.size) : NULL;
			bitext_buf_dispose(&b);
			r = bitext_map__str_put(&x->rom, sw, sn, (size_t)(uintptr_t)k, NULL);
			if (!r)
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		}
		rom = (const char *)(uintptr_t)r->value;
		if (!rom)
			continue;
		for (j = 0; j < x->ntoks; j++) {
			if (!x->toks[j].cap || x->toks[j].stop || x->toks[j].hyph)
				continue;
			for (w = 0; w < 3 && j + w < x->ntoks; w++) {
				const xtok *a = &x->toks[j], *z = &x->toks[j + w];
				double sim;
				size_t zend = z->end;
				const char *tw = x->tgt[u];
				if (w && (!z->joined || (!z->cap && tw[z->start - 1] != '-')))
					break;
				if (j + w + 1 < x->ntoks && x->toks[j + w + 1].hyph)
					continue;   /* Kim Jong-un is not Kim Jong */
				if (zend - a->start > 2 && tw[zend - 2] == '\'' && tw[zend - 1] == 's')
					zend -= 2;
				else if (zend - a->start > 4 && !memcmp(tw + zend - 4, "\xE2\x80\x99s", 4))
					zend -= 4;
				sim = bitext_translit_similarity_latin(rom, strlen(rom),
					korean ? "ko" : NULL, x->tgt[u] + a->start, zend - a->start);
				if (sim >= BITEXT_TRANSLIT_MATCH) {
					bitext_strmap_slot *sl;
					int created;
					bitext_buf_clear(&x->key);
					bitext_buf_put(&x->key, sw, sn);
					bitext_buf_putc(&x->key, '\t');
					{
						size_t q;
						for (q = a->start; q < zend; q++) {
							char ch = x->tgt[u][q];
							bitext_buf_putc(&x->key, ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch);
						}
					}
					sl = bitext_map__str_put(&x->names, x->key.ptr, x->key.size, 0, &created);
					if (!sl)
						return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
					if (created) {
						/* remember the score in the arena, count in value */
						double *d = bitext_arena_alloc(&x->arena, sizeof(double));
						if (!d)
							return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
						*d = sim;
						sl->value = (size_t)(uintptr_t)d;
					}
					*(double *)(uintptr_t)sl->value += 1000.0;   /* count */
				}
			}
		}
	}
	return 0;
}

/* A phrase pair that a name explains is left out: the same source (광주 →
 * standstill beside 광주 → Gwangju; 부산 → Busan twice), a source cut from a
 * name's (김정 of 김정은), or the same target (국방위원회 → Kim Jong-un). */
static int x_drop_explained(bitext_term_extractor *x)
{
	bitext_strmap src, tgt;
	bitext_buf low = BITEXT_BUF_INIT;
	size_t i, k, out = 0;
	int error = 0;

	bitext_map__str_init(&src);
	bitext_map__str_init(&tgt);
	for (i = 0; i < x->ncands; i++) {
		const bitext_term_candidate *c = &x->cands[i];
		size_t n = strlen(c->source);
		if (!c->name)
			continue;
		for (k = 1; k <= n; k++)   /* the name and its prefixes */
			if ((k == n || ((unsigned char)c->source[k] & 0xC0) != 0x80) &&
			    !bitext_map__str_put(&src, c->source, k, 0, NULL))
				goto nomem;
		bitext_buf_clear(&low);
		for (k = 0; c->target[k]; k++)
			bitext_buf_putc(&low, c->target[k] >= 'A' && c->target[k] <= 'Z' ?
				(char)(c->target[k] + 32) : c->target[k]);
		if (!low.ptr || !bitext_map__str_put(&tgt, low.ptr, low.size, 0, NULL))
			goto nomem;
	}
	for (i = 0; i < x->ncands; i++) {
		const bitext_term_candidate *c = &x->cands[i];
		if (!c->name) {
			if (bitext_map__str_get(&src, c->source, strlen(c->source)))
				continue;
			bitext_buf_clear(&low);
			for (k = 0; c->target[k]; k++)
				bitext_buf_putc(&low, c->target[k] >= 'A' && c->target[k] <= 'Z' ?
					(char)(c->target[k] + 32) : c->target[k]);
			if (!low.ptr)
				goto nomem;
			if (bitext_map__str_get(&tgt, low.ptr, low.size))
				continue;
		}
		x->cands[out++] = *c;
	}
	x->ncands = out;
	goto done;
nomem:
	error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
done:
	bitext_map__str_dispose(&src);
	bitext_map__str_dispose(&tgt);
	bitext_buf_dispose(&low);
	return error;
}

int bitext_term_extractor_run(bitext_term_extractor *x,
	const bitext_term_candidate **out, size_t *count)
{
	int korean = bitext_lang__is(x->src_lang, "ko");
	size_t u, i, j, *best = NULL;
	double *best_score = NULL, *tbest = NULL;
	int error = 0;

	*out = NULL;
	*count = 0;
	x->ncands = 0;
	/* pass 0: which Korean words are stems of others */
	if (korean && !x->kready && (error = x_ko_learn(x)) < 0)
		return error;
	/* pass 1: phrase counts */
	for (u = 0; u < x->nunits; u++) {
		if ((error = x_tokens(x, x->bsrc, x->src[u], x->slen[u], korean, 1)) < 0 ||
		    (error = x_phrases(x, x->src[u], &x->smap, &x->sp, &x->nsp, &x->asp, u, 1)) < 0 ||
		    (error = x_tokens(x, x->btgt, x->tgt[u], x->tlen[u], 0, 0)) < 0 ||
		    (error = x_phrases(x, x->tgt[u], &x->tmap, &x->tp, &x->ntp, &x->atp, u, 1)) < 0)
			return error;
	}
	for (i = 0; i < x->nsp; i++)
		x->sp[i].last_unit = 0;
	for (i = 0; i < x->ntp; i++)
		x->tp[i].last_unit = 0;
	/* pass 2: co-occurrence of frequent phrases */
	for (u = 0; u < x->nunits; u++) {
		size_t *sids, ns;
		if ((error = x_tokens(x, x->bsrc, x->src[u], x->slen[u], korean, 1)) < 0 ||
		    (error = x_phrases(x, x->src[u], &x->smap, &x->sp, &x->nsp, &x->asp, u, 0)) < 0)
			return error;
		ns = x->nids;
		if (!ns)
			continue;
		sids = malloc(ns * sizeof(*sids));
		if (!sids)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		memcpy(sids, x->ids, ns * sizeof(*sids));
		if ((error = x_tokens(x, x->btgt, x->tgt[u], x->tlen[u], 0, 0)) < 0 ||
		    (error = x_phrases(x, x->tgt[u], &x->tmap, &x->tp, &x->ntp, &x->atp, u, 0)) < 0) {
			free(sids);
			return error;
		}
		for (i = 0; i < ns; i++) {
			for (j = 0; j < x->nids; j++) {
				size_t key[2] = { sids[i], x->ids[j] };
				int created;
				bitext_strmap_slot *sl = bitext_map__str_put(&x->pmap,
					(const char *)key, sizeof(key), x->npair, &created);
				if (!sl) {
					free(sids);
					return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				}
				if (created) {
					if (x->npair == x->apair) {
						size_t m = x->apair ? x->apair * 2 : 4096;
						size_t *a = realloc(x->pair_s, m * sizeof(*a));
						size_t *b = a ? realloc(x->pair_t, m * sizeof(*b)) : NULL;
						size_t *c = b ? realloc(x->pair_n, m * sizeof(*c)) : NULL;
						if (a) x->pair_s = a;
						if (b) x->pair_t = b;
						if (c) x->pair_n = c;
						if (!c) {
							free(sids);
							return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
						}
						x->apair = m;
					}
					x->pair_s[x->npair] = sids[i];
					x->pair_t[x->npair] = x->ids[j];
					x->pair_n[x->npair] = 0;
					x->npair++;
				}
				x->pair_n[sl->value]++;
			}
		}
		free(sids);
	}
	/* best target per source phrase */
	best = malloc((x->nsp + 1) * sizeof(*best));
	best_score = malloc((x->nsp + 1) * sizeof(*best_score));
	if (!best || !best_score) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	for (i = 0; i < x->nsp; i++) {
		best[i] = (size_t)-1;
		best_score[i] = 0;
	}
	for (i = 0; i < x->npair; i++) {
		size_t s = x->pair_s[i], t = x->pair_t[i], n = x->pair_n[i];
		double d = 2.0 * (double)n / (double)(x->sp[s].count + x->tp[t].count);
		if (n < x->o.min_count || d < x->o.min_score)
			continue;
		if (best[s] == (size_t)-1 || d > best_score[s] + 1e-9 ||
		    (d > best_score[s] - 1e-9 &&
		     x->tp[t].words > x->tp[x->pair_t[best[s]]].words)) {
			best[s] = i;
			best_score[s] = d;
		}
	}
	/* a longer target holding the best one and nearly as frequent with
	 * the source is the better term (North Korea over North) */
	for (i = 0; i < x->npair; i++) {
		size_t s = x->pair_s[i], t = x->pair_t[i], n = x->pair_n[i], b = best[s];
		const char *bt, *hit;
		size_t bl;
		if (b == (size_t)-1 || b == i || n < x->o.min_count)
			continue;
		bt = x->tp[x->pair_t[b]].text;
		bl = strlen(bt);
		if (x->tp[t].words <= x->tp[x->pair_t[b]].words ||
		    n * 10 < x->pair_n[b] * 7)
			continue;
		hit = strcasestr(x->tp[t].text, bt);
		if (!hit || (hit > x->tp[t].text && hit[-1] != ' ' && hit[-1] != '-') ||
		    (hit[bl] && hit[bl] != ' ' && hit[bl] != '-'))
			continue;
		best[s] = i;
		best_score[s] = 2.0 * (double)n / (double)(x->sp[s].count + x->tp[t].count);
	}
	/* the target's side of the link: a target whose best source is another
	 * one (기자 → Yonhap, where 연합뉴스 → Yonhap scores higher) is that
	 * source's, not this one's */
	tbest = calloc(x->ntp + 1, sizeof(*tbest));
	if (!tbest) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	for (i = 0; i < x->npair; i++) {
		size_t s = x->pair_s[i], t = x->pair_t[i], n = x->pair_n[i];
		double d = 2.0 * (double)n / (double)(x->sp[s].count + x->tp[t].count);
		if (n >= x->o.min_count && d > tbest[t])
			tbest[t] = d;
	}
	for (i = 0; i < x->nsp; i++) {
		size_t p = best[i];
		if (p == (size_t)-1 || best_score[i] < tbest[x->pair_t[p]] - 1e-9)
			continue;
		if ((error = x_add_cand(x, x->sp[i].text, x->tp[x->pair_t[p]].text,
		    x->pair_n[p], best_score[i], 0)) < 0)
			goto cleanup;
	}
	/* names */
	if (korean || bitext_lang__is(x->src_lang, "ja")) {
		for (u = 0; u < x->nunits; u++)
			if ((error = x_names(x, u, korean)) < 0)
				goto cleanup;
		for (i = 0; i < x->names.map.cap; i++) {
			const bitext_strmap_slot *sl = bitext_map__slot(&x->names.map, i);
			const char *tab;
			double v;
			char *s, *t;
			if (!sl)
				continue;
			tab = memchr(sl->key, '\t', sl->klen);
			v = *(double *)(uintptr_t)sl->value;
			s = bitext_arena_strndup(&x->arena, sl->key, (size_t)(tab - sl->key));
			t = bitext_arena_strndup(&x->arena, tab + 1, sl->klen - (size_t)(tab + 1 - sl->key));
			/* names are shown capitalized: seoul -> Seoul, kim jong-un -> Kim Jong-un */
			if (t) {
				char *q;
				for (q = t; *q; q++)
					if ((q == t || q[-1] == ' ') && *q >= 'a' && *q <= 'z')
						*q = (char)(*q - 32);
			}
			if (!s || !t) {
				error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				goto cleanup;
			}
			if ((error = x_add_cand(x, s, t, (size_t)(v / 1000.0),
			    v - 1000.0 * (double)(size_t)(v / 1000.0), 1)) < 0)
				goto cleanup;
		}
	}
	if ((error = x_drop_explained(x)) < 0)
		goto cleanup;
	if (x->ncands > 1)
		qsort(x->cands, x->ncands, sizeof(*x->cands), cand_cmp);
	*out = x->cands;
	*count = x->ncands;
cleanup:
	free(best);
	free(best_score);
	free(tbest);
	return error;
}
