/*
 * tests/fuzz/jobs.c - the job lines of `align --jobs` (one JSON object a
 * line, bitext_json_fields) and the inline texts they carry, loaded and
 * segmented as `align` does (bitext_align_load_buffer, plain text and one
 * segment a line). Paths named in a job are never opened. Also: a string
 * escaped by bitext_buf_put_json reads back the same.
 */
#include "fuzz.h"

enum { J_ID, J_SL, J_TL, J_STEXT, J_TTEXT, J_N };
static const char *const names[J_N] = { "id", "src_lang", "tgt_lang",
	"src_text", "tgt_text" };

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

/* An inline text loaded in both forms: its segments lie inside it. */
static void load(const char *text, const char *lang, int segmented)
{
	bitext_doc *doc = NULL;
	size_t i, n;

	if (bitext_align_load_buffer(&doc, "fuzz", text, strlen(text),
	    lang && strlen(lang) < 16 ? lang : "en", segmented) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		return;
	}
	n = bitext_doc_segment_count(doc);
	for (i = 0; i < n && i < FUZZ_MAX_ITEMS; i++) {
		const bitext_segment *s = bitext_doc_segment(doc, i);
		FUZZ_ASSERT(s && s->text && strlen(s->text) == s->len);
	}
	bitext_doc_free(doc);
}

/* The decoded value, escaped again and read back: the same string. */
static void roundtrip(const char *v)
{
	bitext_buf b = BITEXT_BUF_INIT;
	const char *const id[1] = { "id" };
	char *back = NULL;

	if (bitext_buf_puts(&b, "{\"id\":") == 0 &&
	    bitext_buf_put_json(&b, v, strlen(v)) == 0 &&
	    bitext_buf_puts(&b, "}") == 0) {
		FUZZ_ASSERT(bitext_json_fields(b.ptr, id, &back, 1) == 0);
		FUZZ_ASSERT(back && !strcmp(back, v));
	}
	free(back);
	bitext_buf_dispose(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size;
	size_t lines = 0;

	while (p < end && lines++ < 64) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		char *line = fuzz_strndup(p, n), *v[J_N];
		int k;

		if (bitext_json_fields(line, names, v, J_N) == 0) {
			for (k = 0; k < J_N; k++)
				if (v[k])
					roundtrip(v[k]);
			if (v[J_STEXT])
				load(v[J_STEXT], v[J_SL], (int)(lines & 1));
			if (v[J_TTEXT])
				load(v[J_TTEXT], v[J_TL], !(lines & 1));
			for (k = 0; k < J_N; k++)
				free(v[k]);
		} else {
			for (k = 0; k < J_N; k++)
				FUZZ_ASSERT(v[k] == NULL);
		}
		free(line);
		bitext_error_clear();
		p = nl ? nl + 1 : end;
	}
	return 0;
}
