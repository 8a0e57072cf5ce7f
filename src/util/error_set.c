/*
 * error_set.c - setting the per-thread last error (bitext_error_set): the
 * message id and arguments are copied and the message is formatted
 * through msg.c, so it is in the UI language; error.c keeps the state.
 */
#include "bitext/errors.h"
#include "bitext/msg.h"
#include "util/error_int.h"

#include <stdlib.h>
#include <string.h>

int bitext_error_vset(int code, const char *msgid, va_list ap)
{
	bitext_buf msg = BITEXT_BUF_INIT;
	char *args[BITEXT_ERROR_MAX_ARGS];
	const char *cargs[BITEXT_ERROR_MAX_ARGS];
	char *id;
	const char *a;
	int n = 0, i;

	/* copy first: the arguments may point into the error being replaced */
	id = strdup(msgid ? msgid : "");
	while (n < BITEXT_ERROR_MAX_ARGS && (a = va_arg(ap, const char *)) != NULL)
		args[n++] = strdup(a);
	for (i = 0; i < n; i++)
		cargs[i] = args[i] ? args[i] : "";
	if (bitext_msg_formatv(&msg, msgid, cargs, n) < 0 || !msg.ptr)
		bitext_buf_puts(&msg, msgid ? msgid : "error");
	bitext__error_install(code, id, args, n,
		msg.failed ? (bitext_buf_dispose(&msg), NULL) :
		bitext_buf_detach(&msg));
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
