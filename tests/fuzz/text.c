/*
 * tests/fuzz/text.c - text intake: bytes in any encoding to UTF-8 NFC
 * (bitext_text_decode), documents from bytes as plain text, HTML or
 * one-segment-a-line (bitext_doc_load_buffer), and sentence segmentation
 * of what was loaded with the bundled rules of the language its script
 * suggests.
 *
 * The first byte of the input chooses how the rest is read:
 *   bits 0-3  the encoding (the table below; NULL = BOM / detection)
 *   bit 4     replace invalid sequences with U+FFFD
 *   bits 5-6  the format (auto, text, HTML, segmented)
 *   bit 7     segment the document
 */
#include "fuzz.h"

static const char *const encodings[16] = {
	NULL, "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32", "CP949",
	"EUC-KR", "Shift_JIS", "EUC-JP", "ISO-2022-JP", "GB18030", "Big5",
	"windows-1252", "ISO-8859-1", "no-such-encoding"
};

static bitext_segmenter *segmenters[3];
static const char *const seg_langs[3] = { "en", "ko", "ja" };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

/* One segmenter per language for the whole run, made when first needed
 * (as the CLI uses one for a whole file). */
static bitext_segmenter *segmenter_for(const char *lang)
{
	int i = 0;

	if (lang && !strcmp(lang, "ko"))
		i = 1;
	else if (lang && !strcmp(lang, "ja"))
		i = 2;
	if (!segmenters[i] && bitext_segmenter_new(&segmenters[i], seg_langs[i],
	    NULL) < 0) {
		fprintf(stderr, "segmenter %s: %s\n", seg_langs[i],
			bitext_error_last()->message);
		abort();
	}
	return segmenters[i];
}

static void check_doc(const bitext_doc *doc)
{
	size_t len, i, np = bitext_doc_paragraph_count(doc);
	size_t ns = bitext_doc_segment_count(doc), prev_end = 0;
	const char *text = bitext_doc_text(doc, &len);

	FUZZ_ASSERT(len == 0 || text != NULL);
	for (i = 0; i < np; i++) {
		const bitext_paragraph *p = bitext_doc_paragraph(doc, i);
		FUZZ_ASSERT(p && p->start <= p->end && p->end <= len);
		FUZZ_ASSERT(p->text && strlen(p->text) == p->len);
		bitext_doc_map(doc, p->start);
		bitext_doc_map(doc, p->end);
	}
	for (i = 0; i < ns && i < FUZZ_MAX_ITEMS; i++) {
		const bitext_segment *s = bitext_doc_segment(doc, i);
		FUZZ_ASSERT(s && s->start <= s->end && s->end <= len);
		FUZZ_ASSERT(s->start >= prev_end && s->paragraph < np);
		FUZZ_ASSERT(s->text && strlen(s->text) == s->len);
		FUZZ_ASSERT(s->len > 0);
		prev_end = s->end;
	}
	FUZZ_ASSERT(bitext_doc_paragraph(doc, np) == NULL);
	FUZZ_ASSERT(bitext_doc_segment(doc, ns) == NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_load_info info;
	bitext_buf out = BITEXT_BUF_INIT;
	bitext_doc *doc = NULL;
	const char *body, *lang;
	unsigned sel;
	size_t len;

	if (size < 1)
		return 0;
	sel = data[0];
	body = (const char *)data + 1;
	len = size - 1;
	o.encoding = encodings[sel & 15];
	o.replace_invalid = (sel >> 4) & 1;
	o.format = (bitext_format)((sel >> 5) & 3);
	if (bitext_text_decode(&out, &info, "fuzz", body, len, &o) == 0) {
		FUZZ_ASSERT(out.size == 0 || strlen(out.ptr) == out.size);
		bitext_text_guess_lang(out.ptr ? out.ptr : "", out.size);
	}
	if (bitext_doc_load_buffer(&doc, &info, "fuzz", body, len, &o) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		goto cleanup;
	}
	check_doc(doc);
	if (sel & 0x80) {
		const char *text = bitext_doc_text(doc, &len);
		lang = bitext_text_guess_lang(text ? text : "", len);
		if (bitext_segmenter_run(segmenter_for(lang), doc) == 0)
			check_doc(doc);
	}
cleanup:
	bitext_doc_free(doc);
	bitext_buf_dispose(&out);
	bitext_error_clear();
	return 0;
}
