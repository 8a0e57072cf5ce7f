/*
 * tests/fuzz/driver.c - run a fuzz target without libFuzzer: every file
 * named on the command line, and every file of every folder named, is fed
 * once to LLVMFuzzerTestOneInput(). `make check` replays
 * tests/fuzz/regress/<target>/ with it, so that an input that once crashed
 * a target keeps being tried by any compiler, with or without sanitizers.
 *
 * Each input is placed at the very end of its memory, against a page that
 * cannot be read: a read past its end crashes at once, without a
 * sanitizer (as AddressSanitizer would catch it in `make check-asan` and
 * under libFuzzer).
 *
 * Exit status: 0 when every input ran (a crash ends the program), 2 when a
 * file cannot be read.
 */
#include "fuzz.h"
#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>

/* Run the target on a copy of `data` that ends where an unreadable page
 * begins. */
static void run_guarded(const uint8_t *data, size_t size)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t body = (size + page - 1) / page * page;
	uint8_t *map;

	if (!body)
		body = page;
	map = mmap(NULL, body + page, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (map == MAP_FAILED || mprotect(map + body, page, PROT_NONE) < 0) {
		perror("mmap");
		abort();
	}
	if (size)
		memcpy(map + body - size, data, size);
	LLVMFuzzerTestOneInput(map + body - size, size);
	munmap(map, body + page);
}

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	size_t size = 0, cap = 0;

	if (!f) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return -1;
	}
	for (;;) {
		size_t n;
		if (size == cap) {
			uint8_t *p;
			cap = cap ? cap * 2 : 65536;
			if (!(p = realloc(data, cap)))
				abort();
			data = p;
		}
		n = fread(data + size, 1, cap - size, f);
		if (n == 0)
			break;
		size += n;
	}
	if (ferror(f)) {
		fprintf(stderr, "%s: read error\n", path);
		fclose(f);
		free(data);
		return -1;
	}
	fclose(f);
	run_guarded(data, size);
	free(data);
	return 0;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files of a folder in name order (hidden files skipped). */
static int run_dir(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int error = 0;

	if (!d) {
		fprintf(stderr, "%s: %s\n", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			char **p;
			cap = cap ? cap * 2 : 64;
			if (!(p = realloc(names, cap * sizeof(*p))))
				abort();
			names = p;
		}
		names[n] = malloc(strlen(dir) + strlen(e->d_name) + 2);
		if (!names[n])
			abort();
		sprintf(names[n], "%s/%s", dir, e->d_name);
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), name_cmp);
	for (i = 0; i < n; i++) {
		if (!error && run_file(names[i]) < 0)
			error = -1;
		else if (!error)
			(*count)++;
		free(names[i]);
	}
	free(names);
	return error;
}

int main(int argc, char **argv)
{
	size_t count = 0;
	int i, error = 0;

	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc && !error; i++) {
		struct stat st;
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			error = run_dir(argv[i], &count);
		else if ((error = run_file(argv[i])) == 0)
			count++;
	}
	if (error)
		return 2;
	printf("%s: %zu inputs ran\n", argv[0], count);
	return 0;
}
