/*
 * error.c - the per-thread last error (bitext/errors.h): its state,
 * reading it, clearing it, its position, and "out of memory" recorded
 * without allocating anything (bitext__error_nomem), so the lowest helpers
 * (buffers, arenas, arrays) can report it. Setting an error with a
 * formatted message is error_set.c.
 *
 * The error owns copies of its message id, arguments, file name and the
 * formatted message; they live until the next error or bitext_error_clear()
 * on the same thread. An out-of-memory error points at fixed strings.
 */
#include "bitext/errors.h"
#include "util/error_int.h"

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

static void error_reset(void)
{
	size_t i;

	for (i = 0; i < sizeof(g_err.owned) / sizeof(g_err.owned[0]); i++)
		free(g_err.owned[i]);
	memset(&g_err, 0, sizeof(g_err));
	g_err.pub.offset = -1;
}

static void error_thread_exit(void *unused)
{
	(void)unused;
	error_reset();
}

static void error_key_make(void)
{
	pthread_key_create(&g_key, error_thread_exit);
}

/* A fresh error of `code`, its strings not yet set. */
static void error_start(int code)
{
	error_reset();
	pthread_once(&g_key_once, error_key_make);
	pthread_setspecific(g_key, &g_err);
	g_err.set = 1;
	g_err.pub.code = code;
}

void bitext__error_install(int code, char *msgid, char **args, int nargs,
	char *message)
{
	int i;

	error_start(code);
	g_err.owned[0] = msgid;
	for (i = 0; i < nargs; i++) {
		g_err.owned[1 + i] = args[i];
		g_err.pub.args[i] = args[i] ? args[i] : "";
	}
	g_err.pub.nargs = nargs;
	g_err.owned[BITEXT_ERROR_MAX_ARGS + 1] = message;
	/* out of memory for the copies: fixed strings, never none */
	g_err.pub.msgid = msgid ? msgid : "err_nomem";
	g_err.pub.message = message ? message : "out of memory";
}

int bitext__error_nomem(void)
{
	error_start(BITEXT_ENOMEM);
	g_err.pub.msgid = "err_nomem";
	g_err.pub.message = "out of memory";
	return BITEXT_ENOMEM;
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
