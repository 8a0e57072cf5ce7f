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

#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#define LANG_CAP 96        /* longest tag handled; BCP 47 tags are short */
#define LANG_CACHE 8

typedef struct {
	char in[LANG_CAP];     /* tag as given */
	unsigned flags;        /* flags asked */
	char out[LANG_CAP];    /* canonical form, "" when invalid */
} lang_entry;

static _Thread_local lang_entry lang_cache[LANG_CACHE];
static _Thread_local unsigned lang_next;

/* 1 when `cc` is an ISO 3166 country code ICU knows. */
static int lang_is_country(const char *cc)
{
	const char *const *c = uloc_getISOCountries();

	while (c && *c && strcmp(*c, cc))
		c++;
	return c && *c;
}

/* 1 when a two-letter language subtag is more likely a country code: ICU
 * has no likely region for the language (kr Kanuri, tw Twi, ie Interlingue)
 * while the same letters are a country whose likely language differs (KR
 * Korean, TW Chinese, IE English), and no other region is given. The
 * country's language goes to `hint`. */
static int lang_country_confusion(const char *lang, const char *region,
	char *hint, size_t hsz)
{
	char und[16], lik[LANG_CAP], r[16], l[16];
	UErrorCode st = U_ZERO_ERROR;

	if (strlen(lang) != 2 || (region[0] && strcasecmp(region, lang)))
		return 0;
	uloc_addLikelySubtags(lang, lik, LANG_CAP, &st);
	uloc_getCountry(lik, r, sizeof(r), &st);
	if (U_FAILURE(st) || (r[0] && strcmp(r, "ZZ")))
		return 0;
	snprintf(und, sizeof(und), "und_%c%c", toupper((unsigned char)lang[0]),
		toupper((unsigned char)lang[1]));
	if (!lang_is_country(und + 4))
		return 0;
	uloc_addLikelySubtags(und, lik, LANG_CAP, &st);
	uloc_getCountry(lik, r, sizeof(r), &st);
	uloc_getLanguage(lik, l, sizeof(l), &st);
	if (U_FAILURE(st) || strcasecmp(r, lang) || !l[0] || !strcmp(l, lang) ||
	    !strcmp(l, "und"))
		return 0;
	if (hint)
		snprintf(hint, hsz, "%s", l);
	return 1;
}

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
	/* "und", undetermined: a tag (BCP 47), which ICU reads as no language;
	 * written for a side whose language nobody told */
	if (!strcasecmp(tag, "und")) {
		memcpy(out, "und", 4);
		return 0;
	}
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
	/* a language ICU knows (its ISO 639-2 code), and not a country code
	 * taken for one ("kr" alone is Kanuri, but means Korea) */
	if (!uloc_getISO3Language(can)[0] ||
	    lang_country_confusion(lang, region, NULL, 0))
		return BITEXT_EINVAL;
	/* a two-letter region is an ISO 3166 country: en-UK is not English of
	 * any country (the United Kingdom is GB), en-XX is nothing */
	if (strlen(region) == 2 && !lang_is_country(region))
		return BITEXT_EINVAL;
	if (flags & BITEXT_LANG_LANGUAGE_ONLY) {
		/* kr-NG is Kanuri, but kr alone would read as Korea */
		if (region[0] && lang_country_confusion(lang, "", NULL, 0))
			return BITEXT_EINVAL;
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

/* ---- hints for what is not a tag -------------------------------------- */

/* ASCII-insensitive equality of a UTF-8 string and a UTF-16 one. */
static int lang_name_is(const char *s, const UChar *u, int32_t n)
{
	UChar buf[LANG_CAP];
	int32_t len = 0;
	UErrorCode st = U_ZERO_ERROR;

	u_strFromUTF8(buf, LANG_CAP, &len, s, -1, &st);
	if (U_FAILURE(st) || len >= LANG_CAP)
		return 0;
	return u_strCaseCompare(buf, len, u, n, U_FOLD_CASE_DEFAULT, &st) == 0 &&
		U_SUCCESS(st);
}

/* The code of a language named in English or in itself ("english",
 * "Korean", "deutsch", "한국어"), from ICU's display names. */
static int lang_by_name(const char *name, char *hint, size_t hsz)
{
	const char *const *codes = uloc_getISOLanguages();
	UChar d[LANG_CAP];
	int32_t n;
	size_t i;

	for (i = 0; codes && codes[i]; i++) {
		UErrorCode st = U_ZERO_ERROR;
		n = uloc_getDisplayLanguage(codes[i], "en", d, LANG_CAP, &st);
		if (U_SUCCESS(st) && st != U_USING_DEFAULT_WARNING &&
		    lang_name_is(name, d, n))
			break;
		st = U_ZERO_ERROR;
		n = uloc_getDisplayLanguage(codes[i], codes[i], d, LANG_CAP, &st);
		if (U_SUCCESS(st) && st != U_USING_DEFAULT_WARNING &&
		    lang_name_is(name, d, n))
			break;
	}
	if (!codes || !codes[i] || !lang_lookup(codes[i], 0))
		return 0;
	snprintf(hint, hsz, "%s", lang_lookup(codes[i], 0));
	return 1;
}

/* What `tag` was probably meant to be: a country's language (kr, jp, CN),
 * a language name (english), a POSIX locale (en_US.UTF-8). */
static int lang_hint(const char *tag, char *hint, size_t hsz)
{
	char cut[LANG_CAP], lang[16], region[16] = "";
	size_t n = strcspn(tag, ".@");
	const char *c;

	if (strlen(tag) >= LANG_CAP)
		return 0;
	if (tag[n] && n > 0) {        /* en_US.UTF-8, de_DE@euro */
		memcpy(cut, tag, n);
		cut[n] = '\0';
		if ((c = lang_lookup(cut, 0)) != NULL) {
			snprintf(hint, hsz, "%s", c);
			return 1;
		}
	}
	n = strcspn(tag, "-_");
	if (n == 2 || n == 3) {
		memcpy(cut, tag, n);
		cut[n] = '\0';
	}
	if ((n == 2 || n == 3) && tag[n] && strlen(tag + n + 1) == 2 &&
		lang_lookup(cut, 0)) {
		/* a region that is no country: the codes reserved for what ISO
		 * 3166 calls otherwise (UK: GB, EL: GR), else the language alone */
		static const char *const moved[][2] = { { "UK", "GB" }, { "EL", "GR" } };
		size_t k;

		for (k = 0; k < sizeof(moved) / sizeof(moved[0]); k++)
			if (!strcasecmp(tag + n + 1, moved[k][0])) {
				snprintf(hint, hsz, "%s-%s", lang_lookup(cut, 0), moved[k][1]);
				return 1;
			}
		snprintf(hint, hsz, "%s", lang_lookup(cut, 0));
		return 1;
	}
	if (n == 2 && n < sizeof(lang)) {
		lang[0] = (char)tolower((unsigned char)tag[0]);
		lang[1] = (char)tolower((unsigned char)tag[1]);
		lang[2] = '\0';
		if (tag[n])
			snprintf(region, sizeof(region), "%.2s", tag + n + 1);
		if (lang_country_confusion(lang, region, hint, hsz))
			return 1;
	}
	return lang_by_name(tag, hint, hsz);
}

/* The error of a tag that is not one, with a hint when there is one. */
/* The hints of the last refused tags: a hint looks up every language's
 * names (hundreds of ICU calls), and a memory with a bad tag asks for
 * every unit. */
typedef struct {
	char tag[LANG_CAP];    /* tag refused */
	char hint[LANG_CAP];   /* its hint, "" when none */
} lang_hint_entry;

static _Thread_local lang_hint_entry hint_cache[LANG_CACHE];
static _Thread_local unsigned hint_next;

static int lang_refuse(const char *tag)
{
	lang_hint_entry *e = NULL;
	size_t i;

	for (i = 0; i < LANG_CACHE && strlen(tag) < LANG_CAP; i++)
		if (hint_cache[i].tag[0] && !strcmp(hint_cache[i].tag, tag))
			e = &hint_cache[i];
	if (!e && strlen(tag) < LANG_CAP) {
		e = &hint_cache[hint_next++ % LANG_CACHE];
		strcpy(e->tag, tag);
		if (!lang_hint(tag, e->hint, sizeof(e->hint)))
			e->hint[0] = '\0';
	}
	if (e && e->hint[0])
		return bitext_error_set(BITEXT_EINVAL, "lang_bad_tag_hint", tag,
			e->hint, NULL);
	return bitext_error_set(BITEXT_EINVAL, "tmx_bad_lang", tag, NULL);
}

int bitext_lang_canonicalize(bitext_buf *out, const char *tag, unsigned flags)
{
	const char *c;

	if (!out || !tag)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_lang", "", NULL);
	c = lang_lookup(tag, flags);
	if (!c)
		return lang_refuse(tag);
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

/* ---- the script of a text against its language ------------------------ */

#define LANG_SAMPLE 65536   /* bytes of a text looked at: enough letters */
#define LANG_MIN_LETTERS 10 /* fewer say nothing about a script */

/* 1 when a text in ISO 15924 script `text_sc` can be written in `lang_sc`,
 * the likely script of a language: Korean (Kore) is Hangul and Han,
 * Japanese (Jpan) kana and Han, Chinese (Hans, Hant) Han. */
static int lang_script_fits(const char *lang_sc, const char *text_sc)
{
	if (!strcmp(lang_sc, text_sc))
		return 1;
	if (!strcmp(text_sc, "Hani"))
		return !strcmp(lang_sc, "Kore") || !strcmp(lang_sc, "Jpan") ||
			!strcmp(lang_sc, "Hans") || !strcmp(lang_sc, "Hant");
	if (!strcmp(text_sc, "Hang"))
		return !strcmp(lang_sc, "Kore");
	if (!strcmp(text_sc, "Hira") || !strcmp(text_sc, "Kana"))
		return !strcmp(lang_sc, "Jpan");
	return 0;
}

/* The script most letters of s[0..n) are in, or USCRIPT_INVALID_CODE when
 * there are too few letters or no script has most of them. */
static UScriptCode lang_text_script(const char *s, size_t n)
{
	static const UScriptCode kinds[] = { USCRIPT_LATIN, USCRIPT_HANGUL,
		USCRIPT_HAN, USCRIPT_HIRAGANA, USCRIPT_KATAKANA, USCRIPT_CYRILLIC,
		USCRIPT_GREEK, USCRIPT_ARABIC, USCRIPT_HEBREW, USCRIPT_THAI,
		USCRIPT_DEVANAGARI };
	size_t count[sizeof(kinds) / sizeof(kinds[0])] = { 0 }, total = 0, k, best = 0;
	int32_t i = 0, len = (int32_t)(n < LANG_SAMPLE ? n : LANG_SAMPLE);
	UChar32 c;

	while (i < len) {
		UErrorCode st = U_ZERO_ERROR;
		UScriptCode sc;
		U8_NEXT(s, i, len, c);
		if (c < 0 || !u_isalpha(c))
			continue;
		sc = uscript_getScript(c, &st);
		total++;
		for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
			if (sc == kinds[k])
				count[k]++;
	}
	for (k = 1; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		if (count[k] > count[best])
			best = k;
	/* kana and Han together are Japanese: count them as kana */
	if (kinds[best] == USCRIPT_HAN && count[3] + count[4] > 0)
		best = count[3] >= count[4] ? 3 : 4;
	if (total < LANG_MIN_LETTERS || count[best] * 2 < total)
		return USCRIPT_INVALID_CODE;
	return kinds[best];
}

int bitext_lang_script_contradicts(const char *lang, const char *text,
	size_t len, char *likely, size_t cap)
{
	char lik[LANG_CAP], sc[16], und[16], l[16];
	UErrorCode st = U_ZERO_ERROR;
	UScriptCode ts;
	const char *c, *name;

	if (likely && cap)
		likely[0] = '\0';
	if (!lang || !text || !(c = lang_lookup(lang, 0)))
		return 0;
	ts = lang_text_script(text, len);
	if (ts == USCRIPT_INVALID_CODE)
		return 0;
	name = uscript_getShortName(ts);
	uloc_addLikelySubtags(c, lik, LANG_CAP, &st);
	uloc_getScript(lik, sc, sizeof(sc), &st);
	if (U_FAILURE(st) || !sc[0] || !name || lang_script_fits(sc, name))
		return 0;
	snprintf(und, sizeof(und), "und_%s", name);
	uloc_addLikelySubtags(und, lik, LANG_CAP, &st);
	uloc_getLanguage(lik, l, sizeof(l), &st);
	if (likely && cap && U_SUCCESS(st) && strcmp(l, "und"))
		snprintf(likely, cap, "%s", l);
	return 1;
}
