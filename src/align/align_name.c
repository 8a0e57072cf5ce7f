/*
 * align_name.c - names matched across scripts for the aligner: a Hangul
 * or Kana word of the source and a capitalized Latin name of the target
 * ("강태윤" ~ "Kang Tae-yoon", "파스칼은" ~ "Pascal") whose romanizations are
 * similar (translit.h, at least BITEXT_TRANSLIT_MATCH, plus
 * ALIGN_NAME_SHORT for words of two syllables).
 *
 * Source words: runs of Hangul or Kana of 2 to 6 characters, compared whole
 * and without their particles. Target names: a capitalized word and the
 * runs of up to three words it starts, joined by a space or a hyphen
 * ("Kang", "Kang Tae", "Kang Tae-yoon"); a single word that the text also
 * writes in lower case is an ordinary word, not a name. Every distinct word
 * is compared
 * with every distinct name once per document pair; above ALIGN_NAME_PAIRS
 * comparisons (long books) names are not looked for.
 *
 * A match gives the source word an item of kind ALIGN_K_NAME whose keys are
 * "N" + each matching name, and each such name on the target side an item
 * with its own key.
 */
#include "align/align_int.h"
#include "util/vec.h"

#include <bitext/errors.h>
#include <bitext/translit.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

typedef struct {
	const char *p;
	size_t len;
	uint64_t key;      /* "N" + text for names, token hash for words */
	int loan;          /* a lower-case word: a possible loanword */
} name_str;

typedef struct {
	name_str *v;
	size_t n, cap;
	align_map seen;
} name_set;

static int name_add(name_set *s, const char *p, size_t len, uint64_t key,
	int loan)
{
	uint32_t *slot = align_map_get(&s->seen, key);

	if (!slot)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (*slot)
		return 0;
	if (bitext__grow((void **)&s->v, &s->cap, s->n + 1,
	    sizeof(*s->v)) < 0)
		return BITEXT_ENOMEM;
	s->v[s->n].p = p;
	s->v[s->n].len = len;
	s->v[s->n].key = key;
	s->v[s->n].loan = loan;
	*slot = (uint32_t)++s->n;
	return 0;
}

/* Name spans starting at t[start] (an upper-case ASCII letter): ends of
 * the first one, two and three words. Returns how many. */
size_t bitext_align__name_spans(const char *t, size_t len, size_t start,
	size_t ends[3])
{
	size_t k = 0, p = start;

	while (k < 3) {
		size_t e = p;

		while (e < len && (isalpha((unsigned char)t[e]) || t[e] == '\''))
			e++;
		if (e == p)
			break;
		ends[k++] = e;
		if (e + 1 < len && ((t[e] == ' ' && isupper((unsigned char)t[e + 1])) ||
				(t[e] == '-' && isalpha((unsigned char)t[e + 1]))))
			p = e + 1;
		else
			break;
	}
	return k;
}

uint64_t bitext_align__name_key(const char *p, size_t len)
{
	char buf[96];
	size_t i, n = len < sizeof(buf) ? len : sizeof(buf);

	for (i = 0; i < n; i++)
		buf[i] = (char)tolower((unsigned char)p[i]);
	return align_hash('N', buf, n);
}

/* Can c be part of a name to romanize: Hangul, Katakana with its
 * prolonged sound mark (Hiragana writes grammar, not foreign names),
 * Cyrillic, Greek, Arabic or Devanagari? Returns the script's group: 1
 * Hangul, 2 Katakana, 3 an alphabet written with spaces between words. */
int bitext_align__name_char(UChar32 c)
{
	UErrorCode st = U_ZERO_ERROR;
	UScriptCode sc;

	if (c == 0x30FC)
		return 2;
	sc = uscript_getScript(c, &st);
	switch (sc) {
	case USCRIPT_HANGUL: return 1;
	case USCRIPT_KATAKANA: return 2;
	case USCRIPT_CYRILLIC: case USCRIPT_GREEK: case USCRIPT_ARABIC:
	case USCRIPT_DEVANAGARI: return 3;
	default: return 0;
	}
}

static int name_han(UChar32 c)
{
	UErrorCode st = U_ZERO_ERROR;

	return c >= 0x2E80 && uscript_getScript(c, &st) == USCRIPT_HAN;
}

static int name_collect_src(name_set *s, const char *t, size_t len)
{
	int32_t i = 0;
	int error;

	while (i < (int32_t)len) {
		int32_t start = i, prev;
		UChar32 c;
		int chars = 0;

		int grp, cased;

		U8_NEXT(t, i, (int32_t)len, c);
		if (c < 0 || !(grp = bitext_align__name_char(c)))
			continue;
		/* an alphabet with capitals: only capitalized words are names */
		cased = grp == 3 && (u_isupper(c) || u_islower(c));
		if (cased && !u_isupper(c)) {
			while (i < (int32_t)len) {
				prev = i;
				U8_NEXT(t, i, (int32_t)len, c);
				if (c < 0 || !bitext_align__name_char(c)) {
					i = prev;
					break;
				}
			}
			continue;
		}
		chars = 1;
		for (;;) {
			prev = i;
			if (i >= (int32_t)len)
				break;
			U8_NEXT(t, i, (int32_t)len, c);
			if (c < 0 || !bitext_align__name_char(c)) {
				i = prev;
				break;
			}
			chars++;
		}
		if (chars >= 2 && chars <= (grp == 3 ? 16 : 6) &&
				(error = name_add(s, t + start,
				(size_t)(i - start), align_hash('W', t + start,
				(size_t)(i - start)), 0)) < 0)
			return error;
	}
	return 0;
}

/* Words written in lower case somewhere in the text are ordinary words
 * ("There", "About" at the start of a sentence), not names. */
static int name_lower_words(align_map *m, const char *t, size_t len)
{
	size_t i = 0;

	while (i < len) {
		size_t e = i;

		while (e < len && isalpha((unsigned char)t[e]))
			e++;
		if (e > i && islower((unsigned char)t[i]) &&
				(i == 0 || !isalpha((unsigned char)t[i - 1])) &&
				!align_map_get(m, bitext_align__name_key(t + i, e - i)))
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		i = e > i ? e : i + 1;
	}
	return 0;
}

static int name_collect_tgt(name_set *s, const char *t, size_t len,
	const align_map *lower)
{
	size_t i, ends[3], k, n;
	int error;

	for (i = 0; i < len; i++) {
		if (i > 0 && isalpha((unsigned char)t[i - 1]))
			continue;
		if (islower((unsigned char)t[i])) {
			/* loanwords: 사이버 cyber, 앨범 album, 코미디 comedy */
			size_t e = i;

			while (e < len && isalpha((unsigned char)t[e]))
				e++;
			if (e - i >= ALIGN_LOAN_MIN && (error = name_add(s, t + i, e - i,
					bitext_align__name_key(t + i, e - i), 1)) < 0)
				return error;
			continue;
		}
		if (!isupper((unsigned char)t[i]))
			continue;
		n = bitext_align__name_spans(t, len, i, ends);
		for (k = 0; k < n; k++) {
			uint64_t key = bitext_align__name_key(t + i, ends[k] - i);

			if (ends[k] - i < 2 || (k == 0 && align_map_find(lower, key)))
				continue;
			if ((error = name_add(s, t + i, ends[k] - i, key, 0)) < 0)
				return error;
		}
	}
	return 0;
}

static int name_collect(name_set *s, const bitext_doc *doc, int src)
{
	size_t i, n = bitext_doc_segment_count(doc);
	align_map lower = { 0 };
	int error;

	if ((error = align_map_init(&s->seen, 1024)) < 0 ||
		(error = align_map_init(&lower, 1024)) < 0)
		goto cleanup;
	for (i = 0; i < n && !src; i++) {
		const bitext_segment *g = bitext_doc_segment(doc, i);

		if ((error = name_lower_words(&lower, g->text, g->len)) < 0)
			goto cleanup;
	}
	for (i = 0; i < n; i++) {
		const bitext_segment *g = bitext_doc_segment(doc, i);

		if ((error = src ? name_collect_src(s, g->text, g->len) :
				name_collect_tgt(s, g->text, g->len, &lower)) < 0)
			goto cleanup;
	}
cleanup:
	bitext_map__dispose(&lower);
	return error;
}

/* Byte length of the particles at the end of a Hangul word, if any. */
static size_t name_particle(const char *w, size_t len)
{
	static const char *const p[] = { "은", "는", "이", "가", "을", "를", "의",
		"와", "과", "도", "에", "에서", "에게", "으로", "로", "만", NULL };
	size_t k, pl;

	for (k = 0; p[k]; k++) {
		pl = strlen(p[k]);
		if (pl + 6 <= len && !memcmp(w + len - pl, p[k], pl))
			return pl;
	}
	return 0;
}

/* Lower-case letters of a Latin name, without spaces and hyphens:
 * "Chen Qingyang" -> chenqingyang. Returns the length (0: too long). */
static size_t name_flat(char *out, size_t cap, const char *p, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (!isalpha((unsigned char)p[i]))
			continue;
		if (n + 1 >= cap)
			return 0;
		out[n++] = (char)tolower((unsigned char)p[i]);
	}
	return n;
}

typedef struct {
	align_map flat;           /* flattened target name -> index + 1 */
	align_map cp;             /* Han code point -> index + 1 in off/len */
	uint32_t *off;
	uint8_t *len;
	size_t n, cap;
	bitext_buf rom;           /* the romanizations, one after another */
	bitext_buf tmp;
	align_map seen;           /* Han words looked at */
} name_han_ctx;

/* The pinyin of one Han character, letters only, romanized once. */
static int name_han_rom(name_han_ctx *h, bitext_translit *tr, const char *p,
	size_t n, UChar32 c, const char **out, size_t *olen)
{
	uint32_t *slot = align_map_get(&h->cp, (uint64_t)c + 1);
	size_t i, at;

	if (!slot)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (!*slot) {
		if (bitext__grow((void **)&h->off, &h->cap, h->n + 1,
		    sizeof(uint32_t)) < 0 || !(h->len = realloc(h->len, h->cap)))
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		at = h->rom.size;
		if (bitext_translit_romanize(tr, &h->tmp, p, n) == 1)
			for (i = 0; i < h->tmp.size && h->rom.size - at < 16; i++)
				if (isalpha((unsigned char)h->tmp.ptr[i]) &&
				    bitext_buf_putc(&h->rom, h->tmp.ptr[i]) < 0)
					return bitext_error_set(BITEXT_ENOMEM,
						"err_nomem", NULL);
		h->off[h->n] = (uint32_t)at;
		h->len[h->n] = (uint8_t)(h->rom.size - at);
		*slot = (uint32_t)++h->n;
	}
	*out = h->rom.ptr ? h->rom.ptr + h->off[*slot - 1] : "";
	*olen = h->len[*slot - 1];
	return 0;
}

/*
 * Han words of the source found as names of the target by their pinyin:
 * every run of 2 to ALIGN_NAME_HAN_MAX Han characters (a Chinese text has
 * no spaces to say where a name ends) whose readings, joined, are the
 * letters of a target name (陈清扬 chenqingyang = Chen Qingyang, 北京 =
 * Beijing). Exact, since pinyin is how Chinese names are written in Latin
 * letters; linear in the text, each character romanized once.
 */
static int name_han_find(align_names *nm, const bitext_doc *doc,
	const name_set *ts, bitext_translit *tr, FILE *debug)
{
	name_han_ctx h;
	size_t g, ng = bitext_doc_segment_count(doc), j, nflat = 0;
	char flat[96];
	int error;

	memset(&h, 0, sizeof(h));
	if ((error = align_map_init(&h.flat, 256)) < 0 ||
	    (error = align_map_init(&h.cp, 1024)) < 0 ||
	    (error = align_map_init(&h.seen, 1024)) < 0)
		goto cleanup;
	for (j = 0; j < ts->n; j++) {
		size_t fl = ts->v[j].loan ? 0 :
			name_flat(flat, sizeof(flat), ts->v[j].p, ts->v[j].len);
		uint32_t *slot;

		if (fl < 4)
			continue;
		if (!(slot = align_map_get(&h.flat, align_hash('F', flat, fl)))) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			goto cleanup;
		}
		if (!*slot) {
			*slot = (uint32_t)j + 1;
			nflat++;
		}
	}
	if (!nflat)
		goto cleanup;
	for (g = 0; g < ng; g++) {
		const bitext_segment *sg = bitext_doc_segment(doc, g);
		const char *t = sg->text;
		int32_t i = 0, len = (int32_t)sg->len;

		while (i < len) {
			int32_t start = i, e = i;
			size_t fl = 0, k;
			UChar32 c;

			U8_NEXT(t, i, len, c);
			if (c < 0 || !name_han(c))
				continue;
			for (k = 0; k < ALIGN_NAME_HAN_MAX; k++) {
				const char *r = "";
				size_t rl = 0;
				int32_t b = e;
				const uint32_t *hit;
				uint32_t *seen;
				uint64_t w, key;

				if (e >= len)
					break;
				U8_NEXT(t, e, len, c);
				if (c < 0 || !name_han(c))
					break;
				if ((error = name_han_rom(&h, tr, t + b,
				    (size_t)(e - b), c, &r, &rl)) < 0)
					goto cleanup;
				if (!rl || fl + rl >= sizeof(flat))
					break;
				memcpy(flat + fl, r, rl);
				fl += rl;
				if (k == 0 || fl < 4)
					continue;
				hit = align_map_find(&h.flat, align_hash('F', flat, fl));
				if (!hit)
					continue;
				w = align_hash('W', t + start, (size_t)(e - start));
				if (!(seen = align_map_get(&h.seen, w))) {
					error = bitext_error_set(BITEXT_ENOMEM,
						"err_nomem", NULL);
					goto cleanup;
				}
				if (*seen)
					continue;
				*seen = 1;
				key = ts->v[*hit - 1].key;
				if (debug)
					fprintf(debug, "align: name %.*s ~ %.*s\n",
						(int)(e - start), t + start,
						(int)ts->v[*hit - 1].len, ts->v[*hit - 1].p);
				if ((error = bitext_align__names_add(nm, w, &key, 1)) < 0)
					goto cleanup;
				if (!align_map_get(&nm->tgt, key)) {
					error = bitext_error_set(BITEXT_ENOMEM,
						"err_nomem", NULL);
					goto cleanup;
				}
			}
		}
	}
cleanup:
	bitext_map__dispose(&h.flat);
	bitext_map__dispose(&h.cp);
	bitext_map__dispose(&h.seen);
	free(h.off);
	free(h.len);
	bitext_buf_dispose(&h.rom);
	bitext_buf_dispose(&h.tmp);
	return error;
}

/* The language whose romanization a word is: "ko" for Hangul, "ja" for
 * Kana, NULL for the rest. */
static const char *name_word_lang(const char *p, size_t n)
{
	int32_t i = 0;
	UChar32 c;

	U8_NEXT(p, i, (int32_t)n, c);
	switch (c < 0 ? 0 : bitext_align__name_char(c)) {
	case 1: return "ko";
	case 2: return "ja";
	default: return NULL;
	}
}

int bitext_align__names_find(align_names *nm, const bitext_doc *src,
	const char *src_lang, const bitext_doc *tgt, FILE *debug)
{
	name_set ss = { 0 }, ts = { 0 };
	bitext_translit *tr = NULL;
	bitext_buf r1 = BITEXT_BUF_INIT, r2 = BITEXT_BUF_INIT;
	size_t i, j;
	int han = !src_lang || (strncmp(src_lang, "ja", 2) &&
		strncmp(src_lang, "ko", 2));
	int error;

	memset(nm, 0, sizeof(*nm));
	if ((error = align_map_init(&nm->src, 64)) < 0 ||
		(error = align_map_init(&nm->tgt, 64)) < 0 ||
		(error = name_collect(&ss, src, 1)) < 0 ||
		(error = name_collect(&ts, tgt, 0)) < 0)
		goto cleanup;
	if (!ts.n || (!ss.n && !han))
		goto cleanup;
	if ((error = bitext_translit_new(&tr)) < 0)
		goto cleanup;
	if (han && (error = name_han_find(nm, src, &ts, tr, debug)) < 0)
		goto cleanup;
	if ((double)ss.n * (double)ts.n > ALIGN_NAME_PAIRS)
		goto cleanup;
	for (i = 0; i < ss.n; i++) {
		const char *rl = name_word_lang(ss.v[i].p, ss.v[i].len);
		size_t pl = rl && !strcmp(rl, "ko") ?
			name_particle(ss.v[i].p, ss.v[i].len) : 0;
		uint64_t found[8];
		size_t nf = 0, k;
		double thr;

		bitext_buf_clear(&r1);
		bitext_buf_clear(&r2);
		if (bitext_translit_romanize(tr, &r1, ss.v[i].p, ss.v[i].len) != 1)
			continue;
		if (pl && bitext_translit_romanize(tr, &r2, ss.v[i].p,
				ss.v[i].len - pl) != 1)
			bitext_buf_clear(&r2);
		/* two-syllable words are often common words that sound like
		 * some name by chance (올해 ~ Rhee): ask more of them */
		thr = BITEXT_TRANSLIT_MATCH + (ss.v[i].len <= 6 ? ALIGN_NAME_SHORT : 0);
		for (j = 0; j < ts.n && nf < 8; j++) {
			double a = bitext_translit_similarity_latin(r1.ptr, r1.size, rl,
				ts.v[j].p, ts.v[j].len);
			double b = r2.size ? bitext_translit_similarity_latin(r2.ptr,
				r2.size, rl, ts.v[j].p, ts.v[j].len) : 0;

			double need = ts.v[j].loan && thr < ALIGN_LOAN_MATCH ?
				ALIGN_LOAN_MATCH : thr;

			if (a >= need || b >= need) {
				found[nf++] = ts.v[j].key;
				if (debug)
					fprintf(debug, "align: name %.*s ~ %.*s\n",
						(int)ss.v[i].len, ss.v[i].p, (int)ts.v[j].len,
						ts.v[j].p);
			}
		}
		if (!nf)
			continue;
		if ((error = bitext_align__names_add(nm, ss.v[i].key, found, nf)) < 0)
			goto cleanup;
		for (k = 0; k < nf; k++)
			if (!align_map_get(&nm->tgt, found[k])) {
				error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				goto cleanup;
			}
	}
cleanup:
	bitext_translit_free(tr);
	bitext_buf_dispose(&r1);
	bitext_buf_dispose(&r2);
	free(ss.v);
	free(ts.v);
	bitext_map__dispose(&ss.seen);
	bitext_map__dispose(&ts.seen);
	if (error)
		bitext_align__names_dispose(nm);
	return error;
}

int bitext_align__names_add(align_names *nm, uint64_t word, const uint64_t *keys,
	size_t n)
{
	uint32_t *slot;
	size_t k;

	if (nm->nkeys + n > nm->akeys) {
		size_t na = nm->akeys ? nm->akeys * 2 : 64;
		uint64_t *q;

		while (na < nm->nkeys + n)
			na *= 2;
		q = realloc(nm->keys, na * sizeof(uint64_t));
		if (!q)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		nm->keys = q;
		nm->akeys = na;
	}
	if (nm->nwords == nm->awords) {
		size_t na = nm->awords ? nm->awords * 2 : 32;
		uint32_t *f = realloc(nm->first, na * sizeof(uint32_t));
		uint32_t *c = f ? realloc(nm->count, na * sizeof(uint32_t)) : NULL;

		if (f)
			nm->first = f;
		if (!c)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		nm->count = c;
		nm->awords = na;
	}
	if (!(slot = align_map_get(&nm->src, word)))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	*slot = (uint32_t)nm->nwords;
	nm->first[nm->nwords] = (uint32_t)nm->nkeys;
	nm->count[nm->nwords] = (uint32_t)n;
	nm->nwords++;
	for (k = 0; k < n; k++)
		nm->keys[nm->nkeys++] = keys[k];
	return 0;
}

void bitext_align__names_dispose(align_names *nm)
{
	bitext_map__dispose(&nm->src);
	bitext_map__dispose(&nm->tgt);
	free(nm->first);
	free(nm->count);
	free(nm->keys);
	memset(nm, 0, sizeof(*nm));
}
