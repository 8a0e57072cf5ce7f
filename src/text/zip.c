/*
 * zip.c - the zip archives of Word and OpenDocument files, through libzip,
 * and their XML parts streamed into libxml2's reader (office_int.h).
 *
 * The archive is opened from the bytes in memory (zip_source_buffer) with
 * ZIP_CHECKCONS, so that a central directory that disagrees with the
 * local headers is a damaged archive. Every entry name is checked before
 * anything is read: an absolute name ("/etc/x", "C:x", "\x"), a ".."
 * component or a name stored twice refuses the archive, as does a count
 * over BITEXT_MAX_ZIP_ENTRIES. Nothing is ever extracted to disk.
 *
 * Zip bombs: a part that declares more than BITEXT_MAX_ZIP_PART_BYTES is
 * refused before inflating; while inflating, a part is stopped when it
 * passes that size, or passes BITEXT_ZIP_RATIO_FLOOR and
 * BITEXT_MAX_ZIP_RATIO times its compressed size. Parts are inflated in
 * the reader's small chunks straight into libxml2, never whole, so memory
 * stays bounded whatever the archive declares.
 *
 * XML: as the TMX reader, XML_PARSE_NONET, no DTD loading, no entity
 * substitution, libxml2's entity-amplification checks on (no
 * XML_PARSE_HUGE), start tags with more than BITEXT_MAX_XML_ATTRS
 * attributes refused before libxml2 parses them (util/xml_scan.h). A
 * DOCTYPE or an entity reference is refused: no Office part has one.
 */
#include "text/office_int.h"
#include "bitext/errors.h"
#include "util/limits.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

struct text_zip {
	zip_t *za;
	const char *name;        /* the archive's file name, for messages */
	bitext_strmap names;     /* entry name -> index + 1 */
};

static int zip_damaged(const char *name, const char *why)
{
	bitext_error_set(BITEXT_EPARSE, "text_zip_damaged", why, NULL);
	bitext_error_locate(name, 0, 0, -1);
	return BITEXT_EPARSE;
}

/* 1 when `n` is absolute or has a ".." component. */
static int zip_unsafe_name(const char *n)
{
	const char *p = n;

	if (n[0] == '/' || n[0] == '\\' || (n[0] && n[1] == ':'))
		return 1;
	while (*p) {
		size_t k = strcspn(p, "/\\");
		if (k == 2 && p[0] == '.' && p[1] == '.')
			return 1;
		p += k;
		if (*p)
			p++;
	}
	return 0;
}

static int zip_check_names(text_zip *z)
{
	zip_int64_t i, n = zip_get_num_entries(z->za, 0);
	char num[32], cap[32];
	int fresh;

	if (n > BITEXT_MAX_ZIP_ENTRIES) {
		snprintf(num, sizeof(num), "%lld", (long long)n);
		snprintf(cap, sizeof(cap), "%d", BITEXT_MAX_ZIP_ENTRIES);
		bitext_error_set(BITEXT_ELIMIT, "text_zip_many", num, cap, NULL);
		bitext_error_locate(z->name, 0, 0, -1);
		return BITEXT_ELIMIT;
	}
	for (i = 0; i < n; i++) {
		const char *e = zip_get_name(z->za, (zip_uint64_t)i, 0);
		const char *msgid = NULL;

		if (!e)
			return zip_damaged(z->name, zip_strerror(z->za));
		if (zip_unsafe_name(e))
			msgid = "text_zip_path";
		else if (!bitext_map__str_put(&z->names, e, strlen(e),
				(size_t)i + 1, &fresh))
			return BITEXT_ENOMEM;
		else if (!fresh)
			msgid = "text_zip_dup";
		if (msgid) {
			bitext_error_set(BITEXT_EPARSE, msgid, e, NULL);
			bitext_error_locate(z->name, 0, 0, -1);
			return BITEXT_EPARSE;
		}
	}
	return 0;
}

static zip_t *zip_open_buffer(const char *data, size_t len, int flags,
	zip_error_t *err)
{
	zip_source_t *src = zip_source_buffer_create(data, len, 0, err);
	zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY | flags, err) :
		NULL;

	if (src && !za)
		zip_source_free(src);
	return za;
}

int bitext_zip__open(text_zip **out, const char *name, const char *data,
	size_t len)
{
	text_zip *z = calloc(1, sizeof(*z));
	zip_error_t err;
	int error;

	*out = NULL;
	if (!z)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	z->name = name;
	bitext_map__str_init(&z->names);
	zip_error_init(&err);
	z->za = zip_open_buffer(data, len, ZIP_CHECKCONS, &err);
	/* a name stored twice fails the consistency check: open the archive
	 * again without it, for zip_check_names to name the entry */
	if (!z->za && zip_error_code_zip(&err) == ZIP_ER_EXISTS) {
		zip_error_fini(&err);
		zip_error_init(&err);
		z->za = zip_open_buffer(data, len, 0, &err);
	}
	if (!z->za) {
		error = zip_damaged(name, zip_error_strerror(&err));
		goto cleanup;
	}
	if ((error = zip_check_names(z)) < 0)
		goto cleanup;
	*out = z;
	z = NULL;
cleanup:
	zip_error_fini(&err);
	bitext_zip__close(z);
	return error;
}

void bitext_zip__close(text_zip *z)
{
	if (!z)
		return;
	if (z->za)
		zip_discard(z->za);
	bitext_map__str_dispose(&z->names);
	free(z);
}

static zip_int64_t zip_index(const text_zip *z, const char *entry)
{
	bitext_strmap_slot *s = bitext_map__str_get(&z->names, entry,
		strlen(entry));
	return s ? (zip_int64_t)s->value - 1 : -1;
}

int bitext_zip__has(const text_zip *z, const char *entry)
{
	return zip_index(z, entry) >= 0;
}

/* ---- inflating with caps ------------------------------------------------ */

static int part_error_set(text_part *p, int code, const char *msgid,
	const char *a1, const char *a2)
{
	bitext_error_set(code, msgid, p->entry, a1 ? a1 : "", a2 ? a2 : "",
		NULL);
	bitext_error_locate(p->zip->name, 0, 0, -1);
	return code;
}

/* Open `entry` for inflating, refusing a declared size over the cap. */
static int part_fopen(text_part *p, text_zip *z, const char *entry)
{
	zip_int64_t i = zip_index(z, entry);
	zip_stat_t st;
	char num[32], cap[32];

	memset(p, 0, sizeof(*p));
	p->zip = z;
	p->entry = entry;
	if (i < 0 || zip_stat_index(z->za, (zip_uint64_t)i, 0, &st) < 0)
		return zip_damaged(z->name, zip_strerror(z->za));
	if ((st.valid & ZIP_STAT_SIZE) && st.size > BITEXT_MAX_ZIP_PART_BYTES) {
		snprintf(num, sizeof(num), "%llu", (unsigned long long)st.size);
		snprintf(cap, sizeof(cap), "%llu", BITEXT_MAX_ZIP_PART_BYTES);
		return part_error_set(p, BITEXT_ELIMIT, "text_zip_big", num, cap);
	}
	p->comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
	if (!(p->file = zip_fopen_index(z->za, (zip_uint64_t)i, 0)))
		return part_error_set(p, BITEXT_EPARSE, "text_zip_read", zip_strerror(z->za), NULL);
	return 0;
}

/* Inflate up to n bytes: the count, or -1 with p->stop set. */
static long part_inflate(text_part *p, char *buf, size_t n)
{
	zip_int64_t k = zip_fread(p->file, buf, n);

	if (k < 0) {
		p->stop = 3;
		if (!p->msg)
			p->msg = strdup(zip_file_strerror(p->file));
		return -1;
	}
	p->in += (unsigned long long)k;
	if (p->in > BITEXT_MAX_ZIP_PART_BYTES || (p->in > BITEXT_ZIP_RATIO_FLOOR &&
	    p->in / BITEXT_MAX_ZIP_RATIO > p->comp)) {
		p->stop = 2;
		return -1;
	}
	return (long)k;
}

int bitext_zip__read(text_zip *z, const char *entry, bitext_buf *out,
	size_t max)
{
	text_part p;
	char buf[4096];
	long k;
	int error;

	if (zip_index(z, entry) < 0)
		return BITEXT_ENOTFOUND;
	if ((error = part_fopen(&p, z, entry)) < 0)
		return error;
	while ((k = part_inflate(&p, buf, sizeof(buf))) > 0 && !error) {
		if (out->size + (size_t)k > max)
			error = part_error_set(&p, BITEXT_ELIMIT, "text_zip_bomb", NULL, NULL);
		else if (bitext_buf_put(out, buf, (size_t)k) < 0)
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	if (!error && p.stop == 2)
		error = part_error_set(&p, BITEXT_ELIMIT, "text_zip_bomb", NULL, NULL);
	else if (!error && p.stop == 3)
		error = part_error_set(&p, BITEXT_EPARSE, "text_zip_read", p.msg, NULL);
	bitext_zip__part_close(&p);
	return error;
}

/* ---- XML parts ---------------------------------------------------------- */

static int part_input(void *ctx, char *buf, int len)
{
	text_part *p = ctx;
	long k;

	if (p->stop)
		return -1;
	if ((k = part_inflate(p, buf, (size_t)len)) < 0)
		return -1;
	if (bitext_xml__scan(&p->scan, buf, (size_t)k, BITEXT_MAX_XML_ATTRS)) {
		p->stop = 1;
		return -1;            /* libxml2 never sees the tag */
	}
	return (int)k;
}

static void part_xml_error(void *ctx, xmlErrorPtr err)
{
	text_part *p = ctx;
	char *nl;

	if (!err || err->level < XML_ERR_ERROR || p->msg)
		return;
	p->msg = strdup(err->message ? err->message : "XML error");
	if (p->msg && (nl = strchr(p->msg, '\n')) != NULL)
		*nl = '\0';
	p->line = err->line;
	p->col = err->int2;
}

int bitext_zip__part_open(text_part *p, text_zip *z, const char *entry)
{
	int error;

	if ((error = part_fopen(p, z, entry)) < 0)
		return error;
	bitext_xml__scan_init(&p->scan, 1);
	p->xr = xmlReaderForIO(part_input, NULL, p, entry, NULL,
		XML_PARSE_NONET | XML_PARSE_NOCDATA);
	if (!p->xr) {
		bitext_zip__part_close(p);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	xmlTextReaderSetStructuredErrorHandler(p->xr, part_xml_error, p);
	return 0;
}

static int part_failed(text_part *p)
{
	if (p->stop == 1)
		return bitext_xml__attrs_error(&p->scan, p->zip->name);
	if (p->stop == 2) {
		char cap[32];
		snprintf(cap, sizeof(cap), "%d", BITEXT_MAX_ZIP_RATIO);
		return part_error_set(p, BITEXT_ELIMIT, "text_zip_bomb", cap, NULL);
	}
	if (p->stop == 3)
		return part_error_set(p, BITEXT_EPARSE, "text_zip_read", p->msg, NULL);
	bitext_error_set(BITEXT_EPARSE, "text_office_xml", p->entry,
		p->msg ? p->msg : "XML error", NULL);
	bitext_error_locate(p->zip->name, p->line, p->col, -1);
	return BITEXT_EPARSE;
}

static int part_check_node(text_part *p, int r)
{
	int t;

	if (r < 0 || p->stop)
		return part_failed(p);
	if (r == 0)
		return 0;
	t = xmlTextReaderNodeType(p->xr);
	if (t == XML_READER_TYPE_DOCUMENT_TYPE ||
	    t == XML_READER_TYPE_ENTITY_REFERENCE) {
		free(p->msg);
		p->msg = strdup(t == XML_READER_TYPE_DOCUMENT_TYPE ?
			"a DOCTYPE declaration" : "an entity reference");
		p->line = xmlTextReaderGetParserLineNumber(p->xr);
		p->col = xmlTextReaderGetParserColumnNumber(p->xr);
		bitext_error_set(BITEXT_EPARSE, "text_office_dtd", p->entry,
			p->msg ? p->msg : "", NULL);
		bitext_error_locate(p->zip->name, p->line, p->col, -1);
		return BITEXT_EPARSE;
	}
	return 1;
}

int bitext_zip__part_next(text_part *p)
{
	return part_check_node(p, xmlTextReaderRead(p->xr));
}

int bitext_zip__part_skip(text_part *p)
{
	int r;

	if (xmlTextReaderIsEmptyElement(p->xr))
		return bitext_zip__part_next(p);
	/* xmlTextReaderNext leaves the subtree, but still parses it: errors
	 * inside it are reported by the next read */
	r = xmlTextReaderNext(p->xr);
	return part_check_node(p, r);
}

void bitext_zip__part_close(text_part *p)
{
	if (p->xr)
		xmlFreeTextReader(p->xr);
	if (p->file)
		zip_fclose(p->file);
	bitext_xml__scan_dispose(&p->scan);
	free(p->msg);
	p->xr = NULL;
	p->file = NULL;
	p->msg = NULL;
}

char *bitext_zip__attr(text_part *p, const char *local, const char *ns)
{
	xmlChar *v = ns ? xmlTextReaderGetAttributeNs(p->xr,
		(const xmlChar *)local, (const xmlChar *)ns) :
		xmlTextReaderGetAttribute(p->xr, (const xmlChar *)local);
	char *c;

	if (!v)
		return NULL;
	c = strdup((const char *)v);
	xmlFree(v);
	return c;
}

int bitext_zip__is(text_part *p, const char *ns, const char *local)
{
	const xmlChar *l = xmlTextReaderConstLocalName(p->xr);
	const xmlChar *u = xmlTextReaderConstNamespaceUri(p->xr);

	return l && !strcmp((const char *)l, local) &&
		(ns ? u && !strcmp((const char *)u, ns) : !u);
}
