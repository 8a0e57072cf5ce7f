/*
 * stem_hun.c - hunspell as a second stemmer: the stems a language's
 * hunspell dictionary gives a word (Häuser -> Haus, maisons -> maison,
 * hablaba -> hablar), folded to lower case like the keys of stem.c, and
 * where the dictionaries of a language are found.
 *
 * A hunspell handle is not thread-safe: a stemmer serializes its calls
 * with a mutex, and caches each word's answer (a text repeats its words;
 * one hunspell call costs tens of microseconds). Dictionaries whose
 * encoding is not UTF-8 give no stems (the project's stemmer still does).
 */
#include "lang/lang_int.h"
#include "util/arena.h"
#include "util/hashmap.h"
#include "util/limits.h"

#include <bitext/errors.h>
#include <bitext/stem.h>

#include <ctype.h>
#include <hunspell.h>
#include <unicode/uloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static int hun_exists(const char *base)
{
	char p[1100];

	snprintf(p, sizeof(p), "%s.dic", base);
	if (access(p, R_OK))
		return 0;
	snprintf(p, sizeof(p), "%s.aff", base);
	return !access(p, R_OK);
}

/* The usual region of a language given without one (ICU's likely
 * subtags: en US, ko KR, pt BR), upper case; "" when ICU has none. */
static void likely_region(const char *lang, char *region, size_t cap)
{
	char lik[96];
	UErrorCode st = U_ZERO_ERROR;

	region[0] = '\0';
	uloc_addLikelySubtags(lang, lik, sizeof(lik), &st);
	uloc_getCountry(lik, region, (int32_t)cap, &st);
	if (U_FAILURE(st))
		region[0] = '\0';
}

int bitext_lang__hunspell_find(char *out, size_t cap, const char *lang)
{
	static const char *const dirs[] = { "/usr/share/hunspell",
		"/usr/share/myspell/dicts", "/usr/share/myspell", NULL };
	char prim[16], region[16] = "";
	size_t i, n = 0;

	if (!lang)
		return 0;
	while (lang[n] && lang[n] != '-' && lang[n] != '_' &&
			n < sizeof(prim) - 1) {
		char c = lang[n];
		if (c == '/' || c == '.')
			return 0;
		prim[n] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
		n++;
	}
	prim[n] = '\0';
	if (!n)
		return 0;
	if (lang[n] && strlen(lang + n + 1) == 2) {
		region[0] = (char)(lang[n + 1] & ~0x20);
		region[1] = (char)(lang[n + 2] & ~0x20);
		region[2] = '\0';
		if (strchr(region, '/') || strchr(region, '.'))
			region[0] = '\0';
	}
	if (!region[0])
		likely_region(prim, region, sizeof(region));
	for (i = 0; dirs[i]; i++) {
		if (region[0]) {
			snprintf(out, cap, "%s/%s_%s", dirs[i], prim, region);
			if (hun_exists(out))
				return 1;
		}
		snprintf(out, cap, "%s/%s", dirs[i], prim);
		if (hun_exists(out))
			return 1;
	}
	return 0;
}

/*
 * The Debian packages with hunspell dictionaries (apt-cache search
 * '^hunspell-', Debian 12/13): most are one per language (hunspell-it);
 * German, English and Portuguese have one per region (hunspell-de-at,
 * hunspell-pt-br); a few are still myspell-*. Norwegian Bokmål and Nynorsk
 * are both in hunspell-no.
 */
static const char hun_deb_plain[] = " af an ar be bg bn bo br bs ca cs da dz"
	" el es eu fr gd gl gu he hi hr hu id is it kk kmr ko lo lt lv ml mn ne"
	" nl no oc pl ro ru si sk sl sr sv sw te th tr uk uz vi ";
static const char hun_deb_region[] = " de-de de-at de-ch en-us en-gb en-au"
	" en-ca en-za pt-br pt-pt ";
static const char hun_deb_myspell[] = " eo et fo tl ";

/* 1 when " word " is in a list of hun_deb_*. */
static int hun_in(const char *list, const char *word)
{
	char key[48];

	snprintf(key, sizeof(key), " %s ", word);
	return strstr(list, key) != NULL;
}

int bitext_lang__hunspell_package(char *out, size_t cap, const char *lang)
{
	char prim[16] = "", lr[24], region[8] = "";
	size_t n = 0, i;

	if (!lang)
		return 0;
	while (lang[n] && lang[n] != '-' && lang[n] != '_' && n < sizeof(prim) - 1) {
		prim[n] = (char)tolower((unsigned char)lang[n]);
		n++;
	}
	prim[n] = '\0';
	if (!strcmp(prim, "nb") || !strcmp(prim, "nn"))
		snprintf(prim, sizeof(prim), "no");
	if (hun_in(hun_deb_plain, prim)) {
		snprintf(out, cap, "hunspell-%s", prim);
		return 1;
	}
	if (hun_in(hun_deb_myspell, prim)) {
		snprintf(out, cap, "myspell-%s", prim);
		return 1;
	}
	/* regional dictionaries: the region given, else ICU's likely one */
	likely_region(lang, region, sizeof(region));
	if (!region[0])
		return 0;
	for (i = 0; region[i]; i++)
		region[i] = (char)tolower((unsigned char)region[i]);
	snprintf(lr, sizeof(lr), "%s-%s", prim, region);
	if (!hun_in(hun_deb_region, lr))
		return 0;
	snprintf(out, cap, "hunspell-%s", lr);
	return 1;
}

struct bitext_hunstem {
	Hunhandle *h;
	pthread_mutex_t lock;
	bitext_strmap cache;      /* word -> arena string of stems, '\t' apart */
	bitext_arena arena;
	bitext_buf fold;
	char word[BITEXT_MAX_STEM_WORD + 1];
};

int bitext_lang__hunstem_open(bitext_hunstem **out, const char *lang)
{
	char base[1024], aff[1100], dic[1100];
	bitext_hunstem *hs;
	const char *enc;
	Hunhandle *h;

	*out = NULL;
	if (!bitext_lang__hunspell_find(base, sizeof(base), lang))
		return 0;
	snprintf(aff, sizeof(aff), "%s.aff", base);
	snprintf(dic, sizeof(dic), "%s.dic", base);
	if (!(h = Hunspell_create(aff, dic)))
		return 0;
	enc = Hunspell_get_dic_encoding(h);
	if (!enc || (strcasecmp(enc, "UTF-8") && strcasecmp(enc, "UTF8"))) {
		Hunspell_destroy(h);
		return 0;
	}
	if (!(hs = calloc(1, sizeof(*hs)))) {
		Hunspell_destroy(h);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	hs->h = h;
	pthread_mutex_init(&hs->lock, NULL);
	bitext_map__str_init(&hs->cache);
	bitext_arena_init(&hs->arena);
	*out = hs;
	return 0;
}

void bitext_lang__hunstem_free(bitext_hunstem *hs)
{
	if (!hs)
		return;
	Hunspell_destroy(hs->h);
	pthread_mutex_destroy(&hs->lock);
	bitext_map__str_dispose(&hs->cache);
	bitext_arena_dispose(&hs->arena);
	bitext_buf_dispose(&hs->fold);
	free(hs);
}

/* The stems of the word in hs->word, folded, distinct, '\t' apart, into an
 * arena string (NULL on OOM). */
static const char *hun_ask(bitext_hunstem *hs)
{
	bitext_buf all = BITEXT_BUF_INIT;
	char **list = NULL;
	const char *res;
	int n, i, err = 0;

	n = Hunspell_stem(hs->h, &list, hs->word);
	for (i = 0; i < n && !err; i++) {
		const char *p = all.ptr ? all.ptr : "";
		size_t at = 0, fl;
		int dup = 0;

		if (bitext_stem_word(&hs->fold, "und", list[i], strlen(list[i])) < 0) {
			err = 1;
			break;
		}
		fl = hs->fold.size;
		if (!fl || memchr(hs->fold.ptr, '\t', fl))
			continue;
		while (at < all.size && !dup) {
			const char *tab = memchr(p + at, '\t', all.size - at);
			size_t e = tab ? (size_t)(tab - p) : all.size;

			dup = e - at == fl && !memcmp(p + at, hs->fold.ptr, fl);
			at = e + 1;
		}
		if (dup)
			continue;
		if ((all.size && bitext_buf_put(&all, "\t", 1) < 0) ||
				bitext_buf_put(&all, hs->fold.ptr, fl) < 0)
			err = 1;
	}
	if (list)
		Hunspell_free_list(hs->h, &list, n);
	res = err ? NULL : bitext_arena_strndup(&hs->arena,
		all.ptr ? all.ptr : "", all.size);
	bitext_buf_dispose(&all);
	return res;
}

int bitext_lang__hunstem_stems(bitext_hunstem *hs, bitext_buf *out,
	const char *w, size_t n)
{
	bitext_strmap_slot *s;
	const char *res = NULL;
	int error = 0;

	bitext_buf_clear(out);
	if (!hs || !n || n > BITEXT_MAX_STEM_WORD || memchr(w, '\0', n))
		return 0;
	pthread_mutex_lock(&hs->lock);
	if ((s = bitext_map__str_get(&hs->cache, w, n)) != NULL) {
		res = (const char *)(uintptr_t)s->value;
	} else {
		memcpy(hs->word, w, n);
		hs->word[n] = '\0';
		if (!(res = hun_ask(hs)) ||
				!bitext_map__str_put(&hs->cache, w, n,
					(size_t)(uintptr_t)res, NULL))
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	if (!error && res && bitext_buf_puts(out, res) < 0)
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	pthread_mutex_unlock(&hs->lock);
	return error;
}
