/*
 * tmx_lookup.c - fuzzy and concordance lookup in a translation memory
 * (bitext_tm_index_*), the way CAT tools present matches.
 *
 * Score. Both texts are normalized - NFC, Unicode case folding, every run
 * of white space made one space, trimmed - and compared as code points:
 *     score = 100 * (1 - levenshtein(q, c) / max(|q|, |c|))
 * so 100 means equal after normalization and 70 means 30 % of the longer
 * text must change.
 *
 * Index. Built in memory when the memory is read (no side file). Each
 * normalized source is padded with a start and an end mark and cut into
 * character trigrams; each distinct trigram, hashed into one of 2^22
 * buckets, lists the units holding it (postings in one flat array,
 * counting-sort layout: `start[bucket]` .. `start[bucket + 1]`).
 *
 * Query. For the distinct buckets of the query, the units of each posting
 * list get one hit. An edit changes at most three trigram positions, so a
 * candidate within distance d shares at least |G(q)| - 3d trigrams of the
 * query; with the minimum score this bounds d, hence the hits needed, and
 * the length of candidates (|q| * s/100 .. |q| * 100/s). Very common
 * buckets (in more than 1/8 of the units) are not walked; the bound then
 * allows for them. Candidates are verified best-hits-first with a banded
 * Levenshtein; verification stops when the hits left cannot reach the
 * worst score kept. Memory: the UTF-8 source and target texts, 4 bytes per
 * (unit, distinct trigram) and 16 MiB of bucket starts.
 */
#include "tmx/tmx_int.h"
#include "bitext/errors.h"
#include "bitext/io.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#define IDX_BITS 22
#define IDX_BUCKETS ((size_t)1 << IDX_BITS)
#define IDX_MAXLEN 2000           /* code points compared; longer is cut */

typedef struct {
	char *source;                 /* UTF-8, as in the memory */
	char *target;
	char *tuid;
} idx_unit;

struct bitext_tm_index {
	idx_unit *units;
	size_t n, cap;
	tmx_pool texts;               /* every string of units[] */
	uint16_t *len;                /* normalized source length per unit */
	size_t lcap;
	uint32_t *gram;               /* build only: distinct buckets, unit by unit */
	size_t ngram, gcap;
	UChar32 *norm;                /* build only: scratch */
	uint32_t *start;              /* IDX_BUCKETS + 1 offsets into post */
	uint32_t *post;               /* unit ids */
	char *blob;                   /* loaded index: every string */
	/* per-query scratch */
	uint16_t *hits;               /* per unit */
	uint32_t *touched;            /* units with hits > 0 */
	bitext_tm_match *matches;
	size_t nmatches;
};


/* ---- normalization ------------------------------------------------------- */

/* Normalized code points of UTF-8 `s` into out (at most IDX_MAXLEN). */
static int32_t idx_normalize(const char *s, UChar32 *out)
{
	UErrorCode st = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
	UChar a[IDX_MAXLEN + 1], b[IDX_MAXLEN + 1];
	int32_t n = 0, m, i = 0, k = 0;
	UChar32 c;
	int space = 0;

	u_strFromUTF8Lenient(a, IDX_MAXLEN, &n, s, -1, &st);
	if (st == U_BUFFER_OVERFLOW_ERROR || st == U_STRING_NOT_TERMINATED_WARNING)
		st = U_ZERO_ERROR, n = IDX_MAXLEN;
	if (U_FAILURE(st))
		return 0;
	m = u_strFoldCase(b, IDX_MAXLEN, a, n, U_FOLD_CASE_DEFAULT, &st);
	if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING)
		st = U_ZERO_ERROR, m = m > IDX_MAXLEN ? IDX_MAXLEN : m;
	n = unorm2_normalize(nfc, b, m, a, IDX_MAXLEN, &st);
	if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING) {
		st = U_ZERO_ERROR;
		memcpy(a, b, (size_t)m * sizeof(UChar));
		n = m;
	}
	while (i < n) {
		U16_NEXT(a, i, n, c);
		if (u_isUWhiteSpace(c)) {
			space = k > 0;
			continue;
		}
		if (space)
			out[k++] = ' ';
		space = 0;
		out[k++] = c;
	}
	return k;
}

/* Bucket of the trigram starting at p[i] of the padded text. */
static uint32_t idx_gram(const UChar32 *t, int32_t len, int32_t i)
{
	uint32_t a = i == 0 ? 0x110001u : (uint32_t)t[i - 1];
	uint32_t b = (uint32_t)t[i];
	uint32_t c = i + 1 < len ? (uint32_t)t[i + 1] : 0x110002u;
	uint32_t h = a * 0x9E3779B1u;

	if (len == 0)
		b = 0x110003u;
	h ^= (b + 0x7F4A7C15u) * 0x85EBCA77u;
	h = (h ^ (h >> 15)) ^ (c * 0xC2B2AE3Du);
	h ^= h >> 13;
	h *= 0x27D4EB2Fu;
	h ^= h >> 16;
	return h >> (32 - IDX_BITS);
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Distinct buckets of a normalized text (padded: len grams, 1 if empty). */
static int32_t idx_grams(const UChar32 *t, int32_t len, uint32_t *out)
{
	int32_t i, n = len ? len : 1, k = 0;

	for (i = 0; i < n; i++)
		out[i] = idx_gram(t, len, i);
	qsort(out, (size_t)n, sizeof(*out), cmp_u32);
	for (i = 0; i < n; i++)
		if (k == 0 || out[k - 1] != out[i])
			out[k++] = out[i];
	return k;
}

/* ---- build --------------------------------------------------------------- */

static int idx_add(bitext_tm_index *x, const bitext_tmx_unit *u,
	const char *src, const char *tgt)
{
	const bitext_tmx_tuv *s = bitext_tmx_unit_tuv(u, src);
	const bitext_tmx_tuv *t = bitext_tmx_unit_tuv(u, tgt);
	uint32_t grams[IDX_MAXLEN + 1];
	int32_t len, g, k;
	idx_unit *e;

	if (!s || !t || s == t)
		return 0;
	if (x->n == x->cap) {
		size_t cap = x->cap ? x->cap * 2 : 1024;
		idx_unit *bigger = realloc(x->units, cap * sizeof(*bigger));
		uint16_t *lens = realloc(x->len, cap * sizeof(*lens));
		if (bigger)
			x->units = bigger;
		if (lens)
			x->len = lens;
		if (!bigger || !lens)
			return NOMEM();
		x->cap = cap;
	}
	if (x->n >= UINT32_MAX - 1)
		return bitext_error_set(BITEXT_ELIMIT, "tm_too_many_units", NULL);
	if (!x->norm && !(x->norm = malloc((IDX_MAXLEN + 1) * sizeof(UChar32))))
		return NOMEM();
	len = idx_normalize(s->text, x->norm);
	g = idx_grams(x->norm, len, grams);
	if (x->ngram + (size_t)g > x->gcap) {
		size_t cap = x->gcap ? x->gcap * 2 : 65536;
		uint32_t *bigger;
		while (cap < x->ngram + (size_t)g)
			cap *= 2;
		bigger = realloc(x->gram, cap * sizeof(*bigger));
		if (!bigger)
			return NOMEM();
		x->gram = bigger;
		x->gcap = cap;
	}
	for (k = 0; k < g; k++)
		x->gram[x->ngram++] = grams[k];
	/* a unit's grams end with a mark above every bucket number */
	if (x->ngram == x->gcap) {
		uint32_t *bigger = realloc(x->gram, x->gcap * 2 * sizeof(*bigger));
		if (!bigger)
			return NOMEM();
		x->gram = bigger;
		x->gcap *= 2;
	}
	x->gram[x->ngram++] = UINT32_MAX;
	e = &x->units[x->n];
	e->source = bitext_tmx__pool_strndup(&x->texts, s->text, s->text_len);
	e->target = bitext_tmx__pool_strndup(&x->texts, t->text, t->text_len);
	e->tuid = bitext_tmx__pool_strdup(&x->texts, u->tuid);
	if (!e->source || !e->target || (u->tuid && !e->tuid))
		return NOMEM();
	x->len[x->n] = (uint16_t)len;
	x->n++;
	return 0;
}

/* Counting-sort layout of the postings from the grams kept by idx_add. */
static int idx_postings(bitext_tm_index *x)
{
	uint32_t *fill = NULL, id = 0;
	size_t i, total;
	int error = 0;

	x->start = calloc(IDX_BUCKETS + 1, sizeof(uint32_t));
	if (!x->start)
		return NOMEM();
	for (i = 0; i < x->ngram; i++)
		if (x->gram[i] != UINT32_MAX)
			x->start[x->gram[i] + 1]++;
	for (i = 0; i < IDX_BUCKETS; i++)
		x->start[i + 1] += x->start[i];
	total = x->start[IDX_BUCKETS];
	x->post = malloc((total ? total : 1) * sizeof(uint32_t));
	fill = malloc(IDX_BUCKETS * sizeof(uint32_t));
	if (!x->post || !fill) {
		error = NOMEM();
		goto cleanup;
	}
	memcpy(fill, x->start, IDX_BUCKETS * sizeof(uint32_t));
	for (i = 0; i < x->ngram; i++) {
		if (x->gram[i] == UINT32_MAX)
			id++;
		else
			x->post[fill[x->gram[i]]++] = id;
	}
	x->hits = calloc(x->n ? x->n : 1, sizeof(uint16_t));
	x->touched = malloc((x->n ? x->n : 1) * sizeof(uint32_t));
	if (!x->hits || !x->touched)
		error = NOMEM();
cleanup:
	free(fill);
	free(x->gram);
	x->gram = NULL;
	x->ngram = x->gcap = 0;
	return error;
}

int bitext_tm_index_build(bitext_tm_index **out, const char *path,
	const char *srclang, const char *tgtlang,
	const bitext_tmx_reader_options *opts)
{
	bitext_tm_index *x = NULL;
	bitext_tmx_reader *r = NULL;
	const bitext_tmx_unit *u;
	const char *hs;
	char *src = NULL, *tgt = NULL;
	size_t k;
	int error, ret;

	*out = NULL;
	if ((error = bitext_tmx_reader_open(&r, path, opts)) < 0)
		return error;
	x = calloc(1, sizeof(*x));
	if (!x) {
		error = NOMEM();
		goto cleanup;
	}
	hs = bitext_tmx_header_attr(bitext_tmx_reader_header(r), "srclang");
	src = strdup(srclang ? srclang : hs && strcmp(hs, "*all*") ? hs : "");
	tgt = tgtlang ? strdup(tgtlang) : NULL;
	if (!src) {
		error = NOMEM();
		goto cleanup;
	}
	while ((ret = bitext_tmx_reader_next(r, &u)) == 1) {
		if (!src[0] && u->ntuvs) {
			free(src);
			src = strdup(u->tuvs[0].lang);
		}
		for (k = 0; !tgt && k < u->ntuvs; k++)
			if (!bitext_lang_match(u->tuvs[k].lang, src))
				tgt = strdup(u->tuvs[k].lang);
		if (!src || !tgt)
			continue;
		if ((error = idx_add(x, u, src, tgt)) < 0)
			goto cleanup;
	}
	if (ret < 0) {
		error = ret;
		goto cleanup;
	}
	if ((error = idx_postings(x)) < 0)
		goto cleanup;
	*out = x;
	x = NULL;
cleanup:
	free(src);
	free(tgt);
	bitext_tmx_reader_close(r);
	bitext_tm_index_free(x);
	return error;
}

size_t bitext_tm_index_size(const bitext_tm_index *idx)
{
	return idx ? idx->n : 0;
}

void bitext_tm_index_free(bitext_tm_index *idx)
{
	if (!idx)
		return;
	free(idx->units);
	free(idx->blob);
	free(idx->len);
	free(idx->gram);
	free(idx->norm);
	bitext_tmx__pool_dispose(&idx->texts);
	free(idx->start);
	free(idx->post);
	free(idx->hits);
	free(idx->touched);
	free(idx->matches);
	free(idx);
}

/* ---- the index file ------------------------------------------------------ */

/*
 * File layout (native byte order; the file is a cache of this machine):
 *   "BTXIDX1\n"                       magic and version (8 bytes)
 *   uint64 size, int64 mtime_s, int64 mtime_ns   of the memory indexed
 *   uint64 units, uint64 buckets, uint64 postings, uint64 text bytes
 *   uint32 start[buckets + 1], uint32 post[postings], uint16 len[units]
 *   uint64 offset[3 * units]          source, target, tuid (~0: no tuid)
 *   char   text[text bytes]           NUL-terminated strings
 * A file whose memory size or modification time differ is stale.
 */
#define IDX_MAGIC "BTXIDX1\n"

typedef struct {
	uint64_t size;
	int64_t mtime_s, mtime_ns;
	uint64_t units, buckets, postings, text;
} idx_head;

static int idx_stamp(const char *memory, idx_head *h)
{
	struct stat st;

	if (stat(memory, &st) < 0)
		return -1;
	h->size = (uint64_t)st.st_size;
	h->mtime_s = (int64_t)st.st_mtim.tv_sec;
	h->mtime_ns = (int64_t)st.st_mtim.tv_nsec;
	return 0;
}

static int idx_write(FILE *f, const void *p, size_t n)
{
	return n && fwrite(p, 1, n, f) != n ? -1 : 0;
}

int bitext_tm_index_save(const bitext_tm_index *idx, const char *path,
	const char *memory)
{
	bitext_afile *af = NULL;
	idx_head h;
	uint64_t off = 0, o[3];
	size_t i, k;
	FILE *f;
	int error;

	memset(&h, 0, sizeof(h));
	if (!idx || idx_stamp(memory, &h) < 0)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	h.units = idx->n;
	h.buckets = IDX_BUCKETS;
	h.postings = idx->start[IDX_BUCKETS];
	for (i = 0; i < idx->n; i++)
		h.text += strlen(idx->units[i].source) + strlen(idx->units[i].target) +
			2 + (idx->units[i].tuid ? strlen(idx->units[i].tuid) + 1 : 0);
	if ((error = bitext_afile_open(&af, path)) < 0)
		return error;
	f = bitext_afile_stream(af);
	error = idx_write(f, IDX_MAGIC, 8) | idx_write(f, &h, sizeof(h)) |
		idx_write(f, idx->start, (IDX_BUCKETS + 1) * sizeof(uint32_t)) |
		idx_write(f, idx->post, h.postings * sizeof(uint32_t)) |
		idx_write(f, idx->len, idx->n * sizeof(uint16_t));
	for (i = 0; error == 0 && i < idx->n; i++) {
		const char *str[3] = { idx->units[i].source, idx->units[i].target,
			idx->units[i].tuid };
		for (k = 0; k < 3; k++) {
			o[k] = str[k] ? off : UINT64_MAX;
			off += str[k] ? strlen(str[k]) + 1 : 0;
		}
		error = idx_write(f, o, sizeof(o));
	}
	for (i = 0; error == 0 && i < idx->n; i++) {
		error = idx_write(f, idx->units[i].source,
			strlen(idx->units[i].source) + 1) |
			idx_write(f, idx->units[i].target,
			strlen(idx->units[i].target) + 1);
		if (idx->units[i].tuid)
			error |= idx_write(f, idx->units[i].tuid,
				strlen(idx->units[i].tuid) + 1);
	}
	if (error) {
		error = bitext_error_set(BITEXT_EIO, "err_write", path,
			strerror(errno), NULL);
		bitext_afile_abort(af);
		return error;
	}
	return bitext_afile_commit(af);
}

static int idx_read(FILE *f, void *p, size_t n)
{
	return n && fread(p, 1, n, f) != n ? -1 : 0;
}

int bitext_tm_index_load(bitext_tm_index **out, const char *path,
	const char *memory)
{
	bitext_tm_index *x = NULL;
	idx_head h, now;
	uint64_t *offs = NULL;
	char magic[8];
	size_t i;
	FILE *f;
	int error = 0;

	*out = NULL;
	f = fopen(path, "rb");
	if (!f)
		return bitext_error_set(BITEXT_ENOTFOUND, "tm_index_stale", path,
			NULL);
	memset(&now, 0, sizeof(now));
	if (idx_read(f, magic, 8) < 0 || memcmp(magic, IDX_MAGIC, 8) ||
	    idx_read(f, &h, sizeof(h)) < 0 || idx_stamp(memory, &now) < 0 ||
	    h.size != now.size || h.mtime_s != now.mtime_s ||
	    h.mtime_ns != now.mtime_ns || h.buckets != IDX_BUCKETS ||
	    h.units >= UINT32_MAX || h.postings > UINT32_MAX ||
	    h.text > ((uint64_t)1 << 40)) {
		error = bitext_error_set(BITEXT_ENOTFOUND, "tm_index_stale", path,
			NULL);
		goto cleanup;
	}
	x = calloc(1, sizeof(*x));
	if (!x) {
		error = NOMEM();
		goto cleanup;
	}
	x->n = x->cap = (size_t)h.units;
	x->units = calloc(x->n ? x->n : 1, sizeof(*x->units));
	x->start = malloc((IDX_BUCKETS + 1) * sizeof(uint32_t));
	x->post = malloc((h.postings ? h.postings : 1) * sizeof(uint32_t));
	x->len = malloc((x->n ? x->n : 1) * sizeof(uint16_t));
	offs = malloc((x->n ? x->n : 1) * 3 * sizeof(uint64_t));
	x->blob = malloc(h.text + 1);
	x->hits = calloc(x->n ? x->n : 1, sizeof(uint16_t));
	x->touched = malloc((x->n ? x->n : 1) * sizeof(uint32_t));
	if (!x->units || !x->start || !x->post || !x->len || !offs || !x->blob ||
	    !x->hits || !x->touched) {
		error = NOMEM();
		goto cleanup;
	}
	if (idx_read(f, x->start, (IDX_BUCKETS + 1) * sizeof(uint32_t)) < 0 ||
	    idx_read(f, x->post, h.postings * sizeof(uint32_t)) < 0 ||
	    idx_read(f, x->len, x->n * sizeof(uint16_t)) < 0 ||
	    idx_read(f, offs, x->n * 3 * sizeof(uint64_t)) < 0 ||
	    idx_read(f, x->blob, h.text) < 0 ||
	    x->start[IDX_BUCKETS] != h.postings) {
		error = bitext_error_set(BITEXT_ENOTFOUND, "tm_index_stale", path,
			NULL);
		goto cleanup;
	}
	x->blob[h.text] = '\0';
	for (i = 0; i < h.postings && x->post[i] < x->n; i++)
		;
	if (i < h.postings) {
		error = bitext_error_set(BITEXT_ENOTFOUND, "tm_index_stale", path,
			NULL);
		goto cleanup;
	}
	for (i = 0; i < x->n; i++) {
		if (offs[3 * i] >= h.text || offs[3 * i + 1] >= h.text ||
		    (offs[3 * i + 2] != UINT64_MAX && offs[3 * i + 2] >= h.text)) {
			error = bitext_error_set(BITEXT_ENOTFOUND, "tm_index_stale",
				path, NULL);
			goto cleanup;
		}
		x->units[i].source = x->blob + offs[3 * i];
		x->units[i].target = x->blob + offs[3 * i + 1];
		x->units[i].tuid = offs[3 * i + 2] == UINT64_MAX ? NULL :
			x->blob + offs[3 * i + 2];
	}
	*out = x;
	x = NULL;
cleanup:
	fclose(f);
	free(offs);
	bitext_tm_index_free(x);
	return error;
}

/* ---- query --------------------------------------------------------------- */

/*
 * Levenshtein distance of a and b, or max + 1 when it exceeds max: only the
 * band |i - j| <= max of the table is computed, two rows of m + 2 cells.
 */
static int32_t idx_distance(const UChar32 *a, int32_t n, const UChar32 *b,
	int32_t m, int32_t max, int32_t *rows)
{
	int32_t *prev = rows, *cur = rows + m + 2, *tmp;
	int32_t i, j, lo, hi, v, best, big = max + 1;

	if (n - m > max || m - n > max)
		return big;
	for (j = 0; j <= m; j++)
		prev[j] = j <= max ? j : big;
	prev[m + 1] = big;
	for (i = 1; i <= n; i++) {
		lo = i - max > 1 ? i - max : 1;
		hi = i + max < m ? i + max : m;
		cur[lo - 1] = lo == 1 ? (i <= max ? i : big) : big;
		best = cur[lo - 1];
		for (j = lo; j <= hi; j++) {
			v = prev[j - 1] + (a[i - 1] != b[j - 1]);
			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			cur[j] = v > big ? big : v;
			if (cur[j] < best)
				best = cur[j];
		}
		if (hi < m)
			cur[hi + 1] = big;
		if (best > max)
			return big;
		tmp = prev;
		prev = cur;
		cur = tmp;
	}
	return prev[m] > big ? big : prev[m];
}

static int idx_keep(bitext_tm_index *x, size_t cap, double score, uint32_t id)
{
	size_t i;
	bitext_tm_match m;

	if (x->nmatches == cap && score <= x->matches[cap - 1].score)
		return 0;
	m.score = score;
	m.source = x->units[id].source;
	m.target = x->units[id].target;
	m.tuid = x->units[id].tuid;
	m.unit = id;
	i = x->nmatches < cap ? x->nmatches++ : cap - 1;
	while (i > 0 && (x->matches[i - 1].score < score ||
	    (x->matches[i - 1].score == score && x->matches[i - 1].unit > id))) {
		x->matches[i] = x->matches[i - 1];
		i--;
	}
	x->matches[i] = m;
	return 0;
}

/* Units whose normalized source holds the normalized query. */
static int idx_concordance(bitext_tm_index *x, const UChar32 *q, int32_t qlen,
	UChar32 *norm, size_t cap)
{
	uint32_t grams[IDX_MAXLEN + 1];
	size_t i, ntouched = 0, b;
	int32_t g = 0, k, j, len, need;
	uint32_t id;

	/* inner trigrams only (no padding): a substring has them all */
	for (j = 1; j + 1 < qlen; j++)
		grams[g++] = idx_gram(q, qlen, j);
	qsort(grams, (size_t)g, sizeof(*grams), cmp_u32);
	for (j = 0, k = 0; j < g; j++)
		if (k == 0 || grams[k - 1] != grams[j])
			grams[k++] = grams[j];
	g = k;
	need = g;
	for (k = 0; k < g; k++)
		for (b = x->start[grams[k]]; b < x->start[grams[k] + 1]; b++) {
			id = x->post[b];
			if (x->hits[id]++ == 0)
				x->touched[ntouched++] = id;
		}
	for (i = 0; i < (g ? ntouched : x->n); i++) {
		id = g ? x->touched[i] : (uint32_t)i;
		if (g && x->hits[id] < need)
			continue;
		len = idx_normalize(x->units[id].source, norm);
		for (j = 0; j + qlen <= len; j++)
			if (!memcmp(norm + j, q, (size_t)qlen * sizeof(UChar32)))
				break;
		if (j + qlen <= len)
			idx_keep(x, cap, 100.0 * qlen / (len ? len : 1), id);
	}
	for (i = 0; i < ntouched; i++)
		x->hits[x->touched[i]] = 0;
	return 0;
}

static int idx_fuzzy(bitext_tm_index *x, const UChar32 *q, int32_t qlen,
	UChar32 *norm, int32_t *row, double min, size_t cap)
{
	uint32_t grams[IDX_MAXLEN + 1];
	size_t ntouched = 0, b, i, skipped = 0, common = x->n / 8 + 1000;
	size_t *byhits = NULL, *order = NULL;
	int32_t g, k, len, maxd, need, dmax, h;
	uint32_t id;
	double score;
	int error = 0;

	g = idx_grams(q, qlen, grams);
	for (k = 0; k < g; k++) {
		if (x->start[grams[k] + 1] - x->start[grams[k]] > common) {
			skipped++;
			continue;
		}
		for (b = x->start[grams[k]]; b < x->start[grams[k] + 1]; b++) {
			id = x->post[b];
			if (x->hits[id]++ == 0)
				x->touched[ntouched++] = id;
		}
	}
	/* hits needed for the lowest score: longest allowed candidate */
	maxd = (int32_t)((1.0 - min / 100.0) * (qlen * 100.0 / (min > 1 ? min : 1)));
	need = g - 3 * maxd - (int32_t)skipped;
	/* bucket the candidates by hits, best first */
	byhits = calloc((size_t)g + 2, sizeof(size_t));
	order = malloc((ntouched ? ntouched : 1) * sizeof(size_t));
	if (!byhits || !order) {
		error = NOMEM();
		goto cleanup;
	}
	for (i = 0; i < ntouched; i++)
		byhits[g - x->hits[x->touched[i]]]++;
	for (k = 1; k <= g + 1; k++)
		byhits[k] += byhits[k - 1];
	for (i = ntouched; i-- > 0;)
		order[--byhits[g - x->hits[x->touched[i]]]] = x->touched[i];
	if (skipped && need <= 0) {
		/* too common to filter: every unit is a candidate by length */
		need = 0;
	}
	for (i = 0; i < ntouched; i++) {
		id = (uint32_t)order[i];
		h = x->hits[id];
		if (h < need)
			break;
		/* the best score still possible with h hits */
		if (x->nmatches == cap) {
			/* d >= dmin, and the score is at most |q| / (|q| + d) */
			int32_t dmin = (g - h - (int32_t)skipped + 2) / 3;
			if (dmin > 0 && 100.0 * qlen / (qlen + dmin) <
			    x->matches[cap - 1].score)
				break;
		}
		/* bound from length and hits before any work on the text */
		len = x->len[id];
		k = len > qlen ? len : qlen;
		dmax = (int32_t)((1.0 - min / 100.0) * k + 1e-9);
		if (len - qlen > dmax || qlen - len > dmax ||
		    (g - h - (int32_t)skipped + 2) / 3 > dmax)
			continue;
		len = idx_normalize(x->units[id].source, norm);
		k = idx_distance(q, qlen, norm, len, dmax, row);
		if (k > dmax)
			continue;
		score = len || qlen ? 100.0 * (1.0 - (double)k /
			(len > qlen ? len : qlen)) : 100.0;
		if (score + 1e-9 >= min)
			idx_keep(x, cap, score, id);
	}
cleanup:
	for (i = 0; i < ntouched; i++)
		x->hits[x->touched[i]] = 0;
	free(byhits);
	free(order);
	return error;
}

int bitext_tm_index_lookup(bitext_tm_index *idx, const char *query,
	const bitext_tm_lookup_options *opts, const bitext_tm_match **matches,
	size_t *count)
{
	bitext_tm_lookup_options o = BITEXT_TM_LOOKUP_OPTIONS_INIT;
	UChar32 *q = NULL, *norm = NULL;
	int32_t *row = NULL, qlen;
	int error = 0;

	*matches = NULL;
	*count = 0;
	if (!idx || !query)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	if (opts)
		o = *opts;
	if (o.max_results == 0)
		o.max_results = 5;
	free(idx->matches);
	idx->nmatches = 0;
	idx->matches = malloc(o.max_results * sizeof(*idx->matches));
	q = malloc((IDX_MAXLEN + 1) * sizeof(UChar32));
	norm = malloc((IDX_MAXLEN + 1) * sizeof(UChar32));
	row = malloc(2 * (IDX_MAXLEN + 3) * sizeof(int32_t));
	if (!idx->matches || !q || !norm || !row) {
		error = NOMEM();
		goto cleanup;
	}
	qlen = idx_normalize(query, q);
	if (o.concordance)
		error = qlen ? idx_concordance(idx, q, qlen, norm, o.max_results) : 0;
	else
		error = idx_fuzzy(idx, q, qlen, norm, row, o.min_score,
			o.max_results);
	*matches = idx->matches;
	*count = idx->nmatches;
cleanup:
	free(q);
	free(norm);
	free(row);
	return error;
}
