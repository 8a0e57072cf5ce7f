/*
 * input.c - the kind of a memory given on the command line and standard
 * input offered again to readers that take "-" (input.h). The TMX reader
 * has no from-memory entry point, so held bytes go to a memfd (or a
 * temporary file) that replaces descriptor 0.
 */
#include "input.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

const char *cli_input_kind(const char *path, const bitext_buf *data)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
	char b[64];
	size_t n = 0;
	FILE *f;

	if (dot && (!slash || dot > slash)) {
		if (!strcasecmp(dot, ".tmx") || !strcasecmp(dot, ".xml"))
			return "tmx";
		if (bitext_tm_format_guess(path) == BITEXT_TM_XLIFF)
			return "xliff";
		if (bitext_tm_format_guess(path) == BITEXT_TM_PO)
			return "po";
		if (!strcasecmp(dot, ".csv"))
			return "csv";
		if (!strcasecmp(dot, ".tsv") || !strcasecmp(dot, ".tab") ||
		    !strcasecmp(dot, ".txt"))
			return "tsv";
	}
	if ((data && data->ptr) || !strcmp(path, "-"))
		return data && bitext_tmx_sniff(data->ptr, data->size) ? "tmx" : "tsv";
	if ((f = fopen(path, "rb")) != NULL) {
		n = fread(b, 1, sizeof(b), f);
		fclose(f);
	}
	return bitext_tmx_sniff(b, n) ? "tmx" : "tsv";
}

int cli_stdin_put_back(const bitext_buf *data)
{
	size_t off = 0;
	int fd = memfd_create("bitext-stdin", MFD_CLOEXEC);

	if (fd < 0) {
		FILE *t = tmpfile();
		fd = t ? dup(fileno(t)) : -1;
		if (t)
			fclose(t);
	}
	while (fd >= 0 && off < data->size) {
		ssize_t w = write(fd, data->ptr + off, data->size - off);
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	if (fd < 0 || off < data->size || dup2(fd, 0) < 0 ||
	    lseek(0, 0, SEEK_SET) < 0) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		return bitext_error_set(BITEXT_EIO, "err_read", "-", strerror(e), NULL);
	}
	close(fd);
	return 0;
}
