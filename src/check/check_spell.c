/*
 * check_spell.c - hunspell for the spelling check: finding a language's
 * dictionary, converting words to the dictionary's encoding, and caching
 * every answer per unique word (spell results and, for words actually
 * reported, suggestions, which cost tens of milliseconds each).
 *
 * Invariants: the cache maps a word's UTF-8 bytes to 1 (right), 2 (wrong);
 * the suggestion cache maps a word to an arena string (or "" for none).
 * Each cache holds at most BITEXT_MAX_CHECK_SPELL_CACHE words and starts
 * over when full: a suggestion returned is valid until the next call.
 * Dictionaries whose encoding is not UTF-8 (Hunspell_get_dic_encoding)
 * get words through an ICU converter opened once.
 */
#include "check/check_int.h"
#include "util/limits.h"

#include <bitext/errors.h>

#include <hunspell.h>
#include <unicode/ucnv.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct bitext_check_speller {
	Hunhandle *h;
	UConverter *conv;          /* NULL when the dictionary is UTF-8 */
	bitext_strmap ok;
	bitext_strmap sugg;
	bitext_arena arena;
	char *word;                /* NUL-terminated word in dic encoding */
	size_t wcap;
};

static int spell_find(char *out, size_t cap, const char *lang,
	const char *const *dicts, size_t ndicts, int dicts_for_lang)
{
	size_t i;

	for (i = 0; i < ndicts; i++) {
		const char *eq = strchr(dicts[i], '=');
		if (eq) {
			char l[36];
			snprintf(l, sizeof(l), "%.*s", (int)(eq - dicts[i]), dicts[i]);
			if (bitext_termbase_lang_match(l, lang)) {
				snprintf(out, cap, "%s", eq + 1);
				return 1;
			}
		} else if (dicts_for_lang) {
			snprintf(out, cap, "%s", dicts[i]);
			return 1;
		}
	}
	return bitext_lang__hunspell_find(out, cap, lang);
}

int bitext_check__speller_open(bitext_check_speller **out, const char *lang,
	const char *const *dicts, size_t ndicts, int dicts_for_lang)
{
	bitext_check_speller *sp;
	char base[1024], aff[1100], dic[1100];
	const char *enc;

	*out = NULL;
	if (!spell_find(base, sizeof(base), lang, dicts, ndicts, dicts_for_lang))
		return 0;
	snprintf(aff, sizeof(aff), "%s.aff", base);
	snprintf(dic, sizeof(dic), "%s.dic", base);
	if (access(aff, R_OK) || access(dic, R_OK)) {
		int error = bitext_error_set(BITEXT_ENOTFOUND, "check_err_dict", base, NULL);
		return error;
	}
	sp = calloc(1, sizeof(*sp));
	if (!sp)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	bitext_map__str_init(&sp->ok);
	bitext_map__str_init(&sp->sugg);
	bitext_arena_init(&sp->arena);
	sp->h = Hunspell_create(aff, dic);
	if (!sp->h) {
		bitext_check__speller_free(sp);
		return bitext_error_set(BITEXT_ERROR, "check_err_dict", base, NULL);
	}
	enc = Hunspell_get_dic_encoding(sp->h);
	if (enc && strcasecmp(enc, "UTF-8") && strcasecmp(enc, "UTF8")) {
		UErrorCode st = U_ZERO_ERROR;
		sp->conv = ucnv_open(enc, &st);
		if (U_FAILURE(st)) {
			bitext_check__speller_free(sp);
			return bitext_error_set(BITEXT_ERROR, "check_err_dict", base, NULL);
		}
		ucnv_setFromUCallBack(sp->conv, UCNV_FROM_U_CALLBACK_STOP, NULL,
			NULL, NULL, &st);
		ucnv_setToUCallBack(sp->conv, UCNV_TO_U_CALLBACK_SUBSTITUTE, NULL,
			NULL, NULL, &st);
	}
	*out = sp;
	return 0;
}

void bitext_check__speller_free(bitext_check_speller *sp)
{
	if (!sp)
		return;
	if (sp->h)
		Hunspell_destroy(sp->h);
	if (sp->conv)
		ucnv_close(sp->conv);
	bitext_map__str_dispose(&sp->ok);
	bitext_map__str_dispose(&sp->sugg);
	bitext_arena_dispose(&sp->arena);
	free(sp->word);
	free(sp);
}

/* The word in the dictionary's encoding, NUL-terminated in sp->word;
 * curly apostrophes become ASCII ones. -1 when it cannot be encoded. */
static int spell_encode(bitext_check_speller *sp, const char *w, size_t n)
{
	size_t need = n * 4 + 8, i, o = 0;
	char *p;

	if (need > sp->wcap) {
		p = realloc(sp->word, need);
		if (!p)
			return -1;
		sp->word = p;
		sp->wcap = need;
	}
	/* UTF-8 with U+2019 -> ' */
	for (i = 0; i < n; i++) {
		if (i + 2 < n && (unsigned char)w[i] == 0xE2 &&
		    (unsigned char)w[i + 1] == 0x80 && (unsigned char)w[i + 2] == 0x99) {
			sp->word[o++] = '\'';
			i += 2;
		} else {
			sp->word[o++] = w[i];
		}
	}
	sp->word[o] = '\0';
	if (sp->conv) {
		UErrorCode st = U_ZERO_ERROR;
		UChar u[256];
		int32_t ul, bl;
		char tmp[1024];
		UConverter *utf8 = NULL;

		if (o > 200)
			return -1;
		utf8 = ucnv_open("UTF-8", &st);
		ul = ucnv_toUChars(utf8, u, 256, sp->word, (int32_t)o, &st);
		ucnv_close(utf8);
		if (U_FAILURE(st))
			return -1;
		bl = ucnv_fromUChars(sp->conv, tmp, (int32_t)sizeof(tmp), u, ul, &st);
		if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING)
			return -1;
		memcpy(sp->word, tmp, (size_t)bl);
		sp->word[bl] = '\0';
	}
	return 0;
}

/* A cache grown to BITEXT_MAX_CHECK_SPELL_CACHE words starts over. */
static void spell_cache_bound(bitext_strmap *m, bitext_arena *values)
{
	if (m->map.n < BITEXT_MAX_CHECK_SPELL_CACHE)
		return;
	bitext_map__str_dispose(m);
	bitext_map__str_init(m);
	if (values) {
		bitext_arena_dispose(values);
		bitext_arena_init(values);
	}
}

int bitext_check__speller_ok(bitext_check_speller *sp, const char *w, size_t n)
{
	bitext_strmap_slot *s = bitext_map__str_get(&sp->ok, w, n);
	int ok;

	if (s)
		return s->value == 1;
	if (spell_encode(sp, w, n) < 0)
		ok = 1;    /* not representable: not this dictionary's word */
	else
		ok = Hunspell_spell(sp->h, sp->word) != 0;
	spell_cache_bound(&sp->ok, NULL);
	s = bitext_map__str_put(&sp->ok, w, n, ok ? 1 : 2, NULL);
	if (!s)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return ok;
}

const char *bitext_check__speller_suggest(bitext_check_speller *sp,
	const char *w, size_t n)
{
	bitext_strmap_slot *s = bitext_map__str_get(&sp->sugg, w, n);
	char **list = NULL;
	int k, i;
	bitext_buf b = BITEXT_BUF_INIT;
	const char *res;

	if (s)
		return s->value ? (const char *)(uintptr_t)s->value : NULL;
	if (spell_encode(sp, w, n) < 0)
		return NULL;
	spell_cache_bound(&sp->sugg, &sp->arena);   /* earlier answers were copied */
	k = Hunspell_suggest(sp->h, &list, sp->word);
	for (i = 0; i < k && i < 3; i++) {
		if (i)
			bitext_buf_puts(&b, ", ");
		if (sp->conv) {
			UErrorCode st = U_ZERO_ERROR;
			UChar u[256];
			char tmp[1024];
			int32_t ul, bl;
			UConverter *utf8 = ucnv_open("UTF-8", &st);
			ul = ucnv_toUChars(sp->conv, u, 256, list[i], -1, &st);
			bl = ucnv_fromUChars(utf8, tmp, (int32_t)sizeof(tmp), u, ul, &st);
			ucnv_close(utf8);
			if (U_SUCCESS(st))
				bitext_buf_put(&b, tmp, (size_t)bl);
		} else {
			bitext_buf_puts(&b, list[i]);
		}
	}
	if (list)
		Hunspell_free_list(sp->h, &list, k);
	res = b.size ? bitext_arena_strndup(&sp->arena, b.ptr, b.size) : NULL;
	bitext_buf_dispose(&b);
	bitext_map__str_put(&sp->sugg, w, n, (size_t)(uintptr_t)res, NULL);
	return res;
}

size_t bitext_check__speller_cached(const bitext_check_speller *sp)
{
	return sp ? sp->ok.map.n + sp->sugg.map.n : 0;
}
