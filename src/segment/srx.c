/*
 * srx.c - SRX 2.0 (Segmentation Rules eXchange) parser and evaluator.
 *
 * Format (LISA SRX 2.0; SRX 1.0 files are accepted too):
 *   <srx version="2.0" xmlns="http://www.lisa.org/srx20">
 *     <header segmentsubflows="yes" cascade="yes|no"> formathandle ...
 *     <body>
 *       <languagerules>
 *         <languagerule languagerulename="NAME">
 *           <rule break="no|yes">             (break defaults to yes)
 *             <beforebreak>REGEX</beforebreak> (text ending at the position)
 *             <afterbreak>REGEX</afterbreak>   (text starting there)
 *       <maprules>
 *         <languagemap languagepattern="ko.*" languagerulename="NAME"/>
 * Elements are matched by local name in no namespace or the LISA SRX one;
 * extensions in other namespaces are ignored, except one attribute of
 * Okapi's header element okpsrx:options: useIcu4jBreakRules="yes" asks for
 * ICU's boundaries where the rules are silent (bitext_srx__rules_icu).
 *
 * Language maps: the pattern must match the whole language code, case
 * insensitively ("EN.*" matches "en-US"). With cascade="yes" the rules of
 * every matching map apply, in map order; otherwise the first map wins. A
 * 2.0 header without the attribute cascades (OmegaT's default rules rely
 * on it); SRX 1.0 never does.
 *
 * Regexes are Java syntax (what OmegaT, Okapi and Trados write). ICU regex
 * accepts nearly all of it (\p{Lu}, \p{javaLowerCase}, \p{IsLatin}, (?i),
 * [a-z&&[^x]], possessive quantifiers). Handled differences: the Java-only
 * inline flags u, U and d are dropped ("(?iu)" -> "(?i)"; ICU matching is
 * Unicode-aware anyway).
 *
 * Evaluation at a position p of a UTF-16 text, for each rule in order:
 *  - when "beforebreak" is a bounded pattern, one matcher
 *    "(?<=(?:before))(?:after)" runs lookingAt() from p with transparent
 *    bounds: a bounded lookbehind, so the cost does not grow with the text;
 *  - otherwise "(?:before)(?![\s\S])" is searched in a window of
 *    BITEXT_SRX_WINDOW units ending at p (opaque bounds, so it must end at
 *    p; "^" keeps meaning the paragraph start), then "(?:after)" runs
 *    lookingAt() from p.
 * A match from p reads at most BITEXT_SRX_LOOKAHEAD units past p (the
 * region's end; lookarounds see on), so the cost of a position does not
 * grow with the paragraph.
 * The first rule whose both parts match decides. break="yes" rules also get
 * a scanner "(?:before)(?=(?:after))" whose match ends are candidate breaks.
 * Every regex runs under ICU's time and stack limits
 * (BITEXT_SRX_TIME_LIMIT, BITEXT_SRX_STACK_BYTES): a catastrophic user
 * pattern is an error naming its rule, not a hang.
 * Before ICU runs, a prefilter (see "prefilter" below) rules out most rules
 * that cannot match at the position, and most starts a scanner cannot
 * match from; it only ever skips what ICU would reject, so decisions are
 * the same with or without it.
 * (Joining runs of rules into one alternation, as a prefilter or with
 * marker groups, was measured slower than one call per rule with ICU 72.)
 *
 * Safety: parsed with XML_PARSE_NONET and without entity substitution or
 * DTD loading; any entity declaration or reference is refused, so neither
 * external entities nor "billion laughs" expansion can happen. Nesting
 * deeper than 256 (BITEXT_MAX_XML_DEPTH) is refused by libxml2 itself
 * (its limit without XML_PARSE_HUGE).
 */
#include "segment/srx.h"
#include "util/vec.h"
#include "util/limits.h"
#include "util/xml_scan.h"
#include "bitext/common.h"
#include "bitext/errors.h"
#include "bitext/io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

typedef struct {
	int brk;                 /* 1 = break="yes" */
	char *before, *after;    /* Java regexes, UTF-8 ("" = empty) */
	long line;               /* line of <rule> in the file */
} srx_rule;

typedef struct {
	char *name;              /* languagerulename */
	srx_rule *rules;
	size_t n, cap;
} srx_langrule;

typedef struct {
	char *pattern;           /* languagepattern (Java regex) */
	char *rulename;          /* languagerulename it selects */
	long line;
} srx_map;

struct srx_rules {
	char *file;              /* file name for messages */
	int cascade;             /* header cascade="yes" */
	int icu;                 /* okpsrx:options useIcu4jBreakRules="yes" */
	srx_langrule *lr;
	size_t nlr, caplr;
	srx_map *maps;
	size_t nmaps, capmaps;
};

typedef struct srx_nfa srx_nfa;
typedef struct srx_cset srx_cset;

typedef struct {
	int brk;                     /* 1 = break */
	srx_nfa *bf, *af;            /* prefilters of before/after, or NULL */
	srx_nfa *sf;                 /* prefilter of B then A, for scan */
	URegularExpression *lb;      /* (?<=(?:B))(?:A), or NULL */
	URegularExpression *before;  /* (?:B)\z, windowed, when lb is NULL */
	URegularExpression *after;   /* (?:A), when lb is NULL and A != "" */
	URegularExpression *scan;    /* (?:B)(?=(?:A)) for break="yes" */
	size_t gen;                  /* text its matchers are bound to */
	long line;                   /* of the <rule>, for errors */
} srx_crule;

struct srx_ruleset {
	char *file;                  /* of the rules, for errors */
	srx_crule *r;
	size_t n;
	srx_cset *cs;                /* classes of the prefilters */
	size_t ncs, capcs;
	size_t cache_bytes;          /* given to srx_nfa row caches */
	const UChar *text;           /* borrowed, set by bitext_srx__ruleset_set_text */
	int32_t len;
	size_t gen;                  /* counts bitext_srx__ruleset_set_text calls */
	struct srx_mcache *mc;       /* first scan batch: masks of non-ASCII units */
	size_t icu_calls;            /* rules that ICU had to decide */
};

/* Which scanners of the first batch a non-ASCII unit may start (a bit a
 * scanner), for the units seen last: direct-mapped on the low bits. */
#define SRX_MCACHE 4096
struct srx_mcache {
	UChar key[SRX_MCACHE];       /* 0: empty (ASCII never goes here) */
	uint64_t mask[SRX_MCACHE];
};

#define SRX_NS_20 "http://www.lisa.org/srx20"
#define SRX_NS_10 "http://www.lisa.org/srx"
#define SRX_NS_OKAPI "http://okapi.sf.net/srx-extensions"

/* ---- parsing ---------------------------------------------------------- */

static int srx_is(const xmlNode *n, const char *name)
{
	if (!n || n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, name))
		return 0;
	if (!n->ns || !n->ns->href)
		return 1;
	return !strcmp((const char *)n->ns->href, SRX_NS_20) ||
		!strcmp((const char *)n->ns->href, SRX_NS_10);
}

static const xmlNode *srx_child(const xmlNode *n, const char *name)
{
	const xmlNode *c;

	for (c = n ? n->children : NULL; c; c = c->next)
		if (srx_is(c, name))
			return c;
	return NULL;
}

static int srx_fail(const srx_rules *r, const xmlNode *n, int code,
	const char *msgid, const char *a0, const char *a1)
{
	bitext_error_set(code, msgid, a0, a1, NULL);
	bitext_error_locate(r->file, n ? (long)xmlGetLineNo(n) : 0, 0, -1);
	return code;
}

/* Attribute value as a malloc'd string, NULL when absent. */
/* An attribute's value (malloc'd) in *out, NULL when absent; returns 0 or
 * BITEXT_ENOMEM (with the error set). */
static int srx_attr(char **out, const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);

	*out = NULL;
	if (!v)
		return 0;
	*out = strdup((const char *)v);
	xmlFree(v);
	return *out ? 0 : bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
}

/* Text content of an element; entity references were refused earlier. */
static char *srx_text(const xmlNode *n)
{
	xmlChar *v;
	char *s;

	if (!n)
		return strdup("");
	v = xmlNodeGetContent(n);
	s = strdup(v ? (const char *)v : "");
	xmlFree(v);
	return s;
}

static int srx_parse_rule(srx_rules *r, srx_langrule *lr, const xmlNode *n)
{
	char *brk;
	srx_rule *ru;
	int error = srx_attr(&brk, n, "break");

	if (error < 0)
		return error;
	if (brk && strcmp(brk, "yes") && strcmp(brk, "no")) {
		error = srx_fail(r, n, BITEXT_EPARSE, "segment_srx_break", brk, NULL);
		goto cleanup;
	}
	if ((error = bitext__grow((void **)&lr->rules, &lr->cap, lr->n + 1, sizeof(*ru))) < 0)
		goto cleanup;
	ru = &lr->rules[lr->n];
	ru->brk = !brk || !strcmp(brk, "yes");
	ru->line = (long)xmlGetLineNo(n);
	ru->before = srx_text(srx_child(n, "beforebreak"));
	ru->after = srx_text(srx_child(n, "afterbreak"));
	if (!ru->before || !ru->after) {
		free(ru->before);
		free(ru->after);
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	lr->n++;
cleanup:
	free(brk);
	return error;
}

static int srx_parse_languagerule(srx_rules *r, const xmlNode *n)
{
	srx_langrule *lr;
	const xmlNode *c;
	char *name;
	int error = srx_attr(&name, n, "languagerulename");

	if (error < 0)
		return error;
	if (!name)
		return srx_fail(r, n, BITEXT_EPARSE, "segment_srx_attr",
			"languagerule", "languagerulename");
	if ((error = bitext__grow((void **)&r->lr, &r->caplr, r->nlr + 1, sizeof(*lr))) < 0) {
		free(name);
		return error;
	}
	lr = &r->lr[r->nlr++];
	memset(lr, 0, sizeof(*lr));
	lr->name = name;
	for (c = n->children; c; c = c->next) {
		if (!srx_is(c, "rule"))
			continue;
		if ((error = srx_parse_rule(r, lr, c)) < 0)
			return error;
	}
	return 0;
}

static int srx_parse_map(srx_rules *r, const xmlNode *n)
{
	srx_map *m;
	int error;

	if ((error = bitext__grow((void **)&r->maps, &r->capmaps, r->nmaps + 1, sizeof(*m))) < 0)
		return error;
	m = &r->maps[r->nmaps];
	m->line = (long)xmlGetLineNo(n);
	if (srx_attr(&m->pattern, n, "languagepattern") < 0 ||
	    srx_attr(&m->rulename, n, "languagerulename") < 0) {
		free(m->pattern);
		return BITEXT_ENOMEM;
	}
	if (!m->pattern || !m->rulename) {
		free(m->pattern);
		free(m->rulename);
		return srx_fail(r, n, BITEXT_EPARSE, "segment_srx_attr", "languagemap",
			m->pattern ? "languagerulename" : "languagepattern");
	}
	r->nmaps++;
	return 0;
}

/* languagemap elements, directly under maprules (2.0) or in maprule (1.0). */
static int srx_parse_maps(srx_rules *r, const xmlNode *maprules)
{
	const xmlNode *c, *d;
	int error;

	for (c = maprules ? maprules->children : NULL; c; c = c->next) {
		if (srx_is(c, "languagemap")) {
			if ((error = srx_parse_map(r, c)) < 0)
				return error;
		} else if (srx_is(c, "maprule")) {
			for (d = c->children; d; d = d->next)
				if (srx_is(d, "languagemap") &&
					(error = srx_parse_map(r, d)) < 0)
					return error;
		}
	}
	return 0;
}

static srx_langrule *srx_find_rule(const srx_rules *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nlr; i++)
		if (!strcmp(r->lr[i].name, name))
			return &r->lr[i];
	return NULL;
}

/* Refuse entity declarations and references anywhere (see top comment). */
static int srx_check_entities(srx_rules *r, const xmlDoc *doc, const xmlNode *n)
{
	const xmlNode *c;

	if (doc->intSubset && (doc->intSubset->entities || doc->intSubset->pentities))
		return srx_fail(r, (const xmlNode *)doc->intSubset, BITEXT_EPARSE,
			"segment_srx_entity", NULL, NULL);
	for (c = n; c; c = c->next) {
		if (c->type == XML_ENTITY_REF_NODE || c->type == XML_ENTITY_DECL)
			return srx_fail(r, c, BITEXT_EPARSE, "segment_srx_entity", NULL, NULL);
		if (c->type == XML_ELEMENT_NODE && c->children &&
			srx_check_entities(r, doc, c->children) < 0)
			return BITEXT_EPARSE;
	}
	return 0;
}

/* Okapi's <okpsrx:options useIcu4jBreakRules="yes"/> in the header. */
static int srx_okapi_icu(const xmlNode *header, int *icu)
{
	const xmlNode *c;

	for (c = header ? header->children : NULL; c; c = c->next) {
		char *v;

		if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, "options") ||
			!c->ns || !c->ns->href || strcmp((const char *)c->ns->href, SRX_NS_OKAPI))
			continue;
		if (srx_attr(&v, c, "useIcu4jBreakRules") < 0)
			return BITEXT_ENOMEM;
		*icu = v && !strcmp(v, "yes");
		free(v);
	}
	return 0;
}

static int srx_parse_doc(srx_rules *r, const xmlDoc *doc)
{
	const xmlNode *root = xmlDocGetRootElement(doc), *header, *body, *c;
	char *v;
	size_t i;
	int error, version1;

	if ((error = srx_check_entities(r, doc, root)) < 0)
		return error;
	if (!srx_is(root, "srx"))
		return srx_fail(r, root, BITEXT_EPARSE, "segment_srx_root",
			root ? (const char *)root->name : "", NULL);
	if (srx_attr(&v, root, "version") < 0)
		return BITEXT_ENOMEM;
	if (v && strcmp(v, "2.0") && strcmp(v, "1.0")) {
		error = srx_fail(r, root, BITEXT_EPARSE, "segment_srx_version", v, NULL);
		free(v);
		return error;
	}
	version1 = v && !strcmp(v, "1.0");
	free(v);
	header = srx_child(root, "header");
	v = NULL;
	if (header && srx_attr(&v, header, "cascade") < 0)
		return BITEXT_ENOMEM;
	/* without the attribute: SRX 1.0 has no cascading; a 2.0 file cascades,
	 * as OmegaT does with its own default rules (whose header is empty) */
	r->cascade = v ? !strcmp(v, "yes") : !version1;
	free(v);
	r->icu = 0;
	if (srx_okapi_icu(header, &r->icu) < 0)
		return BITEXT_ENOMEM;
	body = srx_child(root, "body");
	if (!body)
		return srx_fail(r, root, BITEXT_EPARSE, "segment_srx_missing", "body", NULL);
	for (c = srx_child(body, "languagerules"); c && c->children; c = NULL) {
		const xmlNode *l;

		for (l = c->children; l; l = l->next)
			if (srx_is(l, "languagerule") &&
				(error = srx_parse_languagerule(r, l)) < 0)
				return error;
	}
	if ((error = srx_parse_maps(r, srx_child(body, "maprules"))) < 0)
		return error;
	for (i = 0; i < r->nmaps; i++) {
		if (srx_find_rule(r, r->maps[i].rulename))
			continue;
		bitext_error_set(BITEXT_EPARSE, "segment_srx_unknown_rule",
			r->maps[i].rulename, NULL);
		bitext_error_locate(r->file, r->maps[i].line, 0, -1);
		return BITEXT_EPARSE;
	}
	return 0;
}

/* 1-based line of byte `off`, for errors found before parsing. */
static long srx_line_of(const char *data, size_t off)
{
	long line = 1;
	size_t i;

	for (i = 0; i < off; i++)
		if (data[i] == '\n')
			line++;
	return line;
}

/* The first XML error: libxml2 keeps only the last one, which after a
 * recovery is often "Premature end of data" on the last line. */
typedef struct {
	int set;
	long line, column;
	char msg[256];
} srx_xml_err;

static void srx_on_xml_error(void *data, xmlErrorPtr e)
{
	xmlParserCtxtPtr ctxt = data;
	srx_xml_err *first = ctxt ? ctxt->_private : NULL;
	size_t n;

	if (!first || first->set || !e || e->level < XML_ERR_ERROR)
		return;
	first->set = 1;
	first->line = e->line;
	first->column = e->int2;
	snprintf(first->msg, sizeof(first->msg), "%s", e->message ? e->message : "not XML");
	n = strlen(first->msg);
	while (n && (first->msg[n - 1] == '\n' || first->msg[n - 1] == ' '))
		first->msg[--n] = '\0';
}

static int srx_xml_error(srx_rules *r, const srx_xml_err *first)
{
	bitext_error_set(BITEXT_EPARSE, "segment_srx_xml",
		first->set ? first->msg : "not XML", NULL);
	bitext_error_locate(r->file, first->set ? first->line : 1,
		first->set ? first->column : 0, -1);
	return BITEXT_EPARSE;
}

int bitext_srx__rules_load_buffer(srx_rules **out, const char *name,
	const char *data, size_t len)
{
	srx_rules *r = NULL;
	xmlParserCtxtPtr ctxt = NULL;
	xmlDocPtr doc = NULL;
	srx_xml_err first;
	const char *ent;
	int error = 0;

	*out = NULL;
	memset(&first, 0, sizeof(first));
	if (!(r = calloc(1, sizeof(*r))) || !(r->file = strdup(name ? name : "-"))) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	if (len > BITEXT_MAX_SRX_BYTES) {
		char lim[32];

		snprintf(lim, sizeof(lim), "%zu", (size_t)BITEXT_MAX_SRX_BYTES);
		error = bitext_error_set(BITEXT_ELIMIT, "segment_srx_too_big", r->file, lim, NULL);
		bitext_error_locate(r->file, 0, 0, -1);
		goto cleanup;
	}
	/* entities are refused before libxml2 sees them: no expansion at all
	 * (the UTF-16 spellings too; anything subtler is caught after parsing) */
	ent = memmem(data, len, "<!ENTITY", 8);
	if (!ent)
		ent = memmem(data, len, "<\0!\0E\0N\0T\0I\0T\0Y", 15);
	if (!ent)
		ent = memmem(data, len, "\0<\0!\0E\0N\0T\0I\0T\0Y", 16);
	if (ent) {
		error = bitext_error_set(BITEXT_EPARSE, "segment_srx_entity", NULL);
		bitext_error_locate(r->file, srx_line_of(data, (size_t)(ent - data)), 0,
			(long long)(ent - data));
		goto cleanup;
	}
	if ((error = bitext_xml__check_attrs(r->file, data, len)) < 0)
		goto cleanup;
	if (!(ctxt = xmlNewParserCtxt())) {
		error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		goto cleanup;
	}
	ctxt->_private = &first;
	ctxt->sax->serror = srx_on_xml_error;
	doc = xmlCtxtReadMemory(ctxt, data, (int)len, r->file, NULL,
		XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc || !ctxt->wellFormed) {
		error = srx_xml_error(r, &first);
		goto cleanup;
	}
	if ((error = srx_parse_doc(r, doc)) < 0)
		goto cleanup;
	*out = r;
	r = NULL;
cleanup:
	if (doc)
		xmlFreeDoc(doc);
	if (ctxt)
		xmlFreeParserCtxt(ctxt);
	bitext_srx__rules_free(r);
	return error;
}

int bitext_srx__rules_load(srx_rules **out, const char *path)
{
	bitext_buf b = BITEXT_BUF_INIT;
	int error;

	*out = NULL;
	if ((error = bitext_file_read(&b, path)) < 0)
		goto cleanup;
	error = bitext_srx__rules_load_buffer(out, path, b.ptr ? b.ptr : "", b.size);
cleanup:
	bitext_buf_dispose(&b);
	return error;
}

void bitext_srx__rules_free(srx_rules *r)
{
	size_t i, j;

	if (!r)
		return;
	for (i = 0; i < r->nlr; i++) {
		for (j = 0; j < r->lr[i].n; j++) {
			free(r->lr[i].rules[j].before);
			free(r->lr[i].rules[j].after);
		}
		free(r->lr[i].rules);
		free(r->lr[i].name);
	}
	for (i = 0; i < r->nmaps; i++) {
		free(r->maps[i].pattern);
		free(r->maps[i].rulename);
	}
	free(r->lr);
	free(r->maps);
	free(r->file);
	free(r);
}

size_t bitext_srx__rules_count(const srx_rules *r) { return r ? r->nlr : 0; }
int bitext_srx__rules_cascade(const srx_rules *r) { return r ? r->cascade : 0; }
int bitext_srx__rules_icu(const srx_rules *r) { return r ? r->icu : 0; }

/* ---- regex compilation ------------------------------------------------ */

/* Java -> ICU: drop the inline flags ICU does not know (u, U, d). */
static int srx_java_to_icu(bitext_buf *out, const char *re)
{
	const char *p = re;
	int error = 0;

	bitext_buf_clear(out);
	while (*p && !error) {
		if (p[0] == '\\' && p[1]) {
			error = bitext_buf_put(out, p, 2);
			p += 2;
			continue;
		}
		if (p[0] == '(' && p[1] == '?' && strchr("idmsuxU-", p[2])) {
			const char *q = p + 2;

			while (*q && strchr("idmsuxU-", *q))
				q++;
			if (*q == ')' || *q == ':') {
				error = bitext_buf_put(out, "(?", 2);
				for (p += 2; p < q && !error; p++)
					if (*p != 'u' && *p != 'U' && *p != 'd')
						error = bitext_buf_putc(out, *p);
				if (!error && out->size >= 2 &&
					!memcmp(out->ptr + out->size - 2, "(?", 2) && *q == ')') {
					out->size -= 2;   /* "(?u)" alone: nothing left */
					out->ptr[out->size] = '\0';
					p = q + 1;
				}
				continue;
			}
		}
		error = bitext_buf_putc(out, *p++);
	}
	if (!error && !out->ptr)
		error = bitext_buf_puts(out, "");
	return error;
}

/* Compile a UTF-8 pattern (srx.h); on failure *status and *pe tell why. */
URegularExpression *bitext_srx__regex_open(const char *pat, UParseError *pe,
	UErrorCode *status)
{
	UChar stackbuf[512], *u = stackbuf;
	int32_t ulen = 0;
	URegularExpression *re;

	u_strFromUTF8(NULL, 0, &ulen, pat, -1, status);
	if (*status == U_BUFFER_OVERFLOW_ERROR || *status == U_STRING_NOT_TERMINATED_WARNING)
		*status = U_ZERO_ERROR;
	if (U_FAILURE(*status))
		return NULL;
	if (ulen + 1 > (int32_t)(sizeof(stackbuf) / sizeof(stackbuf[0])) &&
		!(u = malloc(((size_t)ulen + 1) * sizeof(UChar)))) {
		*status = U_MEMORY_ALLOCATION_ERROR;
		return NULL;
	}
	u_strFromUTF8(u, ulen + 1, NULL, pat, -1, status);
	re = U_SUCCESS(*status) ? uregex_open(u, ulen, 0, pe, status) : NULL;
	if (u != stackbuf)
		free(u);
	/* every match is bounded: a costly pattern fails with
	 * U_REGEX_TIME_OUT or U_REGEX_STACK_OVERFLOW (srx_limit_error) */
	if (re) {
		uregex_setTimeLimit(re, BITEXT_SRX_TIME_LIMIT, status);
		uregex_setStackLimit(re, BITEXT_SRX_STACK_BYTES, status);
		if (U_FAILURE(*status)) {
			uregex_close(re);
			re = NULL;
		}
	}
	return re;
}

static int srx_regex_error(const srx_rules *r, const srx_rule *ru,
	const char *pat, UErrorCode st, const UParseError *pe)
{
	char off[32];

	snprintf(off, sizeof(off), "%ld", pe ? (long)pe->offset + 1 : 0L);
	bitext_error_set(BITEXT_EPARSE, "segment_srx_regex", pat, u_errorName(st),
		off, NULL);
	bitext_error_locate(r->file, ru->line, 0, -1);
	return BITEXT_EPARSE;
}

/* Check one part alone, so errors point into the user's pattern. */
static int srx_validate(const srx_rules *r, const srx_rule *ru, const char *pat)
{
	UErrorCode st = U_ZERO_ERROR;
	UParseError pe;
	URegularExpression *re;

	if (!*pat)
		return 0;
	memset(&pe, 0, sizeof(pe));
	re = bitext_srx__regex_open(pat, &pe, &st);
	if (U_FAILURE(st))
		return srx_regex_error(r, ru, pat, st, &pe);
	uregex_close(re);
	return 0;
}

/* ---- prefilter --------------------------------------------------------- */

/*
 * Before ICU runs a rule at a position, a cheap test rules out most rules
 * that cannot match there. Each part (beforebreak, afterbreak) is read into
 * a position automaton (Glushkov's construction) that accepts a superset of
 * what the regex matches:
 *  - every consuming element (literal, class, escape such as \p{Lu} or \s,
 *    '.') is one position; a class is tested with ICU itself, on the single
 *    code point, and the answer is remembered per class (2 bits per BMP
 *    code point), so the prefilter never disagrees with ICU on a character;
 *  - zero-width elements (^ $ \b \B \A \z \Z \G, lookahead, lookbehind)
 *    are taken as always true, except a lookbehind of one character
 *    (?<=X) just before a character of a forward automaton: the character
 *    before that one in the text must be an X (a closing '"' told from an
 *    opening one);
 *  - counted repetition x{n,m} widens to x* (n = 0) or x+ (n >= 1).
 * The automaton of beforebreak runs backwards from the position over the
 * text before it, that of afterbreak forwards from it, for at most
 * SRX_NFA_STEPS characters: when no state is left before a start of the
 * part is reached, the part cannot match there and ICU is not called.
 * Going forwards it stops where ICU's region stops (BITEXT_SRX_LOOKAHEAD
 * units on): a rule that reads to the next quotation mark is ruled out
 * when none comes in reach, in one long paragraph as at the end of a short
 * one.
 * A part that can match the empty string, that is too large
 * (SRX_NFA_MAX positions) or that uses something the reader does not
 * model (back references, \X, \R, \Q, the i and x flags, whose full case
 * folding may match two characters with one) gets no prefilter: ICU
 * decides alone, as without the prefilter. Decisions are therefore the
 * same with and without it.
 */
#define SRX_NFA_MAX 1024             /* positions of one part's automaton */
#define SRX_NFA_W (SRX_NFA_MAX / 64) /* 64-bit words of a position set */
#define SRX_NFA_STEPS 24             /* steps that change the states, at most */
#define SRX_NFA_LOOP 256             /* characters looked at, at most */
#define SRX_BOT 0x110000             /* "character" before the text: ^ */
#define SRX_NFA_CACHE 512            /* rows of non-ASCII characters kept */
#define SRX_CACHE_BYTES (4 << 20)    /* for all automata of a ruleset */

typedef struct {
	UChar32 lit;                 /* >= 0: this code point only */
	int cs;                      /* else: index of the class in rs->cs */
} srx_atom;

typedef struct srx_cset {
	char *pat;                   /* ICU pattern of one code point */
	URegularExpression *re;      /* compiled lazily */
	uint8_t *memo;               /* 2 bits per BMP code point: 0 unknown,
	                                1 no, 2 yes; allocated lazily */
	UChar buf[2];                /* text the matcher is bound to */
	int broken;                  /* pattern failed: always "maybe" */
} srx_cset;

struct srx_nfa {
	int n, w;                    /* positions, words per set */
	int back;                    /* 1: runs backwards (beforebreak) */
	uint64_t ascii[2];           /* ASCII characters some start accepts */
	uint8_t *bmp;                /* the same for the BMP, 2 bits a code
	                                point: 0 unknown, 1 no, 2 yes (lazy) */
	uint64_t *asc;               /* 128 rows of w words: the positions
	                                each ASCII character matches */
	uint64_t pair[128][2];       /* [c1] bit c2: ASCII c1 then c2 may match */
	uint32_t *ckey;              /* w == 1: SRX_NFA_CACHE other code points */
	uint64_t *crow;              /* and their rows (allocated lazily) */
	srx_atom *atom;              /* n atoms */
	uint64_t *start, *accept;    /* w words each */
	uint64_t *link;              /* n rows of w words: next positions */
	int *lbc;                    /* forward, per position: the atom of a
	                                (?<=X) just before it (X one character),
	                                or -1; NULL when there is none */
	uint64_t *lbmask;            /* w words: the positions that have one */
	int peek;                    /* 1: ends with a lookahead's positions,
	                                which may read past the match */
	size_t run_gen;              /* w == 1, forward: in the text of that */
	uint64_t run_s;              /* generation, every character starting */
	int32_t run_a, run_b;        /* in [run_a, run_b) keeps states run_s */
};

typedef struct {
	int nullable;
	uint64_t first[SRX_NFA_W], last[SRX_NFA_W];
} srx_frag;

typedef struct {
	const char *p;               /* cursor in the ICU pattern (UTF-8) */
	int bail;                    /* 1: not modelled, no prefilter */
	int n;                       /* positions used */
	int dotall;                  /* flag s in effect */
	int multi;                   /* flag m in effect */
	int back;                    /* building a backward automaton */
	int lbnew;                   /* the element just read is (?<=X), X one
	                                character: the position of X, else -1 */
	int lbc[SRX_NFA_MAX];        /* see srx_nfa.lbc */
	int nlbc;                    /* positions that have one */
	int pend;                    /* what was read so far ends with (?=X)
	                                and zero-width items: X is pendf */
	srx_frag pendf;
	srx_atom atom[SRX_NFA_MAX];
	uint64_t follow[SRX_NFA_MAX][SRX_NFA_W];
	uint64_t posasc[SRX_NFA_MAX][2]; /* ASCII characters each accepts */
	srx_ruleset *rs;
} srx_an;

static void srx_nfa_free(srx_nfa *a)
{
	if (!a)
		return;
	free(a->atom);
	free(a->lbc);
	free(a->lbmask);
	free(a->start);
	free(a->accept);
	free(a->link);
	free(a->asc);
	free(a->ckey);
	free(a->crow);
	free(a->bmp);
	free(a);
}

static void srx_frag_empty(srx_frag *f)
{
	memset(f, 0, sizeof(*f));
	f->nullable = 1;
}

static void srx_set_or(uint64_t *d, const uint64_t *s)
{
	int i;

	for (i = 0; i < SRX_NFA_W; i++)
		d[i] |= s[i];
}

/* follow(p) |= to, for every p in from */
static void srx_an_link(srx_an *an, const uint64_t *from, const uint64_t *to)
{
	int i;

	for (i = 0; i < SRX_NFA_W; i++) {
		uint64_t m = from[i];

		while (m) {
			srx_set_or(an->follow[i * 64 + __builtin_ctzll(m)], to);
			m &= m - 1;
		}
	}
}

static void srx_frag_concat(srx_an *an, srx_frag *x, const srx_frag *y)
{
	srx_frag r;
	int i;

	srx_an_link(an, x->last, y->first);
	for (i = 0; i < SRX_NFA_W; i++) {
		r.first[i] = x->first[i] | (x->nullable ? y->first[i] : 0);
		r.last[i] = y->last[i] | (y->nullable ? x->last[i] : 0);
	}
	r.nullable = x->nullable && y->nullable;
	*x = r;
}

/* Index of the class `pat` in rs->cs (added when new), or -1. */
static int srx_cset_find(srx_ruleset *rs, const char *pat, size_t len)
{
	size_t i;
	char *c;

	for (i = 0; i < rs->ncs; i++)
		if (strlen(rs->cs[i].pat) == len && !memcmp(rs->cs[i].pat, pat, len))
			return (int)i;
	if (bitext__grow((void **)&rs->cs, &rs->capcs, rs->ncs + 1, sizeof(srx_cset)) < 0)
		return -1;
	if (!(c = strndup(pat, len)))
		return -1;
	memset(&rs->cs[rs->ncs], 0, sizeof(srx_cset));
	rs->cs[rs->ncs].pat = c;
	return (int)rs->ncs++;
}

static void srx_an_atom(srx_an *an, srx_frag *f, UChar32 lit, const char *pat,
	size_t len)
{
	int k;

	srx_frag_empty(f);
	if (an->n >= SRX_NFA_MAX) {
		an->bail = 1;
		return;
	}
	k = an->n;
	an->pend = 0;
	an->atom[k].lit = lit;
	an->atom[k].cs = -1;
	if (lit < 0 && (an->atom[k].cs = srx_cset_find(an->rs, pat, len)) < 0) {
		an->bail = 1;
		return;
	}
	an->n++;
	f->nullable = 0;
	f->first[k / 64] |= (uint64_t)1 << (k % 64);
	f->last[k / 64] |= (uint64_t)1 << (k % 64);
}

/* Skip the UTF-8 character at p. */
static const char *srx_utf8_next(const char *p)
{
	p++;
	while ((*p & 0xC0) == 0x80)
		p++;
	return p;
}

/* End of the class starting at p ('['), or NULL. */
static const char *srx_class_end(const char *p)
{
	int depth = 0;

	if (p[1] == ']' || (p[1] == '^' && p[2] == ']'))
		return NULL;
	while (*p) {
		if (*p == '\\') {
			if (!p[1] || p[1] == 'Q')
				return NULL;
			if (strchr("pPNx", p[1]) && p[2] == '{') {
				const char *e = strchr(p + 2, '}');

				if (!e)
					return NULL;
				p = e + 1;
			} else
				p = srx_utf8_next(p + 1);
			continue;
		}
		if (*p == '[')
			depth++;
		else if (*p == ']' && --depth == 0)
			return p + 1;
		p = srx_utf8_next(p);
	}
	return NULL;
}

static void srx_an_alt(srx_an *an, srx_frag *f);

/* After "\": an escape, as a frag. */
static void srx_an_escape(srx_an *an, srx_frag *f)
{
	const char *s = an->p - 1, *e;
	unsigned char c = (unsigned char)*an->p;

	srx_frag_empty(f);
	if (!c) {
		an->bail = 1;
		return;
	}
	if (c == 'A' && an->back) {          /* the start of the text */
		an->p++;
		srx_an_atom(an, f, SRX_BOT, NULL, 0);
		return;
	}
	if (strchr("bBAzZG", c)) {           /* zero width */
		an->p++;
		return;
	}
	if (c >= 0x80 || !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		(c >= 'A' && c <= 'Z'))) {       /* an escaped literal */
		int32_t i = 0;
		UChar32 cp;

		U8_NEXT(an->p, i, -1, cp);
		an->p += i;
		if (cp < 0)
			an->bail = 1;
		else
			srx_an_atom(an, f, cp, NULL, 0);
		return;
	}
	switch (c) {
	case 't': an->p++; srx_an_atom(an, f, 0x09, NULL, 0); return;
	case 'n': an->p++; srx_an_atom(an, f, 0x0A, NULL, 0); return;
	case 'r': an->p++; srx_an_atom(an, f, 0x0D, NULL, 0); return;
	case 'f': an->p++; srx_an_atom(an, f, 0x0C, NULL, 0); return;
	case 'a': an->p++; srx_an_atom(an, f, 0x07, NULL, 0); return;
	case 'e': an->p++; srx_an_atom(an, f, 0x1B, NULL, 0); return;
	case 's': case 'S': case 'd': case 'D': case 'w': case 'W':
	case 'h': case 'H': case 'v': case 'V':
		an->p++;
		break;
	case 'p': case 'P': case 'N': case 'x':
		if (an->p[1] == '{') {
			if (!(e = strchr(an->p, '}'))) {
				an->bail = 1;
				return;
			}
			an->p = e + 1;
		} else if (c == 'x') {   /* \xhh */
			if (strspn(an->p + 1, "0123456789abcdefABCDEF") < 2) {
				an->bail = 1;
				return;
			}
			an->p += 3;
		} else if (c == 'N' || !an->p[1]) {
			an->bail = 1;
			return;
		} else
			an->p += 2;          /* \pL */
		break;
	case 'u':                            /* \uhhhh */
		if (strspn(an->p + 1, "0123456789abcdefABCDEF") < 4) {
			an->bail = 1;
			return;
		}
		an->p += 5;
		break;
	default:                             /* back references, \X, \R, \Q ... */
		an->bail = 1;
		return;
	}
	srx_an_atom(an, f, -1, s, (size_t)(an->p - s));
}

/* "(" at an->p - 1: a group, a lookaround or inline flags. */
static void srx_an_group(srx_an *an, srx_frag *f)
{
	int dotall = an->dotall, multi = an->multi, look = 0, pend = an->pend;
	int behind = 0, n0 = an->n;
	srx_frag pendf = an->pendf;

	srx_frag_empty(f);
	if (*an->p == '?') {
		const char *q = an->p + 1;

		if (*q == ':' || *q == '>')
			an->p = q + 1;
		else if (*q == '=' || *q == '!') {
			an->p = q + 1;
			look = *q == '=' ? 2 : 1;
		} else if (*q == '<' && (q[1] == '=' || q[1] == '!')) {
			an->p = q + 2;
			look = 1;
			behind = q[1] == '=';
		} else if (*q == '<') {      /* named group */
			if (!(q = strchr(q, '>'))) {
				an->bail = 1;
				return;
			}
			an->p = q + 1;
		} else if (*q == '#') {
			if (!(q = strchr(q, ')'))) {
				an->bail = 1;
				return;
			}
			an->p = q + 1;
			return;
		} else {                     /* flags: (?sm-s) or (?s:...) */
			int on = 1, s = dotall, m = multi;

			for (; *q && *q != ')' && *q != ':'; q++) {
				if (*q == '-')
					on = 0;
				else if (*q == 's')
					s = on;
				else if (*q == 'm')
					m = on;
				else if (*q == 'i' || *q == 'x' || !strchr("mwuU", *q)) {
					an->bail = 1;   /* case folding, comments */
					return;
				}
			}
			if (!*q) {
				an->bail = 1;
				return;
			}
			an->p = q + 1;
			an->dotall = s;
			an->multi = m;
			if (*q == ')')           /* to the end of the enclosing group */
				return;
		}
	}
	srx_an_alt(an, f);
	an->dotall = dotall;
	an->multi = multi;
	if (*an->p != ')') {
		an->bail = 1;
		return;
	}
	an->p++;
	if (look == 2 && !an->back) {
		/* (?=X): when nothing consuming follows it, the text after the
		 * match starts with a match of X, which the forward automaton may
		 * then read (srx_nfa_build) */
		an->pend = 1;
		an->pendf = *f;
	} else if (look) {               /* transparent for what came before */
		an->pend = pend;
		an->pendf = pendf;
	}
	/* (?<=X) with X one character, read forwards: the character before
	 * the next position must be an X (srx_an_seq, srx_nfa_may) */
	an->lbnew = behind && !an->back && an->n == n0 + 1 && !f->nullable &&
		f->first[n0 / 64] == (uint64_t)1 << (n0 % 64) &&
		f->last[n0 / 64] == (uint64_t)1 << (n0 % 64) &&
		!an->follow[n0][n0 / 64] ? n0 : -1;
	if (look)
		srx_frag_empty(f);           /* zero width: always true here */
}

static void srx_an_primary(srx_an *an, srx_frag *f)
{
	const char *s = an->p, *e;
	int32_t i = 0;
	UChar32 cp;

	srx_frag_empty(f);
	switch (*an->p) {
	case '(':
		an->p++;
		srx_an_group(an, f);
		return;
	case '[':
		if (!(e = srx_class_end(an->p))) {
			an->bail = 1;
			return;
		}
		an->p = e;
		srx_an_atom(an, f, -1, s, (size_t)(e - s));
		return;
	case '\\':
		an->p++;
		srx_an_escape(an, f);
		return;
	case '.':
		an->p++;
		if (an->dotall)
			srx_an_atom(an, f, -1, "(?s:.)", 6);
		else
			srx_an_atom(an, f, -1, ".", 1);
		return;
	case '^':
		an->p++;
		if (an->back && !an->multi)  /* only at the start of the text */
			srx_an_atom(an, f, SRX_BOT, NULL, 0);
		return;
	case '$':
		an->p++;
		return;
	case '*': case '+': case '?': case '{': case ')': case '|': case '\0':
		an->bail = 1;
		return;
	}
	U8_NEXT(an->p, i, -1, cp);
	an->p += i;
	if (cp < 0)
		an->bail = 1;
	else
		srx_an_atom(an, f, cp, NULL, 0);
}

/* Read "{n}", "{n,}" or "{n,m}" at an->p. Returns 0 when it is not one. */
static int srx_an_count(srx_an *an, long *min, long *max)
{
	char *e;

	if (!(an->p[1] >= '0' && an->p[1] <= '9'))
		return 0;
	*min = strtol(an->p + 1, &e, 10);
	*max = *min;
	if (*e == ',') {
		if (e[1] == '}') {
			*max = -1;
			e++;
		} else {
			*max = strtol(e + 1, &e, 10);
		}
	}
	if (*e != '}')
		return 0;
	an->p = e + 1;
	return 1;
}

static void srx_an_quant(srx_an *an, srx_frag *f)
{
	srx_an_primary(an, f);
	while (!an->bail && *an->p && strchr("*+?{", *an->p)) {
		long min = 0, max = 0;

		if (*an->p == '*') {
			min = 0;
			max = -1;
			an->p++;
		} else if (*an->p == '+') {
			min = 1;
			max = -1;
			an->p++;
		} else if (*an->p == '?') {
			min = 0;
			max = 1;
			an->p++;
		} else if (!srx_an_count(an, &min, &max)) {
			an->bail = 1;
			return;
		}
		an->pend = 0;
		an->lbnew = -1;
		if (max == 0) {
			srx_frag_empty(f);       /* x{0}: nothing */
		} else {
			if (max < 0 || max > 1)
				srx_an_link(an, f->last, f->first);
			if (min == 0)
				f->nullable = 1;
		}
		if (*an->p == '?' || *an->p == '+')
			an->p++;                 /* lazy, possessive */
	}
}

static void srx_an_seq(srx_an *an, srx_frag *f)
{
	int lb = -1;

	srx_frag_empty(f);
	while (!an->bail && *an->p && *an->p != '|' && *an->p != ')') {
		srx_frag g;
		int n0 = an->n;

		an->lbnew = -1;
		srx_an_quant(an, &g);
		/* (?<=X) then one character, not repeated: a constraint on it */
		if (lb >= 0 && !an->bail && an->n == n0 + 1 && !g.nullable &&
			g.first[n0 / 64] == (uint64_t)1 << (n0 % 64) &&
			g.last[n0 / 64] == (uint64_t)1 << (n0 % 64) &&
			!an->follow[n0][n0 / 64]) {
			an->lbc[n0] = lb;
			an->nlbc++;
		}
		lb = an->lbnew;
		srx_frag_concat(an, f, &g);
	}
	an->lbnew = -1;
}

static void srx_an_alt(srx_an *an, srx_frag *f)
{
	srx_an_seq(an, f);
	while (!an->bail && *an->p == '|') {
		srx_frag g;
		int i;

		an->p++;
		an->pend = 0;
		srx_an_seq(an, &g);
		for (i = 0; i < SRX_NFA_W; i++) {
			f->first[i] |= g.first[i];
			f->last[i] |= g.last[i];
		}
		f->nullable |= g.nullable;
		an->pend = 0;                /* which branch ends it is unknown */
	}
}

/* Does the class hold code point c? Asks ICU once per BMP code point. */
static int srx_cset_has(srx_cset *s, UChar32 c)
{
	UErrorCode st = U_ZERO_ERROR;
	UParseError pe;
	int32_t n = 0;
	int m;

	if (s->broken)
		return 1;
	if (c < 0x10000 && s->memo) {
		int v = s->memo[c >> 2] >> ((c & 3) * 2) & 3;

		if (v)
			return v - 1;
	}
	if (!s->re) {
		if (!(s->re = bitext_srx__regex_open(s->pat, &pe, &st)) || U_FAILURE(st)) {
			s->re = NULL;
			s->broken = 1;
			return 1;
		}
	}
	U16_APPEND_UNSAFE(s->buf, n, c);
	uregex_setText(s->re, s->buf, n, &st);
	m = uregex_matches(s->re, 0, &st);
	if (U_FAILURE(st))
		return 1;
	if (c < 0x10000 && !s->memo)
		s->memo = calloc(0x10000 / 4, 1);
	if (c < 0x10000 && s->memo)
		s->memo[c >> 2] |= (uint8_t)((m ? 2 : 1) << ((c & 3) * 2));
	return m != 0;
}

/* The automaton of an ICU pattern, run backwards (`back`) or forwards;
 * *out = NULL when the pattern gets no prefilter. */
static int srx_nfa_build(srx_nfa **out, srx_ruleset *rs, const char *pat,
	int back)
{
	srx_an *an;
	srx_nfa *a = NULL;
	srx_frag f;
	int i, j, k, w, c1, peek;

	*out = NULL;
	if (!*pat)
		return 0;
	if (!(an = calloc(1, sizeof(*an))))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	an->p = pat;
	an->rs = rs;
	an->back = back;
	an->lbnew = -1;
	for (i = 0; i < SRX_NFA_MAX; i++)
		an->lbc[i] = -1;
	srx_an_alt(an, &f);
	peek = !an->bail && an->pend;
	if (peek)
		srx_frag_concat(an, &f, &an->pendf);
	if (an->bail || *an->p || f.nullable || !an->n)
		goto done;
	w = (an->n + 63) / 64;
	if (!(a = calloc(1, sizeof(*a))) ||
		!(a->atom = malloc((size_t)an->n * sizeof(srx_atom))) ||
		!(a->start = calloc((size_t)w, sizeof(uint64_t))) ||
		!(a->accept = calloc((size_t)w, sizeof(uint64_t))) ||
		!(a->link = calloc((size_t)an->n * (size_t)w, sizeof(uint64_t))) ||
		!(a->asc = calloc((size_t)128 * (size_t)w, sizeof(uint64_t)))) {
		srx_nfa_free(a);
		free(an);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	a->n = an->n;
	a->w = w;
	a->back = back;
	a->peek = peek;
	if (an->nlbc) {
		if (!(a->lbc = malloc((size_t)an->n * sizeof(int))) ||
			!(a->lbmask = calloc((size_t)w, sizeof(uint64_t)))) {
			srx_nfa_free(a);
			free(an);
			return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		}
		memcpy(a->lbc, an->lbc, (size_t)an->n * sizeof(int));
		for (i = 0; i < an->n; i++)
			if (a->lbc[i] >= 0)
				a->lbmask[i / 64] |= (uint64_t)1 << (i % 64);
	}
	memcpy(a->atom, an->atom, (size_t)an->n * sizeof(srx_atom));
	memcpy(a->start, back ? f.last : f.first, (size_t)w * sizeof(uint64_t));
	memcpy(a->accept, back ? f.first : f.last, (size_t)w * sizeof(uint64_t));
	for (i = 0; i < an->n; i++)
		for (k = 0; k < w; k++) {
			uint64_t m = an->follow[i][k];

			while (m) {
				j = k * 64 + __builtin_ctzll(m);
				m &= m - 1;
				if (back)   /* j follows i: going back, i comes after j */
					a->link[(size_t)j * (size_t)w + (size_t)(i / 64)] |=
						(uint64_t)1 << (i % 64);
				else
					a->link[(size_t)i * (size_t)w + (size_t)(j / 64)] |=
						(uint64_t)1 << (j % 64);
			}
		}
	for (i = 0; i < an->n; i++) {
		UChar32 c;

		for (c = 0; c < 128; c++) {
			if (a->atom[i].lit >= 0) {
				if (a->atom[i].lit >= 128)
					break;
				c = a->atom[i].lit;   /* the only one */
			} else if (!srx_cset_has(&rs->cs[a->atom[i].cs], c))
				continue;
			a->asc[(size_t)c * (size_t)w + (size_t)(i / 64)] |=
				(uint64_t)1 << (i % 64);
			an->posasc[i][c / 64] |= (uint64_t)1 << (c % 64);
			if (a->start[i / 64] >> (i % 64) & 1)
				a->ascii[c / 64] |= (uint64_t)1 << (c % 64);
			if (a->atom[i].lit >= 0)
				break;
		}
	}
	for (c1 = 0; c1 < 128; c1++) {   /* two characters at once */
		uint64_t s1[SRX_NFA_W], c2s[SRX_NFA_W];
		int acc = 0;

		for (k = 0; k < w; k++) {
			s1[k] = a->start[k] & a->asc[(size_t)c1 * (size_t)w + (size_t)k];
			acc |= (s1[k] & a->accept[k]) != 0;
			c2s[k] = 0;
		}
		if (acc) {
			a->pair[c1][0] = a->pair[c1][1] = ~(uint64_t)0;
			continue;
		}
		for (k = 0; k < w; k++) {
			uint64_t m = s1[k];

			while (m) {
				const uint64_t *l = a->link +
					(size_t)(k * 64 + __builtin_ctzll(m)) * (size_t)w;

				for (j = 0; j < w; j++)
					c2s[j] |= l[j];
				m &= m - 1;
			}
		}
		for (k = 0; k < w; k++) {
			uint64_t m = c2s[k];

			while (m) {
				j = k * 64 + __builtin_ctzll(m);
				a->pair[c1][0] |= an->posasc[j][0];
				a->pair[c1][1] |= an->posasc[j][1];
				m &= m - 1;
			}
		}
	}
	*out = a;
done:
	free(an);
	return 0;
}

/* Does atom `at` accept code point c (not ASCII: see srx_nfa.asc)? */
static int srx_atom_has(srx_ruleset *rs, const srx_atom *at, UChar32 c)
{
	const srx_cset *s;

	if (at->lit >= 0 || c == SRX_BOT)
		return at->lit == c;
	s = &rs->cs[at->cs];
	if (c < 0x10000 && s->memo) {
		int v = s->memo[c >> 2] >> ((c & 3) * 2) & 3;

		if (v)
			return v - 1;
	}
	return srx_cset_has(&rs->cs[at->cs], c);
}

/*
 * 1 when some start position of `a` accepts the UTF-16 unit `u` (ASCII from
 * the bit set, other BMP characters from a memo filled on first sight; a
 * surrogate is always "maybe"). Lets a scan skip text no match can start
 * in without calling srx_nfa_may, as it does for ASCII - Hangul, kana,
 * Cyrillic ... included.
 */
static int srx_nfa_starts(srx_ruleset *rs, srx_nfa *a, UChar u)
{
	int v, i;

	if (u < 128)
		return (int)(a->ascii[u / 64] >> (u % 64) & 1);
	if (U16_IS_SURROGATE(u))
		return 1;
	if (!a->bmp && !(a->bmp = calloc(0x10000 / 4, 1)))
		return 1;
	v = a->bmp[u >> 2] >> ((u & 3) * 2) & 3;
	if (v)
		return v - 1;
	for (i = 0, v = 1; i < a->n && v == 1; i++)
		if ((a->start[i / 64] >> (i % 64) & 1) && srx_atom_has(rs, &a->atom[i], u))
			v = 2;
	a->bmp[u >> 2] |= (uint8_t)(v << ((u & 3) * 2));
	return v - 1;
}

/* Row of non-ASCII code point c in a one-word automaton: the positions
 * whose atom accepts it, among those of `cand` (all when cached). */
static uint64_t srx_nfa_row1(srx_ruleset *rs, srx_nfa *a, UChar32 c,
	uint64_t cand)
{
	size_t slot = ((uint32_t)c * 2654435761u) >> 23 & (SRX_NFA_CACHE - 1);
	uint64_t v = 0, m;

	if (!a->ckey && rs->cache_bytes < SRX_CACHE_BYTES) {
		a->ckey = malloc(SRX_NFA_CACHE * sizeof(uint32_t));
		a->crow = malloc(SRX_NFA_CACHE * sizeof(uint64_t));
		if (!a->ckey || !a->crow) {
			free(a->ckey);
			free(a->crow);
			a->ckey = NULL;
			a->crow = NULL;
		} else {
			memset(a->ckey, 0xFF, SRX_NFA_CACHE * sizeof(uint32_t));
			rs->cache_bytes += SRX_NFA_CACHE * 12;
		}
	}
	if (a->ckey && a->ckey[slot] == (uint32_t)c)
		return a->crow[slot] & cand;
	m = a->ckey ? (a->n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << a->n) - 1) : cand;
	while (m) {
		int b = __builtin_ctzll(m);

		if (srx_atom_has(rs, &a->atom[b], c))
			v |= (uint64_t)1 << b;
		m &= m - 1;
	}
	if (a->ckey) {
		a->ckey[slot] = (uint32_t)c;
		a->crow[slot] = v;
	}
	return v & cand;
}

/*
 * 0 when the part cannot match at pos, 1 when it may. Gives up (1) after
 * SRX_NFA_STEPS characters that change the active states; characters that
 * leave them as they were (a loop such as [^"]+ going on) are cheap and
 * count up to SRX_NFA_LOOP. Going back, the start of the text is one more
 * "character", SRX_BOT, which only ^ and \A accept. Going forward, the
 * match must end before `lim` (the region ICU is given), unless the
 * automaton ends with a lookahead's positions (peek), which read on.
 *
 * A loop such as [^"]++ makes the automata of neighbouring positions read
 * the same characters in the same states: in a paragraph of thousands of
 * sentences, each candidate break would read on to `lim` again. So a
 * one-word forward automaton remembers the last run of characters that
 * left its states as they were (run_s, run_a, run_b), and a later call in
 * the same states inside that run jumps to its end: each character is
 * read about once per state set, whatever the number of candidates.
 */
static int srx_nfa_may(srx_ruleset *rs, srx_nfa *a, int32_t pos, int32_t lim)
{
	uint64_t cur[SRX_NFA_W], cand[SRX_NFA_W], old[SRX_NFA_W];
	const UChar *t = rs->text;
	int step, i, any, w = a->w, changes = 0, bot = 0, same = 0;
	int memo = w == 1 && !a->back, capped;
	UChar32 pc = -1;                 /* forward: the character before c */

	if (a->peek || lim > rs->len)
		lim = rs->len;
	/* the region (at most BITEXT_SRX_LOOKAHEAD units and a surrogate)
	 * bounds the reading; else SRX_NFA_LOOP characters do */
	capped = a->back || lim - pos > (int32_t)BITEXT_SRX_LOOKAHEAD + 1;
	for (step = 0; step < SRX_NFA_LOOP || !capped; step++) {
		UChar32 c;
		int32_t at = pos;
		int eq = 1;

		if (a->back) {
			if (pos > 0)
				U16_PREV(t, 0, pos, c);
			else if (!bot) {
				c = SRX_BOT;         /* once: for ^ */
				bot = 1;
			} else
				return 0;
		} else {
			if (step && memo && a->run_gen == rs->gen && a->run_s == cur[0] &&
				a->run_a <= pos && pos < a->run_b) {
				if (capped) {
					step += a->run_b - pos;   /* units: >= characters */
					if (step >= SRX_NFA_LOOP)
						return 1;
				}
				pos = at = a->run_b;
				if (a->lbmask) {
					int32_t k = at;

					U16_PREV(t, 0, k, pc);
				}
			}
			if (pos >= lim)
				return 0;
			U16_NEXT(t, pos, rs->len, c);
		}
		if (!step) {
			if (c < 128 && !(a->ascii[c / 64] >> (c % 64) & 1))
				return 0;
			if (a->lbmask && at > 0) {
				int32_t k = at;

				U16_PREV(t, 0, k, pc);
			}
			for (i = 0; i < w; i++)
				cand[i] = a->start[i];
		} else if (!same) {         /* else the states, so cand, are as before */
			for (i = 0; i < w; i++)
				cand[i] = 0;
			for (i = 0; i < w; i++) {
				uint64_t m = cur[i];

				while (m) {
					const uint64_t *l = a->link +
						(size_t)(i * 64 + __builtin_ctzll(m)) * (size_t)w;
					int k;

					for (k = 0; k < w; k++)
						cand[k] |= l[k];
					m &= m - 1;
				}
			}
		}
		any = 0;
		if (a->lbmask)
			memcpy(old, cur, (size_t)w * sizeof(uint64_t));
		if (c < 128) {
			const uint64_t *row = a->asc + (size_t)c * (size_t)w;

			for (i = 0; i < w; i++) {
				uint64_t v = cand[i] & row[i];

				eq &= step && v == cur[i];
				cur[i] = v;
				any |= v != 0;
			}
		} else if (w == 1 && c != SRX_BOT) {
			uint64_t v = srx_nfa_row1(rs, a, c, cand[0]);

			eq = step && v == cur[0];
			cur[0] = v;
			any = v != 0;
		} else {
			for (i = 0; i < w; i++) {
				uint64_t m = cand[i], v = 0;

				while (m) {
					int b = __builtin_ctzll(m);

					if (srx_atom_has(rs, &a->atom[i * 64 + b], c))
						v |= (uint64_t)1 << b;
					m &= m - 1;
				}
				eq &= step && v == cur[i];
				cur[i] = v;
				any |= v != 0;
			}
		}
		if (a->lbmask) {                 /* (?<=X) before some positions */
			for (i = 0, any = 0, eq = step > 0; i < w; i++) {
				uint64_t m = cur[i] & a->lbmask[i];

				while (m) {
					int b = __builtin_ctzll(m);

					if (pc < 0 || !srx_atom_has(rs, &a->atom[a->lbc[i * 64 + b]], pc))
						cur[i] &= ~((uint64_t)1 << b);
					m &= m - 1;
				}
				eq &= cur[i] == old[i];
				any |= cur[i] != 0;
			}
			pc = c;
		}
		if (eq && memo) {                /* extend or start the run */
			if (a->run_gen != rs->gen || a->run_s != cur[0] || a->run_b != at) {
				a->run_gen = rs->gen;
				a->run_s = cur[0];
				a->run_a = at;
			}
			a->run_b = pos;
		}
		if (!any)
			return 0;
		for (i = 0; i < w; i++)
			if (cur[i] & a->accept[i])
				return 1;
		same = eq;
		if (!same && ++changes >= SRX_NFA_STEPS)
			return 1;
	}
	return 1;
}

static int srx_compile_rule(srx_ruleset *rs, srx_crule *cr,
	const srx_rules *r, const srx_rule *ru)
{
	bitext_buf b = BITEXT_BUF_INIT, a = BITEXT_BUF_INIT, p = BITEXT_BUF_INIT;
	UErrorCode st = U_ZERO_ERROR;
	UParseError pe;
	int error;

	memset(cr, 0, sizeof(*cr));
	cr->brk = ru->brk;
	cr->line = ru->line;
	if ((error = srx_java_to_icu(&b, ru->before)) < 0 ||
		(error = srx_java_to_icu(&a, ru->after)) < 0)
		goto cleanup;
	if ((error = srx_validate(r, ru, b.ptr)) < 0 ||
		(error = srx_validate(r, ru, a.ptr)) < 0)
		goto cleanup;
	if (*b.ptr)
		error = bitext_buf_printf(&p, "(?<=(?:%s))(?:%s)", b.ptr, a.ptr);
	else
		error = bitext_buf_printf(&p, "(?:%s)", a.ptr);
	if (error < 0)
		goto cleanup;
	cr->lb = bitext_srx__regex_open(p.ptr, &pe, &st);
	if (U_FAILURE(st)) {   /* unbounded lookbehind: windowed search */
		cr->lb = NULL;
		st = U_ZERO_ERROR;
		bitext_buf_clear(&p);
		if ((error = bitext_buf_printf(&p, "(?:%s)(?![\\s\\S])", b.ptr)) < 0)
			goto cleanup;
		cr->before = bitext_srx__regex_open(p.ptr, &pe, &st);
		if (!U_FAILURE(st) && *a.ptr) {
			bitext_buf_clear(&p);
			if ((error = bitext_buf_printf(&p, "(?:%s)", a.ptr)) < 0)
				goto cleanup;
			cr->after = bitext_srx__regex_open(p.ptr, &pe, &st);
		}
		if (U_FAILURE(st)) {
			error = srx_regex_error(r, ru, p.ptr, st, &pe);
			goto cleanup;
		}
	}
	if ((error = srx_nfa_build(&cr->bf, rs, b.ptr, 1)) < 0 ||
		(error = srx_nfa_build(&cr->af, rs, a.ptr, 0)) < 0)
		goto cleanup;
	if (cr->brk && cr->bf) {   /* B never matches empty: see yes_positions */
		bitext_buf_clear(&p);
		if ((error = bitext_buf_printf(&p, "(?:%s)(?:%s)", b.ptr, a.ptr)) < 0 ||
			(error = srx_nfa_build(&cr->sf, rs, p.ptr, 0)) < 0)
			goto cleanup;
	}
	if (cr->brk && (*b.ptr || *a.ptr)) {
		bitext_buf_clear(&p);
		if ((error = bitext_buf_printf(&p, "(?:%s)(?=(?:%s))", b.ptr, a.ptr)) < 0)
			goto cleanup;
		cr->scan = bitext_srx__regex_open(p.ptr, &pe, &st);
		if (U_FAILURE(st)) {
			cr->scan = NULL;
			error = srx_regex_error(r, ru, p.ptr, st, &pe);
			goto cleanup;
		}
	}
cleanup:
	bitext_buf_dispose(&b);
	bitext_buf_dispose(&a);
	bitext_buf_dispose(&p);
	return error;
}

static void srx_crule_close(srx_crule *cr)
{
	srx_nfa_free(cr->bf);
	srx_nfa_free(cr->af);
	srx_nfa_free(cr->sf);
	if (cr->lb)
		uregex_close(cr->lb);
	if (cr->before)
		uregex_close(cr->before);
	if (cr->after)
		uregex_close(cr->after);
	if (cr->scan)
		uregex_close(cr->scan);
}

/* Does the language pattern match all of `lang`, ignoring case? */
static int srx_lang_matches(const char *pattern, const char *lang)
{
	UErrorCode st = U_ZERO_ERROR;
	UParseError pe;
	URegularExpression *re;
	bitext_buf p = BITEXT_BUF_INIT;
	UChar ul[64];
	int m = 0;

	if (bitext_buf_printf(&p, "(?i)(?:%s)", pattern) < 0)
		return 0;
	re = bitext_srx__regex_open(p.ptr, &pe, &st);
	bitext_buf_dispose(&p);
	if (U_FAILURE(st))
		return 0;
	u_strFromUTF8(ul, 64, NULL, lang, -1, &st);
	uregex_setText(re, ul, -1, &st);
	m = U_SUCCESS(st) && uregex_matches(re, 0, &st) && U_SUCCESS(st);
	uregex_close(re);
	return m;
}

static int srx_ruleset_add(srx_ruleset *rs, size_t *cap, const srx_rules *r,
	const srx_langrule *lr)
{
	size_t j;
	int error;

	for (j = 0; j < lr->n; j++) {
		if (rs->n >= BITEXT_MAX_SRX_RULES) {
			char lim[32];

			snprintf(lim, sizeof(lim), "%d", BITEXT_MAX_SRX_RULES);
			bitext_error_set(BITEXT_ELIMIT, "segment_srx_too_many", lim, NULL);
			bitext_error_locate(r->file, lr->rules[j].line, 0, -1);
			return BITEXT_ELIMIT;
		}
		if ((error = bitext__grow((void **)&rs->r, cap, rs->n + 1, sizeof(srx_crule))) < 0)
			return error;
		if ((error = srx_compile_rule(rs, &rs->r[rs->n], r, &lr->rules[j])) < 0) {
			srx_crule_close(&rs->r[rs->n]);
			return error;
		}
		rs->n++;
	}
	return 0;
}

int bitext_srx__ruleset_new(srx_ruleset **out, const srx_rules *r, const char *lang)
{
	srx_ruleset *rs;
	char code[64];
	size_t i, cap = 0;
	int error = 0;

	*out = NULL;
	if (!(rs = calloc(1, sizeof(*rs))) ||
		!(rs->file = strdup(r && r->file ? r->file : "-"))) {
		free(rs);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	snprintf(code, sizeof(code), "%s", lang && *lang ? lang : "und");
	for (i = 0; code[i]; i++)
		if (code[i] == '_')
			code[i] = '-';
	for (i = 0; r && i < r->nmaps; i++) {
		if (!srx_lang_matches(r->maps[i].pattern, code))
			continue;
		error = srx_ruleset_add(rs, &cap, r, srx_find_rule(r, r->maps[i].rulename));
		if (error < 0 || !r->cascade)
			break;
	}
	if (error < 0) {
		bitext_srx__ruleset_free(rs);
		return error;
	}
	*out = rs;
	return 0;
}

void bitext_srx__ruleset_free(srx_ruleset *rs)
{
	size_t i;

	if (!rs)
		return;
	for (i = 0; i < rs->n; i++)
		srx_crule_close(&rs->r[i]);
	for (i = 0; i < rs->ncs; i++) {
		if (rs->cs[i].re)
			uregex_close(rs->cs[i].re);
		free(rs->cs[i].memo);
		free(rs->cs[i].pat);
	}
	free(rs->cs);
	free(rs->r);
	free(rs->file);
	free(rs->mc);
	free(rs);
}

size_t bitext_srx__ruleset_count(const srx_ruleset *rs) { return rs ? rs->n : 0; }
size_t bitext_srx__ruleset_icu_calls(const srx_ruleset *rs) { return rs ? rs->icu_calls : 0; }

/* ---- evaluation ------------------------------------------------------- */

static int srx_icu_error(const char *what, UErrorCode st)
{
	return bitext_error_set(BITEXT_ERROR, "segment_icu", what, u_errorName(st), NULL);
}

/* A failed match of rule `cr`: over a limit (its time or stack), named
 * with the rule's place; else an ICU error. */
static int srx_match_error(const srx_ruleset *rs, const srx_crule *cr,
	const char *what, UErrorCode st)
{
	char lim[32];

	if (st == U_REGEX_TIME_OUT)
		snprintf(lim, sizeof(lim), "%d", BITEXT_SRX_TIME_LIMIT);
	else if (st == U_REGEX_STACK_OVERFLOW)
		snprintf(lim, sizeof(lim), "%d", BITEXT_SRX_STACK_BYTES);
	else
		return srx_icu_error(what, st);
	bitext_error_set(BITEXT_ELIMIT, st == U_REGEX_TIME_OUT ?
		"segment_srx_time" : "segment_srx_stack", lim, NULL);
	bitext_error_locate(rs->file, cr->line, 0, -1);
	return BITEXT_ELIMIT;
}

/* End of the region a match from `pos` may read: BITEXT_SRX_LOOKAHEAD
 * units on, not splitting a surrogate pair. */
static int32_t srx_ahead(const srx_ruleset *rs, int32_t pos)
{
	int32_t lim;

	if (rs->len - pos <= (int32_t)BITEXT_SRX_LOOKAHEAD)
		return rs->len;
	lim = pos + (int32_t)BITEXT_SRX_LOOKAHEAD;
	if (U16_IS_TRAIL(rs->text[lim]))
		lim++;
	return lim;
}

/* The matchers of a rule get the text when the rule first needs ICU for
 * it: most rules are decided by the prefilter in most paragraphs. */
int bitext_srx__ruleset_set_text(srx_ruleset *rs, const UChar *text, int32_t len)
{
	rs->text = text;
	rs->len = len;
	rs->gen++;
	return 0;
}

static void srx_bind(srx_ruleset *rs, srx_crule *cr, UErrorCode *st)
{
	if (cr->gen == rs->gen)
		return;
	cr->gen = rs->gen;
	if (cr->lb)
		uregex_setText(cr->lb, rs->text, rs->len, st);
	if (cr->before)
		uregex_setText(cr->before, rs->text, rs->len, st);
	if (cr->after)
		uregex_setText(cr->after, rs->text, rs->len, st);
	if (cr->scan)
		uregex_setText(cr->scan, rs->text, rs->len, st);
}

/* Quick part of srx_nfa_may: 0 when the first one or two characters it
 * reads are ASCII and rule a match out (1: ask srx_nfa_may). */
static inline int srx_nfa_first(srx_ruleset *rs, srx_nfa *a,
	int32_t pos)
{
	UChar c, d;

	if (a->back ? pos <= 0 : pos >= rs->len)
		return 1;
	c = rs->text[a->back ? pos - 1 : pos];
	if (c >= 128)
		return srx_nfa_starts(rs, a, c);
	if (!(a->ascii[c / 64] >> (c % 64) & 1))
		return 0;
	if (a->back ? pos <= 1 : pos + 1 >= rs->len)
		return 1;
	d = rs->text[a->back ? pos - 2 : pos + 1];
	return d >= 128 || (a->pair[c][d / 64] >> (d % 64) & 1);
}

/* lookingAt() from `pos`, matching no further than `lim`; lookarounds
 * see the whole text (transparent bounds). */
static int srx_looking_at(URegularExpression *re, int32_t pos, int32_t lim,
	UErrorCode *st)
{
	uregex_setRegion(re, pos, lim, st);
	uregex_useTransparentBounds(re, 1, st);
	uregex_useAnchoringBounds(re, 0, st);
	return uregex_lookingAt(re, -1, st) && U_SUCCESS(*st);
}

static int srx_rule_matches(srx_ruleset *rs, srx_crule *cr, int32_t pos,
	UErrorCode *st)
{
	int32_t ws;

	if ((cr->bf && (!srx_nfa_first(rs, cr->bf, pos) ||
		!srx_nfa_may(rs, cr->bf, pos, rs->len))) ||
		(cr->af && (!srx_nfa_first(rs, cr->af, pos) ||
		!srx_nfa_may(rs, cr->af, pos, srx_ahead(rs, pos)))))
		return 0;
	rs->icu_calls++;
	srx_bind(rs, cr, st);
	if (U_FAILURE(*st))
		return 0;
	if (cr->lb)
		return srx_looking_at(cr->lb, pos, srx_ahead(rs, pos), st);
	ws = pos > BITEXT_SRX_WINDOW ? pos - BITEXT_SRX_WINDOW : 0;
	if (ws > 0 && U16_IS_TRAIL(rs->text[ws]))
		ws--;
	/* opaque bounds: "(?![\s\S])" holds only at the window's end, pos;
	 * no anchoring bounds: "^" still means the start of the paragraph */
	uregex_setRegion(cr->before, ws, pos, st);
	uregex_useTransparentBounds(cr->before, 0, st);
	uregex_useAnchoringBounds(cr->before, 0, st);
	if (!uregex_findNext(cr->before, st) || U_FAILURE(*st))
		return 0;
	return !cr->after || srx_looking_at(cr->after, pos, srx_ahead(rs, pos), st);
}

int bitext_srx__ruleset_decide(srx_ruleset *rs, int32_t pos, int *brk)
{
	UErrorCode st = U_ZERO_ERROR;
	size_t i;

	for (i = 0; i < rs->n; i++) {
		int m = srx_rule_matches(rs, &rs->r[i], pos, &st);

		if (U_FAILURE(st))
			return srx_match_error(rs, &rs->r[i], "uregex", st);
		if (m) {
			*brk = rs->r[i].brk;
			return 1;
		}
	}
	return 0;
}

/*
 * Match ends of a scanner without a prefilter: findNext over the text in
 * pieces of BITEXT_SRX_SCAN_CHUNK units (a match may read
 * BITEXT_SRX_LOOKAHEAD units past a piece), so that one call stays
 * bounded. A match starting in a piece is the one a search of the whole
 * text finds; the next piece starts at the last match's end.
 */
static int srx_scan_chunked(srx_ruleset *rs, srx_crule *cr, int32_t **pos,
	size_t *n, size_t *cap)
{
	URegularExpression *re = cr->scan;
	UErrorCode st = U_ZERO_ERROR;
	int32_t from = 0;
	int error;

	srx_bind(rs, cr, &st);
	while (U_SUCCESS(st) && from < rs->len) {
		int32_t piece = rs->len - from > (int32_t)BITEXT_SRX_SCAN_CHUNK ?
			from + (int32_t)BITEXT_SRX_SCAN_CHUNK : rs->len;
		int32_t next = piece;

		if (piece < rs->len && U16_IS_TRAIL(rs->text[piece]))
			next = ++piece;
		uregex_setRegion(re, from, srx_ahead(rs, piece), &st);
		uregex_useTransparentBounds(re, 1, &st);
		uregex_useAnchoringBounds(re, 0, &st);
		while (U_SUCCESS(st) && uregex_findNext(re, &st)) {
			int32_t b = uregex_start(re, 0, &st), e = uregex_end(re, 0, &st);

			if (U_FAILURE(st) || b >= piece)
				break;
			if ((error = bitext__grow((void **)pos, cap, *n + 1, sizeof(int32_t))) < 0)
				return error;
			(*pos)[(*n)++] = e;
			if (e > next)
				next = e;
		}
		from = next;
	}
	return U_FAILURE(st) ? srx_match_error(rs, cr, "uregex_findNext", st) : 0;
}

/*
 * Match ends of the scanners, as uregex_findNext would give them, in one
 * pass over the text for all scanners that have a prefilter (a pass per
 * scanner cost about as much as the rest of a rule's work on plain text).
 * At each position, each scanner whose first character can start there
 * (srx_nfa_first) and that is not inside its own previous match is tested
 * by the automaton of B then A, and lookingAt() runs only where it may
 * match. The first position where it matches is the leftmost match, the
 * one findNext finds; its end (after at least one character, as B never
 * matches empty) is where that scanner goes on, as with findNext. Ends
 * come out in text order per scanner, interleaved between scanners; the
 * caller sorts the candidates.
 */
#define SRX_SCAN_BATCH 64            /* scanners sharing one pass */

static int srx_scan_at(srx_ruleset *rs, srx_crule *cr, int32_t m,
	int32_t *next, int32_t **pos, size_t *n, size_t *cap)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t e;
	int error;

	if (!srx_nfa_may(rs, cr->sf, m, rs->len) ||
		(srx_bind(rs, cr, &st), U_FAILURE(st)) ||
		!srx_looking_at(cr->scan, m, srx_ahead(rs, m), &st))
		return U_FAILURE(st) ? srx_match_error(rs, cr, "uregex_lookingAt", st) : 0;
	e = uregex_end(cr->scan, 0, &st);
	if (U_FAILURE(st))
		return srx_icu_error("uregex_end", st);
	if ((error = bitext__grow((void **)pos, cap, *n + 1, sizeof(int32_t))) < 0)
		return error;
	(*pos)[(*n)++] = e;
	*next = e > m ? e : m + 1;
	return 0;
}

/* Scanners of sc[0 .. k) the non-ASCII unit u may start. */
static uint64_t srx_scan_mask(srx_ruleset *rs, srx_crule **sc, size_t k,
	struct srx_mcache *mc, UChar u)
{
	size_t j, h = u % SRX_MCACHE;
	uint64_t v = 0;

	if (mc && mc->key[h] == u)
		return mc->mask[h];
	for (j = 0; j < k; j++)
		if (srx_nfa_starts(rs, sc[j]->sf, u))
			v |= (uint64_t)1 << j;
	if (mc && !U16_IS_SURROGATE(u)) {
		mc->key[h] = u;
		mc->mask[h] = v;
	}
	return v;
}

static int srx_scan_all(srx_ruleset *rs, srx_crule **sc, size_t k,
	int first, int32_t **pos, size_t *n, size_t *cap)
{
	int32_t next[SRX_SCAN_BATCH] = { 0 }, m;
	uint64_t asc[128];
	struct srx_mcache *mc = NULL;
	size_t j;
	int error;

	if (first && !rs->mc)
		rs->mc = calloc(1, sizeof(*rs->mc));   /* without it: no cache */
	if (first)
		mc = rs->mc;

	for (m = 0; m < 128; m++)      /* which scanners an ASCII unit may start */
		for (asc[m] = 0, j = 0; j < k; j++)
			if (sc[j]->sf->ascii[m / 64] >> (m % 64) & 1)
				asc[m] |= (uint64_t)1 << j;
	for (m = 0; m < rs->len; m++) {
		UChar u = rs->text[m];
		uint64_t may;

		/* no match starts inside a surrogate pair (ICU's matcher started
		 * there may read before the text) */
		if (U16_IS_TRAIL(u) && m > 0 && U16_IS_LEAD(rs->text[m - 1]))
			continue;
		may = u < 128 ? asc[u] : srx_scan_mask(rs, sc, k, mc, u);

		while (may) {
			int b = __builtin_ctzll(may);

			may &= may - 1;
			if (m < next[b] || !srx_nfa_first(rs, sc[b]->sf, m))
				continue;
			if ((error = srx_scan_at(rs, sc[b], m, &next[b], pos, n, cap)) < 0)
				return error;
		}
	}
	return 0;
}

int bitext_srx__ruleset_yes_positions(srx_ruleset *rs, int32_t **pos, size_t *n,
	size_t *cap)
{
	srx_crule *sc[SRX_SCAN_BATCH];
	size_t i, k = 0;
	int error, first = 1;

	for (i = 0; i < rs->n; i++) {
		srx_crule *cr = &rs->r[i];

		if (!cr->scan)
			continue;
		if (!cr->sf) {
			if ((error = srx_scan_chunked(rs, cr, pos, n, cap)) < 0)
				return error;
			continue;
		}
		sc[k++] = cr;
		if (k == SRX_SCAN_BATCH) {
			if ((error = srx_scan_all(rs, sc, k, first, pos, n, cap)) < 0)
				return error;
			k = 0;
			first = 0;
		}
	}
	return k ? srx_scan_all(rs, sc, k, first, pos, n, cap) : 0;
}
