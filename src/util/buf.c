/*
 * buf.c - the growable byte buffer of bitext/common.h.
 *
 * Invariant: once any byte was added, ptr[size] == '\0' and size < asize.
 * Growth doubles the allocation, so appending n bytes costs O(n) amortized.
 * A failed growth sets `failed`, and every growth fails until a clear.
 */
#include "bitext/common.h"
#include "bitext/errors.h"
#include "util/error_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int bitext_buf_grow(bitext_buf *buf, size_t extra)
{
	size_t need = buf->size + extra + 1;
	size_t n;
	char *p;

	if (buf->failed)
		return BITEXT_ENOMEM;
	if (need < extra)
		goto fail;
	if (need <= buf->asize)
		return 0;
	n = buf->asize ? buf->asize : 64;
	while (n < need) {
		if (n > (size_t)-1 / 2)
			goto fail;
		n *= 2;
	}
	p = realloc(buf->ptr, n);
	if (!p)
		goto fail;
	buf->ptr = p;
	buf->asize = n;
	return 0;
fail:
	buf->failed = 1;
	return bitext__error_nomem();
}

int bitext_buf_put(bitext_buf *buf, const char *data, size_t len)
{
	if (bitext_buf_grow(buf, len) < 0)
		return BITEXT_ENOMEM;
	if (len)
		memcpy(buf->ptr + buf->size, data, len);
	buf->size += len;
	buf->ptr[buf->size] = '\0';
	return 0;
}

int bitext_buf_puts(bitext_buf *buf, const char *str)
{
	return bitext_buf_put(buf, str, strlen(str));
}

int bitext_buf_putc(bitext_buf *buf, char c)
{
	return bitext_buf_put(buf, &c, 1);
}

int bitext_buf_printf(bitext_buf *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return BITEXT_ERROR;
	if (bitext_buf_grow(buf, (size_t)n) < 0)
		return BITEXT_ENOMEM;
	va_start(ap, fmt);
	vsnprintf(buf->ptr + buf->size, (size_t)n + 1, fmt, ap);
	va_end(ap);
	buf->size += (size_t)n;
	return 0;
}

void bitext_buf_clear(bitext_buf *buf)
{
	buf->size = 0;
	buf->failed = 0;
	if (buf->ptr)
		buf->ptr[0] = '\0';
}

char *bitext_buf_detach(bitext_buf *buf)
{
	char *p = buf->ptr;

	if (!p)
		p = calloc(1, 1);
	buf->ptr = NULL;
	buf->size = buf->asize = 0;
	buf->failed = 0;
	return p;
}

void bitext_buf_dispose(bitext_buf *buf)
{
	free(buf->ptr);
	buf->ptr = NULL;
	buf->size = buf->asize = 0;
	buf->failed = 0;
}

const char *bitext_version(void)
{
	return BITEXT_VERSION;
}
