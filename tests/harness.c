/*
 * harness.c - runs the cases of one test file (see test.h).
 * Usage: test_<module> [CASE...]   (CASE with or without the prefix)
 */
#include "test.h"

#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
	const char *name;
	void (*fn)(void);
} test_case;

extern const test_case test__cases[];
extern void (*const test__initialize)(void);
extern void (*const test__cleanup)(void);

static int g_status;        /* 0 ok, 1 failed, 2 skipped */
static char g_msg[4096];    /* why */
static char g_tmpdir[512];  /* per-binary temporary folder */

void test__fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (g_status == 1)
		return;
	g_status = 1;
	n = snprintf(g_msg, sizeof(g_msg), "%s:%d: ", file, line);
	va_start(ap, fmt);
	vsnprintf(g_msg + n, sizeof(g_msg) - (size_t)n, fmt, ap);
	va_end(ap);
}

void test__skip(const char *why)
{
	g_status = 2;
	snprintf(g_msg, sizeof(g_msg), "%s", why);
}

const char *test_tmp(const char *name)
{
	static char path[1024];

	if (!g_tmpdir[0]) {
		const char *base = getenv("TEST_TMPDIR");
		snprintf(g_tmpdir, sizeof(g_tmpdir), "%s/t%ld",
			base && *base ? base : "/tmp", (long)getpid());
		mkdir(base && *base ? base : "/tmp", 0777);
		mkdir(g_tmpdir, 0777);
	}
	snprintf(path, sizeof(path), "%s/%s", g_tmpdir, name);
	return path;
}

char *test_slurp(const char *path, size_t *len)
{
	bitext_buf b = BITEXT_BUF_INIT;

	if (bitext_file_read(&b, path) < 0) {
		bitext_buf_dispose(&b);
		return NULL;
	}
	if (len)
		*len = b.size;
	return bitext_buf_detach(&b);
}

int test_write(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	size_t w;

	if (!f)
		return -1;
	w = fwrite(data, 1, len, f);
	return fclose(f) == 0 && w == len ? 0 : -1;
}

static int wanted(const char *name, int argc, char **argv)
{
	int i;
	const char *short_name = strstr(name, "__");

	if (argc < 2)
		return 1;
	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], name) || (short_name && !strcmp(argv[i], short_name + 2)))
			return 1;
	return 0;
}

static void cleanup_tmp(void)
{
	char cmd[600];

	if (g_tmpdir[0] && !getenv("TEST_KEEP")) {
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", g_tmpdir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", g_tmpdir);
	}
}

int main(int argc, char **argv)
{
	const test_case *t;
	int failed = 0;

	atexit(cleanup_tmp);
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (t = test__cases; t->name; t++) {
		if (!wanted(t->name, argc, argv))
			continue;
		g_status = 0;
		g_msg[0] = '\0';
		bitext_error_clear();
		if (test__initialize)
			test__initialize();
		t->fn();
		if (test__cleanup)
			test__cleanup();
		if (g_status == 1) {
			printf("FAIL %s: %s\n", t->name, g_msg);
			failed++;
		} else if (g_status == 2) {
			printf("skip %s: %s\n", t->name, g_msg);
		} else {
			printf("ok %s\n", t->name);
		}
	}
	bitext_error_clear();
	return failed ? 1 : 0;
}
