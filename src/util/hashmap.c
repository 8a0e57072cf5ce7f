/*
 * hashmap.c - the hash function and the open-addressing table of
 * util/hashmap.h.
 *
 * Hash: eight bytes at a time, each word through the 64-bit finalizer of
 * MurmurHash3 (fmix64) and folded in with the FNV prime, the tail and the
 * length mixed into the last step, the result through fmix64 again. Table:
 * linear probing from key & (cap - 1); keys are well-mixed hashes, so the
 * low bits serve as they are. Nothing is ever deleted, which keeps probing
 * simple: a free slot ends every chain.
 */
#include "util/hashmap.h"
#include "bitext/errors.h"

#include <stdlib.h>
#include <string.h>

#define MAP_MIN_CAP 16

uint64_t bitext_map__mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

uint64_t bitext_map__hash(uint64_t seed, const void *data, size_t n)
{
	const unsigned char *s = data;
	uint64_t h = seed ^ (0x9E3779B97F4A7C15ULL + n), k;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&k, s + i, 8);
		h = (h ^ bitext_map__mix(k)) * 0x100000001b3ULL;
	}
	k = 0;
	if (n > i)
		memcpy(&k, s + i, n - i);
	return bitext_map__mix(h ^ k ^ ((uint64_t)(n - i) << 56));
}

/* ---- the table ---------------------------------------------------------- */

static uint64_t slot_key(const bitext_map *m, size_t i)
{
	uint64_t k;

	memcpy(&k, m->slots + i * m->size, sizeof(k));
	return k;
}

/* A string key to compare besides the hash (string maps only). */
typedef struct {
	const char *s;
	size_t n;
} str_key;

/*
 * The index of the slot holding `key` (and, for a string map, the bytes of
 * `sk`), else of the free slot that ends its chain. cap > 0.
 */
static size_t probe(const bitext_map *m, uint64_t key, const str_key *sk)
{
	size_t mask = m->cap - 1, i = (size_t)key & mask;
	uint64_t k;

	for (;; i = (i + 1) & mask) {
		k = slot_key(m, i);
		if (!k)
			return i;
		if (k != key)
			continue;
		if (!sk)
			return i;
		{
			const bitext_strmap_slot *s = (const bitext_strmap_slot *)
				(const void *)(m->slots + i * m->size);
			if (s->klen == sk->n && !memcmp(s->key, sk->s, sk->n))
				return i;
		}
	}
}

/* Room for `cap` slots (a power of two > n), the keys moved over. */
static int map_resize(bitext_map *m, size_t cap)
{
	bitext_map big = *m;
	size_t i;

	if (cap > SIZE_MAX / m->size)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	big.slots = calloc(cap, m->size);
	if (!big.slots)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	big.cap = cap;
	for (i = 0; i < m->cap; i++) {
		uint64_t k = slot_key(m, i);
		if (k)
			memcpy(big.slots + probe(&big, k, NULL) * m->size,
				m->slots + i * m->size, m->size);
	}
	free(m->slots);
	*m = big;
	return 0;
}

/* The capacity that holds n keys under the 3/4 load, or 0 on overflow. */
static size_t cap_for(size_t n)
{
	size_t cap = MAP_MIN_CAP;

	while (cap / 4 * 3 <= n) {
		if (cap > SIZE_MAX / 2)
			return 0;
		cap *= 2;
	}
	return cap;
}

int bitext_map__init(bitext_map *m, size_t size, size_t hint)
{
	size_t cap;

	m->slots = NULL;
	m->size = size;
	m->n = m->cap = 0;
	if (!hint)
		return 0;
	cap = cap_for(hint);
	if (!cap)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return map_resize(m, cap);
}

void bitext_map__dispose(bitext_map *m)
{
	free(m->slots);
	m->slots = NULL;
	m->n = m->cap = 0;
}

void *bitext_map__find(const bitext_map *m, uint64_t key)
{
	size_t i;

	if (!m->cap)
		return NULL;
	key = key ? key : 1;
	i = probe(m, key, NULL);
	return slot_key(m, i) ? m->slots + i * m->size : NULL;
}

/* Make room for one more key. 0 or BITEXT_ENOMEM. */
static int map_room(bitext_map *m)
{
	size_t cap;

	if (m->cap && m->n + 1 < m->cap / 4 * 3)
		return 0;
	cap = cap_for(m->n + 1);
	if (!cap)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return map_resize(m, cap);
}

static void *map_put(bitext_map *m, uint64_t key, const str_key *sk,
	int *fresh)
{
	size_t i;
	unsigned char *s;

	if (fresh)
		*fresh = 0;
	key = key ? key : 1;
	if (m->cap) {
		i = probe(m, key, sk);
		if (slot_key(m, i))
			return m->slots + i * m->size;
	}
	if (map_room(m) < 0)
		return NULL;
	i = probe(m, key, sk);
	s = m->slots + i * m->size;
	memcpy(s, &key, sizeof(key));
	m->n++;
	if (fresh)
		*fresh = 1;
	return s;
}

void *bitext_map__put(bitext_map *m, uint64_t key, int *fresh)
{
	return map_put(m, key, NULL, fresh);
}

void *bitext_map__slot(const bitext_map *m, size_t i)
{
	return i < m->cap && slot_key(m, i) ? m->slots + i * m->size : NULL;
}

void bitext_map__prefetch(const bitext_map *m, uint64_t key)
{
	if (m->cap) {
		key = key ? key : 1;
#if defined(__GNUC__)
		__builtin_prefetch(m->slots + ((size_t)key & (m->cap - 1)) *
			m->size, 1);
#endif
	}
}

/* ---- string keys -------------------------------------------------------- */

void bitext_map__str_init(bitext_strmap *m)
{
	bitext_map__init(&m->map, sizeof(bitext_strmap_slot), 0);
	bitext_arena_init(&m->arena);
}

void bitext_map__str_dispose(bitext_strmap *m)
{
	bitext_map__dispose(&m->map);
	bitext_arena_dispose(&m->arena);
	bitext_map__str_init(m);
}

bitext_strmap_slot *bitext_map__str_get(const bitext_strmap *m,
	const char *key, size_t n)
{
	str_key sk = { key, n };
	uint64_t h;
	size_t i;

	if (!m->map.cap)
		return NULL;
	h = bitext_map__hash(0, key, n);
	i = probe(&m->map, h ? h : 1, &sk);
	if (!slot_key(&m->map, i))
		return NULL;
	return (bitext_strmap_slot *)(void *)(m->map.slots + i * m->map.size);
}

bitext_strmap_slot *bitext_map__str_put(bitext_strmap *m, const char *key,
	size_t n, size_t init, int *created)
{
	str_key sk = { key, n };
	bitext_strmap_slot *s;
	int fresh;

	if (created)
		*created = 0;
	s = map_put(&m->map, bitext_map__hash(0, key, n), &sk, &fresh);
	if (!s || !fresh)
		return s;
	s->key = bitext_arena_strndup(&m->arena, key, n);
	if (!s->key) {
		/* the slot stays, with an empty key that no lookup of these
		 * bytes matches */
		s->key = "";
		s->klen = 0;
		bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		return NULL;
	}
	s->klen = n;
	s->value = init;
	if (created)
		*created = 1;
	return s;
}
