/*
 * arena.h - a chunked bump allocator. Objects are never freed one by one;
 * bitext_arena_dispose() releases everything at once. Used for per-document
 * strings (doc.c), the memory of TMX units (tmx_unit.c) and other
 * many-small-object structures. A zero-filled struct is an empty arena.
 */
#ifndef BITEXT_ARENA_H
#define BITEXT_ARENA_H

#include <stddef.h>

typedef struct bitext_arena_chunk bitext_arena_chunk;

typedef struct bitext_arena {
	bitext_arena_chunk *head;  /* newest chunk */
	size_t used;               /* bytes used in head */
	size_t cap;                /* bytes available in head */
} bitext_arena;

void bitext_arena_init(bitext_arena *a);
void *bitext_arena_alloc(bitext_arena *a, size_t n);   /* 8-aligned, NULL on OOM */
char *bitext_arena_strndup(bitext_arena *a, const char *s, size_t n);
/*
 * Forget every object but keep the newest (largest) chunk for what comes
 * next; older chunks go back to malloc. For an arena reused many times.
 */
void bitext_arena_reset(bitext_arena *a);
void bitext_arena_dispose(bitext_arena *a);

#endif
