/*
 * tests/fuzz/langtag.c - language tags as users and files give them
 * (bitext_lang_canonicalize, with its hints for what is not a tag), their
 * matching, and the script of a text against a language
 * (bitext_lang_script_contradicts). Each line of the input is a tag; the
 * whole input is also a text.
 *
 * Promises checked: a canonical form is canonical (canonicalizing it again
 * gives it back) and matches itself and the tag it came from; a refusal
 * sets an error message.
 */
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_setup();
	return 0;
}

/* One tag, every flag. */
static void fuzz_tag(const char *tag)
{
	static const unsigned flags[] = { 0, BITEXT_LANG_ADD_REGION,
		BITEXT_LANG_LANGUAGE_ONLY };
	bitext_buf a = BITEXT_BUF_INIT, b = BITEXT_BUF_INIT;
	size_t k;

	for (k = 0; k < sizeof(flags) / sizeof(flags[0]); k++) {
		bitext_buf_clear(&a);
		bitext_buf_clear(&b);
		if (bitext_lang_canonicalize(&a, tag, flags[k]) < 0) {
			FUZZ_ASSERT(bitext_error_last() != NULL &&
				bitext_error_last()->message != NULL);
			bitext_error_clear();
			continue;
		}
		FUZZ_ASSERT(a.ptr && a.size > 0);
		/* canonical is a fixed point, and matches itself */
		FUZZ_ASSERT(bitext_lang_canonicalize(&b, a.ptr, flags[k]) == 0);
		FUZZ_ASSERT(b.ptr && !strcmp(a.ptr, b.ptr));
		FUZZ_ASSERT(bitext_lang_match(a.ptr, a.ptr));
		FUZZ_ASSERT(bitext_lang_match(tag, a.ptr));
	}
	bitext_buf_dispose(&a);
	bitext_buf_dispose(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), *p, *nl;
	char likely[16];
	int lines = 0;

	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	for (p = s; lines < 64; p = nl + 1, lines++) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		fuzz_tag(p);
		if (!nl)
			break;
	}
	memcpy(s, data, size);
	if (bitext_lang_script_contradicts("en", s, size, likely,
	    sizeof(likely)))
		FUZZ_ASSERT(strlen(likely) < sizeof(likely));
	(void)bitext_lang_script_contradicts("ko", s, size, NULL, 0);
	free(s);
	bitext_error_clear();
	return 0;
}
