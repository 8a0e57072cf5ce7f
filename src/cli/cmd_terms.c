/*
 * cmd_terms.c - `bitext terms list|check|extract`: print a termbase as a
 * glossary, validate one, or extract term candidates from a memory (TMX or
 * TSV/CSV pairs) as a glossary to review.
 */
#include "cli.h"
#include "cmd.h"
#include "input.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
			snprintf(src, 36, "%s", l);
		else if (!*tgt && !bitext_termbase_lang_match(l, src))
			snprintf(tgt, 36, "%s", l);
	}
}

static int terms_list(const terms_cli *o, const char *path)
{
	bitext_termbase *tb = NULL;
	bitext_termbase_options to = BITEXT_TERMBASE_OPTIONS_INIT;
	bitext_afile *af = NULL;
	char src[36] = "", tgt[36] = "";
	size_t i, a, b;
	FILE *f;
	int error;

	to.src_lang = o->src_lang;
	to.tgt_lang = o->tgt_lang;
	if ((error = bitext_termbase_load(&tb, path, &to)) < 0)
		goto fail;
	if (o->src_lang)
		snprintf(src, sizeof(src), "%s", o->src_lang);
	if (o->tgt_lang)
		snprintf(tgt, sizeof(tgt), "%s", o->tgt_lang);
	tb_langs(tb, src, tgt);
	if ((error = bitext_afile_open(&af, o->out ? o->out : "-")) < 0)
		goto fail;
	f = bitext_afile_stream(af);
	fprintf(f, "# bitext-glossary %s %s\n# source\ttarget\tstatus\tnote\n",
		*src ? src : "und", *tgt ? tgt : "und");
	for (i = 0; i < bitext_termbase_concept_count(tb); i++) {
		const bitext_concept *k = bitext_termbase_concept(tb, i);
		for (a = 0; a < k->nterms; a++) {
			const bitext_term *s = bitext_termbase_term(tb, k->first_term + a);
			if (!bitext_termbase_lang_match(s->lang, src) || !*s->text)
				continue;
			for (b = 0; b < k->nterms; b++) {
				const bitext_term *t = bitext_termbase_term(tb, k->first_term + b);
				if (!bitext_termbase_lang_match(t->lang, tgt) || t == s ||
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
	error = bitext_afile_commit(af);
	af = NULL;
	if (error < 0)
		goto fail;
	bitext_termbase_free(tb);
	return CLI_OK;
fail:
	bitext_afile_abort(af);
	bitext_termbase_free(tb);
	return cli_fail();
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

	bitext_msg_format(&b, sev[p->severity & 3]);
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

static int terms_extract(const terms_cli *o, const char *path)
{
	bitext_term_extract_options xo = BITEXT_TERM_EXTRACT_OPTIONS_INIT;
	bitext_term_extractor *x = NULL;
	bitext_termbase *known = NULL;
	bitext_tmx_reader *r = NULL;
	bitext_afile *af = NULL;
	bitext_buf data = BITEXT_BUF_INIT;
	const bitext_term_candidate *c;
	char src[36] = "", tgt[36] = "";
	size_t n, i;
	int error, rc;
	FILE *f;

	xo.min_count = o->min_count;
	xo.max_words = o->max_words;
	xo.min_score = o->min_score;
	if (o->src_lang)
		snprintf(src, sizeof(src), "%s", o->src_lang);
	if (o->tgt_lang)
		snprintf(tgt, sizeof(tgt), "%s", o->tgt_lang);
	if ((error = bitext_file_read(&data, path)) < 0)
		goto fail;
	if (!strcmp(cli_input_kind(path, &data), "tmx")) {
		const bitext_tmx_unit *u;
		if (!strcmp(path, "-") && (error = cli_stdin_put_back(&data)) < 0)
			goto fail;
		bitext_buf_dispose(&data);
		if ((error = bitext_tmx_reader_open(&r, path, NULL)) < 0)
			goto fail;
		bitext_tmx_learn_langs(bitext_tmx_reader_header(r), NULL, src,
			sizeof(src), tgt, sizeof(tgt));
		while ((rc = bitext_tmx_reader_next(r, &u)) > 0) {
			const bitext_tmx_tuv *sv, *tv;
			if (!x) {
				if (!bitext_tmx_learn_langs(NULL, u, src, sizeof(src), tgt,
				    sizeof(tgt)))
					continue;
				xo.src_lang = src;
				xo.tgt_lang = tgt;
				if ((error = bitext_term_extractor_new(&x, &xo)) < 0)
					goto fail;
			}
			sv = bitext_tmx_unit_tuv(u, src);
			tv = bitext_tmx_unit_tuv(u, tgt);
			if (sv && tv && (error = bitext_term_extractor_add(x, sv->text,
			    sv->text_len, tv->text, tv->text_len)) < 0)
				goto fail;
		}
		if (rc < 0) {
			error = rc;
			goto fail;
		}
	} else {
		const char *p = data.ptr ? data.ptr : "", *end = p + data.size;
		if (!*src)
		{
			const char *g = bitext_text_guess_lang(p, data.size < 65536 ? data.size : 65536);
			snprintf(src, sizeof(src), "%s", g ? g : "en");
		}
		if (!*tgt)
			snprintf(tgt, sizeof(tgt), "en");
		xo.src_lang = src;
		xo.tgt_lang = tgt;
		if ((error = bitext_term_extractor_new(&x, &xo)) < 0)
			goto fail;
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p)), *tab, *tab2;
			size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
			if (ll && p[ll - 1] == '\r')
				ll--;
			tab = memchr(p, '\t', ll);
			if (ll && *p != '#' && tab) {
				tab2 = memchr(tab + 1, '\t', ll - (size_t)(tab + 1 - p));
				if ((error = bitext_term_extractor_add(x, p, (size_t)(tab - p), tab + 1,
				    tab2 ? (size_t)(tab2 - tab - 1) : ll - (size_t)(tab + 1 - p))) < 0)
					goto fail;
			}
			p = nl ? nl + 1 : end;
		}
	}
	if (!x) {
		rc = cli_usage("terms", "check_err_langs");
		goto out;
	}
	if (o->known) {
		bitext_termbase_options to = BITEXT_TERMBASE_OPTIONS_INIT;
		to.src_lang = src;
		to.tgt_lang = tgt;
		if ((error = bitext_termbase_load(&known, o->known, &to)) < 0)
			goto fail;
	}
	if ((error = bitext_term_extractor_run(x, &c, &n)) < 0 ||
	    (error = bitext_afile_open(&af, o->out ? o->out : "-")) < 0)
		goto fail;
	f = bitext_afile_stream(af);
	fprintf(f, "# bitext-glossary %s %s\n# source\ttarget\tstatus\tnote\n", src, tgt);
	for (i = 0; i < n; i++) {
		if (known) {
			size_t idx[16], k, m, q;
			int seen = 0;
			m = bitext_termbase_lookup(known, src, c[i].source,
				strlen(c[i].source), idx, 16);
			for (k = 0; k < m && k < 16 && !seen; k++) {
				const bitext_concept *cc = bitext_termbase_concept(known,
					bitext_termbase_term(known, idx[k])->concept);
				for (q = 0; q < cc->nterms; q++)
					if (!strcasecmp(bitext_termbase_term(known,
					    cc->first_term + q)->text, c[i].target))
						seen = 1;
			}
			if (seen)
				continue;
		}
		put_cell(f, c[i].source);
		fputc('\t', f);
		put_cell(f, c[i].target);
		fprintf(f, "\t\t%s count=%zu score=%.2f\n", c[i].name ? "name" : "phrase",
			c[i].count, c[i].score);
	}
	error = bitext_afile_commit(af);
	af = NULL;
	if (error < 0)
		goto fail;
	rc = CLI_OK;
	goto out;
fail:
	rc = cli_fail();
out:
	bitext_term_extractor_free(x);
	bitext_termbase_free(known);
	bitext_tmx_reader_close(r);
	bitext_afile_abort(af);
	bitext_buf_dispose(&data);
	return rc;
}

int cmd_terms(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "src-lang", required_argument, NULL, 's' },
		{ "tgt-lang", required_argument, NULL, 'l' },
		{ "output", required_argument, NULL, 'o' },
		{ "min-count", required_argument, NULL, 'm' },
		{ "max-words", required_argument, NULL, 'w' },
		{ "min-score", required_argument, NULL, 'c' },
		{ "known", required_argument, NULL, 'k' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	terms_cli o;
	const char *sub;
	int ch;
	char *end;

	memset(&o, 0, sizeof(o));
	o.min_count = 3;
	o.max_words = 3;
	o.min_score = 0.5;
	opterr = 0;
	optind = 1;
	while ((ch = getopt_long(argc, argv, ":s:l:o:m:w:c:k:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 's': o.src_lang = optarg; break;
		case 'l': o.tgt_lang = optarg; break;
		case 'o': o.out = optarg; break;
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
		case 'h': return cli_help("terms_help");
		default:
			return cli_bad_option("terms", optopt, argv[optind - 1]);
		}
	}
	if (argc - optind != 2)
		return cli_usage("terms", "terms_need_args");
	sub = argv[optind];
	if (!strcmp(sub, "list"))
		return terms_list(&o, argv[optind + 1]);
	if (!strcmp(sub, "check"))
		return terms_check(&o, argv[optind + 1]);
	if (!strcmp(sub, "extract"))
		return terms_extract(&o, argv[optind + 1]);
	return cli_usage("terms", "terms_bad_sub", sub);
}
