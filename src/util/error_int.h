/*
 * error_int.h - what the library's lowest helpers and error_set.c share
 * of the per-thread error state (error.c).
 */
#ifndef BITEXT_UTIL_ERROR_INT_H
#define BITEXT_UTIL_ERROR_INT_H

/*
 * Record "out of memory" as the thread's last error without allocating
 * (fixed message id and message). Returns BITEXT_ENOMEM.
 */
int bitext__error_nomem(void);

/*
 * Replace the thread's last error by one of `code` that takes ownership of
 * the malloc'd `msgid`, `args[0..nargs)` and `message` (any may be NULL
 * after a failed copy; a NULL msgid or message reads "out of memory").
 */
void bitext__error_install(int code, char *msgid, char **args, int nargs,
	char *message);

#endif
