/*
 * bitext/msg.h - user-facing messages from ICU resource bundles.
 *
 * Messages live in the files locales/<lang>/messages/NAME.txt and are compiled with genrb
 * into <datadir>/ui/<lang>.res. Patterns are ICU MessageFormat patterns, so
 * counts use plural forms: "{0,plural,one{# segment}other{# segments}}".
 */
#ifndef BITEXT_MSG_H
#define BITEXT_MSG_H

#include "common.h"
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Directory holding bitext's data (`locales/` and `ui/`). Taken from
 * bitext_set_datadir(), else the BITEXT_DATADIR environment variable, else
 * the directory chosen at build time. Borrowed.
 */
BITEXT_EXTERN(const char *) bitext_datadir(void);

/** Set the data directory (copied). NULL restores the default. */
BITEXT_EXTERN(int) bitext_set_datadir(const char *dir);

/**
 * Choose the UI language ("ko", "en", "ko_KR.UTF-8" ...). NULL picks it from
 * LC_ALL, LC_MESSAGES, then LANG. Unknown languages fall back to root.
 */
BITEXT_EXTERN(int) bitext_msg_set_lang(const char *lang);

/** The UI language in use ("root" when none matched). Borrowed. */
BITEXT_EXTERN(const char *) bitext_msg_lang(void);

/**
 * Format message `key` with string arguments only ({0}, {1}...).
 * `args` may be NULL when `nargs` is 0. Appends to `out`.
 * When the key is missing the key and its arguments are printed.
 * @return 0 or a negative code
 */
BITEXT_EXTERN(int) bitext_msg_formatv(bitext_buf *out, const char *key,
	const char *const *args, int nargs);

/**
 * Format message `key` with typed arguments, in ICU's MessageFormat style:
 * the caller passes arguments of the types the pattern expects. A `{0}` or
 * `{0,select,...}` takes a `const char *` (UTF-8); `{0,number}` and
 * `{0,plural,...}` take a `double`. Appends to `out`.
 * @return 0 or a negative code
 */
BITEXT_EXTERN(int) bitext_msg_format(bitext_buf *out, const char *key, ...);

/** Same as bitext_msg_format() with a va_list. */
BITEXT_EXTERN(int) bitext_msg_vformat(bitext_buf *out, const char *key,
	va_list ap);

/** The raw pattern of `key` in UTF-8, appended to `out` (help texts). */
BITEXT_EXTERN(int) bitext_msg_raw(bitext_buf *out, const char *key);

#ifdef __cplusplus
}
#endif
#endif
