/*
 * check_util.c - helpers shared by the check and termbase modules
 * (check_int.h): an open-addressing string hash map (FNV-1a, linear
 * probing, load kept under 1/2, keys in an arena) and the set-up of a word
 * break iterator on UTF-8 text with the growth of its token arrays. (Word
 * keys for term matching come from the one stemmer, bitext/stem.h.)
 *
 * Invariants: map capacity is a power of two; a slot with key == NULL is
 * free.
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
