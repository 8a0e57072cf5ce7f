/*
 * lang_int.h - what the language layer lends the layers above it
 * privately: the primary-subtag test of a language tag (langtag.c) and
 * pointing an ICU word break iterator at UTF-8 text (stem.c, whose
 * tokenizer walks words the same way), and hunspell: where a language's
 * dictionary is, and its stems of a word (stem_hun.c).
 */
#ifndef BITEXT_LANG_INT_H
#define BITEXT_LANG_INT_H

#include <stddef.h>

#include <bitext/common.h>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

/* 1 when the primary subtag of language tag `tag` (any case, '-' or '_'
 * separators) is `prim` ("ko", "en"); 0 for a NULL tag. */
int bitext_lang__is(const char *tag, const char *prim);

/*
 * Point break iterator `bi` at the UTF-8 text s[0..n) through *ut (set to
 * UTEXT_INITIALIZER by the caller, who utext_close()s it after the walk;
 * no UTF-16 copy, so break offsets are byte offsets). 0, or an error (*ut
 * then closed).
 */
int bitext_lang__brk_utf8(UBreakIterator *bi, UText *ut, const char *s,
	size_t n);

/*
 * The hunspell dictionary of `lang` (LANG_REGION, the language's usual
 * region, or LANG, in /usr/share/hunspell and /usr/share/myspell): 1 with
 * its path less .aff/.dic in out, 0 when there is none (stem_hun.c).
 */
int bitext_lang__hunspell_find(char *out, size_t cap, const char *lang);
/* The Debian package that installs a hunspell dictionary for `lang`
 * (hunspell-it, hunspell-de-at, myspell-eo) into out[cap]: 1, or 0 when
 * Debian has none (ja, zh). */
int bitext_lang__hunspell_package(char *out, size_t cap, const char *lang);

/*
 * Hunspell as a stemmer (stem_hun.c): the stems the dictionary gives a
 * word, folded like bitext_stem_word(), distinct, '\t' apart in `out`
 * (empty when it knows none: unknown words, words over
 * BITEXT_MAX_STEM_WORD bytes). Thread-safe; answers are cached. Open gives
 * *out NULL (and 0) when the language has no UTF-8 hunspell dictionary.
 */
typedef struct bitext_hunstem bitext_hunstem;
int bitext_lang__hunstem_open(bitext_hunstem **out, const char *lang);
void bitext_lang__hunstem_free(bitext_hunstem *hs);
int bitext_lang__hunstem_stems(bitext_hunstem *hs, bitext_buf *out,
	const char *w, size_t n);

#endif
