/*
 * tmx_xml.c - what every TMX writer and parser of this folder shares about
 * XML text: checking that text holds only characters XML allows, and the
 * TMX date format. (Escaping is bitext_buf_put_xml_text/_attr of
 * bitext/common.h, the library's one XML escaper.)
 */
#include "tmx/tmx_int.h"
#include "util/utf8.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

size_t bitext_tmx__xml_text_check(const char *s, size_t n)
{
	size_t i = 0, len, bad;
	int32_t cp;

	while (i < n) {
		len = bitext_utf8__decode(s + i, n - i, &cp, &bad, NULL);
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
