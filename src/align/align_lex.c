/*
 * align_lex.c - bilingual lexicons for the aligner: dictionary and
 * termbase entries matched in segments (FreeDict's through dictd.c), and
 * the words of a text as the lexicon keys them (for align_ibm1.c).
 *
 * Lexicon. Each phrase becomes the sequence of its word keys, hashed into
 * one 64-bit value; entries are kept sorted by that value on each side (16
 * bytes an entry plus its kind: a 3,000-entry dictionary takes about 100
 * KB). Word keys (see "words" below): a Korean entry word as written, and
 * in a text every stem bitext_stem_ko() offers (particles and 하다/되다
 * endings stripped: 정부는, 발표했다 find 정부, 발표); English through
 * bitext_stem_en() on both sides (announced, announcing -> announce); Han
 * and Kana entries are searched as substrings of the text's runs (Japanese
 * has no spaces). Matching a segment goes left to right and takes the
 * longest entry starting at each word (the last word of a phrase tried with
 * each of its stems, longest first), then goes on after it. A match yields the
 * keys "T" + hash(source phrase) ("D" for the default dictionary), so every
 * target phrase of one source phrase matches it; a dictionary concept is
 * reported once per segment.
 * TSV rows: source<TAB>target[<TAB>status[<TAB>note]]; rows whose status is
 * forbidden or deprecated are skipped; `#` lines are comments. TBX goes
 * through the termbase module. The default dictionary of a language pair,
 * locales/<src>/align-<tgt>.tsv, is the same format; its entries are items
 * of kind ALIGN_K_DICT, and so are a dictd dictionary's and a learnt
 * lexicon's (first line "# bitext-lexicon"); everything else ALIGN_K_TERM.
 */
#include "align/align_int.h"
#include "align/dictd.h"
#include "lang/lang_int.h"
#include "util/vec.h"

#include <bitext/errors.h>
#include <bitext/io.h>
#include <bitext/msg.h>
#include <bitext/stem.h>
#include <bitext/termbase.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>


#define LEX_MAXN 6      /* longest phrase matched, in words */
#define LEX_MAXCJK 12   /* longest Han/Kana entry matched, in characters */
#define LEX_MAXWORDS 512 /* words of a segment looked at (the rest skipped) */
#define LEX_MAXEMIT 256 /* distinct concepts reported per segment */
/* Where Debian's dictd packages (dict-freedict-*) put their files. */
#define BITEXT_DICTD_DIR "/usr/share/dictd"

typedef struct {
	uint64_t seq;       /* hash of the phrase's word keys */
	uint64_t concept;   /* key "T" (or "D") + source phrase hash */
	uint8_t kind;       /* ALIGN_K_TERM or ALIGN_K_DICT */
} lex_entry;

/* How a side's Latin-script words are keyed: English (and the Latin words
 * of Korean, Japanese and Chinese text) through bitext_stem_en(); a
 * language with a hunspell dictionary by its folded form, and in a text
 * also by each hunspell stem (Häuser -> häuser, haus); other languages
 * through bitext_stem_en() too, for want of better. */
typedef struct {
	bitext_hunstem *hs;       /* NULL: bitext_stem_en() */
	align_map want;           /* words of the documents (bitext_lexicon_want) */
	int has_want;
	int ready;
} lex_side;

typedef struct {
	char *path;
	size_t entries;
} lex_source;

struct bitext_lexicon {
	char src_lang[16], tgt_lang[16];
	lex_entry *src, *tgt;
	size_t nsrc, ntgt, asrc, atgt;
	size_t count;
	int maxn;
	int maxcjk;         /* longest Han/Kana entry, in characters */
	int kind;           /* kind of the entries being added */
	lex_side side[2];   /* [0] target, [1] source */
	bitext_tokenizer *tk[2]; /* words of Han/Kana runs for learning and
	                       for bitext_lexicon_want (opened when needed) */
	lex_source *srcs;   /* files loaded, in order */
	size_t nsrcs, asrcs;
};

static int lex_cmp(const void *a, const void *b)
{
	const lex_entry *x = a, *y = b;
	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
	return x->concept < y->concept ? -1 : x->concept > y->concept;
}

int bitext_lexicon_new(bitext_lexicon **out, const char *src_lang,
	const char *tgt_lang)
{
	bitext_lexicon *lex = calloc(1, sizeof(*lex));

	*out = NULL;
	if (!lex)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	snprintf(lex->src_lang, sizeof(lex->src_lang), "%s",
		src_lang ? src_lang : "und");
	snprintf(lex->tgt_lang, sizeof(lex->tgt_lang), "%s",
		tgt_lang ? tgt_lang : "und");
	lex->kind = ALIGN_K_TERM;
	*out = lex;
	return 0;
}

void bitext_lexicon_free(bitext_lexicon *lex)
{
	size_t i;
	int k;

	if (!lex)
		return;
	for (k = 0; k < 2; k++) {
		bitext_tokenizer_free(lex->tk[k]);
		bitext_lang__hunstem_free(lex->side[k].hs);
		if (lex->side[k].has_want)
			bitext_map__dispose(&lex->side[k].want);
	}
	for (i = 0; i < lex->nsrcs; i++)
		free(lex->srcs[i].path);
	free(lex->srcs);
	free(lex->src);
	free(lex->tgt);
	free(lex);
}

size_t bitext_lexicon_source_count(const bitext_lexicon *lex)
{
	return lex ? lex->nsrcs : 0;
}

const char *bitext_lexicon_source(const bitext_lexicon *lex, size_t i,
	size_t *entries)
{
	if (!lex || i >= lex->nsrcs)
		return NULL;
	if (entries)
		*entries = lex->srcs[i].entries;
	return lex->srcs[i].path;
}

/* Remember a loaded file and the entries it gave. */
static int lex_source_add(bitext_lexicon *lex, const char *path,
	size_t entries)
{
	char *p = strdup(path);

	if (!p || bitext__grow((void **)&lex->srcs, &lex->asrcs,
			lex->nsrcs + 1, sizeof(*lex->srcs)) < 0) {
		free(p);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	lex->srcs[lex->nsrcs].path = p;
	lex->srcs[lex->nsrcs].entries = entries;
	lex->nsrcs++;
	return 0;
}

/* Open the sides' hunspell stemmers once, before the first entry (single
 * threaded: matching only reads them). */
static int lex_ready(bitext_lexicon *lex)
{
	int k, error;

	for (k = 0; k < 2; k++) {
		lex_side *sd = &lex->side[k];
		const char *lang = k ? lex->src_lang : lex->tgt_lang;

		if (sd->ready)
			continue;
		sd->ready = 1;
		if (bitext_lang__is(lang, "en") || bitext_lang__is(lang, "ko") ||
				bitext_lang__is(lang, "ja") || bitext_lang__is(lang, "zh") ||
				bitext_lang__is(lang, "th") || bitext_lang__is(lang, "und"))
			continue;
		if ((error = bitext_lang__hunstem_open(&sd->hs, lang)) < 0)
			return error;
	}
	return 0;
}

size_t bitext_lexicon_count(const bitext_lexicon *lex)
{
	return lex ? lex->count : 0;
}

/* ---- words ------------------------------------------------------------
 * Words of a phrase or a text: runs of Hangul, of Latin letters (with an
 * inner apostrophe: year's), of digits, of Han and Kana (CJK), of other
 * letters. Keys: Hangul 'K' + the word (an entry) or + each candidate stem
 * of bitext_stem_ko() (a text: 대통령은 -> 대통령은, 대통령; 발표했다 ->
 * 발표); Latin 'E' + bitext_stem_en() (announced, announces -> announce);
 * digits 'N'; CJK 'J' + the run (an entry) or, in a text, + each span of
 * it between two word boundaries, up to the longest entry (Chinese and
 * Japanese have no spaces: ICU's word break iterator, whose dictionaries
 * know their words, says where words end, so that 大学生活 is 大学 + 生活
 * and not 大学生 + 活; without a tokenizer every character is a boundary).
 * Thai, Lao, Khmer and Burmese, written without spaces between words too,
 * are CJK here. */

enum { LEX_SEP = 0, LEX_HANGUL, LEX_LATIN, LEX_DIGIT, LEX_CJK, LEX_OTHER };

static int lex_class(UChar32 c)
{
	UErrorCode st = U_ZERO_ERROR;

	if (c < 0x80) {
		if (c >= '0' && c <= '9')
			return LEX_DIGIT;
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return LEX_LATIN;
		return LEX_SEP;
	}
	if (c == 0x30FC || c == 0x3005)        /* ー 々 */
		return LEX_CJK;
	if (u_isdigit(c))
		return LEX_DIGIT;
	if (!u_isalpha(c) && !(U_GET_GC_MASK(c) & U_GC_M_MASK))
		return LEX_SEP;
	switch (uscript_getScript(c, &st)) {
	case USCRIPT_HANGUL: return LEX_HANGUL;
	case USCRIPT_LATIN: return LEX_LATIN;
	case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA:
	case USCRIPT_THAI: case USCRIPT_LAO: case USCRIPT_KHMER:
	case USCRIPT_MYANMAR:
		return LEX_CJK;
	default: return LEX_OTHER;
	}
}

typedef struct {
	uint32_t start, end;
	uint8_t cls;
	uint8_t ncand;
	uint32_t b0, nb;    /* CJK run of a text: its boundaries in bnd[] */
	uint64_t cand[BITEXT_STEM_KO_MAX];
} lex_word;

typedef struct {
	lex_word *w;
	size_t n, cap;
	bitext_buf b;
	/* word boundaries inside the CJK runs: byte offset, and characters
	 * from the run's start (for the longest entry) */
	uint32_t *bnd, *bch;
	size_t nbnd, abnd, abch;
	bitext_token_list toks;
} lex_words;

#define LEX_WORDS_INIT { NULL, 0, 0, BITEXT_BUF_INIT, NULL, NULL, 0, 0, 0, \
	BITEXT_TOKEN_LIST_INIT }

static int lex_bnd_push(lex_words *lw, uint32_t at, uint32_t chars)
{
	if (bitext__grow((void **)&lw->bnd, &lw->abnd, lw->nbnd + 1,
			sizeof(uint32_t)) < 0 ||
		bitext__grow((void **)&lw->bch, &lw->abch, lw->nbnd + 1,
			sizeof(uint32_t)) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	lw->bnd[lw->nbnd] = at;
	lw->bch[lw->nbnd++] = chars;
	return 0;
}

/* The boundaries of the CJK run text[s..e) into w: its word boundaries by
 * `tk`, or every character without one. */
static int lex_bounds(lex_words *lw, lex_word *w, bitext_tokenizer *tk,
	const char *text, int32_t s, int32_t e)
{
	int32_t at = s;
	uint32_t chars = 0;
	size_t t = 0;
	int error;

	w->b0 = (uint32_t)lw->nbnd;
	if (tk && (error = bitext_tokenizer_run(tk, &lw->toks, text + s,
			(size_t)(e - s))) < 0)
		return error;
	while (at < e) {
		if (!tk || (t < lw->toks.count &&
				lw->toks.items[t].start == (size_t)(at - s))) {
			if ((error = lex_bnd_push(lw, (uint32_t)at, chars)) < 0)
				return error;
			while (tk && t < lw->toks.count &&
					lw->toks.items[t].start <= (size_t)(at - s))
				t++;
		}
		U8_FWD_1(text, at, e);
		chars++;
	}
	if ((error = lex_bnd_push(lw, (uint32_t)e, chars)) < 0)
		return error;
	w->nb = (uint32_t)(lw->nbnd - w->b0);
	return 0;
}

static uint64_t lex_key(char ns, const char *s, size_t len)
{
	return align_hash(ns, s, len);
}

/* The keys of a Latin word of a side keyed by hunspell: 'F' + the folded
 * word, then (a text) 'F' + each stem. */
static int lex_latin_hun(lex_words *lw, lex_word *w, const lex_side *sd,
	const char *word, size_t n, int is_text)
{
	const char *p, *e;

	if (bitext_stem_word(&lw->b, "und", word, n) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	w->cand[0] = lex_key('F', lw->b.ptr ? lw->b.ptr : "", lw->b.size);
	if (!is_text)
		return 0;
	if (bitext_lang__hunstem_stems(sd->hs, &lw->b, word, n) < 0)
		return BITEXT_ENOMEM;
	for (p = lw->b.ptr; p && *p && w->ncand < BITEXT_STEM_KO_MAX; p = e) {
		uint64_t k;
		int c;

		if (!(e = strchr(p, '\t')))
			e = p + strlen(p);
		k = lex_key('F', p, (size_t)(e - p));
		for (c = 0; c < w->ncand && w->cand[c] != k; c++)
			;
		if (c == w->ncand)
			w->cand[w->ncand++] = k;
		if (*e)
			e++;
	}
	return 0;
}

/* Split `text` into words with their keys; `is_text` 1 gives the stem
 * candidates of a text, 0 the exact keys of a dictionary phrase; `sd` the
 * side's stemming (NULL: bitext_stem_en()). The CJK runs of a text get
 * their word boundaries by `tk` (every character when NULL); a phrase's
 * runs get them only with a `tk`. */
static int lex_split(lex_words *lw, const lex_side *sd, const char *text,
	size_t len, int is_text, bitext_tokenizer *tk)
{
	int32_t i = 0, n = (int32_t)(len > INT32_MAX ? INT32_MAX : len);

	lw->n = 0;
	lw->nbnd = 0;
	while (i < n) {
		int32_t s = i, e;
		UChar32 c;
		int cls;
		lex_word *w;

		U8_NEXT(text, i, n, c);
		cls = c < 0 ? LEX_SEP : lex_class(c);
		if (cls == LEX_SEP)
			continue;
		e = i;
		while (e < n) {
			int32_t k = e;
			UChar32 d;
			int dc;

			U8_NEXT(text, k, n, d);
			dc = d < 0 ? LEX_SEP : lex_class(d);
			if (dc != cls && !(cls == LEX_LATIN && (d == '\'' ||
					d == 0x2019) && k < n &&
					(text[k] | 0x20) >= 'a' && (text[k] | 0x20) <= 'z'))
				break;
			e = k;
		}
		i = e;
		if (lw->n == LEX_MAXWORDS)
			break;
		if (bitext__grow((void **)&lw->w, &lw->cap, lw->n + 1,
		    sizeof(*lw->w)) < 0)
			return BITEXT_ENOMEM;
		w = &lw->w[lw->n++];
		w->start = (uint32_t)s;
		w->end = (uint32_t)e;
		w->cls = (uint8_t)cls;
		w->ncand = 1;
		switch (cls) {
		case LEX_HANGUL:
			if (is_text) {
				size_t lens[BITEXT_STEM_KO_MAX];
				int k, nc = bitext_stem_ko(lens, text + s, (size_t)(e - s));

				for (k = 0; k < nc; k++)
					w->cand[k] = lex_key('K', text + s, lens[k]);
				w->ncand = (uint8_t)(nc > 0 ? nc : 1);
				if (nc <= 0)
					w->cand[0] = lex_key('K', text + s, (size_t)(e - s));
			} else {
				w->cand[0] = lex_key('K', text + s, (size_t)(e - s));
			}
			break;
		case LEX_LATIN:
			if (sd && sd->hs) {
				if (lex_latin_hun(lw, w, sd, text + s, (size_t)(e - s),
						is_text) < 0)
					return BITEXT_ENOMEM;
				break;
			}
			if (bitext_stem_en(&lw->b, text + s, (size_t)(e - s)) < 0)
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			w->cand[0] = lex_key('E', lw->b.ptr ? lw->b.ptr : "", lw->b.size);
			break;
		case LEX_DIGIT:
			w->cand[0] = lex_key('N', text + s, (size_t)(e - s));
			break;
		case LEX_CJK:
			w->cand[0] = lex_key('J', text + s, (size_t)(e - s));
			w->b0 = w->nb = 0;
			if (is_text || tk) {
				int error = lex_bounds(lw, w, tk, text, s, e);

				if (error < 0)
					return error;
			}
			break;
		default:
			if (bitext_stem_word(&lw->b, "und", text + s,
					(size_t)(e - s)) < 0)
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			w->cand[0] = lex_key('O', lw->b.ptr ? lw->b.ptr : "", lw->b.size);
			break;
		}
	}
	return 0;
}

static void lex_words_dispose(lex_words *lw)
{
	free(lw->w);
	free(lw->bnd);
	free(lw->bch);
	bitext_token_list_dispose(&lw->toks);
	bitext_buf_dispose(&lw->b);
}

/* The tokenizer of a side (1: source) of a lexicon used by one thread
 * (learning, bitext_lexicon_want), opened the first time. */
static int lex_tokenizer(bitext_lexicon *lex, int side,
	bitext_tokenizer **out)
{
	int error;

	if (!lex->tk[side] && (error = bitext_tokenizer_new(&lex->tk[side],
			side ? lex->src_lang : lex->tgt_lang)) < 0)
		return error;
	*out = lex->tk[side];
	return 0;
}

static uint64_t lex_seq(const uint64_t *keys, size_t n)
{
	uint64_t h = bitext_map__hash(0, keys, n * sizeof(*keys));

	return h ? h : 1;
}

static int lex_push(lex_entry **v, size_t *n, size_t *cap, uint64_t seq,
	uint64_t concept, int kind)
{
	if (bitext__grow((void **)v, cap, *n + 1,
	    sizeof(**v)) < 0)
		return BITEXT_ENOMEM;
	(*v)[*n].seq = seq;
	(*v)[*n].concept = concept;
	(*v)[*n].kind = (uint8_t)kind;
	(*n)++;
	return 0;
}

/* The sequence key of a phrase: its word keys; a phrase of Han/Kana words
 * only is one word (spaces dropped), matched inside runs. */
static int lex_phrase(bitext_lexicon *lex, lex_words *lw, const lex_side *sd,
	const char *p, size_t len, uint64_t *seq)
{
	uint64_t keys[LEX_MAXN];
	size_t i, cjk = 0;
	int error, chars = 0;

	if ((error = lex_split(lw, sd, p, len, 0, NULL)) < 0)
		return error;
	for (i = 0; i < lw->n; i++)
		cjk += lw->w[i].cls == LEX_CJK;
	if (lw->n && cjk == lw->n) {
		bitext_buf b = BITEXT_BUF_INIT;
		int32_t k;

		for (i = 0; i < lw->n; i++)
			bitext_buf_put(&b, p + lw->w[i].start,
				lw->w[i].end - lw->w[i].start);
		for (k = 0; k < (int32_t)b.size; chars++)
			U8_FWD_1(b.ptr, k, (int32_t)b.size);
		keys[0] = lex_key('J', b.ptr ? b.ptr : "", b.size);
		bitext_buf_dispose(&b);
		if (chars > LEX_MAXCJK)
			return 0;
		if (chars > lex->maxcjk)
			lex->maxcjk = chars;
		*seq = lex_seq(keys, 1);
		return 1;
	}
	if (!lw->n || lw->n > LEX_MAXN)
		return 0;
	for (i = 0; i < lw->n; i++)
		keys[i] = lw->w[i].cand[0];
	*seq = lex_seq(keys, lw->n);
	if ((int)lw->n > lex->maxn)
		lex->maxn = (int)lw->n;
	return 1;
}

static int lex_add(bitext_lexicon *lex, const char *src, size_t slen,
	const char *tgt, size_t tlen)
{
	lex_words lw = LEX_WORDS_INIT;
	uint64_t sseq = 0, tseq = 0, concept;
	int error, ok;

	if ((error = lex_ready(lex)) < 0)
		return error;
	if ((ok = lex_phrase(lex, &lw, &lex->side[1], src, slen, &sseq)) > 0)
		ok = lex_phrase(lex, &lw, &lex->side[0], tgt, tlen, &tseq);
	lex_words_dispose(&lw);
	if (ok <= 0)
		return ok;
	concept = align_hash(lex->kind == ALIGN_K_DICT ? 'D' : 'T',
		(const char *)&sseq, sizeof(sseq));
	if ((error = lex_push(&lex->src, &lex->nsrc, &lex->asrc, sseq,
			concept, lex->kind)) < 0 ||
		(error = lex_push(&lex->tgt, &lex->ntgt, &lex->atgt, tseq,
			concept, lex->kind)) < 0)
		return error;
	lex->count++;
	return 0;
}

static void lex_finish(bitext_lexicon *lex)
{
	if (lex->nsrc > 1)
		qsort(lex->src, lex->nsrc, sizeof(lex_entry), lex_cmp);
	if (lex->ntgt > 1)
		qsort(lex->tgt, lex->ntgt, sizeof(lex_entry), lex_cmp);
}

int bitext_lexicon_add(bitext_lexicon *lex, const char *src, size_t slen,
	const char *tgt, size_t tlen)
{
	int error = lex_add(lex, src, slen, tgt, tlen);

	if (!error)
		lex_finish(lex);
	return error;
}

static int lex_bad_status(const char *s, size_t n)
{
	return (n >= 9 && !strncasecmp(s, "forbidden", 9)) ||
		(n >= 10 && !strncasecmp(s, "deprecated", 10)) ||
		(n >= 10 && !strncasecmp(s, "superseded", 10));
}

/* Primary subtag of the language tag at s[0..n), lower-cased, in buf. */
static void lex_primary_n(char *buf, size_t cap, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] != '-' && s[i] != '_' && i + 1 < cap; i++)
		buf[i] = (char)tolower((unsigned char)s[i]);
	buf[i] = '\0';
}

/*
 * The languages a learnt lexicon names after its header word (" SRC TGT"
 * at p): the lexicon's pair (regions aside), or the pair backwards, which
 * sets *backwards; any other pair is an error naming both.
 */
static int lex_header_langs(const bitext_lexicon *lex, const char *path,
	const char *p, const char *end, int *backwards)
{
	const char *w[2];
	size_t n[2];
	char hs[16], ht[16], ls[16], lt[16], pair[80];
	int k;

	for (k = 0; k < 2; k++) {
		while (p < end && *p == ' ')
			p++;
		w[k] = p;
		while (p < end && *p != ' ' && *p != '\n' && *p != '\r')
			p++;
		n[k] = (size_t)(p - w[k]);
	}
	if (!n[0] || !n[1] || !lex->src_lang[0] || !lex->tgt_lang[0])
		return 0;                 /* an older header: no languages */
	lex_primary_n(hs, sizeof(hs), w[0], n[0]);
	lex_primary_n(ht, sizeof(ht), w[1], n[1]);
	lex_primary_n(ls, sizeof(ls), lex->src_lang, strlen(lex->src_lang));
	lex_primary_n(lt, sizeof(lt), lex->tgt_lang, strlen(lex->tgt_lang));
	if (!strcmp(hs, ls) && !strcmp(ht, lt))
		return 0;
	if (!strcmp(hs, lt) && !strcmp(ht, ls)) {
		*backwards = 1;
		return 0;
	}
	snprintf(pair, sizeof(pair), "%.*s -> %.*s", (int)(n[0] > 20 ? 20 :
		n[0]), w[0], (int)(n[1] > 20 ? 20 : n[1]), w[1]);
	bitext_error_set(BITEXT_EPARSE, "align_lexicon_pair", path, pair,
		lex->src_lang, lex->tgt_lang, NULL);
	bitext_error_locate(path, 1, 1, 0);
	return BITEXT_EPARSE;
}

static int lex_load_tsv(bitext_lexicon *lex, const char *path,
	const char *data, size_t len)
{
	const char *p = data, *end = data + len;
	size_t hl = strlen(BITEXT_LEXICON_HEADER);
	long line = 0;
	int error, kind = lex->kind, backwards = 0;

	if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	/* a learnt lexicon (bitext lexicon learn): general words, the
	 * default dictionary's kind; its third column is a probability */
	if ((size_t)(end - p) > hl && !memcmp(p, BITEXT_LEXICON_HEADER, hl) &&
			(p[hl] == ' ' || p[hl] == '\n' || p[hl] == '\r')) {
		lex->kind = ALIGN_K_DICT;
		if ((error = lex_header_langs(lex, path, p + hl, end,
		    &backwards)) < 0) {
			lex->kind = kind;
			return error;
		}
	}
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *t1, *t2, *le;

		if (!eol)
			eol = end;
		line++;
		le = eol;
		if (le > p && le[-1] == '\r')
			le--;
		if (le > p && *p != '#') {
			t1 = memchr(p, '\t', (size_t)(le - p));
			if (!t1) {
				error = bitext_error_set(BITEXT_EPARSE, "align_dict_row",
					NULL);
				bitext_error_locate(path, line, (long)(le - p) + 1,
					(long long)(le - data));
				lex->kind = kind;
				return error;
			}
			t2 = memchr(t1 + 1, '\t', (size_t)(le - t1 - 1));
			if (!t2 || !lex_bad_status(t2 + 1, (size_t)(le - t2 - 1))) {
				size_t n1 = (size_t)(t1 - p);
				size_t n2 = (size_t)((t2 ? t2 : le) - t1 - 1);

				if ((error = backwards ?
				    lex_add(lex, t1 + 1, n2, p, n1) :
				    lex_add(lex, p, n1, t1 + 1, n2)) < 0) {
					lex->kind = kind;
					return error;
				}
			}
		}
		p = eol < end ? eol + 1 : end;
	}
	lex->kind = kind;
	return 0;
}

/* A termbase (TBX, or a CSV glossary whose columns are the lexicon's
 * languages), through the termbase reader. */
static int lex_load_tbx(bitext_lexicon *lex, const char *path)
{
	bitext_termbase_options to = BITEXT_TERMBASE_OPTIONS_INIT;
	bitext_termbase *tb = NULL;
	size_t c, i, k;
	int error;

	to.src_lang = lex->src_lang;
	to.tgt_lang = lex->tgt_lang;
	if ((error = bitext_termbase_load(&tb, path, &to)) < 0)
		return error;
	if ((error = bitext_termbase_check_langs(tb)) < 0) {
		bitext_termbase_free(tb);
		return error;
	}
	for (c = 0; c < bitext_termbase_concept_count(tb) && !error; c++) {
		const bitext_concept *cn = bitext_termbase_concept(tb, c);

		for (i = 0; i < cn->nterms && !error; i++) {
			const bitext_term *s = bitext_termbase_term(tb,
				cn->first_term + i);

			if (!bitext_termbase_lang_match(s->lang, lex->src_lang))
				continue;
			for (k = 0; k < cn->nterms && !error; k++) {
				const bitext_term *t = bitext_termbase_term(tb,
					cn->first_term + k);

				if (!bitext_termbase_lang_match(t->lang, lex->tgt_lang) ||
						!BITEXT_TERM_STATUS_OK(t->status))
					continue;
				error = lex_add(lex, s->text, strlen(s->text), t->text,
					strlen(t->text));
			}
		}
	}
	bitext_termbase_free(tb);
	return error;
}

/* ---- words for learning ------------------------------------------------ */

int bitext_lexicon__words(bitext_lexicon *lex, int is_src, const char *text,
	size_t len, int (*cb)(void *payload, uint64_t key, const char *w,
		size_t n), void *payload)
{
	lex_words lw = LEX_WORDS_INIT;
	const lex_side *sd = &lex->side[is_src ? 1 : 0];
	bitext_tokenizer *tk;
	size_t i, b;
	int error;

	if ((error = lex_ready(lex)) < 0 ||
		(error = lex_tokenizer(lex, is_src ? 1 : 0, &tk)) < 0 ||
		(error = lex_split(&lw, sd, text, len, 0, tk)) < 0)
		goto cleanup;
	for (i = 0; i < lw.n && !error; i++) {
		const lex_word *w = &lw.w[i];
		size_t n = w->end - w->start;

		if (w->cls == LEX_DIGIT)
			continue;
		if (w->cls == LEX_CJK) {
			/* each word of the run, keyed as an entry of it is */
			for (b = w->b0; b + 1 < (size_t)w->b0 + w->nb && !error; b++)
				error = cb(payload, lex_key('J', text + lw.bnd[b],
					lw.bnd[b + 1] - lw.bnd[b]), text + lw.bnd[b],
					lw.bnd[b + 1] - lw.bnd[b]);
			continue;
		}
		if (w->cls == LEX_HANGUL) {
			/* the shortest stem: an entry of it matches every
			 * inflected eojeol */
			size_t lens[BITEXT_STEM_KO_MAX];
			int nc = bitext_stem_ko(lens, text + w->start, n);

			if (nc > 0)
				n = lens[nc - 1];
			error = cb(payload, lex_key('K', text + w->start, n),
				text + w->start, n);
			continue;
		}
		error = cb(payload, w->cand[0], text + w->start, n);
	}
cleanup:
	lex_words_dispose(&lw);
	return error;
}

int bitext_lexicon__add_kind(bitext_lexicon *lex, const char *src,
	size_t slen, const char *tgt, size_t tlen, int kind)
{
	int old = lex->kind, error;

	lex->kind = kind;
	error = lex_add(lex, src, slen, tgt, tlen);
	lex->kind = old;
	return error < 0 ? error : 0;
}

void bitext_lexicon__finish(bitext_lexicon *lex)
{
	lex_finish(lex);
}

int bitext_lexicon__note_source(bitext_lexicon *lex, const char *name,
	size_t entries)
{
	return lex_source_add(lex, name, entries);
}

/* ---- dictd dictionaries -------------------------------------------------
 * A FreeDict dictionary of the pair in either direction: its headwords are
 * the source language's (deu-eng for de -> en) or, read the other way
 * round, the target's (eng-deu). Phrases are cleaned before they are keyed:
 * abbreviations (words ending in a period: jdn., etw., sth.) are dropped,
 * and so is the "to" of an English infinitive ("to go" is go). With
 * documents registered (bitext_lexicon_want), only headwords whose every
 * word occurs in the documents of its side are read. */

typedef struct {
	bitext_lexicon *lex;
	int reverse;              /* headwords are the target language's */
	lex_words lw;
	bitext_buf clean, heads, trans; /* pieces '\0'-separated */
	size_t nheads, ntrans;
} lex_dictd;

/* The phrase s[0..n) cleaned into out (see above). */
static int lex_clean(bitext_buf *out, const char *s, size_t n, int english)
{
	size_t i = 0, words = 0;

	bitext_buf_clear(out);
	while (i < n) {
		size_t a, e;

		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		a = i;
		while (i < n && s[i] != ' ' && s[i] != '\t')
			i++;
		e = i;
		if (a == e || (s[e - 1] == '.' && e - a > 1 && n > e - a))
			continue;
		if (english && !words && e - a == 2 && (s[a] | 0x20) == 't' &&
				(s[a + 1] | 0x20) == 'o' && i < n)
			continue;
		if ((words++ && bitext_buf_put(out, " ", 1) < 0) ||
				bitext_buf_put(out, s + a, e - a) < 0)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	if (!out->ptr && bitext_buf_put(out, "", 0) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return 0;
}

/* Is the language of a side English? (side 1: source) */
static int lex_side_en(const bitext_lexicon *lex, int side)
{
	return bitext_lang__is(side ? lex->src_lang : lex->tgt_lang, "en");
}

static int lex_dictd_want(void *payload, const char *head, size_t len)
{
	lex_dictd *d = payload;
	int side = d->reverse ? 0 : 1;
	const lex_side *sd = &d->lex->side[side];
	size_t i;
	int error;

	if (!sd->has_want)
		return 1;
	if ((error = lex_clean(&d->clean, head, len, lex_side_en(d->lex,
			side))) < 0 ||
		(error = lex_split(&d->lw, sd, d->clean.ptr, d->clean.size, 0,
			NULL)) < 0)
		return error;
	if (!d->lw.n || d->lw.n > LEX_MAXN * 2)
		return 0;
	for (i = 0; i < d->lw.n; i++)
		if (!align_map_find(&sd->want, d->lw.w[i].cand[0]))
			return 0;
	return 1;
}

static int lex_dictd_piece(void *payload, int kind, const char *s, size_t n)
{
	lex_dictd *d = payload;
	int head_side = d->reverse ? 0 : 1;
	int side = kind == BITEXT_DICTD_HEAD ? head_side : !head_side;
	bitext_buf *into = kind == BITEXT_DICTD_HEAD ? &d->heads : &d->trans;
	int error;

	if ((error = lex_clean(&d->clean, s, n, lex_side_en(d->lex, side))) < 0)
		return error;
	if (!d->clean.size)
		return 0;
	if (bitext_buf_put(into, d->clean.ptr, d->clean.size + 1) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (kind == BITEXT_DICTD_HEAD)
		d->nheads++;
	else
		d->ntrans++;
	return 0;
}

static int lex_dictd_entry(void *payload, const char *text, size_t len)
{
	lex_dictd *d = payload;
	const char *h, *t, *he, *te;
	int error;

	bitext_buf_clear(&d->heads);
	bitext_buf_clear(&d->trans);
	d->nheads = d->ntrans = 0;
	if ((error = bitext_dictd__parse(text, len, lex_dictd_piece, d)) < 0)
		return error;
	if (!d->nheads || !d->ntrans)
		return 0;
	he = d->heads.ptr + d->heads.size;
	te = d->trans.ptr + d->trans.size;
	for (h = d->heads.ptr; h < he; h += strlen(h) + 1)
		for (t = d->trans.ptr; t < te; t += strlen(t) + 1) {
			error = d->reverse ?
				lex_add(d->lex, t, strlen(t), h, strlen(h)) :
				lex_add(d->lex, h, strlen(h), t, strlen(t));
			if (error < 0)
				return error;
		}
	return 0;
}

/* The ISO 639-3 code of a language tag ("de-DE" -> "deu"), or "". */
static void lex_iso3(char *out, size_t cap, const char *tag)
{
	char loc[64];
	UErrorCode st = U_ZERO_ERROR;
	const char *c;

	out[0] = '\0';
	uloc_forLanguageTag(tag, loc, (int32_t)sizeof(loc), NULL, &st);
	if (U_FAILURE(st) || !loc[0])
		return;
	c = uloc_getISO3Language(loc);
	if (c && strlen(c) == 3)
		snprintf(out, cap, "%s", c);
}

/* 1 when the dictionary's name ends in TGT-SRC (ISO 639-3 codes of the
 * lexicon's pair): its headwords are the target language's. */
static int lex_dictd_reverse(const bitext_lexicon *lex, const char *path)
{
	char s3[8], t3[8], want[32];
	char index[4096];
	size_t n;

	if (bitext_dictd__index_path(index, sizeof(index), path) < 0)
		return 0;
	lex_iso3(s3, sizeof(s3), lex->src_lang);
	lex_iso3(t3, sizeof(t3), lex->tgt_lang);
	if (!s3[0] || !t3[0] || !strcmp(s3, t3))
		return 0;
	snprintf(want, sizeof(want), "%s-%s.index", t3, s3);
	n = strlen(index);
	return n >= strlen(want) && !strcmp(index + n - strlen(want), want);
}

static int lex_load_dictd(bitext_lexicon *lex, const char *path)
{
	lex_dictd d;
	int error, kind = lex->kind;

	memset(&d, 0, sizeof(d));
	d.lex = lex;
	d.reverse = lex_dictd_reverse(lex, path);
	lex->kind = ALIGN_K_DICT;
	if ((error = lex_ready(lex)) >= 0)
		error = bitext_dictd__read(path, lex_dictd_want, lex_dictd_entry,
			&d);
	lex->kind = kind;
	lex_words_dispose(&d.lw);
	bitext_buf_dispose(&d.clean);
	bitext_buf_dispose(&d.heads);
	bitext_buf_dispose(&d.trans);
	return error;
}

int bitext_lexicon_want(bitext_lexicon *lex, const bitext_doc *doc,
	int is_src)
{
	lex_words lw = LEX_WORDS_INIT;
	lex_side *sd = &lex->side[is_src ? 1 : 0];
	size_t i, w;
	int error = 0, c;

	if ((error = lex_ready(lex)) < 0)
		return error;
	if (!sd->has_want) {
		if ((error = align_map_init(&sd->want, 4096)) < 0)
			return error;
		sd->has_want = 1;
	}
	for (i = 0; i < bitext_doc_segment_count(doc) && !error; i++) {
		const bitext_segment *g = bitext_doc_segment(doc, i);

		if ((error = lex_split(&lw, sd, g->text, g->len, 1, NULL)) < 0)
			break;
		for (w = 0; w < lw.n && !error; w++) {
			const lex_word *x = &lw.w[w];

			if (x->cls == LEX_CJK) {
				/* every substring up to the longest entry matched,
				 * word boundaries or not (matching without them is
				 * bitext_align's tune "w=0") */
				int32_t a = (int32_t)x->start, end = (int32_t)x->end;

				while (a < end && !error) {
					int32_t b = a;
					int m;

					for (m = 0; m < LEX_MAXCJK && b < end && !error; m++) {
						U8_FWD_1(g->text, b, end);
						if (!align_map_get(&sd->want, lex_key('J',
								g->text + a, (size_t)(b - a))))
							error = BITEXT_ENOMEM;
					}
					U8_FWD_1(g->text, a, end);
				}
				continue;
			}
			for (c = 0; c < x->ncand && !error; c++)
				if (!align_map_get(&sd->want, x->cand[c]))
					error = BITEXT_ENOMEM;
		}
	}
	lex_words_dispose(&lw);
	return error;
}

int bitext_lexicon_load(bitext_lexicon *lex, const char *path)
{
	bitext_buf b = BITEXT_BUF_INIT;
	const char *p;
	size_t before = lex->count;
	int error;

	if (bitext_dictd__is(path)) {
		error = lex_load_dictd(lex, path);
		goto done;
	}
	if ((error = bitext_file_read(&b, path)) < 0)
		return error;
	p = b.ptr ? b.ptr : "";
	if (b.size >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
		p++;
	if (*p == '<' || (strlen(path) > 4 &&
	    !strcasecmp(path + strlen(path) - 4, ".csv")))
		error = lex_load_tbx(lex, path);
	else
		error = lex_load_tsv(lex, path, b.ptr ? b.ptr : "", b.size);
	bitext_buf_dispose(&b);
done:
	lex_finish(lex);
	if (!error)
		error = lex_source_add(lex, path, lex->count - before);
	return error;
}

/* Primary subtag of a language tag, lower-cased, in buf. */
static void lex_primary(char *buf, size_t cap, const char *tag)
{
	lex_primary_n(buf, cap, tag, strlen(tag));
}

/* The FreeDict dictionary of the pair in DICTD_DIR, either direction. */
static int lex_dictd_default(const bitext_lexicon *lex, char *path,
	size_t cap)
{
	char s3[8], t3[8];
	int k;

	lex_iso3(s3, sizeof(s3), lex->src_lang);
	lex_iso3(t3, sizeof(t3), lex->tgt_lang);
	if (!s3[0] || !t3[0] || !strcmp(s3, t3))
		return 0;
	for (k = 0; k < 2; k++) {
		snprintf(path, cap, "%s/freedict-%s-%s.index", BITEXT_DICTD_DIR,
			k ? t3 : s3, k ? s3 : t3);
		if (!access(path, R_OK))
			return 1;
	}
	return 0;
}

int bitext_lexicon_load_default(bitext_lexicon *lex, int *loaded)
{
	char path[4096], sl[16], tl[16];
	int error;

	if (loaded)
		*loaded = 0;
	lex_primary(sl, sizeof(sl), lex->src_lang);
	lex_primary(tl, sizeof(tl), lex->tgt_lang);
	if (!sl[0] || !tl[0] || !strcmp(sl, "und") || !strcmp(tl, "und") ||
			strchr(sl, '/') || strchr(tl, '/') || strchr(sl, '.') ||
			strchr(tl, '.') || !strcmp(sl, tl))
		return 0;
	/* the hand-written dictionary of the pair first (ko and ja to en:
	 * news words), else FreeDict's */
	snprintf(path, sizeof(path), "%s/locales/%s/align-%s.tsv",
		bitext_datadir(), sl, tl);
	if (access(path, R_OK) != 0 &&
			!lex_dictd_default(lex, path, sizeof(path)))
		return 0;
	lex->kind = ALIGN_K_DICT;
	error = bitext_lexicon_load(lex, path);
	lex->kind = ALIGN_K_TERM;
	if (!error && loaded)
		*loaded = 1;
	return error;
}

static const lex_entry *lex_find(const lex_entry *v, size_t n, uint64_t seq,
	size_t *count)
{
	size_t lo = 0, hi = n, e;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (v[mid].seq < seq)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (e = lo; e < n && v[e].seq == seq; e++)
		;
	*count = e - lo;
	return v + lo;
}

typedef struct {
	uint64_t done[LEX_MAXEMIT];   /* concepts reported in this segment */
	size_t ndone;
	int (*cb)(void *payload, int kind, const uint64_t *keys, size_t nkeys,
		size_t start, size_t end);
	void *payload;
	size_t start, end;            /* the span of the words matched */
} lex_emit;

/* Report the entries of `seq`, one item per kind; 1 when there are some,
 * 0 when none, or an error. A dictionary concept is
 * reported once per segment (the U.S. and American in one sentence are one
 * match of 미국: general words would otherwise pile up); a term as often as
 * it occurs (Bank of Korea (BOK) is two mentions, as before: measured on
 * corpora/ko-en with --terms, counting them once lost 0.6 points). */
static int lex_report(lex_emit *em, const lex_entry *v, size_t nv,
	uint64_t seq)
{
	size_t cnt, k, d;
	const lex_entry *e = lex_find(v, nv, seq, &cnt);
	int kind, error;

	for (kind = ALIGN_K_TERM; cnt && kind <= ALIGN_K_DICT;
			kind += ALIGN_K_DICT - ALIGN_K_TERM) {
		uint64_t keys[16];
		size_t nk = 0;

		for (k = 0; k < cnt && nk < 16; k++) {
			if (e[k].kind != kind)
				continue;
			for (d = 0; d < em->ndone && em->done[d] != e[k].concept; d++)
				;
			if (d < em->ndone && kind == ALIGN_K_DICT)
				continue;
			if (em->ndone < LEX_MAXEMIT)
				em->done[em->ndone++] = e[k].concept;
			keys[nk++] = e[k].concept;
		}
		if (nk && (error = em->cb(em->payload, kind, keys, nk, em->start,
				em->end)) < 0)
			return error;
	}
	return cnt ? 1 : 0;
}

int bitext_lexicon__match(const bitext_lexicon *lex, int is_src,
	bitext_tokenizer *tk, const char *text, size_t len,
	int (*cb)(void *payload, int kind, const uint64_t *keys, size_t nkeys,
		size_t start, size_t end), void *payload)
{
	lex_words lw = LEX_WORDS_INIT;
	const lex_entry *v = is_src ? lex->src : lex->tgt;
	size_t nv = is_src ? lex->nsrc : lex->ntgt, i, j;
	lex_emit *em;
	int error, n, c;

	if (!nv)
		return 0;
	if (!(em = malloc(sizeof(*em))))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	em->ndone = 0;
	em->cb = cb;
	em->payload = payload;
	if ((error = lex_split(&lw, &lex->side[is_src ? 1 : 0], text, len,
			1, tk)) < 0)
		goto cleanup;
	/* longest match first, left to right: 日本銀行 is the Bank of Japan
	 * and not also Japan, 물가 prices and not also 물 water (its stem
	 * candidate), Bank of Korea not also Korea; in a Han/Kana run from
	 * one word boundary to another */
	i = 0;
	while (i < lw.n && !error) {
		const lex_word *w = &lw.w[i];
		size_t best = 0;

		if (w->cls == LEX_CJK) {
			const uint32_t *bo = lw.bnd + w->b0, *ch = lw.bch + w->b0;
			size_t a = 0, nb = w->nb, m;

			while (a + 1 < nb && !error) {
				int r = 0;

				for (m = a + 1; m + 1 < nb &&
						ch[m + 1] - ch[a] <= (uint32_t)lex->maxcjk; m++)
					;
				for (; m > a && !r; m--) {
					uint64_t key = lex_key('J', text + bo[a],
						bo[m] - bo[a]);

					em->start = bo[a];
					em->end = bo[m];
					r = lex_report(em, v, nv, lex_seq(&key, 1));
				}
				if (r < 0)
					error = r;
				else
					a = r > 0 ? m + 1 : a + 1;
			}
			i++;
			continue;
		}
		for (n = lex->maxn; n >= 1 && !best && !error; n--) {
			uint64_t keys[LEX_MAXN];
			const lex_word *last;
			int r = 0;

			if (i + (size_t)n > lw.n)
				continue;
			for (j = 0; j < (size_t)n && lw.w[i + j].cls != LEX_CJK; j++)
				keys[j] = lw.w[i + j].cand[0];
			if (j < (size_t)n)
				continue;
			last = &lw.w[i + (size_t)n - 1];
			em->start = w->start;
			em->end = last->end;
			for (c = 0; c < last->ncand && !r; c++) {
				keys[n - 1] = last->cand[c];
				r = lex_report(em, v, nv, lex_seq(keys, (size_t)n));
			}
			if (r < 0)
				error = r;
			else if (r > 0)
				best = (size_t)n;
		}
		i += best ? best : 1;
	}
cleanup:
	lex_words_dispose(&lw);
	free(em);
	return error;
}
