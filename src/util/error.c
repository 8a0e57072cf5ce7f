/*
 * error.c - the per-thread last error (bitext/errors.h).
 *
 * The error owns copies of its message id, arguments, file name and the
 * formatted message; they live until the next error or bitext_error_clear()
 * on the same thread. Formatting goes through msg.c, so the message is in
 * the UI language.
 */
#include "bitext/errors.h"
#include "bitext/msg.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	bitext_error pub;      /* what bitext_error_last() hands out */
	char *owned[BITEXT_ERROR_MAX_ARGS + 3]; /* msgid, args, message, file */
	int set;               /* 1 when an error is recorded */
} error_state;

static _Thread_local error_state g_err;

/* A worker thread that ends with an error recorded would leak it: a
 * pthread key whose destructor runs at thread exit frees it. */
static pthread_once_t g_key_once = PTHREAD_ONCE_INIT;
static pthread_key_t g_key;

static void error_reset(void);

static void error_thread_exit(void *unused)
{
	(void)unused;
	error_reset();
}

static void error_key_make(void)
{
	pthread_key_create(&g_key, error_thread_exit);
}

static void error_reset(void)
{
	size_t i;

	for (i = 0; i < sizeof(g_err.owned) / sizeof(g_err.owned[0]); i++)
		free(g_err.owned[i]);
	memset(&g_err, 0, sizeof(g_err));
	g_err.pub.offset = -1;
}

static char *dup_or_empty(const char *s)
{
	char *d = strdup(s ? s : "");
	return d;
}

int bitext_error_vset(int code, const char *msgid, va_list ap)
{
	bitext_buf msg = BITEXT_BUF_INIT;
	char *owned[BITEXT_ERROR_MAX_ARGS + 1];
	const char *a;
	int n = 0, i;

	/* copy first: the arguments may point into the error being replaced */
	owned[0] = dup_or_empty(msgid);
	while (n < BITEXT_ERROR_MAX_ARGS && (a = va_arg(ap, const char *)) != NULL) {
		owned[1 + n] = dup_or_empty(a);
		n++;
	}
	error_reset();
	pthread_once(&g_key_once, error_key_make);
	pthread_setspecific(g_key, &g_err);
	g_err.set = 1;
	g_err.pub.code = code;
	for (i = 0; i <= n; i++)
		g_err.owned[i] = owned[i];
	g_err.pub.msgid = g_err.owned[0];
	for (i = 0; i < n; i++)
		g_err.pub.args[i] = g_err.owned[1 + i];
	g_err.pub.nargs = n;
	if (bitext_msg_formatv(&msg, msgid, g_err.pub.args, n) < 0 || !msg.ptr)
		bitext_buf_puts(&msg, msgid ? msgid : "error");
	g_err.owned[BITEXT_ERROR_MAX_ARGS + 1] = bitext_buf_detach(&msg);
	g_err.pub.message = g_err.owned[BITEXT_ERROR_MAX_ARGS + 1];
	/* out of memory for the copies: a fixed message, never none */
	if (!g_err.pub.msgid)
		g_err.pub.msgid = "err_nomem";
	if (!g_err.pub.message)
		g_err.pub.message = "out of memory";
	return code;
}

int bitext_error_set(int code, const char *msgid, ...)
{
	va_list ap;

	va_start(ap, msgid);
	bitext_error_vset(code, msgid, ap);
	va_end(ap);
	return code;
}

void bitext_error_locate(const char *file, long line, long column,
	long long offset)
{
	if (!g_err.set)
		return;
	if (file) {
		free(g_err.owned[BITEXT_ERROR_MAX_ARGS + 2]);
		g_err.owned[BITEXT_ERROR_MAX_ARGS + 2] = strdup(file);
		g_err.pub.file = g_err.owned[BITEXT_ERROR_MAX_ARGS + 2];
	}
	g_err.pub.line = line;
	g_err.pub.column = column;
	g_err.pub.offset = offset;
}

const bitext_error *bitext_error_last(void)
{
	return g_err.set ? &g_err.pub : NULL;
}

void bitext_error_clear(void)
{
	error_reset();
}
