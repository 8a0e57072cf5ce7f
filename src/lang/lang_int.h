/*
 * lang_int.h - what the language layer lends the layers above it
 * privately: the primary-subtag test of a language tag (langtag.c) and
 * pointing an ICU word break iterator at UTF-8 text (stem.c, whose
 * tokenizer walks words the same way).
 */
#ifndef BITEXT_LANG_INT_H
#define BITEXT_LANG_INT_H

#include <stddef.h>

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

#endif
