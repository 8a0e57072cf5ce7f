/*
 * bitext/errors.h - the per-thread "last error" of libbitext.
 *
 * Every call that fails returns a negative code and records what went wrong
 * here: a message id (a key of the UI message bundles in locales/), its
 * arguments as strings, the English-or-localized text, and, for errors in
 * input data, the file, line, column (1-based) and byte offset (0-based).
 */
#ifndef BITEXT_ERRORS_H
#define BITEXT_ERRORS_H

#include "common.h"
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BITEXT_ERROR_MAX_ARGS 6

typedef struct bitext_error {
	int code;              /* BITEXT_E... */
	const char *msgid;     /* message key in locales/<lang>/messages */
	const char *args[BITEXT_ERROR_MAX_ARGS]; /* message arguments */
	int nargs;             /* number of arguments */
	const char *message;   /* formatted message, in the UI language */
	const char *file;      /* input file, or NULL */
	long line;             /* 1-based line, or 0 when unknown */
	long column;           /* 1-based column, or 0 when unknown */
	long long offset;      /* 0-based byte offset, or -1 when unknown */
} bitext_error;

/**
 * Record an error. `msgid` names a message of the bundles; the variable
 * arguments are `const char *` strings, terminated by NULL, substituted for
 * {0}, {1} ... in the message pattern.
 * @return `code`, so that callers can write `return bitext_error_set(...)`.
 */
BITEXT_EXTERN(int) bitext_error_set(int code, const char *msgid, ...);

/** Same as bitext_error_set() with a va_list. */
BITEXT_EXTERN(int) bitext_error_vset(int code, const char *msgid, va_list ap);

/**
 * Attach a position to the last error (any of them may be 0/-1/NULL for
 * unknown). The file name is copied.
 */
BITEXT_EXTERN(void) bitext_error_locate(const char *file, long line,
	long column, long long offset);

/** The last error of this thread, or NULL when none. Borrowed. */
BITEXT_EXTERN(const bitext_error *) bitext_error_last(void);

/** Forget the last error of this thread. */
BITEXT_EXTERN(void) bitext_error_clear(void);

#ifdef __cplusplus
}
#endif
#endif
