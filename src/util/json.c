/*
 * json.c - a small JSON reader (json.h) for the one-object-a-line formats
 * bitext reads: JSON Lines memories and the jobs of `bitext align --jobs`.
 * It walks the text in place: strings are decoded (escapes, \uXXXX pairs)
 * into a scratch buffer, other values are skipped. Input is UTF-8 and
 * NUL-terminated.
 */
#include "util/json.h"
#include "util/utf8.h"
#include "bitext/errors.h"

#include <stdlib.h>
#include <string.h>

void bitext_json__ws(bitext_json *j)
{
	while (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n')
		j->p++;
}

static int json_hex4(const char *p, unsigned *out)
{
	unsigned v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		char c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
		else return -1;
	}
	*out = v;
	return 0;
}

/* A string into j->s (cleared first). */
int bitext_json__string(bitext_json *j)
{
	unsigned c, lo;

	bitext_buf_clear(j->s);
	bitext_buf_puts(j->s, "");
	bitext_json__ws(j);
	if (*j->p != '"')
		return -1;
	j->p++;
	while (*j->p != '"') {
		if (!*j->p || (unsigned char)*j->p < 0x20)
			return -1;
		if (*j->p != '\\') {
			bitext_buf_putc(j->s, *j->p++);
			continue;
		}
		j->p++;
		switch (*j->p) {
		case '"': case '\\': case '/': c = (unsigned char)*j->p; break;
		case 'b': c = '\b'; break;
		case 'f': c = '\f'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case 't': c = '\t'; break;
		case 'u':
			if (json_hex4(j->p + 1, &c) < 0)
				return -1;
			j->p += 4;
			if (c >= 0xD800 && c < 0xDC00 && j->p[1] == '\\' &&
			    j->p[2] == 'u' && json_hex4(j->p + 3, &lo) == 0 &&
			    lo >= 0xDC00 && lo < 0xE000) {
				c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
				j->p += 6;
			} else if ((c >= 0xD800 && c < 0xE000) || c == 0) {
				return -1;   /* a lone surrogate; a NUL ends C strings */
			}
			break;
		default:
			return -1;
		}
		j->p++;
		if (bitext_utf8__put(j->s, (int32_t)c) < 0)
			return -1;
	}
	j->p++;
	return 0;
}

/* Skip any value (numbers, true, false, null, nested). */
int bitext_json__skip(bitext_json *j)
{
	int depth = 0;

	bitext_json__ws(j);
	do {
		if (*j->p == '"') {
			if (bitext_json__string(j) < 0)
				return -1;
		} else if (*j->p == '{' || *j->p == '[') {
			depth++;
			j->p++;
		} else if (*j->p == '}' || *j->p == ']') {
			depth--;
			j->p++;
		} else if (!*j->p) {
			return -1;
		} else {
			j->p++;
		}
		bitext_json__ws(j);
	} while (depth > 0 || (*j->p != ',' && *j->p != '}' && *j->p != ']' &&
		*j->p));
	return depth == 0 ? 0 : -1;
}

/* Iterate "key": value pairs of an object; *key gets a copy. 1 per member,
 * 0 at the end, -1 on bad JSON. */
int bitext_json__member(bitext_json *j, char **key, int *first)
{
	bitext_json__ws(j);
	if (*first) {
		if (*j->p != '{')
			return -1;
		j->p++;
		*first = 0;
		bitext_json__ws(j);
		if (*j->p == '}') {
			j->p++;
			return 0;
		}
	} else {
		if (*j->p == '}') {
			j->p++;
			return 0;
		}
		if (*j->p != ',')
			return -1;
		j->p++;
	}
	if (bitext_json__string(j) < 0)
		return -1;
	*key = strdup(j->s->ptr);
	bitext_json__ws(j);
	if (!*key || *j->p != ':')
		return -1;
	j->p++;
	bitext_json__ws(j);
	return 1;
}

/* Elements of an array: 1 before each, 0 after the last. */
int bitext_json__element(bitext_json *j, int *first)
{
	bitext_json__ws(j);
	if (*first) {
		if (*j->p != '[')
			return -1;
		j->p++;
		*first = 0;
		bitext_json__ws(j);
		if (*j->p == ']') {
			j->p++;
			return 0;
		}
		return 1;
	}
	if (*j->p == ']') {
		j->p++;
		return 0;
	}
	if (*j->p != ',')
		return -1;
	j->p++;
	return 1;
}

/* An object of string fields named in `names` (n of them) into `vals`. */
int bitext_json__fields(bitext_json *j, const char *const *names, char **vals, int n)
{
	char *key = NULL;
	int first = 1, ret, i;

	while ((ret = bitext_json__member(j, &key, &first)) == 1) {
		for (i = 0; i < n; i++)
			if (!strcmp(key, names[i]))
				break;
		free(key);
		key = NULL;
		if (i == n || (bitext_json__ws(j), *j->p != '"')) {
			if (bitext_json__skip(j) < 0)
				return -1;
			continue;
		}
		if (bitext_json__string(j) < 0)
			return -1;
		free(vals[i]);
		vals[i] = strdup(j->s->ptr);
		if (!vals[i])
			return -1;
	}
	free(key);
	return ret;
}

int bitext_json_fields(const char *text, const char *const *names,
	char **vals, int n)
{
	bitext_buf scratch = BITEXT_BUF_INIT;
	bitext_json j;
	int i, ret;

	for (i = 0; i < n; i++)
		vals[i] = NULL;
	j.p = text;
	j.s = &scratch;
	ret = bitext_json__fields(&j, names, vals, n);
	if (ret == 0) {
		bitext_json__ws(&j);
		if (*j.p)
			ret = -1;      /* something after the object */
	}
	bitext_buf_dispose(&scratch);
	if (ret < 0) {
		for (i = 0; i < n; i++) {
			free(vals[i]);
			vals[i] = NULL;
		}
		return bitext_error_set(BITEXT_EPARSE, "err_json", NULL);
	}
	return 0;
}
