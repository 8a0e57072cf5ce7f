/*
 * io.c - whole-file reads and atomic writes (bitext/io.h).
 *
 * bitext_afile writes "<dir>/.<name>.XXXXXX" next to the destination and
 * renames it over the destination on commit; abort (or a crash) leaves the
 * destination as it was. Standard output is written directly.
 */
#include "bitext/io.h"
#include "bitext/errors.h"
#include "util/limits.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct bitext_afile {
	FILE *f;       /* stream */
	char *tmp;     /* temporary path, NULL for stdout */
	char *path;    /* destination */
};

int bitext_file_read(bitext_buf *out, const char *path)
{
	FILE *f;
	char chunk[65536];
	size_t n;
	int is_stdin = !strcmp(path, "-");

	f = is_stdin ? stdin : fopen(path, "rb");
	if (!f) {
		int code = errno == ENOENT ? BITEXT_ENOTFOUND : BITEXT_EIO;
		bitext_error_set(code, "err_open", path, strerror(errno), NULL);
		bitext_error_locate(path, 0, 0, -1);
		return code;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (out->size + n > BITEXT_MAX_INPUT_BYTES) {
			if (!is_stdin)
				fclose(f);
			bitext_error_set(BITEXT_ELIMIT, "err_too_big", path, NULL);
			bitext_error_locate(path, 0, 0, -1);
			return BITEXT_ELIMIT;
		}
		if (bitext_buf_put(out, chunk, n) < 0) {
			if (!is_stdin)
				fclose(f);
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		}
	}
	if (ferror(f)) {
		int e = errno;
		if (!is_stdin)
			fclose(f);
		bitext_error_set(BITEXT_EIO, "err_read", path, strerror(e), NULL);
		bitext_error_locate(path, 0, 0, -1);
		return BITEXT_EIO;
	}
	if (!is_stdin)
		fclose(f);
	if (!out->ptr)
		bitext_buf_put(out, "", 0);
	return 0;
}

int bitext_afile_open(bitext_afile **out, const char *path)
{
	bitext_afile *a = calloc(1, sizeof(*a));
	const char *slash;
	size_t dirlen;
	int fd;

	*out = NULL;
	if (!a)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (!strcmp(path, "-")) {
		a->f = stdout;
		*out = a;
		return 0;
	}
	a->path = strdup(path);
	slash = strrchr(path, '/');
	dirlen = slash ? (size_t)(slash - path + 1) : 0;
	a->tmp = malloc(strlen(path) + 16);
	if (!a->path || !a->tmp) {
		bitext_afile_abort(a);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	memcpy(a->tmp, path, dirlen);
	sprintf(a->tmp + dirlen, ".%s.XXXXXX", path + dirlen);
	fd = mkstemp(a->tmp);
	if (fd < 0 || !(a->f = fdopen(fd, "wb"))) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		free(a->tmp);
		a->tmp = NULL;
		bitext_afile_abort(a);
		bitext_error_set(BITEXT_EIO, "err_write", path, strerror(e), NULL);
		bitext_error_locate(path, 0, 0, -1);
		return BITEXT_EIO;
	}
	/* mkstemp makes 0600; an output file should get the usual mode */
	{
		mode_t um = umask(0);
		umask(um);
		fchmod(fd, 0666 & ~um);
	}
	*out = a;
	return 0;
}

FILE *bitext_afile_stream(bitext_afile *f)
{
	return f->f;
}

int bitext_afile_commit(bitext_afile *a)
{
	int bad;

	if (!a->tmp) {
		bad = fflush(a->f) != 0 || ferror(a->f);
		free(a);
		if (bad)
			return bitext_error_set(BITEXT_EIO, "err_write", "-", strerror(errno), NULL);
		return 0;
	}
	bad = fflush(a->f) != 0 || ferror(a->f);
	if (fclose(a->f) != 0)
		bad = 1;
	a->f = NULL;
	if (bad || rename(a->tmp, a->path) != 0) {
		int e = errno;
		bitext_error_set(BITEXT_EIO, "err_write", a->path, strerror(e), NULL);
		bitext_error_locate(a->path, 0, 0, -1);
		bitext_afile_abort(a);
		return BITEXT_EIO;
	}
	free(a->tmp);
	free(a->path);
	free(a);
	return 0;
}

void bitext_afile_abort(bitext_afile *a)
{
	if (!a)
		return;
	if (a->tmp) {
		if (a->f)
			fclose(a->f);
		unlink(a->tmp);
	} else if (a->f) {
		fflush(a->f);
	}
	free(a->tmp);
	free(a->path);
	free(a);
}
