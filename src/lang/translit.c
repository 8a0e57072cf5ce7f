/*
 * translit.c - names across scripts (bitext/translit.h).
 *
 * Romanization: one compound ICU transliterator ("Hangul-Latin;
 * Katakana-Latin; Hiragana-Latin; Han-Latin; Russian-Latin/BGN;
 * Greek-Latin; Arabic-Latin; Devanagari-Latin; Latin-ASCII; Lower"),
 * opened on the first text that is not plain ASCII and kept in the
 * context. ASCII text never reaches ICU. Han gets its Mandarin reading in
 * pinyin, one syllable a character, tone marks dropped by Latin-ASCII:
 * right for Chinese names (陈清扬 chen qing yang), wrong for the Japanese
 * readings of kanji (東京 dong jing, not Tokyo), which ICU does not know.
 *
 * Similarity: each romanized side becomes a key of symbols - consonant
 * classes that the romanizations of one sound share (K: g k c q ck; T: d t
 * th; P: b p f v ph; J: j ch z tch; S: s sh x; L: l r; M; N; G: final ng;
 * H; W and Y glides) and vowel classes (a; e: e ae ai ay ei; i: i ee ie y;
 * o: o eo oh; u: u oo ou eu) - after customary Korean surname spellings
 * are mapped onto their romanization (Park -> bag, Lee -> i). A weighted
 * edit distance then compares the keys: vowels are cheap to insert or
 * delete (the epenthetic eu/i/u of Korean and Japanese loanwords), near
 * classes are cheap to swap (o/u, a/e, e/i, n/ng, l/n, s/t), and other
 * consonants cost 1. The score is 1 - distance / the larger key weight.
 *
 * The per-thread default context lives in a pthread key whose destructor
 * frees it when the thread exits.
 */
#include "bitext/translit.h"
#include "bitext/errors.h"
#include "bitext/stem.h"
#include "lang/lang_int.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utrans.h>
#include <unicode/ustring.h>

/* Longest key compared: names are short; beyond this the tail of a long
 * text is ignored, which keeps the distance at 256 x 256 cells. */
#define TR_KEY_MAX 256

#define TR_ID "Hangul-Latin; Katakana-Latin; Hiragana-Latin; Han-Latin; " \
	"Russian-Latin/BGN; Greek-Latin; Arabic-Latin; Devanagari-Latin; " \
	"Latin-ASCII; Lower"

struct bitext_translit {
	UTransliterator *tr;      /* compound transliterator, lazily opened */
	UChar *u16;               /* scratch UTF-16 buffer */
	int32_t u16cap;           /* its capacity in UChars */
	bitext_buf a, b;          /* scratch romanizations */
};

int bitext_translit_new(bitext_translit **out)
{
	*out = calloc(1, sizeof(**out));
	if (!*out)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return 0;
}

void bitext_translit_free(bitext_translit *t)
{
	if (!t)
		return;
	if (t->tr)
		utrans_close(t->tr);
	free(t->u16);
	bitext_buf_dispose(&t->a);
	bitext_buf_dispose(&t->b);
	free(t);
}

/* ---- the calling thread's own context ------------------------------ */

static pthread_key_t g_key;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;
static int g_key_ok;

static void translit_destroy(void *p)
{
	bitext_translit_free(p);
}

static void translit_key_init(void)
{
	g_key_ok = pthread_key_create(&g_key, translit_destroy) == 0;
}

static bitext_translit *translit_thread(void)
{
	bitext_translit *t;

	pthread_once(&g_once, translit_key_init);
	if (!g_key_ok)
		return NULL;
	t = pthread_getspecific(g_key);
	if (t)
		return t;
	if (bitext_translit_new(&t) < 0)
		return NULL;
	if (pthread_setspecific(g_key, t) != 0) {
		bitext_translit_free(t);
		return NULL;
	}
	return t;
}

/* ---- romanization --------------------------------------------------- */

static int translit_open(bitext_translit *t)
{
	UErrorCode st = U_ZERO_ERROR;
	UChar id[sizeof(TR_ID)];

	if (t->tr)
		return 0;
	u_uastrcpy(id, TR_ID);
	t->tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
	if (U_FAILURE(st)) {
		t->tr = NULL;
		return bitext_error_set(BITEXT_ERROR, "lex_icu_failed",
			"utrans_openU", u_errorName(st), NULL);
	}
	return 0;
}

static int translit_ascii(bitext_buf *out, const char *text, size_t len)
{
	size_t i;

	bitext_buf_clear(out);
	if (bitext_buf_grow(out, len) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (i = 0; i < len; i++) {
		char c = text[i];
		out->ptr[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	out->size = len;
	out->ptr[len] = '\0';
	return 1;
}

int bitext_translit_romanize(bitext_translit *t, bitext_buf *out,
	const char *text, size_t len)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t n16 = 0, lim, n8 = 0, need, mult;
	size_t i;
	int ascii = 1, error;

	if (!out || (!text && len))
		return bitext_error_set(BITEXT_EINVAL, "lex_invalid_argument",
			"bitext_translit_romanize", NULL);
	for (i = 0; i < len; i++)
		if ((unsigned char)text[i] >= 0x80)
			ascii = 0;
	if (ascii)
		return translit_ascii(out, text, len);
	if (len > (size_t)INT32_MAX / 16)
		return bitext_error_set(BITEXT_ELIMIT, "lex_text_too_long",
			"bitext_translit_romanize", NULL);
	if (!t && !(t = translit_thread()))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if ((error = translit_open(t)) < 0)
		return error;
	/* a Hangul syllable (3 bytes) becomes up to 8 letters with a hyphen,
	 * a kana up to 4; should a rule still need more, retry with 4x */
	for (mult = 3; ; mult *= 4) {
		need = (int32_t)len * mult + 16;
		if (need > t->u16cap) {
			UChar *p = realloc(t->u16, (size_t)need * sizeof(UChar));
			if (!p)
				return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			t->u16 = p;
			t->u16cap = need;
		}
		st = U_ZERO_ERROR;
		u_strFromUTF8WithSub(t->u16, t->u16cap, &n16, text, (int32_t)len,
			0xFFFD, NULL, &st);
		lim = n16;
		if (U_SUCCESS(st))
			utrans_transUChars(t->tr, t->u16, &n16, t->u16cap, 0, &lim,
				&st);
		if (st != U_BUFFER_OVERFLOW_ERROR || mult > 3)
			break;
	}
	if (U_FAILURE(st))
		return bitext_error_set(BITEXT_ERROR, "lex_icu_failed",
			"utrans_transUChars", u_errorName(st), NULL);
	bitext_buf_clear(out);
	if (bitext_buf_grow(out, (size_t)n16 * 3) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	u_strToUTF8WithSub(out->ptr, (int32_t)out->asize, &n8, t->u16, n16,
		0xFFFD, NULL, &st);
	if (U_FAILURE(st))
		return bitext_error_set(BITEXT_ERROR, "lex_icu_failed",
			"u_strToUTF8", u_errorName(st), NULL);
	out->size = (size_t)n8;
	out->ptr[out->size] = '\0';
	for (i = 0; i < out->size; i++)
		if ((unsigned char)out->ptr[i] >= 0x80)
			return 0;
	return 1;
}

/* ---- keys ------------------------------------------------------------ */

/*
 * Symbols: consonant classes are upper-case letters, vowel classes lower
 * case (a e i o u); '|' marks a word boundary inside a key (dropped before
 * comparing).
 */
typedef struct {
	char s[TR_KEY_MAX];
	int n;
} tr_key;

static void key_put(tr_key *k, char c)
{
	if (k->n < TR_KEY_MAX)
		k->s[k->n++] = c;
}

static int is_v(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int starts(const char *s, size_t i, size_t n, const char *p)
{
	size_t k = strlen(p);
	return i + k <= n && !memcmp(s + i, p, k);
}

/* A run of vowel letters -> vowel class symbols. */
static size_t key_vowels(tr_key *k, const char *s, size_t i, size_t n)
{
	static const struct { const char *run; const char *sym; } tab[] = {
		{ "eou", "ou" }, { "eo", "o" }, { "eu", "u" }, { "ae", "e" },
		{ "ai", "e" }, { "ei", "e" }, { "ee", "i" }, { "ie", "i" },
		{ "ea", "i" }, { "oo", "u" }, { "ou", "u" }, { "ue", "u" },
		{ "oa", "o" }, { "au", "o" }, { "ui", "i" }, { "oe", "oe" },
		{ "oi", "oe" }, { "a", "a" }, { "e", "e" }, { "i", "i" },
		{ "o", "o" }, { "u", "u" }, { NULL, NULL }
	};
	int t;

	for (t = 0; tab[t].run; t++) {
		if (starts(s, i, n, tab[t].run)) {
			const char *p;
			for (p = tab[t].sym; *p; p++)
				key_put(k, *p);
			return i + strlen(tab[t].run);
		}
	}
	return i + 1;
}

/*
 * Latin (lower-case ASCII) -> key. `korean` = the text is ICU's
 * romanization of Hangul: "ng" before a vowel is n + g there (ICU writes
 * a hyphen when the ng is final), and r does not occur. Otherwise English
 * spelling rules apply: c soft/hard, ph, sh, ch, th, ck, x, silent final
 * e, and r after a vowel before a consonant is not pronounced in the
 * Korean/Japanese rendering of a loanword (Park, Morgan).
 */
/* One letter -> its consonant class, or 0 (dropped). */
static char key_letter(char c)
{
	switch (c) {
	case 'g': case 'k': case 'q': case 'c': return 'K';
	case 'd': case 't': return 'T';
	case 'b': case 'p': case 'f': case 'v': return 'P';
	case 'j': case 'z': return 'J';
	case 's': case 'x': return 'S';
	case 'l': case 'r': return 'L';
	case 'm': return 'M';
	case 'n': return 'N';
	case 'h': return 'H';
	case 'w': return 'W';
	default: return 0;
	}
}

/* Glides, vowels and ng, for both kinds of spelling. Returns the index
 * after what was read, or i when no rule applies. */
static size_t key_vowelish(tr_key *k, const char *s, size_t i, size_t n,
	int korean)
{
	char c = s[i], nx = i + 1 < n ? s[i + 1] : 0;

	if (c == 'y') {
		key_put(k, is_v(nx) ? 'Y' : 'i');
		return i + 1;
	}
	if (is_v(c)) {
		/* silent final e of English: James, Rogue */
		if (!korean && c == 'e' && i + 1 == n && i >= 2 && !is_v(s[i - 1]))
			return i + 1;
		return key_vowels(k, s, i, n);
	}
	if (c == 'n' && nx == 'g') {
		if (korean && i + 2 < n && (is_v(s[i + 2]) || s[i + 2] == 'y')) {
			key_put(k, 'N');   /* ICU writes a hyphen after a final ng */
			key_put(k, 'K');
		} else {
			key_put(k, 'G');
		}
		return i + 2;
	}
	return i;
}

/* ICU's romanization of Hangul: a final ㅅ (s before a consonant or at the
 * end) is a stop, often a geminate in the English spelling (닛케이). */
static size_t key_korean(tr_key *k, const char *s, size_t i, size_t n)
{
	char nx = i + 1 < n ? s[i + 1] : 0;

	if (s[i] == 's' && ((nx && !is_v(nx) && nx != 'y' && nx != 'w' &&
	    nx != 'h' && nx != ' ' && nx != '-') || nx == 0 || nx == ' ')) {
		key_put(k, 'D');
		return i + 1;
	}
	return i;
}

/* English spelling: tch, ch as k, ph, th, ck, silent gh, soft c, x,
 * r-colouring, -ture, w as a vowel. */
static size_t key_english(tr_key *k, const char *s, size_t i, size_t n,
	int drop_r)
{
	char c = s[i], nx = i + 1 < n ? s[i + 1] : 0;

	if (starts(s, i, n, "tch")) {
		key_put(k, 'J');
		return i + 3;
	}
	if (c == 'c' && nx == 'h' && (starts(s, i, n, "chael") ||
	    (i + 2 < n && (s[i + 2] == 'r' || s[i + 2] == 'l')))) {
		key_put(k, 'K');   /* Michael, Christine */
		return i + 2;
	}
	if ((c == 'p' || c == 't' || c == 'c') && (nx == 'h' || nx == 'k') &&
	    !(c == 'c' && nx == 'h') && !(c != 'c' && nx == 'k')) {
		key_put(k, c == 'p' ? 'P' : c == 't' ? 'T' : 'K');  /* ph th ck */
		return i + 2;
	}
	if (c == 'g' && nx == 'h')
		return i + 2;   /* Hugh, Leigh */
	if (c == 'c' && nx != 'h') {
		key_put(k, nx == 'e' || nx == 'i' || nx == 'y' ? 'S' : 'K');
		return i + 1;
	}
	if (c == 'x') {
		if (k->n > 0)
			key_put(k, 'K');
		key_put(k, 'S');   /* Xi: s at the start */
		return i + 1;
	}
	if (c == 'r' && drop_r && i > 0 && is_v(s[i - 1]) && !is_v(nx) &&
	    nx != 'y') {
		/* r-colouring: silent at the end (Naver 네이버), sometimes a ㄹ
		 * before a consonant (Merkel 메르켈, Park 박) */
		if (nx && nx != ' ' && nx != '-')
			key_put(k, 'R');
		return i + 1;
	}
	if (starts(s, i, n, "ture")) {
		key_put(k, 'J');
		key_put(k, 'o');
		return i + 4;
	}
	if (c == 'w' && (starts(s, i, n, "woo") || nx == 'u'))
		return i + 1;   /* Hollywood: 우드, wood is u + d */
	if (c == 'w' && i > 0 && is_v(s[i - 1]) && !is_v(nx) && nx != 'y') {
		key_put(k, 'u');   /* interview, Andrew */
		return i + 1;
	}
	return i;
}

static void key_make(tr_key *k, const char *s, size_t n, int korean,
	int drop_r)
{
	size_t i = 0, j;
	char prev = 0;

	k->n = 0;
	/* possessive 's / trailing ' of English names */
	if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's')
		n -= 2;
	while (i < n) {
		char c = s[i], nx = i + 1 < n ? s[i + 1] : 0, sym;
		int before = k->n;
		if ((j = key_vowelish(k, s, i, n, korean)) == i)
			j = korean ? key_korean(k, s, i, n) :
				key_english(k, s, i, n, drop_r);
		if (j == i && (c == 'c' || c == 's') && nx == 'h') {
			key_put(k, c == 'c' ? 'J' : 'S');
			j = i + 2;
		} else if (j == i) {
			if ((sym = key_letter(c)) != 0)
				key_put(k, sym);
			j = i + 1;   /* separators and other bytes are dropped */
		}
		i = j;
		/* doubled consonants are one: ll, pp, gg, ss */
		if (k->n == before + 1 && before > 0 && !is_v(k->s[before]) &&
		    k->s[before - 1] == k->s[before] && prev == k->s[before])
			k->n--;
		if (k->n > 0)
			prev = k->s[k->n - 1];
	}
}

/* ---- Korean surnames ------------------------------------------------- */

typedef struct {
	const char *rr;           /* ICU romanization of the surname */
	const char *variants;     /* customary spellings, space-separated */
} surname;

static const surname ko_surnames[] = {
	{ "gim", "kim ghim" }, { "i", "lee yi rhee li rhie yee ree ri" },
	{ "li", "ri lee rhee" }, { "bag", "park pak bak pahk" },
	{ "choe", "choi chey choy" },
	{ "jeong", "jung chung cheong joung chong" }, { "gang", "kang" },
	{ "jo", "cho joh choh" }, { "yun", "yoon youn" },
	{ "jang", "chang" }, { "im", "lim yim rim" }, { "o", "oh" },
	{ "seo", "suh so" }, { "sin", "shin" }, { "gwon", "kwon kweon" },
	{ "an", "ahn" }, { "lyu", "ryu yoo you yu rhyu" },
	{ "yu", "yoo you" }, { "jeon", "jun chun chon" },
	{ "go", "ko koh" }, { "mun", "moon" }, { "son", "sohn" },
	{ "baeg", "baek paik baik paek back" }, { "heo", "hur huh" },
	{ "no", "roh noh rho" }, { "sim", "shim" }, { "gwag", "kwak kwag" },
	{ "seong", "sung" }, { "ju", "joo chu" }, { "u", "woo" },
	{ "gu", "koo ku" }, { "eom", "um uhm" }, { "cheon", "chun" },
	{ "gong", "kong" }, { "hyeon", "hyun" }, { "byeon", "byun pyun" },
	{ "do", "doh" }, { "seog", "suk seok" }, { "gil", "kil" },
	{ "gi", "ki kee" }, { "yug", "yook yuk" }, { "tag", "tak" },
	{ "yeom", "yeom yum" }, { "hwang", "whang" }, { "han", "hahn" },
	{ NULL, NULL }
};

static int word_in(const char *list, const char *w, size_t wn)
{
	const char *p = list;

	while (*p) {
		const char *e = strchr(p, ' ');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n == wn && !memcmp(p, w, n))
			return 1;
		if (!e)
			break;
		p = e + 1;
	}
	return 0;
}

/* The surname of ko_surnames that `a` starts with and that word w of b
 * spells in a customary way; -1 when none. The longest wins. */
static int surname_find(const char *a, size_t an, const char *w, size_t wn)
{
	size_t best = 0;
	int k, hit = -1;

	for (k = 0; ko_surnames[k].rr; k++) {
		size_t rl = strlen(ko_surnames[k].rr);
		if (rl > an || rl <= best || memcmp(a, ko_surnames[k].rr, rl))
			continue;
		if (!word_in(ko_surnames[k].variants, w, wn) &&
		    !(wn == rl && !memcmp(w, ko_surnames[k].rr, rl)))
			continue;
		best = rl;
		hit = k;
	}
	return hit;
}

/*
 * When `a` (romanized Korean) starts with a surname and the first word of
 * `b` - or its last word, in Western order (Syngman Rhee) - is a customary
 * spelling of it, `b` is rewritten into bb with the surname's romanization
 * first. Returns the length of bb, or 0 when nothing was rewritten.
 */
static size_t surname_fix(char *bb, size_t cap, const char *a, size_t an,
	const char *b, size_t bn)
{
	size_t w = 0, l = bn, rl;
	int hit;

	while (w < bn && b[w] != ' ' && b[w] != '-')
		w++;
	if (w == bn || w == 0 || bn + 8 >= cap)
		return 0;
	if ((hit = surname_find(a, an, b, w)) >= 0) {
		rl = strlen(ko_surnames[hit].rr);
		memcpy(bb, ko_surnames[hit].rr, rl);
		memcpy(bb + rl, b + w, bn - w);
		bb[rl + bn - w] = '\0';
		return rl + bn - w;
	}
	while (l > 0 && b[l - 1] != ' ')
		l--;
	if (l == 0 || (hit = surname_find(a, an, b + l, bn - l)) < 0)
		return 0;
	rl = strlen(ko_surnames[hit].rr);
	memcpy(bb, ko_surnames[hit].rr, rl);
	bb[rl] = ' ';
	memcpy(bb + rl + 1, b, l - 1);
	bb[rl + l] = '\0';
	return rl + l;
}

/* ---- distance -------------------------------------------------------- */

static double cost_indel(char c, int side_a, int korean)
{
	if (is_v(c))
		return side_a && korean ? 0.25 : 0.35;
	switch (c) {
	case 'H': case 'D': case 'R': return 0.3;
	case 'W': case 'Y': return 0.5;
	default: return 1.0;
	}
}

static double cost_sub(char x, char y)
{
	char a = x < y ? x : y, b = x < y ? y : x;

	if (x == y)
		return 0;
	if ((a == 'Y' && b == 'i') || (a == 'W' && b == 'u') ||
	    (a == 'L' && b == 'R'))
		return 0.2;
	if (a == 'D' || b == 'D') {
		char o = a == 'D' ? b : a;
		if (o == 'T')
			return 0;
		if (o == 'S' || o == 'K' || o == 'P' || o == 'J')
			return 0.3;
		return 1.0;
	}
	if (is_v(a) != is_v(b))
		return 1.2;
	if (is_v(a)) {
		if ((a == 'o' && b == 'u') || (a == 'a' && b == 'e') ||
		    (a == 'e' && b == 'i'))
			return 0.2;
		if ((a == 'a' && b == 'o') || (a == 'i' && b == 'u') ||
		    (a == 'a' && b == 'u'))
			return 0.3;
		return 0.4;
	}
	if (a == 'G' && b == 'N')
		return 0.35;
	if ((a == 'S' && b == 'T') || (a == 'J' && b == 'S') ||
	    (a == 'J' && b == 'T') || (a == 'M' && b == 'N'))
		return 0.5;
	if ((a == 'K' && b == 'G') || (a == 'H' && b == 'K'))
		return 0.6;
	return 1.0;
}

/* Substitution in context: l and n trade places only before a vowel
 * (노 Roh/Noh, 리 Ri/Li), never at the end of a syllable (일 il / 은 un). */
static double key_sub(const tr_key *a, int i, const tr_key *b, int j)
{
	char x = a->s[i], y = b->s[j];

	if ((x == 'L' && y == 'N') || (x == 'N' && y == 'L')) {
		if (i + 1 < a->n && j + 1 < b->n && is_v(a->s[i + 1]) &&
		    is_v(b->s[j + 1]))
			return 0.35;
		return 1.0;
	}
	return cost_sub(x, y);
}

/* Insertion/deletion of symbol i of k: a k-sound right after ng is cheap
 * (싱가포르 sing-gapoleu ~ Singapore). */
static double key_indel(const tr_key *k, int i, int side_a, int korean)
{
	if (k->s[i] == 'K' && i > 0 && k->s[i - 1] == 'G')
		return 0.3;
	return cost_indel(k->s[i], side_a, korean);
}

static double key_weight(const tr_key *k, int side_a, int korean)
{
	double w = 0;
	int i;

	for (i = 0; i < k->n; i++)
		w += key_indel(k, i, side_a, korean);
	return w;
}

static double key_distance(const tr_key *a, const tr_key *b, int korean)
{
	static _Thread_local double row[2][TR_KEY_MAX + 1];
	int i, j;
	double *prev = row[0], *cur = row[1], *t;

	prev[0] = 0;
	for (j = 1; j <= b->n; j++)
		prev[j] = prev[j - 1] + key_indel(b, j - 1, 0, korean);
	for (i = 1; i <= a->n; i++) {
		double da = key_indel(a, i - 1, 1, korean);
		cur[0] = prev[0] + da;
		for (j = 1; j <= b->n; j++) {
			double v = prev[j - 1] + key_sub(a, i - 1, b, j - 1);
			double d = prev[j] + da;
			double in = cur[j - 1] + key_indel(b, j - 1, 0, korean);
			if (d < v)
				v = d;
			if (in < v)
				v = in;
			cur[j] = v;
		}
		t = prev;
		prev = cur;
		cur = t;
	}
	return prev[b->n];
}

double bitext_translit_similarity_latin(const char *a, size_t alen,
	const char *a_lang, const char *b, size_t blen)
{
	char lb[TR_KEY_MAX + 32], fixed[TR_KEY_MAX + 32];
	tr_key ka, kb;
	double wa, wb, d, w;
	int korean = bitext_lang__is(a_lang, "ko");
	int cjk = korean || bitext_lang__is(a_lang, "ja");
	size_t i, n;

	if (!a || !b)
		return 0;
	if (blen > TR_KEY_MAX)
		blen = TR_KEY_MAX;
	for (i = 0; i < blen; i++) {
		char c = b[i];
		lb[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	lb[blen] = '\0';
	b = lb;
	if (blen > 4 && !memcmp(b, "the ", 4)) {
		b += 4;
		blen -= 4;
	}
	if (korean && (n = surname_fix(fixed, sizeof(fixed), a, alen, b, blen))) {
		b = fixed;
		blen = n;
	}
	key_make(&ka, a, alen, korean, 0);
	key_make(&kb, b, blen, 0, cjk);
	if (ka.n == 0 || kb.n == 0)
		return 0;
	wa = key_weight(&ka, 1, korean);
	wb = key_weight(&kb, 0, korean);
	d = key_distance(&ka, &kb, korean);
	w = wa > wb ? wa : wb;
	if (w <= 0)
		return 0;
	d = 1.0 - d / w;
	return d < 0 ? 0 : d;
}

/* Which script decides the language of a romanization: "ko", "ja", or
 * NULL (Latin, Cyrillic, Greek ...). */
static const char *translit_script(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 2 < n; i++) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		if (c < 0xE0 || c >= 0xF0)
			continue;
		cp = ((uint32_t)(c & 0x0F) << 12) |
			((uint32_t)((unsigned char)s[i + 1] & 0x3F) << 6) |
			((unsigned char)s[i + 2] & 0x3F);
		if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp < 0x1200) ||
		    (cp >= 0x3130 && cp < 0x3190))
			return "ko";
		if (cp >= 0x3040 && cp < 0x3100)
			return "ja";
	}
	return NULL;
}

double bitext_translit_similarity(bitext_translit *t, const char *a,
	size_t alen, const char *b, size_t blen)
{
	size_t lens[BITEXT_STEM_KO_MAX], last;
	const char *la, *lb;
	double best;
	int ra, rb, n, k;

	if (!a || !b)
		return bitext_error_set(BITEXT_EINVAL, "lex_invalid_argument",
			"bitext_translit_similarity", NULL);
	if (!t && !(t = translit_thread()))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	la = translit_script(a, alen);
	lb = translit_script(b, blen);
	if (lb && !la) {
		const char *s = a;
		size_t sn = alen;
		a = b;
		alen = blen;
		b = s;
		blen = sn;
		la = lb;
	}
	if ((rb = bitext_translit_romanize(t, &t->b, b, blen)) < 0)
		return rb;
	if ((ra = bitext_translit_romanize(t, &t->a, a, alen)) < 0)
		return ra;
	if (ra == 0 || rb == 0)
		return alen == blen && !memcmp(a, b, alen) ? 1.0 : 0.0;
	best = bitext_translit_similarity_latin(t->a.ptr, t->a.size, la,
		t->b.ptr, t->b.size);
	if (!la || strcmp(la, "ko"))
		return best;
	/* the last eojeol may carry particles: 파스칼은, 소니가 */
	for (last = alen; last > 0 && a[last - 1] != ' '; last--)
		;
	n = bitext_stem_ko(lens, a + last, alen - last);
	for (k = 1; k < n && k < 4; k++) {
		double sc;
		/* a Korean given name often ends in 은 (김정은, 서하은): within
		 * three syllables, 은 is taken as part of the name */
		if (alen - last <= 9 && lens[k] + 3 == alen - last &&
		    !memcmp(a + alen - 3, "\xEC\x9D\x80", 3))
			continue;
		if ((ra = bitext_translit_romanize(t, &t->a, a, last + lens[k])) < 0)
			return ra;
		sc = bitext_translit_similarity_latin(t->a.ptr, t->a.size, la,
			t->b.ptr, t->b.size);
		if (sc > best)
			best = sc;
	}
	return best;
}
