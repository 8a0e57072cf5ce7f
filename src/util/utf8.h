/*
 * utf8.h - the one UTF-8 toolbox of the library: decode a code point
 * (strictly, with the reason when the bytes are not UTF-8, or leniently,
 * U+FFFD for a bad sequence), encode one, step back to the start of one,
 * and count code points. The JSON and XML/HTML escapers that write into a
 * bitext_buf are public (bitext/common.h: bitext_buf_put_json,
 * bitext_buf_put_xml_text, bitext_buf_put_xml_attr) because the
 * command-line tool uses them too; they live in utf8.c.
 */
#ifndef BITEXT_UTF8_H
#define BITEXT_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "bitext/common.h"

/* Why bytes are not UTF-8 (bitext_utf8__decode). */
enum {
	BITEXT_UTF8_LEAD,       /* a byte that cannot start a character */
	BITEXT_UTF8_CONT,       /* a lead byte without its continuation bytes */
	BITEXT_UTF8_TRUNC,      /* the input ends inside a character */
	BITEXT_UTF8_OVERLONG,   /* a longer form than needed (C0 80 for NUL) */
	BITEXT_UTF8_SURROGATE,  /* U+D800..U+DFFF, which UTF-8 may not hold */
	BITEXT_UTF8_RANGE       /* above U+10FFFF */
};

/*
 * Decode the character at s[0..n) (n > 0) strictly (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF). Returns its length (1-4)
 * with *cp set, or 0 with *bad = the length of the maximal invalid subpart
 * (Unicode 15, 3.9: what one U+FFFD replaces) and *why = a
 * BITEXT_UTF8_* reason. `why` may be NULL.
 */
size_t bitext_utf8__decode(const char *s, size_t n, int32_t *cp, size_t *bad,
	int *why);

/*
 * The code point at s[*i] (*i < n), advancing *i past it; a bad sequence
 * gives U+FFFD and advances past its maximal invalid subpart.
 */
int32_t bitext_utf8__next(const char *s, size_t n, size_t *i);

/* The offset where the character that ends at byte i of s starts (i > 0;
 * at most 3 continuation bytes are stepped over). */
size_t bitext_utf8__prev(const char *s, size_t i);

/* Write code point c (<= U+10FFFF) as UTF-8 into out[0..4). Returns the
 * number of bytes (1-4). */
size_t bitext_utf8__encode(char *out, int32_t c);

/* Append code point c as UTF-8. 0 or BITEXT_ENOMEM. */
int bitext_utf8__put(bitext_buf *b, int32_t c);

/* The number of code points in s[0..n) (continuation bytes not counted). */
size_t bitext_utf8__count(const char *s, size_t n);

/* The length of the longest prefix of s[0..n) that is valid UTF-8: n when
 * all of it is, else the offset of the first bad byte. */
size_t bitext_utf8__valid_prefix(const char *s, size_t n);

#endif
