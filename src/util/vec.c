/*
 * vec.c - the array growth policy of vec.h. Doubling keeps appending n
 * elements O(n) amortized.
 */
#include "util/vec.h"
#include "bitext/errors.h"
#include "util/error_int.h"

#include <stdint.h>
#include <stdlib.h>

int bitext__grow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t n;
	void *q;

	if (need <= *cap)
		return 0;
	n = *cap ? *cap : 16;
	while (n < need) {
		if (n > SIZE_MAX / 2)
			return bitext__error_nomem();
		n *= 2;
	}
	if (elem && n > SIZE_MAX / elem)
		return bitext__error_nomem();
	q = realloc(*p, n * elem);
	if (!q)
		return bitext__error_nomem();
	*p = q;
	*cap = n;
	return 0;
}
