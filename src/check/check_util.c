/*
 * check_util.c - helpers shared by the check and termbase modules
 * (check_int.h): the set-up of a word break iterator on UTF-8 text with
 * the growth of its token arrays. (Word keys for term matching come from
 * the one stemmer, bitext/stem.h; the string map is util/hashmap.h.)
 */
#include "check/check_int.h"

#include <bitext/errors.h>

#include <stdlib.h>
#include <string.h>

int bitext_check__lang_is(const char *tag, const char *prim)
{
	size_t n = strlen(prim), i;

	if (!tag)
		return 0;
	for (i = 0; i < n; i++) {
		char c = tag[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c != prim[i])
			return 0;
	}
	return tag[n] == '\0' || tag[n] == '-' || tag[n] == '_';
}

int bitext_check__brk_utf8(UBreakIterator *bi, UText *ut, const char *s,
	size_t n)
{
	UErrorCode st = U_ZERO_ERROR;

	utext_openUTF8(ut, s, (int64_t)n, &st);
	ubrk_setUText(bi, ut, &st);
	if (U_FAILURE(st)) {
		utext_close(ut);
		return bitext_error_set(BITEXT_ERROR, "err_internal", u_errorName(st), NULL);
	}
	return 0;
}

int bitext_check__grow(void **arr, size_t *cap, size_t n, size_t elem)
{
	size_t m = *cap ? *cap * 2 : 64;
	void *p;

	if (n < *cap)
		return 0;
	if (!(p = realloc(*arr, m * elem)))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	*arr = p;
	*cap = m;
	return 0;
}
