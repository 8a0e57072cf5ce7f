/*
 * vec.h - growing the malloc'd arrays of the library: one doubling policy,
 * with an overflow check, instead of a copy in every module.
 */
#ifndef BITEXT_VEC_H
#define BITEXT_VEC_H

#include <stddef.h>

/*
 * Make `*p` (an array of `*cap` elements of `elem` bytes) hold at least
 * `need` elements, doubling from 16. Records BITEXT_ENOMEM as the last
 * error and returns it when memory or the size arithmetic runs out.
 */
int bitext__grow(void **p, size_t *cap, size_t need, size_t elem);

#endif
