/*
 * bitext/tmx.h - translation memories: streaming, lossless reading and
 * writing of TMX 1.4b (reads TMX 1.1 to 1.4), language tags, and the
 * translation-memory index used by `bitext tmx lookup`.
 *
 * A memory is read one unit (<tu>) at a time: the reader never holds more
 * than the current unit, whatever the size of the file. Each unit keeps
 * everything the file said about it - tuid, every other attribute, props,
 * notes, every variant (<tuv>) with its attributes, props, notes and its
 * segment exactly as stored - so that writing a unit back loses nothing.
 *
 * Segments. A <seg> is given three ways:
 *   - `seg`:   the inner XML of <seg> as bitext serializes it: text escaped
 *              (&amp; &lt; &gt;, and &quot; nowhere), inline elements
 *              (bpt ept ph it hi ut sub) with their attributes and content.
 *              Whitespace is kept exactly. Writing `seg` back reproduces the
 *              segment (equal after XML canonicalization).
 *   - `text`:  the plain text a reader sees: entities decoded, inline codes
 *              removed (their content - e.g. "&lt;b&gt;" of a <bpt> - is not
 *              text), the text inside <hi> kept. Not normalized: NFC is up to
 *              the commands that build or merge memories.
 *   - `codes`: the inline codes in order, each with its element name,
 *              attributes i/x/type/pos/assoc, raw content and the byte offset
 *              in `text` where it stands. <hi> gives two codes (its start,
 *              kind BITEXT_TMX_CODE_HI, and its end, BITEXT_TMX_CODE_HI_END).
 *              <sub> stays inside the `content` of its code.
 *
 * All strings are UTF-8 and NUL-terminated. A unit returned by the reader is
 * borrowed until the next call to bitext_tmx_reader_next() or _close(). A
 * unit made with bitext_tmx_unit_new() or _dup() belongs to the caller, who
 * frees it with bitext_tmx_unit_free(). Fields of the structs are read-only:
 * change a unit with the bitext_tmx_unit_* functions.
 */
#ifndef BITEXT_TMX_H
#define BITEXT_TMX_H

#include "common.h"
#include "lang.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the unit ------------------------------------------------------------ */

/** One attribute of an element, in document order. */
typedef struct bitext_tmx_attr {
	const char *name;        /* qualified name as in the file, e.g. "xml:lang" */
	const char *value;       /* decoded value */
} bitext_tmx_attr;

/** A <prop type="...">value</prop>. */
typedef struct bitext_tmx_prop {
	const char *type;        /* the type attribute, e.g. "x-score" */
	const char *value;       /* text content (decoded) */
	const char *lang;        /* xml:lang or NULL */
	const char *o_encoding;  /* o-encoding or NULL */
	unsigned order;          /* position among the parent's props and notes */
} bitext_tmx_prop;

/** A <note>text</note>. */
typedef struct bitext_tmx_note {
	const char *text;        /* text content (decoded) */
	const char *lang;        /* xml:lang or NULL */
	const char *o_encoding;  /* o-encoding or NULL */
	unsigned order;          /* position among the parent's props and notes */
} bitext_tmx_note;

/** Kinds of inline codes. */
typedef enum {
	BITEXT_TMX_CODE_BPT,     /* <bpt i= x= type=>: opening native code */
	BITEXT_TMX_CODE_EPT,     /* <ept i=>: closing native code */
	BITEXT_TMX_CODE_PH,      /* <ph x= type= assoc=>: standalone code */
	BITEXT_TMX_CODE_IT,      /* <it pos= x= type=>: isolated begin/end */
	BITEXT_TMX_CODE_UT,      /* <ut x=>: unknown code (deprecated in 1.4) */
	BITEXT_TMX_CODE_HI,      /* <hi x= type=>: start of highlighted text */
	BITEXT_TMX_CODE_HI_END   /* </hi> */
} bitext_tmx_code_kind;

/** An inline code of a segment. */
typedef struct bitext_tmx_code {
	bitext_tmx_code_kind kind;
	const char *i;           /* i attribute (bpt/ept pairing) or NULL */
	const char *x;           /* x attribute or NULL */
	const char *type;        /* type attribute or NULL */
	const char *pos;         /* pos attribute of <it> ("begin"/"end") or NULL */
	const char *assoc;       /* assoc attribute of <ph>/<ut> or NULL */
	const char *content;     /* inner XML of the code (native code, may hold
	                            <sub>); "" for hi and hi-end */
	size_t offset;           /* byte offset in the tuv's `text` */
} bitext_tmx_code;

/** A <tuv>: one language of a unit. */
typedef struct bitext_tmx_tuv {
	const char *lang;        /* xml:lang (or old `lang`) exactly as stored */
	const bitext_tmx_attr *attrs; /* other attributes, document order */
	size_t nattrs;
	const bitext_tmx_prop *props;
	size_t nprops;
	const bitext_tmx_note *notes;
	size_t nnotes;
	const char *seg;         /* inner XML of <seg> (see the top of this file) */
	const char *text;        /* plain text, codes removed */
	size_t text_len;         /* bytes of `text` */
	const bitext_tmx_code *codes;
	size_t ncodes;
} bitext_tmx_tuv;

/** A <tu>. */
typedef struct bitext_tmx_unit {
	const char *tuid;        /* tuid attribute or NULL */
	const bitext_tmx_attr *attrs; /* other attributes (srclang, creationdate,
	                                 changedate, ...), document order */
	size_t nattrs;
	const bitext_tmx_prop *props;
	size_t nprops;
	const bitext_tmx_note *notes;
	size_t nnotes;
	const bitext_tmx_tuv *tuvs;
	size_t ntuvs;
	long line;               /* line of <tu> in the file read, 0 if built */
	long column;             /* column of <tu>, 0 if built */
	void *priv_;             /* private: memory of the unit */
} bitext_tmx_unit;

/** The <header> (and the version of <tmx>). */
typedef struct bitext_tmx_header {
	const char *version;     /* version attribute of <tmx>, e.g. "1.4" */
	const bitext_tmx_attr *attrs; /* every attribute of <header>, in order */
	size_t nattrs;
	const bitext_tmx_prop *props;
	size_t nprops;
	const bitext_tmx_note *notes;
	size_t nnotes;
	const char *ude;         /* raw XML of <ude> elements, or NULL */
	void *priv_;             /* private */
} bitext_tmx_header;

/** Value of attribute `name` in an array of attributes, or NULL. */
BITEXT_EXTERN(const char *) bitext_tmx_attr_get(const bitext_tmx_attr *attrs,
	size_t nattrs, const char *name);

/** Shortcuts: attribute of a unit / a header, or NULL. Borrowed. */
BITEXT_EXTERN(const char *) bitext_tmx_unit_attr(const bitext_tmx_unit *unit,
	const char *name);
BITEXT_EXTERN(const char *) bitext_tmx_header_attr(
	const bitext_tmx_header *header, const char *name);

/**
 * The one name of a prop type that had two: "x-score" for "x-confidence",
 * "x-alignment" for "x-shape" (the names align's TSV output had); any
 * other type as it is.
 */
BITEXT_EXTERN(const char *) bitext_tmx_prop_name(const char *type);

/** Value of the first unit-level prop of type `type`, or NULL; a type that
 * had two names (bitext_tmx_prop_name) is found under either. Borrowed. */
BITEXT_EXTERN(const char *) bitext_tmx_unit_prop(const bitext_tmx_unit *unit,
	const char *type);

/**
 * The variant of `lang` (matched with bitext_lang_match()), or NULL.
 * Borrowed from the unit.
 */
BITEXT_EXTERN(const bitext_tmx_tuv *) bitext_tmx_unit_tuv(
	const bitext_tmx_unit *unit, const char *lang);

/**
 * Learn the language pair of a memory from its header, then from its units
 * as they come (either may be NULL). An empty `src` (size ssz) gets the
 * header's srclang (unless "*all*"), else the first variant's language; an
 * empty `tgt` gets the first variant language that does not match `src`.
 * Languages already there are kept.
 * @return 1 when both are known, else 0
 */
BITEXT_EXTERN(int) bitext_tmx_learn_langs(const bitext_tmx_header *header,
	const bitext_tmx_unit *unit, char *src, size_t ssz, char *tgt,
	size_t tsz);

/* ---- building and changing units ----------------------------------------- */

/** A new empty unit, owned by the caller. @return 0 or BITEXT_ENOMEM */
BITEXT_EXTERN(int) bitext_tmx_unit_new(bitext_tmx_unit **out);

/** A deep copy of `unit` (e.g. of a borrowed unit of the reader). */
BITEXT_EXTERN(int) bitext_tmx_unit_dup(bitext_tmx_unit **out,
	const bitext_tmx_unit *unit);

/** Free a unit made by _new or _dup. NULL is fine. */
BITEXT_EXTERN(void) bitext_tmx_unit_free(bitext_tmx_unit *unit);

/**
 * Add a variant of language `lang` whose segment is the plain text `text`
 * (escaped when written). Text must be valid UTF-8 without characters XML
 * 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF).
 * @return the index of the new variant (>= 0), or BITEXT_EINVAL (bad text)
 *         or BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_tmx_unit_add_tuv(bitext_tmx_unit *unit,
	const char *lang, const char *text);

/**
 * Add a variant whose segment is given as inner XML of <seg> (text and
 * inline codes), e.g. `A <ph x="1">&lt;br/&gt;</ph> B`. The fragment is
 * parsed: `text` and `codes` are derived from it.
 * @return the index of the new variant, or BITEXT_EPARSE when the fragment
 *         is not well-formed or holds elements other than inline codes
 */
BITEXT_EXTERN(int) bitext_tmx_unit_add_tuv_xml(bitext_tmx_unit *unit,
	const char *lang, const char *seg_xml);

/** Replace the segment of variant `tuv` with plain text. */
BITEXT_EXTERN(int) bitext_tmx_unit_set_text(bitext_tmx_unit *unit, int tuv,
	const char *text);

/** Replace the segment of variant `tuv` with inner XML of <seg>. */
BITEXT_EXTERN(int) bitext_tmx_unit_set_seg_xml(bitext_tmx_unit *unit,
	int tuv, const char *seg_xml);

/**
 * How an inline code pairs with its counterpart in another language of the
 * unit: a name both sides give it, and whether it opens or closes a pair.
 */
typedef struct bitext_tmx_code_id {
	char id[48];             /* "bpt 1" / "ept 1" (by i), "ph 3" (by x, else
	                            "ph #N" by position), "it begin" (by x, else
	                            pos), "ut 4", "hi 2" / "/hi 2" (by order) */
	int opens;               /* 1: bpt, <hi>; -1: ept, </hi>; 0: alone */
} bitext_tmx_code_id;

/**
 * Name each of the `tuv->ncodes` inline codes of a variant in `ids` (room
 * for as many), so that the codes of two languages can be compared.
 */
BITEXT_EXTERN(void) bitext_tmx_code_ids(bitext_tmx_code_id *ids,
	const bitext_tmx_tuv *tuv);

/**
 * Rewrite the text of a <seg>'s inner XML, keeping its inline codes: each
 * run of text outside the codes (text inside <hi> included) is passed to
 * `fn`, which appends its version to `out` and returns 1 when it changed
 * it, 0 when not, or a negative error code; tags and the codes' native
 * content are copied as they are. Text is passed as it stands in the XML
 * (entities such as &amp; unexpanded).
 * @return 1 when `fn` changed some text, 0 when not, or `fn`'s error
 */
BITEXT_EXTERN(int) bitext_tmx_seg_map_text(bitext_buf *out,
	const char *seg_xml, int (*fn)(bitext_buf *out, const char *text,
	size_t len, void *payload), void *payload);

/** Set the language of variant `tuv` (e.g. after canonicalization). */
BITEXT_EXTERN(int) bitext_tmx_unit_set_lang(bitext_tmx_unit *unit, int tuv,
	const char *lang);

/** Remove variant `tuv`; later variants move down by one. */
BITEXT_EXTERN(int) bitext_tmx_unit_remove_tuv(bitext_tmx_unit *unit, int tuv);

/**
 * Set (replace or add) attribute `name` of the unit (`tuv` = -1) or of
 * variant `tuv`. "tuid" on the unit sets `tuid`; "xml:lang" on a variant
 * sets its language. A NULL value removes the attribute.
 */
BITEXT_EXTERN(int) bitext_tmx_unit_set_attr(bitext_tmx_unit *unit, int tuv,
	const char *name, const char *value);

/**
 * Add a prop to the unit (`tuv` = -1) or to variant `tuv`. `lang` may be
 * NULL. bitext's own props use types in the x- namespace: x-document,
 * x-paragraph, x-alignment ("2-1"), x-score ("0.93").
 */
BITEXT_EXTERN(int) bitext_tmx_unit_add_prop(bitext_tmx_unit *unit, int tuv,
	const char *type, const char *value, const char *lang);

/** Set the first prop of `type` (adds one when none); NULL value removes all. */
BITEXT_EXTERN(int) bitext_tmx_unit_set_prop(bitext_tmx_unit *unit, int tuv,
	const char *type, const char *value);

/** Add a note to the unit (`tuv` = -1) or to variant `tuv`. */
BITEXT_EXTERN(int) bitext_tmx_unit_add_note(bitext_tmx_unit *unit, int tuv,
	const char *text, const char *lang);

/** A new header (for the writer), owned by the caller. */
BITEXT_EXTERN(int) bitext_tmx_header_new(bitext_tmx_header **out);
/** A deep copy of a header (e.g. the reader's). */
BITEXT_EXTERN(int) bitext_tmx_header_dup(bitext_tmx_header **out,
	const bitext_tmx_header *header);
/** Set (or with NULL remove) a header attribute: srclang, datatype... */
BITEXT_EXTERN(int) bitext_tmx_header_set_attr(bitext_tmx_header *header,
	const char *name, const char *value);
/**
 * Give the header each attribute TMX 1.4b requires that it lacks, with the
 * value the writer would fill in (bitext_tmx_writer_open): for a writer of
 * the same memory elsewhere, such as the review page's TMX export.
 */
BITEXT_EXTERN(int) bitext_tmx_header_complete(bitext_tmx_header *header);
/** Add a header-level prop / note. */
BITEXT_EXTERN(int) bitext_tmx_header_add_prop(bitext_tmx_header *header,
	const char *type, const char *value, const char *lang);
BITEXT_EXTERN(int) bitext_tmx_header_add_note(bitext_tmx_header *header,
	const char *text, const char *lang);
/** Free a header made by _new or _dup. NULL is fine. */
BITEXT_EXTERN(void) bitext_tmx_header_free(bitext_tmx_header *header);

/* ---- reading ------------------------------------------------------------- */

typedef struct bitext_tmx_reader bitext_tmx_reader;

/** What a problem found while reading is about. */
typedef enum {
	BITEXT_TMX_PROBLEM_XML,         /* not well-formed (recovered) */
	BITEXT_TMX_PROBLEM_STRUCTURE,   /* unexpected/missing element */
	BITEXT_TMX_PROBLEM_ATTRIBUTE,   /* missing or bad required attribute */
	BITEXT_TMX_PROBLEM_LANG,        /* language tag that is not BCP 47 */
	BITEXT_TMX_PROBLEM_UNIT_SKIPPED /* a unit dropped (recover mode) */
} bitext_tmx_problem_kind;

/** A problem reported while reading (valid during the callback only). */
typedef struct bitext_tmx_problem {
	bitext_tmx_problem_kind kind;
	const char *msgid;       /* message key (locales/.../tmx.txt) */
	const char *args[4];     /* its string arguments */
	int nargs;
	const char *message;     /* formatted message in the UI language */
	const char *file;
	long line;               /* 1-based, 0 unknown */
	long column;             /* 1-based, 0 unknown */
} bitext_tmx_problem;

/** Reader flags. */
enum {
	/** go on after problems: skip invalid units; after broken XML, skip
	 * the unit it is in and go on at the next "<tu" (files in UTF-8 or a
	 * single-byte encoding; not UTF-16); each problem goes to the
	 * callback, and the skipped units are counted */
	BITEXT_TMX_READ_RECOVER = 1 << 0,
	/** report structural problems (unknown elements, missing attributes)
	 * to the callback instead of failing, and keep the unit (validate) */
	BITEXT_TMX_READ_LENIENT = 1 << 1,
	/** XLIFF and PO (bitext_tm_reader): hand out untranslated segments
	 * and entries too, with an empty target variant (what `check` looks
	 * at); without it only translated ones are read */
	BITEXT_TMX_READ_UNTRANSLATED = 1 << 2
};

/**
 * Progress of a long read: called every 100,000 units with the number of
 * units read so far by that reader (a memory read twice counts twice).
 */
typedef void (*bitext_tmx_progress_cb)(size_t units, void *payload);

typedef struct bitext_tmx_reader_options {
	unsigned int version;
	unsigned int flags;      /* BITEXT_TMX_READ_* */
	/** called for each problem found in RECOVER or LENIENT mode; NULL to
	 * count only */
	void (*on_problem)(const bitext_tmx_problem *p, void *payload);
	void *payload;
	bitext_tmx_progress_cb progress; /* or NULL (version 2) */
	void *progress_payload;          /* passed to progress */
} bitext_tmx_reader_options;

#define BITEXT_TMX_READER_OPTIONS_VERSION 2
#define BITEXT_TMX_READER_OPTIONS_INIT \
	{ BITEXT_TMX_READER_OPTIONS_VERSION, 0, NULL, NULL, NULL, NULL }

/** Counters of a reader. */
typedef struct bitext_tmx_reader_stats {
	size_t units;            /* units returned */
	size_t skipped;          /* units dropped (RECOVER) */
	size_t problems;         /* problems reported */
} bitext_tmx_reader_stats;

/**
 * Open a memory for reading ("-" = stdin) and read up to its <body>: the
 * header is available at once. UTF-8 and UTF-16 (with BOM) files, with or
 * without DOCTYPE, TMX 1.1 to 1.4. No network access, no external entity,
 * no DTD is ever loaded; entity expansion is bounded.
 * `opts` may be NULL.
 * @return 0, BITEXT_ENOTFOUND, BITEXT_EIO, BITEXT_EPARSE (with position),
 *         BITEXT_ELIMIT
 */
BITEXT_EXTERN(int) bitext_tmx_reader_open(bitext_tmx_reader **out,
	const char *path, const bitext_tmx_reader_options *opts);

/**
 * The next unit. `*unit` is borrowed until the next call or _close.
 * @return 1 with a unit, 0 at the end of the memory, or a negative code
 *         (BITEXT_EPARSE with file/line/column in the last error)
 */
BITEXT_EXTERN(int) bitext_tmx_reader_next(bitext_tmx_reader *r,
	const bitext_tmx_unit **unit);

/** The header of the memory. Borrowed from the reader. */
BITEXT_EXTERN(const bitext_tmx_header *) bitext_tmx_reader_header(
	bitext_tmx_reader *r);

/** Counters so far. */
BITEXT_EXTERN(void) bitext_tmx_reader_stats_get(bitext_tmx_reader *r,
	bitext_tmx_reader_stats *out);

/** Close the reader. NULL is fine. */
BITEXT_EXTERN(void) bitext_tmx_reader_close(bitext_tmx_reader *r);

/* ---- writing ------------------------------------------------------------- */

typedef struct bitext_tmx_writer bitext_tmx_writer;

/** Writer flags. */
enum {
	/** write xml:lang in canonical BCP 47 form (en_us -> en-US) */
	BITEXT_TMX_WRITE_CANONICAL_LANG = 1 << 0,
	/** give units without creationdate the current time (UTC) */
	BITEXT_TMX_WRITE_CREATIONDATE = 1 << 1,
	/** give units without tuid a running number */
	BITEXT_TMX_WRITE_TUID = 1 << 2,
	/** write a DOCTYPE naming tmx14.dtd */
	BITEXT_TMX_WRITE_DOCTYPE = 1 << 3
};

/** What new memories get: canonical languages, dates, tuids, DOCTYPE. */
#define BITEXT_TMX_WRITE_DEFAULT (BITEXT_TMX_WRITE_CANONICAL_LANG | \
	BITEXT_TMX_WRITE_CREATIONDATE | BITEXT_TMX_WRITE_TUID | \
	BITEXT_TMX_WRITE_DOCTYPE)

typedef struct bitext_tmx_writer_options {
	unsigned int version;
	unsigned int flags;      /* BITEXT_TMX_WRITE_*; 0 writes units as given
	                            (what `check --fix` wants) */
} bitext_tmx_writer_options;

#define BITEXT_TMX_WRITER_OPTIONS_VERSION 1
#define BITEXT_TMX_WRITER_OPTIONS_INIT \
	{ BITEXT_TMX_WRITER_OPTIONS_VERSION, BITEXT_TMX_WRITE_DEFAULT }

/**
 * Start writing a TMX 1.4b memory to `path` ("-" = stdout), atomically: the
 * file appears only at _commit. `header` may be NULL; attributes it lacks
 * among those TMX 1.4b requires are filled in (creationtool "bitext",
 * creationtoolversion, segtype "sentence", o-tmf "bitext", adminlang
 * "en-US", datatype "plaintext", srclang "*all*"); the others are written
 * as given. `opts` may be NULL (BITEXT_TMX_WRITER_OPTIONS_INIT).
 * Memory use is constant: each unit is written at once.
 */
BITEXT_EXTERN(int) bitext_tmx_writer_open(bitext_tmx_writer **out,
	const char *path, const bitext_tmx_header *header,
	const bitext_tmx_writer_options *opts);

/** Write one unit (copied out at once; the caller keeps it). */
BITEXT_EXTERN(int) bitext_tmx_writer_add(bitext_tmx_writer *w,
	const bitext_tmx_unit *unit);

/** Units written so far. */
BITEXT_EXTERN(size_t) bitext_tmx_writer_count(const bitext_tmx_writer *w);

/** Close the document, flush and rename into place; frees `w`. */
BITEXT_EXTERN(int) bitext_tmx_writer_commit(bitext_tmx_writer *w);

/** Drop everything written; the destination is untouched. NULL is fine. */
BITEXT_EXTERN(void) bitext_tmx_writer_abort(bitext_tmx_writer *w);

/* ---- text helpers -------------------------------------------------------- */

/**
 * Put the segments of every variant of `unit` in Unicode NFC (text and seg;
 * code contents untouched). `changed` (may be NULL) receives the number of
 * variants whose text changed.
 */
BITEXT_EXTERN(int) bitext_tmx_unit_nfc(bitext_tmx_unit *unit, size_t *changed);

/* ---- TMX files -------------------------------------------------------------- */

/**
 * 1 when bytes (the start of a file) look like TMX: <?xml, <!DOCTYPE or
 * <tmx after an optional UTF-8 BOM and white space, or UTF-16 with a BOM.
 * A TSV/CSV row that starts with another tag is not TMX.
 */
BITEXT_EXTERN(int) bitext_tmx_sniff(const char *data, size_t n);

/** Problems go to this callback (valid during the call only). */
typedef void (*bitext_tmx_problem_cb)(const bitext_tmx_problem *p,
	void *payload);

/**
 * Check a TMX file: well-formedness, structure, required attributes of
 * <header> (TMX 1.4b), language tags (BCP 47), duplicate tuids, empty
 * segments, text not in NFC. Every problem goes to `opts->on_problem`
 * with its line and column, and progress to `opts->progress`; the file is
 * always read leniently (`opts->flags` is not used). `opts` may be NULL.
 * `*problems` receives the number of problems and `*units` the units read.
 * @return 0 when the check ran (even with problems), or BITEXT_ENOTFOUND /
 *         BITEXT_EIO when the file cannot be read
 */
BITEXT_EXTERN(int) bitext_tmx_validate(const char *path,
	const bitext_tmx_reader_options *opts, size_t *units, size_t *problems);

#ifdef __cplusplus
}
#endif
#endif
