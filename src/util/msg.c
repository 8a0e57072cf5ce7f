/*
 * msg.c - user-facing messages (bitext/msg.h) and the data directory.
 *
 * Messages are ICU resource bundles compiled from locales/<lang>/messages,
 * installed as <datadir>/ui/<lang>.res. A pattern is an ICU MessageFormat
 * pattern. ICU's C API takes typed varargs, so before formatting we scan the
 * pattern: string arguments ({N} without a type) are substituted as quoted
 * literals, and the numeric arguments left ({N,number}, {N,plural,...}) are
 * renumbered 0..k-1 and handed to umsg_format() as doubles.
 */
#include "bitext/msg.h"

#include <pthread.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ures.h>
#include <unicode/umsg.h>
#include <unicode/ustring.h>

#ifndef BITEXT_DEFAULT_DATADIR
#define BITEXT_DEFAULT_DATADIR "/usr/local/share/bitext"
#endif

#define MSG_MAX_ARGS 8

static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static char *g_datadir;           /* set by bitext_set_datadir() */
static char g_lang[64];           /* requested UI language, "" = from env */
static char g_used_lang[64] = "root"; /* language actually found */
static UResourceBundle *g_bundle; /* opened lazily */
static int g_bundle_tried;        /* 1 once an open was attempted */

const char *bitext_datadir(void)
{
	const char *env;

	if (g_datadir)
		return g_datadir;
	env = getenv("BITEXT_DATADIR");
	if (env && *env)
		return env;
	return BITEXT_DEFAULT_DATADIR;
}

static void bundle_close_locked(void)
{
	if (g_bundle)
		ures_close(g_bundle);
	g_bundle = NULL;
	g_bundle_tried = 0;
}

int bitext_set_datadir(const char *dir)
{
	char *copy = NULL;

	if (dir && !(copy = strdup(dir)))
		return BITEXT_ENOMEM;
	pthread_mutex_lock(&g_lock);
	free(g_datadir);
	g_datadir = copy;
	bundle_close_locked();
	pthread_mutex_unlock(&g_lock);
	return 0;
}

/* "ko_KR.UTF-8@euro" -> "ko_KR"; "C" and "POSIX" -> "" (root) */
static void lang_clean(char *out, size_t size, const char *in)
{
	size_t n = 0;

	while (in && in[n] && in[n] != '.' && in[n] != '@' && n + 1 < size) {
		out[n] = in[n] == '-' ? '_' : in[n];
		n++;
	}
	out[n] = '\0';
	if (!strcmp(out, "C") || !strcmp(out, "POSIX"))
		out[0] = '\0';
}

int bitext_msg_set_lang(const char *lang)
{
	const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	pthread_mutex_lock(&g_lock);
	g_lang[0] = '\0';
	if (lang && *lang) {
		lang_clean(g_lang, sizeof(g_lang), lang);
	} else {
		for (i = 0; i < 3 && !g_lang[0]; i++) {
			const char *v = getenv(names[i]);
			if (v && *v)
				lang_clean(g_lang, sizeof(g_lang), v);
		}
	}
	bundle_close_locked();
	pthread_mutex_unlock(&g_lock);
	return 0;
}

static UResourceBundle *bundle_get(void)
{
	UResourceBundle *b;

	pthread_mutex_lock(&g_lock);
	if (!g_bundle_tried) {
		UErrorCode st = U_ZERO_ERROR;
		char path[4096];
		const char *loc;

		g_bundle_tried = 1;
		if (!g_lang[0]) {
			pthread_mutex_unlock(&g_lock);
			bitext_msg_set_lang(NULL);
			pthread_mutex_lock(&g_lock);
			g_bundle_tried = 1;
		}
		snprintf(path, sizeof(path), "%s/ui/", bitext_datadir());
		/* ures_openDirect does no default-locale fallback: walk the
		 * parents ourselves (ko_KR -> ko -> root) */
		loc = g_lang;
		{
			char tmp[64];
			snprintf(tmp, sizeof(tmp), "%s", loc);
			for (;;) {
				st = U_ZERO_ERROR;
				g_bundle = ures_openDirect(path, tmp[0] ? tmp : "root", &st);
				if (U_SUCCESS(st)) {
					snprintf(g_used_lang, sizeof(g_used_lang), "%s",
						tmp[0] ? tmp : "root");
					break;
				}
				g_bundle = NULL;
				if (!tmp[0])
					break;
				char *us = strrchr(tmp, '_');
				if (us)
					*us = '\0';
				else
					tmp[0] = '\0';
			}
		}
	}
	b = g_bundle;
	pthread_mutex_unlock(&g_lock);
	return b;
}

const char *bitext_msg_lang(void)
{
	bundle_get();
	return g_used_lang;
}

/*
 * Look the key up in the bundle, then in root.res when the language bundle
 * lacks it (ures_openDirect bundles do not chain to their parents).
 */
static const UChar *pattern_get(const char *key, int32_t *len)
{
	UResourceBundle *b = bundle_get();
	UErrorCode st = U_ZERO_ERROR;
	const UChar *p;
	static UResourceBundle *root;  /* guarded by g_lock on first use */

	if (!b)
		return NULL;
	p = ures_getStringByKey(b, key, len, &st);
	if (U_SUCCESS(st))
		return p;
	pthread_mutex_lock(&g_lock);
	if (!root) {
		char path[4096];
		st = U_ZERO_ERROR;
		snprintf(path, sizeof(path), "%s/ui/", bitext_datadir());
		root = ures_openDirect(path, "root", &st);
		if (U_FAILURE(st))
			root = NULL;
	}
	pthread_mutex_unlock(&g_lock);
	if (!root)
		return NULL;
	st = U_ZERO_ERROR;
	p = ures_getStringByKey(root, key, len, &st);
	return U_SUCCESS(st) ? p : NULL;
}

/* Plural rules and number formats follow the UI language; the root
 * messages are English. */
static const char *plural_locale(void)
{
	return strcmp(g_used_lang, "root") ? g_used_lang : "en";
}

static int put_uchars(bitext_buf *out, const UChar *s, int32_t len)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t need = 0;

	u_strToUTF8(NULL, 0, &need, s, len, &st);
	if (st != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(st))
		return BITEXT_ERROR;
	if (bitext_buf_grow(out, (size_t)need) < 0)
		return BITEXT_ENOMEM;
	st = U_ZERO_ERROR;
	u_strToUTF8(out->ptr + out->size, need + 1, NULL, s, len, &st);
	if (U_FAILURE(st))
		return BITEXT_ERROR;
	out->size += (size_t)need;
	out->ptr[out->size] = '\0';
	return 0;
}

/* A growable UChar string for the rewritten pattern. */
typedef struct {
	UChar *p;
	int32_t n, cap;
} ustr;

static int ustr_put(ustr *s, const UChar *c, int32_t n)
{
	if (s->n + n + 1 > s->cap) {
		int32_t cap = s->cap ? s->cap : 128;
		UChar *np;
		while (cap < s->n + n + 1)
			cap *= 2;
		np = realloc(s->p, (size_t)cap * sizeof(UChar));
		if (!np)
			return BITEXT_ENOMEM;
		s->p = np;
		s->cap = cap;
	}
	memcpy(s->p + s->n, c, (size_t)n * sizeof(UChar));
	s->n += n;
	s->p[s->n] = 0;
	return 0;
}

/*
 * Append UTF-8 text as MessageFormat literal text. ICU's default apostrophe
 * mode quotes only before a syntax character, so those are quoted one by
 * one ('{') and an apostrophe is doubled. '#' and '|' are syntax only
 * inside a plural or choice sub-message (`nested`); quoted elsewhere the
 * apostrophes would show.
 */
static int ustr_put_literal(ustr *s, const char *utf8, int nested)
{
	UChar buf[256];
	int32_t i = 0, n = 0;
	UChar32 c;
	int32_t len = (int32_t)strlen(utf8);

	while (i < len) {
		U8_NEXT(utf8, i, len, c);
		if (c < 0)
			c = 0xFFFD;
		if (n + 4 > (int32_t)(sizeof(buf) / sizeof(buf[0]))) {
			if (ustr_put(s, buf, n) < 0)
				return BITEXT_ENOMEM;
			n = 0;
		}
		if (c == '\'') {
			buf[n++] = '\'';
			buf[n++] = '\'';
		} else if (c == '{' || c == '}' ||
			(nested && (c == '#' || c == '|'))) {
			buf[n++] = '\'';
			buf[n++] = (UChar)c;
			buf[n++] = '\'';
		} else {
			U16_APPEND_UNSAFE(buf, n, c);
		}
	}
	return n ? ustr_put(s, buf, n) : 0;
}

static int is_numeric_type(const UChar *t, int32_t n)
{
	static const char *const types[] = { "number", "plural", "selectordinal",
		"spellout", "ordinal", "duration", "date", "time" };
	size_t i;

	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		size_t k = strlen(types[i]);
		int32_t j;
		if ((int32_t)k != n)
			continue;
		for (j = 0; j < n && t[j] == (UChar)types[i][j]; j++)
			;
		if (j == n)
			return 1;
	}
	return 0;
}

typedef struct {
	int numeric[MSG_MAX_ARGS];   /* 1 when argument i is a number */
	int seen[MSG_MAX_ARGS];      /* 1 when argument i occurs */
	int max;                     /* highest index + 1 */
} arg_types;

/*
 * Where quoted text starting at `i` ends: after '' (a literal apostrophe)
 * or after a 'quoted' run that starts before a syntax character; `i` when
 * no quoting starts there.
 */
static int32_t quoted_end(const UChar *p, int32_t len, int32_t i)
{
	if (p[i] != '\'' || i + 1 >= len)
		return i;
	if (p[i + 1] == '\'')
		return i + 2;
	if (p[i + 1] != '{' && p[i + 1] != '}' && p[i + 1] != '#' && p[i + 1] != '|')
		return i;
	for (i++; i < len && p[i] != '\''; i++)
		;
	return i < len ? i + 1 : len;
}

/* Scan the pattern for top-level and nested {N...} arguments. */
static void pattern_scan(const UChar *p, int32_t len, arg_types *t)
{
	int32_t i = 0;

	memset(t, 0, sizeof(*t));
	while (i < len) {
		if (quoted_end(p, len, i) > i) {
			i = quoted_end(p, len, i);
		} else if (p[i] == '{' && i + 1 < len && p[i + 1] >= '0' && p[i + 1] <= '9') {
			int idx = 0;
			int32_t j = i + 1, ts;
			while (j < len && p[j] >= '0' && p[j] <= '9')
				idx = idx * 10 + (p[j++] - '0');
			while (j < len && p[j] == ' ')
				j++;
			if (idx < MSG_MAX_ARGS && !t->seen[idx]) {
				t->seen[idx] = 1;
				if (j < len && p[j] == ',') {
					j++;
					while (j < len && p[j] == ' ')
						j++;
					ts = j;
					while (j < len && p[j] >= 'a' && p[j] <= 'z')
						j++;
					t->numeric[idx] = is_numeric_type(p + ts, j - ts);
				}
				if (idx + 1 > t->max)
					t->max = idx + 1;
			}
			i = j;
		} else {
			i++;
		}
	}
}

/* 1 when the UTF-16 text at p starts with the ASCII string lit */
static int uchars_match(const UChar *p, int32_t len, const char *lit)
{
	int32_t i;

	for (i = 0; lit[i]; i++)
		if (i >= len || p[i] != (UChar)lit[i])
			return 0;
	return 1;
}

/*
 * Rewrite the pattern: string arguments become literals, numeric ones are
 * renumbered in order of their index. newidx[i] is argument i's new number.
 */
static int pattern_rewrite(ustr *out, const UChar *p, int32_t len,
	const arg_types *t, const char *const *sargs, const int *newidx)
{
	int32_t i = 0, start = 0;
	int depth = 0;   /* braces open around the current position */

	while (i < len) {
		if (quoted_end(p, len, i) > i) {
			i = quoted_end(p, len, i);
		} else if (p[i] == '{' && i + 1 < len && p[i + 1] >= '0' && p[i + 1] <= '9') {
			int idx = 0;
			int32_t j = i + 1;
			while (j < len && p[j] >= '0' && p[j] <= '9')
				idx = idx * 10 + (p[j++] - '0');
			if (ustr_put(out, p + start, i - start) < 0)
				return BITEXT_ENOMEM;
			if (idx < MSG_MAX_ARGS && t->numeric[idx]) {
				UChar num[8];
				int32_t k = 0;
				int v = newidx[idx];
				num[k++] = '{';
				if (v >= 10)
					num[k++] = (UChar)('0' + v / 10);
				num[k++] = (UChar)('0' + v % 10);
				if (ustr_put(out, num, k) < 0)
					return BITEXT_ENOMEM;
				start = j;
				i = j;
				depth++;
				/* ICU's C API reads an "integer" style argument as an
				 * int32, not a double: give it the same look as a
				 * decimal pattern, which takes the double we pass */
				if (uchars_match(p + j, len - j, ",number,integer}")) {
					static const UChar grp[] = { ',', 'n', 'u', 'm', 'b',
						'e', 'r', ',', '#', ',', '#', '#', '0', '}' };
					if (ustr_put(out, grp, 14) < 0)
						return BITEXT_ENOMEM;
					i = start = j + 16;
				}
			} else {
				while (j < len && p[j] != '}')
					j++;
				if (ustr_put_literal(out, idx < MSG_MAX_ARGS && sargs[idx] ?
					sargs[idx] : "", depth > 0) < 0)
					return BITEXT_ENOMEM;
				i = j < len ? j + 1 : j;
				start = i;
			}
		} else {
			if (p[i] == '{')
				depth++;
			else if (p[i] == '}' && depth > 0)
				depth--;
			i++;
		}
	}
	return ustr_put(out, p + start, len - start);
}

static int format_typed(bitext_buf *out, const char *key,
	const char *const *sargs, const double *nargs_in)
{
	const UChar *pat;
	int32_t plen = 0;
	arg_types t;
	ustr rw = { NULL, 0, 0 };
	double nums[MSG_MAX_ARGS] = { 0 };
	int newidx[MSG_MAX_ARGS] = { 0 };
	int k = 0, i, rc = 0;
	UChar res[2048];
	UChar *big = NULL;
	int32_t rlen;
	UErrorCode st = U_ZERO_ERROR;

	pat = pattern_get(key, &plen);
	if (!pat) {
		/* no bundle or no such key: show the key and its arguments */
		bitext_buf_puts(out, key);
		for (i = 0; i < MSG_MAX_ARGS && sargs[i]; i++) {
			bitext_buf_puts(out, i ? ", " : ": ");
			bitext_buf_puts(out, sargs[i]);
		}
		/* without any bundle, say why the message is only a key */
		if (!bundle_get())
			bitext_buf_printf(out, " (no messages in %s/ui: set BITEXT_DATADIR)",
				bitext_datadir());
		return 0;
	}
	pattern_scan(pat, plen, &t);
	for (i = 0; i < t.max; i++)
		if (t.numeric[i]) {
			newidx[i] = k;
			nums[k++] = nargs_in[i];
		}
	if ((rc = pattern_rewrite(&rw, pat, plen, &t, sargs, newidx)) < 0)
		goto cleanup;
	rlen = u_formatMessage(plural_locale(), rw.p, rw.n, res, 2048, &st,
		nums[0], nums[1], nums[2], nums[3], nums[4], nums[5], nums[6], nums[7]);
	if (st == U_BUFFER_OVERFLOW_ERROR) {
		big = malloc(((size_t)rlen + 1) * sizeof(UChar));
		if (!big) {
			rc = BITEXT_ENOMEM;
			goto cleanup;
		}
		st = U_ZERO_ERROR;
		rlen = u_formatMessage(plural_locale(), rw.p, rw.n, big, rlen + 1, &st,
			nums[0], nums[1], nums[2], nums[3], nums[4], nums[5], nums[6], nums[7]);
	}
	if (U_FAILURE(st)) {
		/* a broken translation must not hide the message: show raw */
		rc = put_uchars(out, pat, plen);
		goto cleanup;
	}
	rc = put_uchars(out, big ? big : res, rlen);
cleanup:
	free(big);
	free(rw.p);
	return rc;
}

int bitext_msg_formatv(bitext_buf *out, const char *key,
	const char *const *args, int nargs)
{
	const char *sargs[MSG_MAX_ARGS + 1] = { 0 };
	double nums[MSG_MAX_ARGS] = { 0 };
	int i;

	for (i = 0; i < nargs && i < MSG_MAX_ARGS; i++) {
		sargs[i] = args[i];
		nums[i] = args[i] ? strtod(args[i], NULL) : 0;
	}
	return format_typed(out, key, sargs, nums);
}

int bitext_msg_vformat(bitext_buf *out, const char *key, va_list ap)
{
	const char *sargs[MSG_MAX_ARGS + 1] = { 0 };
	double nums[MSG_MAX_ARGS] = { 0 };
	const UChar *pat;
	int32_t plen;
	arg_types t;
	int i;

	pat = pattern_get(key, &plen);
	if (pat)
		pattern_scan(pat, plen, &t);
	else
		memset(&t, 0, sizeof(t));
	for (i = 0; i < t.max; i++) {
		if (t.numeric[i])
			nums[i] = va_arg(ap, double);
		else
			sargs[i] = va_arg(ap, const char *);
	}
	return format_typed(out, key, sargs, nums);
}

int bitext_msg_format(bitext_buf *out, const char *key, ...)
{
	va_list ap;
	int rc;

	va_start(ap, key);
	rc = bitext_msg_vformat(out, key, ap);
	va_end(ap);
	return rc;
}

int bitext_msg_raw(bitext_buf *out, const char *key)
{
	int32_t len = 0;
	const UChar *p = pattern_get(key, &len);

	if (!p)
		return bitext_buf_puts(out, key) < 0 ? BITEXT_ENOMEM : BITEXT_ENOTFOUND;
	return put_uchars(out, p, len);
}
