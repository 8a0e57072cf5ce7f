/*
 * numbers.c - numeric expressions by value (bitext/numbers.h).
 *
 * One hand-written scanner walks the UTF-8 text once. It tries to read an
 * expression only where one can start: a digit (ASCII or full-width), a
 * currency sign, a minus sign, a Hangul or Han numeral, a Korean native
 * numeral word, a Korean/Japanese period word (오후, 午後), 제/第, or an
 * ASCII word (English number words, month names). Everything else costs
 * one UTF-8 decode. The work per expression is bounded by its length, so
 * extraction is linear in the text.
 *
 * An expression is: [currency prefix] CORE [scale] [suffixes], where
 *   CORE   digits with the language's grouping and decimal separators,
 *          optionally mixed with East Asian units (4만7000, 1조2000억,
 *          3千, 三千, 이십오), or English number words (sixty-three), or a
 *          Korean native numeral + counter (세 명);
 *   scale  thousand / million / billion / trillion / bn / tn (any
 *          language: Korean news writes "$2 million" too);
 *   suffix percent signs and words, currency words, counters (명, 개국,
 *          人, people ...), ordinal endings, date parts (년 월 일, 年 月 日,
 *          month names), time (시 분, 時 分, a.m./p.m., H:MM).
 * The grammar of East Asian numerals: total = sum over big units (만 1e4,
 * 억 1e8, 조 1e12) of group * unit, a group being a number below 10^4
 * written with digits or with small units (십 10, 백 100, 천 1000).
 *
 * After an expression: a range "3~4명" gives its first end the kind,
 * unit, currency and scale of the second (1~2억 원 = 1억 to 2억 won);
 * numbers that translations usually say without digits get F_WEAK.
 * Comparison is by value, with the tolerances documented in numbers.h
 * (sign said in words, rounding of "1.19 trillion", dates by their parts).
 *
 * Invariants: spans of the list do not overlap and are in text order;
 * `match` is -1 until bitext_numbers_compare() runs; nothing here keeps a
 * pointer into the caller's text.
 */
#include "bitext/numbers.h"
#include "util/vec.h"
#include "bitext/errors.h"
#include "util/limits.h"
#include "util/utf8.h"

#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/unum.h>
#include <unicode/unumberformatter.h>
#include <unicode/ureldatefmt.h>
#include <unicode/ustring.h>

enum { L_OTHER, L_EN, L_KO, L_JA, L_ZH };

typedef struct {
	const char *s;            /* the text */
	size_t len;               /* bytes of the text */
	int lang;                 /* L_* */
	uint32_t group[3];        /* grouping separators accepted */
	int ngroup;
	uint32_t dec;             /* decimal separator */
	const struct sep_entry_s *loc; /* ICU data of the language, or NULL */
	struct sep_entry_s *own;  /* loc when built for this call alone */
} scan;

/* What one attempt at a position found. */
typedef struct {
	bitext_number n;          /* the number being built */
	double unit;              /* last big/scale multiplier (for ranges) */
	int is_int;               /* integer, no fraction */
	int plain4;               /* exactly 4 digits, no grouping */
	int digits;               /* core written with digits */
	int frac;                 /* fraction digits written */
} found;

/* ------------------------------------------------------------------ */
/* UTF-8 helpers                                                       */

static uint32_t u8_get(const scan *sc, size_t i, size_t *next)
{
	if (i >= sc->len) {
		*next = sc->len;
		return 0;
	}
	if ((unsigned char)sc->s[i] < 0x80) {
		*next = i + 1;
		return (unsigned char)sc->s[i];
	}
	*next = i;
	return (uint32_t)bitext_utf8__next(sc->s, sc->len, next);
}

static uint32_t u8_peek(const scan *sc, size_t i)
{
	size_t nx;
	return u8_get(sc, i, &nx);
}

/* The code point that ends before byte i (0 at the start). */
static uint32_t u8_before(const scan *sc, size_t i)
{
	size_t nx;

	if (i == 0)
		return 0;
	return u8_get(sc, bitext_utf8__prev(sc->s, i), &nx);
}

static int is_ascii_alpha(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int digit_of(uint32_t c)
{
	if (c >= '0' && c <= '9')
		return (int)(c - '0');
	if (c >= 0xFF10 && c <= 0xFF19)
		return (int)(c - 0xFF10);
	return -1;
}

static int is_hangul(uint32_t c)
{
	return c >= 0xAC00 && c <= 0xD7A3;
}

static int is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

static int is_kana(uint32_t c)
{
	return c >= 0x3040 && c <= 0x30FF;
}

static int is_space(uint32_t c)
{
	/* a newline too: hard-wrapped text breaks "15.2\npercent" */
	return c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009 ||
		c == '\t' || c == 0x3000 || c == '\n' || c == '\r';
}

/* A letter-like code point that would make a word continue. */
static int is_wordish(uint32_t c)
{
	return is_ascii_alpha(c) || digit_of(c) >= 0 || is_hangul(c) ||
		is_han(c) || is_kana(c) || (c >= 0xC0 && c < 0x250) ||
		(c >= 0x370 && c < 0x530);
}

/* Bytes of `lit` at i, exactly. Returns the end or 0. */
static size_t lit_at(const scan *sc, size_t i, const char *lit)
{
	size_t n = strlen(lit);

	if (i + n > sc->len || memcmp(sc->s + i, lit, n))
		return 0;
	return i + n;
}

/* ASCII word `w` at i, case-insensitively, ending at a non-letter. */
static size_t word_at(const scan *sc, size_t i, const char *w)
{
	size_t n, k;

	/* most calls fail on the first letter: test it before strlen */
	if (i >= sc->len || (sc->s[i] | 0x20) != w[0])
		return 0;
	n = strlen(w);
	if (i + n > sc->len)
		return 0;
	for (k = 0; k < n; k++) {
		char a = sc->s[i + k], b = w[k];
		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (a != b)
			return 0;
	}
	if (i + n < sc->len && is_ascii_alpha((unsigned char)sc->s[i + n]))
		return 0;
	return i + n;
}

/* Skip one run of spaces (at most 2 code points, one line break: a blank
 * line ends a paragraph and nothing continues across it). */
static size_t skip_sp(const scan *sc, size_t i)
{
	size_t nx;
	int k, nl = 0;

	for (k = 0; k < 2; k++) {
		uint32_t c = u8_get(sc, i, &nx);
		if (!is_space(c) || ((c == '\n' || c == '\r') && nl++))
			break;
		i = nx;
	}
	return i;
}

/* The name `w` (lower case) at p, ASCII letters compared without case.
 * A name ending in a letter must end the word there (with `plural`, a
 * Latin plural -s is read with it: Mondays); one ending in a dot or in Hangul need not
 * (월요일마다). Returns the end, or 0. */
static size_t name_at(const scan *sc, size_t p, const char *w, int plural)
{
	size_t n = strlen(w), k;
	unsigned char last;

	if (n < 3 || p + n > sc->len)
		return 0;
	for (k = 0; k < n; k++) {
		char a = sc->s[p + k];
		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (a != w[k])
			return 0;
	}
	last = (unsigned char)w[n - 1];
	if (last == '.' || last >= 0x80)
		return p + n;
	if (plural && p + n + 1 <= sc->len && sc->s[p + n] == 's' &&
	    !is_wordish(u8_peek(sc, p + n + 1)))
		return p + n + 1;
	return is_wordish(u8_peek(sc, p + n)) ? 0 : p + n;
}

/* The longest of `count` names at p: its index + 1 and *end, or 0. */
static int names_at(const scan *sc, size_t p, const char (*names)[32],
	int count, int plural, size_t *end)
{
	int k, best = 0;
	size_t e, bend = 0;

	for (k = 0; k < count; k++) {
		if (names[k][0] && (e = name_at(sc, p, names[k], plural)) && e > bend) {
			best = k + 1;
			bend = e;
		}
	}
	if (best)
		*end = bend;
	return best;
}

/* ------------------------------------------------------------------ */
/* Tables                                                              */

typedef struct {
	const char *w;            /* literal (UTF-8) */
	const char *code;         /* ISO 4217 */
} cur_word;

static const cur_word cur_prefix[] = {
	{ "US$", "USD" }, { "HK$", "HKD" }, { "A$", "AUD" }, { "C$", "CAD" },
	{ "$", "USD" }, { "\xE2\x82\xA9", "KRW" } /* ₩ */,
	{ "\xEF\xBF\xA6", "KRW" } /* ￦ */, { "\xC2\xA5", "JPY" } /* ¥ */,
	{ "\xEF\xBF\xA5", "JPY" } /* ￥ */, { "\xE2\x82\xAC", "EUR" } /* € */,
	{ "\xC2\xA3", "GBP" } /* £ */, { "USD", "USD" }, { "EUR", "EUR" },
	{ "KRW", "KRW" }, { "JPY", "JPY" }, { "GBP", "GBP" }, { "CNY", "CNY" },
	{ NULL, NULL }
};

/* Currency after the number (after optional space). */
static const cur_word cur_suffix[] = {
	{ "달러", "USD" }, { "불", "USD" }, { "원", "KRW" }, { "엔", "JPY" },
	{ "유로", "EUR" }, { "파운드", "GBP" }, { "위안", "CNY" },
	{ "ドル", "USD" }, { "円", "JPY" }, { "ユーロ", "EUR" },
	{ "ポンド", "GBP" }, { "元", "CNY" }, { "美元", "USD" },
	{ "\xE2\x82\xAC", "EUR" }, { "$", "USD" }, { "\xE2\x82\xA9", "KRW" },
	{ "USD", "USD" }, { "EUR", "EUR" }, { "KRW", "KRW" }, { "JPY", "JPY" },
	{ "GBP", "GBP" }, { "CNY", "CNY" },
	{ NULL, NULL }
};

static const cur_word cur_suffix_en[] = {
	{ "dollars", "USD" }, { "dollar", "USD" }, { "won", "KRW" },
	{ "yen", "JPY" }, { "euros", "EUR" }, { "euro", "EUR" },
	{ "pounds", "GBP" }, { "yuan", "CNY" }, { "renminbi", "CNY" },
	{ NULL, NULL }
};

typedef struct {
	const char *w;            /* counter (UTF-8) */
	const char *unit;         /* English unit name, NULL = none */
	bitext_number_kind kind;  /* COUNT, ORDINAL, MULTIPLE */
} counter;

/* Korean counters after digits, longest first where one is a prefix. */
static const counter ko_counters[] = {
	{ "개국", "country", BITEXT_NUM_COUNT },
	{ "개월", "month", BITEXT_NUM_COUNT },
	{ "개사", "company", BITEXT_NUM_COUNT },
	{ "번째", NULL, BITEXT_NUM_ORDINAL },
	{ "차례", "time", BITEXT_NUM_COUNT },
	{ "가지", "kind", BITEXT_NUM_COUNT },
	{ "마리", "animal", BITEXT_NUM_COUNT },
	{ "시간", "hour", BITEXT_NUM_COUNT },
	{ "사람", "person", BITEXT_NUM_COUNT },
	{ "주년", "anniversary", BITEXT_NUM_ORDINAL },
	{ "주일", "week", BITEXT_NUM_COUNT },
	{ "진수", "base", BITEXT_NUM_COUNT },
	{ "진법", "base", BITEXT_NUM_COUNT },
	{ "분기", "quarter", BITEXT_NUM_ORDINAL },
	{ "세대", "generation", BITEXT_NUM_ORDINAL },
	{ "종류", "kind", BITEXT_NUM_COUNT },
	{ "가구", "household", BITEXT_NUM_COUNT },
	{ "배럴", "barrel", BITEXT_NUM_COUNT },
	{ "명", "person", BITEXT_NUM_COUNT },
	{ "개", "item", BITEXT_NUM_COUNT },
	{ "건", "case", BITEXT_NUM_COUNT },
	{ "편", "item", BITEXT_NUM_COUNT },
	{ "장", "sheet", BITEXT_NUM_COUNT },
	{ "톤", "ton", BITEXT_NUM_COUNT },
	{ "곳", "place", BITEXT_NUM_COUNT },
	{ "번", "time", BITEXT_NUM_COUNT },
	{ "회", "time", BITEXT_NUM_COUNT },
	{ "대", "unit", BITEXT_NUM_COUNT },
	{ "권", "volume", BITEXT_NUM_COUNT },
	{ "채", "building", BITEXT_NUM_COUNT },
	{ "척", "ship", BITEXT_NUM_COUNT },
	{ "살", "age", BITEXT_NUM_COUNT },
	{ "세", "age", BITEXT_NUM_COUNT },
	{ "주", "week", BITEXT_NUM_COUNT },
	{ "층", "floor", BITEXT_NUM_COUNT },
	{ "초", "second", BITEXT_NUM_COUNT },
	{ "분", "minute", BITEXT_NUM_COUNT },
	{ "발", "round", BITEXT_NUM_COUNT },
	{ "위", NULL, BITEXT_NUM_ORDINAL },
	{ "등", NULL, BITEXT_NUM_ORDINAL },
	{ "차", NULL, BITEXT_NUM_ORDINAL },
	{ "째", NULL, BITEXT_NUM_ORDINAL },
	{ "배", NULL, BITEXT_NUM_MULTIPLE },
	{ "년", "year", BITEXT_NUM_COUNT },
	{ NULL, NULL, 0 }
};

/* Counters after a Korean native numeral (세 명, 두 차례). */
static const counter ko_native_counters[] = {
	{ "개국", "country", BITEXT_NUM_COUNT },
	{ "번째", NULL, BITEXT_NUM_ORDINAL },
	{ "차례", "time", BITEXT_NUM_COUNT },
	{ "가지", "kind", BITEXT_NUM_COUNT },
	{ "마리", "animal", BITEXT_NUM_COUNT },
	{ "시간", "hour", BITEXT_NUM_COUNT },
	{ "사람", "person", BITEXT_NUM_COUNT },
	{ "종류", "kind", BITEXT_NUM_COUNT },
	{ "명", "person", BITEXT_NUM_COUNT },
	{ "개", "item", BITEXT_NUM_COUNT },
	{ "곳", "place", BITEXT_NUM_COUNT },
	{ "번", "time", BITEXT_NUM_COUNT },
	{ "대", "unit", BITEXT_NUM_COUNT },
	{ "권", "volume", BITEXT_NUM_COUNT },
	{ "채", "building", BITEXT_NUM_COUNT },
	{ "척", "ship", BITEXT_NUM_COUNT },
	{ "살", "age", BITEXT_NUM_COUNT },
	{ "달", "month", BITEXT_NUM_COUNT },
	{ "해", "year", BITEXT_NUM_COUNT },
	{ "주", "week", BITEXT_NUM_COUNT },
	{ "건", "case", BITEXT_NUM_COUNT },
	{ "발", "round", BITEXT_NUM_COUNT },
	{ "배", NULL, BITEXT_NUM_MULTIPLE },
	{ NULL, NULL, 0 }
};

static const counter ja_counters[] = {
	{ "カ国", "country", BITEXT_NUM_COUNT },
	{ "か国", "country", BITEXT_NUM_COUNT },
	{ "ヶ国", "country", BITEXT_NUM_COUNT },
	{ "ケ国", "country", BITEXT_NUM_COUNT },
	{ "カ月", "month", BITEXT_NUM_COUNT },
	{ "か月", "month", BITEXT_NUM_COUNT },
	{ "ヶ月", "month", BITEXT_NUM_COUNT },
	{ "番目", NULL, BITEXT_NUM_ORDINAL },
	{ "時間", "hour", BITEXT_NUM_COUNT },
	{ "人", "person", BITEXT_NUM_COUNT },
	{ "名", "person", BITEXT_NUM_COUNT },
	{ "個", "item", BITEXT_NUM_COUNT },
	{ "件", "case", BITEXT_NUM_COUNT },
	{ "回", "time", BITEXT_NUM_COUNT },
	{ "社", "company", BITEXT_NUM_COUNT },
	{ "台", "unit", BITEXT_NUM_COUNT },
	{ "歳", "age", BITEXT_NUM_COUNT },
	{ "発", "round", BITEXT_NUM_COUNT },
	{ "位", NULL, BITEXT_NUM_ORDINAL },
	{ "倍", NULL, BITEXT_NUM_MULTIPLE },
	{ "年間", "year", BITEXT_NUM_COUNT },
	{ "年", "year", BITEXT_NUM_COUNT },
	{ NULL, NULL, 0 }
};

/* Measure symbols after digits in any language. */
static const counter sym_units[] = {
	{ "km", "km", BITEXT_NUM_COUNT }, { "kg", "kg", BITEXT_NUM_COUNT },
	{ "cm", "cm", BITEXT_NUM_COUNT }, { "mm", "mm", BITEXT_NUM_COUNT },
	{ "MW", "MW", BITEXT_NUM_COUNT }, { "GW", "GW", BITEXT_NUM_COUNT },
	{ "kW", "kW", BITEXT_NUM_COUNT }, { "GB", "GB", BITEXT_NUM_COUNT },
	{ "TB", "TB", BITEXT_NUM_COUNT }, { "MB", "MB", BITEXT_NUM_COUNT },
	{ "\xE3\x8E\x9E", "km", BITEXT_NUM_COUNT } /* ㎞ */,
	{ "\xE3\x8E\x8F", "kg", BITEXT_NUM_COUNT } /* ㎏ */,
	{ "\xE3\x8E\xA1", "m2", BITEXT_NUM_COUNT } /* ㎡ */,
	{ NULL, NULL, 0 }
};

/* English nouns after a number that make it a count. */
static const counter en_units[] = {
	{ "people", "person", BITEXT_NUM_COUNT },
	{ "persons", "person", BITEXT_NUM_COUNT },
	{ "person", "person", BITEXT_NUM_COUNT },
	{ "countries", "country", BITEXT_NUM_COUNT },
	{ "country", "country", BITEXT_NUM_COUNT },
	{ "nations", "country", BITEXT_NUM_COUNT },
	{ "companies", "company", BITEXT_NUM_COUNT },
	{ "cases", "case", BITEXT_NUM_COUNT },
	{ "months", "month", BITEXT_NUM_COUNT },
	{ "weeks", "week", BITEXT_NUM_COUNT },
	{ "hours", "hour", BITEXT_NUM_COUNT },
	{ "minutes", "minute", BITEXT_NUM_COUNT },
	{ "seconds", "second", BITEXT_NUM_COUNT },
	{ "kilometers", "km", BITEXT_NUM_COUNT },
	{ "kilometres", "km", BITEXT_NUM_COUNT },
	{ "km", "km", BITEXT_NUM_COUNT },
	{ "kg", "kg", BITEXT_NUM_COUNT },
	{ "kilograms", "kg", BITEXT_NUM_COUNT },
	{ "tons", "ton", BITEXT_NUM_COUNT },
	{ "households", "household", BITEXT_NUM_COUNT },
	{ "times", NULL, BITEXT_NUM_MULTIPLE },
	{ "fold", NULL, BITEXT_NUM_MULTIPLE },
	{ NULL, NULL, 0 }
};

typedef struct {
	const char *w;
	int v;
} word_val;

/* Korean native numerals before a counter: tens, then units (스물다섯). */
static const word_val ko_tens[] = {
	{ "스물", 20 }, { "스무", 20 }, { "서른", 30 }, { "마흔", 40 },
	{ "예순", 60 }, { "일흔", 70 }, { "여든", 80 }, { "아흔", 90 },
	{ "열", 10 }, { "쉰", 50 }, { NULL, 0 }
};

static const word_val ko_units[] = {
	{ "다섯", 5 }, { "여섯", 6 }, { "일곱", 7 }, { "여덟", 8 },
	{ "아홉", 9 }, { "한", 1 }, { "두", 2 }, { "세", 3 }, { "네", 4 },
	{ NULL, 0 }
};

/* Korean words that are numbers by themselves. */
static const word_val ko_alone[] = {
	{ "하나", 1 }, { "둘", 2 }, { "셋", 3 }, { "넷", 4 },
	{ NULL, 0 }
};

static const word_val ko_ordinal_words[] = {
	{ "첫째", 1 }, { "둘째", 2 }, { "셋째", 3 }, { "넷째", 4 },
	{ "다섯째", 5 }, { NULL, 0 }
};

/* English number words: value, and 1 = small scale (hundred), 2 = big. */
typedef struct {
	const char *w;
	double v;
	int type;                 /* 0 unit/teen, 1 tens, 2 hundred, 3 big,
	                             4 ordinal, 5 dozen */
} en_word;

static const en_word en_words[] = {
	{ "zero", 0, 0 }, { "one", 1, 0 }, { "two", 2, 0 }, { "three", 3, 0 },
	{ "four", 4, 0 }, { "five", 5, 0 }, { "six", 6, 0 }, { "seven", 7, 0 },
	{ "eight", 8, 0 }, { "nine", 9, 0 }, { "ten", 10, 0 },
	{ "eleven", 11, 0 }, { "twelve", 12, 0 }, { "thirteen", 13, 0 },
	{ "fourteen", 14, 0 }, { "fifteen", 15, 0 }, { "sixteen", 16, 0 },
	{ "seventeen", 17, 0 }, { "eighteen", 18, 0 }, { "nineteen", 19, 0 },
	{ "twenty", 20, 1 }, { "thirty", 30, 1 }, { "forty", 40, 1 },
	{ "fifty", 50, 1 }, { "sixty", 60, 1 }, { "seventy", 70, 1 },
	{ "eighty", 80, 1 }, { "ninety", 90, 1 }, { "hundred", 100, 2 },
	{ "thousand", 1e3, 3 }, { "million", 1e6, 3 }, { "billion", 1e9, 3 },
	{ "trillion", 1e12, 3 }, { "dozen", 12, 5 },
	{ "first", 1, 4 }, { "second", 2, 4 }, { "third", 3, 4 },
	{ "fourth", 4, 4 }, { "fifth", 5, 4 }, { "sixth", 6, 4 },
	{ "seventh", 7, 4 }, { "eighth", 8, 4 }, { "ninth", 9, 4 },
	{ "tenth", 10, 4 }, { "eleventh", 11, 4 }, { "twelfth", 12, 4 },
	{ "thirteenth", 13, 4 }, { "fourteenth", 14, 4 },
	{ "fifteenth", 15, 4 }, { "sixteenth", 16, 4 },
	{ "seventeenth", 17, 4 }, { "eighteenth", 18, 4 },
	{ "nineteenth", 19, 4 }, { "twentieth", 20, 4 },
	{ "thirtieth", 30, 4 }, { "fortieth", 40, 4 }, { "fiftieth", 50, 4 },
	{ "hundredth", 100, 4 }, { "thousandth", 1000, 4 },
	{ NULL, 0, 0 }
};

static const char *const en_months[12][3] = {
	{ "january", "jan", NULL }, { "february", "feb", NULL },
	{ "march", "mar", NULL }, { "april", "apr", NULL },
	{ "may", NULL, NULL }, { "june", "jun", NULL },
	{ "july", "jul", NULL }, { "august", "aug", NULL },
	{ "september", "sept", "sep" }, { "october", "oct", NULL },
	{ "november", "nov", NULL }, { "december", "dec", NULL }
};

/* ------------------------------------------------------------------ */
/* What ICU's data says about a language, read once per language       */

/* A number word of the language and its value (ICU's spell-out rules). */
typedef struct {
	char w[40];               /* lower case, UTF-8, no soft hyphens */
	int v;
} loc_word;

/*
 * One language's conventions, from ICU: separators, month and weekday
 * names, the percent word ("Prozent", "pour cent") and, for languages
 * without rules of their own here, the number words 2-100 and 1000. Built
 * once per language tag and kept for the life of the process (the list is
 * capped; past the cap one call builds its own and frees it), so
 * extraction never opens an ICU object on its hot path.
 */
typedef struct sep_entry_s {
	struct sep_entry_s *next;
	char lang[24];
	uint32_t group, dec;
	char months[24][32];      /* long then short month names (L_OTHER) */
	char wdays[14][32];       /* long then short weekday names, Monday
	                             first */
	char pct[2][24];          /* the percent word, singular and plural */
	char rel[6][32];          /* last, this, next month; then year */
	loc_word *words;          /* number words sorted by w (L_OTHER) */
	size_t nwords;
} sep_entry;

enum { LOC_MAX = 64 };        /* languages kept; a caller passing endless
	                             distinct tags must not grow memory */
static pthread_mutex_t g_loc_lock = PTHREAD_MUTEX_INITIALIZER;
static sep_entry *g_locs;     /* every language read so far */
static unsigned g_nlocs;
static _Thread_local const sep_entry *g_loc_last;

static uint32_t numbers_symbol(UNumberFormat *f, UNumberFormatSymbol sym,
	uint32_t dflt)
{
	UErrorCode st = U_ZERO_ERROR;
	UChar buf[8];
	int32_t n = unum_getSymbol(f, sym, buf, 8, &st);
	UChar32 c;
	int32_t k = 0;

	if (U_FAILURE(st) || n < 1)
		return dflt;
	U16_NEXT(buf, k, n, c);
	return (uint32_t)c;
}

/* UTF-16 to UTF-8 into out[cap], lower-casing ASCII and dropping soft
 * hyphens (ICU's German spell-out marks syllables with them). "" when it
 * does not fit. */
static void loc_utf8(char *out, size_t cap, const UChar *u, int32_t n)
{
	UErrorCode st = U_ZERO_ERROR;
	size_t i, k = 0;

	out[0] = '\0';
	if (n <= 0)
		return;
	u_strToUTF8(out, (int32_t)cap, NULL, u, n, &st);
	if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING) {
		out[0] = '\0';
		return;
	}
	for (i = 0; out[i]; i++) {
		if ((unsigned char)out[i] == 0xC2 && (unsigned char)out[i + 1] == 0xAD) {
			i++;
			continue;
		}
		out[k++] = (char)(out[i] >= 'A' && out[i] <= 'Z' ? out[i] + 32 : out[i]);
	}
	out[k] = '\0';
}

static void loc_names(sep_entry *e, const char *lang, int months)
{
	UErrorCode st = U_ZERO_ERROR;
	UDateFormat *f = udat_open(UDAT_NONE, UDAT_LONG, lang, NULL, 0, NULL,
		0, &st);
	int t, m;

	if (U_FAILURE(st) || !f) {
		if (f)
			udat_close(f);
		return;
	}
	for (t = 0; t < 2; t++) {
		for (m = 0; m < 12 && months; m++) {
			UChar b[32];
			int32_t n;
			st = U_ZERO_ERROR;
			n = udat_getSymbols(f, t ? UDAT_SHORT_MONTHS : UDAT_MONTHS, m,
				b, 32, &st);
			if (U_SUCCESS(st))
				loc_utf8(e->months[t * 12 + m], 32, b, n);
		}
		/* ICU counts from Sunday = 1; ISO 8601 from Monday = 1 */
		for (m = 1; m <= 7; m++) {
			UChar b[32];
			int32_t n;
			st = U_ZERO_ERROR;
			n = udat_getSymbols(f, t ? UDAT_SHORT_WEEKDAYS : UDAT_WEEKDAYS,
				m, b, 32, &st);
			if (U_SUCCESS(st))
				loc_utf8(e->wdays[t * 7 + (m == 1 ? 6 : m - 2)], 32, b, n);
		}
	}
	udat_close(f);
}

/* The percent word: "5 Prozent" formatted by ICU, less the number. */
static void loc_percent(sep_entry *e, const char *lang)
{
	UErrorCode st = U_ZERO_ERROR;
	UNumberFormatter *f = unumf_openForSkeletonAndLocale(
		u"measure-unit/concentr-percent unit-width-full-name", -1, lang, &st);
	UFormattedNumber *r = unumf_openResult(&st);
	int k;

	for (k = 0; k < 2 && U_SUCCESS(st); k++) {
		UChar b[48];
		char w[48];
		int32_t n;
		size_t i = 0, j;
		unumf_formatInt(f, k ? 5 : 1, r, &st);
		n = unumf_resultToString(r, b, 48, &st);
		if (U_FAILURE(st))
			break;
		loc_utf8(w, sizeof(w), b, n);
		/* "5 pour cent" -> "pour cent"; "5%" (no word) -> "" */
		j = strlen(w);
		while (i < j && (isdigit((unsigned char)w[i]) || w[i] == ' '))
			i++;
		if (i + 1 < j && (unsigned char)w[i] == 0xC2 && (unsigned char)w[i + 1] == 0xA0)
			i += 2;
		while (j > i && (isdigit((unsigned char)w[j - 1]) || w[j - 1] == ' '))
			j--;
		if (j - i >= 3 && j - i < sizeof(e->pct[0]) && !memchr(w + i, '%', j - i)) {
			memcpy(e->pct[k], w + i, j - i);
			e->pct[k][j - i] = '\0';
		}
	}
	if (r)
		unumf_closeResult(r);
	if (f)
		unumf_close(f);
}

static int loc_word_cmp(const void *a, const void *b)
{
	return strcmp(((const loc_word *)a)->w, ((const loc_word *)b)->w);
}

/* Number words as ICU's spell-out rules write them: 2-100, the hundreds
 * and 1000-9000 (not one: in most languages also the article). */
static void loc_words(sep_entry *e, const char *lang)
{
	UErrorCode st = U_ZERO_ERROR;
	UNumberFormat *f = unum_open(UNUM_SPELLOUT, NULL, 0, lang, NULL, &st);
	int k;

	if (U_FAILURE(st) || !f || !(e->words = calloc(120, sizeof(loc_word)))) {
		if (f)
			unum_close(f);
		return;
	}
	for (k = 0; k < 116; k++) {
		UChar b[48];
		int32_t n;
		loc_word *w = &e->words[e->nwords];
		int v = k < 99 ? k + 2 : k < 107 ? (k - 97) * 100 : (k - 106) * 1000;
		st = U_ZERO_ERROR;
		n = unum_format(f, v, b, 48, NULL, &st);
		if (U_FAILURE(st))
			continue;
		loc_utf8(w->w, sizeof(w->w), b, n);
		w->v = v;
		if (strlen(w->w) >= 3)
			e->nwords++;
	}
	unum_close(f);
	qsort(e->words, e->nwords, sizeof(loc_word), loc_word_cmp);
}

/* Last, this and next month and year as ICU says them (지난달, 올해,
 * letzten Monat, el año pasado). */
static void loc_relative(sep_entry *e, const char *lang)
{
	UErrorCode st = U_ZERO_ERROR;
	URelativeDateTimeFormatter *f = ureldatefmt_open(lang, NULL,
		UDAT_STYLE_LONG, UDISPCTX_CAPITALIZATION_NONE, &st);
	int k;

	if (U_FAILURE(st) || !f)
		return;
	for (k = 0; k < 6; k++) {
		UChar b[40];
		int32_t n;
		st = U_ZERO_ERROR;
		n = ureldatefmt_format(f, k % 3 - 1, k < 3 ? UDAT_REL_UNIT_MONTH :
			UDAT_REL_UNIT_YEAR, b, 40, &st);
		if (U_SUCCESS(st))
			loc_utf8(e->rel[k], sizeof(e->rel[k]), b, n);
	}
	ureldatefmt_close(f);
}

static void loc_build(sep_entry *e, const char *lang, int other)
{
	UErrorCode st = U_ZERO_ERROR;
	UNumberFormat *f;

	free(e->words);
	memset(e, 0, sizeof(*e));
	strcpy(e->lang, lang);
	e->group = ',';
	e->dec = '.';
	f = unum_open(UNUM_DECIMAL, NULL, 0, lang, NULL, &st);
	if (U_SUCCESS(st) && f) {
		e->group = numbers_symbol(f, UNUM_GROUPING_SEPARATOR_SYMBOL, ',');
		e->dec = numbers_symbol(f, UNUM_DECIMAL_SEPARATOR_SYMBOL, '.');
	}
	if (f)
		unum_close(f);
	loc_names(e, lang, other);
	loc_relative(e, lang);
	if (other) {
		loc_percent(e, lang);
		loc_words(e, lang);
	}
}

/* The conventions of `lang`, built on first use. Past LOC_MAX languages,
 * an entry built for this call only, in *own (the caller frees it). */
static const sep_entry *numbers_locale(const char *lang, int other,
	sep_entry **own)
{
	sep_entry *e;

	*own = NULL;
	if (!lang || !*lang || strlen(lang) >= sizeof(g_locs->lang))
		return NULL;
	if (g_loc_last && !strcmp(g_loc_last->lang, lang))
		return g_loc_last;
	pthread_mutex_lock(&g_loc_lock);
	for (e = g_locs; e; e = e->next)
		if (!strcmp(e->lang, lang))
			break;
	if (!e && g_nlocs < LOC_MAX && (e = calloc(1, sizeof(*e)))) {
		loc_build(e, lang, other);
		e->next = g_locs;
		g_locs = e;
		g_nlocs++;
	}
	pthread_mutex_unlock(&g_loc_lock);
	if (!e) {
		if ((*own = calloc(1, sizeof(**own))))
			loc_build(*own, lang, other);
		return *own;
	}
	g_loc_last = e;
	return e;
}

static void numbers_setup(scan *sc, const char *lang)
{
	char pri[8];
	size_t k = 0;
	uint32_t g, d;

	while (lang && lang[k] && lang[k] != '-' && lang[k] != '_' && k < 7) {
		char c = lang[k];
		pri[k++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	pri[k] = '\0';
	sc->lang = L_OTHER;
	if (!strcmp(pri, "en"))
		sc->lang = L_EN;
	else if (!strcmp(pri, "ko"))
		sc->lang = L_KO;
	else if (!strcmp(pri, "ja"))
		sc->lang = L_JA;
	else if (!strcmp(pri, "zh"))
		sc->lang = L_ZH;
	sc->loc = numbers_locale(lang, sc->lang == L_OTHER, &sc->own);
	g = sc->loc && sc->lang == L_OTHER ? sc->loc->group : ',';
	d = sc->loc && sc->lang == L_OTHER ? sc->loc->dec : '.';
	sc->dec = d;
	sc->ngroup = 0;
	sc->group[sc->ngroup++] = g;
	if (g == 0xA0 || g == 0x202F || g == ' ') {
		sc->group[sc->ngroup++] = g == ' ' ? 0xA0 : ' ';
		sc->group[sc->ngroup++] = g == 0x202F ? 0xA0 : 0x202F;
	} else if (g == 0x2019) {
		sc->group[sc->ngroup++] = '\'';
	} else if (g == ',' && sc->lang == L_EN) {
		sc->group[sc->ngroup++] = 0xA0;  /* 47 000 (thin/nbsp) */
		sc->group[sc->ngroup++] = ' ';   /* 47 000 */
	}
}

/* ------------------------------------------------------------------ */
/* Cores                                                               */

static int is_group_sep(const scan *sc, uint32_t c)
{
	int k;

	for (k = 0; k < sc->ngroup; k++)
		if (sc->group[k] == c)
			return 1;
	return 0;
}

/*
 * Digits with grouping and decimal separators from i. A grouping
 * separator counts only when exactly three digits follow it and the first
 * group had 1-3 digits. Sets *val, *is_int, *plain4; returns the end or 0.
 */
static size_t parse_digits(const scan *sc, size_t i, double *val,
	int *is_int, int *plain4)
{
	size_t p = i, nx, q, q2;
	double v = 0;
	int nd = 0, first = 0, grouped = 0, d, k;
	uint32_t c;

	while ((d = digit_of(u8_get(sc, p, &nx))) >= 0 && nd < 18) {
		v = v * 10 + d;
		nd++;
		p = nx;
	}
	if (nd == 0)
		return 0;
	first = nd;
	for (;;) {
		c = u8_get(sc, p, &nx);
		if (!is_group_sep(sc, c) || first > 3 || c == sc->dec)
			break;
		q = nx;
		double g = 0;
		for (k = 0; k < 3; k++) {
			d = digit_of(u8_get(sc, q, &q2));
			if (d < 0)
				break;
			g = g * 10 + d;
			q = q2;
		}
		if (k < 3 || digit_of(u8_peek(sc, q)) >= 0)
			break;
		/* "3 000" only when the grouping is a space: not "3 2014" */
		v = v * 1000 + g;
		grouped = 1;
		p = q;
	}
	*is_int = 1;
	c = u8_get(sc, p, &nx);
	/* 1.20 in German or French: no number of the language (a full stop
	 * there groups three digits, or nothing); a version or a number
	 * written the English way, as software and science write them */
	if (c == '.' && !grouped && digit_of(u8_peek(sc, nx)) >= 0)
		c = sc->dec;
	if (c == sc->dec && digit_of(u8_peek(sc, nx)) >= 0) {
		double scale = 0.1;
		q = nx;
		while ((d = digit_of(u8_get(sc, q, &q2))) >= 0) {
			v += d * scale;
			scale /= 10;
			q = q2;
		}
		/* 1.2.3 is a version or a date, not a number */
		if (u8_peek(sc, q) == u8_peek(sc, p) &&
		    digit_of(u8_peek(sc, q + 1)) >= 0)
			return 0;
		*is_int = 0;
		p = q;
	}
	*plain4 = !grouped && nd == 4 && *is_int;
	*val = v;
	return p;
}

/* Plain digits only (at most 9): for date parts. Returns the end or 0. */
static size_t parse_uint(const scan *sc, size_t i, double *val, int *nd)
{
	size_t p = i, nx;
	int d;

	*val = 0;
	*nd = 0;
	while ((d = digit_of(u8_get(sc, p, &nx))) >= 0 && *nd < 9) {
		*val = *val * 10 + d;
		(*nd)++;
		p = nx;
	}
	if (*nd == 0 || digit_of(u8_peek(sc, p)) >= 0)
		return 0;
	return p;
}

static int hangul_digit(uint32_t c)
{
	switch (c) {
	case 0xC601: /* 영 */ case 0xACF5: /* 공 */ return 0;
	case 0xC77C: return 1; /* 일 */
	case 0xC774: return 2; /* 이 */
	case 0xC0BC: return 3; /* 삼 */
	case 0xC0AC: return 4; /* 사 */
	case 0xC624: return 5; /* 오 */
	case 0xC721: case 0xB959: return 6; /* 육 륙 */
	case 0xCE60: return 7; /* 칠 */
	case 0xD314: return 8; /* 팔 */
	case 0xAD6C: return 9; /* 구 */
	}
	return -1;
}

static int han_digit(uint32_t c)
{
	switch (c) {
	case 0x3007: case 0x96F6: return 0; /* 〇 零 */
	case 0x4E00: return 1; case 0x4E8C: return 2; case 0x4E09: return 3;
	case 0x56DB: return 4; case 0x4E94: return 5; case 0x516D: return 6;
	case 0x4E03: return 7; case 0x516B: return 8; case 0x4E5D: return 9;
	case 0x4E24: case 0x5169: return 2; /* 两 兩 */
	}
	return -1;
}

/* Small units (10, 100, 1000) and big units (1e4, 1e8, 1e12). */
static double small_unit(uint32_t c)
{
	switch (c) {
	case 0xC2ED: case 0x5341: return 10;   /* 십 十 */
	case 0xBC31: case 0x767E: return 100;  /* 백 百 */
	case 0xCC9C: case 0x5343: return 1000; /* 천 千 */
	}
	return 0;
}

static double big_unit(uint32_t c)
{
	switch (c) {
	case 0xB9CC: case 0x4E07: case 0x842C: return 1e4; /* 만 万 萬 */
	case 0xC5B5: case 0x5104: case 0x4EBF: return 1e8; /* 억 億 亿 */
	case 0xC870: case 0x5146: return 1e12;            /* 조 兆 */
	}
	return 0;
}

/*
 * East Asian numeral from i: digits and/or numeral characters with units.
 * `mode` 0 = starts with a digit, 1 = Hangul numerals, 2 = Han numerals.
 * Returns the end (0 when nothing), the value, and the syllable count.
 */
typedef struct {
	double value;
	double lastbig;           /* last big unit applied (1 if none) */
	int units;                /* unit characters read */
	int chars;                /* numeral characters read (modes 1, 2) */
	int is_int, plain4;
	int scaled;
	int frac;                 /* fraction digits of the first digit run */
	double ulp;               /* rounding step of 1.2조 (1e11), else 0 */
	size_t end_digits;        /* end of the digits-only prefix */
} ea_num;

/* Digits after the decimal separator in s[a, b). */
static int frac_digits(const scan *sc, size_t a, size_t b)
{
	size_t i = a, nx;
	int n = -1;

	while (i < b) {
		uint32_t c = u8_get(sc, i, &nx);
		if (n >= 0 && digit_of(c) >= 0)
			n++;
		else if (c == sc->dec)
			n = 0;
		i = nx;
	}
	return n < 0 ? 0 : n;
}

static size_t parse_east_asian(const scan *sc, size_t i, int mode,
	ea_num *r)
{
	double total = 0, grp = 0, cur = 0, lastbig = 1e30, lastsmall = 1e30;
	int have_cur = 0, any = 0, d;
	size_t p = i, nx, end = i;
	uint32_t c;

	memset(r, 0, sizeof(*r));
	r->is_int = 1;
	r->lastbig = 1;
	for (;;) {
		double su, bu;
		c = u8_get(sc, p, &nx);
		if (digit_of(c) >= 0) {
			double v;
			int ii = 1, p4 = 0;
			size_t e;
			if (have_cur)
				break;
			e = parse_digits(sc, p, &v, &ii, &p4);
			if (!e)
				break;
			if (!any) {
				r->is_int = ii;
				r->plain4 = p4;
				r->end_digits = e;
				r->frac = ii ? 0 : frac_digits(sc, p, e);
			} else if (!ii) {
				r->is_int = 0;
			}
			cur = v;
			have_cur = 1;
			any = 1;
			p = end = e;
			continue;
		}
		d = mode == 1 ? hangul_digit(c) : mode == 2 ? han_digit(c) : -1;
		if (d < 0 && mode == 0 && is_han(c))
			d = han_digit(c) >= 0 && any ? han_digit(c) : -1;
		if (d >= 0) {
			if (have_cur)
				break;
			cur = d;
			have_cur = 1;
			any = 1;
			r->chars++;
			p = end = nx;
			continue;
		}
		su = small_unit(c);
		if (su > 0 && (mode != 0 || any) && (mode != 1 || is_hangul(c)) &&
		    (mode != 2 || is_han(c) || any)) {
			if (su >= lastsmall || (have_cur && cur >= 10))
				break;
			grp += (have_cur ? cur : 1) * su;
			lastsmall = su;
			have_cur = 0;
			cur = 0;
			any = 1;
			r->units++;
			r->chars++;
			p = end = nx;
			continue;
		}
		/* 1000여만: "more than" before a big unit */
		if (c == 0xC5EC && any && big_unit(u8_peek(sc, nx)) > 0) {
			p = nx;
			continue;
		}
		bu = big_unit(c);
		if (bu > 0 && any && (mode != 1 || is_hangul(c))) {
			double g = grp + (have_cur ? cur : 0);
			if (bu >= lastbig || g == 0 || g >= 1e4)
				break;
			if (r->frac > 0 && total == 0 && grp == 0 && have_cur)
				r->ulp = pow(10, -r->frac) * bu;
			total += g * bu;
			lastbig = bu;
			r->lastbig = bu;
			lastsmall = 1e30;
			grp = 0;
			cur = 0;
			have_cur = 0;
			r->units++;
			r->chars++;
			r->scaled = 1;
			p = end = nx;
			/* 4만 7000: one space after a big unit */
			if (is_space(u8_peek(sc, p))) {
				size_t q = skip_sp(sc, p);
				if (digit_of(u8_peek(sc, q)) >= 0)
					p = q;
			}
			continue;
		}
		break;
	}
	if (!any)
		return 0;
	r->value = total + grp + (have_cur ? cur : 0);
	if (r->units)
		r->plain4 = 0;
	return end;
}

/* English number words from i (an ASCII letter at a word start). */
static size_t parse_en_words(const scan *sc, size_t i, double *val,
	int *ordinal, int *nwords)
{
	double total = 0, grp = 0, lastbig = 1e30;
	int last = -1, any = 0, k, after_a = 0;
	size_t p = i, end = i, e;

	*ordinal = 0;
	*nwords = 0;
	for (;;) {
		const en_word *w = NULL;
		if (after_a) {
			after_a = 0;   /* "a" was read with its space */
		} else if (any) {
			/* separators: space, hyphen, "and" after hundred */
			size_t q = p;
			if (q < sc->len && (sc->s[q] == '-' || sc->s[q] == ' '))
				q++;
			else
				break;
			if (last == 2 && (e = word_at(sc, q, "and")) && e < sc->len &&
			    sc->s[e] == ' ')
				q = e + 1;
			p = q;
		} else if ((e = word_at(sc, p, "a")) && e < sc->len &&
			   sc->s[e] == ' ') {
			size_t q = e + 1;
			for (k = 0; en_words[k].w; k++)
				if ((en_words[k].type == 2 || en_words[k].type == 3 ||
				     en_words[k].type == 5) &&
				    word_at(sc, q, en_words[k].w))
					break;
			if (!en_words[k].w)
				return 0;
			grp = 1;
			last = 0;
			any = 1;
			after_a = 1;
			p = q;
			(*nwords)++;
			continue;
		}
		for (k = 0; en_words[k].w; k++) {
			if (p >= sc->len || (sc->s[p] | 0x20) != en_words[k].w[0])
				continue;
			if ((e = word_at(sc, p, en_words[k].w))) {
				w = &en_words[k];
				break;
			}
		}
		if (!w)
			break;
		if (w->type == 0 || w->type == 4) {
			double v = w->v;
			if (last == 0 || last == 4 || (last == 1 && v >= 10))
				break;
			grp += v;
			if (w->type == 4) {
				*ordinal = 1;
				any = 1;
				end = e;
				(*nwords)++;
				break;
			}
		} else if (w->type == 1) {
			if (last == 0 || last == 1)
				break;
			grp += w->v;
		} else if (w->type == 2) {
			if (grp >= 100 || (any && last != 0 && last != 1))
				break;
			grp = (any ? grp : 1) * 100;
			if (!any)
				break;
		} else if (w->type == 5) {
			grp = (any ? grp : 1) * 12;
			if (!any)
				break;
		} else {
			if (!any || w->v >= lastbig || grp == 0)
				break;
			total += grp * w->v;
			grp = 0;
			lastbig = w->v;
		}
		last = w->type;
		any = 1;
		p = end = e;
		(*nwords)++;
	}
	if (!any || end == i)
		return 0;
	*val = total + grp;
	return end;
}

/* ------------------------------------------------------------------ */
/* Suffixes                                                            */

/* May a Korean counter end here? Not when a longer word goes on. */
static int ko_after_ok(const scan *sc, size_t p)
{
	uint32_t c = u8_peek(sc, p);

	if (!is_hangul(c))
		return 1;
	switch (c) {
	case 0xC758: /* 의 */ case 0xC774: /* 이 */ case 0xAC00: /* 가 */
	case 0xC740: /* 은 */ case 0xB294: /* 는 */ case 0xC744: /* 을 */
	case 0xB97C: /* 를 */ case 0xC5D0: /* 에 */ case 0xC640: /* 와 */
	case 0xACFC: /* 과 */ case 0xB3C4: /* 도 */ case 0xB9CC: /* 만 */
	case 0xC529: /* 씩 */ case 0xB85C: /* 로 */ case 0xC73C: /* 으 */
	case 0xAED8: /* 께 */ case 0xBD80: /* 부 */ case 0xAE4C: /* 까 */
	case 0xBCF4: /* 보 */ case 0xCC98: /* 처 */ case 0xB791: /* 랑 */
	case 0xC5EC: /* 여 */ case 0xAC04: /* 간 */ case 0xC9F8: /* 째 */
	case 0xBC16: /* 밖 */ case 0xB77C: /* 라 */ case 0xC778: /* 인 */
	case 0xC600: /* 였 */ case 0xC785: /* 입 */ case 0xB098: /* 나 */
	case 0xC57C: /* 야 */ case 0xB4E4: /* 들 */ case 0xB0B4: /* 내 */
	case 0xC804: /* 전 */ case 0xD6C4: /* 후 */ case 0xC911: /* 중 */
	case 0xB2F9: /* 당 */ case 0xCBE4: /* 쯤 */ case 0xC815: /* 정 */
	case 0xBFD0: /* 뿐 */ case 0xBBF8: /* 미 */ case 0xCD08: /* 초 */
	case 0xC548: /* 안 */ case 0xB0A8: /* 남 */ case 0xB118: /* 넘 */
		return 1;
	}
	return 0;
}

/* Counters that may stand after a space: 3천 명, 삼천 명 (not 대, 세 ...). */
static int ko_spaced_ok(const char *w)
{
	static const char *const one[] = { "명", "개", "곳", "건", "척", "채",
		"권", "년", "장", "회", "편", "톤", NULL };
	int k;

	if (strlen(w) > 3)
		return 1;
	for (k = 0; one[k]; k++)
		if (!strcmp(one[k], w))
			return 1;
	return 0;
}

static size_t ko_counter_at(const scan *sc, size_t p, const counter *tab,
	const counter **hit)
{
	size_t e, q = skip_sp(sc, p);
	uint32_t c = u8_peek(sc, q);
	int k;

	/* every counter starts with Hangul, a kanji or a kana */
	if (!is_hangul(c) && !is_han(c) && !is_kana(c))
		return 0;
	for (k = 0; tab[k].w; k++) {
		if (!(e = lit_at(sc, q, tab[k].w)) || (q != p && !ko_spaced_ok(tab[k].w)))
			continue;
		if (ko_after_ok(sc, e)) {
			*hit = &tab[k];
			return e;
		}
	}
	return 0;
}

static size_t cur_suffix_at(const scan *sc, size_t p, const char **code)
{
	size_t e, q;
	int k;

	q = skip_sp(sc, p);
	for (k = 0; cur_suffix[k].w; k++) {
		if ((e = lit_at(sc, q, cur_suffix[k].w))) {
			uint32_t c = u8_peek(sc, e);
			/* 원 must not start another word: 5원칙 */
			if (!strcmp(cur_suffix[k].code, "KRW") && is_hangul(c) &&
			    !ko_after_ok(sc, e))
				continue;
			if (is_ascii_alpha(c))
				continue;
			if ((q != p) && !strcmp(cur_suffix[k].w, "$"))
				continue;
			*code = cur_suffix[k].code;
			return e;
		}
	}
	if (q == p && p + 1 < sc->len && sc->s[p] == '-')
		q = p + 1;
	for (k = 0; cur_suffix_en[k].w; k++) {
		if ((e = word_at(sc, q, cur_suffix_en[k].w)) && q != p) {
			*code = cur_suffix_en[k].code;
			return e;
		}
	}
	return 0;
}

static size_t percent_at(const scan *sc, size_t p)
{
	size_t e, q = skip_sp(sc, p);
	uint32_t c = u8_peek(sc, p);

	if (q != p && (u8_peek(sc, q) == '%' || u8_peek(sc, q) == 0xFF05)) {
		c = u8_peek(sc, q);
		p = q;
	}
	if (c == '%' || c == 0xFF05) {
		e = p + (c == '%' ? 1 : 3);
		if ((q = lit_at(sc, e, "p")) && !is_ascii_alpha(u8_peek(sc, q)))
			e = q;
		else if ((q = lit_at(sc, e, "포인트")))
			e = q;
		return e;
	}
	if ((e = lit_at(sc, q, "퍼센트")) || (e = lit_at(sc, q, "パーセント")) ||
	    (e = lit_at(sc, p, "프로"))) {
		if ((q = lit_at(sc, e, "포인트")))
			e = q;
		return e;
	}
	if (q != p && ((e = word_at(sc, q, "percent")) ||
		       (e = word_at(sc, q, "pct")))) {
		size_t r = skip_sp(sc, e);
		if ((q = word_at(sc, r, "points")) || (q = word_at(sc, r, "point")))
			e = q;
		return e;
	}
	if (q != p && (e = word_at(sc, q, "per")) && e < sc->len &&
	    sc->s[e] == ' ' && (q = word_at(sc, e + 1, "cent")))
		return q;
	/* the language's own word, from ICU: Prozent, pour cent, por ciento */
	q = skip_sp(sc, p);
	if (sc->loc && sc->lang == L_OTHER && ((e = name_at(sc, q, sc->loc->pct[0], 0)) ||
	    (e = name_at(sc, q, sc->loc->pct[1], 0))))
		return e;
	if (q != p && (e = word_at(sc, q, "percentage")) && e < sc->len &&
	    sc->s[e] == ' ' && ((q = word_at(sc, e + 1, "points")) ||
				 (q = word_at(sc, e + 1, "point"))))
		return q;
	return 0;
}

/* English scale word after a number: " million", "bn", "m" (money). */
static size_t en_scale_at(const scan *sc, size_t p, int money, double *mul)
{
	static const struct { const char *w; double v; int money; } tab[] = {
		{ "thousand", 1e3, 0 }, { "million", 1e6, 0 },
		{ "billion", 1e9, 0 }, { "trillion", 1e12, 0 },
		{ "bn", 1e9, 0 }, { "tn", 1e12, 0 }, { "mn", 1e6, 0 },
		{ "mln", 1e6, 0 }, { "bln", 1e9, 0 }, { "tln", 1e12, 0 },
		{ "trln", 1e12, 0 },
		{ "m", 1e6, 1 }, { "k", 1e3, 1 }, { "b", 1e9, 1 },
		{ NULL, 0, 0 }
	};
	size_t q = skip_sp(sc, p), e;
	int k;

	/* 375.4-trillion-won, $16-million */
	if (q == p && p + 1 < sc->len && sc->s[p] == '-' &&
	    is_ascii_alpha((unsigned char)sc->s[p + 1]))
		q = p + 1;
	for (k = 0; tab[k].w; k++) {
		if (tab[k].money && (!money || q != p))
			continue;
		if (strlen(tab[k].w) <= 2 && q != p && tab[k].v != 1e9 &&
		    tab[k].v != 1e12)
			continue;
		if ((e = word_at(sc, q, tab[k].w))) {
			*mul = tab[k].v;
			return e;
		}
	}
	return 0;
}

static int month_word_at(const scan *sc, size_t p, size_t *end)
{
	int m, k;
	size_t e;
	uint32_t c = u8_peek(sc, p);

	if (!(c >= 'A' && c <= 'Z'))
		return 0;
	for (m = 0; m < 12; m++) {
		for (k = 0; k < 3 && en_months[m][k]; k++) {
			if ((e = word_at(sc, p, en_months[m][k]))) {
				if (k > 0 && e < sc->len && sc->s[e] == '.')
					e++;
				*end = e;
				return m + 1;
			}
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* The list                                                            */

static int numbers_push(bitext_number_list *out, const bitext_number *n)
{
	if (out->count >= BITEXT_MAX_NUMBERS_PER_TEXT) {
		char lim[24];
		snprintf(lim, sizeof(lim), "%d", BITEXT_MAX_NUMBERS_PER_TEXT);
		return bitext_error_set(BITEXT_ELIMIT, "lex_too_many_numbers", lim,
			NULL);
	}
	if (bitext__grow((void **)&out->items, &out->alloc, out->count + 1,
	    sizeof(*out->items)) < 0)
		return BITEXT_ENOMEM;
	out->items[out->count++] = *n;
	return 0;
}

static void number_init(bitext_number *n, size_t start)
{
	memset(n, 0, sizeof(*n));
	n->kind = BITEXT_NUM_NUMBER;
	n->start = start;
	n->hour = -1;
	n->minute = -1;
	n->match = -1;
}

/* ------------------------------------------------------------------ */
/* Dates and times                                                     */

/* A month name at p: English (capitalized) or the locale's (ICU). */
static int any_month_at(const scan *sc, size_t p, size_t *end)
{
	int m;

	if (sc->lang == L_EN)
		return month_word_at(sc, p, end);
	if (!sc->loc || !(m = names_at(sc, p, sc->loc->months, 24, 0, end)))
		return 0;
	return (m - 1) % 12 + 1;
}

/* A day number followed by a month name and maybe a year: 10 December
 * 2014, 10. Dezember 2014, 10 décembre 2014, 10 de diciembre de 2014. */
static size_t day_month_at(const scan *sc, size_t p, found *f)
{
	size_t q = p, e, r;
	double y;
	int m, nd;

	if (!f->is_int || f->n.value < 1 || f->n.value > 31 ||
	    f->n.kind != BITEXT_NUM_NUMBER)
		return 0;
	if (sc->lang == L_OTHER && q < sc->len && sc->s[q] == '.')
		q++;
	r = skip_sp(sc, q);
	if (r == q)
		return 0;
	if ((e = word_at(sc, r, "de")) && e < sc->len && sc->s[e] == ' ')
		r = e + 1;
	if (!(m = any_month_at(sc, r, &e)))
		return 0;
	f->n.kind = BITEXT_NUM_DATE;
	f->n.day = (int)f->n.value;
	f->n.month = m;
	f->n.value = 0;
	r = skip_sp(sc, e);
	if (r != e && (q = word_at(sc, r, "de")) && q < sc->len && sc->s[q] == ' ')
		r = q + 1;
	if (r != e && (q = parse_uint(sc, r, &y, &nd)) && nd == 4) {
		f->n.year = (int)y;
		e = q;
	}
	return e;
}

/* A weekday named at i (Monday, 월요일, mercredi): a DATE of that part. */
static size_t weekday_at(const scan *sc, size_t i, found *f)
{
	size_t e;
	int w;

	/* Japanese and Chinese write no spaces: 来週の月曜日 */
	if (!sc->loc || (sc->lang != L_JA && sc->lang != L_ZH &&
	    is_wordish(u8_before(sc, i))) ||
	    !(w = names_at(sc, i, sc->loc->wdays, 7, 1, &e)))
		return 0;
	f->n.kind = BITEXT_NUM_DATE;
	f->n.weekday = w;
	f->n.flags |= BITEXT_NUM_F_SPELLED;
	return e;
}

/* Korean says last month and last year more ways than ICU's one each
 * (not 전월, 전년: "전년 대비" is year-on-year, a base, not a date). */
static const char ko_relative[][16] = {
	"지난 달", "전달", "", "이달", "이번달", "", "다음달", "내달", "",
	"지난해", "", "", "금년", "", "", "이듬해", "다음 해", ""
};

/* A date relative to now (지난달, last year, 올해, le mois dernier) at i:
 * a DATE whose month or year is -1 (F_RELATIVE). */
static size_t relative_at(const scan *sc, size_t i, found *f)
{
	size_t e;
	int k;

	if (!sc->loc || (sc->lang != L_JA && sc->lang != L_ZH &&
	    is_wordish(u8_before(sc, i))))
		return 0;
	k = names_at(sc, i, sc->loc->rel, 6, 0, &e) - 1;
	if (k < 0 && sc->lang == L_KO) {
		int j;
		for (j = 0; j < 18 && k < 0; j++)
			if (ko_relative[j][0] && (e = name_at(sc, i, ko_relative[j], 0)))
				k = j / 3 < 3 ? 0 : 3;
	}
	if (k < 0)
		return 0;
	f->n.kind = BITEXT_NUM_DATE;
	if (k < 3)
		f->n.month = -1;
	else
		f->n.year = -1;
	f->n.flags |= BITEXT_NUM_F_RELATIVE | BITEXT_NUM_F_WEAK |
		BITEXT_NUM_F_SPELLED;
	return e;
}

/* A short weekday in brackets after a date: 10일(수), 10日(水). */
static size_t weekday_paren_at(const scan *sc, size_t p, bitext_number *n)
{
	size_t q = skip_sp(sc, p), e;
	int w;

	if (!sc->loc || q >= sc->len || (sc->s[q] != '(' &&
	    !lit_at(sc, q, "\xEF\xBC\x88")))
		return 0;
	q += sc->s[q] == '(' ? 1 : 3;
	if (!(w = names_at(sc, q, sc->loc->wdays + 7, 7, 0, &e)) &&
	    !(w = names_at(sc, q, sc->loc->wdays, 7, 0, &e)))
		return 0;
	if (e < sc->len && sc->s[e] == ')')
		e++;
	else if (lit_at(sc, e, "\xEF\xBC\x89"))
		e += 3;
	else
		return 0;
	n->weekday = w;
	return e;
}

/* Number words of the locale (ICU's spell-out: drei, vingt-trois,
 * setenta y uno) at i: up to three words, the longest entry that matches.
 * Returns the end and sets *v, or 0. */
static size_t loc_word_at(const scan *sc, size_t i, int *v)
{
	char key[40];
	size_t p = i, best = 0, nx;
	int words = 0;

	if (!sc->loc || !sc->loc->nwords)
		return 0;
	while (words < 3) {
		size_t k0 = p, n;
		loc_word probe, *hit;
		uint32_t c;
		while (p < sc->len && (c = u8_get(sc, p, &nx)) &&
		       (is_wordish(c) || c == '-' || c == 0xAD) && digit_of(c) < 0)
			p = nx;
		if (p == k0 || p - i >= sizeof(key))
			break;
		/* the candidate i..p, lower case, soft hyphens dropped */
		for (n = 0, nx = i; nx < p; nx++) {
			char ch = sc->s[nx];
			if ((unsigned char)ch == 0xC2 && nx + 1 < p &&
			    (unsigned char)sc->s[nx + 1] == 0xAD) {
				nx++;
				continue;
			}
			key[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
		}
		key[n] = '\0';
		memcpy(probe.w, key, n + 1);
		hit = bsearch(&probe, sc->loc->words, sc->loc->nwords,
			sizeof(loc_word), loc_word_cmp);
		if (hit) {
			best = p;
			*v = hit->v;
		}
		words++;
		if (p >= sc->len || sc->s[p] != ' ')
			break;
		p++;
	}
	return best;
}

/* 2014-12-10, 2014/12/10, 2014.12.10, 2014. 12. 10. */
static size_t iso_date_at(const scan *sc, size_t i, bitext_number *n)
{
	double y, m, d;
	int nd;
	size_t p, nx;
	uint32_t sep;

	if (!(p = parse_uint(sc, i, &y, &nd)) || nd != 4)
		return 0;
	sep = u8_get(sc, p, &nx);
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	p = skip_sp(sc, nx);
	if (!(p = parse_uint(sc, p, &m, &nd)) || nd > 2 || m < 1 || m > 12)
		return 0;
	if (u8_get(sc, p, &nx) != sep)
		return 0;
	p = skip_sp(sc, nx);
	if (!(p = parse_uint(sc, p, &d, &nd)) || nd > 2 || d < 1 || d > 31)
		return 0;
	if (y < 1000 || y > 2999)
		return 0;
	n->kind = BITEXT_NUM_DATE;
	n->year = (int)y;
	n->month = (int)m;
	n->day = (int)d;
	if (sep == '.' && p < sc->len && sc->s[p] == '.')
		p++;
	return p;
}

/* D.M.YYYY / D/M/YYYY (M/D/YYYY in English). */
static size_t dmy_date_at(const scan *sc, size_t i, bitext_number *n)
{
	double a, b, y;
	int nd;
	size_t p, nx;
	uint32_t sep;

	if (!(p = parse_uint(sc, i, &a, &nd)) || nd > 2)
		return 0;
	sep = u8_get(sc, p, &nx);
	if (sep != '.' && sep != '/')
		return 0;
	if (!(p = parse_uint(sc, nx, &b, &nd)) || nd > 2)
		return 0;
	if (u8_get(sc, p, &nx) != sep)
		return 0;
	if (!(p = parse_uint(sc, nx, &y, &nd)) || nd != 4)
		return 0;
	if (sc->lang == L_EN && sep == '/') {
		double t = a;
		a = b;
		b = t;
	}
	if (a < 1 || a > 31 || b < 1 || b > 12 || y < 1000 || y > 2999)
		return 0;
	n->kind = BITEXT_NUM_DATE;
	n->day = (int)a;
	n->month = (int)b;
	n->year = (int)y;
	return p;
}

/*
 * A whole number lo..hi in digits after optional spaces at p, followed by
 * `w` (월, 日, 분...): its value with *end after `w`, or -1.
 */
static int cjk_part_at(const scan *sc, size_t p, const char *w, int lo,
	int hi, size_t *end)
{
	double x;
	int ii, p4;
	size_t r = parse_digits(sc, skip_sp(sc, p), &x, &ii, &p4);

	if (!r || !ii || x < lo || x > hi || !(r = lit_at(sc, r, w)))
		return -1;
	*end = r;
	return (int)x;
}

/* Korean/Japanese date chain after a number: 년/年 월/月 일/日. */
static size_t cjk_date_parts(const scan *sc, size_t p, double v, int is_int,
	int plain4, bitext_number *n)
{
	const char *yw = "년", *mw = "월", *dw = "일";
	size_t e, r;
	int m, d;

	if (u8_peek(sc, p) == 0x5E74 || u8_peek(sc, p) == 0x6708 ||
	    u8_peek(sc, p) == 0x65E5) {
		yw = "年";
		mw = "月";
		dw = "日";
	}
	if (!is_int)
		return 0;
	/* 2015학년도: an academic year */
	if (plain4 && !strcmp(yw, "년") && (e = lit_at(sc, p, "학년도"))) {
		n->kind = BITEXT_NUM_YEAR;
		n->year = (int)v;
		n->value = v;
		return e;
	}
	if ((e = lit_at(sc, p, yw))) {
		if (!plain4)
			return 0;  /* 3년: a count of years */
		n->kind = BITEXT_NUM_YEAR;
		n->year = (int)v;
		n->value = v;
		if ((r = lit_at(sc, e, "도")))
			e = r;
		if ((m = cjk_part_at(sc, e, mw, 1, 12, &r)) > 0) {
			n->kind = BITEXT_NUM_DATE;
			n->value = 0;
			n->month = m;
			e = r;
			if ((d = cjk_part_at(sc, e, dw, 1, 31, &r)) > 0) {
				n->day = d;
				e = r;
				if ((r = weekday_paren_at(sc, e, n)))
					e = r;
			}
		}
		return e;
	}
	if ((e = lit_at(sc, p, mw)) && v >= 1 && v <= 12) {
		n->kind = BITEXT_NUM_DATE;
		n->month = (int)v;
		if ((d = cjk_part_at(sc, e, dw, 1, 31, &r)) > 0) {
			n->day = d;
			e = r;
			if ((r = weekday_paren_at(sc, e, n)))
				e = r;
		}
		return e;
	}
	if ((e = lit_at(sc, p, dw)) && v >= 1 && v <= 31) {
		if (lit_at(sc, e, "간") || lit_at(sc, e, "째") ||
		    lit_at(sc, e, "間")) {
			n->kind = BITEXT_NUM_COUNT;
			n->unit = "day";
			return lit_at(sc, e, "간") ? e + 3 : e;
		}
		n->kind = BITEXT_NUM_DATE;
		n->day = (int)v;
		if ((r = weekday_paren_at(sc, e, n)))
			e = r;
		return e;
	}
	return 0;
}

/* Korean 시/분, Japanese 時/分 after an hour number. */
static size_t cjk_time_parts(const scan *sc, size_t p, double v,
	bitext_number *n)
{
	size_t e, q, r;
	int mi, ja = 0;

	if (!(e = lit_at(sc, p, "시"))) {
		/* 時; Chinese also 点/點 (in Japanese 点 is "points") */
		if (!(e = lit_at(sc, p, "時")) && (sc->lang != L_ZH ||
		    (!(e = lit_at(sc, p, "点")) && !(e = lit_at(sc, p, "點")))))
			return 0;
		ja = 1;
	}
	if (v < 0 || v > 24 || v != floor(v))
		return 0;
	if (!ja && (lit_at(sc, e, "간") || lit_at(sc, e, "대") ||
		    lit_at(sc, e, "장") || lit_at(sc, e, "즌") ||
		    lit_at(sc, e, "점") || lit_at(sc, e, "작")))
		return 0;
	if (ja && lit_at(sc, e, "間"))
		return 0;
	n->kind = BITEXT_NUM_TIME;
	n->hour = (int)v;
	n->minute = -1;
	n->value = v;
	if (v >= 1 && v <= 12)
		n->flags |= BITEXT_NUM_F_HOUR12;
	q = skip_sp(sc, e);
	if ((mi = cjk_part_at(sc, e, ja ? "分" : "분", 0, 59, &r)) >= 0) {
		n->minute = mi;
		e = r;
	} else if (!ja && (r = lit_at(sc, q, "반")) && !is_hangul(u8_peek(sc, r))) {
		n->minute = 30;
		e = r;
	} else if (ja && (r = lit_at(sc, e, "半"))) {
		n->minute = 30;
		e = r;
	}
	return e;
}

/* "in the morning" (0), "in the afternoon", "in the evening" (1), "at
 * night" (2: evening from 6) at p, with *end; -1 when none. */
static int en_day_part(const scan *sc, size_t p, size_t *end)
{
	static const struct { const char *a, *b; int pm; } tab[] = {
		{ "in", "morning", 0 }, { "in", "afternoon", 1 },
		{ "in", "evening", 1 }, { "at", "night", 2 }, { NULL, NULL, 0 }
	};
	size_t e, q;
	int k;

	for (k = 0; tab[k].a; k++) {
		if (!(e = word_at(sc, p, tab[k].a)))
			continue;
		q = skip_sp(sc, e);
		if (q != e && (e = word_at(sc, q, "the")))
			q = skip_sp(sc, e);
		if ((e = word_at(sc, q, tab[k].b))) {
			*end = e;
			return tab[k].pm;
		}
	}
	return -1;
}

/* English "3 p.m.", "10:30 a.m.", "3 o'clock", "15:00" after an hour. */
static size_t en_time_parts(const scan *sc, size_t p, double v, int is_int,
	bitext_number *n)
{
	size_t q, e = 0, r, r2;
	double mm = -1;
	int pm = -1, k;

	if (!is_int || v > 24)
		return 0;
	q = p;
	if (q + 2 < sc->len && sc->s[q] == ':' && digit_of(u8_peek(sc, q + 1)) >= 0
	    && digit_of(u8_peek(sc, q + 2)) >= 0 &&
	    digit_of(u8_peek(sc, q + 3)) < 0) {
		mm = (sc->s[q + 1] - '0') * 10 + (sc->s[q + 2] - '0');
		if (mm >= 60)
			return 0;
		q += 3;
	}
	r = skip_sp(sc, q);
	if ((e = lit_at(sc, r, "a.m.")) || (e = lit_at(sc, r, "A.M.")) ||
	    (e = word_at(sc, r, "am")) || (e = lit_at(sc, r, "a.m")))
		pm = 0;
	else if ((e = lit_at(sc, r, "p.m.")) || (e = lit_at(sc, r, "P.M.")) ||
		 (e = word_at(sc, r, "pm")) || (e = lit_at(sc, r, "p.m")))
		pm = 1;
	else if (mm < 0 && ((e = lit_at(sc, r, "o'clock")) ||
			    (e = lit_at(sc, r, "o\xE2\x80\x99" "clock"))))
		pm = 2;
	/* 3 in the afternoon, 9:30 in the morning, 11 o'clock at night */
	if ((pm == 2 || pm < 0) && v >= 1 && v <= 12 &&
	    (k = en_day_part(sc, skip_sp(sc, pm == 2 ? e : q), &r2)) >= 0) {
		pm = k == 2 ? v >= 6 && v != 12 : k;
		e = r2;
	}
	if (pm == 0 || pm == 1) {
		if (v < 1 || v > 12)
			return 0;
		n->hour = (int)v % 12 + (pm ? 12 : 0);
	} else if (pm == 2) {
		if (v < 1 || v > 12)
			return 0;
		n->hour = (int)v;
		n->flags |= BITEXT_NUM_F_HOUR12;
	} else if (mm >= 0) {
		n->hour = (int)v;
		if (v <= 12)
			n->flags |= BITEXT_NUM_F_HOUR12;
		e = q;
	} else {
		return 0;
	}
	n->kind = BITEXT_NUM_TIME;
	n->minute = mm >= 0 ? (int)mm : -1;
	n->value = n->hour;
	return e;
}

/* Previous ASCII word before byte i (skipping one space), lower-cased. */
static void en_prev_word(const scan *sc, size_t i, char *w, size_t wsz)
{
	size_t e = i, b;

	w[0] = '\0';
	while (e > 0 && sc->s[e - 1] == ' ')
		e--;
	b = e;
	while (b > 0 && is_ascii_alpha((unsigned char)sc->s[b - 1]))
		b--;
	if (e - b == 0 || e - b >= wsz)
		return;
	for (size_t k = 0; k < e - b; k++) {
		char c = sc->s[b + k];
		w[k] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	w[e - b] = '\0';
}

/* ------------------------------------------------------------------ */
/* One expression                                                      */

static size_t en_suffixes(const scan *sc, size_t p, found *f)
{
	bitext_number *n = &f->n;
	size_t e, q;
	int m, k;

	/* 21st, 3rd */
	if (f->digits && f->is_int && ((e = word_at(sc, p, "st")) ||
	    (e = word_at(sc, p, "nd")) || (e = word_at(sc, p, "rd")) ||
	    (e = word_at(sc, p, "th")))) {
		q = skip_sp(sc, e);
		if (q != e && (m = month_word_at(sc, q, &e)) && n->value >= 1 &&
		    n->value <= 31) {
			n->kind = BITEXT_NUM_DATE;
			n->day = (int)n->value;
			n->month = m;
			n->value = 0;
			return e;
		}
		n->kind = BITEXT_NUM_ORDINAL;
		/* 19th-largest, 2nd-biggest: a rank, not a day */
		if (e + 1 < sc->len && sc->s[e] == '-' &&
		    is_ascii_alpha((unsigned char)sc->s[e + 1]))
			n->unit = "rank";
		return e;
	}
	if ((e = en_time_parts(sc, p, n->value, f->is_int, n)))
		return e;
	/* the 68-year-old */
	if ((e = lit_at(sc, p, "-year-old")) || (e = lit_at(sc, p, "-years-old"))) {
		n->kind = BITEXT_NUM_COUNT;
		n->unit = "age";
		return e;
	}
	q = skip_sp(sc, p);
	/* two decades = 20 years */
	if (q != p && ((e = word_at(sc, q, "decades")) ||
	    (e = word_at(sc, q, "decade")))) {
		n->kind = BITEXT_NUM_COUNT;
		n->unit = "year";
		n->value *= 10;
		return e;
	}
	for (k = 0; en_units[k].w; k++) {
		if (q != p && (e = word_at(sc, q, en_units[k].w))) {
			n->kind = en_units[k].kind;
			n->unit = en_units[k].unit;
			return e;
		}
	}
	return 0;
}

static size_t ko_ja_suffixes(const scan *sc, size_t p, found *f)
{
	bitext_number *n = &f->n;
	const counter *hit = NULL;
	size_t e;

	if ((e = cjk_date_parts(sc, p, n->value, f->is_int, f->plain4, n)))
		return e;
	if ((e = cjk_time_parts(sc, p, n->value, n)))
		return e;
	/* 10:00~18:00: clock times are written alike in every language */
	if (p < sc->len && sc->s[p] == ':' &&
	    (e = en_time_parts(sc, p, n->value, f->is_int, n)))
		return e;
	if ((e = ko_counter_at(sc, p, ko_counters, &hit)) ||
	    (e = ko_counter_at(sc, p, ja_counters, &hit))) {
		n->kind = hit->kind;
		n->unit = hit->unit;
		if (hit->kind == BITEXT_NUM_COUNT && !strcmp(hit->unit, "age") &&
		    !f->is_int)
			return 0;
		return e;
	}
	return 0;
}

static size_t generic_suffixes(const scan *sc, size_t p, found *f)
{
	size_t e, q;
	int k;

	if ((e = day_month_at(sc, p, f)))
		return e;
	q = p;
	for (k = 0; sym_units[k].w; k++) {
		if ((e = lit_at(sc, q, sym_units[k].w)) &&
		    !is_ascii_alpha(u8_peek(sc, e))) {
			f->n.kind = BITEXT_NUM_COUNT;
			f->n.unit = sym_units[k].unit;
			return e;
		}
	}
	return 0;
}

/*
 * Everything after the core: scale word, percent, currency, then the
 * language's suffixes. Returns the end of the expression.
 */
static size_t suffixes_core(const scan *sc, size_t p, found *f)
{
	bitext_number *n = &f->n;
	const char *code = NULL;
	double mul;
	size_t e;

	if ((e = en_scale_at(sc, p, n->currency[0] != '\0', &mul))) {
		n->value *= mul;
		n->flags |= BITEXT_NUM_F_SCALED;
		if (f->frac > 0)
			n->ulp = pow(10, -f->frac) * mul;
		f->unit = mul;
		f->is_int = n->value == floor(n->value);
		f->plain4 = 0;
		p = e;
	}
	if ((e = percent_at(sc, p))) {
		n->kind = BITEXT_NUM_PERCENT;
		return e;
	}
	if ((e = cur_suffix_at(sc, p, &code))) {
		double sen;
		int nd;
		size_t r;
		n->kind = BITEXT_NUM_MONEY;
		memcpy(n->currency, code, 4);
		/* 370円26銭 = 370.26 yen */
		if (!strcmp(code, "JPY") && (r = parse_uint(sc, e, &sen, &nd)) &&
		    nd <= 2 && (r = lit_at(sc, r, "銭"))) {
			n->value += sen / 100;
			e = r;
		}
		return e;
	}
	if ((e = lit_at(sc, p, "割")) && sc->lang == L_JA) {
		/* 9割 = 90 percent */
		n->kind = BITEXT_NUM_PERCENT;
		n->value *= 10;
		return e;
	}
	if (n->currency[0]) {
		n->kind = BITEXT_NUM_MONEY;
		return p;
	}
	if ((e = ko_ja_suffixes(sc, p, f)))
		return e;
	if ((e = generic_suffixes(sc, p, f)))
		return e;
	if ((sc->lang == L_EN || sc->lang == L_OTHER) &&
	    (e = en_suffixes(sc, p, f)))
		return e;
	/* a year: "in 2014" */
	if (f->plain4 && n->value >= 1000 && n->value <= 2999 &&
	    n->kind == BITEXT_NUM_NUMBER && sc->lang == L_EN) {
		static const char *const prep[] = { "in", "since", "by", "until",
			"from", "to", "of", "year", "early", "late", "mid", "fiscal",
			"before", "after", "through", "during", "between", "and",
			NULL };
		char w[16];
		int k;
		en_prev_word(sc, n->start, w, sizeof(w));
		for (k = 0; prep[k]; k++) {
			if (!strcmp(w, prep[k])) {
				n->kind = BITEXT_NUM_YEAR;
				n->year = (int)n->value;
				break;
			}
		}
	}
	return p;
}

/* The suffixes, after the Korean "more than" 여 when something follows it:
 * 5만여 명, 3000여 가구, 1000여만 원. */
static size_t number_suffixes(const scan *sc, size_t p, found *f)
{
	size_t e, r;
	found save;

	if (sc->lang == L_KO && (e = lit_at(sc, p, "여"))) {
		save = *f;
		if ((r = suffixes_core(sc, e, f)) != e)
			return r;
		*f = save;
	}
	return suffixes_core(sc, p, f);
}

/* Core from a digit (with an optional currency prefix already read). */
static size_t number_from_digits(const scan *sc, size_t p, found *f)
{
	ea_num ea;
	size_t e;

	if (!f->n.currency[0] && ((e = iso_date_at(sc, p, &f->n)) ||
	    (sc->lang != L_KO && sc->lang != L_JA && sc->lang != L_ZH &&
	     (e = dmy_date_at(sc, p, &f->n)))))
		return e;
	if (!(e = parse_east_asian(sc, p, 0, &ea)))
		return 0;
	f->n.value = ea.value;
	f->n.ulp = ea.ulp;
	f->frac = ea.frac;
	f->is_int = ea.is_int;
	f->plain4 = ea.plain4;
	f->digits = 1;
	f->unit = ea.lastbig;
	if (ea.scaled)
		f->n.flags |= BITEXT_NUM_F_SCALED;
	return number_suffixes(sc, e, f);
}

/* A native numeral at i: [tens][units], at least one (열두, 스물다섯,
 * 서른, 세). Returns its end and value, or 0. */
static size_t ko_native_value(const scan *sc, size_t i, int *v)
{
	size_t e = i, r;
	int k;

	*v = 0;
	for (k = 0; ko_tens[k].w; k++) {
		if ((r = lit_at(sc, e, ko_tens[k].w))) {
			*v = ko_tens[k].v;
			e = r;
			break;
		}
	}
	if (*v == 20 && e - i == 6 && !memcmp(sc->s + i, "스무", 6))
		return e;   /* 스무 stands alone before a counter */
	for (k = 0; ko_units[k].w; k++) {
		if ((r = lit_at(sc, e, ko_units[k].w))) {
			*v += ko_units[k].v;
			return r;
		}
	}
	return *v ? e : 0;
}

/* A Korean native numeral word + space + counter: 세 명, 첫 번째. */
static size_t ko_native_at(const scan *sc, size_t i, found *f)
{
	const counter *hit = NULL;
	size_t e, q, r;
	int k;

	if (is_hangul(u8_before(sc, i)))
		return 0;
	for (k = 0; ko_ordinal_words[k].w; k++) {
		if ((e = lit_at(sc, i, ko_ordinal_words[k].w)) &&
		    ko_after_ok(sc, e) && !lit_at(sc, e, "날")) {
			f->n.kind = BITEXT_NUM_ORDINAL;
			f->n.value = ko_ordinal_words[k].v;
			f->n.flags |= BITEXT_NUM_F_SPELLED | BITEXT_NUM_F_WEAK;
			return e;
		}
	}
	for (k = 0; ko_alone[k].w; k++) {
		if ((e = lit_at(sc, i, ko_alone[k].w)) &&
		    (!is_hangul(u8_peek(sc, e)) ||
		     (ko_after_ok(sc, e) && !lit_at(sc, e, "러") &&
		      !lit_at(sc, e, "레")))) {
			f->n.value = ko_alone[k].v;
			f->n.flags |= BITEXT_NUM_F_SPELLED | BITEXT_NUM_F_WEAK;
			return e;
		}
	}
	{
		int v = 0, first = 0;
		if ((e = lit_at(sc, i, "첫"))) {
			v = 1;
			first = 1;
		} else if (!(e = ko_native_value(sc, i, &v))) {
			return 0;
		}
		if (!is_space(u8_peek(sc, e)))
			return 0;
		q = skip_sp(sc, e);
		f->n.value = v;
		f->n.flags |= BITEXT_NUM_F_SPELLED;
		if (v <= 12)
			f->n.flags |= BITEXT_NUM_F_WEAK;
		if (first) {
			if ((r = lit_at(sc, q, "번째")) || (r = lit_at(sc, q, "째"))) {
				f->n.kind = BITEXT_NUM_ORDINAL;
				return r;
			}
			return 0;
		}
		if ((r = cjk_time_parts(sc, q, v, &f->n))) {
			f->n.flags |= BITEXT_NUM_F_HOUR12;
			return r;
		}
		if ((r = ko_counter_at(sc, q, ko_native_counters, &hit))) {
			f->n.kind = hit->kind;
			f->n.unit = hit->unit;
			return r;
		}
		return 0;
	}
	return 0;
}

/*
 * Counters after ONE Sino-Korean syllable (삼 개월, 사 층, 십 년). One
 * syllable is a number only before a counter: with a space, or joined to
 * 개월/개국, which follow nothing but a numeral. 일 ("one", but also
 * "work", "day") and 이 ("two", but also "this", "tooth") are read only
 * before counters that no noun or determiner takes (`ambig`): 이 개 is
 * "this dog", 이 층 "this floor", 이 분 "this person", 이 번 "this time",
 * 이 주 "this week"; 일 년 is "one year" and 이 개월 "two months".
 */
static const struct {
	const char *w;
	const char *unit;
	bitext_number_kind kind;
	int ambig;                /* also after 일 (1) / 이 (2): bit 1 / 2 */
	int joined;               /* also without a space: 삼개월 */
} ko_sino_counters[] = {
	{ "개월", "month", BITEXT_NUM_COUNT, 3, 1 },
	{ "개국", "country", BITEXT_NUM_COUNT, 3, 1 },
	{ "주일", "week", BITEXT_NUM_COUNT, 3, 0 },
	{ "년", "year", BITEXT_NUM_COUNT, 1, 0 },
	{ "층", "floor", BITEXT_NUM_COUNT, 1, 0 },
	{ "등", NULL, BITEXT_NUM_ORDINAL, 1, 0 },
	{ "개", "item", BITEXT_NUM_COUNT, 0, 0 },
	{ "명", "person", BITEXT_NUM_COUNT, 0, 0 },
	{ "번", "time", BITEXT_NUM_COUNT, 0, 0 },
	{ "회", "time", BITEXT_NUM_COUNT, 0, 0 },
	{ "주", "week", BITEXT_NUM_COUNT, 0, 0 },
	{ "분", "minute", BITEXT_NUM_COUNT, 0, 0 },
	{ "초", "second", BITEXT_NUM_COUNT, 0, 0 },
	{ "위", NULL, BITEXT_NUM_ORDINAL, 0, 0 },
	{ "배", NULL, BITEXT_NUM_MULTIPLE, 0, 0 },
	{ NULL, NULL, 0, 0, 0 }
};

/* One Sino-Korean numeral syllable of value v, ending at e, before a
 * counter: the end of the counter, or 0. */
static size_t ko_sino_single_at(const scan *sc, size_t e, double v, found *f)
{
	size_t q = skip_sp(sc, e), r;
	int k, bit = 0;

	if (v == 1 || v == 2)
		bit = (int)v;
	for (k = 0; ko_sino_counters[k].w; k++) {
		if (!(r = lit_at(sc, q, ko_sino_counters[k].w)) ||
		    (q == e && !ko_sino_counters[k].joined) ||
		    (bit && !(ko_sino_counters[k].ambig & bit)) ||
		    !ko_after_ok(sc, r))
			continue;
		f->n.kind = ko_sino_counters[k].kind;
		f->n.unit = ko_sino_counters[k].unit;
		f->n.value = v;
		f->n.flags |= BITEXT_NUM_F_SPELLED;
		if (v <= 12)
			f->n.flags |= BITEXT_NUM_F_WEAK;
		f->is_int = 1;
		return r;
	}
	return 0;
}

/* Hangul or Han numerals: 삼천 명, 이십오, 三千, 二十五人. */
static size_t numeral_chars_at(const scan *sc, size_t i, int mode, found *f)
{
	ea_num ea;
	size_t e, r;
	uint32_t before = u8_before(sc, i), first = u8_peek(sc, i);
	found save = *f;
	int single;

	/* 공 is zero only among digits read aloud; first it is a word
	 * (공백, 공원) */
	if (mode == 1 && (is_hangul(before) || first == 0xACF5))
		return 0;
	if (mode == 2 && (is_han(before) || big_unit(first) > 0))
		return 0;
	if (!(e = parse_east_asian(sc, i, mode, &ea)))
		return 0;
	/* one kanji numeral alone counts only with a counter: 三人, 五月 (not
	 * 一部, 一方, nor the adverb 一時) */
	single = ea.units == 0 || ea.chars < 2;
	if (single && mode == 1 && ea.chars == 1)
		return ko_sino_single_at(sc, e, ea.value, f);
	if (single && (mode != 2 || ea.chars != 1))
		return 0;
	f->n.value = ea.value;
	f->n.flags |= BITEXT_NUM_F_SPELLED;
	f->is_int = 1;
	f->unit = ea.lastbig;
	if (ea.scaled)
		f->n.flags |= BITEXT_NUM_F_SCALED;
	r = number_suffixes(sc, e, f);
	if (single && (r == e || f->n.kind == BITEXT_NUM_TIME ||
	    f->n.kind == BITEXT_NUM_NUMBER)) {
		*f = save;
		return 0;
	}
	if (r != e)
		return r;
	/* a bare numeral word: only when it cannot be another word */
	if (mode == 1 && (ea.chars < 3 || is_hangul(u8_peek(sc, e)))) {
		*f = save;
		return 0;
	}
	if (mode == 2 && is_han(u8_peek(sc, e)) && sc->lang != L_ZH) {
		*f = save;
		return 0;
	}
	return e;
}

/* English number words, with suffixes. */
static size_t en_words_at(const scan *sc, size_t i, found *f)
{
	double v;
	int ord, nw;
	size_t e;

	if (is_ascii_alpha(u8_before(sc, i)))
		return 0;
	static const struct { const char *w; int v; } mult[] = {
		{ "doubled", 2 }, { "double", 2 }, { "doubling", 2 },
		{ "twofold", 2 }, { "tripled", 3 }, { "triple", 3 },
		{ "tripling", 3 }, { "threefold", 3 }, { "quadrupled", 4 },
		{ "fourfold", 4 }, { "tenfold", 10 }, { NULL, 0 }
	};
	int k;

	if ((e = word_at(sc, i, "twice"))) {
		f->n.kind = BITEXT_NUM_COUNT;
		f->n.unit = "time";
		f->n.value = 2;
		f->n.flags |= BITEXT_NUM_F_SPELLED | BITEXT_NUM_F_WEAK;
		return e;
	}
	for (k = 0; mult[k].w; k++) {
		if ((e = word_at(sc, i, mult[k].w))) {
			f->n.kind = BITEXT_NUM_MULTIPLE;
			f->n.value = mult[k].v;
			f->n.flags |= BITEXT_NUM_F_SPELLED | BITEXT_NUM_F_WEAK;
			return e;
		}
	}
	/* a decade (ago) = 10 years */
	if ((e = word_at(sc, i, "a")) && e < sc->len && sc->s[e] == ' ' &&
	    (e = word_at(sc, e + 1, "decade"))) {
		f->n.kind = BITEXT_NUM_COUNT;
		f->n.unit = "year";
		f->n.value = 10;
		f->n.flags |= BITEXT_NUM_F_SPELLED | BITEXT_NUM_F_WEAK;
		return e;
	}
	if (!(e = parse_en_words(sc, i, &v, &ord, &nw)))
		return 0;
	if (lit_at(sc, e, "-hand") || lit_at(sc, e, "-rate"))
		return 0;  /* second-hand, third-rate */
	f->n.value = v;
	f->n.flags |= BITEXT_NUM_F_SPELLED;
	f->is_int = 1;
	if (v <= 12)
		f->n.flags |= BITEXT_NUM_F_WEAK;
	if (v >= 1000)
		f->n.flags |= BITEXT_NUM_F_SCALED;
	if (ord) {
		f->n.kind = BITEXT_NUM_ORDINAL;
		return e;
	}
	return number_suffixes(sc, e, f);
}

/* A number in words of the locale, with suffixes: drei Prozent. */
static size_t loc_words_at(const scan *sc, size_t i, found *f)
{
	size_t e;
	int v;

	if (is_wordish(u8_before(sc, i)) || !(e = loc_word_at(sc, i, &v)))
		return 0;
	/* vingt mille, dos mil: times the word for a thousand */
	if (v < 1000 && e < sc->len && sc->s[e] == ' ') {
		int t;
		size_t r = loc_word_at(sc, e + 1, &t);
		if (r && t == 1000) {
			v *= 1000;
			e = r;
		}
	}
	f->n.value = v;
	f->n.flags |= BITEXT_NUM_F_SPELLED;
	f->is_int = 1;
	if (v <= 12)
		f->n.flags |= BITEXT_NUM_F_WEAK;
	return number_suffixes(sc, e, f);
}

/* Month-first English dates: Dec. 10, 2014 / December 2014 / December. */
/*
 * Is the month word text[i..e) (month m) a month when no day or year
 * follows? After a preposition of time always (in May, since Nov., by
 * March). Otherwise only a full name (June, December: not the
 * abbreviation Jan., which may be a name's initial), not May (a verb),
 * not March first in the text (a verb), and not before a capitalized word
 * (June Carter).
 */
static int en_month_alone(const scan *sc, size_t i, size_t e, int m)
{
	static const char *const preps[] = { "in", "since", "by", "until",
		"till", "from", "through", "last", "next", "early", "late", "mid",
		"of", "during", "before", "after", "for", NULL };
	char w[12];
	size_t q;
	int k;

	en_prev_word(sc, i, w, sizeof(w));
	for (k = 0; preps[k]; k++)
		if (!strcmp(w, preps[k]))
			return 1;
	if (e - i != strlen(en_months[m - 1][0]) || m == 5 || (m == 3 && i == 0))
		return 0;
	q = skip_sp(sc, e);
	return !(q != e && q < sc->len && sc->s[q] >= 'A' && sc->s[q] <= 'Z');
}

static size_t en_month_date_at(const scan *sc, size_t i, found *f)
{
	size_t e, q, r, s;
	double d, y;
	int m, ii, p4;

	if (is_ascii_alpha(u8_before(sc, i)) || !(m = month_word_at(sc, i, &e)))
		return 0;
	f->n.kind = BITEXT_NUM_DATE;
	f->n.month = m;
	q = skip_sp(sc, e);
	if (q != e && (r = parse_digits(sc, q, &d, &ii, &p4)) && ii) {
		if (p4 && d >= 1000 && d <= 2999) {
			f->n.year = (int)d;
			return r;
		}
		if (d >= 1 && d <= 31 && r - q <= 2) {
			f->n.day = (int)d;
			if ((s = word_at(sc, r, "st")) || (s = word_at(sc, r, "nd")) ||
			    (s = word_at(sc, r, "rd")) || (s = word_at(sc, r, "th")))
				r = s;
			s = r;
			if (s < sc->len && sc->s[s] == ',')
				s++;
			q = skip_sp(sc, s);
			if (q != s && (s = parse_digits(sc, q, &y, &ii, &p4)) && p4 &&
			    y >= 1000 && y <= 2999) {
				f->n.year = (int)y;
				r = s;
			}
			return r;
		}
	}
	return en_month_alone(sc, i, e, m) ? e : 0;
}

/* midnight, noon, 자정, 정오, 正午 */
static size_t named_time_at(const scan *sc, size_t i, found *f)
{
	static const struct { const char *w; int h; int ascii; } tab[] = {
		{ "midnight", 0, 1 }, { "noon", 12, 1 }, { "자정", 0, 0 },
		{ "정오", 12, 0 }, { "正午", 12, 0 }, { NULL, 0, 0 }
	};
	size_t e;
	int k;

	for (k = 0; tab[k].w; k++) {
		e = tab[k].ascii ? word_at(sc, i, tab[k].w) : lit_at(sc, i, tab[k].w);
		if (!e || (!tab[k].ascii && is_hangul(u8_peek(sc, e)) &&
		    !lit_at(sc, e, "에") && !lit_at(sc, e, "께")))
			continue;
		f->n.kind = BITEXT_NUM_TIME;
		f->n.hour = tab[k].h;
		f->n.minute = 0;
		f->n.value = tab[k].h;
		f->n.flags |= BITEXT_NUM_F_SPELLED;
		return e;
	}
	return 0;
}

/*
 * The separator of a range after the first end (at p): a tilde or a dash
 * (3~5, 3-5, 3 – 5), or in English "to", "through", "or" (3 to 5 people,
 * 3 or 4 days) and "and" after "between" (`start`: the first end). Returns
 * where the second end may start, or 0.
 */
static size_t range_sep_at(const scan *sc, size_t start, size_t p)
{
	size_t nx, q, e;
	uint32_t c = u8_get(sc, p, &nx);
	char w[12];

	if (c == '~' || c == 0x223C || c == 0x301C || c == 0xFF5E || c == '-' ||
	    c == 0x2013)
		return skip_sp(sc, nx);
	if (sc->lang != L_EN || (q = skip_sp(sc, p)) == p)
		return 0;
	if ((e = word_at(sc, q, "to")) || (e = word_at(sc, q, "through")) ||
	    (e = word_at(sc, q, "or")))
		return skip_sp(sc, e) != e ? skip_sp(sc, e) : 0;
	en_prev_word(sc, start, w, sizeof(w));
	if ((e = word_at(sc, q, "and")) && !strcmp(w, "between"))
		return skip_sp(sc, e) != e ? skip_sp(sc, e) : 0;
	return 0;
}

/* Korean/Japanese period word + hour: 오후 3시, 午後3時. */
static size_t period_time_at(const scan *sc, size_t i, found *f)
{
	static const struct { const char *w; int pm; } tab[] = {
		{ "오전", 0 }, { "오후", 1 }, { "새벽", 0 }, { "아침", 0 },
		{ "저녁", 1 }, { "밤", 2 }, { "낮", 3 }, { "午前", 0 },
		{ "上午", 0 }, { "下午", 1 }, { "晚上", 2 }, { "凌晨", 0 },
		{ "午後", 1 }, { NULL, 0 }
	};
	size_t e, q, r;
	double h;
	int k, ii, p4;

	if (is_hangul(u8_before(sc, i)))
		return 0;
	for (k = 0; tab[k].w; k++) {
		if (!(e = lit_at(sc, i, tab[k].w)))
			continue;
		q = skip_sp(sc, e);
		if (!(r = parse_digits(sc, q, &h, &ii, &p4)) || !ii || h < 1 ||
		    h > 12)
			return 0;
		e = r;
		if (!(r = cjk_time_parts(sc, r, h, &f->n))) {
			/* 오후 3~5시: the first end of a range of hours */
			double h2;
			size_t r2, q2 = range_sep_at(sc, q, e);
			bitext_number t;
			memset(&t, 0, sizeof(t));
			if (!q2 || !(r2 = parse_digits(sc, q2, &h2, &ii, &p4)) ||
			    !ii || !cjk_time_parts(sc, r2, h2, &t))
				return 0;
			f->n.kind = BITEXT_NUM_TIME;
			f->n.minute = -1;
			r = e;
		}
		switch (tab[k].pm) {
		case 0: f->n.hour = (int)h % 12; break;
		case 1: f->n.hour = (int)h % 12 + 12; break;
		case 2: f->n.hour = h >= 6 ? ((int)h % 12) + 12 : (int)h % 12;
			break;
		case 3: f->n.hour = h <= 6 ? (int)h + 12 : (int)h; break;
		}
		f->n.value = f->n.hour;
		f->n.flags &= ~(unsigned)BITEXT_NUM_F_HOUR12;
		return r;
	}
	return 0;
}

/* Currency prefix, then digits. */
static size_t currency_at(const scan *sc, size_t i, found *f)
{
	size_t e, q;
	int k;

	/* every prefix starts with a sign or a capital letter */
	if (i < sc->len && sc->s[i] >= 'a' && sc->s[i] <= 'z')
		return 0;
	for (k = 0; cur_prefix[k].w; k++) {
		if (sc->s[i] != cur_prefix[k].w[0] ||
		    !(e = lit_at(sc, i, cur_prefix[k].w)))
			continue;
		if (is_ascii_alpha(cur_prefix[k].w[0]) &&
		    (is_ascii_alpha(u8_before(sc, i)) || !is_space(u8_peek(sc, e))))
			continue;
		q = skip_sp(sc, e);
		if (digit_of(u8_peek(sc, q)) < 0)
			return 0;
		memcpy(f->n.currency, cur_prefix[k].code, 4);
		f->n.kind = BITEXT_NUM_MONEY;
		return number_from_digits(sc, q, f);
	}
	return 0;
}

/*
 * Are the digits at i part of a name or a code? They are when they follow
 * a Latin letter (PM2.5, H5N8, v2.33, xx00, ARG1) or a Hangul word of two
 * syllables or more (코로나19, 형사합의25부, 빌보드200). Korean writes a
 * space before a number; a one-syllable prefix glued to it is a word of
 * quantity (약3%, 총5명, 연2%, 제1), not a name.
 */
static int code_before(const scan *sc, size_t i)
{
	uint32_t b = u8_before(sc, i);

	if (is_ascii_alpha(b))
		return 1;
	return is_hangul(b) && i >= 3 && is_hangul(u8_before(sc, i - 3));
}

/* A printf width or precision at p: digits, or '*' with an optional
 * argument index (*2$). Counts the digits into *digits; returns the end. */
static size_t printf_width(const scan *sc, size_t p, int *digits)
{
	int star = p < sc->len && sc->s[p] == '*';

	if (star)
		p++;
	while (p < sc->len && sc->s[p] >= '0' && sc->s[p] <= '9') {
		p++;
		(*digits)++;
	}
	if (star && p < sc->len && sc->s[p] == '$' && sc->s[p - 1] != '*')
		p++;
	return p;
}

/*
 * 윤재혁(68): an age in brackets right after a Korean or Japanese name,
 * which English news moves ("the 68-year-old") or drops. Makes n a count
 * of years of age and returns 1 when so.
 */
static int age_in_brackets(const scan *sc, size_t i, size_t e,
	bitext_number *n)
{
	uint32_t b = u8_before(sc, i);

	if ((b != '(' && b != 0xFF08) || n->kind != BITEXT_NUM_NUMBER ||
	    n->value < 1 || n->value > 120 || n->value != floor(n->value) ||
	    (u8_peek(sc, e) != ')' && u8_peek(sc, e) != 0xFF09))
		return 0;
	b = u8_before(sc, i - (b == '(' ? 1 : 3));
	if (!is_hangul(b) && !is_han(b) && !is_kana(b))
		return 0;
	n->kind = BITEXT_NUM_COUNT;
	n->unit = "age";
	return 1;
}

/*
 * A printf conversion at i ('%'): %5d, %-20.127s, %0.1f, %2$s, %lu. Its
 * digits are a width, a precision or an argument index, not numbers.
 * Returns its end when it holds a digit, else 0.
 */
static size_t printf_spec_at(const scan *sc, size_t i)
{
	size_t p = i + 1;
	int digits = 0;

	while (p < sc->len && sc->s[p] >= '0' && sc->s[p] <= '9')
		p++, digits++;
	if (digits && p < sc->len && sc->s[p] == '$')
		p++;
	else
		p = i + 1;
	while (p < sc->len && strchr("-+ #0'", sc->s[p]) && sc->s[p])
		p++;
	p = printf_width(sc, p, &digits);
	if (p < sc->len && sc->s[p] == '.')
		p = printf_width(sc, p + 1, &digits);
	while (p < sc->len && strchr("hlLqjzt", sc->s[p]) && sc->s[p])
		p++;
	if (!digits || p >= sc->len || !sc->s[p] ||
	    !strchr("diouxXeEfFgGaAcspnCS", sc->s[p]))
		return 0;
	return p + 1;
}

/* Try to read an expression starting at i. Returns its end, or 0. */
static size_t number_at(const scan *sc, size_t i, uint32_t c, found *f)
{
	size_t e, q, mstart = i;
	int neg = 0;

	memset(f, 0, sizeof(*f));
	number_init(&f->n, i);
	f->unit = 1;
	if (c == '-' || c == 0x2212) {
		uint32_t b = u8_before(sc, i);
		q = i + (c == '-' ? 1 : 3);
		if (digit_of(u8_peek(sc, q)) < 0 || is_wordish(b) || b == '.' ||
		    b == ',')
			return 0;
		neg = 1;
		c = u8_peek(sc, q);
		i = q;
	}
	if (c == '.' && sc->dec == '.') {
		/* .341: a batting average, a caliber */
		uint32_t b = u8_before(sc, i);
		double v;
		int nd;
		if (!(b == 0 || is_space(b) || b == '(') ||
		    !(e = parse_uint(sc, i + 1, &v, &nd)) || nd > 3)
			return 0;
		f->n.kind = BITEXT_NUM_DECIMAL;
		f->n.value = v / pow(10, nd);
	} else if (digit_of(c) >= 0) {
		uint32_t b = u8_before(sc, i);
		if (b == '.' || b == ',' || digit_of(b) >= 0)
			return 0;
		e = number_from_digits(sc, i, f);
		if (e && code_before(sc, i))
			f->n.flags |= BITEXT_NUM_F_CODE | BITEXT_NUM_F_WEAK;
		else if (e && age_in_brackets(sc, i, e, &f->n))
			f->n.flags |= BITEXT_NUM_F_WEAK;
	} else if (c == 0xC81C /* 제 */ || c == 0x7B2C /* 第 */) {
		q = i + 3;
		if (digit_of(u8_peek(sc, q)) < 0 || (c == 0xC81C &&
		    is_hangul(u8_before(sc, i))))
			return 0;
		if (!(e = number_from_digits(sc, q, f)))
			return 0;
		if (f->n.kind == BITEXT_NUM_NUMBER || f->n.kind == BITEXT_NUM_COUNT) {
			f->n.kind = BITEXT_NUM_ORDINAL;
			f->n.unit = NULL;
		}
		if (f->n.flags & BITEXT_NUM_F_SCALED)
			return 0;  /* 제3조 is "Article 3", not 3e12 */
	} else if (is_hangul(c)) {
		/* every Korean expression starts a word */
		if (is_hangul(u8_before(sc, i)))
			return 0;
		if (!(e = period_time_at(sc, i, f)) && !(e = weekday_at(sc, i, f)) &&
		    !(e = relative_at(sc, i, f)) &&
		    !(e = ko_native_at(sc, i, f)) && !(e = named_time_at(sc, i, f)))
			e = hangul_digit(c) >= 0 || small_unit(c) > 0 ?
				numeral_chars_at(sc, i, 1, f) : 0;
	} else if (is_han(c) && (sc->lang == L_JA || sc->lang == L_ZH) &&
		   ((e = weekday_at(sc, i, f)) || (e = relative_at(sc, i, f)))) {
		/* 月曜日, 星期三, 先月 */
	} else if (is_han(c)) {
		if (c != 0x5348 /* 午 */ && c != 0x6B63 /* 正 */ &&
		    c != 0x4E0A /* 上 */ && c != 0x4E0B /* 下 */ &&
		    c != 0x665A /* 晚 */ && c != 0x51CC /* 凌 */ && han_digit(c) < 0 &&
		    small_unit(c) == 0)
			return 0;
		if (!(e = period_time_at(sc, i, f)) && !(e = named_time_at(sc, i, f)))
			e = numeral_chars_at(sc, i, 2, f);
	} else if (is_ascii_alpha(c)) {
		if (!(e = currency_at(sc, i, f)) && !(e = en_month_date_at(sc, i, f)) &&
		    !(e = weekday_at(sc, i, f)) && !(e = relative_at(sc, i, f))) {
			if (sc->lang == L_EN && !(e = named_time_at(sc, i, f)))
				e = en_words_at(sc, i, f);
			else if (sc->lang == L_OTHER)
				e = loc_words_at(sc, i, f);
		}
	} else {
		e = currency_at(sc, i, f);
	}
	if (!e)
		return 0;
	if (neg) {
		f->n.value = -f->n.value;
		f->n.flags |= BITEXT_NUM_F_NEGATIVE;
		f->n.start = mstart;
	}
	if (f->n.kind == BITEXT_NUM_NUMBER && !f->is_int)
		f->n.kind = BITEXT_NUM_DECIMAL;
	/* "the fifth floor" numbers a floor as 5층 does */
	if (f->n.kind == BITEXT_NUM_ORDINAL && !f->n.unit &&
	    (q = skip_sp(sc, e)) != e && (word_at(sc, q, "floor") ||
	    word_at(sc, q, "floors")))
		f->n.unit = "floor";
	f->n.end = e;
	return e;
}

/* Can an expression start with c? Cheap filter before number_at(). */
static int may_start(uint32_t c)
{
	if (digit_of(c) >= 0 || c == '-' || c == 0x2212 || c == '$' || c == '.' ||
	    c == 0x20A9 || c == 0xFFE6 || c == 0xA5 || c == 0xFFE5 ||
	    c == 0x20AC || c == 0xA3)
		return 1;
	if (is_ascii_alpha(c))
		return 1;
	if (is_hangul(c) || is_han(c))
		return 1;
	return 0;
}

/*
 * Numbers that translations often render without digits: a day of the
 * month alone (Korean news dates by day; English by weekday), a count of
 * one (1년 전 = a year ago).
 */
static void number_weak(bitext_number *n)
{
	if (n->kind == BITEXT_NUM_DATE && !n->year && !n->month)
		n->flags |= BITEXT_NUM_F_WEAK;
	if (n->kind == BITEXT_NUM_COUNT && n->value == 1)
		n->flags |= BITEXT_NUM_F_WEAK;
	/* 1위, 제1위원장, 1st: the top is "leader", "topped", "won" */
	if (n->kind == BITEXT_NUM_ORDINAL && n->value == 1)
		n->flags |= BITEXT_NUM_F_WEAK;
	/* 8진수, 16진법: English names the base (octal, hexadecimal) */
	if (n->kind == BITEXT_NUM_COUNT && n->unit && !strcmp(n->unit, "base"))
		n->flags |= BITEXT_NUM_F_WEAK;
}

/*
 * A range of hours: the half of the day written at one end holds for
 * both. 오후 3~5시 (the first end has it: 5 is 17), 3-5 p.m. and "from 9
 * to 11 a.m." (the second has it: 3 is 15, unless the first hour is past
 * the second, as in "11 to 1 p.m."), 10~12시 (neither: both are 12-hour
 * clock hours). Returns 1 when the range is one of times.
 */
static int number_range_time(bitext_number *first, bitext_number *b)
{
	if (b->kind != BITEXT_NUM_TIME)
		return first->kind == BITEXT_NUM_TIME;
	if (first->kind == BITEXT_NUM_TIME) {
		if (!(first->flags & BITEXT_NUM_F_HOUR12) &&
		    (b->flags & BITEXT_NUM_F_HOUR12) && first->hour >= 12 &&
		    b->hour < 12 && b->hour >= first->hour - 12) {
			b->hour += 12;
			b->value = b->hour;
			b->flags &= ~(unsigned)BITEXT_NUM_F_HOUR12;
		}
	} else if (first->kind == BITEXT_NUM_NUMBER && first->value >= 1 &&
		   first->value <= 12 && first->value == floor(first->value)) {
		int h = (int)first->value;
		first->kind = BITEXT_NUM_TIME;
		first->minute = -1;
		if (b->flags & BITEXT_NUM_F_HOUR12 || h % 12 > b->hour % 12) {
			first->hour = h;
			first->flags |= BITEXT_NUM_F_HOUR12;
		} else {
			first->hour = h % 12 + (b->hour >= 12 ? 12 : 0);
		}
		first->value = first->hour;
	} else {
		return 1;
	}
	first->flags |= BITEXT_NUM_F_RANGE;
	b->flags |= BITEXT_NUM_F_RANGE;
	return 1;
}

/* 2014-16, 2014~16년: a second end of two digits is a year of the first's
 * century (of the next one when smaller: 1998-02). Returns 1 when so. */
static int number_range_year(const scan *sc, bitext_number *first,
	bitext_number *b)
{
	int y = (int)first->value, e;

	if (!(first->kind == BITEXT_NUM_YEAR || (first->kind == BITEXT_NUM_NUMBER &&
	      first->end - first->start == 4)) || first->value != floor(first->value) ||
	    y < 1000 || y > 2999)
		return 0;
	if (!(b->kind == BITEXT_NUM_NUMBER || (b->kind == BITEXT_NUM_COUNT &&
	      b->unit && !strcmp(b->unit, "year"))) ||
	    digit_of(u8_peek(sc, b->start)) < 0 ||
	    digit_of(u8_peek(sc, b->start + 1)) < 0 ||
	    digit_of(u8_peek(sc, b->start + 2)) >= 0 || b->value != floor(b->value))
		return 0;
	e = y / 100 * 100 + (int)b->value;
	if (e <= y)
		e += 100;
	first->kind = b->kind = BITEXT_NUM_YEAR;
	first->year = y;
	b->year = e;
	b->value = e;
	b->unit = NULL;
	first->flags |= BITEXT_NUM_F_RANGE;
	b->flags |= BITEXT_NUM_F_RANGE;
	return 1;
}

/*
 * 1년 전, 2주 후, 1주일 뒤: a count of one or two units of time before or
 * after now or a moment is as often said "last year", "the year before
 * last", "a week later", "the following week" as with its number: weak.
 * Larger counts (10년 전) keep their number in translation.
 */
static void number_relative(const scan *sc, bitext_number *n)
{
	static const char *const units[] = { "year", "month", "week", "day",
		NULL };
	size_t q;
	int k;

	if (sc->lang != L_KO || n->kind != BITEXT_NUM_COUNT || !n->unit ||
	    n->value > 2)
		return;
	for (k = 0; units[k] && strcmp(units[k], n->unit); k++)
		;
	q = skip_sp(sc, n->end);
	if (units[k] && (lit_at(sc, q, "전") || lit_at(sc, q, "후") ||
	    lit_at(sc, q, "뒤") || lit_at(sc, q, "이전") || lit_at(sc, q, "이후")))
		n->flags |= BITEXT_NUM_F_WEAK;
}

/* A range "3~4명": give the first end what the second has. */
static void number_range(const scan *sc, bitext_number *first, found *f)
{
	bitext_number *b = &f->n;
	size_t q = range_sep_at(sc, first->start, first->end);

	if (!q || q != b->start)
		return;
	if (number_range_time(first, b) || number_range_year(sc, first, b))
		return;
	/* 1～11月, 3~4일: the first end is a month or day too */
	if (first->kind == BITEXT_NUM_NUMBER && b->kind == BITEXT_NUM_DATE &&
	    !b->year && (!b->month) != (!b->day) && first->value >= 1 &&
	    first->value <= (b->month ? 12 : 31) &&
	    first->value == floor(first->value)) {
		first->kind = BITEXT_NUM_DATE;
		if (b->month)
			first->month = (int)first->value;
		else
			first->day = (int)first->value;
		first->value = 0;
		number_weak(first);
		first->flags |= BITEXT_NUM_F_RANGE;
		b->flags |= BITEXT_NUM_F_RANGE;
		return;
	}
	if (first->kind == BITEXT_NUM_DATE || b->kind == BITEXT_NUM_DATE)
		return;
	first->flags |= BITEXT_NUM_F_RANGE;
	b->flags |= BITEXT_NUM_F_RANGE;
	if (first->kind == BITEXT_NUM_NUMBER || first->kind == BITEXT_NUM_DECIMAL) {
		if (f->unit > 1 && !(first->flags & BITEXT_NUM_F_SCALED) &&
		    first->value * f->unit <= b->value) {
			first->value *= f->unit;
			first->flags |= BITEXT_NUM_F_SCALED;
		}
		if (b->kind == BITEXT_NUM_YEAR && (first->value < 1000 ||
		    first->value > 2999 || first->value != floor(first->value)))
			return;
		first->kind = b->kind;
		first->unit = b->unit;
		memcpy(first->currency, b->currency, 4);
		if (b->kind == BITEXT_NUM_YEAR)
			first->year = (int)first->value;
	}
}

static int weekday_only(const bitext_number *n)
{
	return n->kind == BITEXT_NUM_DATE && n->weekday && !n->year &&
		!n->month && !n->day;
}

/* "Wednesday, Dec. 10", "Dec. 10 (Wed)": a weekday next to a date is part
 * of it. Merges b into a when only spaces, a comma or brackets are
 * between them; returns 1 then. */
static int number_merge_weekday(const scan *sc, bitext_number *a,
	const bitext_number *b)
{
	const bitext_number *d = weekday_only(a) ? b : a, *w = d == a ? b : a;
	size_t k;

	if (!weekday_only(w) || d->kind != BITEXT_NUM_DATE || d->weekday ||
	    !d->day || b->start - a->end > 3)
		return 0;
	for (k = a->end; k < b->start; k++)
		if (!strchr(" ,()", sc->s[k]))
			return 0;
	a->year = d->year;
	a->month = d->month;
	a->day = d->day;
	a->weekday = w->weekday;
	a->end = b->end;
	a->flags &= ~(unsigned)BITEXT_NUM_F_WEAK;
	number_weak(a);
	return 1;
}

int bitext_numbers_extract(bitext_number_list *out, const char *lang,
	const char *text, size_t len)
{
	scan sc;
	found f;
	size_t i = 0, nx, e;
	int error = 0;

	if (!out || (!text && len))
		return bitext_error_set(BITEXT_EINVAL, "lex_invalid_argument",
			"bitext_numbers_extract", NULL);
	out->count = 0;
	sc.s = text;
	sc.len = len;
	numbers_setup(&sc, lang);
	while (i < len) {
		uint32_t c = u8_get(&sc, i, &nx);
		if (c == '%' && (e = printf_spec_at(&sc, i))) {
			i = e;
			continue;
		}
		if (!may_start(c)) {
			i = nx;
			continue;
		}
		e = number_at(&sc, i, c, &f);
		if (!e) {
			/* skip the rest of a word: no number starts inside */
			if (is_ascii_alpha(c)) {
				while (nx < len && is_ascii_alpha((unsigned char)text[nx]))
					nx++;
			} else if (is_hangul(c)) {
				size_t q;
				while (nx < len && is_hangul(u8_get(&sc, nx, &q)) &&
				       u8_get(&sc, nx, &q) != 0xC81C /* 제 */)
					nx = q;
			}
			i = nx;
			continue;
		}
		if (out->count > 0)
			number_range(&sc, &out->items[out->count - 1], &f);
		number_relative(&sc, &f.n);
		number_weak(&f.n);
		if (out->count > 0 &&
		    number_merge_weekday(&sc, &out->items[out->count - 1], &f.n)) {
			i = e;
			continue;
		}
		if ((error = numbers_push(out, &f.n)) < 0)
			break;
		i = e > i ? e : nx;
	}
	if (sc.own) {
		free(sc.own->words);
		free(sc.own);
	}
	return error < 0 ? error : 0;
}

void bitext_number_list_dispose(bitext_number_list *list)
{
	if (!list)
		return;
	free(list->items);
	list->items = NULL;
	list->count = list->alloc = 0;
}

/* ------------------------------------------------------------------ */
/* Comparison                                                          */

static int value_eq(double a, double b)
{
	double m = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
	return fabs(a - b) <= 1e-9 * (m > 1 ? m : 1);
}

/* Two parts of dates, both present: equal, or one relative (-1)? */
static int part_eq(int a, int b)
{
	return a == b || a < 0 || b < 0;
}

static int date_eq(const bitext_number *a, const bitext_number *b)
{
	int common = 0;

	if (a->year && b->year) {
		if (!part_eq(a->year, b->year))
			return 0;
		common++;
	}
	if (a->month && b->month) {
		if (!part_eq(a->month, b->month))
			return 0;
		common++;
	}
	if (a->day && b->day) {
		if (a->day != b->day)
			return 0;
		common++;
	}
	if (a->weekday && b->weekday) {
		if (a->weekday != b->weekday)
			return 0;
		common++;
	}
	return common > 0;
}

static int time_eq(const bitext_number *a, const bitext_number *b)
{
	int ma = a->minute < 0 ? 0 : a->minute, mb = b->minute < 0 ? 0 : b->minute;
	int ha = a->hour, hb = b->hour;

	if (ma != mb)
		return 0;
	if (ha == hb)
		return 1;
	if ((a->flags & BITEXT_NUM_F_HOUR12) && (ha + 12) % 24 == hb)
		return 1;
	if ((b->flags & BITEXT_NUM_F_HOUR12) && (hb + 12) % 24 == ha)
		return 1;
	return 0;
}

int bitext_number_equal(const bitext_number *a, const bitext_number *b)
{
	double x, y, tol;
	int ad = a->kind == BITEXT_NUM_DATE, bd = b->kind == BITEXT_NUM_DATE;

	if (ad && bd)
		return date_eq(a, b);
	if (ad || bd) {
		const bitext_number *d = ad ? a : b, *o = ad ? b : a;
		if (o->kind == BITEXT_NUM_YEAR)
			return d->year != 0 && part_eq(d->year, o->year);
		/* 지난 10일 = "on the 10th" */
		if (!d->year && !d->month && d->day &&
		    (o->kind == BITEXT_NUM_ORDINAL || o->kind == BITEXT_NUM_NUMBER))
			return o->value == d->day;
		return 0;
	}
	if (a->kind == BITEXT_NUM_TIME || b->kind == BITEXT_NUM_TIME) {
		const bitext_number *t = a->kind == BITEXT_NUM_TIME ? a : b;
		const bitext_number *o = t == a ? b : a;
		/* 9시부터 5시까지 = "from 9 to 5": an hour of the 12-hour clock
		 * said as a bare number */
		if (o->kind == BITEXT_NUM_NUMBER && (t->flags & BITEXT_NUM_F_HOUR12) &&
		    t->minute <= 0 && o->value == t->hour)
			return 1;
		return a->kind == b->kind && time_eq(a, b);
	}
	if ((a->kind == BITEXT_NUM_PERCENT) != (b->kind == BITEXT_NUM_PERCENT))
		return 0;
	if (a->kind == BITEXT_NUM_MONEY && b->kind == BITEXT_NUM_MONEY &&
	    a->currency[0] && b->currency[0] && strcmp(a->currency, b->currency))
		return 0;
	/* -13.7% = "fell 13.7 percent": the sign is often said in words */
	if ((a->flags ^ b->flags) & BITEXT_NUM_F_NEGATIVE)
		x = fabs(a->value), y = fabs(b->value);
	else
		x = a->value, y = b->value;
	if (value_eq(x, y))
		return 1;
	/* 1.19 trillion for 1조1934억: within half the rounding step */
	tol = 0.5 * (a->ulp > b->ulp ? a->ulp : b->ulp);
	return tol > 0 && fabs(x - y) <= tol * (1 + 1e-9);
}

/* Kinds written differently in two languages but the same for pass 1. */
static int kind_class(bitext_number_kind k)
{
	switch (k) {
	case BITEXT_NUM_NUMBER: case BITEXT_NUM_DECIMAL: return 0;
	default: return (int)k;
	}
}

/* One pairing pass: `strict` pairs only kinds of one class; `rel` pairs
 * only where a side is a relative date (the last pass: 지난달 takes
 * "November" only when no 11월 did). */
static void numbers_pass(bitext_number_list *src, bitext_number_list *tgt,
	int strict, int rel, size_t *pairs)
{
	size_t i, j;

	for (i = 0; i < src->count; i++) {
		bitext_number *a = &src->items[i];
		double pa = src->count > 1 ? (double)i / (double)(src->count - 1) : 0;
		double best = 2;
		long bj = -1;
		if (a->match >= 0)
			continue;
		for (j = 0; j < tgt->count; j++) {
			bitext_number *b = &tgt->items[j];
			double pb, d;
			if (b->match >= 0)
				continue;
			if (strict && kind_class(a->kind) != kind_class(b->kind))
				continue;
			if (!((a->flags | b->flags) & BITEXT_NUM_F_RELATIVE) != !rel)
				continue;
			if (!bitext_number_equal(a, b))
				continue;
			pb = tgt->count > 1 ? (double)j / (double)(tgt->count - 1) : 0;
			d = fabs(pa - pb);
			if (d < best) {
				best = d;
				bj = (long)j;
			}
		}
		if (bj >= 0) {
			a->match = bj;
			tgt->items[bj].match = (long)i;
			(*pairs)++;
		}
	}
}

size_t bitext_numbers_compare(bitext_number_list *src, bitext_number_list *tgt)
{
	size_t i, pairs = 0;

	for (i = 0; i < src->count; i++)
		src->items[i].match = -1;
	for (i = 0; i < tgt->count; i++)
		tgt->items[i].match = -1;
	numbers_pass(src, tgt, 1, 0, &pairs);
	numbers_pass(src, tgt, 0, 0, &pairs);
	numbers_pass(src, tgt, 0, 1, &pairs);
	return pairs;
}

/* ------------------------------------------------------------------ */
/* Rendering                                                           */

static int number_put_value(bitext_buf *out, double v)
{
	if (v == floor(v) && fabs(v) < 1e15)
		return bitext_buf_printf(out, "%.0f", v);
	return bitext_buf_printf(out, "%.10g", v);
}

int bitext_number_format(bitext_buf *out, const bitext_number *n)
{
	int error = 0;

	switch (n->kind) {
	case BITEXT_NUM_DATE:
		if (!n->year && !n->month && !n->day)
			return bitext_buf_printf(out, "W%d", n->weekday);
		if (n->year)
			error = n->year < 0 ? bitext_buf_puts(out, "????") :
				bitext_buf_printf(out, "%04d", n->year);
		else
			error = bitext_buf_puts(out, "-");
		if (!error && (n->month || n->day))
			error = n->month < 0 ? bitext_buf_puts(out, "-??") : n->month ?
				bitext_buf_printf(out, "-%02d", n->month) :
				bitext_buf_puts(out, "-");
		if (!error && n->day)
			error = bitext_buf_printf(out, "-%02d", n->day);
		if (!error && n->weekday)
			error = bitext_buf_printf(out, " W%d", n->weekday);
		return error;
	case BITEXT_NUM_TIME:
		error = bitext_buf_printf(out, "%d:%02d", n->hour,
			n->minute < 0 ? 0 : n->minute);
		if (!error && (n->flags & BITEXT_NUM_F_HOUR12) && n->hour < 12)
			error = bitext_buf_printf(out, " or %d:%02d", n->hour + 12,
				n->minute < 0 ? 0 : n->minute);
		return error;
	case BITEXT_NUM_MONEY:
		if (n->currency[0])
			error = bitext_buf_printf(out, "%s ", n->currency);
		return error ? error : number_put_value(out, n->value);
	case BITEXT_NUM_PERCENT:
		error = number_put_value(out, n->value);
		return error ? error : bitext_buf_putc(out, '%');
	case BITEXT_NUM_ORDINAL:
		error = bitext_buf_putc(out, '#');
		return error ? error : number_put_value(out, n->value);
	case BITEXT_NUM_MULTIPLE:
		error = bitext_buf_putc(out, 'x');
		return error ? error : number_put_value(out, n->value);
	case BITEXT_NUM_COUNT:
		error = number_put_value(out, n->value);
		if (!error && n->unit)
			error = bitext_buf_printf(out, " %s", n->unit);
		return error;
	default:
		return number_put_value(out, n->value);
	}
}

const char *bitext_number_kind_name(bitext_number_kind k)
{
	static const char *const names[] = { "number", "decimal", "percent",
		"money", "count", "ordinal", "multiple", "year", "date", "time" };

	if ((unsigned)k >= sizeof(names) / sizeof(names[0]))
		return "number";
	return names[k];
}

size_t bitext_numbers_cpoffset(const char *text, size_t byte_off)
{
	return bitext_utf8__count(text, byte_off);
}
