/*
 * tests/fuzz/dictd.c - dictd dictionaries (FreeDict): an index and a
 * dictzip (or gzip, or plain) text, split at the first 0xFF, loaded into an
 * alignment lexicon by either file's name, first whole (both ways round),
 * then for the words of a short German text.
 *
 * The files are two in-memory files behind symlinks named NAME.index and
 * NAME.dict.dz (the reader finds a dictionary's files by their suffixes),
 * in a folder made once and removed at exit.
 */
#include "fuzz.h"

#include <sys/stat.h>

static char dir[64], ix[96], dz[96];
static int fd_ix = -1, fd_dz = -1;

static void cleanup(void)
{
	unlink(ix);
	unlink(dz);
	rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char target[64];

	(void)argc;
	(void)argv;
	fuzz_setup();
	snprintf(dir, sizeof(dir), "/tmp/bitext-fuzz-dictd.XXXXXX");
	if (!mkdtemp(dir))
		abort();
	fd_ix = memfd_create("bitext-fuzz-index", 0);
	fd_dz = memfd_create("bitext-fuzz-dict", 0);
	if (fd_ix < 0 || fd_dz < 0)
		abort();
	snprintf(ix, sizeof(ix), "%s/f-deu-eng.index", dir);
	snprintf(dz, sizeof(dz), "%s/f-deu-eng.dict.dz", dir);
	snprintf(target, sizeof(target), "/proc/self/fd/%d", fd_ix);
	if (symlink(target, ix) < 0)
		abort();
	snprintf(target, sizeof(target), "/proc/self/fd/%d", fd_dz);
	if (symlink(target, dz) < 0)
		abort();
	atexit(cleanup);
	return 0;
}

static void load(const char *path, const bitext_doc *doc, const char *src,
	const char *tgt)
{
	bitext_lexicon *lex = NULL;
	size_t n = 0;
	const char *name;

	if (bitext_lexicon_new(&lex, src, tgt) < 0)
		abort();
	if (doc && bitext_lexicon_want(lex, doc, 1) < 0)
		abort();
	if (bitext_lexicon_load(lex, path) == 0) {
		FUZZ_ASSERT(bitext_lexicon_source_count(lex) == 1);
		name = bitext_lexicon_source(lex, 0, &n);
		FUZZ_ASSERT(name && !strcmp(name, path));
		FUZZ_ASSERT(n == bitext_lexicon_count(lex));
	}
	bitext_lexicon_free(lex);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *a, *b;
	size_t alen, blen;
	bitext_doc *doc = NULL;
	static const char text[] = "Die alten H\xc3\xa4user am Fluss.\n";

	fuzz_split(data, size, &a, &alen, &b, &blen);
	fuzz_fill(fd_ix, a, alen);
	fuzz_fill(fd_dz, b ? b : "", blen);
	/* nl has no hunspell dictionary here: the loads without a text stay
	 * fast; the one with a text stems German through hunspell */
	load(ix, NULL, "nl", "en");
	load(dz, NULL, "en", "nl");
	if (bitext_doc_new(&doc, "de") == 0 &&
			bitext_doc_set_text(doc, text, sizeof(text) - 1) == 0 &&
			bitext_doc_add_paragraph(doc, 0, sizeof(text) - 2,
				BITEXT_PARA_TEXT) == 0 &&
			bitext_doc_add_segment(doc, 0, sizeof(text) - 2) == 0)
		load(ix, doc, "de", "en");
	bitext_doc_free(doc);
	bitext_error_clear();
	return 0;
}
