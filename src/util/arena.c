/*
 * arena.c - chunked bump allocator (arena.h). Chunks grow geometrically up
 * to 1 MiB; a request larger than a chunk gets a chunk of its own. Every
 * object is 8-aligned; objects are only released all at once (reset keeps
 * the newest chunk, dispose frees them all).
 */
#include "util/arena.h"
#include "bitext/errors.h"
#include "util/error_int.h"

#include <stdint.h>

#include <stdlib.h>
#include <string.h>

struct bitext_arena_chunk {
	bitext_arena_chunk *next;  /* older chunk */
	size_t size;               /* bytes of data[] */
	max_align_t data[];        /* payload */
};

void bitext_arena_init(bitext_arena *a)
{
	a->head = NULL;
	a->used = a->cap = 0;
}

void *bitext_arena_alloc(bitext_arena *a, size_t n)
{
	bitext_arena_chunk *c;
	size_t size;
	void *p;

	if (n > SIZE_MAX - 8 - sizeof(*c)) {
		bitext__error_nomem();
		return NULL;
	}
	n = (n + 7) & ~(size_t)7;
	if (!a->head || a->cap - a->used < n) {
		size = a->head ? a->head->size * 2 : 4096;
		if (size > (size_t)1 << 20)
			size = (size_t)1 << 20;
		if (size < n)
			size = n;
		c = malloc(sizeof(*c) + size);
		if (!c) {
			bitext__error_nomem();
			return NULL;
		}
		c->next = a->head;
		c->size = size;
		a->head = c;
		a->used = 0;
		a->cap = size;
	}
	p = (char *)a->head->data + a->used;
	a->used += n;
	return p;
}

char *bitext_arena_strndup(bitext_arena *a, const char *s, size_t n)
{
	char *d = bitext_arena_alloc(a, n + 1);

	if (!d)
		return NULL;
	if (n)
		memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

void bitext_arena_reset(bitext_arena *a)
{
	bitext_arena_chunk *c, *next;

	if (!a->head)
		return;
	c = a->head->next;
	while (c) {
		next = c->next;
		free(c);
		c = next;
	}
	a->head->next = NULL;
	a->used = 0;
	a->cap = a->head->size;
}

void bitext_arena_dispose(bitext_arena *a)
{
	bitext_arena_chunk *c = a->head, *next;

	while (c) {
		next = c->next;
		free(c);
		c = next;
	}
	bitext_arena_init(a);
}
