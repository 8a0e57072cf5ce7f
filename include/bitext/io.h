/*
 * bitext/io.h - reading whole inputs and writing outputs atomically.
 *
 * Outputs are written to a temporary file in the destination's folder and
 * renamed into place by bitext_afile_commit(), so an existing file is never
 * left half-written. The path "-" means standard input / standard output.
 */
#ifndef BITEXT_IO_H
#define BITEXT_IO_H

#include "common.h"
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bitext_afile bitext_afile;

/**
 * Read a whole file ("-" = stdin) into `out` (appended).
 * @return 0, BITEXT_ENOTFOUND (missing), BITEXT_EIO or BITEXT_ELIMIT
 */
BITEXT_EXTERN(int) bitext_file_read(bitext_buf *out, const char *path);

/** Open `path` ("-" = stdout) for atomic writing. */
BITEXT_EXTERN(int) bitext_afile_open(bitext_afile **out, const char *path);
/** The stream to write to. Borrowed. */
BITEXT_EXTERN(FILE *) bitext_afile_stream(bitext_afile *f);
/** Flush, sync and rename into place; frees `f`. @return 0 or BITEXT_EIO */
BITEXT_EXTERN(int) bitext_afile_commit(bitext_afile *f);
/** Drop the temporary file; frees `f`. NULL is fine. */
BITEXT_EXTERN(void) bitext_afile_abort(bitext_afile *f);

#ifdef __cplusplus
}
#endif
#endif
