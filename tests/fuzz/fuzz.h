/*
 * tests/fuzz/fuzz.h - what the fuzz targets of tests/fuzz/ share.
 *
 * Each target is one file defining LLVMFuzzerTestOneInput(), the libFuzzer
 * entry point, over the public API only (<bitext/bitext.h>). The same file
 * builds two ways: with clang's libFuzzer (`make fuzz`), and with driver.c
 * as a plain program that feeds files to it (`make check` replays
 * tests/fuzz/regress/<target>/ that way, with any compiler).
 *
 * Rules for a target: free everything it made (LeakSanitizer runs after
 * every input), bound its work (units, lines and terms are capped here;
 * input size by -max_len in run.sh), and abort() only on a broken promise
 * of the API (an invariant its header states), never on a refused input.
 */
#ifndef BITEXT_FUZZ_H
#define BITEXT_FUZZ_H

#include <bitext/bitext.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* The data directory (locales/, ui/) of the build the target belongs to,
 * used when BITEXT_DATADIR is not set. */
#ifndef FUZZ_DATADIR
#define FUZZ_DATADIR "build/share/bitext"
#endif

/* Separates the two texts of the targets that take a pair (check, align,
 * srx): a byte that never occurs in UTF-8. */
#define FUZZ_SEP 0xFF

/* Upper bound of the units, links or terms a target looks at per input. */
#define FUZZ_MAX_ITEMS 2000

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A broken promise of the API: say which, and crash so the fuzzer keeps
 * the input. */
#define FUZZ_ASSERT(cond) do { if (!(cond)) { \
	fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, \
		#cond); \
	abort(); } } while (0)

static inline void fuzz_setup(void)
{
	if (!getenv("BITEXT_DATADIR"))
		bitext_set_datadir(FUZZ_DATADIR);
	bitext_msg_set_lang("en");
}

/* Make the file of `fd` hold exactly `data`. */
static inline void fuzz_fill(int fd, const void *data, size_t size)
{
	size_t done = 0;

	if (ftruncate(fd, 0) < 0)
		abort();
	while (done < size) {
		ssize_t n = pwrite(fd, (const char *)data + done, size - done,
			(off_t)done);
		if (n <= 0)
			abort();
		done += (size_t)n;
	}
}

/* A path whose file holds exactly `data`, for the entry points that read
 * files only (TMX and TM readers, SRX, lexicons). One in-memory file per
 * process, rewritten for each input: nothing is left on disk, whatever
 * happens, and parallel jobs do not share it. */
static inline const char *fuzz_file(const uint8_t *data, size_t size)
{
	static int fd = -1;
	static char path[64];

	if (fd < 0) {
		fd = memfd_create("bitext-fuzz", 0);
		if (fd < 0) {
			perror("memfd_create");
			abort();
		}
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	}
	fuzz_fill(fd, data, size);
	return path;
}

/* Split the input at the first FUZZ_SEP: `a` before it, `b` after it
 * (`b` is NULL when there is no separator). */
static inline void fuzz_split(const uint8_t *data, size_t size,
	const char **a, size_t *alen, const char **b, size_t *blen)
{
	const uint8_t *sep = memchr(data, FUZZ_SEP, size);

	*a = (const char *)data;
	*alen = sep ? (size_t)(sep - data) : size;
	*b = sep ? (const char *)sep + 1 : NULL;
	*blen = sep ? size - *alen - 1 : 0;
}

/* A copy of `len` bytes in a block of exactly that size (no NUL after
 * them), so that AddressSanitizer sees a read past the end. */
static inline char *fuzz_exact(const char *s, size_t len)
{
	char *p = malloc(len ? len : 1);

	if (!p)
		abort();
	if (len)
		memcpy(p, s, len);
	return p;
}

/* A NUL-terminated copy. */
static inline char *fuzz_strndup(const char *s, size_t len)
{
	char *p = malloc(len + 1);

	if (!p)
		abort();
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* Every unit a memory reader returns: lengths as stated, codes inside the
 * text, and a deep copy that can be put in NFC. */
static inline void fuzz_check_unit(const bitext_tmx_unit *u)
{
	bitext_tmx_unit *copy = NULL;
	size_t i, k;

	for (i = 0; i < u->ntuvs; i++) {
		const bitext_tmx_tuv *tv = &u->tuvs[i];
		FUZZ_ASSERT(tv->text && tv->seg);
		FUZZ_ASSERT(strlen(tv->text) == tv->text_len);
		for (k = 0; k < tv->ncodes; k++)
			FUZZ_ASSERT(tv->codes[k].offset <= tv->text_len);
	}
	if (bitext_tmx_unit_dup(&copy, u) == 0)
		bitext_tmx_unit_nfc(copy, NULL);
	bitext_tmx_unit_free(copy);
}

/* Read the memory at `path` in `format` (bitext_tm_reader) to its end or
 * FUZZ_MAX_ITEMS units. */
static inline void fuzz_read_tm(const char *path, int format)
{
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u;
	bitext_tmx_reader_stats st;
	size_t n = 0;

	if (bitext_tm_reader_open(&r, path, format, NULL) < 0) {
		FUZZ_ASSERT(bitext_error_last() != NULL);
		return;
	}
	FUZZ_ASSERT(bitext_tm_reader_header(r) != NULL);
	while (n++ < FUZZ_MAX_ITEMS && bitext_tm_reader_next(r, &u) == 1)
		fuzz_check_unit(u);
	bitext_tm_reader_stats_get(r, &st);
	bitext_tm_reader_close(r);
}

#endif
