/*
 * json.h - the JSON reader shared inside the library (json.c). A reader
 * walks `p` (NUL-terminated UTF-8); decoded strings land in `s`.
 */
#ifndef BITEXT_UTIL_JSON_H
#define BITEXT_UTIL_JSON_H

#include "bitext/common.h"

typedef struct {
	const char *p;          /* next character */
	bitext_buf *s;          /* the last decoded string */
} bitext_json;

/* Skip white space. */
void bitext_json__ws(bitext_json *j);
/* A string into j->s (cleared first); 0 or -1 on bad JSON. */
int bitext_json__string(bitext_json *j);
/* Skip any value (numbers, true, false, null, nested); 0 or -1. */
int bitext_json__skip(bitext_json *j);
/* Members of an object: 1 per "key": (a malloc'd copy in *key, the reader
 * on the value), 0 after the last, -1 on bad JSON. *first starts at 1. */
int bitext_json__member(bitext_json *j, char **key, int *first);
/* Elements of an array: 1 before each, 0 after the last, -1 on bad JSON. */
int bitext_json__element(bitext_json *j, int *first);
/* An object's string members named in names[0..n) into vals (malloc'd;
 * other members skipped): 0 at its end, -1 on bad JSON. */
int bitext_json__fields(bitext_json *j, const char *const *names, char **vals,
	int n);

#endif
