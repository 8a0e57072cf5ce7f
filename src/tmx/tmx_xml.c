/*
 * tmx_xml.c - what every TMX writer and parser of this folder shares about
 * XML text: escaping text and attribute values, checking that text holds
 * only characters XML allows, and the TMX date format.
 */
#include "tmx/tmx_int.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int bitext_tmx__escape_text(bitext_buf *out, const char *s, size_t n)
{
	size_t i = 0, k;
	const char *rep;

	while (i < n) {
		/* runs without special characters go in whole (s[n] is NUL) */
		k = strcspn(s + i, "&<>\r");
		if (k > n - i)
			k = n - i;
		if (k && bitext_buf_put(out, s + i, k) < 0)
			return NOMEM();
		i += k;
		if (i >= n)
			break;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '\r': rep = "&#13;"; break;
		default: rep = NULL; break;  /* an embedded NUL: stop */
		}
		if (!rep)
			break;
		if (bitext_buf_puts(out, rep) < 0)
			return NOMEM();
		i++;
	}
	return 0;
}

int bitext_tmx__escape_attr(bitext_buf *out, const char *s)
{
	size_t i, start = 0, n = strlen(s);
	const char *rep;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\t': rep = "&#9;"; break;
		case '\n': rep = "&#10;"; break;
		case '\r': rep = "&#13;"; break;
		default: continue;
		}
		if (bitext_buf_put(out, s + start, i - start) < 0 ||
		    bitext_buf_puts(out, rep) < 0)
			return NOMEM();
		start = i + 1;
	}
	if (bitext_buf_put(out, s + start, n - start) < 0)
		return NOMEM();
	return 0;
}

/* Decode one UTF-8 character; returns its length or 0 when malformed. */
size_t bitext_tmx__utf8_next(const unsigned char *s, size_t n, unsigned *cp)
{
	unsigned c = s[0];
	size_t len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, c &= 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, c &= 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, c &= 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) ||
	    (len == 4 && (c < 0x10000 || c > 0x10FFFF)))
		return 0;
	*cp = c;
	return len;
}

size_t bitext_tmx__xml_text_check(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, len;
	unsigned cp;

	while (i < n) {
		len = bitext_tmx__utf8_next(u + i, n - i, &cp);
		if (!len)
			return i;
		if ((cp < 0x20 && cp != 0x09 && cp != 0x0A && cp != 0x0D) ||
		    cp == 0xFFFE || cp == 0xFFFF)
			return i;
		i += len;
	}
	return (size_t)-1;
}

void bitext_tmx__now(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y%m%dT%H%M%SZ", &tm);
}
