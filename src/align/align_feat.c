/*
 * align_feat.c - features of the segments of one side of an alignment:
 * weighted length counts, word keys for learning, and anchor items
 * (numbers by value, Latin-script words, punctuation, lexicon terms).
 *
 * Text is scanned code point by code point (ICU's U8_NEXT and character
 * properties); nothing here allocates per token. Numbers are read by the
 * checker's reader, bitext_numbers_extract() (bitext/numbers.h), and keyed
 * by value (feat_number()): 4만7000명 = 47,000 people, 1조2000억 = 1.2
 * trillion, 12월 = December (a month key), so that the aligner and the
 * checker never read one number two ways.
 */
#include "align/align_int.h"
#include "util/vec.h"

#include <bitext/errors.h>
#include <bitext/numbers.h>
#include <bitext/stem.h>
#include <bitext/translit.h>
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

/* ---- character classes ---------------------------------------------- */

enum { C_SPACE, C_DIGIT, C_LATIN, C_HANGUL, C_CJK, C_LETTER, C_PUNCT };

static int feat_class(UChar32 c)
{
	UErrorCode st = U_ZERO_ERROR;
	UScriptCode sc;

	if (c < 0x80) {
		if (c >= '0' && c <= '9')
			return C_DIGIT;
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return C_LATIN;
		return c <= ' ' ? C_SPACE : C_PUNCT;
	}
	if (u_isUWhiteSpace(c))
		return C_SPACE;
	if (c == 0x30FC || c == 0x3005)        /* ー 々: of Kana and Han words */
		return C_CJK;
	if (u_isdigit(c))
		return C_DIGIT;
	if (!u_isalpha(c) && !(U_GET_GC_MASK(c) & U_GC_M_MASK))
		return C_PUNCT;
	sc = uscript_getScript(c, &st);
	switch (sc) {
	case USCRIPT_LATIN: return C_LATIN;
	case USCRIPT_HANGUL: return C_HANGUL;
	case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA:
		return C_CJK;
	case USCRIPT_INHERITED: case USCRIPT_COMMON: return C_LATIN;
	default: return C_LETTER;
	}
}

/* ---- scanning -------------------------------------------------------- */

typedef struct {
	const char *text;
	size_t len, pos;
} feat_scan;

static UChar32 feat_peek(const feat_scan *sc, size_t at, size_t *next)
{
	UChar32 c;
	int32_t i = (int32_t)at;

	if (at >= sc->len)
		return -1;
	U8_NEXT(sc->text, i, (int32_t)sc->len, c);
	*next = (size_t)i;
	return c;
}

typedef struct {
	align_side *s;
	int cross;          /* the sides are written in different scripts */
	int cognates;       /* cognates between Latin-script sides */
	int is_src;
	const align_names *names; /* or NULL */
} feat_ctx;

/* Name items: a source word with matched names, or target names. */
static int feat_add_item(align_side *s, int kind, const uint64_t *keys,
	size_t nkeys);

static int feat_han(UChar32 c)
{
	UErrorCode st = U_ZERO_ERROR;

	return c >= 0x2E80 && uscript_getScript(c, &st) == USCRIPT_HAN;
}

static int feat_names(const feat_ctx *cx, int cls, const char *text,
	size_t len, size_t start, size_t end)
{
	const align_names *nm = cx->names;
	size_t ends[3], n, k;
	int error;

	int words = nm && nm->swapped ? !cx->is_src : cx->is_src;

	if (!nm || !nm->nwords)
		return 0;
	if (words && cls == C_CJK) {
		/* Han words of 2 to ALIGN_NAME_HAN_MAX characters at every
		 * start (no spaces say where a Chinese name ends) */
		int32_t i = (int32_t)start;

		while (i < (int32_t)end) {
			int32_t b = i, e, k;
			UChar32 c;

			U8_NEXT(text, i, (int32_t)end, c);
			if (c < 0 || !feat_han(c))
				continue;
			e = i;
			for (k = 1; k < ALIGN_NAME_HAN_MAX && e < (int32_t)end; k++) {
				const uint32_t *v;

				U8_NEXT(text, e, (int32_t)end, c);
				if (c < 0 || !feat_han(c))
					break;
				v = align_map_find(&nm->src, align_hash('W', text + b,
					(size_t)(e - b)));
				if (v && (error = feat_add_item(cx->s, ALIGN_K_NAME,
						nm->keys + nm->first[*v], nm->count[*v])) < 0)
					return error;
			}
		}
	}
	if (words && (cls == C_HANGUL || cls == C_CJK || cls == C_LETTER)) {
		/* runs of name characters inside the word (Katakana inside a
		 * Japanese run of Han and Kana; the whole Hangul word) */
		int32_t i = (int32_t)start;

		while (i < (int32_t)end) {
			int32_t b = i, e;
			UChar32 c;
			const uint32_t *v;

			U8_NEXT(text, i, (int32_t)end, c);
			if (c < 0 || !bitext_align__name_char(c))
				continue;
			e = i;
			while (i < (int32_t)end) {
				int32_t save = i;
				U8_NEXT(text, i, (int32_t)end, c);
				if (c < 0 || !bitext_align__name_char(c)) {
					i = save;
					break;
				}
				e = i;
			}
			v = align_map_find(&nm->src, align_hash('W', text + b,
				(size_t)(e - b)));
			if (v && (error = feat_add_item(cx->s, ALIGN_K_NAME,
					nm->keys + nm->first[*v], nm->count[*v])) < 0)
				return error;
			i = e > i ? e : i;
		}
		return 0;
	}
	if (words || cls != C_LATIN)
		return 0;
	if (!isupper((unsigned char)text[start])) {
		uint64_t key = bitext_align__name_key(text + start, end - start);

		return align_map_find(&nm->tgt, key) ?
			feat_add_item(cx->s, ALIGN_K_NAME, &key, 1) : 0;
	}
	n = bitext_align__name_spans(text, len, start, ends);
	for (k = 0; k < n; k++) {
		uint64_t key = bitext_align__name_key(text + start, ends[k] - start);

		if (align_map_find(&nm->tgt, key) &&
				(error = feat_add_item(cx->s, ALIGN_K_NAME, &key, 1)) < 0)
			return error;
	}
	return 0;
}

static int feat_add_item(align_side *s, int kind, const uint64_t *keys,
	size_t nkeys)
{
	int error;
	size_t k;

	if (!nkeys)
		return 0;
	if ((error = bitext__grow((void **)&s->anc, &s->aanc, s->nanc + 1,
			sizeof(align_item))) < 0 ||
		(error = bitext__grow((void **)&s->akeys, &s->aakeys,
			s->nakeys + nkeys, sizeof(uint64_t))) < 0)
		return error;
	s->anc[s->nanc].key_off = (uint32_t)s->nakeys;
	s->anc[s->nanc].nkeys = (uint16_t)(nkeys > 0xFFFF ? 0xFFFF : nkeys);
	s->anc[s->nanc].kind = (uint8_t)kind;
	s->nanc++;
	for (k = 0; k < nkeys; k++)
		s->akeys[s->nakeys++] = keys[k];
	return 0;
}

static int feat_add_key(align_side *s, int kind, char ns, const char *str,
	size_t len)
{
	uint64_t key = align_hash(ns, str, len);
	return feat_add_item(s, kind, &key, 1);
}

/* An item of kind ALIGN_K_NUM with up to two keys: namespace ns[i] +
 * vals[i] ("%.10g"). */
static int feat_add_values(align_side *s, const char *ns, const double *vals,
	size_t n)
{
	uint64_t keys[2];
	char buf[48];
	size_t i;

	for (i = 0; i < n && i < 2; i++) {
		int k = snprintf(buf, sizeof(buf), "%.10g", vals[i]);
		keys[i] = align_hash(ns[i], buf, (size_t)k);
	}
	return feat_add_item(s, ALIGN_K_NUM, keys, i);
}

/*
 * The anchor items of one number of bitext_numbers_extract(), keyed so
 * that two numbers bitext_number_equal() pairs share a key: a value by its
 * absolute value ('N': 4만7000명 = 47,000 people = 47 thousand; a sign said
 * in words matches), a percentage in its own namespace ('%': 3.5% is not
 * 3.5 meters), a time by its minute of the day ('T'; both halves of the day
 * for 3시). A date gives one item per part, each partial evidence as the
 * checker's date comparison is: its month ('M': 12월 = December = Dec.),
 * its day ('D'; a day alone, 10일, is also the number or ordinal 10) and
 * its year (by value: 2014년 12월 = 2014).
 */
static int feat_number(align_side *s, const bitext_number *x)
{
	double v[2];
	int error = 0;

	switch (x->kind) {
	case BITEXT_NUM_PERCENT:
		v[0] = fabs(x->value);
		return feat_add_values(s, "%", v, 1);
	case BITEXT_NUM_TIME:
		v[0] = x->hour * 60 + (x->minute > 0 ? x->minute : 0);
		v[1] = v[0] + 12 * 60;
		return feat_add_values(s, "TT", v,
			(x->flags & BITEXT_NUM_F_HOUR12) && x->hour < 12 ? 2 : 1);
	case BITEXT_NUM_DATE:
		if (x->month) {
			v[0] = x->month;
			error = feat_add_values(s, "M", v, 1);
		}
		if (!error && x->day) {
			v[0] = v[1] = x->day;
			error = feat_add_values(s, "DN", v,
				x->month || x->year ? 1 : 2);
		}
		if (!error && x->year) {
			v[0] = x->year;
			error = feat_add_values(s, "N", v, 1);
		}
		return error;
	default:
		v[0] = fabs(x->value);
		return feat_add_values(s, "N", v, 1);
	}
}

/* Is a Latin word an anchor? Across scripts every Latin word may be one
 * (filtered later by presence on the other side); between two Latin-script
 * languages only acronyms, inner capitals and words with digits are. */
static int feat_latin_anchor(const feat_ctx *cx, const char *w, size_t len,
	int first)
{
	size_t i, upper = 0;

	if (len < 2)
		return 0;
	if (cx->cross)
		return 1;
	for (i = 0; i < len; i++)
		if (isupper((unsigned char)w[i]))
			upper++;
	if (upper >= 2)
		return 1;
	return upper == 1 && isupper((unsigned char)w[0]) && !first;
}

/* Word key for learning of a letter run into *key: a Hangul word by its
 * shortest stem (bitext_stem_ko(): 대통령은 -> 대통령, 발표했다 -> 발표),
 * a Latin one by bitext_stem_en() (companies, company's -> compani), others
 * as they are. `scratch` holds the English stem. */
static int feat_word_key(bitext_buf *scratch, int cls, const char *w,
	size_t len, uint64_t *key)
{
	size_t lens[BITEXT_STEM_KO_MAX];
	int n, error;

	if (cls == C_HANGUL) {
		n = bitext_stem_ko(lens, w, len);
		*key = align_hash('W', w, n > 0 ? lens[n - 1] : len);
		return 0;
	}
	if (cls == C_LATIN) {
		if ((error = bitext_stem_en(scratch, w, len)) < 0)
			return error;
		*key = align_hash('W', scratch->ptr, scratch->size);
		return 0;
	}
	*key = align_hash('W', w, len);
	return 0;
}

typedef struct {
	uint32_t start, end;      /* a Latin word of the segment */
} feat_span;

typedef struct {
	uint64_t *keys;
	size_t n, cap;
	bitext_buf scratch;       /* a word's English stem */
	bitext_number_list nums;  /* the numbers of the segment */
	bitext_tokenizer *tk;     /* words of Han/Kana runs, or NULL:
	                             character bigrams, substrings */
	bitext_token_list toks;
	int learn_words;
	feat_span *cog;           /* Latin words that may be cognates */
	size_t ncog, acog;
} feat_keys;

#define FEAT_KEYS_INIT { NULL, 0, 0, BITEXT_BUF_INIT, \
	BITEXT_NUMBER_LIST_INIT, NULL, BITEXT_TOKEN_LIST_INIT, 0, NULL, 0, 0 }

static int feat_span_push(feat_span **v, size_t *n, size_t *cap, size_t a,
	size_t b)
{
	if (bitext__grow((void **)v, cap, *n + 1, sizeof(**v)) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	(*v)[*n].start = (uint32_t)a;
	(*v)[*n].end = (uint32_t)b;
	(*n)++;
	return 0;
}

static int feat_keys_add(feat_keys *k, uint64_t key)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		if (k->keys[i] == key)
			return 0;
	if (bitext__grow((void **)&k->keys, &k->cap, k->n + 1, sizeof(uint64_t)) < 0)
		return -1;
	k->keys[k->n++] = key;
	return 0;
}

/* Add the letter-run word keys: a Han/Kana run gives its words (ICU's
 * word break iterator, wk->tk), or its character bigrams without one. */
static int feat_word(feat_keys *wk, int cls, const char *w, size_t len)
{
	size_t i = 0, prev = 0;
	int32_t j;
	UChar32 c;

	if (cls != C_CJK) {
		uint64_t key;
		int error = feat_word_key(&wk->scratch, cls, w, len, &key);
		return error < 0 ? error : feat_keys_add(wk, key);
	}
	if (wk->tk && wk->learn_words) {
		int error = bitext_tokenizer_run(wk->tk, &wk->toks, w, len);

		for (i = 0; i < wk->toks.count && !error; i++)
			if (wk->toks.items[i].kind == BITEXT_TOKEN_LETTERS &&
					feat_keys_add(wk, align_hash('W', w +
						wk->toks.items[i].start, wk->toks.items[i].end -
						wk->toks.items[i].start)) < 0)
				error = bitext_error_set(BITEXT_ENOMEM, "err_nomem",
					NULL);
		return error;
	}
	j = 0;
	U8_NEXT(w, j, (int32_t)len, c);
	(void)c;
	prev = 0;
	i = (size_t)j;
	while (i < len) {
		size_t start = prev;
		j = (int32_t)i;
		U8_NEXT(w, j, (int32_t)len, c);
		if (feat_keys_add(wk, align_hash('W', w + start, (size_t)j - start)) < 0)
			return -1;
		prev = i;
		i = (size_t)j;
	}
	if (prev == 0)
		return feat_keys_add(wk, align_hash('W', w, len));
	return 0;
}

/* End of a newswire dateline ("SEOUL, Dec. 10 (Yonhap) --", "TOKYO (AP)
 * —") at the start of a segment, or 0. Its date and place are the
 * agency's, often absent from the other side: they are no anchors. */
static size_t feat_dateline(const char *t, size_t len)
{
	size_t i, lim = len < 100 ? len : 100;

	if (!len || !isupper((unsigned char)t[0]))
		return 0;
	for (i = 1; i + 3 < lim; i++) {
		if (t[i] != ')')
			continue;
		if (!memcmp(t + i + 1, " --", 3))
			return i + 4;
		if (i + 5 <= len && !memcmp(t + i + 1, " \xE2\x80\x94", 4))
			return i + 5;
	}
	return 0;
}

/* End of the run of digits at `i`, with grouping commas and decimal
 * points between digits (47,000; 3.5). */
static size_t feat_digit_run(const feat_scan *sc, size_t i)
{
	size_t next;

	while (i < sc->len) {
		UChar32 c = feat_peek(sc, i, &next);
		if (c >= 0 && feat_class(c) == C_DIGIT) {
			i = next;
		} else if ((c == ',' || c == '.') && next < sc->len &&
				sc->text[next] >= '0' && sc->text[next] <= '9') {
			i = next;
		} else {
			break;
		}
	}
	return i;
}

/*
 * Number anchors of a segment from bitext_numbers_extract() (the checker's
 * reader), leaving out those of a dateline ending at `from` and the small
 * numbers spelled in words (one, first, 세 명: F_WEAK and F_SPELLED), which
 * translations drop or rephrase as often as they keep them: as anchors
 * they cost more links than they find (1루와 3루 ~ "first and third base"
 * split a 2-1 link of corpora/ko-en/05 into 1-0 + 1-1).
 */
static int feat_numbers(const feat_ctx *cx, feat_keys *wk, const char *text,
	size_t len, size_t from)
{
	const unsigned small = BITEXT_NUM_F_WEAK | BITEXT_NUM_F_SPELLED;
	size_t i;
	int error;

	if ((error = bitext_numbers_extract(&wk->nums, cx->s->lang, text,
			len)) < 0)
		return error;
	for (i = 0; i < wk->nums.count && !error; i++) {
		const bitext_number *x = &wk->nums.items[i];
		if (x->start >= from && (x->flags & small) != small)
			error = feat_number(cx->s, x);
	}
	return error;
}

/* Is the byte range [a, b) inside a number of wk->nums (a month name, a
 * scale word, a unit: "December", "billion", "percent")? *at is the index
 * to start looking from, advanced as the scan goes on. */
static int feat_in_number(const feat_keys *wk, size_t *at, size_t a,
	size_t b)
{
	while (*at < wk->nums.count && wk->nums.items[*at].end <= a)
		(*at)++;
	return *at < wk->nums.count && wk->nums.items[*at].start <= a &&
		b <= wk->nums.items[*at].end;
}

/* Scan one segment: lengths, anchors, word keys. */
static int feat_segment(const feat_ctx *cx, size_t seg, const char *text,
	size_t len, feat_keys *wk)
{
	align_side *s = cx->s;
	feat_scan sc = { text, len, 0 };
	int error = 0, words = 0, has_q = 0, has_x = 0, has_quote = 0;
	size_t next, num = 0;

	wk->n = 0;
	wk->ncog = 0;
	sc.pos = feat_dateline(text, len);
	for (next = 0; next < sc.pos; next++)
		s->lat[seg] += isalnum((unsigned char)text[next]) ? 1 : 0;
	error = feat_numbers(cx, wk, text, len, sc.pos);
	while (sc.pos < len && !error) {
		UChar32 c = feat_peek(&sc, sc.pos, &next);
		int cls = feat_class(c);
		size_t start = sc.pos;

		if (c < 0) {
			sc.pos = next > sc.pos ? next : sc.pos + 1;
			continue;
		}
		if (cls == C_DIGIT) {
			sc.pos = feat_digit_run(&sc, sc.pos);
			s->lat[seg] += (double)(sc.pos - start);
			continue;
		}
		if (cls == C_LATIN || cls == C_HANGUL || cls == C_CJK ||
				cls == C_LETTER) {
			size_t chars = 0, e = sc.pos;
			UChar32 d;

			while (e < len) {
				size_t n2;
				d = feat_peek(&sc, e, &n2);
				if (d < 0 || feat_class(d) != cls)
					break;
				chars++;
				e = n2;
			}
			sc.pos = e;
			if (cls == C_LATIN)
				s->lat[seg] += (double)chars;
			else
				s->nat[seg] += (double)chars;
			/* a month name or a scale word is part of its number */
			if (cls == C_LATIN && !feat_in_number(wk, &num, start, e) &&
					feat_latin_anchor(cx, text + start, e - start,
						!words)) {
				char buf[64];
				size_t n = e - start < sizeof(buf) ? e - start : sizeof(buf);
				size_t k;
				for (k = 0; k < n; k++)
					buf[k] = (char)tolower((unsigned char)text[start + k]);
				error = feat_add_key(s, ALIGN_K_LATIN, 'L', buf, n);
			}
			if (!error && cx->cognates && cls == C_LATIN &&
					chars >= ALIGN_COGNATE_PREFIX &&
					!feat_in_number(wk, &num, start, e))
				error = feat_span_push(&wk->cog, &wk->ncog, &wk->acog,
					start, e);
			if (!error)
				error = feat_word(wk, cls, text + start, e - start);
			if (!error)
				error = feat_names(cx, cls, text, len, start, e);
			words++;
			continue;
		}
		if (c == '?' || c == 0xFF1F)
			has_q = 1;
		else if (c == '!' || c == 0xFF01)
			has_x = 1;
		else if (c == '"' || c == 0x201C || c == 0x201D || c == 0x300C ||
				c == 0x300D || c == 0x300E || c == 0x300F)
			has_quote = 1;
		sc.pos = next;
	}
	if (!error && has_q)
		error = feat_add_key(s, ALIGN_K_PUNCT, 'P', "?", 1);
	if (!error && has_x)
		error = feat_add_key(s, ALIGN_K_PUNCT, 'P', "!", 1);
	if (!error && has_quote)
		error = feat_add_key(s, ALIGN_K_PUNCT, 'P', "\"", 1);
	return error;
}

/* A lexicon entry matched: its item (where it matched does not matter). */
static int feat_term_cb(void *payload, int kind, const uint64_t *keys,
	size_t nkeys, size_t start, size_t end)
{
	(void)start;
	(void)end;
	return feat_add_item(payload, kind, keys, nkeys);
}

/*
 * Cognates: the Latin words of a segment (between two Latin-script
 * languages), each an item keyed by its first ALIGN_COGNATE_PREFIX
 * letters, case and accents folded (ICU's Latin-ASCII: Système ~ system,
 * Información ~ information, identical names and technical words). Words
 * the lexicon knows get one too: leaving them out, so that a dictionary
 * would overrule a false friend (German also is "so"), lost 0.2-0.8 points
 * of strict F1 on the even Debian Reference chapters of en-de and en-fr
 * (doc/align.md).
 */
static int feat_cognates(align_side *s, feat_keys *wk, const char *text)
{
	size_t i;
	int error = 0;

	for (i = 0; i < wk->ncog && !error; i++) {
		const feat_span *w = &wk->cog[i];
		const char *p = text + w->start;
		size_t n = w->end - w->start, j;
		int ascii = 1;

		for (j = 0; j < n && ascii; j++)
			ascii = !((unsigned char)p[j] & 0x80);
		if (ascii) {
			char buf[ALIGN_COGNATE_PREFIX];

			for (j = 0; j < ALIGN_COGNATE_PREFIX; j++)
				buf[j] = (char)tolower((unsigned char)p[j]);
			error = feat_add_key(s, ALIGN_K_COGNATE, 'C', buf,
				ALIGN_COGNATE_PREFIX);
			continue;
		}
		if ((error = bitext_translit_romanize(NULL, &wk->scratch, p,
				n)) < 0)
			break;
		error = 0;
		if (wk->scratch.size >= ALIGN_COGNATE_PREFIX)
			error = feat_add_key(s, ALIGN_K_COGNATE, 'C',
				wk->scratch.ptr, ALIGN_COGNATE_PREFIX);
	}
	return error;
}

/* Which script dominates a document: 1 when Latin letters outnumber the
 * others in a sample of its text. */
static int feat_latin_doc(const bitext_doc *doc)
{
	size_t n = bitext_doc_segment_count(doc), i, lat = 0, nat = 0;

	for (i = 0; i < n && lat + nat < 20000; i++) {
		const bitext_segment *g = bitext_doc_segment(doc, i);
		int32_t k = 0;
		UChar32 c;

		while (k < (int32_t)g->len) {
			int cls;
			U8_NEXT(g->text, k, (int32_t)g->len, c);
			cls = feat_class(c);
			if (cls == C_LATIN)
				lat++;
			else if (cls == C_HANGUL || cls == C_CJK || cls == C_LETTER)
				nat++;
		}
	}
	return lat >= nat;
}

int bitext_align__side_build(align_side *s, const bitext_doc *doc, const char *lang,
	const bitext_lexicon *lex, const align_names *names, int is_src,
	int anchors)
{
	size_t n = bitext_doc_segment_count(doc), i, k;
	feat_keys wk = FEAT_KEYS_INIT;
	feat_ctx cx;
	int error = 0;

	memset(s, 0, sizeof(*s));
	s->n = n;
	s->lang = lang;
	s->lat = calloc(n + 1, sizeof(double));
	s->nat = calloc(n + 1, sizeof(double));
	s->cum = calloc(n + 1, sizeof(double));
	s->para = calloc(n + 1, sizeof(uint32_t));
	s->pstart = calloc(n + 1, 1);
	s->anc_first = calloc(n + 1, sizeof(uint32_t));
	s->tok_first = calloc(n + 1, sizeof(uint32_t));
	if (!s->lat || !s->nat || !s->cum || !s->para || !s->pstart ||
			!s->anc_first || !s->tok_first) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	/* cross-script: decided by the caller through is_src's partner; here
	 * approximated by the language tags when known */
	cx.s = s;
	cx.is_src = is_src;
	cx.cross = (anchors >> 1) & 1;
	cx.cognates = !cx.cross && (anchors & 1) && (anchors & 4);
	cx.names = names;
	if ((anchors & 8) && (error = bitext_tokenizer_new(&wk.tk, lang)) < 0)
		goto cleanup;
	wk.learn_words = (anchors & 16) != 0;
	for (i = 0; i < n; i++) {
		const bitext_segment *g = bitext_doc_segment(doc, i);

		s->para[i] = (uint32_t)g->paragraph;
		s->pstart[i] = i == 0 || bitext_doc_segment(doc, i - 1)->paragraph !=
			g->paragraph;
		s->anc_first[i] = (uint32_t)s->nanc;
		if ((anchors & 1) &&
				(error = feat_segment(&cx, i, g->text, g->len, &wk)) < 0)
			goto cleanup;
		if (!(anchors & 1)) {
			/* lengths and words still needed */
			size_t save = s->nanc, savek = s->nakeys;
			if ((error = feat_segment(&cx, i, g->text, g->len, &wk)) < 0)
				goto cleanup;
			s->nanc = save;
			s->nakeys = savek;
		}
		if (lex && (error = bitext_lexicon__match(lex, is_src, wk.tk,
				g->text, g->len, feat_term_cb, s)) < 0)
			goto cleanup;
		if (cx.cognates && (error = feat_cognates(s, &wk, g->text)) < 0)
			goto cleanup;
		s->tok_first[i] = (uint32_t)s->ntok;
		if ((error = bitext__grow((void **)&s->tok, &s->atok, s->ntok + wk.n,
				sizeof(uint64_t))) < 0)
			goto cleanup;
		for (k = 0; k < wk.n; k++)
			s->tok[s->ntok++] = wk.keys[k];
	}
	s->anc_first[n] = (uint32_t)s->nanc;
	s->tok_first[n] = (uint32_t)s->ntok;
cleanup:
	free(wk.keys);
	free(wk.cog);
	bitext_tokenizer_free(wk.tk);
	bitext_token_list_dispose(&wk.toks);
	bitext_buf_dispose(&wk.scratch);
	bitext_number_list_dispose(&wk.nums);
	return error;
}

int bitext_align__side_script_latin(const bitext_doc *doc)
{
	return feat_latin_doc(doc);
}

void bitext_align__side_dispose(align_side *s)
{
	free(s->lat);
	free(s->nat);
	free(s->cum);
	free(s->para);
	free(s->pstart);
	free(s->anc_first);
	free(s->anc);
	free(s->akeys);
	free(s->tok_first);
	free(s->tok);
	free(s->item_first);
	free(s->items);
	free(s->keys);
	free(s->set_first);
	free(s->set);
	memset(s, 0, sizeof(*s));
}

/* ---- items of a pass ---------------------------------------------------- */

static int feat_cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Count, for every key, the segments of side s holding it (its own keys
 * and, with `assoc`, the keys its words bring). */
static int feat_collect(align_map *m, const align_side *s,
	const align_assoc *assoc, int is_src)
{
	uint64_t *tmp = NULL;
	size_t cap = 0, i, a, k;
	int error = 0;

	for (i = 0; i < s->n && !error; i++) {
		size_t n = 0, u;

		for (a = s->anc_first[i]; a < s->anc_first[i + 1] && !error; a++)
			for (k = 0; k < s->anc[a].nkeys && !error; k++)
				if (!(error = bitext__grow((void **)&tmp, &cap, n + 1,
						sizeof(uint64_t))))
					tmp[n++] = s->akeys[s->anc[a].key_off + k];
		for (a = s->tok_first[i]; assoc && a < s->tok_first[i + 1] &&
				!error; a++) {
			const uint32_t *v;

			if (is_src) {
				v = align_map_find(&assoc->src, s->tok[a]);
				for (k = 0; v && k < assoc->count[*v] && !error; k++)
					if (!(error = bitext__grow((void **)&tmp, &cap, n + 1,
							sizeof(uint64_t))))
						tmp[n++] = assoc->tr[assoc->first[*v] + k];
			} else if (align_map_find(&assoc->tgt, s->tok[a])) {
				if (!(error = bitext__grow((void **)&tmp, &cap, n + 1,
						sizeof(uint64_t))))
					tmp[n++] = s->tok[a];
			}
		}
		if (error)
			break;
		if (n > 1)
			qsort(tmp, n, sizeof(uint64_t), feat_cmp_u64);
		for (k = 0, u = 0; k < n; k++) {
			uint32_t *v;

			if (u && tmp[k] == tmp[u - 1])
				continue;
			tmp[u++] = tmp[k];
			if (!(v = align_map_get(m, tmp[k]))) {
				error = -1;
				break;
			}
			(*v)++;
		}
	}
	free(tmp);
	return error;
}

/* Append item (kind, keys) keeping only keys live on the other side. */
static int feat_put(align_side *s, size_t *aitems, size_t *akeys, int kind,
	const uint64_t *keys, size_t nkeys, const align_map *other, size_t nother)
{
	size_t k, kept = 0, off = s->nkeys;
	double df = 0;
	int error;

	if ((error = bitext__grow((void **)&s->keys, akeys, s->nkeys + nkeys,
			sizeof(uint64_t))) < 0)
		return error;
	for (k = 0; k < nkeys; k++) {
		const uint32_t *v = align_map_find(other, keys[k]);

		if (v) {
			s->keys[off + kept++] = keys[k];
			df += *v;
		}
	}
	if (!kept)
		return 0;
	if ((error = bitext__grow((void **)&s->items, aitems, s->nitems + 1,
			sizeof(align_item))) < 0)
		return error;
	s->items[s->nitems].key_off = (uint32_t)off;
	s->items[s->nitems].nkeys = (uint16_t)kept;
	s->items[s->nitems].kind = (uint8_t)kind;
	s->items[s->nitems].p = (float)(nother && df < (double)nother ?
		df / (double)nother : 0.95);
	s->nitems++;
	s->nkeys += kept;
	return 0;
}

static int feat_items(align_side *s, const align_assoc *assoc, int is_src,
	const align_map *other, size_t nother)
{
	size_t aitems = 0, akeys = 0, i, a, k;
	int error = 0;

	free(s->items);
	free(s->keys);
	free(s->set);
	free(s->item_first);
	free(s->set_first);
	s->items = NULL;
	s->keys = NULL;
	s->set = NULL;
	s->nitems = s->nkeys = 0;
	s->item_first = calloc(s->n + 1, sizeof(uint32_t));
	s->set_first = calloc(s->n + 1, sizeof(uint32_t));
	if (!s->item_first || !s->set_first)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (i = 0; i < s->n && !error; i++) {
		s->item_first[i] = (uint32_t)s->nitems;
		for (a = s->anc_first[i]; a < s->anc_first[i + 1] && !error; a++)
			error = feat_put(s, &aitems, &akeys, s->anc[a].kind,
				s->akeys + s->anc[a].key_off, s->anc[a].nkeys, other, nother);
		for (a = s->tok_first[i]; assoc && a < s->tok_first[i + 1] &&
				!error; a++) {
			const uint32_t *v;

			if (is_src) {
				v = align_map_find(&assoc->src, s->tok[a]);
				if (v)
					error = feat_put(s, &aitems, &akeys, ALIGN_K_LEX,
						assoc->tr + assoc->first[*v],
						assoc->count[*v], other, nother);
			} else if (align_map_find(&assoc->tgt, s->tok[a])) {
				error = feat_put(s, &aitems, &akeys, ALIGN_K_LEX,
					&s->tok[a], 1, other, nother);
			}
		}
	}
	s->item_first[s->n] = (uint32_t)s->nitems;
	if (error)
		return error;
	s->set = malloc((s->nkeys + 1) * sizeof(uint64_t));
	if (!s->set)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	/* sets: per segment, copy keys, sort, unique */
	{
		size_t total = 0;
		for (i = 0; i < s->n; i++) {
			size_t kb = s->item_first[i] < s->nitems ?
				s->items[s->item_first[i]].key_off : s->nkeys;
			size_t ke = s->item_first[i + 1] < s->nitems ?
				s->items[s->item_first[i + 1]].key_off : s->nkeys;
			size_t n = 0;

			s->set_first[i] = (uint32_t)total;
			for (k = kb; k < ke; k++)
				s->set[total + n++] = s->keys[k];
			qsort(s->set + total, n, sizeof(uint64_t), feat_cmp_u64);
			for (k = 0, a = 0; k < n; k++)
				if (!a || s->set[total + a - 1] != s->set[total + k])
					s->set[total + a++] = s->set[total + k];
			total += a;
		}
		s->set_first[s->n] = (uint32_t)total;
	}
	return 0;
}

int bitext_align__items_prepare(align_side *s, align_side *t,
	const align_assoc *assoc)
{
	align_map ms = { 0 }, mt = { 0 };
	int error;

	if ((error = align_map_init(&ms, s->nakeys + 64)) < 0 ||
		(error = align_map_init(&mt, t->nakeys + 64)) < 0)
		goto cleanup;
	if (feat_collect(&ms, s, assoc, 1) < 0 ||
			feat_collect(&mt, t, assoc, 0) < 0) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	if ((error = feat_items(s, assoc, 1, &mt, t->n)) < 0 ||
		(error = feat_items(t, assoc, 0, &ms, s->n)) < 0)
		goto cleanup;
cleanup:
	bitext_map__dispose(&ms);
	bitext_map__dispose(&mt);
	return error;
}
