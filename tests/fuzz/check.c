/*
 * tests/fuzz/check.c - `check` on a pair of texts: the input is a source
 * text, 0xFF, and a target text; line i of each side makes unit i, as a
 * two-column file does. A line that parses as a segment's inner XML gives
 * its plain text and inline codes (as units of a TMX do); any other line
 * is passed as raw bytes, in a block of exactly its size, which the
 * checker must not read past. Every check runs, with a small termbase
 * (spelling on some inputs); reports are written in the three formats.
 */
#include "fuzz.h"

static bitext_termbase *termbase;
static FILE *devnull;

static const char glossary[] =
	"# bitext-glossary ko en\n"
	"미사일\tmissile\tpreferred\n"
	"북한\tNorth Korea\n"
	"북한\tDPRK\tforbidden\n"
	"해커\thacker\n"
	"소니 픽처스\tSony Pictures\tpreferred\tthe studio\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	bitext_termbase_options o = BITEXT_TERMBASE_OPTIONS_INIT;

	(void)argc;
	(void)argv;
	fuzz_setup();
	o.format = BITEXT_TERMBASE_TSV;
	if (bitext_termbase_load_buffer(&termbase, "glossary", glossary,
	    sizeof(glossary) - 1, &o) < 0 ||
	    !(devnull = fopen("/dev/null", "w")))
		abort();
	return 0;
}

/* One side of a unit: its text and codes, owned here until added. */
typedef struct side {
	bitext_tmx_unit *xml;      /* the line read as <seg> content, or NULL */
	char *raw;                 /* else the line's bytes, exact size */
	const char *text;
	size_t len;
	bitext_check_code *codes;
	char (*ids)[48];
	size_t ncodes;
} side;

static void side_codes(side *s, const bitext_tmx_tuv *tv)
{
	size_t i;

	if (!tv->ncodes)
		return;
	s->codes = calloc(tv->ncodes, sizeof(*s->codes));
	s->ids = calloc(tv->ncodes, sizeof(*s->ids));
	if (!s->codes || !s->ids)
		abort();
	for (i = 0; i < tv->ncodes; i++) {
		const bitext_tmx_code *c = &tv->codes[i];
		static const char *const kinds[] = { "bpt", "ept", "ph", "it", "ut",
			"hi", "/hi" };
		snprintf(s->ids[i], 48, "%s %s", kinds[c->kind],
			c->i ? c->i : c->x ? c->x : "?");
		s->codes[i].id = s->ids[i];
		s->codes[i].offset = c->offset;
		s->codes[i].opens = c->kind == BITEXT_TMX_CODE_BPT ||
			c->kind == BITEXT_TMX_CODE_HI ? 1 :
			c->kind == BITEXT_TMX_CODE_EPT ||
			c->kind == BITEXT_TMX_CODE_HI_END ? -1 : 0;
	}
	s->ncodes = tv->ncodes;
}

static void side_make(side *s, const char *line, size_t len)
{
	memset(s, 0, sizeof(*s));
	if (len && line[0] == '<' && !memchr(line, '\0', len)) {
		char *z = fuzz_strndup(line, len);
		int k = -1;
		if (bitext_tmx_unit_new(&s->xml) == 0)
			k = bitext_tmx_unit_add_tuv_xml(s->xml, "und", z);
		free(z);
		if (k >= 0) {
			s->text = s->xml->tuvs[k].text;
			s->len = s->xml->tuvs[k].text_len;
			side_codes(s, &s->xml->tuvs[k]);
			return;
		}
		bitext_tmx_unit_free(s->xml);
		s->xml = NULL;
	}
	s->raw = fuzz_exact(line, len);
	s->text = s->raw;
	s->len = len;
}

static void side_free(side *s)
{
	bitext_tmx_unit_free(s->xml);
	free(s->raw);
	free(s->codes);
	free(s->ids);
}

/* The next line of [*p, end), without its LF. */
static int next_line(const char **p, const char *end, const char **line,
	size_t *len)
{
	const char *nl;

	if (!*p || *p >= end)
		return 0;
	nl = memchr(*p, '\n', (size_t)(end - *p));
	*line = *p;
	*len = nl ? (size_t)(nl - *p) : (size_t)(end - *p);
	*p = nl ? nl + 1 : end;
	return 1;
}

static void check_findings(const bitext_checker *c)
{
	size_t i, n, nu = bitext_checker_unit_count(c);
	const bitext_finding *f = bitext_checker_findings(c, &n);

	for (i = 0; i < n; i++) {
		const bitext_check_unit *u;
		FUZZ_ASSERT(f[i].unit < nu && f[i].message);
		u = bitext_checker_unit(c, f[i].unit);
		FUZZ_ASSERT(f[i].src_start <= f[i].src_end);
		FUZZ_ASSERT(f[i].tgt_start <= f[i].tgt_end);
		FUZZ_ASSERT(f[i].src_end <= (long)u->src_len);
		FUZZ_ASSERT(f[i].tgt_end <= (long)u->tgt_len);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	bitext_checker_options o = BITEXT_CHECKER_OPTIONS_INIT;
	bitext_checker *c = NULL;
	bitext_buf fixed = BITEXT_BUF_INIT;
	const char *a, *b, *pa, *pb, *sl, *tl;
	size_t alen, blen, n = 0;

	fuzz_split(data, size, &a, &alen, &b, &blen);
	sl = bitext_text_guess_lang(a, alen);
	tl = b ? bitext_text_guess_lang(b, blen) : NULL;
	o.src_lang = sl ? sl : "ko";
	o.tgt_lang = tl ? tl : "en";
	o.termbase = termbase;
	o.spell_source = 1;
	if (bitext_checker_new(&c, &o) < 0)
		goto cleanup;
	/* each checker loads its hunspell dictionaries again (a third of a
	 * second for Korean): spelling runs on one input in 64 */
	if (size % 64)
		bitext_checker_set(c, BITEXT_CHECK_SPELLING, BITEXT_SEVERITY_OFF);
	else
		bitext_checker_set(c, BITEXT_CHECK_SPELLING, BITEXT_SEVERITY_INFO);
	pa = a;
	pb = b;
	for (n = 0; n < FUZZ_MAX_ITEMS; n++) {
		bitext_check_unit u = { 0 };
		const char *ls = "", *lt = "";
		size_t lsn = 0, ltn = 0;
		side s, t;
		int more_a = next_line(&pa, a + alen, &ls, &lsn);
		int more_b = b && next_line(&pb, b + blen, &lt, &ltn);
		if (!more_a && !more_b)
			break;
		side_make(&s, ls, lsn);
		side_make(&t, lt, ltn);
		u.src = s.text;
		u.src_len = s.len;
		u.tgt = t.text;
		u.tgt_len = t.len;
		u.src_codes = s.codes;
		u.src_ncodes = s.ncodes;
		u.tgt_codes = t.codes;
		u.tgt_ncodes = t.ncodes;
		u.line = (long)n + 1;
		if (n % 7 == 3) {
			bitext_buf_clear(&fixed);
			bitext_check_fix(&fixed, BITEXT_FIX_NORMALIZATION |
				BITEXT_FIX_INVISIBLE | BITEXT_FIX_WHITESPACE, o.tgt_lang,
				t.text, t.len, s.text, s.len);
		}
		bitext_checker_add(c, &u);
		side_free(&s);
		side_free(&t);
	}
	if (bitext_checker_run(c) == 0) {
		check_findings(c);
		bitext_checker_report(c, devnull, (bitext_report_format)(size % 3),
			"fuzz");
	}
cleanup:
	bitext_checker_free(c);
	bitext_buf_dispose(&fixed);
	bitext_error_clear();
	return 0;
}
