/*
 * tests/fuzz/seg.c - the parser of a segment's inner XML (text and inline
 * codes bpt ept ph it ut hi sub), as bitext_tmx_unit_add_tuv_xml() and
 * _set_seg_xml() take it from callers. A fragment it accepts must come
 * back the same from its own serialization, and its plain text must be
 * accepted as text.
 */
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bitext_tmx_unit *u = NULL;
	char *xml = fuzz_strndup((const char *)data, size);
	char *seg = NULL, *text = NULL;
	size_t text_len, ncodes, changed;
	int k;

	if (bitext_tmx_unit_new(&u) < 0)
		goto cleanup;
	k = bitext_tmx_unit_add_tuv_xml(u, "en", xml);
	if (k < 0)
		goto cleanup;
	FUZZ_ASSERT(strlen(u->tuvs[k].text) == u->tuvs[k].text_len);
	seg = fuzz_strndup(u->tuvs[k].seg, strlen(u->tuvs[k].seg));
	text = fuzz_strndup(u->tuvs[k].text, u->tuvs[k].text_len);
	text_len = u->tuvs[k].text_len;
	ncodes = u->tuvs[k].ncodes;
	/* the serialization reads back to the same text and codes */
	FUZZ_ASSERT(bitext_tmx_unit_set_seg_xml(u, k, seg) >= 0);
	FUZZ_ASSERT(u->tuvs[k].text_len == text_len);
	FUZZ_ASSERT(memcmp(u->tuvs[k].text, text, text_len) == 0);
	FUZZ_ASSERT(u->tuvs[k].ncodes == ncodes);
	FUZZ_ASSERT(strcmp(u->tuvs[k].seg, seg) == 0);
	/* the plain text is text XML can hold */
	FUZZ_ASSERT(bitext_tmx_unit_set_text(u, k, text) >= 0);
	FUZZ_ASSERT(strcmp(u->tuvs[k].text, text) == 0);
	bitext_tmx_unit_nfc(u, &changed);
cleanup:
	bitext_tmx_unit_free(u);
	free(xml);
	free(seg);
	free(text);
	bitext_error_clear();
	return 0;
}
