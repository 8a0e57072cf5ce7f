/*
 * bitext/stem.h - words and stems for matching across inflection: a word
 * tokenizer (ICU word BreakIterator over UTF-8), Korean eojeol analysis
 * (noun + particles/copula endings), light English inflection stemming
 * (plurals, -ed, -ing, possessives, common irregular verbs), and terms of
 * one or more words found in a tokenized text.
 *
 * Offsets are UTF-8 byte offsets. Functions without a handle are pure and
 * thread-safe. A bitext_tokenizer or bitext_stem_term is used by one
 * thread at a time (create one per thread); a bitext_stem_term may be
 * shared read-only once built.
 */
#ifndef BITEXT_STEM_H
#define BITEXT_STEM_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- tokenizer ------------------------------------------------------ */

/** Kinds of word tokens. */
typedef enum {
	BITEXT_TOKEN_LETTERS = 1, /**< letters (any script, incl. Hangul,
	                              Kana, Han; may hold ' and - inside) */
	BITEXT_TOKEN_NUMBER  = 2, /**< digits, possibly with , . inside */
	BITEXT_TOKEN_OTHER   = 3  /**< punctuation, symbols, emoji */
} bitext_token_kind;

typedef struct bitext_token {
	size_t start, end;        /* UTF-8 byte span, end exclusive */
	bitext_token_kind kind;   /* letters / number / other */
} bitext_token;

/** A reusable token list; init with BITEXT_TOKEN_LIST_INIT. */
typedef struct bitext_token_list {
	bitext_token *items;      /* tokens in text order */
	size_t count;             /* tokens in items */
	size_t alloc;             /* capacity of items */
} bitext_token_list;

#define BITEXT_TOKEN_LIST_INIT { NULL, 0, 0 }

typedef struct bitext_tokenizer bitext_tokenizer;

/**
 * A word tokenizer for `lang` (BCP 47; NULL = root rules). Holds an ICU
 * word BreakIterator: use from one thread at a time.
 * Free with bitext_tokenizer_free().
 */
BITEXT_EXTERN(int) bitext_tokenizer_new(bitext_tokenizer **out,
	const char *lang);
/** NULL is fine. */
BITEXT_EXTERN(void) bitext_tokenizer_free(bitext_tokenizer *tk);

/**
 * Split UTF-8 text into tokens: the list is emptied, then filled with every
 * token that is not white space, in order.
 * @return 0, BITEXT_ENOMEM, BITEXT_ELIMIT (text over 2 GiB), BITEXT_ERROR
 *         (ICU failure)
 */
BITEXT_EXTERN(int) bitext_tokenizer_run(bitext_tokenizer *tk,
	bitext_token_list *out, const char *text, size_t len);

/** Release the memory of a token list. NULL is fine. */
BITEXT_EXTERN(void) bitext_token_list_dispose(bitext_token_list *list);

/* ---- Korean --------------------------------------------------------- */

/** Most candidates bitext_stem_ko() returns. */
#define BITEXT_STEM_KO_MAX 8

/**
 * Candidate stems of a Korean eojeol (a space-separated word), as byte
 * lengths of prefixes of `eojeol`, longest first. The first candidate is
 * always the whole eojeol (김정은 may be a name, not 김정 + 은); each
 * further one is the eojeol less a valid particle/ending sequence (김정은은
 * -> 김정은은, 김정은; 소니가 -> 소니가, 소니; 서울에서도 -> 서울에서도,
 * 서울). Trailing punctuation and closing quotes are not part of an
 * eojeol: tokenize first. A candidate is never empty.
 *
 * @param lens  receives up to BITEXT_STEM_KO_MAX lengths
 * @return the number of candidates (>= 1 for a non-empty eojeol, 0 when
 *         len is 0)
 */
BITEXT_EXTERN(int) bitext_stem_ko(size_t lens[BITEXT_STEM_KO_MAX],
	const char *eojeol, size_t len);

/**
 * Is `eojeol` the Korean term `term` itself or `term` followed by a valid
 * particle/ending sequence? The suffix must be one of the known particle
 * and copula sequences (은/는/이/가/을/를/의/에/에서/에게/께서/와/과/로/으로
 * /도/만/까지/부터/보다/처럼/이라고/라고/이다/입니다/였다/이었다/과의/에서는
 * /으로는/에게는/에서도/으로부터 ... and stacks of them; also 하다/되다
 * after a verbal noun: 발사했다, 체포된; and the bound nouns 씨 and 측
 * right after a term of two syllables or more: 김정은씨는, 삼성측은, but
 * 날씨 is not 날 + 씨 nor 예측 예 + 측), chosen by
 * whether `term` ends in a consonant (은 after a final consonant, 는 after
 * a vowel ...; 로 after a vowel or ㄹ). So 소니 matches 소니, 소니가, 소니의
 * but never 소니아 or 소니는커녕x; 김정은 matches 김정은은 and 김정은이.
 * The vocative 아/야 is NOT accepted (news text has none; it would make
 * 소니아 match 소니).
 * @return 1 when it matches, 0 otherwise
 */
BITEXT_EXTERN(int) bitext_stem_match_ko(const char *term, size_t tlen,
	const char *eojeol, size_t elen);

/* ---- English and other languages ----------------------------------- */

/**
 * Light English stem of one word: lower-cased; possessive 's/' dropped;
 * plurals (hackers -> hacker, companies -> company, boxes -> box);
 * -ed/-ing (released, releasing -> release; stopped -> stop; hacked ->
 * hack); -s of verbs; common irregular forms (said -> say, made -> make,
 * took -> take, went -> go, children -> child, men -> man ...). Not a
 * morphological analyser: the stem of a word and of its inflected forms
 * agree, which is what matching needs; the stem need not be a word.
 * Words of any other script come back lower-cased.
 * The result replaces the contents of `out`.
 * @return 0 or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_stem_en(bitext_buf *out, const char *word,
	size_t len);

/**
 * The matching key of one word in `lang`: bitext_stem_en() for English,
 * the shortest stem of bitext_stem_ko() for Korean, the word lower-cased
 * (ICU full case folding) for every other language.
 * The result replaces the contents of `out`.
 * @return 0 or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_stem_word(bitext_buf *out, const char *lang,
	const char *word, size_t len);

/* ---- terms in text -------------------------------------------------- */

typedef struct bitext_stem_term bitext_stem_term;

/**
 * Prepare a term of one or more words ("hacker", "Sony Pictures", "김정은
 * 위원장", "北朝鮮") for matching in texts of language `lang`. Words of
 * the term are split at white space and, in space-separated languages, at
 * the punctuation the word iterator makes tokens of (- , ; : ( ) / & " and
 * a word-final period: "Korea Airports Corp." has three words; "U.S." one).
 * The term may be shared read-only by threads once built. Free with
 * bitext_stem_term_free().
 * @return 0, BITEXT_EINVAL (empty term), BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_stem_term_new(bitext_stem_term **out,
	const char *lang, const char *term, size_t len);
/** NULL is fine. */
BITEXT_EXTERN(void) bitext_stem_term_free(bitext_stem_term *term);

/**
 * Find the first occurrence of a term in `text` at or after token `from`.
 * `tokens` must come from bitext_tokenizer_run() on the same text.
 * - English and other space-separated languages: consecutive LETTERS or
 *   NUMBER tokens whose bitext_stem_word() keys equal the term words' keys;
 *   single punctuation tokens between them (- ' , . & / : ; ( ) ") are
 *   skipped, so "hackers" matches the term "hacker", "St. Louis" matches
 *   "St. Louis" and "Sony Pictures'" matches "Sony Pictures" (the match
 *   then ends at "Pictures").
 * - Korean: spaces are ignored, since Korean spacing of compounds varies
 *   (인천국제공항 = 인천 국제공항): consecutive LETTERS tokens separated by
 *   white space spell the term exactly, the last one followed by a valid
 *   particle sequence (bitext_stem_match_ko()).
 * - Japanese, Chinese, Thai (no spaces): a byte-exact substring search of
 *   the term (less spaces) starting at a token boundary.
 * @param tok_first  receives the index of the first token of the match
 * @param tok_last   receives the index of the last token (inclusive)
 * @return 1 when found, 0 when not
 */
BITEXT_EXTERN(int) bitext_stem_term_find(const bitext_stem_term *term,
	const char *text, const bitext_token_list *tokens, size_t from,
	size_t *tok_first, size_t *tok_last);

#ifdef __cplusplus
}
#endif
#endif
