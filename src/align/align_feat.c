/*
 * align_feat.c - features of the segments of one side of an alignment:
 * weighted length counts, word keys for learning, and anchor items
 * (numbers by value, Latin-script words, punctuation, lexicon terms).
 *
 * Text is scanned code point by code point (ICU's U8_NEXT and character
 * properties); nothing here allocates per token. Number values: digits with
 * grouping commas and a decimal point; Korean/Japanese/Chinese scale
 * characters (천 千 1e3, 만 万 萬 1e4, 억 億 1e8, 조 兆 1e12) combine as in
 * 4만7000 = 47000 and 1조2000억 = 1.2e12; English scale words (thousand,
 * million, billion, trillion) multiply the number before them. Months are
 * their own keys (12월, 12月, Dec., December -> "M12") so that a date
 * matches across languages while its day stays an ordinary number.
 */
#include "align/align_int.h"
#include "util/vec.h"

#include <bitext/errors.h>
#include <bitext/stem.h>
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

static double feat_scale_cjk(UChar32 c)
{
	switch (c) {
	case 0xCC9C: case 0x5343: return 1e3;                /* 천 千 */
	case 0xB9CC: case 0x4E07: case 0x842C: return 1e4;   /* 만 万 萬 */
	case 0xC5B5: case 0x5104: case 0x4EBF: return 1e8;   /* 억 億 亿 */
	case 0xC870: case 0x5146: return 1e12;               /* 조 兆 */
	default: return 0;
	}
}

static const char *const feat_months[12][2] = {
	{ "january", "jan" }, { "february", "feb" }, { "march", "mar" },
	{ "april", "apr" }, { "may", "may" }, { "june", "jun" },
	{ "july", "jul" }, { "august", "aug" }, { "september", "sep" },
	{ "october", "oct" }, { "november", "nov" }, { "december", "dec" }
};

static int feat_month(const char *w, size_t len)
{
	int i;

	for (i = 0; i < 12; i++) {
		if ((strlen(feat_months[i][0]) == len &&
				!strncasecmp(w, feat_months[i][0], len)) ||
			(len == 3 && i != 4 &&
				!strncasecmp(w, feat_months[i][1], 3)) ||
			(len == 4 && i == 8 && !strncasecmp(w, "sept", 4)))
			return i + 1;
	}
	return 0;
}

static double feat_scale_word(const char *w, size_t len)
{
	static const struct { const char *w; double v; } s[] = {
		{ "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 },
		{ "trillion", 1e12 }, { "mn", 1e6 }, { "bn", 1e9 }
	};
	size_t i;

	for (i = 0; i < sizeof(s) / sizeof(s[0]); i++)
		if (strlen(s[i].w) == len && !strncasecmp(w, s[i].w, len))
			return s[i].v;
	return 0;
}

/* Read digits with grouping commas and one decimal point at sc->pos. */
static double feat_digits(feat_scan *sc)
{
	double v = 0, frac = 0, scale = 1;
	int in_frac = 0;
	const char *t = sc->text;

	while (sc->pos < sc->len) {
		char ch = t[sc->pos];

		if (ch >= '0' && ch <= '9') {
			if (in_frac) {
				scale /= 10;
				frac += (ch - '0') * scale;
			} else {
				v = v * 10 + (ch - '0');
			}
			sc->pos++;
		} else if (ch == ',' && !in_frac && sc->pos + 3 < sc->len + 1 &&
				sc->pos + 3 <= sc->len - 0 &&
				isdigit((unsigned char)t[sc->pos + 1]) &&
				sc->pos + 3 < sc->len &&
				isdigit((unsigned char)t[sc->pos + 2]) &&
				isdigit((unsigned char)t[sc->pos + 3]) &&
				(sc->pos + 4 >= sc->len ||
				 !isdigit((unsigned char)t[sc->pos + 4]))) {
			sc->pos++;
		} else if (ch == '.' && !in_frac && sc->pos + 1 < sc->len &&
				isdigit((unsigned char)t[sc->pos + 1])) {
			in_frac = 1;
			sc->pos++;
		} else {
			break;
		}
	}
	return v + frac;
}

typedef struct {
	align_side *s;
	int cross;          /* the sides are written in different scripts */
	int is_src;
	const align_names *names; /* or NULL */
} feat_ctx;

/* Name items: a source word with matched names, or target names. */
static int feat_add_item(align_side *s, int kind, const uint64_t *keys,
	size_t nkeys);

static int feat_names(const feat_ctx *cx, int cls, const char *text,
	size_t len, size_t start, size_t end)
{
	const align_names *nm = cx->names;
	size_t ends[3], n, k;
	int error;

	if (!nm || !nm->nwords)
		return 0;
	if (cx->is_src && (cls == C_HANGUL || cls == C_CJK)) {
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
	if (cx->is_src || cls != C_LATIN)
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

static int feat_add_number(align_side *s, double v)
{
	char buf[48];
	int n = snprintf(buf, sizeof(buf), "%.10g", v);
	return feat_add_key(s, ALIGN_K_NUM, 'N', buf, (size_t)n);
}

/* A number at sc->pos: digits, CJK scales, month/day suffixes, English
 * scale words. */
static int feat_number(feat_scan *sc, align_side *s)
{
	double total = 0, group = 0, v, scale;
	size_t next, save;
	UChar32 c;
	char buf[16];

	for (;;) {
		v = feat_digits(sc);
		c = feat_peek(sc, sc->pos, &next);
		if (c == 0xC6D4 || c == 0x6708) {           /* 월 月: month */
			if (total == 0 && group == 0 && v >= 1 && v <= 12) {
				sc->pos = next;
				int n = snprintf(buf, sizeof(buf), "%d", (int)v);
				return feat_add_key(s, ALIGN_K_NUM, 'M', buf, (size_t)n);
			}
		}
		scale = feat_scale_cjk(c);
		if (scale == 1e3) {
			group += v * 1e3;
			sc->pos = next;
		} else if (scale > 0) {
			total += (group + v) * scale;
			group = 0;
			sc->pos = next;
		} else {
			group += v;
			break;
		}
		c = feat_peek(sc, sc->pos, &next);
		if (!(c >= '0' && c <= '9'))
			break;
	}
	total += group;
	/* English scale word after one space: "1.5 billion" */
	save = sc->pos;
	if (sc->pos < sc->len && sc->text[sc->pos] == ' ') {
		size_t b = sc->pos + 1, e = b;

		while (e < sc->len && isalpha((unsigned char)sc->text[e]))
			e++;
		scale = feat_scale_word(sc->text + b, e - b);
		if (scale > 0) {
			total *= scale;
			save = e;
		}
	}
	sc->pos = save;
	return feat_add_number(s, total);
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
	uint64_t *keys;
	size_t n, cap;
	bitext_buf scratch;       /* a word's English stem */
} feat_keys;

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

/* Add the letter-run word keys (CJK runs give character bigrams). */
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

/* Scan one segment: lengths, anchors, word keys. */
static int feat_segment(const feat_ctx *cx, size_t seg, const char *text,
	size_t len, feat_keys *wk)
{
	align_side *s = cx->s;
	feat_scan sc = { text, len, 0 };
	int error = 0, words = 0, has_q = 0, has_x = 0, has_quote = 0;
	size_t next;

	wk->n = 0;
	sc.pos = feat_dateline(text, len);
	for (next = 0; next < sc.pos; next++)
		s->lat[seg] += isalnum((unsigned char)text[next]) ? 1 : 0;
	while (sc.pos < len && !error) {
		UChar32 c = feat_peek(&sc, sc.pos, &next);
		int cls = feat_class(c);
		size_t start = sc.pos;

		if (c < 0) {
			sc.pos = next > sc.pos ? next : sc.pos + 1;
			continue;
		}
		if (cls == C_DIGIT) {
			size_t b = sc.pos;
			error = feat_number(&sc, s);
			s->lat[seg] += (double)(sc.pos - b);
			if (sc.pos == b)
				sc.pos = next;
			continue;
		}
		if (cls == C_LATIN || cls == C_HANGUL || cls == C_CJK ||
				cls == C_LETTER) {
			size_t chars = 0, e = sc.pos;
			UChar32 d;
			int month;

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
			month = cls == C_LATIN ? feat_month(text + start, e - start) : 0;
			if (month && (e - start > 3 || (e < len && text[e] == '.') ||
					isupper((unsigned char)text[start]))) {
				char buf[4];
				int n = snprintf(buf, sizeof(buf), "%d", month);
				error = feat_add_key(s, ALIGN_K_NUM, 'M', buf, (size_t)n);
			} else if (cls == C_LATIN &&
					feat_latin_anchor(cx, text + start, e - start,
						!words)) {
				char buf[64];
				size_t n = e - start < sizeof(buf) ? e - start : sizeof(buf);
				size_t k;
				for (k = 0; k < n; k++)
					buf[k] = (char)tolower((unsigned char)text[start + k]);
				error = feat_add_key(s, ALIGN_K_LATIN, 'L', buf, n);
			}
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

static int feat_term_cb(void *payload, int kind, const uint64_t *keys,
	size_t nkeys)
{
	return feat_add_item(payload, kind, keys, nkeys);
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
	feat_keys wk = { NULL, 0, 0, BITEXT_BUF_INIT };
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
	cx.cross = anchors >> 1;
	cx.names = names;
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
		if (lex && (error = bitext_lexicon__match(lex, is_src, lang, g->text,
				g->len, feat_term_cb, s)) < 0)
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
	bitext_buf_dispose(&wk.scratch);
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

/* ---- words of a phrase or text (lexicon matching) --------------------- */

int bitext_align__words(const char *lang, const char *text, size_t len,
	int (*cb)(void *payload, uint64_t key, const char *w, size_t wlen),
	void *payload)
{
	feat_scan sc = { text, len, 0 };
	bitext_buf scratch = BITEXT_BUF_INIT;
	size_t next;
	int error = 0;

	(void)lang;
	while (sc.pos < len) {
		UChar32 c = feat_peek(&sc, sc.pos, &next);
		int cls = c < 0 ? C_PUNCT : feat_class(c);
		size_t start = sc.pos, e = next;
		uint64_t key;

		if (c < 0 || cls == C_SPACE || cls == C_PUNCT) {
			sc.pos = next > sc.pos ? next : sc.pos + 1;
			continue;
		}
		while (e < len) {
			size_t n2;
			UChar32 d = feat_peek(&sc, e, &n2);
			if (d < 0 || feat_class(d) != cls)
				break;
			e = n2;
		}
		sc.pos = e;
		if (cls == C_DIGIT)
			key = align_hash('W', text + start, e - start);
		else if ((error = feat_word_key(&scratch, cls, text + start,
				e - start, &key)) < 0)
			break;
		if ((error = cb(payload, key, text + start, e - start)) < 0)
			break;
	}
	bitext_buf_dispose(&scratch);
	return error;
}
