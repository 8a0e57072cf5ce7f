/*
 * check_ignore.c - findings a person marked "not a problem" (ignore
 * lists), and the text a finding points at.
 *
 * An ignore list is text, one finding a line, three fields separated by
 * tabs:
 *
 *     # bitext ignore
 *     CHECK<TAB>SOURCE<TAB>TEXT
 *
 * CHECK is a check id (number, spelling ...); a checklist finding's is
 * checklist:RULE-ID, so that a mark on one rule's finding does not hide
 * another rule's finding on the same text (a plain `checklist`, as older
 * lists have it, still marks every rule's finding on its text). SOURCE is
 * the source text of
 * the finding's unit as stored (inline codes removed): the unit is known
 * by its source, not by its number or tuid, so that a mark survives a
 * memory rebuilt with its units renumbered (aligned memories number their
 * units anew each time). TEXT is what the finding points at: the text of
 * its target span when that is not empty, else of its source span, else
 * empty. SOURCE and TEXT use the escapes of bitext/rows.h (\t \n \r \\).
 * Lines starting with `#` and empty lines are skipped; a line with another
 * number of fields or an unknown check is an error with file, line and
 * column. A finding is ignored when some line has its check, its unit's
 * source and its text: every unit with the same source shares the mark,
 * as in other QA tools that ignore by segment content.
 *
 * Storage: each line as a key, the canonical line (the fields unescaped,
 * then escaped again) in a string map, so a finding is looked up by the
 * line it would be written as (bitext_check__ignore_line).
 */
#include "check/check_int.h"

#include <bitext/errors.h>
#include <bitext/io.h>
#include <bitext/rows.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Byte range of the code points [a, b) of s[0..n) (clamped to the text). */
static void ignore_span(const char *s, size_t n, long a, long b,
	size_t *from, size_t *to)
{
	size_t i = 0;
	long cp = 0;

	*from = *to = n;
	while (i < n && cp < a) {
		bitext_utf8__next(s, n, &i);
		cp++;
	}
	*from = i;
	while (i < n && cp < b) {
		bitext_utf8__next(s, n, &i);
		cp++;
	}
	*to = i;
}

void bitext_check__finding_text(const bitext_checker *c,
	const bitext_finding *x, const char **text, size_t *len)
{
	const bitext_check_unit *u = &c->units[x->unit];
	size_t a = 0, b = 0;

	*text = "";
	*len = 0;
	if (x->tgt_start >= 0 && x->tgt_end > x->tgt_start) {
		ignore_span(u->tgt, u->tgt_len, x->tgt_start, x->tgt_end, &a, &b);
		*text = u->tgt + a;
	} else if (x->src_start >= 0 && x->src_end > x->src_start) {
		ignore_span(u->src, u->src_len, x->src_start, x->src_end, &a, &b);
		*text = u->src + a;
	}
	*len = b - a;
}

/* The canonical line of (check, rule, source, text), without a line end;
 * `rule` (a checklist rule's id) may be NULL. */
static int ignore_key(bitext_buf *b, const char *check, const char *rule,
	const char *src, size_t slen, const char *text, size_t tlen)
{
	bitext_buf_clear(b);
	if (bitext_buf_puts(b, check) < 0 ||
	    (rule && (bitext_buf_putc(b, ':') < 0 || bitext_buf_puts(b, rule) < 0)) ||
	    bitext_buf_putc(b, '\t') < 0 ||
	    bitext_row_put_escaped(b, src, slen) < 0 ||
	    bitext_buf_putc(b, '\t') < 0 ||
	    bitext_row_put_escaped(b, text, tlen) < 0)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (!b->ptr)
		return bitext_buf_puts(b, "");
	return 0;
}

int bitext_check__ignore_line(bitext_buf *b, const bitext_checker *c,
	const bitext_finding *x)
{
	const bitext_check_unit *u = &c->units[x->unit];
	const char *text;
	size_t len;

	bitext_check__finding_text(c, x, &text, &len);
	return ignore_key(b, bitext_check_name(x->check),
		x->check == BITEXT_CHECK_CHECKLIST ? x->rule : NULL, u->src,
		u->src_len, text, len);
}

/* The check of an ignore line's first cell, and the rule id after
 * "checklist:" (NULL for other checks and a plain "checklist"): 0, or -1
 * with the byte of the cell where it went wrong in *bad. */
static int ignore_check(const char *cell, bitext_check_id *id,
	const char **rule, size_t *bad)
{
	const char *colon = strchr(cell, ':'), *p;
	char name[32];
	size_t n = colon ? (size_t)(colon - cell) : strlen(cell);

	*rule = NULL;
	*bad = 0;
	if (n >= sizeof(name))
		return -1;
	memcpy(name, cell, n);
	name[n] = '\0';
	if (bitext_check_from_name(id, name) < 0)
		return -1;
	if (!colon)
		return 0;
	*bad = n + 1;
	if (*id != BITEXT_CHECK_CHECKLIST || !colon[1])
		return -1;
	for (p = colon + 1; *p; p++)
		if (!bitext_check__list_id_char(*p)) {
			*bad = (size_t)(p - cell);
			return -1;
		}
	*rule = colon + 1;
	return 0;
}

/* The column (1-based) where cell k of the row starts in its line. */
static long ignore_column(const char *line, size_t len, size_t k)
{
	size_t i;

	for (i = 0; i < len && k; i++)
		if (line[i] == '\t')
			k--;
	return (long)i + 1;
}

int bitext_checker_load_ignore_buffer(bitext_checker *c, const char *name,
	const char *data, size_t len)
{
	bitext_row row = BITEXT_ROW_INIT;
	bitext_buf key = BITEXT_BUF_INIT;
	bitext_check_id id;
	const char *rule;
	size_t bad;
	int r, error = 0;

	if (!name)
		name = "-";
	while ((r = bitext_row_next(&row, name, data, len,
			BITEXT_ROW_ESCAPES | BITEXT_ROW_COMMENTS)) > 0) {
		const char *line = data + row.start, *src, *text;
		size_t slen, tlen, llen = row.pos - row.start;

		while (llen && (line[llen - 1] == '\n' || line[llen - 1] == '\r'))
			llen--;
		if (row.ncells != 3) {
			error = bitext_error_set(BITEXT_EPARSE, "check_ignore_fields",
				NULL);
			bitext_error_locate(name, row.line, row.ncells > 3 ?
				ignore_column(line, llen, 3) : (long)llen + 1, -1);
			break;
		}
		if (ignore_check(bitext_row_cell(&row, 0, NULL), &id, &rule,
		    &bad) < 0) {
			error = bitext_error_set(BITEXT_EPARSE, bad ?
				"check_ignore_rule" : "check_ignore_check",
				bitext_row_cell(&row, 0, NULL), NULL);
			bitext_error_locate(name, row.line, 1 + (long)bitext_utf8__count(
				bitext_row_cell(&row, 0, NULL), bad), -1);
			break;
		}
		src = bitext_row_cell(&row, 1, &slen);
		text = bitext_row_cell(&row, 2, &tlen);
		if ((error = ignore_key(&key, bitext_check_name(id), rule, src, slen,
				text, tlen)) < 0 ||
		    !bitext_map__str_put(&c->ignore, key.ptr, key.size, 0, NULL)) {
			error = error < 0 ? error : BITEXT_ENOMEM;
			break;
		}
	}
	if (r < 0 && !error)
		error = r;
	c->ignoring = 1;
	bitext_row_dispose(&row);
	bitext_buf_dispose(&key);
	return error;
}

int bitext_checker_load_ignore(bitext_checker *c, const char *path)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int error;

	if ((error = bitext_file_read(&b, path)) < 0)
		return error;
	error = bitext_checker_load_ignore_buffer(c, path, b.ptr ? b.ptr : "",
		b.size);
	bitext_buf_dispose(&b);
	return error;
}

/* A checklist finding marked by an older list's plain `checklist` line:
 * its key with the rule id left out. */
static int ignore_any_rule(const bitext_checker *c, bitext_buf *key,
	const bitext_finding *x)
{
	bitext_finding plain = *x;

	plain.rule = NULL;
	return x->rule && bitext_check__ignore_line(key, c, &plain) == 0 &&
		bitext_map__str_get(&c->ignore, key->ptr, key->size) != NULL;
}

int bitext_check__ignore_apply(bitext_checker *c)
{
	bitext_buf key = BITEXT_BUF_INIT;
	size_t i, kept = 0;
	int error = 0;

	c->nignored = 0;
	if (!c->ignore.map.n)
		return 0;
	for (i = 0; i < c->nfindings; i++) {
		if ((error = bitext_check__ignore_line(&key, c,
				&c->findings[i])) < 0)
			break;
		if (bitext_map__str_get(&c->ignore, key.ptr, key.size) ||
		    (c->findings[i].check == BITEXT_CHECK_CHECKLIST &&
		     ignore_any_rule(c, &key, &c->findings[i]))) {
			c->nignored++;
			continue;
		}
		c->findings[kept++] = c->findings[i];
	}
	if (!error)
		c->nfindings = kept;
	bitext_buf_dispose(&key);
	return error;
}

size_t bitext_checker_ignored(const bitext_checker *c)
{
	return c->nignored;
}

int bitext_checker_ignoring(const bitext_checker *c)
{
	return c->ignoring;
}
