/*
 * langtag.c - language tags (bitext/lang.h) as found in memories, termbases
 * and command lines, made canonical BCP 47 with ICU
 * (bitext_lang_canonicalize, bitext_lang_match), and the primary-subtag test
 * the other layers use (bitext_lang__is, lang_int.h).
 *
 * Accepted input: any case, '-' or '_' separators ("EN-US", "en_us"),
 * ISO 639-2/3 codes where a two-letter code exists ("kor" -> "ko"),
 * deprecated codes ICU knows ("iw" -> "he"), scripts and regions
 * ("zh_Hant_TW"). Rejected: empty tags, "*all*", anything ICU does not
 * parse to its end, tags without a language subtag ("x-foo"), and
 * language subtags that are not 2 or 3 letters ("english").
 *
 * A small per-thread cache remembers the last tags seen: a memory has a
 * handful of languages, and readers ask for every unit.
 */
#include "bitext/lang.h"
#include "bitext/errors.h"
#include "lang/lang_int.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <unicode/uloc.h>

#define LANG_CAP 96        /* longest tag handled; BCP 47 tags are short */
#define LANG_CACHE 8

typedef struct {
	char in[LANG_CAP];     /* tag as given */
	unsigned flags;        /* flags asked */
	char out[LANG_CAP];    /* canonical form, "" when invalid */
} lang_entry;

static _Thread_local lang_entry lang_cache[LANG_CACHE];
static _Thread_local unsigned lang_next;

/* Canonicalize into out[LANG_CAP]; 0 or BITEXT_EINVAL (error not set). */
static int lang_compute(char *out, const char *tag, unsigned flags)
{
	char in[LANG_CAP], loc[LANG_CAP], can[LANG_CAP], lik[LANG_CAP];
	char lang[16], script[16], region[16];
	UErrorCode st = U_ZERO_ERROR;
	int32_t parsed = 0;
	size_t n = strlen(tag), i, pos;

	if (n == 0 || n >= LANG_CAP)
		return BITEXT_EINVAL;
	for (i = 0; i <= n; i++)
		in[i] = tag[i] == '_' ? '-' : tag[i];
	uloc_forLanguageTag(in, loc, LANG_CAP, &parsed, &st);
	if (U_FAILURE(st) || (size_t)parsed != n)
		return BITEXT_EINVAL;
	uloc_canonicalize(loc, can, LANG_CAP, &st);
	uloc_getLanguage(can, lang, sizeof(lang), &st);
	uloc_getScript(can, script, sizeof(script), &st);
	uloc_getCountry(can, region, sizeof(region), &st);
	/* ISO 639 codes: BCP 47 language subtags of 4 to 8 letters are
	 * reserved or registered one by one (none are), so "english" or
	 * "source" is a word, not a language */
	if (U_FAILURE(st) || strlen(lang) < 2 || strlen(lang) > 3)
		return BITEXT_EINVAL;
	if (flags & BITEXT_LANG_LANGUAGE_ONLY) {
		memcpy(out, lang, strlen(lang) + 1);
		return 0;
	}
	uloc_toLanguageTag(can, out, LANG_CAP, 1, &st);
	if (U_FAILURE(st))
		return BITEXT_EINVAL;
	if (!(flags & BITEXT_LANG_ADD_REGION) || region[0])
		return 0;
	uloc_addLikelySubtags(can, lik, LANG_CAP, &st);
	uloc_getCountry(lik, region, sizeof(region), &st);
	if (U_FAILURE(st) || !region[0])
		return 0;
	/* insert the region after language and script */
	pos = strlen(lang) + (script[0] ? 1 + strlen(script) : 0);
	if (strlen(out) + strlen(region) + 2 >= LANG_CAP)
		return 0;
	memmove(out + pos + 1 + strlen(region), out + pos, strlen(out + pos) + 1);
	out[pos] = '-';
	memcpy(out + pos + 1, region, strlen(region));
	return 0;
}

/* Cached canonical form; NULL when the tag is not a language tag. */
static const char *lang_lookup(const char *tag, unsigned flags)
{
	lang_entry *e;
	size_t i;

	if (strlen(tag) >= LANG_CAP)
		return NULL;
	for (i = 0; i < LANG_CACHE; i++) {
		e = &lang_cache[i];
		if (e->flags == flags && e->in[0] && !strcmp(e->in, tag))
			return e->out[0] ? e->out : NULL;
	}
	e = &lang_cache[lang_next++ % LANG_CACHE];
	strcpy(e->in, tag);
	e->flags = flags;
	if (lang_compute(e->out, tag, flags) < 0)
		e->out[0] = '\0';
	return e->out[0] ? e->out : NULL;
}

int bitext_lang_canonicalize(bitext_buf *out, const char *tag, unsigned flags)
{
	const char *c;

	if (!out || !tag)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_lang", "", NULL);
	c = lang_lookup(tag, flags);
	if (!c)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_lang", tag, NULL);
	if (bitext_buf_puts(out, c) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return 0;
}

/* Language and region of a canonical tag: "zh-Hant-TW" -> zh, TW. */
static void lang_split(const char *tag, char *lang, char *region)
{
	const char *p = tag, *q;
	size_t n;

	lang[0] = region[0] = '\0';
	q = strchr(p, '-');
	n = q ? (size_t)(q - p) : strlen(p);
	if (n >= 16)
		return;
	memcpy(lang, p, n);
	lang[n] = '\0';
	while (q) {
		p = q + 1;
		q = strchr(p, '-');
		n = q ? (size_t)(q - p) : strlen(p);
		if ((n == 2 && isalpha((unsigned char)p[0])) ||
		    (n == 3 && isdigit((unsigned char)p[0]))) {
			memcpy(region, p, n);
			region[n] = '\0';
			return;
		}
		if (n != 4)
			return;       /* variants, extensions: no region */
	}
}

int bitext_lang_match(const char *a, const char *b)
{
	char ca[LANG_CAP], cb[LANG_CAP], la[16], lb[16], ra[16], rb[16];
	const char *x, *y;

	if (!a || !b)
		return 0;
	x = lang_lookup(a, 0);
	if (!x)
		return !strcasecmp(a, b);
	strcpy(ca, x);
	y = lang_lookup(b, 0);
	if (!y)
		return 0;
	strcpy(cb, y);
	if (!strcmp(ca, cb))
		return 1;
	lang_split(ca, la, ra);
	lang_split(cb, lb, rb);
	if (strcmp(la, lb))
		return 0;
	return !ra[0] || !rb[0] || !strcmp(ra, rb);
}

int bitext_lang__is(const char *tag, const char *prim)
{
	size_t n = strlen(prim), i;

	if (!tag)
		return 0;
	for (i = 0; i < n; i++)
		if (tolower((unsigned char)tag[i]) != prim[i])
			return 0;
	return tag[n] == '\0' || tag[n] == '-' || tag[n] == '_';
}
