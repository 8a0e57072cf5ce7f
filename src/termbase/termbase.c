/*
 * termbase.c - termbases (bitext/termbase.h): TBX and TSV/CSV glossaries
 * loaded into concepts and terms, exact lookup, and term matching in
 * running text.
 *
 * Formats: TBX (conceptEntry/langSec/termSec/term and the older
 * martif termEntry/langSet/tig|ntig/term), read into a libxml2 tree with
 * XML_PARSE_NONET and without entity substitution or DTD loading; a
 * document that declares entities is refused. TSV/CSV rows are
 * `source, target[, status[, note]]`; rows that share a source or a
 * target term form one concept.
 *
 * Invariants: terms of a concept are contiguous (first_term, nterms); all
 * strings live in the termbase's arena; the lookup index maps
 * "<primary language>\x1f<case-folded text>" to the first term of a chain
 * (`next`). A matcher keys every word of its language's terms the way it
 * keys words of the text (the stemmer of bitext/stem.h: Korean candidate
 * stems, English inflection), so matching is a hash lookup per token and
 * candidate stem.
 */
#include <bitext/termbase.h>
#include <bitext/errors.h>
#include <bitext/io.h>
#include <bitext/lang.h>
#include <bitext/msg.h>
#include <bitext/rows.h>
#include <bitext/stem.h>

#include "util/arena.h"
#include "lang/lang_int.h"
#include "util/hashmap.h"
#include "util/limits.h"
#include "util/utf8.h"
#include "util/vec.h"
#include "util/xml_scan.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <unicode/ucasemap.h>
#include <unicode/uloc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bitext_termbase {
	bitext_arena arena;
	bitext_term *terms;
	size_t nterms, aterms;
	bitext_concept *concepts;
	size_t nconcepts, aconcepts;
	size_t *next;             /* lookup chains, one per term */
	bitext_strmap index;      /* lang+folded text -> first term + 1 */
	UCaseMap *fold;
	const char *name;
	char bad_lang[36];        /* the first language that is no tag, or "" */
	long bad_line;            /* its line */
};

/* ---- building ---------------------------------------------------------- */

static int tb_add_concept(bitext_termbase *tb, const char *id, long line)
{
	bitext_concept *c;

	if (bitext__grow((void **)&tb->concepts, &tb->aconcepts, tb->nconcepts + 1,
	    sizeof(*tb->concepts)) < 0)
		return BITEXT_ENOMEM;
	c = &tb->concepts[tb->nconcepts];
	c->id = id ? bitext_arena_strndup(&tb->arena, id, strlen(id)) : NULL;
	c->first_term = tb->nterms;
	c->nterms = 0;
	c->line = line;
	tb->nconcepts++;
	return 0;
}

static char *tb_strip(bitext_termbase *tb, const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
	    s[n - 1] == '\n'))
		n--;
	return bitext_arena_strndup(&tb->arena, s, n);
}

static int tb_add_term(bitext_termbase *tb, size_t concept, const char *text,
	size_t len, const char *lang, bitext_term_status st, const char *note,
	long line)
{
	bitext_term *t;

	if (bitext__grow((void **)&tb->terms, &tb->aterms, tb->nterms + 1,
	    sizeof(*tb->terms)) < 0)
		return BITEXT_ENOMEM;
	t = &tb->terms[tb->nterms];
	t->text = tb_strip(tb, text, len);
	t->lang = bitext_arena_strndup(&tb->arena, lang, strlen(lang));
	t->note = note && *note ? tb_strip(tb, note, strlen(note)) : NULL;
	if (!t->text || !t->lang || (note && *note && !t->note))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	t->status = st;
	t->concept = concept;
	t->line = line;
	tb->nterms++;
	tb->concepts[concept].nterms++;
	return 0;
}

/* Status words of TBX (administrativeStatus, normativeAuthorization) and of
 * glossaries. Returns -1 for an unknown word. */
static int tb_parse_status(const char *s)
{
	char low[64];
	size_t i, n = strlen(s);

	while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	while (n && *s == ' ') {
		s++;
		n--;
	}
	if (n == 0)
		return BITEXT_TERM_ADMITTED;
	if (n >= sizeof(low))
		return -1;
	for (i = 0; i < n; i++)
		low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	low[n] = '\0';
	if (strstr(low, "forbid") || strstr(low, "donotuse") ||
	    strstr(low, "do not use") || strstr(low, "prohibit"))
		return BITEXT_TERM_FORBIDDEN;
	if (strstr(low, "deprecat") || strstr(low, "supersed") ||
	    strstr(low, "obsolete"))
		return BITEXT_TERM_DEPRECATED;
	if (strstr(low, "prefer") || strstr(low, "standardized") ||
	    strstr(low, "legal") || strstr(low, "regulated"))
		return BITEXT_TERM_PREFERRED;
	if (strstr(low, "admit") || strstr(low, "accept") ||
	    !strcmp(low, "ok") || !strcmp(low, "approved"))
		return BITEXT_TERM_ADMITTED;
	return -1;
}

/* Put terms of each concept together (TSV rows of one source may be far
 * apart) and build the lookup index. */
static int tb_finish(bitext_termbase *tb)
{
	bitext_term *sorted = NULL;
	size_t *pos = NULL, i, n = tb->nterms;
	int error = 0;
	UErrorCode st = U_ZERO_ERROR;
	char *fold = NULL;
	size_t fcap = 0;

	if (n) {
		sorted = malloc(n * sizeof(*sorted));
		pos = calloc(tb->nconcepts + 1, sizeof(*pos));
		tb->next = malloc(n * sizeof(*tb->next));
		if (!sorted || !pos || !tb->next) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			goto cleanup;
		}
		for (i = 0; i < tb->nconcepts; i++) {
			pos[i + 1] = pos[i] + tb->concepts[i].nterms;
			tb->concepts[i].first_term = pos[i];
		}
		for (i = 0; i < n; i++)
			sorted[pos[tb->terms[i].concept]++] = tb->terms[i];
		memcpy(tb->terms, sorted, n * sizeof(*sorted));
	}
	tb->fold = ucasemap_open("", 0, &st);
	if (U_FAILURE(st)) {
		error = bitext_error_set(BITEXT_ERROR, "err_internal", u_errorName(st), NULL);
		goto cleanup;
	}
	for (i = 0; i < n; i++) {
		const bitext_term *t = &tb->terms[i];
		size_t tl = strlen(t->text), ll = 0, need;
		bitext_strmap_slot *s;
		int32_t fl;

		while (t->lang[ll] && t->lang[ll] != '-' && t->lang[ll] != '_')
			ll++;
		need = ll + 1 + tl * 3 + 8;
		if (need > fcap) {
			char *nf = realloc(fold, need);
			if (!nf) {
				error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				goto cleanup;
			}
			fold = nf;
			fcap = need;
		}
		for (size_t k = 0; k < ll; k++)
			fold[k] = (char)((t->lang[k] >= 'A' && t->lang[k] <= 'Z') ?
				t->lang[k] + 32 : t->lang[k]);
		fold[ll] = '\x1f';
		st = U_ZERO_ERROR;
		fl = ucasemap_utf8FoldCase(tb->fold, fold + ll + 1,
			(int32_t)(fcap - ll - 1), t->text, (int32_t)tl, &st);
		if (U_FAILURE(st))
			fl = 0;
		s = bitext_map__str_put(&tb->index, fold, ll + 1 + (size_t)fl, 0, NULL);
		if (!s) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			goto cleanup;
		}
		tb->next[i] = s->value;    /* previous head (+1), 0 = end */
		s->value = i + 1;
	}
cleanup:
	free(sorted);
	free(pos);
	free(fold);
	return error;
}

/* ---- TSV / CSV --------------------------------------------------------- */

static int tb_is_header(const char **f, size_t *fl, int nf)
{
	if (nf >= 1 && (fl[0] == 6 || fl[0] == 4 || fl[0] == 3)) {
		if (!strcasecmp(f[0], "source") || !strcasecmp(f[0], "term") ||
		    !strcasecmp(f[0], "src"))
			return 1;
	}
	return nf >= 3 && !strcasecmp(f[2], "status");
}

/*
 * Concepts of a glossary. A glossary states pairs; a concept is what the
 * pairs connect: rows sharing a source term, and rows sharing a target
 * term with the same status (유엔 → UN, 국제연합 → UN: synonyms of one
 * concept), are one concept,
 * so that a termbase written out by `terms list` (each concept as the
 * product of its source and target terms) reads back as the same concepts.
 * A target reached again from another source of the concept is the same
 * term, not a duplicate; a row repeated exactly is kept (a duplicate to
 * report). Union-find over provisional concepts, relabelled at the end in
 * order of first appearance.
 */
typedef struct tb_rows {
	bitext_strmap by_source, by_target, pairs;
	size_t *parent;
	size_t cap;
	bitext_buf key;
} tb_rows;

static void tb_rows_init(tb_rows *g)
{
	memset(g, 0, sizeof(*g));
	bitext_map__str_init(&g->by_source);
	bitext_map__str_init(&g->by_target);
	bitext_map__str_init(&g->pairs);
}

static void tb_rows_dispose(tb_rows *g)
{
	bitext_map__str_dispose(&g->by_source);
	bitext_map__str_dispose(&g->by_target);
	bitext_map__str_dispose(&g->pairs);
	free(g->parent);
	bitext_buf_dispose(&g->key);
}

static size_t tb_rows_find(tb_rows *g, size_t c)
{
	size_t r = c;

	while (g->parent[r] != r)
		r = g->parent[r];
	while (g->parent[c] != r) {
		size_t n = g->parent[c];
		g->parent[c] = r;
		c = n;
	}
	return r;
}

/* 1 when a cell has something besides white space (only such cells join
 * rows into a concept). */
static int tb_cell_keyed(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 1;
	return 0;
}

static int tb_row(tb_rows *g, bitext_termbase *tb, const char **f,
	const size_t *fl, const char *slang, const char *tlang,
	bitext_term_status status, const char *note, long line)
{
	bitext_strmap_slot *s = NULL, *t = NULL, *p;
	int skey = tb_cell_keyed(f[0], fl[0]), tkey = tb_cell_keyed(f[1], fl[1]);
	int created = 1, pcreated = 1, error;
	size_t c;

	if (skey)
		s = bitext_map__str_put(&g->by_source, f[0], fl[0], 0, &created);
	if (tkey)
		t = bitext_map__str_get(&g->by_target, f[1], fl[1]);
	if (t && tb->terms[t->value].status != status)
		t = NULL;   /* "X forbidden" where X is accepted elsewhere: its own term */
	if ((skey && !s))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	if (created) {
		if (t) {
			c = tb_rows_find(g, tb->terms[t->value].concept);
		} else {
			if (bitext__grow((void **)&g->parent, &g->cap, tb->nconcepts + 1,
			    sizeof(*g->parent)) < 0)
				return BITEXT_ENOMEM;
			c = tb->nconcepts;
			if ((error = tb_add_concept(tb, NULL, line)) < 0)
				return error;
			g->parent[c] = c;
		}
		if (s)
			s->value = c;
		if ((error = tb_add_term(tb, c, f[0], fl[0], slang,
		    BITEXT_TERM_ADMITTED, NULL, line)) < 0)
			return error;
	} else {
		c = tb_rows_find(g, s->value);
		if (t) {
			size_t o = tb_rows_find(g, tb->terms[t->value].concept);
			if (o != c)
				g->parent[o] = c;
		}
	}
	if (tkey && skey) {
		bitext_buf_clear(&g->key);
		bitext_buf_put(&g->key, f[0], fl[0]);
		bitext_buf_putc(&g->key, '\x1f');
		bitext_buf_put(&g->key, f[1], fl[1]);
		if (!g->key.ptr)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		p = bitext_map__str_put(&g->pairs, g->key.ptr, g->key.size, 0,
			&pcreated);
		if (!p)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	if (t && pcreated)
		return 0;   /* a term of the concept already, seen from another source */
	if (tkey && !t && !bitext_map__str_get(&g->by_target, f[1], fl[1]) &&
	    !bitext_map__str_put(&g->by_target, f[1], fl[1], tb->nterms, NULL))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	return tb_add_term(tb, c, f[1], fl[1], tlang, status, note, line);
}

/* Give each term its final concept; concepts numbered by first row. */
static int tb_rows_relabel(tb_rows *g, bitext_termbase *tb)
{
	size_t *id, i, n = 0;

	if (!tb->nconcepts)
		return 0;
	id = malloc(tb->nconcepts * sizeof(*id));
	if (!id)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (i = 0; i < tb->nconcepts; i++)
		id[i] = (size_t)-1;
	for (i = 0; i < tb->nconcepts; i++) {
		size_t r = tb_rows_find(g, i);
		if (id[r] == (size_t)-1) {
			id[r] = n;
			tb->concepts[n] = tb->concepts[i];   /* n <= i: line of its first row */
			tb->concepts[n].nterms = 0;
			n++;
		}
	}
	for (i = 0; i < tb->nterms; i++) {
		size_t r = id[tb_rows_find(g, tb->terms[i].concept)];
		tb->terms[i].concept = r;
		tb->concepts[r].nterms++;
	}
	tb->nconcepts = n;
	free(id);
	return 0;
}

/* The canonical form of a language section's tag into lang[cap] (ko_kr:
 * ko-KR), else the tag as written: terms check reports it, and the first
 * such tag and its line are kept for bitext_termbase_check_langs(). */
static void tb_lang(bitext_termbase *tb, char *lang, size_t cap,
	const char *tag, long line)
{
	bitext_buf b = BITEXT_BUF_INIT;

	if (bitext_lang_canonicalize(&b, tag, 0) == 0 && b.ptr)
		snprintf(lang, cap, "%s", b.ptr);
	else {
		bitext_error_clear();
		if (!tb->bad_lang[0]) {
			snprintf(tb->bad_lang, sizeof(tb->bad_lang), "%s", tag);
			tb->bad_line = line;
		}
		if (lang != tag)
			snprintf(lang, cap, "%s", tag);
	}
	bitext_buf_dispose(&b);
}

int bitext_termbase_check_langs(const bitext_termbase *tb)
{
	bitext_buf b = BITEXT_BUF_INIT;
	const bitext_error *e;
	char hint[64] = "";
	int error;

	if (!tb || !tb->bad_lang[0])
		return 0;
	error = bitext_lang_canonicalize(&b, tb->bad_lang, 0);
	bitext_buf_dispose(&b);
	if (error != BITEXT_EINVAL)
		return error < 0 ? error : 0;
	/* bad data in the file (exit 65), not a bad option: the same message */
	e = bitext_error_last();
	if (e && e->msgid && !strcmp(e->msgid, "lang_bad_tag_hint") && e->nargs >= 2)
		snprintf(hint, sizeof(hint), "%s", e->args[1]);
	if (hint[0])
		bitext_error_set(BITEXT_EPARSE, "lang_bad_tag_hint", tb->bad_lang, hint,
			NULL);
	else
		bitext_error_set(BITEXT_EPARSE, "tmx_bad_lang", tb->bad_lang, NULL);
	bitext_error_locate(tb->name, tb->bad_line, 0, -1);
	return BITEXT_EPARSE;
}

/* "# bitext-glossary SRC TGT" on the first line: the languages of the
 * columns, unless given. The line is scanned from a bounded copy (the data
 * need not be NUL-terminated). */
static void tb_glossary_header(const char *data, size_t len, char *slang,
	char *tlang, const char *src_lang, const char *tgt_lang)
{
	char a[36], b[36], head[96];
	const char *nl;
	size_t pos = 0, ll;

	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		pos = 3;
	nl = memchr(data + pos, '\n', len - pos);
	ll = nl ? (size_t)(nl - data - pos) : len - pos;
	snprintf(head, sizeof(head), "%.*s",
		(int)(ll < sizeof(head) - 1 ? ll : sizeof(head) - 1), data + pos);
	if (sscanf(head, "# bitext-glossary %35s %35s", a, b) != 2)
		return;
	if (!src_lang)
		memcpy(slang, a, sizeof(a));
	if (!tgt_lang)
		memcpy(tlang, b, sizeof(b));
}

static int tb_load_rows(bitext_termbase *tb, const char *name,
	const char *data, size_t len, char sep, const char *src_lang,
	const char *tgt_lang)
{
	tb_rows g;
	bitext_row row = BITEXT_ROW_INIT;
	unsigned flags = BITEXT_ROW_COMMENTS | BITEXT_ROW_NO_NUL |
		(sep == ',' ? BITEXT_ROW_CSV : 0);
	char slang[36], tlang[36];
	int error = 0, first = 1, nf, status, k;

	tb_rows_init(&g);
	snprintf(slang, sizeof(slang), "%s", src_lang ? src_lang : "und");
	snprintf(tlang, sizeof(tlang), "%s", tgt_lang ? tgt_lang : "und");
	tb_glossary_header(data, len, slang, tlang, src_lang, tgt_lang);
	for (k = 0; k < 2; k++) {   /* the glossary line's languages */
		char *l = k ? tlang : slang, as[36];
		if (!(k ? tgt_lang : src_lang) && strcmp(l, "und")) {
			memcpy(as, l, sizeof(as));
			tb_lang(tb, l, sizeof(slang), as, 1);
		}
	}
	while ((error = bitext_row_next(&row, name, data, len, flags)) > 0) {
		const char *f[4];
		size_t fl[4];

		nf = row.ncells < 4 ? (int)row.ncells : 4;
		for (k = 0; k < nf; k++)
			f[k] = bitext_row_cell(&row, (size_t)k, &fl[k]);
		if (first && tb_is_header(f, fl, nf)) {
			first = 0;
			continue;
		}
		first = 0;
		if (nf < 2) {
			error = bitext_error_set(BITEXT_EPARSE, "terms_err_columns", NULL);
			bitext_error_locate(name, row.line, 0, (long long)row.start);
			goto cleanup;
		}
		status = nf >= 3 ? tb_parse_status(f[2]) : BITEXT_TERM_ADMITTED;
		if (status < 0) {
			error = bitext_error_set(BITEXT_EPARSE, "terms_err_status", f[2], NULL);
			bitext_error_locate(name, row.line, 0, (long long)row.start);
			goto cleanup;
		}
		if ((error = tb_row(&g, tb, f, fl, slang, tlang,
		    (bitext_term_status)status, nf >= 4 ? f[3] : NULL, row.line)) < 0)
			goto cleanup;
	}
	if (error == 0)
		error = tb_rows_relabel(&g, tb);
cleanup:
	bitext_row_dispose(&row);
	tb_rows_dispose(&g);
	return error;
}

/* ---- TBX --------------------------------------------------------------- */

typedef struct tbx_state {
	bitext_termbase *tb;
	const char *name;
	long concept;             /* current concept, -1 outside */
	char lang[36];            /* current language section */
} tbx_state;

static int tbx_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static char *tbx_attr(const xmlNode *n, const char *name)
{
	xmlChar *v;

	if (!strcmp(name, "xml:lang")) {
		v = xmlGetNsProp(n, (const xmlChar *)"lang", XML_XML_NAMESPACE);
		if (!v)
			v = xmlGetProp(n, (const xmlChar *)"lang");
		return (char *)v;
	}
	return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* Inside one term group (termSec, tig, ntig): the term, its status and a
 * note, found anywhere below it. */
static void tbx_scan_group(const xmlNode *g, xmlNode **term, char **status,
	char **note, int depth)
{
	const xmlNode *c;

	if (depth > BITEXT_MAX_XML_DEPTH)
		return;
	for (c = g->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (tbx_is(c, "term")) {
			if (!*term)
				*term = (xmlNode *)c;
		} else if (tbx_is(c, "termNote") || tbx_is(c, "admin") ||
		    tbx_is(c, "descrip")) {
			char *type = tbx_attr(c, "type");
			if (type && (!strcmp(type, "administrativeStatus") ||
			    !strcmp(type, "normativeAuthorization"))) {
				if (!*status)
					*status = (char *)xmlNodeGetContent(c);
			} else if (type && tbx_is(c, "descrip") && !*note) {
				*note = (char *)xmlNodeGetContent(c);
			}
			xmlFree(type);
		} else if (tbx_is(c, "note")) {
			if (!*note)
				*note = (char *)xmlNodeGetContent(c);
		} else {
			tbx_scan_group(c, term, status, note, depth + 1);
		}
	}
}

static int tbx_walk(tbx_state *s, const xmlNode *n, int depth)
{
	const xmlNode *c;
	int error;

	if (depth > BITEXT_MAX_XML_DEPTH) {
		error = bitext_error_set(BITEXT_ELIMIT, "terms_err_depth", NULL);
		bitext_error_locate(s->name, xmlGetLineNo(n), 0, -1);
		return error;
	}
	for (c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (tbx_is(c, "conceptEntry") || tbx_is(c, "termEntry")) {
			char *id = tbx_attr(c, "id");
			long saved = s->concept;
			error = tb_add_concept(s->tb, id, xmlGetLineNo(c));
			xmlFree(id);
			if (error < 0)
				return error;
			s->concept = (long)s->tb->nconcepts - 1;
			error = tbx_walk(s, c, depth + 1);
			s->concept = saved;
			if (error < 0)
				return error;
		} else if (tbx_is(c, "langSec") || tbx_is(c, "langSet")) {
			char *lang = tbx_attr(c, "xml:lang");
			char saved[36];
			memcpy(saved, s->lang, sizeof(saved));
			if (!lang || !*lang) {
				xmlFree(lang);
				error = bitext_error_set(BITEXT_EPARSE, "terms_err_nolang", NULL);
				bitext_error_locate(s->name, xmlGetLineNo(c), 0, -1);
				return error;
			}
			tb_lang(s->tb, s->lang, sizeof(s->lang), lang, xmlGetLineNo(c));
			xmlFree(lang);
			error = tbx_walk(s, c, depth + 1);
			memcpy(s->lang, saved, sizeof(saved));
			if (error < 0)
				return error;
		} else if (s->concept >= 0 && s->lang[0] &&
		    (tbx_is(c, "termSec") || tbx_is(c, "tig") || tbx_is(c, "ntig"))) {
			xmlNode *term = NULL;
			char *status = NULL, *note = NULL, *text;
			int st = BITEXT_TERM_ADMITTED;

			tbx_scan_group(c, &term, &status, &note, depth + 1);
			if (status) {
				st = tb_parse_status(status);
				if (st < 0) {
					error = bitext_error_set(BITEXT_EPARSE,
						"terms_err_status", status, NULL);
					bitext_error_locate(s->name, xmlGetLineNo(c), 0, -1);
					xmlFree(status);
					xmlFree(note);
					return error;
				}
			}
			if (!term) {
				xmlFree(status);
				xmlFree(note);
				error = bitext_error_set(BITEXT_EPARSE, "terms_err_noterm", NULL);
				bitext_error_locate(s->name, xmlGetLineNo(c), 0, -1);
				return error;
			}
			text = (char *)xmlNodeGetContent(term);
			error = tb_add_term(s->tb, (size_t)s->concept, text ? text : "",
				text ? strlen(text) : 0, s->lang, (bitext_term_status)st,
				note, xmlGetLineNo(term));
			xmlFree(text);
			xmlFree(status);
			xmlFree(note);
			if (error < 0)
				return error;
		} else {
			error = tbx_walk(s, c, depth + 1);
			if (error < 0)
				return error;
		}
	}
	return 0;
}

static int tb_load_tbx(bitext_termbase *tb, const char *name,
	const char *data, size_t len)
{
	xmlDoc *doc;
	const xmlError *xe;
	tbx_state s;
	int error;

	if ((error = bitext_xml__check_attrs(name, data, len)) < 0)
		return error;
	xmlResetLastError();
	doc = xmlReadMemory(data, (int)len, name, NULL,
		XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
	if (!doc) {
		xe = xmlGetLastError();
		error = bitext_error_set(BITEXT_EPARSE, "terms_err_xml",
			xe && xe->message ? xe->message : "?", NULL);
		if (error == BITEXT_EPARSE && bitext_error_last() && xe) {
			/* strip the newline libxml2 ends its messages with */
			bitext_buf m = BITEXT_BUF_INIT;
			bitext_buf_puts(&m, xe->message ? xe->message : "?");
			while (m.size && (m.ptr[m.size - 1] == '\n'))
				m.ptr[--m.size] = '\0';
			error = bitext_error_set(BITEXT_EPARSE, "terms_err_xml",
				m.ptr ? m.ptr : "?", NULL);
			bitext_buf_dispose(&m);
			bitext_error_locate(name, xe->line, xe->int2, -1);
		}
		return error;
	}
	if (doc->intSubset && (doc->intSubset->entities || doc->intSubset->pentities)) {
		xmlFreeDoc(doc);
		error = bitext_error_set(BITEXT_EPARSE, "terms_err_entities", NULL);
		bitext_error_locate(name, 1, 0, -1);
		return error;
	}
	s.tb = tb;
	s.name = name;
	s.concept = -1;
	s.lang[0] = '\0';
	error = tbx_walk(&s, (xmlNode *)doc, 0);
	xmlFreeDoc(doc);
	return error;
}

/* ---- public ------------------------------------------------------------- */

static int tb_looks_xml(const char *d, size_t n)
{
	size_t i = 0;

	if (n >= 3 && !memcmp(d, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && (d[i] == ' ' || d[i] == '\t' || d[i] == '\r' || d[i] == '\n'))
		i++;
	return i < n && d[i] == '<';
}

int bitext_termbase_load_buffer(bitext_termbase **out, const char *name,
	const char *data, size_t len, const bitext_termbase_options *opts)
{
	bitext_termbase_options o = BITEXT_TERMBASE_OPTIONS_INIT;
	bitext_termbase *tb;
	int error;

	*out = NULL;
	if (opts)
		o = *opts;
	if (!name)
		name = "-";
	if (len > (size_t)0x7fffffff)
		return bitext_error_set(BITEXT_ELIMIT, "err_too_big", name, NULL);
	tb = calloc(1, sizeof(*tb));
	if (!tb)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	bitext_arena_init(&tb->arena);
	bitext_map__str_init(&tb->index);
	tb->name = bitext_arena_strndup(&tb->arena, name, strlen(name));
	if (o.format == BITEXT_TERMBASE_AUTO) {
		size_t nl = strlen(name);
		if (tb_looks_xml(data, len))
			o.format = BITEXT_TERMBASE_TBX;
		else if (nl > 4 && !strcasecmp(name + nl - 4, ".csv"))
			o.format = BITEXT_TERMBASE_CSV;
		else
			o.format = BITEXT_TERMBASE_TSV;
	}
	if (o.format == BITEXT_TERMBASE_TBX)
		error = tb_load_tbx(tb, name, data, len);
	else
		error = tb_load_rows(tb, name, data, len,
			o.format == BITEXT_TERMBASE_CSV ? ',' : '\t',
			o.src_lang, o.tgt_lang);
	if (error >= 0)
		error = tb_finish(tb);
	if (error < 0) {
		bitext_termbase_free(tb);
		return error;
	}
	*out = tb;
	return 0;
}

int bitext_termbase_load(bitext_termbase **out, const char *path,
	const bitext_termbase_options *opts)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int error;

	*out = NULL;
	if ((error = bitext_file_read(&b, path)) < 0)
		return error;
	error = bitext_termbase_load_buffer(out, path, b.ptr ? b.ptr : "",
		b.size, opts);
	bitext_buf_dispose(&b);
	return error;
}

void bitext_termbase_free(bitext_termbase *tb)
{
	if (!tb)
		return;
	free(tb->terms);
	free(tb->concepts);
	free(tb->next);
	bitext_map__str_dispose(&tb->index);
	if (tb->fold)
		ucasemap_close(tb->fold);
	bitext_arena_dispose(&tb->arena);
	free(tb);
}

size_t bitext_termbase_concept_count(const bitext_termbase *tb)
{
	return tb ? tb->nconcepts : 0;
}

size_t bitext_termbase_term_count(const bitext_termbase *tb)
{
	return tb ? tb->nterms : 0;
}

const bitext_concept *bitext_termbase_concept(const bitext_termbase *tb,
	size_t i)
{
	return tb && i < tb->nconcepts ? &tb->concepts[i] : NULL;
}

const bitext_term *bitext_termbase_term(const bitext_termbase *tb, size_t i)
{
	return tb && i < tb->nterms ? &tb->terms[i] : NULL;
}

int bitext_termbase_lang_match(const char *term_lang, const char *lang)
{
	size_t n = 0;
	char prim[16];

	if (!term_lang || !lang)
		return 0;
	if (bitext_lang__is(term_lang, "und") || bitext_lang__is(lang, "und"))
		return 1;
	while (lang[n] && lang[n] != '-' && lang[n] != '_' && n < sizeof(prim) - 1) {
		prim[n] = (char)((lang[n] >= 'A' && lang[n] <= 'Z') ? lang[n] + 32 : lang[n]);
		n++;
	}
	prim[n] = '\0';
	return bitext_lang__is(term_lang, prim);
}

size_t bitext_termbase_lookup(const bitext_termbase *tb, const char *lang,
	const char *text, size_t len, size_t *idx, size_t cap)
{
	char *key;
	size_t ll = 0, found = 0, i, v;
	UErrorCode st = U_ZERO_ERROR;
	int32_t fl;
	const bitext_strmap_slot *s;

	if (!tb || !lang || !tb->fold)
		return 0;
	while (lang[ll] && lang[ll] != '-' && lang[ll] != '_')
		ll++;
	key = malloc(ll + 1 + len * 3 + 8);
	if (!key)
		return 0;
	for (i = 0; i < ll; i++)
		key[i] = (char)((lang[i] >= 'A' && lang[i] <= 'Z') ? lang[i] + 32 : lang[i]);
	key[ll] = '\x1f';
	fl = ucasemap_utf8FoldCase(tb->fold, key + ll + 1, (int32_t)(len * 3 + 8),
		text, (int32_t)len, &st);
	if (U_SUCCESS(st)) {
		s = bitext_map__str_get(&tb->index, key, ll + 1 + (size_t)fl);
		for (v = s ? s->value : 0; v; v = tb->next[v - 1]) {
			if (found < cap)
				idx[found] = v - 1;
			found++;
		}
	}
	/* "und" terms serve every language */
	if (!bitext_lang__is(lang, "und")) {
		size_t more = bitext_termbase_lookup(tb, "und", text, len,
			found < cap ? idx + found : NULL, found < cap ? cap - found : 0);
		found += more;
	}
	free(key);
	return found;
}

/* ---- matching ----------------------------------------------------------- */

typedef struct mword {
	size_t koff, klen;        /* key in m->keys */
} mword;

typedef struct mentry {
	size_t term;
	size_t nwords;
	size_t first_word;        /* in m->words */
	size_t next;              /* chain of entries of one first key, +1 */
} mentry;

typedef struct mtoken {
	size_t start, end;        /* byte span */
	size_t key0, nkeys;       /* keys in m->tkeys */
	int joined;               /* only spaces or a hyphen since the previous word */
} mtoken;

typedef struct tkey {
	size_t off, len;          /* in m->tkbuf */
	size_t stem_end;          /* byte end of the stem in the text */
} tkey;

struct bitext_term_matcher {
	const bitext_termbase *tb;
	int korean, cased;
	bitext_tokenizer *tk;     /* the language's words */
	bitext_token_list toks;
	UCaseMap *fold;
	bitext_buf keys;          /* term word keys */
	mword *words;
	size_t nwords, awords;
	mentry *entries;
	size_t nentries, aentries;
	bitext_strmap first;      /* first word key -> entry + 1 */
	/* per run */
	mtoken *tokens;
	size_t ntokens, atokens;
	tkey *tkeys;
	size_t ntkeys, atkeys;
	bitext_buf tkbuf;
	bitext_buf scratch;
	bitext_term_match *matches;
	size_t nmatches, amatches;
	const char *cur;          /* text being tokenized */
};

/* The key of a word for matching: case-folded, then English inflection
 * reduced for cased languages. Appended to `out`. */
static int is_acronym(const char *w, size_t n)
{
	size_t i;

	if (n < 2 || n > 8)
		return 0;
	for (i = 0; i < n; i++)
		if (!(w[i] >= 'A' && w[i] <= 'Z') && !(i && w[i] >= '0' && w[i] <= '9'))
			return 0;
	return 1;
}

/* With `acronym` set and an all-capital word (UN, US, IT), the key is the
 * word itself behind a mark: such a term matches only in capitals, so that
 * the term "US" does not match "us". */
static int matcher_key(bitext_term_matcher *m, const char *w, size_t n,
	bitext_buf *out, int acronym)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t fl;
	size_t at = out->size;

	if (acronym && is_acronym(w, n)) {
		if (bitext_buf_putc(out, '\x01') < 0 || bitext_buf_put(out, w, n) < 0)
			return -1;
		return 0;
	}
	if (bitext_buf_grow(out, n * 3 + 16) < 0)
		return -1;
	fl = ucasemap_utf8FoldCase(m->fold, out->ptr + at, (int32_t)(n * 3 + 8),
		w, (int32_t)n, &st);
	if (U_FAILURE(st))
		return -1;
	out->size = at + (size_t)fl;
	if (m->cased) {
		if (bitext_stem_en(&m->scratch, out->ptr + at, (size_t)fl) < 0)
			return -1;
		out->size = at;
		if (bitext_buf_put(out, m->scratch.ptr, m->scratch.size) < 0)
			return -1;
		return 0;
	}
	out->ptr[out->size] = '\0';
	return 0;
}

/* Word tokens of text[0..len) by the language's tokenizer
 * (bitext_tokenizer_run(): ICU's word break iterator): letters (ideographs
 * and Kana included) and numbers; `joined` when only spaces and at most one
 * hyphen separate a token from the previous one. */
static int matcher_words(bitext_term_matcher *m, const char *text, size_t len,
	int (*emit)(bitext_term_matcher *, size_t, size_t, int))
{
	size_t prev_end = 0, i;
	int first = 1, error;

	if ((error = bitext_tokenizer_run(m->tk, &m->toks, text, len)) < 0)
		return error;
	for (i = 0; i < m->toks.count; i++) {
		size_t a = m->toks.items[i].start, b = m->toks.items[i].end, k;
		int joined = 1;

		if (m->toks.items[i].kind == BITEXT_TOKEN_OTHER)
			continue;
		if (!first) {
			int hy = 0;
			for (k = prev_end; k < a; k++) {
				char c = text[k];
				if (c == '-' && !hy)
					hy = 1;
				else if (c != ' ' && c != '\t')
					joined = 0;
			}
			if (a == prev_end)
				joined = 1;
		} else {
			joined = 0;
		}
		first = 0;
		prev_end = b;
		if (emit(m, a, b, joined) < 0)
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	return 0;
}

static int emit_term_word(bitext_term_matcher *m, size_t a, size_t b, int joined)
{
	mword *w;

	(void)joined;
	if (bitext__grow((void **)&m->words, &m->awords, m->nwords + 1,
	    sizeof(*m->words)) < 0)
		return -1;
	w = &m->words[m->nwords];
	w->koff = m->keys.size;
	if (matcher_key(m, m->cur + a, b - a, &m->keys, 1) < 0)
		return -1;
	w->klen = m->keys.size - w->koff;
	if (bitext_buf_putc(&m->keys, '\0') < 0)
		return -1;
	m->nwords++;
	return 0;
}

int bitext_term_matcher_new(bitext_term_matcher **out,
	const bitext_termbase *tb, const char *lang)
{
	bitext_term_matcher *m;
	UErrorCode st = U_ZERO_ERROR;
	char loc[36];
	size_t i;
	int error = 0;

	*out = NULL;
	if (!tb || !lang)
		return bitext_error_set(BITEXT_EINVAL, "err_internal", "matcher", NULL);
	m = calloc(1, sizeof(*m));
	if (!m)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	m->tb = tb;
	bitext_map__str_init(&m->first);
	m->korean = bitext_lang__is(lang, "ko");
	m->cased = bitext_lang__is(lang, "en");
	snprintf(loc, sizeof(loc), "%s", lang);
	for (i = 0; loc[i]; i++)
		if (loc[i] == '-')
			loc[i] = '_';
	if ((error = bitext_tokenizer_new(&m->tk, loc)) < 0)
		goto cleanup;
	m->fold = ucasemap_open("", 0, &st);
	if (U_FAILURE(st)) {
		error = bitext_error_set(BITEXT_ERROR, "err_internal", u_errorName(st), NULL);
		goto cleanup;
	}
	for (i = 0; i < tb->nterms; i++) {
		const bitext_term *t = &tb->terms[i];
		size_t w0 = m->nwords, tl = strlen(t->text);
		mentry *e;
		bitext_strmap_slot *s;

		if (!tl || !bitext_termbase_lang_match(t->lang, lang))
			continue;
		m->cur = t->text;
		if ((error = matcher_words(m, t->text, tl, emit_term_word)) < 0)
			goto cleanup;
		if (m->nwords == w0 || m->nwords - w0 > BITEXT_MAX_TERM_WORDS) {
			m->nwords = w0;
			continue;
		}
		if (bitext__grow((void **)&m->entries, &m->aentries, m->nentries + 1,
		    sizeof(*m->entries)) < 0) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			goto cleanup;
		}
		e = &m->entries[m->nentries];
		e->term = i;
		e->first_word = w0;
		e->nwords = m->nwords - w0;
		s = bitext_map__str_put(&m->first, m->keys.ptr + m->words[w0].koff,
			m->words[w0].klen, 0, NULL);
		if (!s) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			goto cleanup;
		}
		e->next = s->value;
		s->value = ++m->nentries;
	}
cleanup:
	if (error < 0) {
		bitext_term_matcher_free(m);
		return error;
	}
	*out = m;
	return 0;
}

static int emit_text_word(bitext_term_matcher *m, size_t a, size_t b, int joined)
{
	mtoken *t;
	size_t stems[BITEXT_STEM_KO_MAX], ns = 0, k;

	if (bitext__grow((void **)&m->tokens, &m->atokens, m->ntokens + 1,
	    sizeof(*m->tokens)) < 0)
		return -1;
	t = &m->tokens[m->ntokens++];
	t->start = a;
	t->end = b;
	t->joined = joined;
	t->key0 = m->ntkeys;
	t->nkeys = 0;
	/* stems[0] is the whole word, the candidates of a Korean eojeol
	 * follow: keys 0 .. ns are the word and its ns stems */
	if (m->korean)
		ns = (size_t)bitext_stem_ko(stems, m->cur + a, b - a) - 1;
	if (m->cased && b - a > 2) {
		/* possessive: Sony's, Sony’s */
		const char *w = m->cur;
		if (w[b - 2] == '\'' && (w[b - 1] == 's' || w[b - 1] == 'S'))
			b -= 2;
		else if (b - a > 4 && !memcmp(w + b - 4, "\xE2\x80\x99", 3) &&
		    (w[b - 1] == 's' || w[b - 1] == 'S'))
			b -= 4;
	}
	for (k = 0; k <= ns + (size_t)is_acronym(m->cur + a, b - a); k++) {
		size_t end = k == 0 || k > ns ? b : a + stems[k];
		tkey *tk;
		if (bitext__grow((void **)&m->tkeys, &m->atkeys, m->ntkeys + 1,
		    sizeof(*m->tkeys)) < 0)
			return -1;
		tk = &m->tkeys[m->ntkeys];
		tk->off = m->tkbuf.size;
		if (matcher_key(m, m->cur + a, end - a, &m->tkbuf, k > ns) < 0)
			return -1;
		tk->len = m->tkbuf.size - tk->off;
		tk->stem_end = end;
		m->ntkeys++;
		t->nkeys++;
	}
	return 0;
}

/* Does token `t` have key (k, n)? Returns the stem end or 0. */
static size_t token_has(const bitext_term_matcher *m, const mtoken *t,
	const char *k, size_t n)
{
	size_t i;

	for (i = 0; i < t->nkeys; i++) {
		const tkey *tk = &m->tkeys[t->key0 + i];
		if (tk->len == n && !memcmp(m->tkbuf.ptr + tk->off, k, n))
			return tk->stem_end;
	}
	return 0;
}

static int match_cmp(const void *a, const void *b)
{
	const bitext_term_match *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return x->term < y->term ? -1 : x->term > y->term;
}

int bitext_term_matcher_run(bitext_term_matcher *m, const char *text,
	size_t len, const bitext_term_match **matches, size_t *nmatches)
{
	size_t i, k;
	int error;

	*matches = NULL;
	*nmatches = 0;
	m->ntokens = m->ntkeys = m->nmatches = 0;
	bitext_buf_clear(&m->tkbuf);
	if (!m->nentries || !len)
		return 0;
	m->cur = text;
	if ((error = matcher_words(m, text, len, emit_text_word)) < 0)
		return error;
	if (!m->tkbuf.ptr)
		return 0;
	for (i = 0; i < m->ntokens; i++) {
		const mtoken *t = &m->tokens[i];
		for (k = 0; k < t->nkeys; k++) {
			const tkey *tk = &m->tkeys[t->key0 + k];
			const bitext_strmap_slot *s = bitext_map__str_get(&m->first,
				m->tkbuf.ptr + tk->off, tk->len);
			size_t e;
			for (e = s ? s->value : 0; e; e = m->entries[e - 1].next) {
				const mentry *en = &m->entries[e - 1];
				size_t w, end = tk->stem_end;
				bitext_term_match *mm;
				if (en->nwords > 1 && tk->stem_end != t->end)
					continue;   /* a particle inside a multi-word term */
				if (i + en->nwords > m->ntokens)
					continue;
				for (w = 1; w < en->nwords; w++) {
					const mtoken *u = &m->tokens[i + w];
					const mword *mw = &m->words[en->first_word + w];
					if (!u->joined)
						break;
					end = token_has(m, u, m->keys.ptr + mw->koff, mw->klen);
					if (!end)
						break;
					if (w + 1 < en->nwords && end != u->end)
						break;
				}
				if (w < en->nwords)
					continue;
				if (bitext__grow((void **)&m->matches, &m->amatches, m->nmatches + 1,
				    sizeof(*m->matches)) < 0)
					return BITEXT_ENOMEM;
				mm = &m->matches[m->nmatches++];
				mm->term = en->term;
				mm->start = t->start;
				mm->end = end;
			}
		}
	}
	if (m->nmatches > 1)
		qsort(m->matches, m->nmatches, sizeof(*m->matches), match_cmp);
	/* drop duplicates (the same term reached through two stems) */
	for (i = 0, k = 0; i < m->nmatches; i++) {
		if (k && m->matches[k - 1].term == m->matches[i].term &&
		    m->matches[k - 1].start == m->matches[i].start)
			continue;
		m->matches[k++] = m->matches[i];
	}
	m->nmatches = k;
	{
		size_t pos = 0, cp = 0;
		for (i = 0; i < m->nmatches; i++) {
			bitext_term_match *mm = &m->matches[i];
			if (mm->start < pos) {
				pos = 0;
				cp = 0;
			}
			cp += bitext_utf8__count(text + pos, mm->start - pos);
			pos = mm->start;
			mm->cp_start = cp;
			mm->cp_end = cp + bitext_utf8__count(text + mm->start,
				mm->end - mm->start);
		}
	}
	*matches = m->matches;
	*nmatches = m->nmatches;
	return 0;
}

void bitext_term_matcher_free(bitext_term_matcher *m)
{
	if (!m)
		return;
	bitext_tokenizer_free(m->tk);
	bitext_token_list_dispose(&m->toks);
	if (m->fold)
		ucasemap_close(m->fold);
	bitext_buf_dispose(&m->keys);
	bitext_buf_dispose(&m->tkbuf);
	bitext_buf_dispose(&m->scratch);
	bitext_map__str_dispose(&m->first);
	free(m->words);
	free(m->entries);
	free(m->tokens);
	free(m->tkeys);
	free(m->matches);
	free(m);
}

/* ---- validation ---------------------------------------------------------- */

/* A problem found by validation, kept until all are known: they are
 * reported once each (per term and kind), in line order. */
typedef struct tb_found {
	size_t term;
	long line;                 /* the term's line: the sort key */
	bitext_severity sev;
	const char *key;
	const char *arg;
} tb_found;

typedef struct tb_found_list {
	tb_found *v;
	size_t n, cap;
	int error;
} tb_found_list;

static void tb_problem(tb_found_list *l, size_t term, bitext_severity sev,
	const char *key, const char *arg)
{
	if (bitext__grow((void **)&l->v, &l->cap, l->n + 1,
	    sizeof(*l->v)) < 0) {
		l->error = BITEXT_ENOMEM;
		return;
	}
	l->v[l->n].term = term;
	l->v[l->n].sev = sev;
	l->v[l->n].key = key;
	l->v[l->n].arg = arg;
	l->n++;
}

static int tb_found_cmp(const void *a, const void *b)
{
	const tb_found *x = a, *y = b;
	int k;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->term != y->term)
		return x->term < y->term ? -1 : 1;
	if ((k = strcmp(x->key, y->key)) != 0)
		return k;
	return (int)y->sev - (int)x->sev;   /* the most severe first */
}

/* "und" (terms of every language), or a tag bitext_lang_canonicalize()
 * takes. */
static int tb_known_lang(const char *tag)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int ok;

	if (bitext_lang__is(tag, "und"))
		return 1;
	ok = bitext_lang_canonicalize(&b, tag, 0) == 0;
	if (!ok)
		bitext_error_clear();
	bitext_buf_dispose(&b);
	return ok;
}

int bitext_termbase_validate(const bitext_termbase *tb,
	void (*cb)(const bitext_term_problem *p, void *payload), void *payload)
{
	tb_found_list l = { NULL, 0, 0, 0 };
	size_t i, j;
	int count = 0;

	for (i = 0; i < tb->nterms; i++) {
		const bitext_term *t = &tb->terms[i];
		if (!*t->text)
			tb_problem(&l, i, BITEXT_SEVERITY_ERROR, "terms_empty", NULL);
		if (!tb_known_lang(t->lang))
			tb_problem(&l, i, BITEXT_SEVERITY_ERROR, "terms_bad_lang",
				t->lang);
	}
	/* each term that repeats an earlier one (same language, same folded
	 * text) is reported once, for the earlier term that weighs most: the
	 * same concept, else a conflicting status, else another concept */
	for (i = 0; i < tb->index.map.cap; i++) {
		const bitext_strmap_slot *s = bitext_map__slot(&tb->index.map, i);
		size_t v, w;
		if (!s)
			continue;
		for (w = s->value; w; w = tb->next[w - 1]) {
			const bitext_term *b = &tb->terms[w - 1];
			int kind = 0;
			if (!*b->text)
				continue;
			for (v = s->value; v; v = tb->next[v - 1]) {
				const bitext_term *a = &tb->terms[v - 1];
				if (v == w || !*a->text || a->line > b->line ||
				    (a->line == b->line && v > w))
					continue;   /* only terms before b */
				if (a->concept == b->concept)
					kind = 3;
				else if (BITEXT_TERM_STATUS_OK(a->status) !=
				    BITEXT_TERM_STATUS_OK(b->status) && kind < 2)
					kind = 2;
				else if (kind < 1)
					kind = 1;
			}
			if (kind == 3)
				tb_problem(&l, w - 1, BITEXT_SEVERITY_WARNING,
					"terms_dup_in_concept", b->text);
			else if (kind == 2)
				tb_problem(&l, w - 1, BITEXT_SEVERITY_WARNING,
					"terms_conflict", b->text);
			else if (kind == 1)
				tb_problem(&l, w - 1, BITEXT_SEVERITY_INFO,
					"terms_dup_concepts", b->text);
		}
	}
	for (i = 0; i < tb->nconcepts; i++) {
		const bitext_concept *k = &tb->concepts[i];
		int multi = 0;
		for (j = 1; j < k->nterms; j++)
			if (strcasecmp(tb->terms[k->first_term].lang,
			    tb->terms[k->first_term + j].lang))
				multi = 1;
		if (!multi && k->nterms)
			tb_problem(&l, k->first_term, BITEXT_SEVERITY_WARNING,
				"terms_one_lang", tb->terms[k->first_term].text);
	}
	if (l.error) {
		free(l.v);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	for (i = 0; i < l.n; i++)
		l.v[i].line = l.v[i].term < tb->nterms ?
			tb->terms[l.v[i].term].line : 0;
	if (l.n)
		qsort(l.v, l.n, sizeof(*l.v), tb_found_cmp);
	for (i = 0; i < l.n; i++) {
		const tb_found *x = &l.v[i];
		bitext_term_problem p;
		bitext_buf b = BITEXT_BUF_INIT;
		if (i && l.v[i - 1].term == x->term && !strcmp(l.v[i - 1].key, x->key))
			continue;   /* reported already */
		bitext_msg_format(&b, x->key, x->arg ? x->arg : "");
		p.severity = x->sev;
		p.msgid = x->key;
		p.message = b.ptr ? b.ptr : x->key;
		p.term = x->term;
		p.line = x->line;
		if (cb)
			cb(&p, payload);
		if (x->sev >= BITEXT_SEVERITY_WARNING)
			count++;
		bitext_buf_dispose(&b);
	}
	free(l.v);
	return count;
}
