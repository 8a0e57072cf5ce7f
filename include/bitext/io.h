/*
 * bitext/io.h - reading whole inputs and writing outputs atomically.
 *
 * Outputs are written to a temporary file in the destination's folder,
 * ".NAME.PID.XXXXXX", and renamed into place by bitext_afile_commit(), so an
 * existing file is never left half-written. A symbolic link is followed and
 * its target replaced; a destination that is neither a regular file nor
 * absent (a FIFO, a device) is written through. Where SIGINT, SIGTERM and
 * SIGHUP have their default action, the library handles them to remove its
 * temporary files, then ends the process with the same signal. The path "-"
 * means standard input / standard output.
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
