/*
 * cmd_terms.c - `bitext terms list|check|extract`: print a termbase as a
 * glossary, validate one, or extract term candidates from a memory (TMX or
 * TSV/CSV pairs) as a glossary to review.
 */
#include "cli.h"
#include "cmd.h"
#include "input.h"
#include "opt.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define LANG_CAP 36      /* a language tag of the command line or a memory */

typedef struct terms_cli {
	const char *src_lang, *tgt_lang, *out, *known;
	size_t min_count, max_words;
	double min_score;
} terms_cli;

static const char *status_word(bitext_term_status s)
{
	switch (s) {
	case BITEXT_TERM_PREFERRED: return "preferred";
	case BITEXT_TERM_DEPRECATED: return "deprecated";
	case BITEXT_TERM_FORBIDDEN: return "forbidden";
	default: return "admitted";
	}
}

static void put_cell(FILE *f, const char *s)
{
	for (; s && *s; s++)
		fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
}

/* The first two languages of the termbase when not given. */
static void tb_langs(const bitext_termbase *tb, char *src, char *tgt)
{
	size_t i;

	for (i = 0; i < bitext_termbase_term_count(tb); i++) {
		const char *l = bitext_termbase_term(tb, i)->lang;
		if (!*src)
			snprintf(src, LANG_CAP, "%s", l);
		else if (!*tgt && !bitext_termbase_lang_match(l, src))
			snprintf(tgt, LANG_CAP, "%s", l);
	}
}

/* A termbase as a glossary: the header, then a row per source and target
 * term of each concept. */
typedef struct list_ctx {
	const bitext_termbase *tb;
	const char *src, *tgt;
} list_ctx;

static int write_glossary(FILE *f, void *payload)
{
	const list_ctx *c = payload;
	const bitext_termbase *tb = c->tb;
	size_t i, a, b;

	fprintf(f, "# bitext-glossary %s %s\n# source\ttarget\tstatus\tnote\n",
		*c->src ? c->src : "und", *c->tgt ? c->tgt : "und");
	for (i = 0; i < bitext_termbase_concept_count(tb); i++) {
		const bitext_concept *k = bitext_termbase_concept(tb, i);
		for (a = 0; a < k->nterms; a++) {
			const bitext_term *s = bitext_termbase_term(tb, k->first_term + a);
			if (!bitext_termbase_lang_match(s->lang, c->src) || !*s->text)
				continue;
			for (b = 0; b < k->nterms; b++) {
				const bitext_term *t = bitext_termbase_term(tb, k->first_term + b);
				if (!bitext_termbase_lang_match(t->lang, c->tgt) || t == s ||
				    !*t->text)
					continue;
				put_cell(f, s->text);
				fputc('\t', f);
				put_cell(f, t->text);
				fprintf(f, "\t%s\t", status_word(t->status));
				put_cell(f, t->note);
				fputc('\n', f);
			}
		}
	}
	return 0;
}

/* -o names a .tbx file: TBX-Basic instead of a glossary. */
static int is_tbx(const char *out)
{
	const char *dot = out ? strrchr(out, '.') : NULL;

	return dot && !strcasecmp(dot, ".tbx");
}

static int write_tbx(FILE *f, void *payload)
{
	return bitext_termbase_write_tbx(f, payload, "bitext terms");
}

static int terms_list(const terms_cli *o, const char *path)
{
	bitext_termbase *tb = NULL;
	bitext_termbase_options to = BITEXT_TERMBASE_OPTIONS_INIT;
	char src[LANG_CAP] = "", tgt[LANG_CAP] = "";
	list_ctx c = { NULL, src, tgt };
	int error;

	to.src_lang = o->src_lang;
	to.tgt_lang = o->tgt_lang;
	if ((error = bitext_termbase_load(&tb, path, &to)) < 0 ||
	    (error = bitext_termbase_check_langs(tb)) < 0) {
		bitext_termbase_free(tb);
		return cli_fail();
	}
	if (o->src_lang)
		snprintf(src, sizeof(src), "%s", o->src_lang);
	if (o->tgt_lang)
		snprintf(tgt, sizeof(tgt), "%s", o->tgt_lang);
	tb_langs(tb, src, tgt);
	c.tb = tb;
	error = is_tbx(o->out) ? cli_write(o->out, write_tbx, tb) :
		cli_write(o->out, write_glossary, &c);
	bitext_termbase_free(tb);
	return error < 0 ? cli_fail() : CLI_OK;
}

typedef struct check_ctx {
	const char *path;
	FILE *f;
} check_ctx;

static void on_problem(const bitext_term_problem *p, void *payload)
{
	check_ctx *c = payload;
	static const char *const sev[] = { "check_sev_off", "check_sev_info",
		"check_sev_warning", "check_sev_error" };
	bitext_buf b = BITEXT_BUF_INIT;

	bitext_msg_format(&b, sev[(unsigned)p->severity & 3]);
	fprintf(c->f, "%s:%ld: %s: %s\n", c->path, p->line, b.ptr ? b.ptr : "",
		p->message);
	bitext_buf_dispose(&b);
}

static int terms_check(const terms_cli *o, const char *path)
{
	bitext_termbase *tb = NULL;
	bitext_termbase_options to = BITEXT_TERMBASE_OPTIONS_INIT;
	check_ctx c = { path, stdout };
	int n;

	to.src_lang = o->src_lang;
	to.tgt_lang = o->tgt_lang;
	if ((n = bitext_termbase_load(&tb, path, &to)) < 0)
		return cli_fail();
	n = bitext_termbase_validate(tb, on_problem, &c);
	if (n >= 0)
		cli_print(stderr, "terms_checked", (double)bitext_termbase_concept_count(tb),
			(double)bitext_termbase_term_count(tb), (double)n);
	bitext_termbase_free(tb);
	if (n < 0)
		return cli_fail();
	return n ? CLI_FINDINGS : CLI_OK;
}

/* 1 when the known termbase pairs candidate `c` already. */
static int known_pair(const bitext_termbase *known, const char *src,
	const bitext_term_candidate *c)
{
	size_t idx[16], k, m, q;

	m = bitext_termbase_lookup(known, src, c->source, strlen(c->source),
		idx, 16);
	for (k = 0; k < m && k < 16; k++) {
		const bitext_concept *cc = bitext_termbase_concept(known,
			bitext_termbase_term(known, idx[k])->concept);
		for (q = 0; q < cc->nterms; q++)
			if (!strcasecmp(bitext_termbase_term(known,
			    cc->first_term + q)->text, c->target))
				return 1;
	}
	return 0;
}

/* The candidates as a glossary to review. */
typedef struct extract_out {
	const bitext_term_candidate *c;
	size_t n;
	const bitext_termbase *known;
	const char *src, *tgt;
} extract_out;

static int write_candidates(FILE *f, void *payload)
{
	const extract_out *x = payload;
	size_t i;

	fprintf(f, "# bitext-glossary %s %s\n# source\ttarget\tstatus\tnote\n",
		x->src, x->tgt);
	for (i = 0; i < x->n; i++) {
		if (x->known && known_pair(x->known, x->src, &x->c[i]))
			continue;
		put_cell(f, x->c[i].source);
		fputc('\t', f);
		put_cell(f, x->c[i].target);
		fprintf(f, "\t\t%s count=%zu score=%.2f\n",
			x->c[i].name ? "name" : "phrase", x->c[i].count, x->c[i].score);
	}
	return 0;
}

/* The candidates as TBX: their glossary read as a termbase, written out. */
static int write_candidates_tbx(const char *path, extract_out *x)
{
	bitext_termbase_options to = BITEXT_TERMBASE_OPTIONS_INIT;
	bitext_termbase *tb = NULL;
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	int error;

	if (!m)
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	write_candidates(m, x);
	if (fclose(m) != 0) {
		free(buf);
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	}
	to.format = BITEXT_TERMBASE_TSV;
	to.src_lang = x->src;
	to.tgt_lang = x->tgt;
	error = bitext_termbase_load_buffer(&tb, "-", buf, len, &to);
	if (error == 0)
		error = cli_write(path, write_tbx, tb);
	bitext_termbase_free(tb);
	free(buf);
	return error;
}

/* The pairs of a memory (TMX, XLIFF, PO) into the extractor, made once the
 * languages are known. */
static int extract_tmx(bitext_term_extractor **x,
	bitext_term_extract_options *xo, const char *path, int fmt, char *src,
	char *tgt)
{
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u;
	int rc, error = 0;

	if ((error = bitext_tm_reader_open(&r, path, fmt, NULL)) < 0)
		return error;
	bitext_tmx_learn_langs(bitext_tm_reader_header(r), NULL, src, LANG_CAP, tgt, LANG_CAP);
	while ((rc = bitext_tm_reader_next(r, &u)) > 0) {
		const bitext_tmx_tuv *sv, *tv;
		if (!*x) {
			if (!bitext_tmx_learn_langs(NULL, u, src, LANG_CAP, tgt, LANG_CAP))
				continue;
			xo->src_lang = src;
			xo->tgt_lang = tgt;
			if ((error = bitext_term_extractor_new(x, xo)) < 0)
				break;
		}
		sv = bitext_tmx_unit_tuv(u, src);
		tv = bitext_tmx_unit_tuv(u, tgt);
		if (sv && tv && (error = bitext_term_extractor_add(*x, sv->text,
		    sv->text_len, tv->text, tv->text_len)) < 0)
			break;
	}
	bitext_tm_reader_close(r);
	return error < 0 ? error : rc < 0 ? rc : 0;
}

/* TSV/CSV pairs (bitext/rows.h) into the extractor. */
static int extract_rows(bitext_term_extractor **x,
	bitext_term_extract_options *xo, const char *path, const bitext_buf *data,
	unsigned flags, char *src, char *tgt)
{
	bitext_row row = BITEXT_ROW_INIT;
	const char *d = data->ptr ? data->ptr : "", *a, *b;
	size_t na, nb;
	int error;

	if (!*src) {
		const char *g = bitext_text_guess_lang(d,
			data->size < 65536 ? data->size : 65536);
		snprintf(src, LANG_CAP, "%s", g ? g : "en");
	}
	if (!*tgt)
		snprintf(tgt, LANG_CAP, "en");
	xo->src_lang = src;
	xo->tgt_lang = tgt;
	if ((error = bitext_term_extractor_new(x, xo)) < 0)
		return error;
	while ((error = bitext_row_next(&row, path, d, data->size, flags)) > 0) {
		a = bitext_row_cell(&row, 0, &na);
		b = bitext_row_cell(&row, 1, &nb);
		if (b && (error = bitext_term_extractor_add(*x, a, na, b, nb)) < 0)
			break;
	}
	bitext_row_dispose(&row);
	return error;
}

static int terms_extract(const terms_cli *o, const char *path)
{
	bitext_term_extract_options xo = BITEXT_TERM_EXTRACT_OPTIONS_INIT;
	bitext_term_extractor *x = NULL;
	bitext_termbase *known = NULL;
	bitext_buf data = BITEXT_BUF_INIT;
	char src[LANG_CAP] = "", tgt[LANG_CAP] = "";
	extract_out out = { NULL, 0, NULL, src, tgt };
	const char *kind;
	int error, rc;

	xo.min_count = o->min_count;
	xo.max_words = o->max_words;
	xo.min_score = o->min_score;
	if (o->src_lang)
		snprintf(src, sizeof(src), "%s", o->src_lang);
	if (o->tgt_lang)
		snprintf(tgt, sizeof(tgt), "%s", o->tgt_lang);
	if ((error = bitext_file_read(&data, path)) < 0)
		goto fail;
	kind = cli_input_kind(path, &data);
	if (strcmp(kind, "tsv") && strcmp(kind, "csv")) {   /* TMX, XLIFF, PO */
		if (!strcmp(path, "-") && (error = cli_stdin_put_back(&data)) < 0)
			goto fail;
		error = extract_tmx(&x, &xo, path, bitext_tm_format_parse(kind),
			src, tgt);
	} else {
		error = extract_rows(&x, &xo, path, &data, BITEXT_ROW_COMMENTS |
			(strcmp(kind, "csv") ? 0 : BITEXT_ROW_CSV), src, tgt);
	}
	if (error < 0)
		goto fail;
	if (!x) {
		rc = cli_usage("terms", "check_err_langs");
		goto out;
	}
	if (o->known) {
		bitext_termbase_options to = BITEXT_TERMBASE_OPTIONS_INIT;
		to.src_lang = src;
		to.tgt_lang = tgt;
		if ((error = bitext_termbase_load(&known, o->known, &to)) < 0 ||
		    (error = bitext_termbase_check_langs(known)) < 0)
			goto fail;
	}
	out.known = known;
	if ((error = bitext_term_extractor_run(x, &out.c, &out.n)) < 0 ||
	    (error = is_tbx(o->out) ? write_candidates_tbx(o->out, &out) :
	    cli_write(o->out, write_candidates, &out)) < 0)
		goto fail;
	rc = CLI_OK;
	goto out;
fail:
	rc = cli_fail();
out:
	bitext_term_extractor_free(x);
	bitext_termbase_free(known);
	bitext_buf_dispose(&data);
	return rc;
}

static const struct option terms_longopts[] = {
	{ "src-lang", required_argument, NULL, 's' },
	{ "tgt-lang", required_argument, NULL, 'l' },
	{ "min-count", required_argument, NULL, 'm' },
	{ "max-words", required_argument, NULL, 'w' },
	{ "min-score", required_argument, NULL, 'c' },
	{ "known", required_argument, NULL, 'k' },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd terms_cmd = {
	"terms", "terms_help", "s:l:m:w:c:k:", terms_longopts, CLI_OPT_OUTPUT
};

int cmd_terms(int argc, char **argv)
{
	terms_cli o;
	cli_opts co = CLI_OPTS_INIT;
	const char *sub;
	int ch;
	char *end;

	memset(&o, 0, sizeof(o));
	o.min_count = 3;
	o.max_words = 3;
	o.min_score = 0.5;
	while ((ch = cli_getopt(&co, &terms_cmd, argc, argv)) != -1) {
		switch (ch) {
		case 's': o.src_lang = optarg; break;
		case 'l': o.tgt_lang = optarg; break;
		case 'k': o.known = optarg; break;
		case 'm':
			o.min_count = strtoul(optarg, &end, 10);
			if (*end || !o.min_count)
				return cli_usage("terms", "terms_bad_number", "--min-count", optarg);
			break;
		case 'w':
			o.max_words = strtoul(optarg, &end, 10);
			if (*end || !o.max_words || o.max_words > 6)
				return cli_usage("terms", "terms_bad_number", "--max-words", optarg);
			break;
		case 'c':
			o.min_score = strtod(optarg, &end);
			if (*end || o.min_score < 0 || o.min_score > 1)
				return cli_usage("terms", "terms_bad_number", "--min-score", optarg);
			break;
		}
	}
	if (co.done)
		return co.rc;
	o.out = co.out;
	if (argc - optind != 2)
		return cli_usage("terms", "terms_need_args");
	sub = argv[optind];
	if (!strcmp(sub, "list"))
		return terms_list(&o, argv[optind + 1]);
	/* validate: the word of 'bitext help' and of tmx validate */
	if (!strcmp(sub, "check") || !strcmp(sub, "validate"))
		return terms_check(&o, argv[optind + 1]);
	if (!strcmp(sub, "extract"))
		return terms_extract(&o, argv[optind + 1]);
	return cli_usage("terms", "terms_bad_sub", sub);
}
