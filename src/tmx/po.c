/*
 * po.c - gettext PO files read and written as memories (behind
 * bitext_tm_reader / bitext_tm_writer, format PO).
 *
 * Reading. An entry is its comments (`# ` translator, `#.` extracted,
 * `#:` references, `#,` flags, `#|` previous strings), `msgctxt`, `msgid`,
 * `msgid_plural`, and `msgstr` or `msgstr[N]`; each string may go on over
 * lines of "..." and holds C escapes (\n \t \r \" \\ \a \b \f \v \ooo
 * \xhh). Obsolete entries (`#~`) and the header entry (msgid "") are no
 * units; the header's Language: names the target language, its
 * X-Source-Language: the source (default en, as gettext msgids are), and
 * its Plural-Forms becomes the memory header's x-po-plural-forms prop
 * (written back in a PO header).
 * Every entry with a translation is a unit: source msgid, target msgstr;
 * a plural entry gives one unit per msgstr[N] (source msgid for N = 0,
 * msgid_plural after), with props x-plural = N and x-msgid-plural. Props:
 * x-context (msgctxt), x-flags ("c-format, fuzzy"), x-reference, x-state
 * (fuzzy or translated); comments become notes. The unit's line is the
 * line of its msgid.
 *
 * Writing. A header entry (Content-Type UTF-8, Language), then one entry a
 * unit - consecutive units of one plural entry (x-plural 0, 1 ...) become
 * msgstr[N] of one entry; inline codes are dropped (plain text), as in
 * TSV. Notes become `# ` comments, x-flags and a fuzzy x-state `#,` flags.
 *
 * Memory: one entry at a time; a line is as long as the file's longest.
 */
#include "tmx/tmx_int.h"
#include "util/limits.h"
#include "util/utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PO_MAX_PLURALS 16

/* The parts of one entry, in the reader's scratch buffers. */
typedef struct po_entry {
	bitext_buf ctxt, id, id_plural, str[PO_MAX_PLURALS];
	int nstr;                    /* msgstr / msgstr[N] seen (N + 1) */
	int has_ctxt, has_id, has_plural;
	bitext_buf comments, flags, refs;
	long id_line;
} po_entry;

struct tmx_po {
	FILE *f;
	const char *path;
	char *line;
	size_t cap;
	long lineno;
	int pushed;                  /* the line in `line` not used yet */
	po_entry e;
	bitext_buf *cur;             /* the string continued by "..." lines */
	char *srclang, *tgtlang;
	char *plural_forms;          /* the header's Plural-Forms, or NULL */
	long header_line;            /* of the header entry, 0 without one */
	int untranslated;            /* hand out empty msgstrs too */
	int nunits, next;            /* units of the current entry handed out */
	int done;
};

/* ---- strings --------------------------------------------------------------- */

static int po_fail(tmx_po *p, long line, const char *why)
{
	bitext_error_set(BITEXT_EPARSE, "po_syntax", why, NULL);
	bitext_error_locate(p->path, line, 0, -1);
	return BITEXT_EPARSE;
}

static int po_hex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ?
		c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The "..." at s (after blanks) appended to `out`, escapes decoded. */
static int po_string(tmx_po *p, const char *s, bitext_buf *out)
{
	static const char from[] = "ntr\"\\abfv?'", to[] = "\n\t\r\"\\\a\b\f\v?'";
	const char *q;
	int v, k;

	while (*s == ' ' || *s == '\t')
		s++;
	if (*s++ != '"')
		return po_fail(p, p->lineno, "a string in quotes");
	for (; *s && *s != '"'; s++) {
		if (*s != '\\') {
			if (bitext_buf_putc(out, *s) < 0)
				return NOMEM();
			continue;
		}
		s++;
		if ((q = strchr(from, *s)) != NULL && *s) {
			v = to[q - from];
		} else if (*s >= '0' && *s <= '7') {
			for (v = 0, k = 0; k < 3 && *s >= '0' && *s <= '7'; k++, s++)
				v = v * 8 + (*s - '0');
			s--;
		} else if (*s == 'x' && po_hex(s[1]) >= 0) {
			for (v = 0, s++; po_hex(*s) >= 0; s++)
				v = (v * 16 + po_hex(*s)) & 0xFF;
			s--;
		} else {
			return po_fail(p, p->lineno, "a known escape after \\");
		}
		if (bitext_buf_putc(out, (char)v) < 0)
			return NOMEM();
	}
	if (*s != '"')
		return po_fail(p, p->lineno, "a closing quote");
	for (s++; *s == ' ' || *s == '\t' || *s == '\r'; s++)
		;
	return *s ? po_fail(p, p->lineno, "nothing after the closing quote") : 0;
}

/* ---- reading --------------------------------------------------------------- */

int bitext_tmx__po_open(tmx_po **out, FILE *f, const char *path)
{
	tmx_po *p = calloc(1, sizeof(*p));

	*out = NULL;
	if (!p)
		return NOMEM();
	p->f = f;
	p->path = path;
	*out = p;
	return 0;
}

/* A line that is not UTF-8 (a catalog in ISO-8859-1): an error at its
 * line and byte, with the way to convert it. */
static int po_check_utf8(tmx_po *p, size_t n)
{
	size_t i = bitext_utf8__valid_prefix(p->line, n);
	char at[32];

	if (i == n)
		return 0;
	snprintf(at, sizeof(at), "0x%02X", (unsigned char)p->line[i]);
	bitext_error_set(BITEXT_EENCODING, "po_bad_utf8", at, NULL);
	bitext_error_locate(p->path, p->lineno, (long)i + 1, -1);
	return BITEXT_EENCODING;
}

static int po_getline(tmx_po *p)
{
	ssize_t n;
	int error;

	if (p->pushed) {
		p->pushed = 0;
		return 1;
	}
	errno = 0;
	n = getline(&p->line, &p->cap, p->f);
	if (n < 0)
		return errno == ENOMEM ? NOMEM() : 0;
	p->lineno++;
	if (memchr(p->line, 0, (size_t)n))
		return po_fail(p, p->lineno, "text without NUL bytes");
	if ((error = po_check_utf8(p, (size_t)n)) < 0)
		return error;
	while (n > 0 && (p->line[n - 1] == '\n' || p->line[n - 1] == '\r'))
		p->line[--n] = '\0';
	if (p->lineno == 1 && !strncmp(p->line, "\xEF\xBB\xBF", 3))
		memmove(p->line, p->line + 3, (size_t)n - 2);
	return 1;
}

static void po_entry_clear(po_entry *e)
{
	int i;

	bitext_buf_clear(&e->ctxt);
	bitext_buf_clear(&e->id);
	bitext_buf_clear(&e->id_plural);
	for (i = 0; i < PO_MAX_PLURALS; i++)
		bitext_buf_clear(&e->str[i]);
	bitext_buf_clear(&e->comments);
	bitext_buf_clear(&e->flags);
	bitext_buf_clear(&e->refs);
	e->nstr = e->has_ctxt = e->has_id = e->has_plural = 0;
	e->id_line = 0;
}

/* Append `s` to a list kept in `b`, separated by `sep`. */
static int po_list(bitext_buf *b, const char *s, const char *sep)
{
	while (*s == ' ')
		s++;
	if ((b->size && bitext_buf_puts(b, sep) < 0) || bitext_buf_puts(b, s) < 0)
		return NOMEM();
	return 0;
}

/* A keyword line: msgctxt, msgid, msgid_plural, msgstr, msgstr[N]. */
static int po_keyword(tmx_po *p, const char *l)
{
	po_entry *e = &p->e;
	int n;

	if (!strncmp(l, "msgctxt", 7) && (l[7] == ' ' || l[7] == '\t')) {
		e->has_ctxt = 1;
		p->cur = &e->ctxt;
		l += 7;
	} else if (!strncmp(l, "msgid_plural", 12)) {
		e->has_plural = 1;
		p->cur = &e->id_plural;
		l += 12;
	} else if (!strncmp(l, "msgid", 5) && (l[5] == ' ' || l[5] == '\t')) {
		e->has_id = 1;
		e->id_line = p->lineno;
		p->cur = &e->id;
		l += 5;
	} else if (!strncmp(l, "msgstr[", 7)) {
		n = atoi(l + 7);
		if (n < 0 || n >= PO_MAX_PLURALS || !strchr(l, ']'))
			return po_fail(p, p->lineno, "msgstr[N] with N below 16");
		p->cur = &e->str[n];
		e->nstr = n + 1 > e->nstr ? n + 1 : e->nstr;
		l = strchr(l, ']') + 1;
	} else if (!strncmp(l, "msgstr", 6) && (l[6] == ' ' || l[6] == '\t')) {
		p->cur = &e->str[0];
		e->nstr = e->nstr ? e->nstr : 1;
		l += 6;
	} else {
		return po_fail(p, p->lineno, "msgctxt, msgid, msgid_plural or msgstr");
	}
	return po_string(p, l, p->cur);
}

/* A comment line of the entry. */
static int po_comment(tmx_po *p, const char *l)
{
	po_entry *e = &p->e;

	p->cur = NULL;
	if (l[1] == ',')
		return po_list(&e->flags, l + 2, ", ");
	if (l[1] == ':')
		return po_list(&e->refs, l + 2, " ");
	if (l[1] == '|' || l[1] == '~')
		return 0;
	return po_list(&e->comments, l + (l[1] == '.' ? 2 : 1), "\n");
}

/* The next entry into p->e: 1, 0 at the end, or an error. An entry ends
 * at a blank line, or at what starts the next one after its msgstr. */
static int po_read_entry(tmx_po *p)
{
	int ret, error;
	const char *l;

	po_entry_clear(&p->e);
	p->cur = NULL;
	while ((ret = po_getline(p)) == 1) {
		l = p->line;
		while (*l == ' ' || *l == '\t')
			l++;
		if (l[0] == '#' && l[1] == '~')
			continue;            /* obsolete */
		if (!*l) {
			if (p->e.nstr)
				return 1;
			continue;
		}
		if (p->e.nstr && (*l == '#' || !strncmp(l, "msgid", 5) ||
		    !strncmp(l, "msgctxt", 7))) {
			p->pushed = 1;
			return 1;
		}
		if (*l == '#')
			error = po_comment(p, l);
		else if (*l == '"')
			error = p->cur ? po_string(p, l, p->cur) :
				po_fail(p, p->lineno, "a keyword before the string");
		else
			error = po_keyword(p, l);
		if (error < 0)
			return error;
	}
	if (ret < 0)
		return ret;
	return p->e.has_id ? 1 : 0;
}

/* "Language: ko\n" in the header entry's msgstr, copied to *out (NULL
 * when the field is absent or empty); BITEXT_ENOMEM. */
static int po_header_field(char **out, const char *hdr, const char *name)
{
	size_t n = strlen(name);
	const char *l = hdr, *end;

	*out = NULL;
	for (; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
		if (strncmp(l, name, n) || l[n] != ':')
			continue;
		for (l += n + 1; *l == ' '; l++)
			;
		end = strchr(l, '\n');
		if (end == l || !*l)
			return 0;
		*out = strndup(l, end ? (size_t)(end - l) : strlen(l));
		return *out ? 0 : NOMEM();
	}
	return 0;
}

/*
 * Read up to the first entry that is not the header: the languages are
 * then known (`*srclang`, `*tgtlang` point into the reader).
 */
int bitext_tmx__po_start(tmx_po *p, const char **srclang, const char **tgtlang,
	const char **plural_forms)
{
	int ret = po_read_entry(p);

	if (ret < 0)
		return ret;
	if (ret == 1 && p->e.id.size == 0 && !p->e.has_ctxt) {
		p->header_line = p->e.id_line;
		if (bitext_buf_puts(&p->e.str[0], "") < 0)
			return NOMEM();
		if ((ret = po_header_field(&p->tgtlang, p->e.str[0].ptr,
		    "Language")) < 0 ||
		    (ret = po_header_field(&p->srclang, p->e.str[0].ptr,
		    "X-Source-Language")) < 0 ||
		    (ret = po_header_field(&p->plural_forms, p->e.str[0].ptr,
		    "Plural-Forms")) < 0)
			return ret;
		ret = po_read_entry(p);
		if (ret < 0)
			return ret;
	}
	p->done = ret == 0;
	p->next = 0;
	if (!p->srclang && !(p->srclang = strdup("en")))
		return NOMEM();
	if (!p->tgtlang && !(p->tgtlang = strdup("und")))
		return NOMEM();
	*srclang = p->srclang;
	*tgtlang = p->tgtlang;
	*plural_forms = p->plural_forms;
	return 0;
}

void bitext_tmx__po_untranslated(tmx_po *p)
{
	p->untranslated = 1;
}

long bitext_tmx__po_header_line(const tmx_po *p)
{
	return p->header_line;
}

int bitext_tmx__po_set_lang(tmx_po *p, int tgt, const char *lang,
	const char **out)
{
	char **slot = tgt ? &p->tgtlang : &p->srclang;
	char *c = strdup(lang);

	if (!c)
		return NOMEM();
	free(*slot);
	*slot = c;
	*out = c;
	return 0;
}

/* Unit `k` of the current entry into `u`: 1, 0 when that msgstr is
 * empty, 2 when its text holds a character XML cannot (nothing said). */
static int po_unit(tmx_po *p, bitext_tmx_unit *u, int k)
{
	po_entry *e = &p->e;
	const char *src, *state;
	char num[16];
	int error;

	bitext_buf_puts(&e->str[k], "");
	bitext_buf_puts(&e->id, "");
	bitext_buf_puts(&e->id_plural, "");
	if (!e->str[k].size && !p->untranslated)
		return 0;
	bitext_tmx__unit_clear(u);
	u->line = e->id_line;
	src = k > 0 && e->has_plural ? e->id_plural.ptr : e->id.ptr;
	state = !e->str[k].size ? "needs-translation" : e->flags.ptr &&
		strstr(e->flags.ptr, "fuzzy") ? "fuzzy" : "translated";
	snprintf(num, sizeof(num), "%d", k);
	if ((error = bitext_tmx_unit_add_tuv(u, p->srclang, src)) < 0 ||
	    (error = bitext_tmx_unit_add_tuv(u, p->tgtlang, e->str[k].ptr)) < 0)
		return error == BITEXT_EINVAL ? 2 : error;
	if ((e->has_ctxt && (bitext_buf_puts(&e->ctxt, "") < 0 ||
	    (error = bitext_tmx_unit_add_prop(u, -1, "x-context", e->ctxt.ptr,
	    NULL)) < 0)) ||
	    (e->flags.size && (error = bitext_tmx_unit_add_prop(u, -1, "x-flags",
	    e->flags.ptr, NULL)) < 0) ||
	    (e->refs.size && (error = bitext_tmx_unit_add_prop(u, -1,
	    "x-reference", e->refs.ptr, NULL)) < 0) ||
	    (error = bitext_tmx_unit_add_prop(u, -1, "x-state", state, NULL)) < 0 ||
	    (e->has_plural && ((error = bitext_tmx_unit_add_prop(u, -1,
	    "x-plural", num, NULL)) < 0 || (error = bitext_tmx_unit_add_prop(u,
	    -1, "x-msgid-plural", e->id_plural.ptr, NULL)) < 0)) ||
	    (e->comments.size && (error = bitext_tmx_unit_add_note(u, -1,
	    e->comments.ptr, NULL)) < 0))
		return error;
	return 1;
}

/* The next unit into `u`: 1, 0 at the end, or an error. */
int bitext_tmx__po_next(tmx_po *p, bitext_tmx_unit *u, long *skipped)
{
	int ret;

	while (!p->done) {
		while (p->next < p->e.nstr) {
			ret = po_unit(p, u, p->next++);
			if (ret == 2 && skipped) {
				*skipped = p->e.id_line;
				bitext_tmx__unit_clear(u);
				return 2;
			}
			if (ret == 2)
				return po_fail(p, p->e.id_line, "text XML can hold "
					"(no control characters; --recover skips it)");
			if (ret != 0)
				return ret;
		}
		ret = po_read_entry(p);
		if (ret < 0)
			return ret;
		p->next = 0;
		p->done = ret == 0;
	}
	return 0;
}

void bitext_tmx__po_close(tmx_po *p)
{
	int i;

	if (!p)
		return;
	bitext_buf_dispose(&p->e.ctxt);
	bitext_buf_dispose(&p->e.id);
	bitext_buf_dispose(&p->e.id_plural);
	for (i = 0; i < PO_MAX_PLURALS; i++)
		bitext_buf_dispose(&p->e.str[i]);
	bitext_buf_dispose(&p->e.comments);
	bitext_buf_dispose(&p->e.flags);
	bitext_buf_dispose(&p->e.refs);
	free(p->line);
	free(p->srclang);
	free(p->tgtlang);
	free(p->plural_forms);
	free(p);
}

/* ---- writing --------------------------------------------------------------- */

/* `kw "..."` with C escapes; long strings and those with \n go over lines. */
static int po_put(bitext_buf *b, const char *kw, const char *s)
{
	const char *nl = strchr(s, '\n');
	int multi = nl && nl[1];

	bitext_buf_printf(b, "%s \"", kw);
	if (multi)
		bitext_buf_puts(b, "\"\n\"");
	for (; *s; s++) {
		switch (*s) {
		case '"': bitext_buf_puts(b, "\\\""); break;
		case '\\': bitext_buf_puts(b, "\\\\"); break;
		case '\t': bitext_buf_puts(b, "\\t"); break;
		case '\r': bitext_buf_puts(b, "\\r"); break;
		case '\n':
			bitext_buf_puts(b, s[1] ? "\\n\"\n\"" : "\\n");
			break;
		default: bitext_buf_putc(b, *s);
		}
	}
	return bitext_buf_puts(b, "\"\n") < 0 ? NOMEM() : 0;
}

/* Lines of `text`, each after `prefix`. */
static int po_put_comment(bitext_buf *b, const char *prefix, const char *text)
{
	const char *l = text, *nl;

	do {
		nl = strchr(l, '\n');
		bitext_buf_puts(b, prefix);
		bitext_buf_put(b, l, nl ? (size_t)(nl - l) : strlen(l));
		if (bitext_buf_putc(b, '\n') < 0)
			return NOMEM();
		l = nl ? nl + 1 : NULL;
	} while (l && *l);
	return 0;
}

/* The header entry. */
int bitext_tmx__po_write_header(bitext_buf *b, const char *srclang,
	const char *tgtlang, const char *plural_forms)
{
	bitext_buf_puts(b, "msgid \"\"\nmsgstr \"\"\n"
		"\"MIME-Version: 1.0\\n\"\n"
		"\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
		"\"Content-Transfer-Encoding: 8bit\\n\"\n");
	if (tgtlang)
		bitext_buf_printf(b, "\"Language: %s\\n\"\n", tgtlang);
	if (plural_forms && !strchr(plural_forms, '"') &&
	    !strchr(plural_forms, '\\'))
		bitext_buf_printf(b, "\"Plural-Forms: %s\\n\"\n", plural_forms);
	if (srclang && strcmp(srclang, "en"))
		bitext_buf_printf(b, "\"X-Source-Language: %s\\n\"\n", srclang);
	return bitext_buf_puts(b, "\"X-Generator: bitext\\n\"\n") < 0 ?
		NOMEM() : 0;
}

/*
 * One unit as an entry (or, for a unit of x-plural N > 0 after its
 * entry's first form, its msgstr[N] only: `*open` says whether a plural
 * entry is being written).
 */
int bitext_tmx__po_write_unit(bitext_buf *b, const bitext_tmx_unit *u,
	const bitext_tmx_tuv *s, const bitext_tmx_tuv *t, int *open)
{
	const char *ctx = bitext_tmx_unit_prop(u, "x-context");
	const char *flags = bitext_tmx_unit_prop(u, "x-flags");
	const char *refs = bitext_tmx_unit_prop(u, "x-reference");
	const char *state = bitext_tmx_unit_prop(u, "x-state");
	const char *plural = bitext_tmx_unit_prop(u, "x-plural");
	const char *idp = bitext_tmx_unit_prop(u, "x-msgid-plural");
	char kw[32];
	size_t i;
	int n = plural && idp ? atoi(plural) : -1, error;

	if (n > 0 && *open) {
		snprintf(kw, sizeof(kw), "msgstr[%d]", n);
		return po_put(b, kw, t->text);
	}
	*open = 0;
	bitext_buf_putc(b, '\n');
	for (i = 0; i < u->nnotes; i++)
		if ((error = po_put_comment(b, "# ", u->notes[i].text)) < 0)
			return error;
	if (refs)
		po_put_comment(b, "#: ", refs);
	if (flags)
		po_put_comment(b, "#, ", flags);
	else if (state && !strcmp(state, "fuzzy"))
		bitext_buf_puts(b, "#, fuzzy\n");
	if (ctx && (error = po_put(b, "msgctxt", ctx)) < 0)
		return error;
	if ((error = po_put(b, "msgid", s->text)) < 0)
		return error;
	if (n == 0) {
		*open = 1;
		if ((error = po_put(b, "msgid_plural", idp)) < 0)
			return error;
		return po_put(b, "msgstr[0]", t->text);
	}
	return po_put(b, "msgstr", t->text);
}
