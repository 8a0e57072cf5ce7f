/*
 * tmx_read.c - the streaming TMX reader (bitext_tmx_reader_*).
 *
 * Built on libxml2's xmlTextReader: the file is parsed in small chunks and
 * only the current <tu> is kept, in one unit whose pool is reset between
 * units, so memory stays flat whatever the size of the memory.
 *
 * Safety: the parser never touches the network (XML_PARSE_NONET), never
 * loads the DTD or external entities (no XML_PARSE_DTDLOAD / NOENT /
 * DTDVALID), and libxml2's own entity-amplification checks stay on (no
 * XML_PARSE_HUGE). An entity reference found in content is refused: TMX
 * has no use for them, and refusing them keeps XXE out.
 *
 * Accepted documents: <tmx version=1.1..1.4> <header .../> <body> <tu>...;
 * UTF-8 or UTF-16 with BOM (libxml2 detects the encoding), DOCTYPE or not,
 * `xml:lang` or the TMX 1.1 `lang` on <tuv>. Everything is kept: see the
 * segment representation at the top of bitext/tmx.h.
 *
 * Problems: malformed XML comes from libxml2's structured error handler,
 * with line and column. Where libxml2's wording misleads, the error is put
 * in our words (read_xml_classify): an empty file, a binary file, a file
 * that does not start with markup, a file cut short (the elements left
 * open are named, or the cut UTF-8 character), bad UTF-8, entity loops and
 * undeclared entities. To tell those apart the reader keeps the first
 * bytes of the file (head) and the last four fed to the parser (tail).
 * A directory is refused before libxml2 sees it. Structural problems (a <tuv> without language or
 * <seg>, a <tu> without <tuv>, unknown elements) fail the read unless
 * RECOVER (the unit is skipped and counted) or LENIENT (the unit is kept)
 * is asked; both report each problem to the caller's callback. With
 * RECOVER, broken XML is skipped too: libxml2 stops at the first fatal
 * error, so read_resync() starts a new parser at the next "<tu" after the
 * error, fed "<tmx><body>" first (byte offsets found by scanning the file:
 * UTF-8 or single-byte encodings only).
 *
 * Positions: the line of an element is its node's; the column is the
 * parser's when it is still on that line, else found by reading the line
 * back from the file (bitext_tmx__reader_column), only when a problem is reported.
 */
#include "tmx/tmx_int.h"
#include "util/limits.h"
#include "util/xml_scan.h"
#include "bitext/msg.h"
#include "bitext/lang.h"

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* bytes of the start of a file kept to explain a failure */
#define TMX_HEAD_BYTES 4096

struct bitext_tmx_reader {
	xmlTextReaderPtr xr;
	int fd;                       /* file read, -1 for none */
	char *path;                   /* name shown in messages */
	bitext_tmx_reader_options opts;
	bitext_tmx_header header;     /* filled by open */
	bitext_tmx_unit unit;         /* the current unit, reused */
	tmx_seg_ctx seg;              /* scratch of the segment parser */
	bitext_buf text;              /* scratch: text of props and notes */
	bitext_buf lang;              /* scratch: canonical language tags */
	bitext_tmx_reader_stats stats;
	int xml_error;                /* libxml2 reported an error */
	const char *xml_msgid;        /* our message for it (tmx_xml_error ...) */
	char *xml_msg;                /* its arguments */
	char *xml_arg1;
	char *xml_arg2;
	long xml_line, xml_col;
	int xml_fatal_file;           /* not a memory at all (empty, binary) */
	unsigned char head[TMX_HEAD_BYTES]; /* first bytes of the file */
	size_t head_len;
	unsigned char tail[4];        /* last bytes fed to the parser */
	size_t tail_len;
	off_t fed;                    /* bytes of the file fed so far */
	int eof;                      /* the file has been read to its end */
	int unit_bad;                 /* the current unit had a problem */
	int done;                     /* end of body seen */
	int drained;                  /* the rest of the document read */
	/* recovery from broken XML (RECOVER, UTF-8 files only): restart a
	 * parser at the next "<tu" after the error, see read_resync() */
	int can_resync;               /* the file allows it */
	int can_col;                  /* a UTF-8 regular file: columns exact */
	long line_base;               /* lines before the current parser's start */
	off_t feed_off;               /* next byte of the file to hand libxml2 */
	const char *prefix;           /* bytes handed before the file's */
	size_t prefix_len;
	off_t resync_off;             /* where the last restart began */
	long header_line;             /* line of <header> */
	off_t scan_off;               /* a line start known ... */
	long scan_line;               /* ... and its line number (1-based) */
	const tmx_root_reader *other; /* another root welcome (XLIFF) ... */
	void *other_state;            /* ... and its state once it is read */
	int reading_other;
	bitext_xml_scan attr_scan;    /* attributes and names counted before libxml2 */
	int attrs_over;               /* a start tag had too many */
};



/* ---- positions and problems ---------------------------------------------- */

long bitext_tmx__read_line(bitext_tmx_reader *r)
{
	xmlNodePtr n = xmlTextReaderCurrentNode(r->xr);
	long line = n ? xmlGetLineNo(n) : -1;

	return (line > 0 ? line : xmlTextReaderGetParserLineNumber(r->xr)) +
		r->line_base;
}

/* The parser's column when it is still on the node's line, else 1. */
long bitext_tmx__read_col(bitext_tmx_reader *r, long line)
{
	if (xmlTextReaderGetParserLineNumber(r->xr) + r->line_base == line)
		return xmlTextReaderGetParserColumnNumber(r->xr);
	return 1;
}

static off_t read_line_offset(bitext_tmx_reader *r, long line);

/*
 * Column (in characters) of the first "<name" on line `line` of the file
 * (of the first "<" when name is NULL), read back from the file; 1 when it
 * cannot be known (UTF-16, standard input). Problems are rare: the cost
 * does not matter, and the line offsets are found by one forward scan.
 */
long bitext_tmx__reader_column(bitext_tmx_reader *r, long line, const char *name)
{
	char buf[8192];
	size_t nl = name ? strlen(name) : 0;
	ssize_t n, i;
	off_t off;
	long col = 1;
	char c;

	if (!r || !r->can_col || line <= 0)
		return 1;
	off = read_line_offset(r, line);
	if (off < 0)
		return 1;
	n = pread(r->fd, buf, sizeof(buf), off);
	for (i = 0; i < n && buf[i] != '\n'; i++) {
		if (buf[i] == '<' && (!nl || ((size_t)(n - i - 1) > nl &&
		    !memcmp(buf + i + 1, name, nl) &&
		    ((c = buf[i + 1 + nl]) == ' ' || c == '>' || c == '/' ||
		     c == '\t' || c == '\r' || c == '\n'))))
			return col;
		col += ((unsigned char)buf[i] & 0xC0) != 0x80;
	}
	return 1;
}

/* The element a problem message is about, for its column. */
static const char *read_problem_elem(const char *msgid, const char *a0,
	const char *a1)
{
	if (!strcmp(msgid, "tmx_missing_attr") ||
	    !strcmp(msgid, "tmx_missing_element"))
		return a1;
	if (!strcmp(msgid, "tmx_unexpected_element"))
		return a0;
	if (!strcmp(msgid, "tmx_entity"))
		return "seg";
	return NULL;
}

void bitext_tmx__problem_emit(bitext_tmx_problem_cb cb, void *payload,
	bitext_tmx_problem_kind kind, const char *file, long line, long col,
	const char *msgid, const char *a0, const char *a1)
{
	bitext_tmx_problem p;
	bitext_buf msg = BITEXT_BUF_INIT;

	memset(&p, 0, sizeof(p));
	p.kind = kind;
	p.msgid = msgid;
	p.args[0] = a0 ? a0 : "";
	p.args[1] = a1 ? a1 : "";
	p.nargs = 2;
	bitext_msg_formatv(&msg, msgid, p.args, 2);
	p.message = msg.ptr ? msg.ptr : msgid;
	p.file = file;
	p.line = line;
	p.column = col;
	cb(&p, payload);
	bitext_buf_dispose(&msg);
}

/*
 * Report a problem of kind `kind` at line/col. In RECOVER or LENIENT mode
 * it goes to the callback and the unit is marked; otherwise it becomes the
 * error and BITEXT_EPARSE is returned.
 */
int bitext_tmx__read_problem(bitext_tmx_reader *r, bitext_tmx_problem_kind kind,
	long line, long col, const char *msgid, const char *a0, const char *a1)
{
	r->stats.problems++;
	if (col <= 1 && kind != BITEXT_TMX_PROBLEM_XML)
		col = bitext_tmx__reader_column(r, line, read_problem_elem(msgid, a0, a1));
	else if (col <= 1 && !strcmp(msgid, "tmx_entity"))
		col = bitext_tmx__reader_column(r, line, "seg");
	if (!(r->opts.flags & (BITEXT_TMX_READ_RECOVER | BITEXT_TMX_READ_LENIENT))) {
		bitext_error_set(BITEXT_EPARSE, msgid, a0 ? a0 : "", a1 ? a1 : "",
			NULL);
		bitext_error_locate(r->path, line, col, -1);
		return BITEXT_EPARSE;
	}
	r->unit_bad = 1;
	if (r->opts.on_problem)
		bitext_tmx__problem_emit(r->opts.on_problem, r->opts.payload, kind, r->path,
			line, col, msgid, a0, a1);
	return 0;
}

int bitext_tmx__lang_check(const char *tag, const char *attr,
	bitext_buf *canon, const char **msgid, char *a1, size_t a1sz)
{
	const bitext_error *e;

	bitext_buf_clear(canon);
	if (bitext_lang_canonicalize(canon, tag, 0) == 0 && canon->ptr)
		return 1;
	e = bitext_error_last();
	if (e && e->code == BITEXT_ENOMEM)
		return BITEXT_ENOMEM;
	if (e && e->msgid && !strcmp(e->msgid, "lang_bad_tag_hint") &&
	    e->nargs >= 2) {
		*msgid = "lang_bad_tag_hint";
		snprintf(a1, a1sz, "%s", e->args[1]);
	} else {
		*msgid = "tmx_v_lang";
		snprintf(a1, a1sz, "%s", attr);
	}
	bitext_error_clear();
	return 0;
}

int bitext_tmx__read_lang(bitext_tmx_reader *r, long line, long col,
	const char *tag, const char *attr, bitext_buf *canon)
{
	const char *msgid;
	char a1[64];
	int ok = bitext_tmx__lang_check(tag, attr, canon, &msgid, a1, sizeof(a1));

	if (ok != 0)
		return ok;
	return bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_LANG, line, col,
		msgid, tag, a1);
}

/* The file looks binary: NUL bytes at its start, and no UTF-16/32 mark
 * or "<" next to a NUL (UTF-16 without BOM, which libxml2 detects). */
static int read_head_binary(const bitext_tmx_reader *r)
{
	const unsigned char *h = r->head;
	size_t n = r->head_len;

	if (n >= 2 && ((h[0] == 0xFF && h[1] == 0xFE) ||
	    (h[0] == 0xFE && h[1] == 0xFF) || (h[0] == '<' && h[1] == 0) ||
	    (h[0] == 0 && h[1] == '<') || (h[0] == 0 && h[1] == 0 && n >= 4 &&
	     (h[2] == 0xFE || h[2] == '<' || (h[2] == 0 && h[3] == '<')))))
		return 0;
	return memchr(h, 0, n) != NULL;
}

/* The last bytes fed end inside a UTF-8 sequence. */
static int read_tail_cut_utf8(const bitext_tmx_reader *r)
{
	size_t i, need;
	unsigned char c;

	for (i = r->tail_len; i-- > 0;) {
		c = r->tail[i];
		if ((c & 0xC0) == 0x80)
			continue;
		need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		return r->tail_len - i < need && c >= 0xC0;
	}
	return 0;
}

/* Line and column of the first "<!ENTITY" in the head of the file. */
static int read_head_entity(const bitext_tmx_reader *r, long *line,
	long *col)
{
	size_t i;
	long l = 1, c = 1;

	for (i = 0; i + 8 <= r->head_len; i++) {
		if (!memcmp(r->head + i, "<!ENTITY", 8)) {
			*line = l + r->line_base;
			*col = c;
			return 1;
		}
		if (r->head[i] == '\n') {
			l++;
			c = 1;
		} else {
			c += (r->head[i] & 0xC0) != 0x80;
		}
	}
	return 0;
}

/*
 * The parser stopped at the end of the input: everything fed was parsed
 * (only blanks left) and the file has no more bytes. Then errors such as
 * "Extra content at the end of the document" or "Couldn't find end of
 * Start Tag" mean the file was cut short.
 */
static int read_at_end(bitext_tmx_reader *r, xmlErrorPtr err)
{
	xmlParserCtxtPtr ctxt = err->ctxt;
	xmlParserInputPtr in;
	const xmlChar *p;

	if (!r->eof || (err->domain != XML_FROM_PARSER &&
	    err->domain != XML_FROM_NAMESPACE) || !ctxt ||
	    !(in = ctxt->input) || !in->cur || !in->end)
		return 0;
	for (p = in->cur; p < in->end; p++)
		if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
			break;
	/* what is left: nothing, or a short piece never finished: a cut
	 * UTF-8 character, markup ("<", "</tm", "&am", "<tuv xml:") or text */
	if (p < in->end && (in->end - p >= 256 ||
	    memchr(p, '>', (size_t)(in->end - p))))
		return 0;
	/* UTF-8 input: the parser holds all that was fed (the reader hands
	 * it over in chunks) */
	if (r->can_col && r->line_base == 0 && (off_t)(in->consumed +
	    (unsigned long)(in->end - in->base)) < r->fed)
		return 0;
	return 1;
}

/* Names of the elements left open, innermost first: "</seg>, </tuv>" in
 * *most, the outermost in *last. */
static int read_open_elements(xmlParserCtxtPtr ctxt, char **most,
	char **last)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int i;

	*most = *last = NULL;
	for (i = ctxt->nameNr - 1; i > 0; i--) {
		if (b.size)
			bitext_buf_puts(&b, ", ");
		bitext_buf_puts(&b, "</");
		bitext_buf_puts(&b, (const char *)ctxt->nameTab[i]);
		bitext_buf_puts(&b, ">");
	}
	*most = strdup(b.ptr ? b.ptr : "");
	bitext_buf_clear(&b);
	bitext_buf_puts(&b, "</");
	bitext_buf_puts(&b, (const char *)ctxt->nameTab[0]);
	bitext_buf_puts(&b, ">");
	*last = strdup(b.ptr ? b.ptr : "");
	bitext_buf_dispose(&b);
	return *most && *last ? 0 : -1;
}

/*
 * Put libxml2's first error in our words where its own wording misleads
 * a user (see the comment at the top); else keep its message. Fills
 * xml_msgid, xml_msg (and xml_arg1/2), xml_line and xml_col.
 */
static void read_xml_classify(bitext_tmx_reader *r, xmlErrorPtr err,
	char *msg)
{
	xmlParserCtxtPtr ctxt = err->domain == XML_FROM_PARSER ||
		err->domain == XML_FROM_NAMESPACE ? err->ctxt : NULL;
	int first = r->resync_off < 0;

	r->xml_msgid = "tmx_xml_error";
	r->xml_msg = msg;
	r->xml_line = err->line + r->line_base;
	r->xml_col = err->int2;
	if (first && r->eof && r->fed == 0) {
		r->xml_msgid = "tmx_empty_file";
		r->xml_fatal_file = 1;
	} else if (first && (!ctxt || ctxt->nameNr == 0) && read_head_binary(r)) {
		r->xml_msgid = "tmx_binary_file";
		r->xml_fatal_file = 1;
	} else if (first && err->code == XML_ERR_DOCUMENT_EMPTY) {
		r->xml_msgid = "tmx_not_memory";
		r->xml_fatal_file = 1;
	} else if (err->code == XML_ERR_ENTITY_LOOP) {
		r->xml_msgid = "tmx_entity_decl";
		if (first)
			read_head_entity(r, &r->xml_line, &r->xml_col);
	} else if ((err->code == XML_ERR_UNDECLARED_ENTITY ||
	    err->code == XML_WAR_UNDECLARED_ENTITY) && err->str1) {
		r->xml_msgid = "tmx_entity";
	} else if (err->code != XML_ERR_TAG_NAME_MISMATCH &&
	    err->code != XML_ERR_ENTITY_LOOP && read_at_end(r, err)) {
		if (read_tail_cut_utf8(r)) {
			r->xml_msgid = "tmx_cut_char";
		} else if (ctxt && ctxt->nameNr > 0 && ctxt->nameTab &&
		    read_open_elements(ctxt, &r->xml_arg1, &r->xml_arg2) == 0) {
			r->xml_msgid = r->xml_arg1[0] ? "tmx_cut_open" : "tmx_cut_open1";
		} else if (ctxt && ctxt->nameNr == 0 &&
		    ctxt->instate != XML_PARSER_EPILOG && !ctxt->nodeNr) {
			r->xml_msgid = "tmx_cut_prologue";
		}
	} else if (err->code == XML_ERR_INVALID_CHAR && err->message &&
	    strstr(err->message, "UTF-8")) {
		r->xml_msgid = "tmx_bad_utf8";
	}
	if (!strcmp(r->xml_msgid, "tmx_entity") && err->str1) {
		free(r->xml_msg);
		r->xml_msg = strdup(err->str1);
	}
	if (r->xml_fatal_file) {
		free(r->xml_msg);
		r->xml_msg = strdup(r->path);
	}
}

/* A start tag with more than BITEXT_MAX_XML_ATTRS attributes, refused
 * before libxml2 parsed it (read_input). */
static int read_attrs_error(bitext_tmx_reader *r)
{
	return bitext_xml__attrs_error(&r->attr_scan, r->path);
}

/* The error of libxml2, classified, as the last error. */
static int read_xml_raise(bitext_tmx_reader *r)
{
	if (r->attrs_over)
		return read_attrs_error(r);
	if (r->xml_arg1)
		bitext_error_set(BITEXT_EPARSE, r->xml_msgid, r->xml_arg1,
			r->xml_arg2 ? r->xml_arg2 : "", NULL);
	else
		bitext_error_set(BITEXT_EPARSE, r->xml_msgid ? r->xml_msgid :
			"tmx_xml_error", r->xml_msg ? r->xml_msg : "XML error", NULL);
	if (!r->xml_fatal_file)
		bitext_error_locate(r->path, r->xml_line, r->xml_col, -1);
	return BITEXT_EPARSE;
}

static void read_xml_error(void *ctx, xmlErrorPtr err)
{
	bitext_tmx_reader *r = ctx;
	char *msg, *nl;

	if (!err || err->level < XML_ERR_ERROR)
		return;
	msg = strdup(err->message ? err->message : "XML error");
	if (!msg)
		return;
	nl = strchr(msg, '\n');
	if (nl)
		*nl = '\0';
	if (!r->xml_error) {
		r->xml_error = 1;
		read_xml_classify(r, err, msg);
	} else if (r->opts.flags & BITEXT_TMX_READ_RECOVER) {
		/* later errors of the same parser: reported as libxml2 says */
		int saved = r->unit_bad;
		bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_XML, err->line + r->line_base,
			err->int2, "tmx_xml_error", msg, NULL);
		r->unit_bad = saved;
		free(msg);
		return;
	} else {
		free(msg);
		return;
	}
	if (r->opts.flags & BITEXT_TMX_READ_RECOVER) {
		int saved = r->unit_bad;
		bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_XML, r->xml_line, r->xml_col,
			r->xml_msgid, r->xml_arg1 ? r->xml_arg1 : r->xml_msg,
			r->xml_arg2);
		r->unit_bad = saved;
	}
}

/* xmlTextReaderRead, with libxml2's error turned into ours. */
int bitext_tmx__read_node(bitext_tmx_reader *r)
{
	int ret = xmlTextReaderRead(r->xr);

	if (ret == 1)
		return 1;
	if (ret == 0 && !(r->xml_error &&
	    !(r->opts.flags & BITEXT_TMX_READ_RECOVER)))
		return 0;
	if (r->xml_error || r->attrs_over)
		return read_xml_raise(r);
	bitext_error_set(BITEXT_EPARSE, "tmx_xml_error", "XML error", NULL);
	bitext_error_locate(r->path, xmlTextReaderGetParserLineNumber(r->xr) +
		r->line_base, xmlTextReaderGetParserColumnNumber(r->xr), -1);
	return BITEXT_EPARSE;
}

/* A read that failed inside an element: the error of libxml2 when there is
 * one, else "truncated". */
int bitext_tmx__read_fail(bitext_tmx_reader *r, int ret)
{
	if (ret == BITEXT_ENOMEM)
		return ret;
	if (r->xml_error || r->attrs_over)
		return read_xml_raise(r);
	if (ret == BITEXT_EPARSE && bitext_error_last() &&
	    bitext_error_last()->code == BITEXT_EPARSE)
		return ret;
	bitext_error_set(BITEXT_EPARSE, "tmx_truncated", NULL);
	bitext_error_locate(r->path, xmlTextReaderGetParserLineNumber(r->xr) +
		r->line_base, xmlTextReaderGetParserColumnNumber(r->xr), -1);
	return BITEXT_EPARSE;
}

static int name_is(const xmlChar *name, const char *s)
{
	return name && !strcmp(cstr(name), s);
}

/* ---- props, notes, text-only elements ------------------------------------ */

/*
 * Step to the next node inside the element that stood at depth0 (empty0:
 * it was an empty element): 1 with its type in *type, 0 at the element's
 * end, or an error (a file that ends inside the element).
 */
static int read_inside(bitext_tmx_reader *r, int depth0, int empty0,
	int *type)
{
	int ret;

	if (empty0)
		return 0;
	if ((ret = bitext_tmx__read_node(r)) != 1)
		return ret < 0 ? ret : bitext_error_set(BITEXT_EPARSE,
			"tmx_truncated", NULL);
	*type = xmlTextReaderNodeType(r->xr);
	if (*type == XML_READER_TYPE_END_ELEMENT &&
	    xmlTextReaderDepth(r->xr) == depth0)
		return 0;
	return 1;
}

/* Like read_inside(), stepping over everything but child elements. */
static int read_child(bitext_tmx_reader *r, int depth0, int empty0)
{
	int ret, type;

	while ((ret = read_inside(r, depth0, empty0, &type)) == 1)
		if (type == XML_READER_TYPE_ELEMENT)
			return 1;
	return ret;
}

/* The text content of a text-only element (prop, note) into r->text. */
static int read_text_elem(bitext_tmx_reader *r)
{
	int depth0 = xmlTextReaderDepth(r->xr), ret, type;
	int empty0 = xmlTextReaderIsEmptyElement(r->xr);
	long line;
	const char *v;

	bitext_buf_clear(&r->text);
	bitext_buf_puts(&r->text, "");
	while ((ret = read_inside(r, depth0, empty0, &type)) == 1) {
		if (bitext_tmx__is_text_node(type)) {
			v = cstr(xmlTextReaderConstValue(r->xr));
			if (bitext_buf_puts(&r->text, v ? v : "") < 0)
				return NOMEM();
		} else if (type == XML_READER_TYPE_ELEMENT) {
			line = bitext_tmx__read_line(r);
			ret = bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_STRUCTURE, line,
				bitext_tmx__read_col(r, line), "tmx_unexpected_element",
				cstr(xmlTextReaderConstName(r->xr)), "prop/note");
			if (ret < 0)
				return ret;
		} else if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
			/* never expanded: an error, or a problem and nothing read */
			line = bitext_tmx__read_line(r);
			if (bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_XML, line,
			    bitext_tmx__read_col(r, line), "tmx_entity",
			    cstr(xmlTextReaderConstName(r->xr)), NULL) < 0)
				return BITEXT_EPARSE;
		}
	}
	return ret;
}

typedef struct {
	const bitext_tmx_prop **props;
	size_t *nprops;
	const bitext_tmx_note **notes;
	size_t *nnotes;
} meta_dst;

/* A <prop> or <note> the reader stands on, added to `d`. */
static int read_meta(bitext_tmx_reader *r, tmx_pool *p, meta_dst d, int is_prop)
{
	char *type = NULL, *lang = NULL, *enc = NULL;
	unsigned order = (unsigned)(*d.nprops + *d.nnotes);
	long line = bitext_tmx__read_line(r);
	int error;

	if (*d.nprops + *d.nnotes >= BITEXT_MAX_TMX_META)
		return bitext_error_set(BITEXT_ELIMIT, "tmx_too_many_meta", NULL);
	type = (char *)xmlTextReaderGetAttribute(r->xr, BAD_CAST "type");
	lang = (char *)xmlTextReaderGetAttribute(r->xr, BAD_CAST "xml:lang");
	if (!lang)
		lang = (char *)xmlTextReaderGetAttribute(r->xr, BAD_CAST "lang");
	enc = (char *)xmlTextReaderGetAttribute(r->xr, BAD_CAST "o-encoding");
	if ((error = read_text_elem(r)) < 0)
		goto cleanup;
	if (is_prop && !type) {
		/* Trados 7 writes type2="..." in headers: read, with a warning
		 * to the caller's callback (validate lists it) */
		type = (char *)xmlTextReaderGetAttribute(r->xr, BAD_CAST "type2");
		r->stats.problems++;
		if (r->opts.on_problem)
			bitext_tmx__problem_emit(r->opts.on_problem, r->opts.payload,
				BITEXT_TMX_PROBLEM_ATTRIBUTE, r->path, line,
				bitext_tmx__reader_column(r, line, "prop"),
				"tmx_prop_no_type", type ? type : "", NULL);
	}
	if (is_prop)
		error = bitext_tmx__props_add(p, d.props, d.nprops, order, type ? type : "",
			r->text.ptr, lang, enc);
	else
		error = bitext_tmx__notes_add(p, d.notes, d.nnotes, order, r->text.ptr,
			lang, enc);
cleanup:
	xmlFree(type);
	xmlFree(lang);
	xmlFree(enc);
	return error;
}

/* Skip an element we do not know, after reporting it. */
static int read_unknown(bitext_tmx_reader *r, const char *where)
{
	bitext_buf sink = BITEXT_BUF_INIT;
	long line = bitext_tmx__read_line(r);
	int error, ret;

	error = bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_STRUCTURE, line,
		bitext_tmx__read_col(r, line), "tmx_unexpected_element",
		cstr(xmlTextReaderConstName(r->xr)), where);
	if (error < 0 || xmlTextReaderIsEmptyElement(r->xr))
		return error;
	ret = bitext_tmx__raw_content(r->xr, &sink, NULL);
	bitext_buf_dispose(&sink);
	if (ret == 1)
		return 0;
	return bitext_tmx__read_fail(r, ret < 0 ? ret : BITEXT_EPARSE);
}

/* ---- units --------------------------------------------------------------- */

static int read_tuv(bitext_tmx_reader *r)
{
	bitext_tmx_unit *u = &r->unit;
	tmx_pool *p = TMX_POOL(u);
	bitext_tmx_tuv *t;
	int idx, error, depth0, ret, have_seg = 0, unknown, empty0;
	long line = bitext_tmx__read_line(r), col = bitext_tmx__read_col(r, line), l2;
	const char *an, *av;
	const xmlChar *name;
	meta_dst d;

	if ((error = bitext_tmx__tuvs_add(p, u, &idx)) < 0)
		return error;
	t = (bitext_tmx_tuv *)&u->tuvs[idx];
	t->lang = NULL;
	while (xmlTextReaderMoveToNextAttribute(r->xr) == 1) {
		an = cstr(xmlTextReaderConstName(r->xr));
		av = cstr(xmlTextReaderConstValue(r->xr));
		if (!strcmp(an, "xml:lang") || (!strcmp(an, "lang") && !t->lang)) {
			if (t->lang && bitext_tmx__attrs_add(p, &t->attrs, &t->nattrs,
			    "lang", t->lang) < 0)
				return BITEXT_ENOMEM;
			t->lang = bitext_tmx__pool_strdup(p, av ? av : "");
			if (!t->lang)
				return NOMEM();
		} else if (bitext_tmx__attrs_add(p, &t->attrs, &t->nattrs, an, av) < 0) {
			return BITEXT_ENOMEM;
		}
	}
	xmlTextReaderMoveToElement(r->xr);
	if (!t->lang || !t->lang[0]) {
		error = bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_ATTRIBUTE, line, col,
			"tmx_missing_attr", "xml:lang", "tuv");
		if (error < 0)
			return error;
		if (!t->lang)
			t->lang = "";
	}
	/* validate reports tags itself, with those not written as BCP 47;
	 * the tag is kept as written (writers make it canonical) */
	else if (!(r->opts.flags & BITEXT_TMX_READ_LENIENT) &&
	    (error = bitext_tmx__read_lang(r, line, col, t->lang, "xml:lang",
	    &r->lang)) < 0)
		return error;
	d = (meta_dst){ &t->props, &t->nprops, &t->notes, &t->nnotes };
	depth0 = xmlTextReaderDepth(r->xr);
	empty0 = xmlTextReaderIsEmptyElement(r->xr);
	while ((ret = read_child(r, depth0, empty0)) == 1) {
		name = xmlTextReaderConstName(r->xr);
		t = (bitext_tmx_tuv *)&u->tuvs[idx];
		if (name_is(name, "seg") && !have_seg) {
			have_seg = 1;
			l2 = bitext_tmx__read_line(r);
			error = bitext_tmx__seg_parse(r->xr, p, t, &r->seg, &unknown);
			if (error < 0)
				return bitext_tmx__read_fail(r, error);
			if (unknown && r->seg.entity)
				error = bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_XML, l2,
					bitext_tmx__read_col(r, l2), "tmx_entity", r->seg.entity, NULL);
			else if (unknown)
				error = bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_STRUCTURE, l2,
					bitext_tmx__read_col(r, l2), "tmx_unexpected_element",
					r->seg.unknown_name ? r->seg.unknown_name : "?", "seg");
			if (error < 0)
				return error;
		} else if (name_is(name, "prop") || name_is(name, "note")) {
			if ((error = read_meta(r, p, d, name_is(name, "prop"))) < 0)
				return error;
		} else if ((error = read_unknown(r, "tuv")) < 0) {
			return error;
		}
	}
	if (ret < 0)
		return ret;
	if (TMX_POOL(u)->total > BITEXT_MAX_TMX_UNIT_BYTES) {
		bitext_error_set(BITEXT_ELIMIT, "tmx_unit_too_big", NULL);
		bitext_error_locate(r->path, u->line, u->column, -1);
		return BITEXT_ELIMIT;
	}
	if (!have_seg)
		return bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_STRUCTURE, line, col,
			"tmx_missing_element", "seg", "tuv");
	return 0;
}

static int read_unit(bitext_tmx_reader *r)
{
	bitext_tmx_unit *u = &r->unit;
	tmx_pool *p;
	int error, depth0, ret, empty0;
	const char *an, *av;
	const xmlChar *name;
	meta_dst d;

	bitext_tmx__unit_clear(u);
	p = TMX_POOL(u);
	r->unit_bad = 0;
	u->line = bitext_tmx__read_line(r);
	u->column = bitext_tmx__read_col(r, u->line);
	while (xmlTextReaderMoveToNextAttribute(r->xr) == 1) {
		an = cstr(xmlTextReaderConstName(r->xr));
		av = cstr(xmlTextReaderConstValue(r->xr));
		if (!strcmp(an, "tuid")) {
			if (!(u->tuid = bitext_tmx__pool_strdup(p, av ? av : "")))
				return NOMEM();
		} else if (bitext_tmx__attrs_add(p, &u->attrs, &u->nattrs, an, av) < 0) {
			return BITEXT_ENOMEM;
		}
	}
	xmlTextReaderMoveToElement(r->xr);
	d = (meta_dst){ &u->props, &u->nprops, &u->notes, &u->nnotes };
	depth0 = xmlTextReaderDepth(r->xr);
	empty0 = xmlTextReaderIsEmptyElement(r->xr);
	while ((ret = read_child(r, depth0, empty0)) == 1) {
		name = xmlTextReaderConstName(r->xr);
		if (name_is(name, "tuv"))
			error = read_tuv(r);
		else if (name_is(name, "prop") || name_is(name, "note"))
			error = read_meta(r, p, d, name_is(name, "prop"));
		else
			error = read_unknown(r, "tu");
		if (error < 0)
			return error;
	}
	if (ret < 0)
		return ret;
	if (u->ntuvs == 0)
		return bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_STRUCTURE, u->line,
			u->column, "tmx_missing_element", "tuv", "tu");
	return 0;
}

/* ---- header -------------------------------------------------------------- */

static int read_header(bitext_tmx_reader *r)
{
	bitext_tmx_header *h = &r->header;
	tmx_pool *p = TMX_POOL(h);
	bitext_buf ude = BITEXT_BUF_INIT;
	int error = 0, depth0, ret, empty, empty0;
	const xmlChar *name;
	meta_dst d;

	while (xmlTextReaderMoveToNextAttribute(r->xr) == 1)
		if (bitext_tmx__attrs_add(p, &h->attrs, &h->nattrs,
		    cstr(xmlTextReaderConstName(r->xr)),
		    cstr(xmlTextReaderConstValue(r->xr))) < 0)
			return BITEXT_ENOMEM;
	xmlTextReaderMoveToElement(r->xr);
	d = (meta_dst){ &h->props, &h->nprops, &h->notes, &h->nnotes };
	depth0 = xmlTextReaderDepth(r->xr);
	empty0 = xmlTextReaderIsEmptyElement(r->xr);
	while ((ret = read_child(r, depth0, empty0)) == 1) {
		name = xmlTextReaderConstName(r->xr);
		if (name_is(name, "prop") || name_is(name, "note")) {
			error = read_meta(r, p, d, name_is(name, "prop"));
		} else if (name_is(name, "ude")) {
			if (bitext_tmx__start_tag(r->xr, &ude, NULL, NULL, NULL, &empty) < 0 ||
			    bitext_buf_puts(&ude, empty ? "/>" : ">") < 0) {
				error = NOMEM();
			} else if (!empty) {
				ret = bitext_tmx__raw_content(r->xr, &ude, NULL);
				if (ret != 1)
					error = bitext_tmx__read_fail(r, ret < 0 ? ret : BITEXT_EPARSE);
				else if (bitext_buf_puts(&ude, "</ude>") < 0)
					error = NOMEM();
			}
		} else {
			error = read_unknown(r, "header");
		}
		if (error < 0)
			break;
	}
	if (ret < 0 && error >= 0)
		error = ret;
	if (error == 0 && ude.size && !(h->ude = bitext_tmx__pool_strdup(p, ude.ptr)))
		error = NOMEM();
	bitext_buf_dispose(&ude);
	return error;
}

/* The header's srclang: a language tag or *all*. */
static int read_header_lang(bitext_tmx_reader *r)
{
	const char *sl = bitext_tmx_header_attr(&r->header, "srclang");
	int error;

	if (!sl || !strcmp(sl, "*all*") || (r->opts.flags & BITEXT_TMX_READ_LENIENT))
		return 0;
	error = bitext_tmx__read_lang(r, r->header_line, bitext_tmx__reader_column(r,
		r->header_line, "header"), sl, "srclang", &r->lang);
	return error < 0 ? error : 0;
}

/* From the start of the document to the start of <body>. */
static int read_prologue(bitext_tmx_reader *r)
{
	int ret, type, saw_root = 0, saw_header = 0, error;
	const xmlChar *name;
	long line;
	xmlChar *version;

	for (;;) {
		if ((ret = bitext_tmx__read_node(r)) != 1) {
			if (ret < 0)
				return ret;
			if (!saw_root)
				goto not_tmx;
			r->done = 1;
			return 0;
		}
		type = xmlTextReaderNodeType(r->xr);
		if (type != XML_READER_TYPE_ELEMENT)
			continue;
		name = xmlTextReaderConstName(r->xr);
		if (!saw_root) {
			if (r->other && name_is(name, r->other->root)) {
				r->reading_other = 1;
				return r->other->start(r, &r->other_state);
			}
			if (!name_is(name, "tmx"))
				goto not_tmx;
			saw_root = 1;
			version = xmlTextReaderGetAttribute(r->xr, BAD_CAST "version");
			r->header.version = bitext_tmx__pool_strdup(TMX_POOL(&r->header),
				version ? cstr(version) : NULL);
			xmlFree(version);
			if (xmlTextReaderIsEmptyElement(r->xr)) {
				r->done = 1;
				return 0;
			}
		} else if (name_is(name, "header") && !saw_header) {
			saw_header = 1;
			r->header_line = bitext_tmx__read_line(r);
			if ((error = read_header(r)) < 0 ||
			    (error = read_header_lang(r)) < 0)
				return error;
		} else if (name_is(name, "body")) {
			if (!saw_header) {
				line = bitext_tmx__read_line(r);
				error = bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_STRUCTURE, line,
					bitext_tmx__read_col(r, line), "tmx_missing_element", "header",
					"tmx");
				if (error < 0)
					return error;
			}
			if (xmlTextReaderIsEmptyElement(r->xr))
				r->done = 1;
			return 0;
		} else if ((error = read_unknown(r, "tmx")) < 0) {
			return error;
		}
	}
not_tmx:
	line = bitext_tmx__read_line(r);
	bitext_error_set(BITEXT_EPARSE, r->other ? "tm_not_xml_memory" :
		"tmx_not_tmx", NULL);
	bitext_error_locate(r->path, line, bitext_tmx__read_col(r, line), -1);
	return BITEXT_EPARSE;
}

/* ---- input and recovery -------------------------------------------------- */

/* Keep the first bytes of the file and the last ones fed, for
 * read_xml_classify. */
static void read_note_bytes(bitext_tmx_reader *r, const char *buf, size_t n)
{
	size_t k, keep;

	if (n == 0) {
		r->eof = 1;
		return;
	}
	if (r->resync_off < 0 && r->head_len < sizeof(r->head)) {
		k = sizeof(r->head) - r->head_len;
		k = k < n ? k : n;
		memcpy(r->head + r->head_len, buf, k);
		r->head_len += k;
	}
	if (n >= sizeof(r->tail)) {
		memcpy(r->tail, buf + n - sizeof(r->tail), sizeof(r->tail));
		r->tail_len = sizeof(r->tail);
	} else {
		keep = r->tail_len + n > sizeof(r->tail) ?
			sizeof(r->tail) - n : r->tail_len;
		memmove(r->tail, r->tail + r->tail_len - keep, keep);
		memcpy(r->tail + keep, buf, n);
		r->tail_len = keep + n;
	}
	r->fed += (off_t)n;
}

/* libxml2's input callback: the prefix, then the file from feed_off. */
static int read_input(void *ctx, char *buf, int len)
{
	bitext_tmx_reader *r = ctx;
	ssize_t n;
	size_t k;

	if (r->prefix_len) {
		k = r->prefix_len < (size_t)len ? r->prefix_len : (size_t)len;
		memcpy(buf, r->prefix, k);
		r->prefix += k;
		r->prefix_len -= k;
		return (int)k;
	}
	do
		n = r->can_resync ? pread(r->fd, buf, (size_t)len, r->feed_off) :
			read(r->fd, buf, (size_t)len);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return -1;
	r->feed_off += n;
	read_note_bytes(r, buf, (size_t)n);
	if (bitext_xml__scan(&r->attr_scan, buf, (size_t)n, BITEXT_MAX_XML_ATTRS)) {
		r->attrs_over = 1;
		return -1;            /* libxml2 never sees the tag */
	}
	return (int)n;
}

static int read_start_parser(bitext_tmx_reader *r, const char *enc)
{
	int xopts = XML_PARSE_NONET | XML_PARSE_NOCDATA;

	r->xr = xmlReaderForIO(read_input, NULL, r, r->path, enc, xopts);
	if (!r->xr)
		return NOMEM();
	xmlTextReaderSetStructuredErrorHandler(r->xr, read_xml_error, r);
	return 0;
}

/* Byte offset of the start of line `line`, scanning forward from the last
 * line start found (errors come in file order, so this stays linear). */
static off_t read_line_offset(bitext_tmx_reader *r, long line)
{
	char buf[65536];
	ssize_t n, i;

	if (line < r->scan_line) {
		r->scan_line = 1;
		r->scan_off = 0;
	}
	while (r->scan_line < line) {
		n = pread(r->fd, buf, sizeof(buf), r->scan_off);
		if (n <= 0)
			return -1;
		for (i = 0; i < n && r->scan_line < line; i++)
			if (buf[i] == '\n')
				r->scan_line++;
		if (r->scan_line < line)
			r->scan_off += n;
		else
			r->scan_off += i;
	}
	return r->scan_off;
}

/* Offset of the next "<tu" start tag at or after `from`, or -1. */
static off_t read_next_tu(bitext_tmx_reader *r, off_t from, long *line)
{
	char buf[65536 + 4];
	ssize_t n, i;
	off_t off = from;

	*line = r->scan_line;
	for (;;) {
		n = pread(r->fd, buf, 65536 + 4, off);
		if (n < 4)
			return -1;
		for (i = 0; i + 3 < n; i++) {
			if (buf[i] == '\n' && i < 65536)
				(*line)++;
			if (buf[i] == '<' && buf[i + 1] == 't' && buf[i + 2] == 'u' &&
			    (buf[i + 3] == ' ' || buf[i + 3] == '>' ||
			     buf[i + 3] == '\t' || buf[i + 3] == '\n' ||
			     buf[i + 3] == '\r' || buf[i + 3] == '/'))
				return off + i;
		}
		off += 65536;
	}
}

/*
 * After libxml2 gave up on broken XML: skip the unit being read and go on
 * with a new parser at the next <tu> after the error, fed "<tmx><body>"
 * first so that the rest parses as before. Returns 1 when reading can go
 * on, 0 when no unit follows, or the error to report.
 */
static int read_resync(bitext_tmx_reader *r)
{
	static const char prefix[] = "<tmx version=\"1.4\"><body>";
	off_t line_off, next;
	long next_line, from_line = r->xml_line;
	char l1[32], l2[32], encbuf[64];
	const xmlChar *enc;
	int error;

	if (!r->can_resync || !r->xml_error)
		return bitext_tmx__read_fail(r, BITEXT_EPARSE);
	line_off = read_line_offset(r, r->xml_line);
	if (line_off < 0)
		return 0;
	next = read_next_tu(r, line_off + (r->xml_col > 1 ? r->xml_col - 1 : 0),
		&next_line);
	if (next < 0 || next <= r->resync_off)
		return 0;
	/* the rest of the file is in the document's encoding (UTF-8 or a
	 * single-byte one declared in the XML declaration) */
	enc = xmlTextReaderConstEncoding(r->xr);
	snprintf(encbuf, sizeof(encbuf), "%s", enc ? (const char *)enc : "UTF-8");
	xmlFreeTextReader(r->xr);
	r->xr = NULL;
	free(r->xml_msg);
	free(r->xml_arg1);
	free(r->xml_arg2);
	r->xml_msg = r->xml_arg1 = r->xml_arg2 = NULL;
	r->xml_msgid = NULL;
	r->xml_error = 0;
	r->eof = 0;
	r->resync_off = r->feed_off = next;
	r->line_base = next_line - 1;
	bitext_xml__scan_dispose(&r->attr_scan);
	bitext_xml__scan_init(&r->attr_scan, next_line);
	r->prefix = prefix;
	r->prefix_len = sizeof(prefix) - 1;
	r->stats.skipped++;
	snprintf(l1, sizeof(l1), "%ld", from_line);
	snprintf(l2, sizeof(l2), "%ld", next_line);
	bitext_tmx__read_problem(r, BITEXT_TMX_PROBLEM_UNIT_SKIPPED, from_line, 0,
		"tmx_resync", l1, l2);
	if ((error = read_start_parser(r, encbuf)) < 0)
		return error;
	/* move onto <body>: the next read gives the <tu> */
	if (xmlTextReaderRead(r->xr) != 1 || xmlTextReaderRead(r->xr) != 1)
		return bitext_tmx__read_fail(r, BITEXT_EPARSE);
	return 1;
}

/* A regular file without a UTF-16/32 byte order mark: offsets found by
 * scanning bytes are then those of the parser. */
static int read_is_utf8_file(int fd)
{
	unsigned char b[4];
	struct stat st;

	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
		return 0;
	if (pread(fd, b, 4, 0) < 2)
		return 1;
	return !((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) ||
		b[0] == 0 || b[1] == 0);
}

/* ---- public -------------------------------------------------------------- */

void bitext_tmx__options_copy(void *dst, const void *src, size_t size,
	size_t v1_size)
{
	unsigned int version;

	if (!src)
		return;
	memcpy(&version, src, sizeof(version));
	memcpy(dst, src, version >= 2 ? size : v1_size);
}

void bitext_tmx__progress(bitext_tmx_progress_cb cb, void *payload,
	size_t units)
{
	if (cb && units % 100000 == 0)
		cb(units, payload);
}

int bitext_tmx_reader_open(bitext_tmx_reader **out, const char *path,
	const bitext_tmx_reader_options *opts)
{
	return bitext_tmx__reader_open_xml(out, path, opts, NULL);
}

int bitext_tmx__reader_open_xml(bitext_tmx_reader **out, const char *path,
	const bitext_tmx_reader_options *opts, const tmx_root_reader *other)
{
	bitext_tmx_reader *r = NULL;
	struct stat st;
	int error = 0;

	*out = NULL;
	if (!path)
		return bitext_error_set(BITEXT_EINVAL, "tmx_bad_tuv_index", NULL);
	r = calloc(1, sizeof(*r));
	if (!r)
		return NOMEM();
	r->fd = -1;
	r->opts = (bitext_tmx_reader_options)BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx__options_copy(&r->opts, opts, sizeof(r->opts),
		offsetof(bitext_tmx_reader_options, progress));
	r->other = other;
	r->path = strdup(!strcmp(path, "-") ? "<stdin>" : path);
	if (!r->path || bitext_tmx__header_init(&r->header) < 0 ||
	    bitext_tmx__unit_init(&r->unit) < 0) {
		error = NOMEM();
		goto cleanup;
	}
	r->fd = !strcmp(path, "-") ? dup(0) : open(path, O_RDONLY | O_CLOEXEC);
	if (r->fd < 0) {
		error = errno == ENOENT ? BITEXT_ENOTFOUND : BITEXT_EIO;
		bitext_error_set(error, "err_open", path, strerror(errno), NULL);
		bitext_error_locate(path, 0, 0, -1);
		goto cleanup;
	}
	if (fstat(r->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		error = bitext_error_set(BITEXT_EIO, "err_read", path,
			strerror(EISDIR), NULL);
		goto cleanup;
	}
	r->can_col = read_is_utf8_file(r->fd);
	r->can_resync = (r->opts.flags & BITEXT_TMX_READ_RECOVER) && r->can_col;
	r->scan_line = 1;
	r->resync_off = -1;
	bitext_xml__scan_init(&r->attr_scan, 1);
	if ((error = read_start_parser(r, NULL)) < 0)
		goto cleanup;
	error = read_prologue(r);
	if (error == 0) {
		*out = r;
		r = NULL;
	}
cleanup:
	bitext_tmx_reader_close(r);
	return error;
}

/*
 * After </body>: the rest of the document is read, so that a file whose
 * </tmx> is damaged or cut, or that goes on after it, is an error like any
 * other XML error. An element after <body> is a structural problem.
 */
static int read_epilogue(bitext_tmx_reader *r)
{
	int ret, error;

	if (r->drained)
		return 0;
	r->drained = 1;
	while ((ret = bitext_tmx__read_node(r)) == 1)
		if (xmlTextReaderNodeType(r->xr) == XML_READER_TYPE_ELEMENT &&
		    (error = read_unknown(r, "tmx")) < 0)
			return error;
	if (ret < 0 && (r->opts.flags & BITEXT_TMX_READ_RECOVER))
		return 0;   /* reported to the callback as a problem */
	return ret;
}

int bitext_tmx_reader_next(bitext_tmx_reader *r, const bitext_tmx_unit **unit)
{
	int ret, type, error;

	*unit = NULL;
	if (r->reading_other)
		return r->other->next(r, r->other_state, unit);
	while (!r->done) {
		if ((ret = bitext_tmx__read_node(r)) != 1) {
			if (ret < 0 && r->can_resync && r->xml_error) {
				ret = read_resync(r);
				if (ret == 1)
					continue;
			}
			if (ret < 0)
				return ret;
			r->done = 1;
			break;
		}
		type = xmlTextReaderNodeType(r->xr);
		if (type == XML_READER_TYPE_END_ELEMENT &&
		    name_is(xmlTextReaderConstName(r->xr), "body")) {
			r->done = 1;
			break;
		}
		if (type != XML_READER_TYPE_ELEMENT)
			continue;
		if (!name_is(xmlTextReaderConstName(r->xr), "tu")) {
			if ((error = read_unknown(r, "body")) < 0)
				return error;
			continue;
		}
		error = read_unit(r);
		if (error < 0 && r->can_resync && r->xml_error) {
			ret = read_resync(r);
			if (ret == 1)
				continue;
			if (ret == 0) {
				/* no unit follows (a file cut short): the one being
				 * read is lost all the same */
				r->stats.skipped++;
				r->done = 1;
				break;
			}
			return ret;
		}
		if (error < 0)
			return error;
		if (r->unit_bad && !(r->opts.flags & BITEXT_TMX_READ_LENIENT)) {
			r->stats.skipped++;
			continue;
		}
		bitext_tmx__progress(r->opts.progress, r->opts.progress_payload,
			++r->stats.units);
		*unit = &r->unit;
		return 1;
	}
	if ((error = read_epilogue(r)) < 0)
		return error;
	/* in recover mode, libxml2 may have stopped on an error at the end */
	if (r->xml_error && !(r->opts.flags & BITEXT_TMX_READ_RECOVER))
		return read_xml_raise(r);
	return 0;
}

int bitext_tmx__reader_other(bitext_tmx_reader *r)
{
	return r->reading_other;
}

long bitext_tmx__reader_header_line(bitext_tmx_reader *r)
{
	return r->header_line;
}

xmlTextReaderPtr bitext_tmx__reader_xml(bitext_tmx_reader *r)
{
	return r->xr;
}

bitext_tmx_unit *bitext_tmx__reader_unit(bitext_tmx_reader *r)
{
	return &r->unit;
}

bitext_tmx_header *bitext_tmx__reader_header_mut(bitext_tmx_reader *r)
{
	return &r->header;
}

bitext_tmx_reader_stats *bitext_tmx__reader_counts(bitext_tmx_reader *r)
{
	return &r->stats;
}

int *bitext_tmx__reader_unit_bad(bitext_tmx_reader *r)
{
	return &r->unit_bad;
}

unsigned bitext_tmx__reader_flags(bitext_tmx_reader *r)
{
	return r->opts.flags;
}

void bitext_tmx__reader_progress(bitext_tmx_reader *r, size_t units)
{
	bitext_tmx__progress(r->opts.progress, r->opts.progress_payload, units);
}

const char *bitext_tmx__reader_path(bitext_tmx_reader *r)
{
	return r->path;
}

const bitext_tmx_header *bitext_tmx_reader_header(bitext_tmx_reader *r)
{
	return &r->header;
}

void bitext_tmx_reader_stats_get(bitext_tmx_reader *r,
	bitext_tmx_reader_stats *out)
{
	*out = r->stats;
}

void bitext_tmx_reader_close(bitext_tmx_reader *r)
{
	if (!r)
		return;
	if (r->reading_other)
		r->other->free(r->other_state);
	if (r->xr)
		xmlFreeTextReader(r->xr);
	if (r->fd >= 0)
		close(r->fd);
	bitext_tmx__header_dispose(&r->header);
	bitext_tmx__unit_dispose(&r->unit);
	bitext_tmx__seg_ctx_dispose(&r->seg);
	bitext_buf_dispose(&r->text);
	bitext_buf_dispose(&r->lang);
	bitext_xml__scan_dispose(&r->attr_scan);
	free(r->xml_msg);
	free(r->xml_arg1);
	free(r->xml_arg2);
	free(r->path);
	free(r);
}
