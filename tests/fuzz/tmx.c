/*
 * tests/fuzz/tmx.c - the TMX reader (bitext_tmx_reader_*) on any bytes,
 * strict and in recover+lenient mode, and what commands do with the units
 * it returns: deep copy, NFC, language lookup and canonicalization, and
 * reparsing each segment's inner XML (which must always reparse).
 */
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

static void on_problem(const bitext_tmx_problem *p, void *payload)
{
	size_t *n = payload;

	FUZZ_ASSERT(p->message != NULL);
	*n += strlen(p->message) > 0;
}

static void check_tuv(const bitext_tmx_tuv *tv)
{
	size_t i;

	FUZZ_ASSERT(tv->seg && tv->text);
	FUZZ_ASSERT(strlen(tv->text) == tv->text_len);
	for (i = 0; i < tv->ncodes; i++)
		FUZZ_ASSERT(tv->codes[i].offset <= tv->text_len);
	for (i = 0; i < tv->nattrs; i++)
		FUZZ_ASSERT(tv->attrs[i].name && tv->attrs[i].value);
}

/* A copy of the unit gets every variant again from its serialized
 * segment. A unit the strict reader returned is well-formed: its `seg`
 * must be XML the unit API reads back, with the same text and codes. (A
 * lenient reader keeps units with problems it reported, such as an
 * attribute named ":" that breaks XML namespaces.) */
static void exercise_unit(const bitext_tmx_unit *u, int strict)
{
	bitext_tmx_unit *copy = NULL;
	bitext_buf b = BITEXT_BUF_INIT;
	size_t i, changed = 0;

	for (i = 0; i < u->ntuvs; i++) {
		const bitext_tmx_tuv *tv = &u->tuvs[i];
		check_tuv(tv);
		if (tv->lang) {
			bitext_buf_clear(&b);
			bitext_lang_canonicalize(&b, tv->lang, BITEXT_LANG_ADD_REGION);
			bitext_tmx_unit_tuv(u, tv->lang);
		}
	}
	if (bitext_tmx_unit_dup(&copy, u) < 0)
		goto cleanup;
	for (i = 0; i < u->ntuvs && i < 16; i++) {
		const bitext_tmx_tuv *tv = &u->tuvs[i];
		int k = bitext_tmx_unit_add_tuv_xml(copy, tv->lang ? tv->lang : "und",
			tv->seg);
		if (k < 0 && !strict)
			continue;
		FUZZ_ASSERT(k >= 0);
		FUZZ_ASSERT(copy->tuvs[k].text_len == tv->text_len);
		FUZZ_ASSERT(memcmp(copy->tuvs[k].text, tv->text, tv->text_len) == 0);
		FUZZ_ASSERT(copy->tuvs[k].ncodes == tv->ncodes);
	}
	bitext_tmx_unit_nfc(copy, &changed);
cleanup:
	bitext_tmx_unit_free(copy);
	bitext_buf_dispose(&b);
}

static void read_memory(const char *path, unsigned flags)
{
	bitext_tmx_reader_options o = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_reader *r = NULL;
	bitext_tmx_header *hcopy = NULL;
	const bitext_tmx_header *h;
	const bitext_tmx_unit *u;
	bitext_tmx_reader_stats st;
	char src[64] = "", tgt[64] = "";
	size_t problems = 0, n = 0;

	o.flags = flags;
	o.on_problem = on_problem;
	o.payload = &problems;
	if (bitext_tmx_reader_open(&r, path, &o) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		return;
	}
	h = bitext_tmx_reader_header(r);
	FUZZ_ASSERT(h != NULL);
	if (bitext_tmx_header_dup(&hcopy, h) == 0)
		bitext_tmx_header_free(hcopy);
	bitext_tmx_learn_langs(h, NULL, src, sizeof(src), tgt, sizeof(tgt));
	while (n++ < FUZZ_MAX_ITEMS && bitext_tmx_reader_next(r, &u) == 1) {
		exercise_unit(u, flags == 0);
		bitext_tmx_learn_langs(NULL, u, src, sizeof(src), tgt, sizeof(tgt));
	}
	bitext_tmx_reader_stats_get(r, &st);
	bitext_tmx_reader_close(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(data, size);

	read_memory(path, 0);
	read_memory(path, BITEXT_TMX_READ_RECOVER | BITEXT_TMX_READ_LENIENT);
	bitext_error_clear();
	return 0;
}
