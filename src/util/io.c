/*
 * io.c - whole-file reads and atomic writes (bitext/io.h).
 *
 * Output rules (bitext_afile), decided on the destination as it is when the
 * output is opened:
 *   - "-" is standard output, written directly;
 *   - a symbolic link is followed (up to 40 links, relative targets from
 *     the link's folder) and the rules apply to its final target: the
 *     target is replaced, the link stays a link;
 *   - a regular file, or no file, is written atomically: the output goes to
 *     "<dir>/.<name>.<pid>.XXXXXX" beside the (resolved) destination, which
 *     keeps its mode, and is renamed over it on commit; abort, an error or a
 *     crash leaves the destination as it was;
 *   - anything else (a FIFO, a device such as /dev/null or /dev/full, a
 *     socket) is opened and written through, never replaced; a failure
 *     there cannot be undone.
 * SIGINT, SIGTERM and SIGHUP remove the temporary files of the outputs
 * being written, when their disposition was the default one: the handler
 * unlinks the registered names (async-signal-safe: a fixed table, atomic
 * flags, unlink) and re-raises the signal with the default action. SIGKILL
 * cannot be caught and may leave a temporary file; the next output to the
 * same destination removes those left by processes that no longer exist
 * (same folder and name pattern, owned by this user, a regular file last
 * written before this process started), so a writer still running is
 * never touched.
 */
#include "bitext/io.h"
#include "bitext/errors.h"
#include "util/limits.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct bitext_afile {
	FILE *f;       /* stream */
	char *tmp;     /* temporary path, NULL when written directly */
	char *path;    /* destination as given, for messages */
	char *target;  /* the file replaced (symlinks resolved) */
	int slot;      /* slot of `tmp` in the signal table, -1 when none */
	int is_stdout; /* "-": standard output, not closed */
};

/* Longest symlink chain followed, as the kernel's MAXSYMLINKS. */
#define AFILE_MAX_LINKS 40
/* Outputs of one process whose temporary files a signal removes; more are
 * still removed on abort, only not on a signal. */
#define AFILE_SLOTS 32

/* The signal table. state: 0 free, 1 being filled, 2 armed. Only the
 * owner's process removes a name (a forked child inherits the table). */
static struct {
	atomic_int state;
	pid_t pid;
	char name[PATH_MAX];
} afile_slots[AFILE_SLOTS];

static pthread_once_t afile_once = PTHREAD_ONCE_INIT;
static time_t afile_start;     /* this process's start, for stale files */

static void afile_on_signal(int sig)
{
	pid_t self = getpid();
	int i;

	for (i = 0; i < AFILE_SLOTS; i++)
		if (atomic_load(&afile_slots[i].state) == 2 &&
		    afile_slots[i].pid == self)
			unlink(afile_slots[i].name);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* When this process started: /proc/self/stat's start time (clock ticks
 * after boot) plus the boot time; the current time when unknown. */
static time_t process_start(void)
{
	char buf[1024], *p;
	unsigned long long ticks = 0, btime = 0;
	long hz = sysconf(_SC_CLK_TCK);
	size_t n;
	int field;
	FILE *f = fopen("/proc/self/stat", "r");

	if (!f)
		return time(NULL);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = strrchr(buf, ')');
	for (field = 2; p && field < 22; field++)
		p = strchr(p + 1, ' ');
	if (!p || sscanf(p, " %llu", &ticks) != 1 || hz <= 0)
		return time(NULL);
	f = fopen("/proc/stat", "r");
	while (f && fgets(buf, sizeof(buf), f))
		if (sscanf(buf, "btime %llu", &btime) == 1)
			break;
	if (f)
		fclose(f);
	if (!btime)
		return time(NULL);
	return (time_t)(btime + ticks / (unsigned long long)hz);
}

/* Once per process: the start time, and the handlers of the signals that
 * end a run, where no one else handles them. */
static void afile_init(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction old, sa;
	size_t i;

	afile_start = process_start();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = afile_on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		if (sigaction(sigs[i], NULL, &old) != 0 ||
		    (old.sa_flags & SA_SIGINFO) || old.sa_handler != SIG_DFL)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
}

static int afile_register(const char *name)
{
	int i, expect;

	if (strlen(name) >= PATH_MAX)
		return -1;
	for (i = 0; i < AFILE_SLOTS; i++) {
		expect = 0;
		if (!atomic_compare_exchange_strong(&afile_slots[i].state, &expect, 1))
			continue;
		strcpy(afile_slots[i].name, name);
		afile_slots[i].pid = getpid();
		atomic_store(&afile_slots[i].state, 2);
		return i;
	}
	return -1;
}

static void afile_unregister(bitext_afile *a)
{
	if (a->slot >= 0)
		atomic_store(&afile_slots[a->slot].state, 0);
	a->slot = -1;
}

/* `path` with every symbolic link on its last component followed: the file
 * an output to `path` replaces. malloc'd; NULL with errno set. */
static char *resolve_target(const char *path)
{
	char *cur = strdup(path), *next;
	char link[PATH_MAX];
	struct stat st;
	int hops;

	for (hops = 0; cur; hops++) {
		ssize_t n;
		const char *slash;
		size_t dirlen;

		if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode))
			return cur;
		if (hops == AFILE_MAX_LINKS) {
			free(cur);
			errno = ELOOP;
			return NULL;
		}
		n = readlink(cur, link, sizeof(link) - 1);
		if (n < 0) {
			free(cur);
			return NULL;
		}
		link[n] = '\0';
		slash = strrchr(cur, '/');
		dirlen = link[0] == '/' || !slash ? 0 : (size_t)(slash - cur + 1);
		next = malloc(dirlen + (size_t)n + 1);
		if (next) {
			memcpy(next, cur, dirlen);
			memcpy(next + dirlen, link, (size_t)n + 1);
		}
		free(cur);
		cur = next;
	}
	errno = ENOMEM;
	return NULL;
}

/* 1 when `entry` is a temporary file of ours for `base`:
 * ".<base>.<pid>.XXXXXX"; its pid goes to `pid`. */
static int stale_name(const char *entry, const char *base, long *pid)
{
	size_t bl = strlen(base);
	const char *p;
	char *end;
	int i;

	if (entry[0] != '.' || strncmp(entry + 1, base, bl) || entry[bl + 1] != '.')
		return 0;
	p = entry + bl + 2;
	if (*p < '1' || *p > '9')
		return 0;
	*pid = strtol(p, &end, 10);
	if (*end != '.' || *pid <= 0)
		return 0;
	for (i = 1; i <= 6; i++)
		if (!((end[i] >= 'a' && end[i] <= 'z') || (end[i] >= 'A' &&
		    end[i] <= 'Z') || (end[i] >= '0' && end[i] <= '9')))
			return 0;
	return end[7] == '\0';
}

/* Remove the temporary files a killed run left for `dir`/`base`: only
 * those of a process that no longer exists, owned by us, regular, and
 * last written before this process started. Best effort, silent. */
static void stale_clean(const char *dir, const char *base)
{
	DIR *d = opendir(*dir ? dir : ".");
	struct dirent *e;
	struct stat st;
	long pid;

	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		if (!stale_name(e->d_name, base, &pid) || pid == (long)getpid())
			continue;
		if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
		    !S_ISREG(st.st_mode) || st.st_uid != geteuid() ||
		    st.st_mtime >= afile_start)
			continue;
		unlinkat(dirfd(d), e->d_name, 0);
	}
	closedir(d);
}

static int afile_fail(bitext_afile *a, const char *path, int e)
{
	bitext_afile_abort(a);
	bitext_error_set(BITEXT_EIO, "err_write", path, strerror(e), NULL);
	bitext_error_locate(path, 0, 0, -1);
	return BITEXT_EIO;
}

/* The stream of descriptor `fd`: 0, or -1 with errno (fd closed). */
static int afile_fdopen(bitext_afile *a, int fd)
{
	a->f = fdopen(fd, "wb");
	if (!a->f) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return 0;
}

/* Write through to what is not a regular file (FIFO, device). */
static int afile_open_direct(bitext_afile *a)
{
	int fd = open(a->target, O_WRONLY | O_NOCTTY | O_CLOEXEC);

	if (fd < 0)
		return -1;
	return afile_fdopen(a, fd);
}

/* The temporary file beside the target, with the target's mode (or the
 * usual mode of a new file). */
static int afile_open_tmp(bitext_afile *a, const struct stat *old)
{
	const char *slash = strrchr(a->target, '/');
	size_t dirlen = slash ? (size_t)(slash - a->target + 1) : 0;
	char *dir;
	mode_t um;
	int fd;

	a->tmp = malloc(strlen(a->target) + 40);
	dir = strndup(a->target, dirlen);
	if (!a->tmp || !dir) {
		free(dir);
		errno = ENOMEM;
		return -1;
	}
	stale_clean(dir, a->target + dirlen);
	free(dir);
	memcpy(a->tmp, a->target, dirlen);
	sprintf(a->tmp + dirlen, ".%s.%ld.XXXXXX", a->target + dirlen, (long)getpid());
	fd = mkstemp(a->tmp);
	if (fd < 0) {
		free(a->tmp);
		a->tmp = NULL;
		return -1;
	}
	a->slot = afile_register(a->tmp);
	if (old) {
		fchmod(fd, old->st_mode & 07777);
	} else {
		um = umask(0);
		umask(um);
		fchmod(fd, 0666 & ~um);
	}
	return afile_fdopen(a, fd);
}

int bitext_file_read(bitext_buf *out, const char *path)
{
	FILE *f;
	char chunk[65536];
	size_t n;
	struct stat st;
	int is_stdin = !strcmp(path, "-");

	f = is_stdin ? stdin : fopen(path, "rb");
	if (!f) {
		int code = errno == ENOENT ? BITEXT_ENOTFOUND : BITEXT_EIO;
		bitext_error_set(code, "err_open", path, strerror(errno), NULL);
		bitext_error_locate(path, 0, 0, -1);
		return code;
	}
	/* a regular file's size is known: refuse it before reading, and read
	 * it into one block; a pipe meets the cap as it streams */
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
		if ((unsigned long long)st.st_size > BITEXT_MAX_INPUT_BYTES) {
			if (!is_stdin)
				fclose(f);
			bitext_error_set(BITEXT_ELIMIT, "err_too_big", path, NULL);
			bitext_error_locate(path, 0, 0, -1);
			return BITEXT_ELIMIT;
		}
		if (bitext_buf_grow(out, (size_t)st.st_size) < 0) {
			if (!is_stdin)
				fclose(f);
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		}
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
	if (bitext_buf_put(out, "", 0) < 0)   /* the NUL after the bytes */
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return 0;
}

int bitext_afile_open(bitext_afile **out, const char *path)
{
	bitext_afile *a = calloc(1, sizeof(*a));
	struct stat st;
	int exists, rc;

	*out = NULL;
	if (!a)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	a->slot = -1;
	if (!strcmp(path, "-")) {
		a->f = stdout;
		a->is_stdout = 1;
		*out = a;
		return 0;
	}
	pthread_once(&afile_once, afile_init);
	a->path = strdup(path);
	if (!a->path) {
		bitext_afile_abort(a);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	a->target = resolve_target(path);
	if (!a->target)
		return afile_fail(a, path, errno);
	exists = stat(a->target, &st) == 0;
	if (exists && !S_ISREG(st.st_mode))
		rc = afile_open_direct(a);
	else
		rc = afile_open_tmp(a, exists ? &st : NULL);
	if (rc < 0)
		return afile_fail(a, path, errno);
	*out = a;
	return 0;
}

FILE *bitext_afile_stream(bitext_afile *f)
{
	return f->f;
}

/* Flush and close (stdout: flush): 0, or the errno of the first failure. */
static int afile_close(bitext_afile *a)
{
	int e = 0;

	if (fflush(a->f) != 0)
		e = errno;
	if (!e && ferror(a->f))
		e = EIO;
	if (!a->is_stdout && fclose(a->f) != 0 && !e)
		e = errno;
	a->f = NULL;
	return e;
}

int bitext_afile_commit(bitext_afile *a)
{
	const char *name = a->is_stdout ? "-" : a->path;
	int e = afile_close(a);

	if (!e && a->tmp && rename(a->tmp, a->target) != 0)
		e = errno;
	if (e) {
		bitext_error_set(BITEXT_EIO, "err_write", name, strerror(e), NULL);
		bitext_error_locate(name, 0, 0, -1);
		bitext_afile_abort(a);
		return BITEXT_EIO;
	}
	afile_unregister(a);
	free(a->tmp);
	free(a->target);
	free(a->path);
	free(a);
	return 0;
}

void bitext_afile_abort(bitext_afile *a)
{
	if (!a)
		return;
	if (a->is_stdout)
		fflush(a->f);
	else if (a->f)
		fclose(a->f);
	if (a->tmp)
		unlink(a->tmp);
	afile_unregister(a);
	free(a->tmp);
	free(a->target);
	free(a->path);
	free(a);
}
