/*
 * stem.c - words and stems for matching across inflection (bitext/stem.h).
 *
 * Tokenizer: ICU's word BreakIterator over the UTF-8 text itself
 * (utext_openUTF8), so offsets are byte offsets with no UTF-16 copy. The
 * rule status of each piece gives its kind; white space is dropped.
 *
 * Korean: an eojeol is a noun (or any stem) followed by zero to three
 * particles/copula endings. Each particle of the table carries the
 * condition its first syllable puts on what precedes it: after a final
 * consonant (은 을 이 과 으로 ...), after a vowel (는 를 가 와 로 ...; 로
 * also after a final ㄹ), or any. A particle may be followed by further
 * ones only when it is "open" (에 + 서 + 는, 으로 + 부터, 과 + 의, 들 + 이).
 * The forms of 하다/되다 after a verbal noun (발사했다, 체포된) count as
 * endings too, and so do the bound nouns 씨 (an honorific after a name:
 * 김정은씨) and 측 ("side": 삼성측은 = Samsung's side), but only right after
 * a stem of two syllables or more, since 날씨 and 예측 are words. A split stem|suffix is valid when the suffix parses
 * completely this way;
 * the whole eojeol is always a candidate too, since a name may end in what
 * looks like a particle (김정은).
 *
 * English: Porter's steps 1a (plurals), 1b (-ed/-ing with the undoubling
 * and e-restoring fix-ups), 1c (y -> i) and 5a (final e), after dropping
 * possessives and mapping common irregular forms. Keys need not be words
 * (release, released, releasing -> "releas"); the same word always gives
 * the same key, which is what matching needs.
 */
#include "bitext/stem.h"
#include "util/vec.h"
#include "bitext/errors.h"
#include "lang/lang_int.h"
#include "util/limits.h"
#include "util/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

/* Longest word handled by the stemmer's stack buffers; longer words are
 * matched whole (lower-cased), which is right for them anyway. */
#define STEM_WORD_MAX 64

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */

static uint32_t stem_u8(const char *s, size_t len, size_t i, size_t *next)
{
	if ((unsigned char)s[i] < 0x80) {
		*next = i + 1;
		return (unsigned char)s[i];
	}
	*next = i;
	return (uint32_t)bitext_utf8__next(s, len, next);
}

/* ------------------------------------------------------------------ */
/* Tokenizer                                                           */

struct bitext_tokenizer {
	UBreakIterator *bi;       /* word iterator of the language */
	UText *ut;                /* reused UTF-8 UText */
};

int bitext_tokenizer_new(bitext_tokenizer **out, const char *lang)
{
	UErrorCode st = U_ZERO_ERROR;
	bitext_tokenizer *tk;

	*out = NULL;
	tk = calloc(1, sizeof(*tk));
	if (!tk)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	tk->bi = ubrk_open(UBRK_WORD, lang ? lang : "", NULL, 0, &st);
	if (U_FAILURE(st)) {
		free(tk);
		return bitext_error_set(BITEXT_ERROR, "lex_icu_failed",
			"ubrk_open", u_errorName(st), NULL);
	}
	*out = tk;
	return 0;
}

void bitext_tokenizer_free(bitext_tokenizer *tk)
{
	if (!tk)
		return;
	if (tk->bi)
		ubrk_close(tk->bi);
	if (tk->ut)
		utext_close(tk->ut);
	free(tk);
}

static int token_push(bitext_token_list *out, size_t start, size_t end,
	bitext_token_kind kind)
{
	if (bitext__grow((void **)&out->items, &out->alloc, out->count + 1,
	    sizeof(*out->items)) < 0)
		return BITEXT_ENOMEM;
	out->items[out->count].start = start;
	out->items[out->count].end = end;
	out->items[out->count].kind = kind;
	out->count++;
	return 0;
}

static int stem_all_space(const char *s, size_t a, size_t b)
{
	size_t i = a, nx;

	while (i < b) {
		uint32_t c = stem_u8(s, b, i, &nx);
		if (!u_isUWhiteSpace((UChar32)c))
			return 0;
		i = nx;
	}
	return 1;
}

int bitext_tokenizer_run(bitext_tokenizer *tk, bitext_token_list *out,
	const char *text, size_t len)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t prev, cur;
	int error = 0;

	if (!tk || !out || (!text && len))
		return bitext_error_set(BITEXT_EINVAL, "lex_invalid_argument",
			"bitext_tokenizer_run", NULL);
	out->count = 0;
	if (len > (size_t)INT32_MAX)
		return bitext_error_set(BITEXT_ELIMIT, "lex_text_too_long",
			"bitext_tokenizer_run", NULL);
	if (len == 0)
		return 0;
	tk->ut = utext_openUTF8(tk->ut, text, (int64_t)len, &st);
	if (U_SUCCESS(st))
		ubrk_setUText(tk->bi, tk->ut, &st);
	if (U_FAILURE(st))
		return bitext_error_set(BITEXT_ERROR, "lex_icu_failed",
			"ubrk_setUText", u_errorName(st), NULL);
	prev = ubrk_first(tk->bi);
	while ((cur = ubrk_next(tk->bi)) != UBRK_DONE) {
		int32_t rs = ubrk_getRuleStatus(tk->bi);
		bitext_token_kind kind;
		if (rs >= UBRK_WORD_NUMBER && rs < UBRK_WORD_NUMBER_LIMIT)
			kind = BITEXT_TOKEN_NUMBER;
		else if (rs >= UBRK_WORD_LETTER && rs < UBRK_WORD_IDEO_LIMIT)
			kind = BITEXT_TOKEN_LETTERS;
		else if (stem_all_space(text, (size_t)prev, (size_t)cur))
			kind = 0;
		else
			kind = BITEXT_TOKEN_OTHER;
		if (kind && (error = token_push(out, (size_t)prev, (size_t)cur,
		    kind)) < 0)
			break;
		prev = cur;
	}
	/* forget the caller's text: the iterator must not point into it */
	ubrk_setText(tk->bi, NULL, 0, &st);
	return error;
}

void bitext_token_list_dispose(bitext_token_list *list)
{
	if (!list)
		return;
	free(list->items);
	list->items = NULL;
	list->count = list->alloc = 0;
}

/* ------------------------------------------------------------------ */
/* Korean                                                              */

/* What a particle needs before it: anything, a final consonant, a vowel,
 * a vowel or final ㄹ; KO_BOUND marks a bound noun (씨, 측) that follows
 * the stem itself, which must have two or more syllables. */
enum { KO_ANY, KO_CONS, KO_VOWEL, KO_VOWEL_L, KO_BOUND };

typedef struct {
	const char *p;            /* particle (UTF-8) */
	unsigned char n;          /* its length in bytes */
	unsigned char cond;       /* KO_*: what the preceding syllable needs */
	unsigned char open;       /* 1: more particles may follow */
} ko_particle;

#define KP(p, cond, open) { p, sizeof(p) - 1, cond, open }

/*
 * Particles and copula endings. ko_suffix_ok() tries every entry that fits
 * (으로 and 으로부터 both), so the order does not matter. Open ones may be
 * followed by more.
 */
static const ko_particle ko_particles[] = {
	KP("으로부터", KO_CONS, 1), KP("으로서", KO_CONS, 1),
	KP("으로써", KO_CONS, 1), KP("으로", KO_CONS, 1),
	KP("로부터", KO_VOWEL_L, 1), KP("로서", KO_VOWEL_L, 1),
	KP("로써", KO_VOWEL_L, 1), KP("로", KO_VOWEL_L, 1),
	KP("에게서", KO_ANY, 1), KP("에게", KO_ANY, 1), KP("에서", KO_ANY, 1),
	KP("에선", KO_ANY, 0), KP("에", KO_ANY, 1),
	KP("께서", KO_ANY, 1), KP("께", KO_ANY, 1), KP("한테", KO_ANY, 1),
	KP("이었다", KO_CONS, 0), KP("이었던", KO_CONS, 0),
	KP("이라고", KO_CONS, 0), KP("이라며", KO_CONS, 0),
	KP("이라는", KO_CONS, 0), KP("이라", KO_CONS, 0), KP("이란", KO_CONS, 0),
	KP("이지만", KO_CONS, 0), KP("이며", KO_CONS, 0), KP("이고", KO_CONS, 0),
	KP("이나", KO_CONS, 0), KP("이랑", KO_CONS, 0), KP("이자", KO_CONS, 0),
	KP("이었으며", KO_CONS, 0), KP("이라도", KO_CONS, 0),
	KP("이라면", KO_CONS, 0), KP("이야말로", KO_CONS, 0),
	KP("이다", KO_ANY, 0), KP("이던", KO_CONS, 0), KP("이", KO_CONS, 0),
	KP("입니다", KO_ANY, 0), KP("였다", KO_VOWEL, 0), KP("였던", KO_VOWEL, 0),
	KP("였으며", KO_VOWEL, 0), KP("라도", KO_VOWEL, 0),
	KP("라면", KO_VOWEL, 0), KP("야말로", KO_VOWEL, 0),
	KP("라고", KO_VOWEL, 0), KP("라며", KO_VOWEL, 0),
	KP("라는", KO_VOWEL, 0), KP("라", KO_VOWEL, 0), KP("란", KO_VOWEL, 0),
	KP("지만", KO_VOWEL, 0), KP("며", KO_VOWEL, 0),
	KP("나", KO_VOWEL, 0), KP("랑", KO_VOWEL, 0), KP("다", KO_VOWEL, 0),
	KP("은", KO_CONS, 0), KP("는", KO_VOWEL, 0), KP("을", KO_CONS, 0),
	KP("를", KO_VOWEL, 0), KP("가", KO_VOWEL, 0), KP("과", KO_CONS, 1),
	KP("와", KO_VOWEL, 1), KP("의", KO_ANY, 0), KP("도", KO_ANY, 0),
	KP("만", KO_ANY, 1), KP("까지", KO_ANY, 1), KP("부터", KO_ANY, 1),
	KP("보다", KO_ANY, 1), KP("처럼", KO_ANY, 1), KP("같이", KO_ANY, 0),
	KP("마다", KO_ANY, 1), KP("조차", KO_ANY, 0), KP("마저", KO_ANY, 0),
	KP("밖에", KO_ANY, 0), KP("뿐", KO_ANY, 1), KP("들", KO_ANY, 1),
	KP("서", KO_ANY, 1),
	/* bound nouns: 김정은씨는 (씨 honours a name), 삼성측은 (측 "side") */
	KP("씨", KO_BOUND, 1), KP("측", KO_BOUND, 1),
	/* 하다/되다 after a verbal noun: 발사했다, 체포된 */
	KP("했으며", KO_ANY, 0), KP("했다고", KO_ANY, 0), KP("했다", KO_ANY, 0),
	KP("했고", KO_ANY, 0), KP("했던", KO_ANY, 0), KP("하고", KO_ANY, 0),
	KP("하며", KO_ANY, 0), KP("하는", KO_ANY, 0), KP("하기", KO_ANY, 0),
	KP("하자", KO_ANY, 0), KP("한다", KO_ANY, 0), KP("한", KO_ANY, 0),
	KP("됐다", KO_ANY, 0), KP("되었다", KO_ANY, 0), KP("되는", KO_ANY, 0),
	KP("되고", KO_ANY, 0), KP("되며", KO_ANY, 0), KP("된", KO_ANY, 0),
	{ NULL, 0, 0, 0 }
};
#undef KP

/* Final consonant of the code point before `end`: -1 not Hangul (a Latin
 * letter or digit: both forms allowed), 0 none, 8 = ㄹ, else other. */
static int ko_final(const char *s, size_t end)
{
	size_t j, nx;
	uint32_t c;

	if (end == 0)
		return -1;
	j = bitext_utf8__prev(s, end);
	c = stem_u8(s, end, j, &nx);
	if (c < 0xAC00 || c > 0xD7A3)
		return -1;
	return (int)((c - 0xAC00) % 28);
}

/* Code points of s[0..n). */
static size_t ko_chars(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

static int ko_cond_ok(int cond, int fin)
{
	if (cond == KO_BOUND)
		return 1;
	if (fin < 0)
		return 1;
	switch (cond) {
	case KO_CONS: return fin != 0;
	case KO_VOWEL: return fin == 0;
	case KO_VOWEL_L: return fin == 0 || fin == 8;
	default: return 1;
	}
}

/*
 * Does s[pos..len) parse as particles after a syllable with final `fin`?
 * At depth 0, s[0..pos) is the stem.
 */
static int ko_suffix_ok(const char *s, size_t pos, size_t len, int fin,
	int depth)
{
	int k;

	if (pos == len)
		return 1;
	if (depth >= 3)
		return 0;
	/* every particle is Hangul: lead bytes 0xEA..0xED */
	if ((unsigned char)s[pos] < 0xEA || (unsigned char)s[pos] > 0xED)
		return 0;
	for (k = 0; ko_particles[k].p; k++) {
		const ko_particle *pp = &ko_particles[k];
		size_t n = pp->n;
		/* the third byte tells most Hangul syllables apart */
		if (pos + n > len || s[pos + 2] != pp->p[2] ||
		    memcmp(s + pos, pp->p, n))
			continue;
		if (!ko_cond_ok(pp->cond, fin))
			continue;
		/* 씨/측 right after a stem of two syllables or more: 날씨
		 * (weather) and 예측 (forecast) are words, not 날 + 씨 */
		if (pp->cond == KO_BOUND && (depth > 0 || ko_chars(s, pos) < 2))
			continue;
		if (pos + n == len)
			return 1;
		if (pp->open && ko_suffix_ok(s, pos + n, len,
		    ko_final(s, pos + n), depth + 1))
			return 1;
	}
	return 0;
}

int bitext_stem_ko(size_t lens[BITEXT_STEM_KO_MAX], const char *eojeol,
	size_t len)
{
	size_t i;
	int n = 0;

	if (!eojeol || len == 0)
		return 0;
	lens[n++] = len;
	/* split points at code point boundaries, from the end backwards */
	for (i = len; i > 0 && n < BITEXT_STEM_KO_MAX; ) {
		i = bitext_utf8__prev(eojeol, i);
		if (i == 0)
			break;
		/* no stem ends in 으: that is the 으 of 으로, 으며 ... */
		if (i >= 3 && !memcmp(eojeol + i - 3, "\xEC\x9C\xBC", 3))
			continue;
		if (ko_suffix_ok(eojeol, i, len, ko_final(eojeol, i), 0))
			lens[n++] = i;
		if (len - i > 24)  /* no particle stack is longer */
			break;
	}
	return n;
}

int bitext_stem_match_ko(const char *term, size_t tlen, const char *eojeol,
	size_t elen)
{
	int fin;

	if (!term || !eojeol || tlen == 0 || elen < tlen)
		return 0;
	if (memcmp(term, eojeol, tlen))
		return 0;
	if (elen == tlen)
		return 1;
	fin = ko_final(term, tlen);
	return ko_suffix_ok(eojeol, tlen, elen, fin, 0);
}

/* ------------------------------------------------------------------ */
/* English                                                             */

typedef struct {
	const char *form, *base;
} irregular;

static const irregular en_irregular[] = {
	{ "said", "say" }, { "says", "say" }, { "made", "make" },
	{ "took", "take" }, { "taken", "take" }, { "went", "go" },
	{ "gone", "go" }, { "goes", "go" }, { "did", "do" }, { "does", "do" },
	{ "done", "do" }, { "had", "have" }, { "has", "have" },
	{ "was", "be" }, { "were", "be" }, { "is", "be" }, { "are", "be" },
	{ "been", "be" }, { "got", "get" }, { "gotten", "get" },
	{ "gave", "give" }, { "given", "give" }, { "came", "come" },
	{ "saw", "see" }, { "seen", "see" }, { "told", "tell" },
	{ "knew", "know" }, { "known", "know" }, { "thought", "think" },
	{ "found", "find" }, { "left", "leave" }, { "held", "hold" },
	{ "kept", "keep" }, { "brought", "bring" }, { "bought", "buy" },
	{ "began", "begin" }, { "begun", "begin" }, { "ran", "run" },
	{ "won", "win" }, { "lost", "lose" }, { "sold", "sell" },
	{ "sent", "send" }, { "spent", "spend" }, { "built", "build" },
	{ "led", "lead" }, { "met", "meet" }, { "paid", "pay" },
	{ "fell", "fall" }, { "fallen", "fall" }, { "rose", "rise" },
	{ "risen", "rise" }, { "wrote", "write" }, { "written", "write" },
	{ "spoke", "speak" }, { "spoken", "speak" }, { "chose", "choose" },
	{ "chosen", "choose" }, { "stole", "steal" }, { "stolen", "steal" },
	{ "hit", "hit" }, { "struck", "strike" }, { "fled", "flee" },
	{ "children", "child" }, { "men", "man" }, { "women", "woman" },
	{ "feet", "foot" }, { "teeth", "tooth" }, { "mice", "mouse" },
	{ "lives", "life" }, { "wives", "wife" }, { "knives", "knife" },
	{ "data", "datum" }, { "media", "medium" }, { "criteria", "criterion" },
	{ NULL, NULL }
};

static int en_cons(const char *w, int i)
{
	switch (w[i]) {
	case 'a': case 'e': case 'i': case 'o': case 'u':
		return 0;
	case 'y':
		return i == 0 ? 1 : !en_cons(w, i - 1);
	default:
		return 1;
	}
}

/* Porter's measure m of w[0..n): the number of VC sequences. */
static int en_measure(const char *w, int n)
{
	int i = 0, m = 0;

	while (i < n && en_cons(w, i))
		i++;
	while (i < n) {
		while (i < n && !en_cons(w, i))
			i++;
		if (i >= n)
			break;
		while (i < n && en_cons(w, i))
			i++;
		m++;
	}
	return m;
}

static int en_has_vowel(const char *w, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (!en_cons(w, i))
			return 1;
	return 0;
}

/* consonant-vowel-consonant at the end, the last not w, x, y */
static int en_cvc(const char *w, int n)
{
	if (n < 3 || !en_cons(w, n - 1) || en_cons(w, n - 2) ||
	    !en_cons(w, n - 3))
		return 0;
	return w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'y';
}

static int en_ends_n(const char *w, int n, const char *suf, int k)
{
	return n >= k && !memcmp(w + n - k, suf, (size_t)k);
}

/* en_ends(w, n, "literal") */
#define en_ends(w, n, suf) en_ends_n(w, n, suf, (int)sizeof(suf) - 1)

/* Porter 1a, 1b, 1c and 5a on a lower-case ASCII word in place. */
static int en_porter(char *w, int n)
{
	int stripped = 0;

	/* 1a */
	if (en_ends(w, n, "sses"))
		n -= 2;
	else if (en_ends(w, n, "ies") && n > 4)
		n -= 2;
	else if (en_ends(w, n, "ies"))
		n -= 1;  /* ties -> tie */
	else if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
		 !en_ends(w, n, "us") && !en_ends(w, n, "is"))
		n -= 1;
	/* 1b */
	if (en_ends(w, n, "eed")) {
		if (en_measure(w, n - 3) > 0)
			n -= 1;
	} else if (en_ends(w, n, "ed") && en_has_vowel(w, n - 2) && n > 4) {
		n -= 2;
		stripped = 1;
	} else if (en_ends(w, n, "ing") && en_has_vowel(w, n - 3) && n > 5) {
		n -= 3;
		stripped = 1;
	}
	if (stripped) {
		if (en_ends(w, n, "at") || en_ends(w, n, "bl") ||
		    en_ends(w, n, "iz")) {
			w[n++] = 'e';
		} else if (n >= 2 && w[n - 1] == w[n - 2] && en_cons(w, n - 1) &&
			   w[n - 1] != 'l' && w[n - 1] != 's' && w[n - 1] != 'z') {
			n -= 1;
		} else if (en_measure(w, n) == 1 && en_cvc(w, n)) {
			w[n++] = 'e';
		}
	}
	/* 1c */
	if (n > 2 && w[n - 1] == 'y' && en_has_vowel(w, n - 1))
		w[n - 1] = 'i';
	/* 5a */
	if (n > 3 && w[n - 1] == 'e') {
		int m = en_measure(w, n - 1);
		if (m > 1 || (m == 1 && !en_cvc(w, n - 1)))
			n -= 1;
	}
	w[n] = '\0';
	return n;
}

/* ICU full case folding of UTF-8, replacing `out`. */
static int stem_fold(bitext_buf *out, const char *word, size_t len)
{
	UChar sbuf[STEM_WORD_MAX * 2], fbuf[STEM_WORD_MAX * 3];
	UErrorCode st = U_ZERO_ERROR;
	int32_t n16 = 0, nf, n8 = 0;
	size_t i;
	int ascii = 1;

	bitext_buf_clear(out);
	for (i = 0; i < len; i++)
		if ((unsigned char)word[i] >= 0x80)
			ascii = 0;
	if (ascii || len > STEM_WORD_MAX) {
		if (bitext_buf_grow(out, len) < 0)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		for (i = 0; i < len; i++) {
			char c = word[i];
			out->ptr[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
		}
		out->size = len;
		out->ptr[len] = '\0';
		return 0;
	}
	u_strFromUTF8WithSub(sbuf, STEM_WORD_MAX * 2, &n16, word, (int32_t)len,
		0xFFFD, NULL, &st);
	nf = u_strFoldCase(fbuf, STEM_WORD_MAX * 3, sbuf, n16,
		U_FOLD_CASE_DEFAULT, &st);
	if (U_FAILURE(st))
		return bitext_buf_put(out, word, len) < 0 ?
			bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL) : 0;
	if (bitext_buf_grow(out, (size_t)nf * 3) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	u_strToUTF8(out->ptr, (int32_t)out->asize, &n8, fbuf, nf, &st);
	out->size = (size_t)n8;
	out->ptr[out->size] = '\0';
	return 0;
}

/* The English key into w (STEM_WORD_MAX + 4 bytes); returns its length,
 * or -1 when the word is not plain ASCII letters/digits/'/-. */
static int en_key(char *w, const char *word, size_t len)
{
	int n = 0, k;
	size_t i;

	if (len == 0 || len > STEM_WORD_MAX)
		return -1;
	for (i = 0; i < len; i++) {
		char c = word[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '\'' || c == '-' || c == '.'))
			return -1;
		w[n++] = c;
	}
	w[n] = '\0';
	/* possessive: 's, s', ' */
	if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
		n -= 2;
	else if (n > 1 && w[n - 1] == '\'')
		n -= 1;
	w[n] = '\0';
	for (k = 0; en_irregular[k].form; k++) {
		if (w[0] == en_irregular[k].form[0] &&
		    !strcmp(w, en_irregular[k].form)) {
			strcpy(w, en_irregular[k].base);
			n = (int)strlen(w);
			break;
		}
	}
	if (n < 3)
		return n;
	return en_porter(w, n);
}

/* Strip a trailing UTF-8 right single quote possessive (’s, ’). */
static size_t en_drop_curly(const char *word, size_t len)
{
	if (len > 4 && !memcmp(word + len - 4, "\xE2\x80\x99s", 4))
		return len - 4;
	if (len > 3 && !memcmp(word + len - 3, "\xE2\x80\x99", 3))
		return len - 3;
	return len;
}

int bitext_stem_en(bitext_buf *out, const char *word, size_t len)
{
	char w[STEM_WORD_MAX + 8];
	int n;

	len = en_drop_curly(word, len);
	n = en_key(w, word, len);
	if (n < 0)
		return stem_fold(out, word, len);
	bitext_buf_clear(out);
	if (bitext_buf_put(out, w, (size_t)n) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return 0;
}

static int stem_lang(const char *lang)
{
	if (lang && (lang[0] == 'e' || lang[0] == 'E') &&
	    (lang[1] == 'n' || lang[1] == 'N') &&
	    (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
		return 1;
	if (lang && (lang[0] == 'k' || lang[0] == 'K') &&
	    (lang[1] == 'o' || lang[1] == 'O') &&
	    (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
		return 2;
	if (lang && (!strncmp(lang, "ja", 2) || !strncmp(lang, "zh", 2) ||
	    !strncmp(lang, "th", 2)) &&
	    (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
		return 3;
	return 0;
}

int bitext_stem_word(bitext_buf *out, const char *lang, const char *word,
	size_t len)
{
	size_t lens[BITEXT_STEM_KO_MAX];
	int n;

	switch (stem_lang(lang)) {
	case 1:
		return bitext_stem_en(out, word, len);
	case 2:
		n = bitext_stem_ko(lens, word, len);
		return stem_fold(out, word, n > 0 ? lens[n - 1] : len);
	default:
		return stem_fold(out, word, len);
	}
}

/* ------------------------------------------------------------------ */
/* Terms                                                               */

struct bitext_stem_term {
	int lang;                 /* 0 other, 1 en, 2 ko, 3 ja/zh/th */
	size_t nwords;            /* words of the term */
	char **keys;              /* per word: key (en/other), word (ko) */
	size_t *klen;             /* their lengths */
	char *joined;             /* ja/zh/th: term without spaces */
	size_t jlen;
};

void bitext_stem_term_free(bitext_stem_term *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->nwords; i++)
		free(t->keys[i]);
	free(t->keys);
	free(t->klen);
	free(t->joined);
	free(t);
}

/*
 * Does term[i] separate two words of a term? White space always; for
 * space-separated languages also the punctuation that the word
 * BreakIterator makes tokens of its own (- , ; : ( ) / & "), and a period
 * that ends a word ("Corp.", not the inner one of "U.S").
 */
static int term_is_sep(const char *term, size_t i, size_t len, int lang)
{
	char c = term[i];

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
		return 1;
	if (lang == 2 || lang == 3)
		return 0;
	switch (c) {
	case '-': case ',': case ';': case ':': case '(': case ')': case '/':
	case '&': case '"':
		return 1;
	case '.':
		return i + 1 == len || term[i + 1] == ' ';
	}
	return 0;
}

/* A word's key for the term's language into `out`. */
static int term_key(bitext_buf *out, int lang, const char *w, size_t n)
{
	if (lang == 1)
		return bitext_stem_en(out, w, n);
	if (lang == 2) {
		bitext_buf_clear(out);
		return bitext_buf_put(out, w, n) < 0 ?
			bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL) : 0;
	}
	return stem_fold(out, w, n);
}

int bitext_stem_term_new(bitext_stem_term **out, const char *lang,
	const char *term, size_t len)
{
	bitext_buf key = BITEXT_BUF_INIT;
	bitext_stem_term *t;
	size_t i = 0, cap = 0;
	int error = 0;

	*out = NULL;
	t = calloc(1, sizeof(*t));
	if (!t)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	t->lang = stem_lang(lang);
	while (i < len) {
		size_t s, e;
		while (i < len && term_is_sep(term, i, len, t->lang))
			i++;
		s = i;
		while (i < len && !term_is_sep(term, i, len, t->lang))
			i++;
		e = i;
		if (e == s)
			continue;
		if (t->nwords == cap) {
			size_t nc = cap ? cap * 2 : 4;
			char **k = realloc(t->keys, nc * sizeof(*k));
			size_t *l = k ? realloc(t->klen, nc * sizeof(*l)) : NULL;
			if (k)
				t->keys = k;
			if (!k || !l) {
				error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				goto cleanup;
			}
			t->klen = l;
			cap = nc;
		}
		if ((error = term_key(&key, t->lang, term + s, e - s)) < 0)
			goto cleanup;
		t->keys[t->nwords] = bitext_buf_detach(&key);
		if (!t->keys[t->nwords]) {
			t->keys[t->nwords] = strdup("");
			if (!t->keys[t->nwords]) {
				error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				goto cleanup;
			}
		}
		t->klen[t->nwords] = strlen(t->keys[t->nwords]);
		t->nwords++;
	}
	if (t->nwords == 0) {
		error = bitext_error_set(BITEXT_EINVAL, "lex_empty_term", NULL);
		goto cleanup;
	}
	if (t->lang == 3 || t->lang == 2) {
		t->joined = malloc(len + 1);
		if (!t->joined) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			goto cleanup;
		}
		for (i = 0; i < len; i++)
			if (term[i] != ' ' && term[i] != '\t' && term[i] != '\n')
				t->joined[t->jlen++] = term[i];
		t->joined[t->jlen] = '\0';
	}
	*out = t;
	t = NULL;
cleanup:
	bitext_buf_dispose(&key);
	bitext_stem_term_free(t);
	return error;
}

/* Is token tk of text the term word w (by key)? */
/* Does the case folding of s[0..n) equal key? No allocation: ASCII is
 * compared directly, other words are folded in stack buffers. */
static int fold_eq(const char *s, size_t n, const char *key, size_t kl)
{
	UChar sbuf[STEM_WORD_MAX * 2], fbuf[STEM_WORD_MAX * 3];
	char out[STEM_WORD_MAX * 9 + 1];
	UErrorCode st = U_ZERO_ERROR;
	int32_t n16 = 0, nf, n8 = 0;
	size_t i;
	int ascii = 1;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			ascii = 0;
	if (ascii || n > STEM_WORD_MAX) {
		if (n != kl)
			return 0;
		for (i = 0; i < n; i++) {
			char c = s[i];
			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			if (c != key[i])
				return 0;
		}
		return 1;
	}
	u_strFromUTF8WithSub(sbuf, STEM_WORD_MAX * 2, &n16, s, (int32_t)n,
		0xFFFD, NULL, &st);
	nf = u_strFoldCase(fbuf, STEM_WORD_MAX * 3, sbuf, n16,
		U_FOLD_CASE_DEFAULT, &st);
	if (U_SUCCESS(st))
		u_strToUTF8(out, (int32_t)sizeof(out), &n8, fbuf, nf, &st);
	if (U_FAILURE(st))
		return n == kl && !memcmp(s, key, n);
	return (size_t)n8 == kl && !memcmp(out, key, kl);
}

static int term_word_eq(const bitext_stem_term *t, size_t w, const char *text,
	const bitext_token *tk)
{
	char buf[STEM_WORD_MAX + 8];
	const char *s = text + tk->start;
	size_t n = tk->end - tk->start;
	const char *key = t->keys[w];
	size_t kl = t->klen[w];
	int k;

	if (t->lang == 2)
		return w + 1 == t->nwords ? bitext_stem_match_ko(key, kl, s, n) :
			(n == kl && !memcmp(s, key, n));
	/* cheap filter: first letters agree (irregular go/be aside) */
	if (n == 0 || kl == 0)
		return 0;
	if (t->lang == 1) {
		char c = s[0];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((unsigned char)c < 0x80 && c != key[0] && strcmp(key, "go") &&
		    strcmp(key, "be"))
			return 0;
		n = en_drop_curly(s, n);
		k = en_key(buf, s, n);
		if (k >= 0)
			return (size_t)k == kl && !memcmp(buf, key, kl);
	}
	return fold_eq(s, n, key, kl);
}

static int term_skippable(const char *text, const bitext_token *tk)
{
	size_t n = tk->end - tk->start;
	const char *s = text + tk->start;

	if (tk->kind != BITEXT_TOKEN_OTHER)
		return 0;
	/* what may stand between the words of a term: Jong-un, St. Louis,
	 * Science, ICT and ..., AT&T */
	return (n == 1 && strchr("-',.&/:;()\"", s[0]) != NULL) ||
		(n == 3 && (!memcmp(s, "\xE2\x80\x90", 3) ||
			    !memcmp(s, "\xE2\x80\x99", 3) ||
			    !memcmp(s, "\xE2\x80\x93", 3)));
}

/* Only white space between two tokens? */
static int term_spaced(const char *text, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n')
			return 0;
	return 1;
}

/*
 * Korean: the term, spaces ignored, over tokens i.. (인천국제공항 = 인천
 * 국제공항 = 인천 국제공항에서): every token but the last is a piece of the
 * term; the last holds the rest of the term and particles. Returns the
 * last token's index + 1, or 0.
 */
static size_t term_find_ko(const bitext_stem_term *t, const char *text,
	const bitext_token_list *tokens, size_t i)
{
	size_t pos = 0, j;

	for (j = i; j < tokens->count && j < i + 6; j++) {
		const bitext_token *tk = &tokens->items[j];
		size_t n = tk->end - tk->start, rest = t->jlen - pos;
		if (tk->kind != BITEXT_TOKEN_LETTERS ||
		    (j > i && !term_spaced(text, tokens->items[j - 1].end,
			tk->start)))
			return 0;
		if (n < rest) {
			if (memcmp(text + tk->start, t->joined + pos, n))
				return 0;
			pos += n;
			continue;
		}
		return bitext_stem_match_ko(t->joined + pos, rest,
			text + tk->start, n) ? j + 1 : 0;
	}
	return 0;
}

int bitext_stem_term_find(const bitext_stem_term *t, const char *text,
	const bitext_token_list *tokens, size_t from, size_t *tok_first,
	size_t *tok_last)
{
	size_t i;

	if (!t || !text || !tokens)
		return 0;
	for (i = from; i < tokens->count; i++) {
		const bitext_token *tk = &tokens->items[i];
		size_t j, w;
		if (t->lang == 3) {
			size_t end = tk->start + t->jlen, k;
			if (tk->kind == BITEXT_TOKEN_OTHER ||
			    end > tokens->items[tokens->count - 1].end ||
			    memcmp(text + tk->start, t->joined, t->jlen))
				continue;
			for (k = i; k + 1 < tokens->count &&
			     tokens->items[k + 1].start < end; k++)
				;
			*tok_first = i;
			*tok_last = k;
			return 1;
		}
		if (t->lang == 2) {
			if (!(j = term_find_ko(t, text, tokens, i)))
				continue;
			*tok_first = i;
			*tok_last = j - 1;
			return 1;
		}
		if (tk->kind == BITEXT_TOKEN_OTHER || !term_word_eq(t, 0, text, tk))
			continue;
		for (j = i, w = 1; w < t->nwords; w++) {
			j++;
			while (j < tokens->count && term_skippable(text,
			    &tokens->items[j]))
				j++;
			if (j >= tokens->count ||
			    tokens->items[j].kind == BITEXT_TOKEN_OTHER ||
			    !term_word_eq(t, w, text, &tokens->items[j]))
				break;
		}
		if (w == t->nwords) {
			*tok_first = i;
			*tok_last = j;
			return 1;
		}
	}
	return 0;
}

int bitext_lang__brk_utf8(UBreakIterator *bi, UText *ut, const char *s,
	size_t n)
{
	UErrorCode st = U_ZERO_ERROR;

	utext_openUTF8(ut, s, (int64_t)n, &st);
	ubrk_setUText(bi, ut, &st);
	if (U_FAILURE(st)) {
		utext_close(ut);
		return bitext_error_set(BITEXT_ERROR, "err_internal",
			u_errorName(st), NULL);
	}
	return 0;
}
