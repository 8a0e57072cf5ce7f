/*
 * bitext/common.h - version, export macros, error codes and the growable
 * byte buffer shared by every module of libbitext.
 */
#ifndef BITEXT_COMMON_H
#define BITEXT_COMMON_H

#include <stddef.h>

#define BITEXT_VERSION "0.1.0"
#define BITEXT_VERSION_MAJOR 0
#define BITEXT_VERSION_MINOR 1
#define BITEXT_VERSION_PATCH 0

#if defined(__GNUC__)
#define BITEXT_EXTERN(type) __attribute__((visibility("default"))) type
#else
#define BITEXT_EXTERN(type) type
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Result codes: 0 on success, a negative code on failure. */
enum {
	BITEXT_OK = 0,
	BITEXT_ERROR = -1,     /**< generic failure */
	BITEXT_ENOTFOUND = -2, /**< a file, language or entry does not exist */
	BITEXT_EENCODING = -3, /**< input bytes cannot be decoded */
	BITEXT_EPARSE = -4,    /**< malformed input (XML, SRX, TMX, TSV ...) */
	BITEXT_ELIMIT = -5,    /**< input exceeds a limit of src/limits.h */
	BITEXT_EIO = -6,       /**< reading or writing a file failed */
	BITEXT_EINVAL = -7,    /**< a caller passed an invalid argument */
	BITEXT_ENOMEM = -8     /**< out of memory */
};

/**
 * Severity of a finding (check.h) or of a termbase problem (termbase.h);
 * OFF disables a check. Ordered.
 */
typedef enum {
	BITEXT_SEVERITY_OFF = 0,
	BITEXT_SEVERITY_INFO,
	BITEXT_SEVERITY_WARNING,
	BITEXT_SEVERITY_ERROR
} bitext_severity;

/**
 * A growable byte buffer. `ptr` is always NUL-terminated once anything was
 * put into it; `size` does not count the NUL. Initialize with
 * BITEXT_BUF_INIT, release with bitext_buf_dispose().
 *
 * A failed growth is sticky: every later put fails too, until the buffer is
 * cleared, so a writer that appends many pieces may check only the last
 * put (or `failed`) and never hand on a buffer with a piece missing.
 */
typedef struct bitext_buf {
	char *ptr;       /* bytes, NUL-terminated */
	size_t size;     /* bytes used, without the NUL */
	size_t asize;    /* bytes allocated */
	int failed;      /* a growth failed since the last clear */
} bitext_buf;

#define BITEXT_BUF_INIT { NULL, 0, 0, 0 }

/** Make room for at least `extra` more bytes. @return 0 or BITEXT_ENOMEM */
BITEXT_EXTERN(int) bitext_buf_grow(bitext_buf *buf, size_t extra);
/** Append `len` bytes. @return 0 or BITEXT_ENOMEM */
BITEXT_EXTERN(int) bitext_buf_put(bitext_buf *buf, const char *data, size_t len);
/** Append a NUL-terminated string. @return 0 or BITEXT_ENOMEM */
BITEXT_EXTERN(int) bitext_buf_puts(bitext_buf *buf, const char *str);
/** Append one byte. @return 0 or BITEXT_ENOMEM */
BITEXT_EXTERN(int) bitext_buf_putc(bitext_buf *buf, char c);
/** Append printf-formatted text. @return 0 or BITEXT_ENOMEM */
BITEXT_EXTERN(int) bitext_buf_printf(bitext_buf *buf, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/**
 * Append s[0..len) as a JSON string literal, quotes included: '"' and '\\'
 * with a backslash, control characters as \\b \\t \\n \\f \\r or \\u00XX,
 * DEL as \\u007f, and U+2028/U+2029 as \\u2028/\\u2029 (line terminators in
 * JavaScript). Other bytes are copied. @return 0 or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_buf_put_json(bitext_buf *buf, const char *s, size_t len);
/**
 * As bitext_buf_put_json, for JSON inside an HTML <script> element: '<'
 * too becomes \\u003c, so no "</script>" or "<!--" can end or change the
 * element. @return 0 or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_buf_put_json_script(bitext_buf *buf, const char *s,
	size_t len);

/**
 * Read the string members named names[0..n) of the JSON object `text` (one
 * object, NUL-terminated UTF-8, nothing after it) into vals[0..n): each a
 * malloc'd decoded string the caller frees, or NULL when the member is
 * absent or not a string. Other members are skipped.
 * @return 0, or BITEXT_EPARSE (text is not one JSON object; vals all NULL)
 */
BITEXT_EXTERN(int) bitext_json_fields(const char *text,
	const char *const *names, char **vals, int n);
/**
 * Append s[0..len) escaped for XML or HTML text content: & < > as entity
 * references, CR as &#13;; other C0 controls but TAB and LF, which XML 1.0
 * cannot hold, are dropped. @return 0 or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_buf_put_xml_text(bitext_buf *buf, const char *s, size_t len);
/**
 * Append s[0..len) escaped for an XML or HTML attribute value in double
 * quotes: as bitext_buf_put_xml_text, and '"', TAB and LF as references
 * too (so they survive attribute-value normalization). @return 0 or
 * BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_buf_put_xml_attr(bitext_buf *buf, const char *s, size_t len);
/** Forget the contents, keep the memory. */
BITEXT_EXTERN(void) bitext_buf_clear(bitext_buf *buf);
/** Hand the bytes to the caller (free() them); the buffer is reset. */
BITEXT_EXTERN(char *) bitext_buf_detach(bitext_buf *buf);
/** Release the memory; the buffer can be used again. */
BITEXT_EXTERN(void) bitext_buf_dispose(bitext_buf *buf);

/** Version string of the library, e.g. "0.1.0". */
BITEXT_EXTERN(const char *) bitext_version(void);

#ifdef __cplusplus
}
#endif
#endif
