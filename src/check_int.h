/*
 * check_int.h - what the check and termbase modules share privately: a
 * string hash map, UTF-8 helpers, the word-form keys that term matching
 * and the spelling and consistency checks compare (Korean particle
 * stripping, English inflection stripping), and a TSV/CSV row splitter.
 */
#ifndef BITEXT_CHECK_INT_H
#define BITEXT_CHECK_INT_H

#include <stddef.h>
#include <stdint.h>
#include "arena.h"

/* A map from byte strings to a size_t, keys copied into an arena. */
typedef struct bitext_strmap_slot {
	const char *key;
	size_t klen;
	uint64_t hash;
	size_t value;
} bitext_strmap_slot;

typedef struct bitext_strmap {
	bitext_strmap_slot *slots;
	size_t cap;        /* power of two, 0 when empty */
	size_t count;
	bitext_arena arena;
} bitext_strmap;

void bitext_check__map_init(bitext_strmap *m);
void bitext_check__map_dispose(bitext_strmap *m);
uint64_t bitext_check__map_hash(const char *s, size_t n);
/* The slot of `key`, or NULL. */
bitext_strmap_slot *bitext_check__map_get(const bitext_strmap *m, const char *key,
	size_t n);
/* The slot of `key`, created with value `init` when new; *created says which.
 * NULL on out of memory. */
bitext_strmap_slot *bitext_check__map_put(bitext_strmap *m, const char *key,
	size_t n, size_t init, int *created);

/* Decode one code point at s[*i] (advancing *i); invalid bytes give
 * U+FFFD and advance by one. */
int32_t bitext_check__utf8_next(const char *s, size_t len, size_t *i);
/* Code points in s[0..n). */
size_t bitext_check__utf8_count(const char *s, size_t n);
/* Append code point c in UTF-8. Returns bytes written (1-4). */
int bitext_check__utf8_put(char *out, int32_t c);

/* 1 when the language tag's primary subtag is `prim` ("ko", "en"). */
int bitext_check__lang_is(const char *tag, const char *prim);

/*
 * Korean: the length in bytes of the stem of eojeol `w` when its ending
 * w[stem..n) is a particle or a particle sequence (은, 에서는, 이라고 ...);
 * 0 when nothing can be stripped. `alts` receives up to `nalts` further
 * shorter stems that are also valid (이 in 김정은이 ...). Returns the number
 * of stems written to alts.
 */
size_t bitext_check__ko_stems(const char *w, size_t n, size_t *alts, size_t nalts);

/*
 * English (and similar) inflection key: lower-cased word `w` with plural,
 * past, gerund and comparative endings reduced, written to out (at most
 * n + 1 bytes). Returns the key length.
 */
size_t bitext_check__en_key(const char *w, size_t n, char *out);

/*
 * Split one line of TSV (sep '\t') or CSV (sep ',', RFC 4180 quotes) into
 * fields; quotes are removed, "" becomes ". Field texts are written
 * into `store` (at least len + 1 bytes) and pointed at by fields[]. Returns
 * the number of fields (up to max), or -1 for an unterminated quote.
 */
int bitext_check__split_row(const char *line, size_t len, char sep, char *store,
	const char **fields, size_t *flens, int max);

#endif
