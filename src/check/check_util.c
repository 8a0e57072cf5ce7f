/*
 * check_util.c - helpers shared by the check and termbase modules
 * (check_int.h): an open-addressing string hash map (FNV-1a, linear
 * probing, load kept under 1/2, keys in an arena), the word
 * keys term matching compares (Korean particles stripped, English
 * inflection reduced), a TSV/CSV row splitter, and the set-up of a word
 * break iterator on UTF-8 text with the growth of its token arrays.
 *
 * Invariants: map capacity is a power of two; a slot with key == NULL is
 * free. Word keys are pure functions of the word, so the same key is
 * computed for the term and for the running text.
 */
#include "check/check_int.h"

#include <bitext/errors.h>

#include <stdlib.h>
#include <string.h>

uint64_t bitext_check__map_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

void bitext_check__map_init(bitext_check_map *m)
{
	m->slots = NULL;
	m->cap = m->count = 0;
	bitext_arena_init(&m->arena);
}

void bitext_check__map_dispose(bitext_check_map *m)
{
	free(m->slots);
	bitext_arena_dispose(&m->arena);
	bitext_check__map_init(m);
}

bitext_check_map_slot *bitext_check__map_get(const bitext_check_map *m, const char *key,
	size_t n)
{
	uint64_t h;
	size_t i;

	if (!m->cap)
		return NULL;
	h = bitext_check__map_hash(key, n);
	for (i = h & (m->cap - 1); m->slots[i].key; i = (i + 1) & (m->cap - 1)) {
		bitext_check_map_slot *s = &m->slots[i];
		if (s->hash == h && s->klen == n && !memcmp(s->key, key, n))
			return s;
	}
	return NULL;
}

static int strmap_grow(bitext_check_map *m)
{
	size_t ncap = m->cap ? m->cap * 2 : 64, i, j;
	bitext_check_map_slot *ns = calloc(ncap, sizeof(*ns));

	if (!ns)
		return -1;
	for (i = 0; i < m->cap; i++) {
		if (!m->slots[i].key)
			continue;
		for (j = m->slots[i].hash & (ncap - 1); ns[j].key;
		     j = (j + 1) & (ncap - 1))
			;
		ns[j] = m->slots[i];
	}
	free(m->slots);
	m->slots = ns;
	m->cap = ncap;
	return 0;
}

bitext_check_map_slot *bitext_check__map_put(bitext_check_map *m, const char *key,
	size_t n, size_t init, int *created)
{
	bitext_check_map_slot *s = bitext_check__map_get(m, key, n);
	uint64_t h;
	size_t i;

	if (created)
		*created = 0;
	if (s)
		return s;
	if ((m->count + 1) * 2 > m->cap && strmap_grow(m) < 0)
		return NULL;
	h = bitext_check__map_hash(key, n);
	for (i = h & (m->cap - 1); m->slots[i].key; i = (i + 1) & (m->cap - 1))
		;
	s = &m->slots[i];
	s->key = bitext_arena_strndup(&m->arena, key, n);
	if (!s->key)
		return NULL;
	s->klen = n;
	s->hash = h;
	s->value = init;
	m->count++;
	if (created)
		*created = 1;
	return s;
}

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

/* Korean postpositions, copula forms and their usual combinations that may
 * follow a noun inside one eojeol. Vocative 아/야 and the bare endings
 * 고/다/인 are left out: they end too many ordinary words. */
static const struct ko_particle {
	const char *s;
	size_t n;
} ko_particles[] = {
#define P(x) { x, sizeof(x) - 1 }
	P("은"), P("는"), P("이"), P("가"), P("을"), P("를"), P("의"), P("에"),
	P("와"), P("과"), P("도"), P("만"), P("로"), P("으로"), P("에서"), P("에게"),
	P("께"), P("께서"), P("한테"), P("부터"), P("까지"), P("보다"), P("처럼"), P("마다"),
	P("조차"), P("밖에"), P("이나"), P("나"), P("이며"), P("며"), P("랑"), P("이랑"),
	P("하고"), P("이다"), P("였다"), P("이었다"), P("입니다"), P("이라고"), P("라고"),
	P("이라는"), P("라는"), P("이란"), P("란"), P("에서는"), P("에서도"), P("에서의"),
	P("에서만"), P("에게는"), P("에게도"), P("에게서"), P("으로는"), P("로는"), P("으로도"),
	P("로도"), P("으로서"), P("로서"), P("으로써"), P("로써"), P("에는"), P("에도"),
	P("에만"), P("과는"), P("와는"), P("과의"), P("와의"), P("까지는"), P("까지도"),
	P("부터는"), P("만은"), P("만이"), P("만을"), P("께서는"), P("한테서"), P("처럼은"),
	P("이라며"), P("라며"), P("이자"), P("의해"), P("에의"), P("이고"), P("이지만"),
	P("지만"), P("측은"), P("측이"), P("측의"), P("이었던"), P("였던"), P("이던"),
	P("이나마"), P("보다는"), P("에게로"), P("에서부터"), P("으로부터"), P("로부터"), P("께는"),
	P("들"), P("들은"), P("들이"), P("들을"), P("들의"), P("들에게"), P("들도"),
	P("들과"), P("들이다"), P("씨"), P("씨는"), P("씨가"), P("씨의"), P("씨를"),
	P("씨와"), P("씨도"), P("씨에게"), P("측"), P("이라"), P("라"),
#undef P
	{ NULL, 0 }
};

static int ko_is_particle(const char *s, size_t n)
{
	size_t i;

	for (i = 0; ko_particles[i].s; i++)
		if (ko_particles[i].n == n && !memcmp(ko_particles[i].s, s, n))
			return 1;
	return 0;
}

size_t bitext_check__ko_stems(const char *w, size_t n, size_t *alts, size_t nalts)
{
	size_t cut, found = 0;

	/* Hangul syllables are 3 bytes; stems keep at least one syllable and
	 * particles are at most 5 syllables. */
	for (cut = n >= 3 ? n - 3 : 0; cut >= 3 && n - cut <= 15; cut -= 1) {
		if (((unsigned char)w[cut] & 0xC0) == 0x80)
			continue;
		if (ko_is_particle(w + cut, n - cut) && found < nalts)
			alts[found++] = cut;
		if (cut < 3)
			break;
	}
	return found;
}

static int en_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

size_t bitext_check__en_key(const char *w, size_t n, char *out)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		char c = w[i];
		out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	out[n] = '\0';
	k = n;
	if (k <= 3)
		return k;
	/* a word with other than ASCII letters is left as it is */
	for (i = 0; i < k; i++)
		if (out[i] < 'a' || out[i] > 'z')
			return k;
	if (k > 4 && !memcmp(out + k - 3, "ies", 3)) {
		k -= 2; out[k - 1] = 'y';
	} else if (k > 4 && !memcmp(out + k - 4, "sses", 4)) {
		k -= 2;
	} else if (k > 4 && (!memcmp(out + k - 3, "xes", 3) ||
	    !memcmp(out + k - 4, "ches", 4) || !memcmp(out + k - 4, "shes", 4))) {
		k -= 2;
	} else if (out[k - 1] == 's' && out[k - 2] != 's' && out[k - 2] != 'u' &&
	    out[k - 2] != 'i') {
		k -= 1;
	} else if (k > 4 && !memcmp(out + k - 3, "ied", 3)) {
		k -= 2; out[k - 1] = 'y';
	} else if (k > 4 && !memcmp(out + k - 2, "ed", 2) && out[k - 3] != 'e') {
		k -= 2;
		if (k > 3 && out[k - 1] == out[k - 2] && !en_vowel(out[k - 1]) &&
		    out[k - 1] != 'l' && out[k - 1] != 's' && out[k - 1] != 'z')
			k--;
	} else if (k > 5 && !memcmp(out + k - 3, "ing", 3)) {
		k -= 3;
		if (k > 3 && out[k - 1] == out[k - 2] && !en_vowel(out[k - 1]) &&
		    out[k - 1] != 'l' && out[k - 1] != 's' && out[k - 1] != 'z')
			k--;
	}
	if (k > 3 && out[k - 1] == 'e')
		k--;
	out[k] = '\0';
	return k;
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
