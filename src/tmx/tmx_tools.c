/*
 * tmx_tools.c - operations on whole memories behind `bitext tmx`:
 * validate, stats, convert, merge and filter. Each streams its inputs unit
 * by unit; what must be remembered across units is kept as 64-bit hashes
 * in open-addressing tables (tuids, unit contents, sources), never texts.
 *
 * Hashes: bitext_map__hash (util/hashmap.h) over bytes. A unit's
 * content hash is the sum of the hashes of its (canonical language, text)
 * pairs, so the order of variants does not matter.
 */
#include "tmx/tmx_int.h"
#include "util/vec.h"
#include "util/limits.h"
#include "util/hashmap.h"
#include "util/utf8.h"
#include "bitext/msg.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#define MAXLANGS_PLUS1 257     /* TSV/CSV columns found by convert */

/* ---- what is remembered across units: hashes in util/hashmap.h maps ---- */

/* A slot of the validator's tuid table and the merger's tables. */
typedef struct {
	uint64_t key;        /* the hash */
	uint64_t a;          /* payload */
	uint32_t b, c;
} slot;

/* A set of 64-bit keys (8 bytes a slot): what stats remembers per unit.
 * Keys wait in a small batch whose slots are prefetched before they are
 * inserted: at a million units the table is far larger than the caches. */
#define KEYSET_BATCH 64

typedef struct {
	bitext_map map;      /* of bare uint64_t keys */
	uint64_t pending[KEYSET_BATCH];
	size_t npending;
	size_t seen;         /* keys found already present */
} keyset;

static int keyset_init(keyset *t)
{
	t->npending = t->seen = 0;
	return bitext_map__init(&t->map, sizeof(uint64_t), 3000);
}

/* Insert the pending keys, their slots prefetched first. */
static int keyset_flush(keyset *t)
{
	size_t i;
	int fresh;

	if (t->map.cap && (t->map.n + t->npending + 1) * 4 <= t->map.cap * 3)
		for (i = 0; i < t->npending; i++)
			bitext_map__prefetch(&t->map, t->pending[i]);
	for (i = 0; i < t->npending; i++) {
		if (!bitext_map__put(&t->map, t->pending[i], &fresh))
			return BITEXT_ENOMEM;
		t->seen += !fresh;
	}
	t->npending = 0;
	return 0;
}

/* Queue a key; duplicates are counted in t->seen once flushed. */
static int keyset_queue(keyset *t, uint64_t key)
{
	t->pending[t->npending++] = key;
	return t->npending == KEYSET_BATCH ? keyset_flush(t) : 0;
}

/* Canonical tag (with `flags`), or the tag as stored when it is not one. */
static const char *canon_as(bitext_buf *b, const char *lang, unsigned flags)
{
	bitext_buf_clear(b);
	if (bitext_lang_canonicalize(b, lang ? lang : "", flags) < 0) {
		bitext_error_clear();
		bitext_buf_clear(b);
		bitext_buf_puts(b, lang ? lang : "");
	}
	return b->ptr ? b->ptr : "";
}

static const char *canon(bitext_buf *b, const char *lang)
{
	return canon_as(b, lang, 0);
}

/* The content of a unit for merging: each variant's language subtag and
 * text. Regions and scripts are left out, so that ko and ko-KR (one memory
 * names regions, the other not) are one language: the same texts are one
 * unit, and a translation is not "different" for its region tag. */
static uint64_t unit_content_hash(const bitext_tmx_unit *u, bitext_buf *tmp,
	int skip)
{
	uint64_t h = 0, one;
	size_t i;
	const char *l;

	for (i = 0; i < u->ntuvs; i++) {
		if ((int)i == skip)
			continue;
		l = canon_as(tmp, u->tuvs[i].lang, BITEXT_LANG_LANGUAGE_ONLY);
		one = bitext_map__hash(0, l, strlen(l) + 1);
		one = bitext_map__hash(one, u->tuvs[i].seg, strlen(u->tuvs[i].seg));
		h += bitext_map__mix(one);
	}
	return h;
}

/* ---- validate ------------------------------------------------------------ */

#define V_SCRIPT_LANGS 16      /* languages whose script is compared */
#define V_SCRIPT_SAMPLE 65536  /* bytes of text kept of each (what
                                  bitext_lang_script_contradicts reads) */

/* The text of a language's variants, to compare with its script. */
typedef struct {
	char lang[32];             /* as written */
	long line;                 /* of its first variant */
	bitext_buf text;
} v_script;

typedef struct {
	bitext_tmx_problem_cb cb;
	void *payload;
	const char *path;
	size_t problems;
	bitext_tmx_reader *r;      /* for columns (NULL: a PO file) */
	const char *elem;          /* element of the next problem */
	int tmx;                   /* a TMX file, not XLIFF or PO */
	v_script scripts[V_SCRIPT_LANGS];
	size_t nscripts;
} vctx;

static void v_forward(const bitext_tmx_problem *p, void *payload)
{
	vctx *v = payload;

	v->problems++;
	if (v->cb)
		v->cb(p, v->payload);
}

static void v_problem(vctx *v, bitext_tmx_problem_kind kind, long line,
	long col, const char *msgid, const char *a0, const char *a1)
{
	if (col <= 1 && kind != BITEXT_TMX_PROBLEM_XML && v->r)
		col = bitext_tmx__reader_column(v->r, line, v->elem);
	bitext_tmx__problem_emit(v_forward, v, kind, v->path, line, col, msgid, a0, a1);
}

/* The last library error as a problem (fatal XML errors). */
static void v_error(vctx *v)
{
	const bitext_error *e = bitext_error_last();

	v_problem(v, BITEXT_TMX_PROBLEM_XML, e ? e->line : 0, e ? e->column : 0,
		"tmx_xml_error", e && e->message ? e->message : "?", NULL);
}

static int v_is_bcp47(const char *tag, bitext_buf *tmp);

static void v_header(vctx *v, bitext_tmx_reader *r)
{
	static const char *const req[] = { "creationtool", "creationtoolversion",
		"segtype", "o-tmf", "adminlang", "srclang", "datatype" };
	const bitext_tmx_header *h = bitext_tmx_reader_header(r);
	long line = bitext_tmx__reader_header_line(r);
	bitext_buf b = BITEXT_BUF_INIT;
	const char *val;
	size_t i;

	if (!h->version || (strcmp(h->version, "1.4") &&
	    strcmp(h->version, "1.1"))) {
		v->elem = "tmx";
		v_problem(v, BITEXT_TMX_PROBLEM_STRUCTURE, line > 1 ? line - 1 : 1, 1,
			"tmx_v_version", h->version ? h->version : "", NULL);
		v->elem = "header";
	}
	if (!line)
		return;
	for (i = 0; i < sizeof(req) / sizeof(req[0]); i++)
		if (!bitext_tmx_header_attr(h, req[i]))
			v_problem(v, BITEXT_TMX_PROBLEM_ATTRIBUTE, line, 1,
				"tmx_missing_attr", req[i], "header");
	val = bitext_tmx_header_attr(h, "segtype");
	if (val && strcmp(val, "block") && strcmp(val, "paragraph") &&
	    strcmp(val, "sentence") && strcmp(val, "phrase"))
		v_problem(v, BITEXT_TMX_PROBLEM_ATTRIBUTE, line, 1,
			"tmx_v_segtype", val, NULL);
	val = bitext_tmx_header_attr(h, "srclang");
	if (val && strcmp(val, "*all*") && !v_is_bcp47(val, &b))
		v_problem(v, BITEXT_TMX_PROBLEM_LANG, line, 1, "tmx_v_lang", val,
			"srclang");
	bitext_buf_dispose(&b);
}

static int v_is_nfc(const char *s, size_t n)
{
	UErrorCode st = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&st);
	UChar small[512], *u = small;
	int32_t len = 0;
	UBool ok;

	if (n >= 512 && !(u = malloc((n + 1) * sizeof(UChar))))
		return 1;
	u_strFromUTF8(u, (int32_t)n + 1, &len, s, (int32_t)n, &st);
	ok = U_SUCCESS(st) ? unorm2_isNormalized(nfc, u, len, &st) : 1;
	if (u != small)
		free(u);
	return U_FAILURE(st) || ok;
}

/* A tag as BCP 47 writes it: hyphens, and the shortest language code
 * ("kor" and "en_US" are read, but are not BCP 47). */
static int v_is_bcp47(const char *tag, bitext_buf *tmp)
{
	size_t n = strcspn(tag, "-");

	bitext_buf_clear(tmp);
	if (strchr(tag, '_') || bitext_lang_canonicalize(tmp, tag,
	    BITEXT_LANG_LANGUAGE_ONLY) < 0) {
		bitext_error_clear();
		return 0;
	}
	return tmp->size == n && !strncasecmp(tmp->ptr, tag, n);
}

/* Inline codes: the attributes the DTD requires, <bpt>/<ept> in pairs. */
static void v_codes(vctx *v, const bitext_tmx_unit *u, const bitext_tmx_tuv *t)
{
	static const char *const names[] = { "bpt", "ept", "ph", "it", "ut" };
	const bitext_tmx_code *c, *d;
	size_t i, k;

	for (i = 0; i < t->ncodes; i++) {
		c = &t->codes[i];
		if ((c->kind == BITEXT_TMX_CODE_BPT || c->kind == BITEXT_TMX_CODE_EPT) &&
		    !c->i) {
			v_problem(v, BITEXT_TMX_PROBLEM_ATTRIBUTE, u->line, u->column,
				"tmx_missing_attr", "i", names[c->kind]);
			continue;
		}
		if (c->kind == BITEXT_TMX_CODE_IT && (!c->pos ||
		    (strcmp(c->pos, "begin") && strcmp(c->pos, "end")))) {
			v_problem(v, BITEXT_TMX_PROBLEM_ATTRIBUTE, u->line, u->column,
				"tmx_missing_attr", "pos", "it");
			continue;
		}
		if (c->kind != BITEXT_TMX_CODE_BPT && c->kind != BITEXT_TMX_CODE_EPT)
			continue;
		for (k = 0; k < t->ncodes; k++) {
			d = &t->codes[k];
			if (d->i && !strcmp(d->i, c->i) && d->kind ==
			    (c->kind == BITEXT_TMX_CODE_BPT ? BITEXT_TMX_CODE_EPT :
			     BITEXT_TMX_CODE_BPT))
				break;
		}
		if (k == t->ncodes)
			v_problem(v, BITEXT_TMX_PROBLEM_STRUCTURE, u->line, u->column,
				"tmx_v_unpaired", names[c->kind], c->i);
	}
}

/* Keep a sample of a variant's text under its language. */
static int v_script_add(vctx *v, const bitext_tmx_unit *u,
	const bitext_tmx_tuv *t)
{
	v_script *s = NULL;
	size_t i;

	if (!t->lang[0] || strlen(t->lang) >= sizeof(s->lang))
		return 0;
	for (i = 0; i < v->nscripts && !s; i++)
		if (!strcmp(v->scripts[i].lang, t->lang))
			s = &v->scripts[i];
	if (!s && v->nscripts == V_SCRIPT_LANGS)
		return 0;
	if (!s) {
		s = &v->scripts[v->nscripts++];
		memcpy(s->lang, t->lang, strlen(t->lang) + 1);
		s->line = u->line;
	}
	if (s->text.size >= V_SCRIPT_SAMPLE)
		return 0;
	if (bitext_buf_put(&s->text, t->text, t->text_len) < 0 ||
	    bitext_buf_putc(&s->text, ' ') < 0)
		return BITEXT_ENOMEM;
	return 0;
}

/* Languages whose variants are mostly in a script they are not written
 * in (Hangul under en: the languages swapped), once each, at the first. */
static void v_scripts(vctx *v)
{
	char likely[32];
	size_t i;

	v->elem = "tu";
	for (i = 0; i < v->nscripts; i++) {
		v_script *s = &v->scripts[i];
		if (s->text.ptr && bitext_lang_script_contradicts(s->lang, s->text.ptr,
		    s->text.size, likely, sizeof(likely)))
			v_problem(v, BITEXT_TMX_PROBLEM_LANG, s->line, 1, "tmx_v_script",
				s->lang, likely[0] ? likely : "und");
		bitext_buf_dispose(&s->text);
	}
	v->nscripts = 0;
}

static int v_unit(vctx *v, const bitext_tmx_unit *u, bitext_map *tuids,
	bitext_buf *tmp)
{
	const bitext_tmx_tuv *t;
	char first[32];
	slot *s;
	size_t i;
	int fresh;

	/* XLIFF's unit ids are unique within a <file> only */
	if (u->tuid && v->tmx) {
		s = bitext_map__put(tuids, bitext_map__hash(0, u->tuid,
			strlen(u->tuid)), &fresh);
		if (!s)
			return BITEXT_ENOMEM;
		if (fresh) {
			s->a = (uint64_t)u->line;
		} else {
			snprintf(first, sizeof(first), "%lu", (unsigned long)s->a);
			v_problem(v, BITEXT_TMX_PROBLEM_STRUCTURE, u->line, u->column,
				"tmx_v_dup_tuid", u->tuid, first);
		}
	}
	for (i = 0; i < u->ntuvs; i++) {
		t = &u->tuvs[i];
		/* XLIFF and PO: the reader reported each tag where it stands */
		if (v->tmx && t->lang[0] && !v_is_bcp47(t->lang, tmp))
			v_problem(v, BITEXT_TMX_PROBLEM_LANG, u->line, u->column,
				"tmx_v_lang", t->lang, "xml:lang");
		v_codes(v, u, t);
		if (v_script_add(v, u, t) < 0)
			return BITEXT_ENOMEM;
		if (t->text_len == 0 && t->ncodes == 0)
			v_problem(v, BITEXT_TMX_PROBLEM_STRUCTURE, u->line, u->column,
				"tmx_v_empty", t->lang, u->tuid ? u->tuid : "");
		else if (!v_is_nfc(t->text, t->text_len))
			v_problem(v, BITEXT_TMX_PROBLEM_STRUCTURE, u->line, u->column,
				"tmx_v_nfc", t->lang, u->tuid ? u->tuid : "");
	}
	return 0;
}

/* The last error says the file is no memory at all (empty, binary, not
 * markup): validate fails then, as every command does. */
static int v_not_memory(void)
{
	const bitext_error *e = bitext_error_last();

	return e && e->msgid && (!strcmp(e->msgid, "tmx_empty_file") ||
		!strcmp(e->msgid, "tmx_binary_file") ||
		!strcmp(e->msgid, "tmx_not_memory"));
}

static int tools_reader_open(bitext_tm_reader **r, const char *path,
	int format, const bitext_tmx_reader_options *opts);

/* A PO file: its header's languages (problems of the reader), then each
 * unit as a TMX one; a syntax error is a problem, as broken XML is. */
static int v_po(vctx *v, const char *path, bitext_tmx_reader_options *o,
	bitext_buf *tmp, bitext_map *tuids, size_t *n)
{
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u;
	int ret, error = 0;

	ret = tools_reader_open(&r, path, BITEXT_TM_PO, o);
	while (ret >= 0 && (ret = bitext_tm_reader_next(r, &u)) == 1) {
		(*n)++;
		if ((error = v_unit(v, u, tuids, tmp)) < 0)
			break;
	}
	if (error == 0 && ret == BITEXT_EPARSE && !v_not_memory())
		v_error(v);
	else if (error == 0 && ret < 0)
		error = ret;
	bitext_tm_reader_close(r);
	return error;
}

int bitext_tmx_validate(const char *path,
	const bitext_tmx_reader_options *opts, size_t *units, size_t *problems)
{
	bitext_tmx_reader_options given = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_reader_options o = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_reader *r = NULL;
	const bitext_tmx_unit *u;
	bitext_buf tmp = BITEXT_BUF_INIT;
	bitext_map tuids;
	vctx v;
	size_t n = 0;
	int ret, error = 0;

	bitext_map__init(&tuids, sizeof(slot), 0);   /* allocates nothing */
	memset(&v, 0, sizeof(v));
	bitext_tmx__options_copy(&given, opts, sizeof(given),
		offsetof(bitext_tmx_reader_options, progress));
	v.cb = given.on_problem;
	v.payload = given.payload;
	v.path = path;
	o.flags = BITEXT_TMX_READ_LENIENT;
	o.on_problem = v_forward;
	o.payload = &v;
	o.progress = given.progress;
	o.progress_payload = given.progress_payload;
	if (bitext_tm_format_guess(path) == BITEXT_TM_PO) {
		error = v_po(&v, path, &o, &tmp, &tuids, &n);
		goto done;
	}
	ret = bitext_tmx__reader_open_xml(&r, path, &o, &bitext_tmx__xliff_reader);
	if (ret == BITEXT_EPARSE && v_not_memory()) {
		error = ret;
		goto done;
	}
	if (ret == BITEXT_EPARSE || ret == BITEXT_ELIMIT) {
		v_error(&v);
		goto done;
	}
	if (ret < 0) {
		error = ret;
		goto done;
	}
	v.r = r;
	v.tmx = !bitext_tmx__reader_other(r);
	v.elem = "header";
	if (v.tmx)
		v_header(&v, r);
	v.elem = "tu";
	while ((ret = bitext_tmx_reader_next(r, &u)) == 1) {
		n++;
		if ((error = v_unit(&v, u, &tuids, &tmp)) < 0)
			goto done;
	}
	if (ret == BITEXT_EPARSE || ret == BITEXT_ELIMIT)
		v_error(&v);
	else if (ret < 0)
		error = ret;
done:
	if (!error)
		v_scripts(&v);
	else
		while (v.nscripts)
			bitext_buf_dispose(&v.scripts[--v.nscripts].text);
	if (units)
		*units = n;
	if (problems)
		*problems = v.problems;
	bitext_tmx_reader_close(r);
	bitext_map__dispose(&tuids);
	bitext_buf_dispose(&tmp);
	return error;
}

/*
 * bitext_tm_reader_open for the tools, refusing first what no format can
 * read: a directory (an I/O error) and an empty file (no memory in it),
 * so that TSV, CSV and JSON Lines inputs fail like TMX ones.
 */
static int tools_reader_open(bitext_tm_reader **r, const char *path,
	int format, const bitext_tmx_reader_options *opts)
{
	struct stat st;

	*r = NULL;
	if (path && strcmp(path, "-") && stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			return bitext_error_set(BITEXT_EIO, "err_read", path,
				strerror(EISDIR), NULL);
		if (S_ISREG(st.st_mode) && st.st_size == 0)
			return bitext_error_set(BITEXT_EPARSE, "tmx_empty_file", path,
				NULL);
	}
	return bitext_tm_reader_open(r, path, format, opts);
}

/* ---- stats --------------------------------------------------------------- */

typedef struct {
	bitext_tm_stats pub;
	tmx_pool pool;
	bitext_tm_lang_stats *langs;
	size_t nlangs, caplangs;
	bitext_tm_count *pairs, *props;
	size_t npairs, cappairs, nprops, capprops;
	struct { uint32_t a, b; size_t count; } *pairidx; /* by language index */
	size_t npairidx, cappairidx;
	keyset tuids, contents;
} stats_priv;

static bitext_tm_count *count_get(tmx_pool *p, bitext_tm_count **arr,
	size_t *n, size_t *cap, const char *name)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (!strcmp((*arr)[i].name, name))
			return &(*arr)[i];
	if (*n >= BITEXT_MAX_TMX_META)
		return NULL;      /* more distinct names are not counted */
	if (bitext__grow((void **)arr, cap, *n + 1, sizeof(**arr)) < 0)
		return NULL;
	(*arr)[*n].name = bitext_tmx__pool_strdup(p, name);
	(*arr)[*n].count = 0;
	return (*arr)[*n].name ? &(*arr)[(*n)++] : NULL;
}

static bitext_tm_lang_stats *lang_get(stats_priv *s, const char *lang)
{
	size_t i;

	for (i = 0; i < s->nlangs; i++)
		if (!strcmp(s->langs[i].lang, lang))
			return &s->langs[i];
	if (s->nlangs >= BITEXT_MAX_TMX_META)
		return NULL;
	if (bitext__grow((void **)&s->langs, &s->caplangs, s->nlangs + 1,
	    sizeof(*s->langs)) < 0)
		return NULL;
	memset(&s->langs[s->nlangs], 0, sizeof(*s->langs));
	s->langs[s->nlangs].lang = bitext_tmx__pool_strdup(&s->pool, lang);
	return s->langs[s->nlangs].lang ? &s->langs[s->nlangs++] : NULL;
}

/* Words (runs of letters, digits and marks) and code points. */
static void count_text(const char *s, size_t n, size_t *words, size_t *chars)
{
	int32_t i = 0, len = (int32_t)n;
	UChar32 c;
	int in = 0;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			c = (unsigned char)s[i++];
			int w = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
				(c >= 'A' && c <= 'Z');
			*words += w && !in;
			in = w;
			(*chars)++;
			continue;
		}
		U8_NEXT(s, i, len, c);
		(*chars)++;
		if (c < 0) {
			in = 0;
			continue;
		}
		int w = (c >= 0xAC00 && c <= 0xD7A3) || (U_GET_GC_MASK(c) &
			(U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0;
		*words += w && !in;
		in = w;
	}
}

static int cmp_lang(const void *a, const void *b)
{
	const bitext_tm_lang_stats *x = a, *y = b;
	return x->segments < y->segments ? 1 : x->segments > y->segments ? -1 :
		strcmp(x->lang, y->lang);
}

static int cmp_count(const void *a, const void *b)
{
	const bitext_tm_count *x = a, *y = b;
	return x->count < y->count ? 1 : x->count > y->count ? -1 :
		strcmp(x->name, y->name);
}

static int stats_pair(stats_priv *s, uint32_t a, uint32_t b)
{
	size_t i;

	for (i = 0; i < s->npairidx; i++)
		if (s->pairidx[i].a == a && s->pairidx[i].b == b) {
			s->pairidx[i].count++;
			return 0;
		}
	if (s->npairidx >= BITEXT_MAX_TMX_META)
		return 0;
	if (bitext__grow((void **)&s->pairidx, &s->cappairidx, s->npairidx + 1,
	    sizeof(*s->pairidx)) < 0)
		return BITEXT_ENOMEM;
	s->pairidx[s->npairidx].a = a;
	s->pairidx[s->npairidx].b = b;
	s->pairidx[s->npairidx++].count = 1;
	return 0;
}

static int stats_unit(stats_priv *s, const bitext_tmx_unit *u, bitext_buf *a)
{
	uint32_t li[64];
	bitext_tm_lang_stats *ls;
	bitext_tm_count *c;
	uint64_t content = 0, one;
	size_t i, j, k;
	int ret;

	s->pub.units++;
	s->pub.tuvs += u->ntuvs;
	s->pub.notes += u->nnotes;
	if (u->tuid && (ret = keyset_queue(&s->tuids,
	    bitext_map__hash(0, u->tuid, strlen(u->tuid)))) < 0)
		return ret;
	for (i = 0; i < u->nprops; i++)
		if ((c = count_get(&s->pool, &s->props, &s->nprops, &s->capprops,
		    u->props[i].type)))
			c->count++;
	for (i = 0; i < u->ntuvs; i++) {
		const bitext_tmx_tuv *t = &u->tuvs[i];
		s->pub.notes += t->nnotes;
		s->pub.codes += t->ncodes;
		for (k = 0; k < t->nprops; k++)
			if ((c = count_get(&s->pool, &s->props, &s->nprops,
			    &s->capprops, t->props[k].type)))
				c->count++;
		ls = lang_get(s, canon(a, t->lang));
		if (i < 64)
			li[i] = ls ? (uint32_t)(ls - s->langs) : UINT32_MAX;
		one = bitext_map__hash(ls ? (uint64_t)(ls - s->langs) + 1 : 0, t->seg,
			strlen(t->seg));
		content += one;
		if (!ls)
			continue;
		ls->segments++;
		count_text(t->text, t->text_len, &ls->words, &ls->chars);
	}
	for (i = 0; i < u->ntuvs && i < 64; i++)
		for (j = i + 1; j < u->ntuvs && j < 64; j++)
			if (li[i] != UINT32_MAX && li[j] != UINT32_MAX &&
			    (ret = stats_pair(s, li[i], li[j])) < 0)
				return ret;
	return keyset_queue(&s->contents, bitext_map__mix(content));
}

/* Pairs by name, from the pairs by language index. */
static int stats_pair_names(stats_priv *s, bitext_buf *b)
{
	bitext_tm_count *c;
	size_t i;

	for (i = 0; i < s->npairidx; i++) {
		bitext_buf_clear(b);
		bitext_buf_puts(b, s->langs[s->pairidx[i].a].lang);
		bitext_buf_putc(b, ' ');
		bitext_buf_puts(b, s->langs[s->pairidx[i].b].lang);
		c = count_get(&s->pool, &s->pairs, &s->npairs, &s->cappairs, b->ptr);
		if (!c)
			return NOMEM();
		c->count += s->pairidx[i].count;
	}
	return 0;
}

int bitext_tm_stats_compute(bitext_tm_stats **out, const char *path,
	int format, const bitext_tmx_reader_options *opts)
{
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u;
	bitext_buf a = BITEXT_BUF_INIT, b = BITEXT_BUF_INIT;
	stats_priv *s;
	int ret, error = 0;

	*out = NULL;
	s = calloc(1, sizeof(*s));
	if (!s)
		return NOMEM();
	s->pub.priv_ = s;
	if ((error = keyset_init(&s->tuids)) < 0 ||
	    (error = keyset_init(&s->contents)) < 0 ||
	    (error = tools_reader_open(&r, path, format, opts)) < 0)
		goto cleanup;
	while ((ret = bitext_tm_reader_next(r, &u)) == 1)
		if ((error = stats_unit(s, u, &a)) < 0)
			goto cleanup;
	if (ret < 0) {
		error = ret;
		goto cleanup;
	}
	if ((error = keyset_flush(&s->tuids)) < 0 ||
	    (error = keyset_flush(&s->contents)) < 0)
		goto cleanup;
	s->pub.duplicate_tuids = s->tuids.seen;
	s->pub.duplicate_units = s->contents.seen;
	/* names first: sorting the languages moves them */
	if ((error = stats_pair_names(s, &b)) < 0)
		goto cleanup;
	if (s->nlangs)
		qsort(s->langs, s->nlangs, sizeof(*s->langs), cmp_lang);
	if (s->npairs)
		qsort(s->pairs, s->npairs, sizeof(*s->pairs), cmp_count);
	if (s->nprops)
		qsort(s->props, s->nprops, sizeof(*s->props), cmp_count);
	s->pub.langs = s->langs;
	s->pub.nlangs = s->nlangs;
	s->pub.pairs = s->pairs;
	s->pub.npairs = s->npairs;
	s->pub.props = s->props;
	s->pub.nprops = s->nprops;
	*out = &s->pub;
	s = NULL;
cleanup:
	bitext_tm_reader_close(r);
	bitext_buf_dispose(&a);
	bitext_buf_dispose(&b);
	if (s)
		bitext_tm_stats_free(&s->pub);
	return error;
}

void bitext_tm_stats_free(bitext_tm_stats *stats)
{
	stats_priv *s;

	if (!stats)
		return;
	s = stats->priv_;
	bitext_tmx__pool_dispose(&s->pool);
	free(s->langs);
	free(s->pairs);
	free(s->props);
	free(s->pairidx);
	bitext_map__dispose(&s->tuids.map);
	bitext_map__dispose(&s->contents.map);
	free(s);
}

/* ---- convert ------------------------------------------------------------- */

/* Languages of a memory in order of first appearance (srclang first); a
 * language that a unit holds twice (a text against its revision, en and
 * en) gets two columns. */
static int conv_langs(const char *in, int from,
	const bitext_tmx_reader_options *o, char ***out)
{
	bitext_tm_reader *r;
	const bitext_tmx_unit *u;
	const char *src;
	char **langs = NULL;
	size_t n = 0, i, j;
	int ret;

	*out = NULL;
	if ((ret = tools_reader_open(&r, in, from, o)) < 0)
		return ret;
	langs = calloc(MAXLANGS_PLUS1, sizeof(char *));
	if (!langs) {
		bitext_tm_reader_close(r);
		return NOMEM();
	}
	src = bitext_tmx_header_attr(bitext_tm_reader_header(r), "srclang");
	if (src && strcmp(src, "*all*") && !(langs[n++] = strdup(src)))
		ret = NOMEM();
	while (ret >= 0 && (ret = bitext_tm_reader_next(r, &u)) == 1) {
		for (i = 0; i < u->ntuvs && n < MAXLANGS_PLUS1 - 1; i++) {
			size_t seen = 0, cols = 0;   /* in this unit, as columns */

			for (j = 0; j < i; j++)
				seen += bitext_lang_match(u->tuvs[j].lang,
					u->tuvs[i].lang) != 0;
			cols = bitext_tmx__langs_matching(langs, n,
				u->tuvs[i].lang);
			if (cols <= seen && !(langs[n++] = strdup(u->tuvs[i].lang)))
				ret = NOMEM();
		}
	}
	bitext_tm_reader_close(r);
	if (ret < 0) {
		for (i = 0; i < n; i++)
			free(langs[i]);
		free(langs);
		return ret;
	}
	*out = langs;
	return 0;
}

static void free_langs(char **langs)
{
	size_t i;

	for (i = 0; langs && langs[i]; i++)
		free(langs[i]);
	free(langs);
}

static int is_regular(const char *path)
{
	struct stat st;
	return strcmp(path, "-") && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int bitext_tm_convert(const char *in, const char *out,
	const bitext_tm_convert_options *opts, bitext_tm_report *report)
{
	bitext_tm_convert_options o = BITEXT_TM_CONVERT_OPTIONS_INIT;
	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_writer_options wo = BITEXT_TMX_WRITER_OPTIONS_INIT;
	bitext_tmx_reader_stats st;
	bitext_tm_reader *r = NULL;
	bitext_tm_writer *w = NULL;
	bitext_tmx_header *h = NULL;
	bitext_tmx_unit *copy;
	const bitext_tmx_unit *u, *v;
	bitext_tm_report rep;
	char **langs = NULL;
	int ret, error = 0;

	memset(&rep, 0, sizeof(rep));
	bitext_tmx__options_copy(&o, opts, sizeof(o),
		offsetof(bitext_tm_convert_options, progress));
	ro.flags = o.read_flags;
	ro.progress = o.progress;
	ro.progress_payload = o.progress_payload;
	o.from = o.from ? o.from : bitext_tm_format_guess(in);
	o.from = o.from ? o.from : BITEXT_TM_TMX;
	o.to = o.to ? o.to : bitext_tm_format_guess(out);
	o.to = o.to ? o.to : BITEXT_TM_TMX;
	if ((o.to == BITEXT_TM_TSV || o.to == BITEXT_TM_CSV) && !o.langs &&
	    is_regular(in)) {
		if ((error = conv_langs(in, o.from, &ro, &langs)) < 0)
			goto cleanup;
		o.langs = (const char *const *)langs;
	}
	if ((error = tools_reader_open(&r, in, o.from, &ro)) < 0)
		goto cleanup;
	/* a memory converted from TMX keeps its units as they were */
	if (o.from == BITEXT_TM_TMX)
		wo.flags = BITEXT_TMX_WRITE_CANONICAL_LANG | BITEXT_TMX_WRITE_DOCTYPE;
	/* a header without srclang (JSON Lines) takes the first unit's first
	 * language: OmegaT ignores memories without one */
	ret = bitext_tm_reader_next(r, &u);
	if (ret < 0) {
		error = ret;
		goto cleanup;
	}
	if ((error = bitext_tmx_header_dup(&h, bitext_tm_reader_header(r))) < 0)
		goto cleanup;
	if (ret == 1 && u->ntuvs && !bitext_tmx_header_attr(h, "srclang") &&
	    (error = bitext_tmx_header_set_attr(h, "srclang",
		u->tuvs[0].lang)) < 0)
		goto cleanup;
	if ((error = bitext_tm_writer_open(&w, out, o.to, h, o.langs, &wo)) < 0)
		goto cleanup;
	for (; ret == 1; ret = bitext_tm_reader_next(r, &u)) {
		rep.read++;
		copy = NULL;
		v = u;
		if (o.nfc && (error = bitext_tmx__unit_nfc_view(u, &v, &copy,
		    &rep.nfc_changed)) < 0)
			goto cleanup;
		error = bitext_tm_writer_add(w, v);
		bitext_tmx_unit_free(copy);
		if (error < 0)
			goto cleanup;
		rep.written++;
	}
	if (ret < 0) {
		error = ret;
		goto cleanup;
	}
	bitext_tm_reader_stats_get(r, &st);
	rep.skipped = st.skipped;
	rep.left_out = bitext_tm_writer_left_out(w);
	rep.written -= rep.left_out;
	error = bitext_tm_writer_commit(w);
	w = NULL;
cleanup:
	bitext_tm_writer_abort(w);
	bitext_tm_reader_close(r);
	bitext_tmx_header_free(h);
	free_langs(langs);
	if (report)
		*report = rep;
	return error;
}

/* ---- merge --------------------------------------------------------------- */

/* changedate, else creationdate, as a number YYYYMMDDHHMMSS (0 = none). */
static uint64_t unit_date(const bitext_tmx_unit *u)
{
	const char *d = bitext_tmx_unit_attr(u, "changedate");
	uint64_t v = 0;
	size_t i;

	if (!d)
		d = bitext_tmx_unit_attr(u, "creationdate");
	if (!d && u->ntuvs) {
		d = bitext_tmx_attr_get(u->tuvs[0].attrs, u->tuvs[0].nattrs,
			"changedate");
	}
	for (i = 0; d && d[i]; i++)
		if (d[i] >= '0' && d[i] <= '9')
			v = v * 10 + (uint64_t)(d[i] - '0');
	return v;
}

static int merge_source(const bitext_tmx_unit *u, const char *src)
{
	size_t i;

	for (i = 0; i < u->ntuvs; i++)
		if (bitext_lang_match(u->tuvs[i].lang, src))
			return (int)i;
	return -1;
}

typedef struct {
	bitext_map contents; /* content hash -> a: date, b: input, c: ordinal */
	bitext_map sources;  /* source hash -> a: targets hash, b: input, c: line */
	const bitext_tm_merge_options *o;
	const char *const *inputs;
	bitext_tm_report *rep;
	bitext_buf tmp;
	char *src;
} merger;

static int merge_pass1_unit(merger *m, const bitext_tmx_unit *u, uint32_t in,
	uint32_t ord)
{
	bitext_tm_conflict c;
	uint64_t date = unit_date(u), th;
	slot *s;
	int fresh, si;

	s = bitext_map__put(&m->contents, unit_content_hash(u, &m->tmp, -1), &fresh);
	if (!s)
		return BITEXT_ENOMEM;
	if (fresh || date > s->a) {
		m->rep->duplicates += !fresh;
		s->a = date;
		s->b = in;
		s->c = ord;
		if (!fresh)
			return 0;
	} else {
		m->rep->duplicates++;
		return 0;
	}
	si = merge_source(u, m->src);
	if (si < 0 || u->ntuvs < 2)
		return 0;
	th = unit_content_hash(u, &m->tmp, si);
	s = bitext_map__put(&m->sources, bitext_map__hash(0, u->tuvs[si].seg,
		strlen(u->tuvs[si].seg)), &fresh);
	if (!s)
		return BITEXT_ENOMEM;
	if (fresh) {
		s->a = th;
		s->b = in;
		s->c = (uint32_t)u->line;
		return 0;
	}
	if (s->a == th)
		return 0;
	m->rep->conflicts++;
	if (m->o->on_conflict) {
		c.source = u->tuvs[si].text;
		c.target = u->tuvs[si == 0 ? 1 : 0].text;
		c.file_a = m->inputs[s->b];
		c.line_a = (long)s->c;
		c.file_b = m->inputs[in];
		c.line_b = u->line;
		m->o->on_conflict(&c, m->o->payload);
	}
	return 0;
}

/* One pass over every input; pass 2 writes the winners. */
static int merge_pass(merger *m, size_t n, int pass, bitext_tm_writer *w)
{
	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_reader_stats st;
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u, *v;
	bitext_tmx_unit *copy = NULL;
	size_t in, nfc = 0;
	uint32_t ord;
	char tuid[64];
	slot *s;
	int ret = 0, error = 0, fresh;

	ro.flags = m->o->read_flags;
	ro.progress = m->o->progress;
	ro.progress_payload = m->o->progress_payload;
	for (in = 0; in < n && error == 0; in++) {
		if ((error = tools_reader_open(&r, m->inputs[in], 0, &ro)) < 0)
			break;
		if (!m->src) {
			const char *h = bitext_tmx_header_attr(bitext_tm_reader_header(r),
				"srclang");
			m->src = strdup(m->o->srclang ? m->o->srclang :
				h && strcmp(h, "*all*") ? h : "");
		}
		for (ord = 0; (ret = bitext_tm_reader_next(r, &u)) == 1; ord++) {
			if (m->src && !m->src[0] && u->ntuvs) {
				free(m->src);
				m->src = strdup(u->tuvs[0].lang);
			}
			if (!m->src) {
				error = NOMEM();
				break;
			}
			if ((error = bitext_tmx__unit_nfc_view(u, &v, &copy, &nfc)) < 0)
				break;
			if (pass == 1) {
				m->rep->read++;
				error = merge_pass1_unit(m, v, (uint32_t)in, ord);
			} else {
				s = bitext_map__put(&m->contents, unit_content_hash(v, &m->tmp, -1),
					&fresh);
				if (s && s->b == in && s->c == ord) {
					if (!copy && (error = bitext_tmx_unit_dup(&copy, v)) < 0)
						break;
					v = copy;
					if (n > 1 && v->tuid) {
						snprintf(tuid, sizeof(tuid), "%zu-", in + 1);
						bitext_buf_clear(&m->tmp);
						bitext_buf_puts(&m->tmp, tuid);
						bitext_buf_puts(&m->tmp, v->tuid);
						error = bitext_tmx_unit_set_attr(copy, -1, "tuid",
							m->tmp.ptr);
					}
					if (error == 0 && (error = bitext_tm_writer_add(w, v)) == 0)
						m->rep->written++;
				}
			}
			bitext_tmx_unit_free(copy);
			copy = NULL;
			if (error < 0)
				break;
		}
		if (error == 0 && ret < 0)
			error = ret;
		if (pass == 1) {
			bitext_tm_reader_stats_get(r, &st);
			m->rep->skipped += st.skipped;
			m->rep->nfc_changed += nfc;
		}
		nfc = 0;
		bitext_tm_reader_close(r);
		r = NULL;
	}
	bitext_tmx_unit_free(copy);
	return error;
}

int bitext_tm_merge(const char *const *inputs, size_t n, const char *out,
	const bitext_tm_merge_options *opts, bitext_tm_report *report)
{
	bitext_tm_merge_options o = BITEXT_TM_MERGE_OPTIONS_INIT;
	bitext_tm_writer *w = NULL;
	bitext_tmx_header *h = NULL;
	bitext_tm_report rep;
	merger m;
	size_t i;
	int error;

	memset(&rep, 0, sizeof(rep));
	memset(&m, 0, sizeof(m));
	bitext_map__init(&m.contents, sizeof(slot), 0);   /* allocate nothing */
	bitext_map__init(&m.sources, sizeof(slot), 0);
	bitext_tmx__options_copy(&o, opts, sizeof(o),
		offsetof(bitext_tm_merge_options, progress));
	for (i = 0; i < n; i++)
		if (!strcmp(inputs[i], "-"))
			return bitext_error_set(BITEXT_EINVAL, "tm_merge_stdin", NULL);
	m.o = &o;
	m.inputs = inputs;
	m.rep = &rep;
	if ((error = merge_pass(&m, n, 1, NULL)) < 0)
		goto cleanup;
	if ((error = bitext_tmx_header_new(&h)) < 0 ||
	    (m.src && m.src[0] &&
	     (error = bitext_tmx_header_set_attr(h, "srclang", m.src)) < 0))
		goto cleanup;
	if ((error = bitext_tm_writer_open(&w, out, 0, h, NULL, NULL)) < 0)
		goto cleanup;
	if ((error = merge_pass(&m, n, 2, w)) < 0)
		goto cleanup;
	m.rep->left_out = bitext_tm_writer_left_out(w);
	m.rep->written -= m.rep->left_out;
	error = bitext_tm_writer_commit(w);
	w = NULL;
cleanup:
	bitext_tm_writer_abort(w);
	bitext_tmx_header_free(h);
	bitext_map__dispose(&m.contents);
	bitext_map__dispose(&m.sources);
	bitext_buf_dispose(&m.tmp);
	free(m.src);
	if (report)
		*report = rep;
	return error;
}

/* ---- filter -------------------------------------------------------------- */

/* A number as strtod reads it, the whole string (blanks around allowed). */
static int prop_number(const char *s, double *v)
{
	char *end;

	while (*s == ' ')
		s++;
	if (!*s)
		return 0;
	*v = strtod(s, &end);
	while (*end == ' ')
		end++;
	return end != s && !*end;
}

static int prop_is_order(bitext_tm_op op)
{
	return op == BITEXT_TM_OP_LT || op == BITEXT_TM_OP_LE ||
		op == BITEXT_TM_OP_GT || op == BITEXT_TM_OP_GE;
}

int bitext_tm_filter_parse_prop(bitext_tm_filter_options *opts, char *expr)
{
	static const struct { const char *s; bitext_tm_op op; } ops[] = {
		{ "<=", BITEXT_TM_OP_LE }, { ">=", BITEXT_TM_OP_GE },
		{ "!=", BITEXT_TM_OP_NE }, { "==", BITEXT_TM_OP_EQ },
		{ "<", BITEXT_TM_OP_LT }, { ">", BITEXT_TM_OP_GT },
		{ "=", BITEXT_TM_OP_EQ },
	};
	bitext_tm_op op = BITEXT_TM_OP_EXISTS;
	char *p, *at = NULL, *type, *value = NULL;
	size_t i, k, oplen = 0;
	double num;

	for (p = expr; *p && !at; p++)
		for (k = 0; k < sizeof(ops) / sizeof(ops[0]); k++)
			if (!strncmp(p, ops[k].s, strlen(ops[k].s))) {
				op = ops[k].op;
				at = p;
				oplen = strlen(ops[k].s);
				break;
			}
	/* "x-score<<", "x-score<=>1", "x-score!0.5", "<1": typos, refused */
	if (at)
		value = at + oplen;
	if ((value && *value && strchr("<>=!", *value)) ||
	    strchr(at ? "" : expr, '!'))
		return bitext_error_set(BITEXT_EINVAL, "tm_bad_prop_filter", expr,
			NULL);
	for (type = expr; *type == ' '; type++)
		;
	if (type == at || !*type)
		return bitext_error_set(BITEXT_EINVAL, "tm_bad_prop_filter", expr,
			NULL);
	/* a numeric comparison wants a number */
	if (prop_is_order(op) && !prop_number(value, &num)) {
		char opbuf[3];

		memcpy(opbuf, at, oplen);
		opbuf[oplen] = '\0';
		return bitext_error_set(BITEXT_EINVAL, "tm_prop_not_number", expr,
			opbuf, value, NULL);
	}
	if (at)
		*at = '\0';
	/* trim the type */
	for (i = strlen(type); i > 0 && type[i - 1] == ' '; i--)
		type[i - 1] = '\0';
	if (!*type)
		return bitext_error_set(BITEXT_EINVAL, "tm_bad_prop_filter", "", NULL);
	opts->prop_type = type;
	opts->prop_op = op;
	opts->prop_value = value;
	return 0;
}

/*
 * Whether prop value `v` passes. <, <=, >, >= compare numbers (the
 * filter's value is one, checked when parsed): a value that is not a
 * number fails. = and != compare numbers when both are, else strings.
 */
static int prop_pass(const bitext_tm_filter_options *o, const char *v)
{
	double a, b;
	int c, na, nb;

	if (!v)
		return 0;
	if (o->prop_op == BITEXT_TM_OP_EXISTS || !o->prop_value)
		return 1;
	na = prop_number(v, &a);
	nb = prop_number(o->prop_value, &b);
	if (prop_is_order(o->prop_op) && (!na || !nb))
		return 0;
	if (na && nb)
		c = a < b ? -1 : a > b;
	else
		c = strcmp(v, o->prop_value);
	switch (o->prop_op) {
	case BITEXT_TM_OP_EQ: return c == 0;
	case BITEXT_TM_OP_NE: return c != 0;
	case BITEXT_TM_OP_LT: return c < 0;
	case BITEXT_TM_OP_LE: return c <= 0;
	case BITEXT_TM_OP_GT: return c > 0;
	case BITEXT_TM_OP_GE: return c >= 0;
	default: return 1;
	}
}

static int re_open(URegularExpression **out, const char *pattern)
{
	UErrorCode st = U_ZERO_ERROR;
	UParseError pe;
	UChar *u;
	int32_t n = 0;

	*out = NULL;
	if (!pattern)
		return 0;
	u = malloc((strlen(pattern) + 1) * sizeof(UChar));
	if (!u)
		return NOMEM();
	u_strFromUTF8(u, (int32_t)strlen(pattern) + 1, &n, pattern, -1, &st);
	if (U_SUCCESS(st))
		*out = uregex_open(u, n, 0, &pe, &st);
	free(u);
	if (U_FAILURE(st))
		return bitext_error_set(BITEXT_EINVAL, "tm_bad_regex", pattern,
			u_errorName(st), NULL);
	return 0;
}

static int re_find(URegularExpression *re, const char *text, size_t n)
{
	UErrorCode st = U_ZERO_ERROR;
	UText *ut;
	int found;

	if (!re)
		return 1;
	ut = utext_openUTF8(NULL, text, (int64_t)n, &st);
	uregex_setUText(re, ut, &st);
	found = U_SUCCESS(st) && uregex_find(re, 0, &st);
	static const UChar empty[1] = { 0 };

	uregex_setText(re, empty, 0, &st);
	utext_close(ut);
	return found;
}

int bitext_tm_filter(const char *in, const char *out,
	const bitext_tm_filter_options *opts, bitext_tm_report *report)
{
	bitext_tm_filter_options o = BITEXT_TM_FILTER_OPTIONS_INIT;
	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;
	bitext_tmx_writer_options wo = BITEXT_TMX_WRITER_OPTIONS_INIT;
	URegularExpression *sre = NULL, *tre = NULL;
	bitext_tm_reader *r = NULL;
	bitext_tm_writer *w = NULL;
	bitext_tmx_unit *copy = NULL;
	const bitext_tmx_unit *u;
	const bitext_tmx_tuv *s, *t;
	bitext_tm_report rep;
	const char *src, *h, *pv;
	size_t i, len;
	int ret, error, keep;

	memset(&rep, 0, sizeof(rep));
	bitext_tmx__options_copy(&o, opts, sizeof(o),
		offsetof(bitext_tm_filter_options, progress));
	if ((error = re_open(&sre, o.source_re)) < 0 ||
	    (error = re_open(&tre, o.target_re)) < 0)
		goto cleanup;
	ro.flags = o.read_flags;
	ro.progress = o.progress;
	ro.progress_payload = o.progress_payload;
	if ((error = tools_reader_open(&r, in, 0, &ro)) < 0)
		goto cleanup;
	h = bitext_tmx_header_attr(bitext_tm_reader_header(r), "srclang");
	src = o.source ? o.source : h && strcmp(h, "*all*") ? h : NULL;
	/* units copied as they are; the DOCTYPE like every TMX bitext writes */
	wo.flags = BITEXT_TMX_WRITE_DOCTYPE;
	if ((error = bitext_tm_writer_open(&w, out, 0, bitext_tm_reader_header(r),
	    NULL, &wo)) < 0)
		goto cleanup;
	while ((ret = bitext_tm_reader_next(r, &u)) == 1) {
		rep.read++;
		s = src ? bitext_tmx_unit_tuv(u, src) : u->ntuvs ? &u->tuvs[0] : NULL;
		t = NULL;
		if (o.target)
			t = bitext_tmx_unit_tuv(u, o.target);
		for (i = 0; !o.target && s && i < u->ntuvs; i++)
			if (&u->tuvs[i] != s && !bitext_lang_match(u->tuvs[i].lang,
			    s->lang)) {
				t = &u->tuvs[i];
				break;
			}
		keep = s && t;
		len = s ? bitext_utf8__count(s->text, s->text_len) : 0;
		keep = keep && (!o.min_len || len >= o.min_len) &&
			(!o.max_len || len <= o.max_len);
		pv = o.prop_type ? bitext_tmx_unit_prop(u, o.prop_type) : NULL;
		rep.prop_units += pv != NULL;
		keep = keep && (!o.prop_type || prop_pass(&o, pv));
		keep = keep && re_find(sre, s->text, s->text_len) &&
			re_find(tre, t->text, t->text_len);
		if (o.invert)
			keep = !keep;
		if (!keep) {
			rep.filtered++;
			continue;
		}
		if (o.keep_pair_only && s && t && u->ntuvs > 2) {
			if ((error = bitext_tmx_unit_dup(&copy, u)) < 0)
				goto cleanup;
			for (i = copy->ntuvs; i-- > 0;)
				if (i != (size_t)(s - u->tuvs) && i != (size_t)(t - u->tuvs))
					bitext_tmx_unit_remove_tuv(copy, (int)i);
			u = copy;
		}
		error = bitext_tm_writer_add(w, u);
		bitext_tmx_unit_free(copy);
		copy = NULL;
		if (error < 0)
			goto cleanup;
		rep.written++;
	}
	if ((error = ret) < 0)
		goto cleanup;
	rep.left_out = bitext_tm_writer_left_out(w);
	rep.written -= rep.left_out;
	error = bitext_tm_writer_commit(w);
	w = NULL;
cleanup:
	bitext_tm_writer_abort(w);
	bitext_tm_reader_close(r);
	if (sre)
		uregex_close(sre);
	if (tre)
		uregex_close(tre);
	if (report)
		*report = rep;
	return error < 0 ? error : 0;
}
