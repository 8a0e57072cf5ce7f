/*
 * dictd.c - reading dictd dictionaries (the format of the FreeDict
 * packages in /usr/share/dictd).
 *
 * Index: one line per headword, "HEADWORD<TAB>OFFSET<TAB>LENGTH", offset
 * and length in dictd's base64 (digits A-Z a-z 0-9 + /, most significant
 * first), into the uncompressed text of the .dict file.
 *
 * dictzip (.dict.dz): a gzip file whose header's extra field (FEXTRA)
 * holds a subfield "RA": version (2 bytes, little-endian, 1), chunk length
 * (2), chunk count (2), then the compressed size of each chunk (2 each).
 * The deflate stream is flushed fully at every chunk boundary, so chunk i
 * inflates alone (raw deflate) from the header's end plus the sizes of the
 * chunks before it, to chunk-length bytes (the last one to fewer). An
 * entry is read from the chunks it spans; the chunk inflated last is kept,
 * and entries are read in text order, so that reading every entry inflates
 * each chunk once: the cost of inflating the whole file, and reading a few
 * hundred entries costs a few hundred chunks. A gzip file without the
 * chunk table is inflated whole (up to BITEXT_MAX_DICTD_WHOLE); a plain
 * .dict is read where the entry is.
 *
 * Measured on freedict-deu-eng (100 MB of text in 1,718 chunks, 16 MB
 * compressed): inflating every chunk takes about 0.35 s; doc/align.md has
 * the loading times.
 */
#include "align/dictd.h"
#include "util/limits.h"
#include "util/vec.h"

#include <bitext/common.h>
#include <bitext/errors.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

static int ends_with(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);

	return n >= k && !strcmp(s + n - k, suf);
}

/* Length of the dictionary's name less its suffix, or 0 for none. */
static size_t dictd_stem(const char *path)
{
	size_t n = strlen(path);
	static const char *const suf[] = { ".index", ".dict.dz", ".dict.gz",
		".dict", NULL };
	int i;

	for (i = 0; suf[i]; i++)
		if (ends_with(path, n, suf[i]) && n > strlen(suf[i]))
			return n - strlen(suf[i]);
	return 0;
}

int bitext_dictd__is(const char *path)
{
	return path && dictd_stem(path) > 0;
}

int bitext_dictd__index_path(char *out, size_t cap, const char *path)
{
	size_t n = dictd_stem(path);

	if (!n || n + sizeof(".index") > cap)
		return bitext_error_set(BITEXT_EINVAL, "align_dictd_name", path,
			NULL);
	snprintf(out, cap, "%.*s.index", (int)n, path);
	return 0;
}

/* ---- index ------------------------------------------------------------ */

typedef struct {
	uint64_t off, len;
	long line;             /* of the index, for errors */
} dictd_ref;

static int b64_digit(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* A base64 number of s[0..n): at most 10 digits (60 bits); -1 if bad. */
static int b64_number(uint64_t *v, const char *s, size_t n)
{
	size_t i;

	*v = 0;
	if (!n || n > 10)
		return -1;
	for (i = 0; i < n; i++) {
		int d = b64_digit((unsigned char)s[i]);
		if (d < 0)
			return -1;
		*v = (*v << 6) | (uint64_t)d;
	}
	return 0;
}

static int ref_cmp(const void *a, const void *b)
{
	const dictd_ref *x = a, *y = b;

	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->len < y->len ? -1 : x->len > y->len;
}

static int index_error(const char *msgid, const char *path, long line,
	long col, const char *arg)
{
	int error = bitext_error_set(BITEXT_EPARSE, msgid, arg, NULL);

	bitext_error_locate(path, line, col, -1);
	return error;
}

/* The index's lines: each wanted headword's entry into refs. */
static int index_read(const char *path,
	int (*want)(void *payload, const char *head, size_t len), void *payload,
	dictd_ref **refs, size_t *nrefs)
{
	char *line = NULL, num[32];
	size_t cap = 0, aref = 0;
	ssize_t got;
	long lineno = 0;
	FILE *f;
	int error = 0;

	*refs = NULL;
	*nrefs = 0;
	if (!(f = fopen(path, "rb"))) {
		error = bitext_error_set(errno == ENOENT ? BITEXT_ENOTFOUND :
			BITEXT_EIO, "err_open", path, strerror(errno), NULL);
		bitext_error_locate(path, 0, 0, -1);
		return error;
	}
	snprintf(num, sizeof(num), "%d", BITEXT_MAX_DICTD_LINE);
	while (!error && (got = getline(&line, &cap, f)) >= 0) {
		size_t n = (size_t)got;
		const char *t1, *t2, *t3;
		uint64_t off, len;
		int w;

		lineno++;
		if (n > BITEXT_MAX_DICTD_LINE) {
			error = index_error("align_dictd_long_line", path, lineno,
				BITEXT_MAX_DICTD_LINE + 1, num);
			break;
		}
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (!n)
			continue;
		t1 = memchr(line, '\t', n);
		t2 = t1 ? memchr(t1 + 1, '\t', n - (size_t)(t1 + 1 - line)) : NULL;
		if (!t1 || !t2) {
			error = index_error("align_dictd_index", path, lineno,
				(long)n + 1, NULL);
			break;
		}
		t3 = memchr(t2 + 1, '\t', n - (size_t)(t2 + 1 - line));
		if (!t3)
			t3 = line + n;
		if (b64_number(&off, t1 + 1, (size_t)(t2 - t1 - 1)) < 0 ||
				b64_number(&len, t2 + 1, (size_t)(t3 - t2 - 1)) < 0) {
			error = index_error("align_dictd_index", path, lineno,
				(long)(t1 - line) + 2, NULL);
			break;
		}
		if (len > BITEXT_MAX_DICTD_ENTRY) {
			snprintf(num, sizeof(num), "%zu", BITEXT_MAX_DICTD_ENTRY);
			error = index_error("align_dictd_entry_long", path, lineno,
				(long)(t2 - line) + 2, num);
			break;
		}
		/* dictd's own entries: 00-database-info, 00databaseshort ... */
		if (!strncmp(line, "00-database", 11) ||
				!strncmp(line, "00database", 10) || !len)
			continue;
		if (want && (w = want(payload, line, (size_t)(t1 - line))) <= 0) {
			error = w < 0 ? w : 0;
			continue;
		}
		if (bitext__grow((void **)refs, &aref, *nrefs + 1,
				sizeof(**refs)) < 0) {
			error = BITEXT_ENOMEM;
			break;
		}
		(*refs)[*nrefs].off = off;
		(*refs)[*nrefs].len = len;
		(*refs)[*nrefs].line = lineno;
		(*nrefs)++;
	}
	if (!error && ferror(f)) {
		error = bitext_error_set(BITEXT_EIO, "err_read", path,
			strerror(errno), NULL);
		bitext_error_locate(path, lineno, 0, -1);
	}
	free(line);
	fclose(f);
	if (error) {
		free(*refs);
		*refs = NULL;
		*nrefs = 0;
	}
	return error;
}

/* ---- text ------------------------------------------------------------- */

typedef struct {
	const char *path;
	int fd;
	int kind;                 /* 0 plain, 1 dictzip, 2 gzip inflated whole */
	uint64_t size;            /* of the file */
	/* dictzip */
	uint32_t chlen, chcnt;
	uint64_t *choff;          /* chcnt + 1 file offsets of the chunks */
	z_stream z;
	int zinit;
	unsigned char *cin;       /* one compressed chunk */
	unsigned char *cout;      /* the chunk inflated last */
	uint32_t cur, curlen;     /* its index (chcnt: none) and length */
	/* whole */
	unsigned char *all;
	size_t nall;
} dictd_text;

static int text_error(const dictd_text *t, const char *why, uint64_t at)
{
	char num[32];
	int error;

	snprintf(num, sizeof(num), "%llu", (unsigned long long)at);
	error = bitext_error_set(BITEXT_EPARSE, "align_dictd_gzip", num, why,
		NULL);

	bitext_error_locate(t->path, 0, 0, (long long)at);
	return error;
}

static int text_pread(const dictd_text *t, void *buf, size_t n, uint64_t at)
{
	size_t done = 0;

	while (done < n) {
		ssize_t r = pread(t->fd, (char *)buf + done, n - done,
			(off_t)(at + done));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int error = bitext_error_set(BITEXT_EIO, "err_read", t->path,
				strerror(errno), NULL);
			bitext_error_locate(t->path, 0, 0, (long long)(at + done));
			return error;
		}
		if (r == 0)
			return text_error(t, "the file ends early", at + done);
		done += (size_t)r;
	}
	return 0;
}

/* The whole gzip file inflated (no chunk table). */
static int text_inflate_all(dictd_text *t)
{
	unsigned char in[65536];
	size_t cap = 0;
	uint64_t at = 0;
	int zr = Z_OK, error = 0;

	if (inflateInit2(&t->z, 15 + 16) != Z_OK)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	t->zinit = 1;
	while (zr != Z_STREAM_END && !error) {
		ssize_t r = pread(t->fd, in, sizeof(in), (off_t)at);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return r < 0 ? text_error(t, strerror(errno), at) :
				text_error(t, "the file ends early", at);
		t->z.next_in = in;
		t->z.avail_in = (uInt)r;
		while (t->z.avail_in && zr != Z_STREAM_END) {
			if (t->nall == cap) {
				if (cap >= BITEXT_MAX_DICTD_WHOLE)
					return text_error(t, "the text is too long",
						at + (uint64_t)(t->z.next_in - in));
				if (bitext__grow((void **)&t->all, &cap, cap + 1 + cap / 2 +
						65536, 1) < 0)
					return BITEXT_ENOMEM;
			}
			t->z.next_out = t->all + t->nall;
			t->z.avail_out = (uInt)(cap - t->nall);
			zr = inflate(&t->z, Z_NO_FLUSH);
			t->nall = cap - t->z.avail_out;
			if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR)
				return text_error(t, "damaged compressed data",
					at + (uint64_t)(t->z.next_in - in));
		}
		at += (uint64_t)r;
	}
	return 0;
}

static uint32_t le16(const unsigned char *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8);
}

/* Open the text: plain, dictzip (chunk table read) or gzip. */
static int text_open(dictd_text *t, const char *path)
{
	unsigned char h[12], *extra = NULL;
	uint64_t at;
	uint32_t xlen, i;
	int flg, error = 0;

	memset(t, 0, sizeof(*t));
	t->path = path;
	t->fd = open(path, O_RDONLY | O_CLOEXEC);
	if (t->fd < 0) {
		error = bitext_error_set(errno == ENOENT ? BITEXT_ENOTFOUND :
			BITEXT_EIO, "err_open", path, strerror(errno), NULL);
		bitext_error_locate(path, 0, 0, -1);
		return error;
	}
	{
		off_t end = lseek(t->fd, 0, SEEK_END);
		t->size = end > 0 ? (uint64_t)end : 0;
	}
	if (t->size < 18 || pread(t->fd, h, 10, 0) != 10 ||
			h[0] != 0x1f || h[1] != 0x8b)
		return 0;                       /* plain text */
	if (h[2] != 8)
		return text_error(t, "not deflate", 2);
	flg = h[3];
	at = 10;
	t->kind = 2;
	if (flg & 4) {
		if ((error = text_pread(t, h, 2, at)) < 0)
			return error;
		xlen = le16(h);
		at += 2;
		if (!(extra = malloc(xlen ? xlen : 1)))
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		if ((error = text_pread(t, extra, xlen, at)) < 0)
			goto cleanup;
		for (i = 0; i + 4 <= xlen; ) {
			uint32_t len = le16(extra + i + 2);

			if (i + 4 + len > xlen) {
				error = text_error(t, "damaged extra field", at + i);
				goto cleanup;
			}
			if (extra[i] == 'R' && extra[i + 1] == 'A') {
				const unsigned char *ra = extra + i + 4;
				uint32_t k;

				if (len < 6 || le16(ra) != 1 || !le16(ra + 2) ||
						len != 6 + 2 * le16(ra + 4)) {
					error = text_error(t, "damaged chunk table", at + i + 4);
					goto cleanup;
				}
				t->chlen = le16(ra + 2);
				t->chcnt = le16(ra + 4);
				t->choff = malloc(((size_t)t->chcnt + 1) * sizeof(uint64_t));
				if (!t->choff) {
					error = bitext_error_set(BITEXT_ENOMEM, "err_nomem",
						NULL);
					goto cleanup;
				}
				t->choff[0] = 0;
				for (k = 0; k < t->chcnt; k++) {
					uint32_t cs = le16(ra + 6 + 2 * k);
					if (!cs) {
						error = text_error(t, "damaged chunk table",
							at + i + 10 + 2 * k);
						goto cleanup;
					}
					t->choff[k + 1] = t->choff[k] + cs;
				}
				t->kind = 1;
			}
			i += 4 + len;
		}
		at += xlen;
	}
	/* file name, comment: NUL-terminated; header CRC: 2 bytes */
	for (i = 8; i <= 16; i += 8) {
		if (!(flg & (int)i))
			continue;
		for (;;) {
			if (at >= t->size) {
				error = text_error(t, "the header does not end", at);
				goto cleanup;
			}
			if ((error = text_pread(t, h, 1, at++)) < 0)
				goto cleanup;
			if (!h[0])
				break;
		}
	}
	if (flg & 2)
		at += 2;
	if (t->kind == 2) {
		error = text_inflate_all(t);
		goto cleanup;
	}
	for (i = 0; i <= t->chcnt; i++)
		t->choff[i] += at;
	if (t->choff[t->chcnt] > t->size) {
		error = text_error(t, "the chunks run past the end of the file",
			t->size);
		goto cleanup;
	}
	t->cin = malloc(BITEXT_MAX_DICTD_CHUNK);
	t->cout = malloc(t->chlen);
	if (!t->cin || !t->cout || inflateInit2(&t->z, -15) != Z_OK) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	t->zinit = 1;
	t->cur = t->chcnt;
cleanup:
	free(extra);
	return error;
}

static void text_close(dictd_text *t)
{
	if (t->fd >= 0)
		close(t->fd);
	if (t->zinit)
		inflateEnd(&t->z);
	free(t->choff);
	free(t->cin);
	free(t->cout);
	free(t->all);
}

/* Inflate chunk k into t->cout. */
static int text_chunk(dictd_text *t, uint32_t k)
{
	uint64_t at = t->choff[k];
	size_t n = (size_t)(t->choff[k + 1] - at);
	int zr, error;

	if (t->cur == k)
		return 0;
	t->cur = t->chcnt;
	if (n > BITEXT_MAX_DICTD_CHUNK)
		return text_error(t, "damaged chunk table", at);
	if ((error = text_pread(t, t->cin, n, at)) < 0)
		return error;
	inflateReset(&t->z);
	t->z.next_in = t->cin;
	t->z.avail_in = (uInt)n;
	t->z.next_out = t->cout;
	t->z.avail_out = t->chlen;
	zr = inflate(&t->z, Z_SYNC_FLUSH);
	if (zr != Z_OK && zr != Z_STREAM_END && !(zr == Z_BUF_ERROR &&
			!t->z.avail_out))
		return text_error(t, "damaged compressed data",
			at + (uint64_t)(t->z.next_in - t->cin));
	t->curlen = t->chlen - t->z.avail_out;
	if (t->curlen < t->chlen && k + 1 < t->chcnt)
		return text_error(t, "a chunk inflates short", at);
	t->cur = k;
	return 0;
}

/* The text [off, off + len) into out. */
static int text_get(dictd_text *t, bitext_buf *out, uint64_t off,
	uint64_t len)
{
	int error;

	bitext_buf_clear(out);
	if (bitext_buf_grow(out, (size_t)len) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (t->kind == 0) {
		if (off + len > t->size)
			return 1;
		if ((error = text_pread(t, out->ptr, (size_t)len, off)) < 0)
			return error;
		out->size = (size_t)len;
	} else if (t->kind == 2) {
		if (off + len > t->nall)
			return 1;
		memcpy(out->ptr, t->all + off, (size_t)len);
		out->size = (size_t)len;
	} else {
		while (out->size < len) {
			uint64_t pos = off + out->size;
			uint64_t k = pos / t->chlen;
			size_t in, take;

			if (k >= t->chcnt)
				return 1;
			if ((error = text_chunk(t, (uint32_t)k)) < 0)
				return error;
			in = (size_t)(pos - k * t->chlen);
			if (in >= t->curlen)
				return 1;
			take = t->curlen - in;
			if (take > len - out->size)
				take = (size_t)(len - out->size);
			memcpy(out->ptr + out->size, t->cout + in, take);
			out->size += take;
		}
	}
	out->ptr[out->size] = '\0';
	return 0;
}

/* The text file of a dictionary: NAME.dict.dz, .dict.gz or .dict. */
static int text_path(char *out, size_t cap, const char *index)
{
	static const char *const suf[] = { ".dict.dz", ".dict.gz", ".dict",
		NULL };
	size_t n = strlen(index) - strlen(".index");
	int i;

	for (i = 0; suf[i]; i++) {
		snprintf(out, cap, "%.*s%s", (int)n, index, suf[i]);
		if (!access(out, F_OK))
			return 0;
	}
	snprintf(out, cap, "%.*s.dict.dz", (int)n, index);
	return 0;
}

int bitext_dictd__read(const char *path,
	int (*want)(void *payload, const char *head, size_t len),
	int (*entry)(void *payload, const char *text, size_t len),
	void *payload)
{
	char index[4096], dict[4096], num[2][32];
	dictd_ref *refs = NULL;
	size_t nrefs = 0, i;
	dictd_text t;
	bitext_buf b = BITEXT_BUF_INIT;
	int error;

	memset(&t, 0, sizeof(t));
	t.fd = -1;
	if ((error = bitext_dictd__index_path(index, sizeof(index), path)) < 0)
		return error;
	text_path(dict, sizeof(dict), index);
	if (access(index, F_OK)) {
		error = bitext_error_set(BITEXT_ENOTFOUND, "err_open", index,
			strerror(errno), NULL);
		bitext_error_locate(index, 0, 0, -1);
		return error;
	}
	if ((error = index_read(index, want, payload, &refs, &nrefs)) < 0)
		return error;
	if (nrefs > 1)
		qsort(refs, nrefs, sizeof(*refs), ref_cmp);
	if ((error = text_open(&t, dict)) < 0)
		goto cleanup;
	for (i = 0; i < nrefs && !error; i++) {
		if (i && refs[i].off == refs[i - 1].off &&
				refs[i].len == refs[i - 1].len)
			continue;
		if ((error = text_get(&t, &b, refs[i].off, refs[i].len)) < 0)
			break;
		if (error > 0) {
			snprintf(num[0], sizeof(num[0]), "%llu",
				(unsigned long long)refs[i].off);
			snprintf(num[1], sizeof(num[1]), "%llu",
				(unsigned long long)refs[i].len);
			error = bitext_error_set(BITEXT_EPARSE, "align_dictd_range",
				num[0], num[1], dict, NULL);
			bitext_error_locate(index, refs[i].line, 0, -1);
			break;
		}
		error = entry(payload, b.ptr, b.size);
	}
cleanup:
	text_close(&t);
	bitext_buf_dispose(&b);
	free(refs);
	return error < 0 ? error : 0;
}

/* ---- entries ---------------------------------------------------------- */

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
		c == '\v';
}

/* Copy s[0..n) to out without labels: (...), [...], <...>, {...} marks
 * (their text kept), and with `pron` pronunciations /.../ that follow a
 * space or start the text. */
static int strip_labels(bitext_buf *out, const char *s, size_t n, int pron)
{
	size_t i;
	int depth = 0;
	char close[32];

	bitext_buf_clear(out);
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (depth) {
			if (c == close[depth - 1])
				depth--;
			else if ((c == '(' || c == '[' || c == '<') &&
					depth < (int)sizeof(close))
				close[depth++] = c == '(' ? ')' : c == '[' ? ']' : '>';
			continue;
		}
		if (c == '(' || c == '[' || c == '<') {
			close[depth++] = c == '(' ? ')' : c == '[' ? ']' : '>';
			continue;
		}
		if (pron && c == '/' && (i == 0 || is_space(s[i - 1]))) {
			const char *e = memchr(s + i + 1, '/', n - i - 1);
			if (e) {
				i = (size_t)(e - s);
				continue;
			}
		}
		if (c == '{' || c == '}')
			continue;
		if (bitext_buf_put(out, &c, 1) < 0)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	if (!out->ptr && bitext_buf_put(out, "", 0) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return 0;
}

/* Give each piece of s[0..n) between separators, trimmed. */
static int split_pieces(const char *s, size_t n, int kind, const char *seps,
	int (*cb)(void *payload, int kind, const char *s, size_t n),
	void *payload, int *given)
{
	size_t i = 0;
	int error;

	while (i <= n) {
		size_t a = i, e;

		while (i < n && !strchr(seps, s[i]))
			i++;
		e = i++;
		while (a < e && is_space(s[a]))
			a++;
		while (e > a && is_space(s[e - 1]))
			e--;
		if (e == a)
			continue;
		if (kind == BITEXT_DICTD_TRANS && *given >= BITEXT_MAX_DICTD_TRANS)
			return 0;
		if ((error = cb(payload, kind, s + a, e - a)) < 0)
			return error;
		if (kind == BITEXT_DICTD_TRANS)
			(*given)++;
	}
	return 0;
}

/* A line of notes: "Note: ...", "Synonyms: ...", "see: ..." - a first word
 * of letters followed by a colon. */
static int is_note(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
		i++;
	return i > 0 && i < n && s[i] == ':';
}

int bitext_dictd__parse(const char *text, size_t len,
	int (*cb)(void *payload, int kind, const char *s, size_t n),
	void *payload)
{
	bitext_buf clean = BITEXT_BUF_INIT;
	const char *p = text, *end = text + len;
	int first = 1, given = 0, error = 0;

	while (p < end && !error) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *a = p, *e;

		if (!eol)
			eol = end;
		p = eol + 1;
		e = eol;
		while (a < e && is_space(*a))
			a++;
		while (e > a && is_space(e[-1]))
			e--;
		if (a == e)
			continue;
		if (first) {
			first = 0;
			if ((error = strip_labels(&clean, a, (size_t)(e - a), 1)) < 0)
				break;
			error = split_pieces(clean.ptr, clean.size, BITEXT_DICTD_HEAD,
				",;", cb, payload, &given);
			continue;
		}
		if (*a == '"' || *a == '{' || is_note(a, (size_t)(e - a)))
			continue;
		/* a line all in parentheses: a part of speech (jpn-eng) */
		if (*a == '(' && e[-1] == ')')
			continue;
		/* sense numbers: "1. ", "2) " */
		{
			const char *d = a;
			while (d < e && *d >= '0' && *d <= '9')
				d++;
			if (d > a && d < e && (*d == '.' || *d == ')') &&
					d + 1 < e && is_space(d[1]))
				a = d + 1;
		}
		if ((error = strip_labels(&clean, a, (size_t)(e - a), 0)) < 0)
			break;
		error = split_pieces(clean.ptr, clean.size, BITEXT_DICTD_TRANS,
			",;", cb, payload, &given);
	}
	bitext_buf_dispose(&clean);
	return error;
}
