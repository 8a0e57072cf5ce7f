/*
 * xml_scan.c - attribute counting in raw XML bytes (util/xml_scan.h).
 *
 * A state machine over code units (bytes, or UTF-16 units): one step per
 * unit, no look-back, so pieces of any size give the same result and the
 * cost is linear. Inside a document type declaration's internal subset,
 * comments and processing instructions are skipped as in content, and
 * quotes are paired, so a quote in a comment does not blind the scanner.
 */
#include "util/xml_scan.h"
#include "util/limits.h"
#include "bitext/errors.h"

#include <stdio.h>

enum {
	XS_TEXT,            /* character data */
	XS_LT,              /* after '<' */
	XS_BANG,            /* after "<!" */
	XS_BANG_DASH,       /* after "<!-" */
	XS_COMMENT,         /* in <!-- ... --> */
	XS_PI,              /* in <? ... ?> */
	XS_CDATA,           /* in <![ ... ]]> */
	XS_DECL,            /* in <!DOCTYPE ...> (or another declaration) */
	XS_STAG,            /* in a start tag */
	XS_ETAG             /* in an end tag */
};

/* The internal subset of a declaration holds comments, PIs and markup
 * declarations: after them the scanner goes back to the declaration. */
#define XS_NESTED 0x100

void bitext_xml__scan_init(bitext_xml_scan *s, long line)
{
	*s = (bitext_xml_scan){ 0 };
	s->state = XS_TEXT;
	s->line = line > 0 ? line : 1;
	bitext_map__init(&s->names, sizeof(uint64_t), 0);
}

void bitext_xml__scan_dispose(bitext_xml_scan *s)
{
	bitext_map__dispose(&s->names);
}

/* A character of a start tag outside quotes: names (the element's, the
 * attributes') run up to a blank, '=', '/', '>' or a quote. When one ends, its hash
 * joins the set of names; XS_OVER_* when the set grows past the cap. */
static int xs_name(bitext_xml_scan *s, unsigned c)
{
	int fresh;

	if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '=' &&
	    c != '/' && c != '>' && c != '"' && c != '\'') {
		if (!s->in_name)
			s->name_hash = 0xcbf29ce484222325ULL;
		s->in_name = 1;
		s->name_hash = (s->name_hash ^ c) * 0x100000001b3ULL;
		return 0;
	}
	if (!s->in_name)
		return 0;
	s->in_name = 0;
	if (!bitext_map__put(&s->names, bitext_map__mix(s->name_hash), &fresh))
		return s->over = XS_OVER_NOMEM;
	if (fresh && s->names.n > BITEXT_MAX_XML_NAMES)
		return s->over = XS_OVER_NAMES;
	return 0;
}

/* Where a comment, PI or CDATA section ends: in content, or back in the
 * declaration it is nested in. */
static int xs_after(const bitext_xml_scan *s)
{
	return s->state & XS_NESTED ? XS_DECL | XS_NESTED : XS_TEXT;
}

/* Closing "-->", "?>" or "]]>": `mark` repeated `need` times then '>'. */
static void xs_close(bitext_xml_scan *s, unsigned c, unsigned mark, int need)
{
	if (c == mark)
		s->seen = s->seen < need ? s->seen + 1 : need;
	else if (c == '>' && s->seen >= need)
		s->state = xs_after(s), s->seen = 0;
	else
		s->seen = 0;
}

/* In a declaration. The markup declarations of its internal subset
 * (inside [ ]) are read in this same state: their quotes pair, and a '>'
 * ends the declaration only outside the brackets. */
static void xs_decl(bitext_xml_scan *s, unsigned c)
{
	if (s->quote) {
		if (c == (unsigned)s->quote)
			s->quote = 0;
	} else if (c == '"' || c == '\'') {
		s->quote = (int)c;
	} else if (c == '[') {
		s->brackets++;
	} else if (c == ']') {
		if (s->brackets)
			s->brackets--;
	} else if (c == '<' && s->brackets) {
		s->state = XS_LT | XS_NESTED;
	} else if (c == '>' && !s->brackets) {
		s->state = XS_TEXT;
	}
}

/* One code unit; 1 when the current start tag has too many attributes. */
static int xs_step(bitext_xml_scan *s, unsigned c, size_t max)
{
	int nested = s->state & XS_NESTED;

	if (c == '\n')
		s->line++;
	switch (s->state & ~XS_NESTED) {
	case XS_TEXT:
		if (c == '<') {
			s->state = XS_LT;
			s->tag_line = s->line;
		}
		break;
	case XS_LT:
		s->seen = 0;
		if (c == '!')
			s->state = XS_BANG | nested;
		else if (c == '?')
			s->state = XS_PI | nested;
		else if (c == '/')
			s->state = XS_ETAG;
		else {
			s->state = XS_STAG;
			s->attrs = 0;
			s->quote = 0;
			s->in_name = 0;
			return xs_name(s, c);
		}
		break;
	case XS_BANG:
		if (c == '-') {
			s->state = XS_BANG_DASH | nested;
		} else if (c == '[' && !nested) {
			s->state = XS_CDATA;
		} else {
			s->state = XS_DECL | nested;
			if (!nested)
				s->brackets = 0;
			s->quote = 0;
			xs_decl(s, c);
		}
		break;
	case XS_BANG_DASH:
		s->state = (c == '-' ? XS_COMMENT : XS_DECL) | nested;
		break;
	case XS_COMMENT:
		xs_close(s, c, '-', 2);
		break;
	case XS_PI:
		xs_close(s, c, '?', 1);
		break;
	case XS_CDATA:
		xs_close(s, c, ']', 2);
		break;
	case XS_DECL:
		xs_decl(s, c);
		break;
	case XS_STAG:
		if (s->quote) {
			if (c == (unsigned)s->quote)
				s->quote = 0;
			break;
		}
		if (xs_name(s, c))
			return s->over;
		if (c == '"' || c == '\'') {
			s->quote = (int)c;
		} else if (c == '=') {
			if (++s->attrs > max)
				return s->over = XS_OVER_ATTRS;
		} else if (c == '>') {
			s->state = XS_TEXT;
		}
		break;
	case XS_ETAG:
		if (c == '>')
			s->state = XS_TEXT;
		break;
	}
	return 0;
}

/* The code unit width, from the first two bytes: a UTF-16 byte order mark,
 * or '<' next to a zero byte. */
static void xs_detect(bitext_xml_scan *s)
{
	unsigned char a = s->first[0], b = s->first[1];

	s->unit = 1;
	if ((a == 0xFF && b == 0xFE) || (a == '<' && b == 0)) {
		s->unit = 2;
		s->big_endian = 0;
	} else if ((a == 0xFE && b == 0xFF) || (a == 0 && b == '<')) {
		s->unit = 2;
		s->big_endian = 1;
	}
}

/* Feed byte `b` once the width is known. */
static int xs_byte(bitext_xml_scan *s, unsigned char b, size_t max)
{
	unsigned c;

	if (s->unit == 1)
		return xs_step(s, b, max);
	if (!s->have_low) {
		s->low = b;
		s->have_low = 1;
		return 0;
	}
	s->have_low = 0;
	c = s->big_endian ? (unsigned)s->low << 8 | b : (unsigned)b << 8 | s->low;
	return xs_step(s, c, max);
}

int bitext_xml__scan(bitext_xml_scan *s, const char *buf, size_t n, size_t max)
{
	const unsigned char *p = (const unsigned char *)buf;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s->start < 2) {
			s->first[s->start++] = p[i];
			if (s->start < 2)
				continue;
			xs_detect(s);
			if (xs_byte(s, s->first[0], max) || xs_byte(s, s->first[1], max))
				return 1;
			continue;
		}
		if (xs_byte(s, p[i], max))
			return 1;
	}
	return 0;
}

int bitext_xml__attrs_error(const bitext_xml_scan *s, const char *file)
{
	char lim[32];

	if (s->over == XS_OVER_NOMEM)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	snprintf(lim, sizeof(lim), "%d", s->over == XS_OVER_NAMES ?
		BITEXT_MAX_XML_NAMES : BITEXT_MAX_XML_ATTRS);
	bitext_error_set(BITEXT_ELIMIT, s->over == XS_OVER_NAMES ?
		"err_xml_names" : "err_xml_attrs", lim, NULL);
	bitext_error_locate(file, s->tag_line, 0, -1);
	return BITEXT_ELIMIT;
}

int bitext_xml__check_attrs(const char *file, const char *data, size_t len)
{
	bitext_xml_scan s;
	int error = 0;

	bitext_xml__scan_init(&s, 1);
	if (bitext_xml__scan(&s, data, len, BITEXT_MAX_XML_ATTRS))
		error = bitext_xml__attrs_error(&s, file);
	bitext_xml__scan_dispose(&s);
	return error;
}
