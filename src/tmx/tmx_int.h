/*
 * tmx_int.h - what the TMX files of libbitext share (tmx_unit.c, tmx_lang.c,
 * tmx_read.c, tmx_write.c, tmx_convert.c, tmx_lookup.c): the string pool
 * that holds a unit's memory, array growth inside it, escaping, and the
 * parser of <seg> content used both by the reader and by
 * bitext_tmx_unit_add_tuv_xml().
 */
#ifndef BITEXT_TMX_INT_H
#define BITEXT_TMX_INT_H

#include "bitext/tmx.h"
#include "bitext/tm.h"
#include "bitext/errors.h"
#include "util/arena.h"

#include <libxml/xmlreader.h>
#include <stdio.h>

#define NOMEM() bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL)

/*
 * The memory of a unit: an arena (arena.h) that the reader resets between
 * units without returning its largest chunk to malloc, and the count of
 * bytes handed out since the last reset (for BITEXT_MAX_TMX_UNIT_BYTES).
 * A zero-filled pool is empty.
 */
typedef struct tmx_pool {
	bitext_arena arena;   /* every string and array */
	size_t total;         /* bytes handed out since the last reset */
} tmx_pool;

void *bitext_tmx__pool_alloc(tmx_pool *p, size_t n);
char *bitext_tmx__pool_strndup(tmx_pool *p, const char *s, size_t n);
char *bitext_tmx__pool_strdup(tmx_pool *p, const char *s);   /* NULL -> NULL */
void bitext_tmx__pool_reset(tmx_pool *p);      /* keep the newest chunk */
void bitext_tmx__pool_dispose(tmx_pool *p);

/*
 * Make room for element n (0-based) of an array kept in the pool. Capacity
 * is implied by n: 0 -> 4 -> 8 -> 16 ..., so no capacity is stored.
 */
int bitext_tmx__pool_grow(tmx_pool *p, void **arr, size_t n, size_t elem);

/* The private part of a unit or header (priv_). */
typedef struct tmx_owner {
	tmx_pool pool;
} tmx_owner;

/* Pool of a unit / header; NULL when the struct was not made by us. */
#define TMX_POOL(obj) (&((tmx_owner *)(obj)->priv_)->pool)

/* Empty a unit kept by the reader (keeps its pool's memory). */
void bitext_tmx__unit_clear(bitext_tmx_unit *u);
/* The k-th (from 0) variant of `lang` in a unit: a memory of one language
 * against itself (en against en) holds two variants of it. */
const bitext_tmx_tuv *bitext_tmx__unit_tuv_nth(const bitext_tmx_unit *u,
	const char *lang, size_t k);
/* How many of langs[0..n) are `lang` (a column's k for the above). */
size_t bitext_tmx__langs_matching(char *const *langs, size_t n,
	const char *lang);
/* Append a variant whose <seg> inner XML, text and codes were derived
 * already (as bitext_tmx__seg_parse derives them from `seg`): copied into
 * the unit. Its index, or an error (BITEXT_EPARSE for a character XML
 * does not allow). */
int bitext_tmx__unit_add_tuv_parts(bitext_tmx_unit *u, const char *lang,
	const char *seg, const char *text, size_t text_len,
	const bitext_tmx_code *codes, size_t ncodes);
int bitext_tmx__unit_init(bitext_tmx_unit *u);
void bitext_tmx__unit_dispose(bitext_tmx_unit *u);
int bitext_tmx__header_init(bitext_tmx_header *h);
void bitext_tmx__header_dispose(bitext_tmx_header *h);

/* Appending to the arrays of a unit, a variant or a header. */
int bitext_tmx__attrs_add(tmx_pool *p, const bitext_tmx_attr **attrs, size_t *n,
	const char *name, const char *value);
int bitext_tmx__props_add(tmx_pool *p, const bitext_tmx_prop **props, size_t *n,
	unsigned order, const char *type, const char *value, const char *lang,
	const char *o_encoding);
int bitext_tmx__notes_add(tmx_pool *p, const bitext_tmx_note **notes, size_t *n,
	unsigned order, const char *text, const char *lang,
	const char *o_encoding);
/* A new empty variant at the end; *out is its index. */
int bitext_tmx__tuvs_add(tmx_pool *p, bitext_tmx_unit *u, int *out);

/*
 * Check that `s` is UTF-8 made only of characters XML 1.0 allows. On a bad
 * byte or character, returns its byte offset; (size_t)-1 when all is well.
 */
size_t bitext_tmx__xml_text_check(const char *s, size_t n);

/*
 * Parse the content of a <seg> on which `r` stands (an element start),
 * reading up to and including its end. Fills tuv->seg, text, text_len,
 * codes from memory of `p`. Problems (unknown elements) are returned as
 * BITEXT_EPARSE with error set; `lenient` keeps unknown elements as raw
 * transparent markup instead.
 */
typedef struct tmx_seg_ctx {
	bitext_buf seg;       /* scratch: raw inner XML */
	bitext_buf text;      /* scratch: plain text */
	bitext_buf content;   /* scratch: a code's raw content */
	const char *entity;   /* name of an entity reference met, or NULL */
	const char *unknown_name; /* an element that is not inline markup */
} tmx_seg_ctx;

int bitext_tmx__seg_parse(xmlTextReaderPtr r, tmx_pool *p, bitext_tmx_tuv *tuv,
	tmx_seg_ctx *ctx, int *unknown_element);
void bitext_tmx__seg_ctx_dispose(tmx_seg_ctx *ctx);

/* libxml2's strings as C strings. */
static inline const char *cstr(const xmlChar *s)
{
	return (const char *)s;
}

/*
 * Write the start tag of the element the reader stands on to `a` (and `b`),
 * without its closing '>' or '/>'; fill `code`'s attributes when given.
 * *empty tells whether the element is empty.
 */
int bitext_tmx__start_tag(xmlTextReaderPtr xr, bitext_buf *a, bitext_buf *b,
	tmx_pool *p, bitext_tmx_code *code, int *empty);

/* 1 for the reader's text node types (text, CDATA, white space). */
int bitext_tmx__is_text_node(int type);

/*
 * Copy the content of the element the reader stands on (not empty), up to
 * its end tag included, as raw XML to `a` and `b` (either may be NULL).
 * Returns 1 on success, or the result of xmlTextReaderRead (0/-1) on a
 * broken document, or BITEXT_EPARSE for an entity reference.
 */
int bitext_tmx__raw_content(xmlTextReaderPtr xr, bitext_buf *a, bitext_buf *b);

/*
 * Hand cb(problem, payload) a problem of `kind` at file:line:col whose
 * message is msgid formatted with a0, a1 (NULL = ""). The problem and its
 * strings live only during the call (reader and validator share this).
 */
void bitext_tmx__problem_emit(bitext_tmx_problem_cb cb, void *payload,
	bitext_tmx_problem_kind kind, const char *file, long line, long col,
	const char *msgid, const char *a0, const char *a1);

/* Column of the first "<name" (or "<" for NULL) on a line of the file
 * read, 1 when unknown. */
long bitext_tmx__reader_column(bitext_tmx_reader *r, long line, const char *name);

/* Line of <header> in the file read (0 when there is none). */
long bitext_tmx__reader_header_line(bitext_tmx_reader *r);
/* 1 when the reader reads another root than <tmx> (XLIFF). */
int bitext_tmx__reader_other(bitext_tmx_reader *r);

/*
 * A language tag as it enters from a memory (a <tuv>'s xml:lang, a
 * header's srclang, XLIFF's source-language, a PO header's Language):
 * 1 with its canonical BCP 47 form in `canon`; 0 when it is not one, with
 * the problem's message id and second argument in *msgid and a1 (the hint
 * of bitext_lang_canonicalize, "ko" for kr, or else `attr`: the tag is the
 * first); BITEXT_ENOMEM.
 */
int bitext_tmx__lang_check(const char *tag, const char *attr,
	bitext_buf *canon, const char **msgid, char *a1, size_t a1sz);
/*
 * The same for a reader at line/col: 1 with the canonical form in `canon`;
 * a tag that is not one is a problem (bitext_tmx__read_problem): the
 * error, or with RECOVER/LENIENT 0 (the caller keeps the tag as written).
 */
int bitext_tmx__read_lang(bitext_tmx_reader *r, long line, long col,
	const char *tag, const char *attr, bitext_buf *canon);

/*
 * The reader's XML stream, for the readers of other XML memories built on
 * it (xliff_read.c): open accepting another root element as well, read by
 * `other` (NULL: TMX only),
 * one node (xmlTextReaderRead with libxml2's errors in our words: 1, 0 at
 * the end, or the error), a problem (an error, or with RECOVER/LENIENT a
 * report and the unit marked bad), a read that failed inside an element,
 * the line and column of the current node, and the reader's parts.
 */
typedef struct tmx_root_reader {
	const char *root;        /* name of the root element it reads */
	int (*start)(bitext_tmx_reader *r, void **state); /* on the root */
	int (*next)(bitext_tmx_reader *r, void *state,
		const bitext_tmx_unit **unit);   /* as bitext_tmx_reader_next */
	void (*free)(void *state);
} tmx_root_reader;
int bitext_tmx__reader_open_xml(bitext_tmx_reader **out, const char *path,
	const bitext_tmx_reader_options *opts, const tmx_root_reader *other);
int bitext_tmx__read_node(bitext_tmx_reader *r);
int bitext_tmx__read_problem(bitext_tmx_reader *r, bitext_tmx_problem_kind kind,
	long line, long col, const char *msgid, const char *a0, const char *a1);
int bitext_tmx__read_fail(bitext_tmx_reader *r, int ret);
long bitext_tmx__read_line(bitext_tmx_reader *r);
long bitext_tmx__read_col(bitext_tmx_reader *r, long line);
xmlTextReaderPtr bitext_tmx__reader_xml(bitext_tmx_reader *r);
bitext_tmx_unit *bitext_tmx__reader_unit(bitext_tmx_reader *r);
bitext_tmx_header *bitext_tmx__reader_header_mut(bitext_tmx_reader *r);
bitext_tmx_reader_stats *bitext_tmx__reader_counts(bitext_tmx_reader *r);
void bitext_tmx__reader_progress(bitext_tmx_reader *r, size_t units);
/* The current unit had a problem (RECOVER: skip it); the reader's flags. */
int *bitext_tmx__reader_unit_bad(bitext_tmx_reader *r);
unsigned bitext_tmx__reader_flags(bitext_tmx_reader *r);
const char *bitext_tmx__reader_path(bitext_tmx_reader *r);

/* XLIFF (xliff_read.c), for bitext_tmx__reader_open_xml's `other`. */
extern const tmx_root_reader bitext_tmx__xliff_reader;

/*
 * gettext PO (po.c): read from an open file (the path for messages) - start
 * reads the header entry and gives the languages; next fills `u` (1, 0 at
 * the end, or an error) - and written: the header entry, then each unit
 * (`*open`: a plural entry is being written, for its further forms).
 */
typedef struct tmx_po tmx_po;
int bitext_tmx__po_open(tmx_po **out, FILE *f, const char *path);
int bitext_tmx__po_start(tmx_po *p, const char **srclang,
	const char **tgtlang, const char **plural_forms);
/* With `skipped` (recovering), an entry whose text XML cannot hold (a
 * control character such as \v) is passed over: 2, with the line of its
 * msgid in *skipped. */
int bitext_tmx__po_next(tmx_po *p, bitext_tmx_unit *u, long *skipped);
/* Hand out entries whose msgstr is empty too (BITEXT_TMX_READ_UNTRANSLATED). */
void bitext_tmx__po_untranslated(tmx_po *p);
/* Line of the header entry (msgid ""), 0 when the file has none. */
long bitext_tmx__po_header_line(const tmx_po *p);
/* Give the source (tgt 0) or target (1) language another spelling (its
 * canonical form); the copy goes to *out. */
int bitext_tmx__po_set_lang(tmx_po *p, int tgt, const char *lang,
	const char **out);
void bitext_tmx__po_close(tmx_po *p);
int bitext_tmx__po_write_header(bitext_buf *b, const char *srclang,
	const char *tgtlang, const char *plural_forms);
int bitext_tmx__po_write_unit(bitext_buf *b, const bitext_tmx_unit *u,
	const bitext_tmx_tuv *s, const bitext_tmx_tuv *t, int *open);

/*
 * XLIFF 1.2 (v2 = 0) or 2.0 written unit by unit (xliff_write.c) into a
 * buffer the caller writes out: _unit appends one unit (1, or 0 when it
 * lacks a language), _end closes the document.
 */
typedef struct tmx_xliff_writer tmx_xliff_writer;
int bitext_tmx__xliff_writer_new(tmx_xliff_writer **out, int v2,
	const bitext_tmx_header *h, const char *const *langs);
int bitext_tmx__xliff_writer_unit(tmx_xliff_writer *w, bitext_buf *b,
	const bitext_tmx_unit *u);
int bitext_tmx__xliff_writer_end(tmx_xliff_writer *w, bitext_buf *b);
void bitext_tmx__xliff_writer_free(tmx_xliff_writer *w);

/*
 * NFC form of a unit: `*out` is `u` itself when every segment is already
 * in NFC (fast check), else a normalized copy the caller frees with
 * bitext_tmx_unit_free (*copy set then). `*changed` += segments changed.
 */
int bitext_tmx__unit_nfc_view(const bitext_tmx_unit *u, const bitext_tmx_unit **out,
	bitext_tmx_unit **copy, size_t *changed);

/* Report progress to `cb` (may be NULL) every 100,000 units. */
void bitext_tmx__progress(bitext_tmx_progress_cb cb, void *payload,
	size_t units);

/*
 * Copy the options struct a caller passed (`src`, NULL keeps the defaults
 * already in `dst`) into `dst` of `size` bytes. Every options struct starts
 * with its `unsigned int version`; one built against version 1 has only
 * its first `v1_size` bytes, so the fields added in version 2 (progress)
 * keep their defaults.
 */
void bitext_tmx__options_copy(void *dst, const void *src, size_t size,
	size_t v1_size);

/* The current time as ISO 8601 basic UTC: 20261127T093000Z (17 bytes). */
void bitext_tmx__now(char out[32]);

#endif
