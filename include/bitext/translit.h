/*
 * bitext/translit.h - names across scripts: romanization of Hangul, Kana,
 * Cyrillic and Greek with ICU transliterators, and a similarity between a
 * name in any script and a Latin-script name that knows the usual Korean
 * (Revised Romanization, McCune-Reischauer, customary surname spellings:
 * 이 Lee/Yi/Rhee, 박 Park, 김 Kim, 최 Choi ...) and Japanese spelling
 * variants and loanword vowels (파스칼 paseukal ~ Pascal, 맥도날드 ~
 * McDonald's, 로건 ~ Logan).
 *
 * Thread safety: a bitext_translit holds ICU transliterators (slow to open)
 * and must be used by one thread at a time; create one per thread, or pass
 * NULL to every function taking one, which then uses a context private to
 * the calling thread, opened on first use and released when the thread
 * exits.
 */
#ifndef BITEXT_TRANSLIT_H
#define BITEXT_TRANSLIT_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Recommended threshold of bitext_translit_similarity(): at or above it two
 * names are taken as the same name. On the 65 true and 48 false pairs the
 * weights were tuned on (tests/test_translit.c): precision 0.985, recall
 * 1.0 at 0.80; precision 1.0, recall 0.88 at 0.85. On 34 true and 24
 * false held-out pairs: precision 0.93, recall 0.79 at 0.80. Names that
 * differ in one syllable (김정일 / Kim Jong-un, 반기문 / Ban Ki-hyun) score
 * 0.77-0.79, near-homophones (런던 / Lyndon) above 0.9: use 0.85 where a
 * false match costs more than a miss.
 */
#define BITEXT_TRANSLIT_MATCH 0.80

typedef struct bitext_translit bitext_translit;

/**
 * Create a romanization context. Transliterators are opened lazily, per
 * script, on first use. Free with bitext_translit_free().
 * @return 0 or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_translit_new(bitext_translit **out);
/** NULL is fine. */
BITEXT_EXTERN(void) bitext_translit_free(bitext_translit *t);

/**
 * Romanize UTF-8 text: Hangul (ICU "Hangul-Latin": 김정은 -> gimjeong-eun),
 * Hiragana and Katakana ("Katakana-Latin"), Cyrillic ("Russian-Latin/BGN",
 * else "Cyrillic-Latin"), Greek ("Greek-Latin"); Latin letters are kept;
 * then lower-cased with accents removed. Han characters and other scripts
 * are left as they are. The result replaces the contents of `out`.
 * @param t  a context, or NULL for the calling thread's own
 * @return 1 when the result is all Latin/ASCII, 0 when some letters could
 *         not be romanized (Han ...), or BITEXT_ENOMEM / BITEXT_ERROR (ICU
 *         failure, with the ICU error name in the message)
 */
BITEXT_EXTERN(int) bitext_translit_romanize(bitext_translit *t,
	bitext_buf *out, const char *text, size_t len);

/**
 * Similarity in [0, 1] of two names, each in any script (the typical call:
 * a Korean name and an English one). Each side is romanized, reduced to a
 * key of consonant classes and vowel classes that Korean romanization
 * variants share (g/k, d/t, b/p, j/ch, r/l, eo/u/o, eu/u, ae/e ...), with
 * customary surname spellings and Korean/Japanese epenthetic vowels of
 * loanwords allowed for; then scored by a weighted edit distance.
 * Spaces, hyphens and apostrophes are ignored (김정은 ~ Kim Jong-un).
 * When the Korean side's last eojeol carries particles, its stems
 * (bitext_stem_ko()) are tried too and the best score wins (파스칼은 ~
 * Pascal, 소니가 ~ Sony).
 * 1.0 for identical keys; unrelated names score well below
 * BITEXT_TRANSLIT_MATCH. Text that cannot be romanized (Han) scores 0
 * unless byte-identical to the other side.
 * @param t  a context, or NULL for the calling thread's own
 * @return the similarity, or a negative BITEXT_E* code on failure
 */
BITEXT_EXTERN(double) bitext_translit_similarity(bitext_translit *t,
	const char *a, size_t alen, const char *b, size_t blen);

/**
 * Same as bitext_translit_similarity() for two strings that are already
 * Latin (e.g. a cached romanization from bitext_translit_romanize() and an
 * English name). `a_lang` names the language `a` was romanized from:
 * "ko" (Hangul; Korean variants and epenthetic vowels apply), "ja" (Kana;
 * Japanese epenthetic vowels apply) or NULL (plain Latin comparison).
 * Needs no context; thread-safe.
 */
BITEXT_EXTERN(double) bitext_translit_similarity_latin(const char *a,
	size_t alen, const char *a_lang, const char *b, size_t blen);

#ifdef __cplusplus
}
#endif
#endif
