/*
 * hashmap.h - the library's one hash function and one hash table.
 *
 * bitext_map__hash hashes bytes (eight at a time) to 64 bits, and
 * bitext_map__mix finishes or combines 64-bit values; every module that
 * keys something by a hash uses them.
 *
 * bitext_map is an open-addressing table with linear probing whose slots
 * the caller shapes: a slot is a struct of `size` bytes that begins with
 * its uint64_t key (a hash; 0 marks a free slot, so key 0 is stored as 1).
 * What follows the key is the caller's payload, all zero in a new slot.
 * The capacity is a power of two and the load stays under 3/4. Maps keyed
 * by the hash alone treat equal hashes as equal keys (64 bits: a collision
 * among a few million keys has odds of about 1e-7); bitext_strmap, on the
 * same table, keeps the key bytes and compares them too.
 *
 * Slots move when the table grows: a pointer to one is valid until the
 * next insertion.
 */
#ifndef BITEXT_HASHMAP_H
#define BITEXT_HASHMAP_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

/* 64-bit hash of s[0..n); `seed` chains calls or separates name spaces. */
uint64_t bitext_map__hash(uint64_t seed, const void *s, size_t n);
/* A 64-bit finalizer (every input bit moves every output bit). */
uint64_t bitext_map__mix(uint64_t h);

typedef struct bitext_map {
	unsigned char *slots;  /* cap slots of `size` bytes */
	size_t size;           /* bytes a slot, sizeof the caller's struct */
	size_t n;              /* slots in use */
	size_t cap;            /* 0, or a power of two */
} bitext_map;

/* An empty map of slots of `size` bytes (a struct that starts with its
 * uint64_t key), with room for `hint` keys (0: allocate on first use).
 * 0, or BITEXT_ENOMEM with the error set. */
int bitext_map__init(bitext_map *m, size_t size, size_t hint);
void bitext_map__dispose(bitext_map *m);
/* The slot of `key`, or NULL. */
void *bitext_map__find(const bitext_map *m, uint64_t key);
/* The slot of `key`, inserted (payload zero) when absent; *fresh (may be
 * NULL) tells which. NULL with the error set when out of memory. */
void *bitext_map__put(bitext_map *m, uint64_t key, int *fresh);
/* Slot i of the table (0 <= i < cap) for walking it, or NULL when free. */
void *bitext_map__slot(const bitext_map *m, size_t i);
/* Ask the cache for the slot where `key` would start probing. */
void bitext_map__prefetch(const bitext_map *m, uint64_t key);

/* ---- string keys ----------------------------------------------------- */

typedef struct bitext_strmap_slot {
	uint64_t hash;         /* bitext_map__hash of the key, the slot's key */
	const char *key;       /* the key bytes, in the map's arena */
	size_t klen;
	size_t value;
} bitext_strmap_slot;

/* A map from byte strings to a size_t, keys copied into an arena. */
typedef struct bitext_strmap {
	bitext_map map;        /* of bitext_strmap_slot */
	bitext_arena arena;
} bitext_strmap;

void bitext_map__str_init(bitext_strmap *m);
void bitext_map__str_dispose(bitext_strmap *m);
/* The slot of key[0..n), or NULL. */
bitext_strmap_slot *bitext_map__str_get(const bitext_strmap *m, const char *key,
	size_t n);
/* The slot of key[0..n), created with value `init` when new; *created (may
 * be NULL) says which. NULL with the error set when out of memory. */
bitext_strmap_slot *bitext_map__str_put(bitext_strmap *m, const char *key,
	size_t n, size_t init, int *created);

#endif
