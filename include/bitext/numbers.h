/*
 * bitext/numbers.h - numeric expressions of a text by VALUE: plain numbers,
 * decimals, percentages, money, counts with a unit, ordinals, multiples,
 * years, dates and times of day, in Korean, English, Japanese (and
 * Chinese, which shares its characters) and, with digits, the locale's
 * separators and month names, any other language; and the comparison of
 * the numbers of a source text with those of its translation.
 *
 *     4만7000명  ~ 47,000 people      2억 달러  ~ $200 million
 *     12월 10일  ~ Dec. 10            오후 3시  ~ 3 p.m.
 *     1조2000억 원 ~ 1.2 trillion won  세 명     ~ three people
 *
 * Spans are UTF-8 byte offsets into the text given to the extractor
 * (bitext_numbers_cpoffset() turns one into a code-point offset, the unit
 * of JSON spans). All functions are thread-safe: they keep only a small
 * per-thread cache of ICU's separators and month names per language.
 */
#ifndef BITEXT_NUMBERS_H
#define BITEXT_NUMBERS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a numeric expression denotes. */
typedef enum {
	BITEXT_NUM_NUMBER = 0, /**< plain integer: 47,000; 4만7000; 삼천 */
	BITEXT_NUM_DECIMAL,    /**< plain number with a fraction: 3.14 */
	BITEXT_NUM_PERCENT,    /**< 3.5%, 3.5퍼센트, 3.5 percent (value 3.5) */
	BITEXT_NUM_MONEY,      /**< $2 million, 2억 달러 (see `currency`) */
	BITEXT_NUM_COUNT,      /**< number + counter/unit: 63개국, 세 명, 5 km */
	BITEXT_NUM_ORDINAL,    /**< 3rd, third, 세 번째, 제3, 第3 (value 3) */
	BITEXT_NUM_MULTIPLE,   /**< 1.5배, 1.5 times, twofold (value 1.5) */
	BITEXT_NUM_YEAR,       /**< 2014년, 2014年, "in 2014" (value 2014) */
	BITEXT_NUM_DATE,       /**< a date: any subset of year, month, day */
	BITEXT_NUM_TIME        /**< time of day: hour (0-23) and minute */
} bitext_number_kind;

/** Flags of a bitext_number. */
enum {
	BITEXT_NUM_F_SPELLED = 1 << 0, /**< written in words or native
	                                   numerals: three, 세, 三千 */
	BITEXT_NUM_F_WEAK    = 1 << 1, /**< a small spelled number (one to
	                                   twelve, first to twelfth, 한/두/세,
	                                   하나), a day of the month alone
	                                   (10일: English says "Monday"), a
	                                   count of one (1년 전 = a year ago):
	                                   often dropped or rephrased in
	                                   translation; checkers should not
	                                   report it when unmatched */
	BITEXT_NUM_F_SCALED  = 1 << 2, /**< written with a scale word: 1.2
	                                   billion, 4만7000, 2억, 3 thousand */
	BITEXT_NUM_F_RANGE   = 1 << 3, /**< one end of a range: 3~4명, 3-4 */
	BITEXT_NUM_F_HOUR12  = 1 << 4, /**< TIME whose half of the day is
	                                   unknown (3 o'clock, 3시): the hour
	                                   also matches hour + 12 */
	BITEXT_NUM_F_NEGATIVE = 1 << 5, /**< had a minus sign */
	BITEXT_NUM_F_RELATIVE = 1 << 6, /**< a DATE relative to now (지난달,
	                                   last year, 올해, le mois dernier):
	                                   its month or year is -1, "some";
	                                   it matches a date with that part
	                                   only after every other pairing.
	                                   Always F_WEAK and F_SPELLED */
	BITEXT_NUM_F_CODE    = 1 << 7  /**< digits inside a name or a code,
	                                   right after letters (PM2.5, H5N8,
	                                   v2.33, ARG1, 코로나19): matches the
	                                   same value, but a translation may
	                                   drop or rename it; checkers should
	                                   neither report it unmatched nor
	                                   call it changed. Always F_WEAK.
	                                   printf conversions (%5d, %-20.127s)
	                                   are not numbers at all */
};

/** One numeric expression found in a text. */
typedef struct bitext_number {
	bitext_number_kind kind;  /* what it denotes */
	unsigned flags;           /* BITEXT_NUM_F_* */
	double value;             /* the value (ordinal n, hour for TIME,
	                             year for YEAR, 0 for DATE) */
	size_t start, end;        /* UTF-8 byte span in the text, end
	                             exclusive; the whole expression
	                             ("2억 달러", "Dec. 10, 2014") */
	char currency[4];         /* MONEY: ISO 4217 code ("USD", "KRW",
	                             "JPY", "EUR", "GBP", "CNY") or "" when
	                             only "money" is known */
	const char *unit;         /* COUNT: a static English unit name; "rank"
	                             for a compound ordinal (19th-largest);
	                             ("person", "country", "item", "time",
	                             "km" ...) or NULL; never freed */
	int year, month, day;     /* DATE and YEAR: 0 when absent */
	int weekday;              /* DATE: 1 Monday ... 7 Sunday (ISO 8601),
	                             0 when absent; a weekday alone is a DATE
	                             with only this part */
	int hour, minute;         /* TIME: 0-23 and 0-59; -1 when absent */
	long match;               /* set by bitext_numbers_compare(): index
	                             of the matching number in the other
	                             list, or -1 */
	double ulp;               /* rounding step of a decimal written with
	                             a scale: 1e10 for "1.19 trillion", 1e11
	                             for 1.2조; 0 for exact numbers */
} bitext_number;

/**
 * A list of numbers, reused across calls to avoid allocation. Initialize
 * with BITEXT_NUMBER_LIST_INIT, release with bitext_number_list_dispose().
 */
typedef struct bitext_number_list {
	bitext_number *items;     /* `count` numbers in text order */
	size_t count;             /* numbers in items */
	size_t alloc;             /* capacity of items */
} bitext_number_list;

#define BITEXT_NUMBER_LIST_INIT { NULL, 0, 0 }

/**
 * Find the numeric expressions of a UTF-8 text. The list is emptied first,
 * then filled in text order; spans do not overlap.
 *
 * @param out   the list to fill (its memory is reused)
 * @param lang  BCP 47 tag of the text ("ko", "en", "ja", "de-CH" ...);
 *              NULL or unknown languages get the generic rules (digits,
 *              %, currency signs, ISO and D.M.YYYY dates, "10 <month>
 *              [YYYY]" dates) with the grouping and decimal separators and
 *              the month names of ICU's data for that locale
 * @param text  UTF-8 text (need not be NUL-terminated)
 * @param len   bytes of text
 * @return 0, BITEXT_ENOMEM, or BITEXT_ELIMIT when the text has more than
 *         BITEXT_MAX_NUMBERS_PER_TEXT numbers (src/limits.h)
 */
BITEXT_EXTERN(int) bitext_numbers_extract(bitext_number_list *out,
	const char *lang, const char *text, size_t len);

/** Release the memory of a list (it can be used again). NULL is fine. */
BITEXT_EXTERN(void) bitext_number_list_dispose(bitext_number_list *list);

/**
 * Do two numbers denote the same thing? Tolerant rules:
 * - values are equal within 1e-9 relative (4만7000 = 47,000 = 47 thousand,
 *   1.5 billion = 15억, 1조2000억 = 1.2 trillion); when only one of the
 *   two has a minus sign the absolute values are compared (-13.7% =
 *   "fell 13.7 percent"); a decimal written with a scale word is a
 *   rounding and matches within half its last digit (1.19 trillion won =
 *   1조1934억 원, but 2억 is exact and never matches 240 million);
 * - two MONEY amounts with different known currencies never match;
 * - PERCENT matches only PERCENT; TIME matches only TIME (but see
 *   below); a DATE matches
 *   a DATE, a YEAR (the date's year) or, for a day alone, an ORDINAL or
 *   NUMBER (below); every other kind matches every other by value
 *   (63개국 = 63, 제3 = 3rd);
 * - DATEs match when every part present in both is equal and they share at
 *   least one part (12월 10일 = Dec. 10 = Dec. 10, 2014; 10일 = Dec. 10;
 *   월요일 = Monday; 12월 10일(수) = Wednesday, Dec. 10 = Dec. 10); a
 *   relative date (지난달, last year: F_RELATIVE) matches any date with
 *   its part;
 *   a day alone also matches that ordinal or number (10일 = the 10th);
 * - TIMEs match on hour and minute (absent minute = 0); an F_HOUR12 hour
 *   also matches hour + 12, and a plain number of its value ("from 9 to
 *   5" = 9시부터 5시까지).
 * @return 1 when they match, 0 otherwise
 */
BITEXT_EXTERN(int) bitext_number_equal(const bitext_number *a,
	const bitext_number *b);

/**
 * Pair the numbers of a source text with those of its translation: sets
 * `match` of every item of both lists (index into the other list, or -1).
 * Each number is used at most once. Pairs of the same kind are made first,
 * then pairs across kinds, then pairs with a relative date (지난달 takes
 * "November" only when no 11월 did); within a pass, each source number (in text
 * order) takes the free target number whose relative position in its text
 * is nearest. Cost O(n*m) for n and m numbers (a unit has a handful).
 * @return the number of pairs made (>= 0)
 */
BITEXT_EXTERN(size_t) bitext_numbers_compare(bitext_number_list *src,
	bitext_number_list *tgt);

/**
 * A normalized, language-neutral rendering of a number for reports and
 * debugging, appended to `out`: "47000", "3.5%", "USD 200000000",
 * "63 country", "#3", "x1.5", "2014-12-10", "2014-12", "--12-10" (no
 * year), "---10" (a day alone), "2014-12-10 W3" (with its weekday), "W1"
 * (a weekday alone: Monday), "15:00", "3:00 or 15:00".
 * @return 0 or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_number_format(bitext_buf *out,
	const bitext_number *n);

/** Name of a kind ("number", "percent", "money" ...); static. */
BITEXT_EXTERN(const char *) bitext_number_kind_name(bitext_number_kind k);

/**
 * Code-point offset of byte offset `byte_off` in `text` (the number of
 * UTF-8 lead bytes before it). `byte_off` must be <= the text's length.
 */
BITEXT_EXTERN(size_t) bitext_numbers_cpoffset(const char *text,
	size_t byte_off);

#ifdef __cplusplus
}
#endif
#endif
