/*
 * tests/fuzz/office.c - Word and OpenDocument intake: the zip layer and
 * the DOCX and ODT readers behind bitext_doc_load_buffer(), and the inline
 * spans they hand the document model.
 *
 * Inflating is the wall a fuzzer rarely climbs, so the first byte chooses
 * how the rest is read:
 *   0  the rest is a whole file (a zip archive, or anything else);
 *   1  the rest is word/document.xml, stored in a Word archive;
 *   2  the rest is content.xml, stored in an OpenDocument archive;
 *   3  the rest is two parts split at the first 0xFF byte: Word's
 *      document.xml and footnotes.xml;
 *   4  the same, Word's document.xml and styles.xml.
 * Archives made here are "stored" (not deflated) zips written by hand.
 * After loading, the paragraphs, segments and spans keep their promises
 * (bitext/doc.h), and a sentence split runs over the document.
 */
#include "fuzz.h"

static bitext_segmenter *seg;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

static uint32_t crc32_of(const uint8_t *p, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;
	size_t i;
	int k;

	for (i = 0; i < n; i++) {
		c ^= p[i];
		for (k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
	}
	return ~c;
}

typedef struct {
	uint8_t *p;
	size_t n, cap;
} zbuf;

static void put(zbuf *b, const void *d, size_t n)
{
	if (b->n + n > b->cap) {
		b->cap = (b->n + n) * 2;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			abort();
	}
	memcpy(b->p + b->n, d, n);
	b->n += n;
}

static void le(zbuf *b, uint32_t v, int bytes)
{
	uint8_t x[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16),
		(uint8_t)(v >> 24) };
	put(b, x, (size_t)bytes);
}

/* A stored zip of `n` entries names[i] = data[i][0..len[i]). */
static void zip_stored(zbuf *z, int n, const char *const *names,
	const uint8_t *const *data, const size_t *len)
{
	zbuf cd = { NULL, 0, 0 };
	uint32_t off[8];
	int i;

	for (i = 0; i < n; i++) {
		uint32_t crc = crc32_of(data[i], len[i]);
		size_t nl = strlen(names[i]);
		off[i] = (uint32_t)z->n;
		le(z, 0x04034b50, 4); le(z, 20, 2); le(z, 0, 2); le(z, 0, 2);
		le(z, 0, 2); le(z, 0x21, 2); le(z, crc, 4);
		le(z, (uint32_t)len[i], 4); le(z, (uint32_t)len[i], 4);
		le(z, (uint32_t)nl, 2); le(z, 0, 2);
		put(z, names[i], nl);
		put(z, data[i], len[i]);
		le(&cd, 0x02014b50, 4); le(&cd, 20, 2); le(&cd, 20, 2);
		le(&cd, 0, 2); le(&cd, 0, 2); le(&cd, 0, 2); le(&cd, 0x21, 2);
		le(&cd, crc, 4); le(&cd, (uint32_t)len[i], 4);
		le(&cd, (uint32_t)len[i], 4); le(&cd, (uint32_t)nl, 2);
		le(&cd, 0, 2); le(&cd, 0, 2); le(&cd, 0, 2); le(&cd, 0, 2);
		le(&cd, 0, 4); le(&cd, off[i], 4);
		put(&cd, names[i], nl);
	}
	{
		uint32_t at = (uint32_t)z->n;
		put(z, cd.p, cd.n);
		le(z, 0x06054b50, 4); le(z, 0, 2); le(z, 0, 2);
		le(z, (uint32_t)n, 2); le(z, (uint32_t)n, 2);
		le(z, (uint32_t)cd.n, 4); le(z, at, 4); le(z, 0, 2);
	}
	free(cd.p);
}

static void check_doc(const bitext_doc *doc)
{
	size_t len, i, np = bitext_doc_paragraph_count(doc);
	size_t ni = bitext_doc_inline_count(doc), prev = 0;
	const char *text = bitext_doc_text(doc, &len);

	FUZZ_ASSERT(len == 0 || text != NULL);
	for (i = 0; i < np; i++) {
		const bitext_paragraph *p = bitext_doc_paragraph(doc, i);
		FUZZ_ASSERT(p && p->start <= p->end && p->end <= len);
		FUZZ_ASSERT(p->text && strlen(p->text) == p->len);
	}
	for (i = 0; i < ni; i++) {
		const bitext_inline *s = bitext_doc_inline(doc, i);
		FUZZ_ASSERT(s && s->start <= s->end && s->end <= len);
		FUZZ_ASSERT(s->start >= prev);
		FUZZ_ASSERT((s->kind == BITEXT_INLINE_LINK) == (s->target != NULL) ||
			s->kind == BITEXT_INLINE_LINK);
		prev = s->start;
	}
	FUZZ_ASSERT(bitext_doc_inline(doc, ni) == NULL);
	for (i = 0; i < np; i++)
		FUZZ_ASSERT(bitext_doc_inline_first(doc, i) <= ni);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint8_t odt_mime[] = "application/vnd.oasis.opendocument.text";
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	const char *names[3];
	const uint8_t *parts[3];
	size_t lens[3];
	zbuf z = { NULL, 0, 0 };
	bitext_doc *doc = NULL;
	const uint8_t *body = data + 1, *sep;
	size_t len = size ? size - 1 : 0;
	int mode;

	if (size < 1)
		return 0;
	mode = data[0] % 5;
	sep = memchr(body, FUZZ_SEP, len);
	parts[0] = body;
	lens[0] = len;
	if (mode == 1 || mode == 3 || mode == 4) {
		names[0] = "word/document.xml";
		if (mode > 2 && sep) {
			lens[0] = (size_t)(sep - body);
			parts[1] = sep + 1;
			lens[1] = len - lens[0] - 1;
			names[1] = mode == 3 ? "word/footnotes.xml" : "word/styles.xml";
		}
		zip_stored(&z, mode > 2 && sep ? 2 : 1, names, parts, lens);
	} else if (mode == 2) {
		names[0] = "mimetype";
		parts[0] = odt_mime;
		lens[0] = sizeof(odt_mime) - 1;
		names[1] = "content.xml";
		parts[1] = body;
		lens[1] = len;
		zip_stored(&z, 2, names, parts, lens);
	}
	o.lang = "en";
	if (bitext_doc_load_buffer(&doc, NULL, "fuzz", z.p ? (const char *)z.p :
	    (const char *)body, z.p ? z.n : len, &o) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		goto cleanup;
	}
	check_doc(doc);
	if (!seg && bitext_segmenter_new(&seg, "en", NULL) < 0)
		abort();
	if (bitext_segmenter_run(seg, doc) == 0)
		check_doc(doc);
cleanup:
	bitext_doc_free(doc);
	free(z.p);
	bitext_error_clear();
	return 0;
}
