/*
 * tests/fuzz/srx.c - SRX 2.0/1.0 rules from a user's file
 * (bitext_segmenter_new with an SRX path), then segmentation of a text
 * with them. The input is the SRX file, optionally followed by 0xFF and
 * the text to split (else a sample text); the text goes through intake
 * first, as the CLI does, since the segmenter takes UTF-8 NFC.
 */
#include "fuzz.h"

static const char sample[] =
	"Dr. Kim arrived at 3 p.m. on Jan. 5. \"Really?\" she said. "
	"서울 발 연합뉴스. 김 박사는 오후 3시에 도착했다. 정말요?! 네.\n"
	"U.S. exports rose 2.5% (est.) in Q3... Then e.g. this one. Ok!";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

static void split(bitext_segmenter *seg, const char *text, size_t len)
{
	size_t *ends = NULL, n = 0, i;

	if (bitext_segmenter_split(seg, text, len, &ends, &n) == 0) {
		for (i = 0; i < n; i++)
			FUZZ_ASSERT(ends[i] > (i ? ends[i - 1] : 0) && ends[i] <= len);
		FUZZ_ASSERT(n == 0 || ends[n - 1] == len);
	}
	free(ends);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bitext_load_options o = BITEXT_LOAD_OPTIONS_INIT;
	bitext_segmenter *seg = NULL;
	bitext_buf text = BITEXT_BUF_INIT;
	const char *rules, *raw, *lang;
	size_t rlen, tlen;

	fuzz_split(data, size, &rules, &rlen, &raw, &tlen);
	if (!raw) {
		raw = sample;
		tlen = sizeof(sample) - 1;
	}
	o.replace_invalid = 1;
	o.format = BITEXT_FORMAT_TEXT;
	if (bitext_text_decode(&text, NULL, "text", raw, tlen, &o) < 0)
		goto cleanup;
	lang = bitext_text_guess_lang(text.ptr ? text.ptr : "", text.size);
	if (bitext_segmenter_new(&seg, lang ? lang : "en",
	    fuzz_file((const uint8_t *)rules, rlen)) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		goto cleanup;
	}
	split(seg, text.ptr ? text.ptr : "", text.size);
cleanup:
	bitext_segmenter_free(seg);
	bitext_buf_dispose(&text);
	bitext_error_clear();
	return 0;
}
