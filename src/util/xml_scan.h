/*
 * xml_scan.h - counting the attributes of XML start tags in raw bytes,
 * before libxml2 parses them.
 *
 * libxml2 2.9 spends time quadratic in the number of attributes of one
 * element (its duplicate check and the append to the node's property list
 * both walk the attributes seen so far): 40,000 attributes take 18 s,
 * 100,000 more than 100 s. No parser option caps them, so readers run the
 * bytes they hand libxml2 through this scanner first and refuse a start
 * tag with more than a cap of attributes.
 *
 * The scanner follows the markup of XML 1.0 far enough to count: text,
 * start and end tags, quoted attribute values, comments, processing
 * instructions, CDATA sections and declarations (<!DOCTYPE ... [ ... ]>).
 * An attribute is an '=' outside quotes inside a start tag.
 *
 * libxml2 also keeps every element and attribute name of a document in
 * one dictionary, slower the more distinct names it holds (400,000 took
 * 2.4 s, 1.6 million 68 s), so the scanner counts the distinct names of
 * start tags too, by a 64-bit hash of each, and stops past a cap. It reads
 * UTF-8, any ASCII-compatible single-byte encoding, and UTF-16 in either
 * order (told by a byte order mark or by "<" and a zero byte at the
 * start); bytes may come in pieces of any size.
 */
#ifndef BITEXT_XML_SCAN_H
#define BITEXT_XML_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "util/hashmap.h"

/* Why bitext_xml__scan() stopped. */
enum { XS_OVER_ATTRS = 1, XS_OVER_NAMES, XS_OVER_NOMEM };

typedef struct {
	int state;          /* where in the markup (xml_scan.c) */
	int quote;          /* the quote of an attribute value being read */
	int seen;           /* trailing characters matched of "-->", "?>", "]]>" */
	int unit;           /* 1 byte, or 2 for UTF-16 */
	int big_endian;     /* UTF-16 order */
	int have_low;       /* UTF-16: first byte of a unit pending */
	unsigned char low;  /* that byte */
	size_t start;       /* bytes looked at so far (for the order mark) */
	unsigned char first[2];
	long line;          /* current line, 1-based */
	long tag_line;      /* line where the current start tag began */
	size_t attrs;       /* attributes of the current start tag */
	size_t brackets;    /* '[' depth inside a declaration */
	int in_name;        /* a name of the start tag is being read */
	uint64_t name_hash; /* ... and its hash so far */
	bitext_map names;   /* hashes of the distinct names seen */
	int over;           /* XS_OVER_*: why the scan stopped */
} bitext_xml_scan;

/* Start scanning at line `line` (1 for a whole document). Release with
 * bitext_xml__scan_dispose(). */
void bitext_xml__scan_init(bitext_xml_scan *s, long line);

/* Release the scanner's memory (it may be started again). */
void bitext_xml__scan_dispose(bitext_xml_scan *s);

/*
 * Scan `n` more bytes. Returns 0, or as soon as a start tag has more than
 * `max` attributes or the document more than BITEXT_MAX_XML_NAMES distinct
 * names (or memory ran out), XS_OVER_*, also in s->over; the tag's line is
 * then s->tag_line.
 */
int bitext_xml__scan(bitext_xml_scan *s, const char *buf, size_t n, size_t max);

/* The error of the start tag where the scan stopped, at s->tag_line of
 * `file`: sets it and returns BITEXT_ELIMIT (BITEXT_ENOMEM). */
int bitext_xml__attrs_error(const bitext_xml_scan *s, const char *file);

/* A whole document in memory: 0, or BITEXT_ELIMIT (error set) when a start
 * tag has more than BITEXT_MAX_XML_ATTRS attributes or the document more
 * than BITEXT_MAX_XML_NAMES distinct names. */
int bitext_xml__check_attrs(const char *file, const char *data, size_t len);

#endif
