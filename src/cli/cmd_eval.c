/*
 * cmd_eval.c - `bitext eval GOLD PRED` and `bitext eval --gold-dir D
 * --pred-dir D`: strict and lax precision, recall and F1 of alignment
 * links, and the calibration of their confidence (definitions in
 * include/bitext/eval.h and `bitext eval --help`); as text, TSV (the
 * calibration table) or one JSON object.
 */
#include "cli.h"
#include "cmd.h"
#include "opt.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { EVAL_TEXT, EVAL_TSV, EVAL_JSON };

typedef struct {
	const char *gold_dir, *pred_dir, *ext;
	int per_doc, format;
	bitext_buf docs;           /* JSON: the per-document scores */
} eval_opts;

static int eval_pair(bitext_eval_counts *total, const char *gold,
	const char *pred, const char *label, eval_opts *o)
{
	bitext_links *g = NULL, *p = NULL;
	bitext_eval_counts one = BITEXT_EVAL_COUNTS_INIT;
	int error;

	if ((error = bitext_links_load(&g, gold)) < 0 ||
		(error = bitext_links_load(&p, pred)) < 0 ||
		(error = bitext_eval_add(&one, g, p)) < 0 ||
		(error = bitext_eval_add(total, g, p)) < 0)
		goto cleanup;
	if (o->per_doc) {
		bitext_eval_scores s;
		char sf[16], lf[16];

		bitext_eval_scores_get(&s, &one);
		snprintf(sf, sizeof(sf), "%.4f", s.strict_f);
		snprintf(lf, sizeof(lf), "%.4f", s.lax_f);
		if (o->format == EVAL_JSON) {
			bitext_buf_puts(&o->docs, o->docs.size ? ",{\"name\":\"" :
				"{\"name\":\"");
			bitext_buf_put_json(&o->docs, label, strlen(label));
			bitext_buf_printf(&o->docs,
				"\",\"strict_f1\":%s,\"lax_f1\":%s}", sf, lf);
			if (!o->docs.ptr)
				error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		} else {
			cli_print(stdout, "eval_doc", label, sf, lf);
		}
	}
cleanup:
	bitext_links_free(g);
	bitext_links_free(p);
	return error;
}

static int eval_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every NAME.gold of the gold folder against pred_dir/NAME + ext. */
static int eval_dirs(bitext_eval_counts *total, eval_opts *o)
{
	DIR *d = opendir(o->gold_dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int error = 0;

	if (!d)
		return bitext_error_set(BITEXT_ENOTFOUND, "err_open", o->gold_dir,
			"not a folder", NULL);
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);

		if (len <= 5 || strcmp(e->d_name + len - 5, ".gold"))
			continue;
		if (n == cap) {
			char **q;
			cap = cap ? cap * 2 : 32;
			q = realloc(names, cap * sizeof(char *));
			if (!q) {
				error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
				goto cleanup;
			}
			names = q;
		}
		names[n] = strdup(e->d_name);
		if (!names[n]) {
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
			goto cleanup;
		}
		n++;
	}
	if (!n) {
		error = bitext_error_set(BITEXT_ENOTFOUND, "eval_no_gold",
			o->gold_dir, NULL);
		goto cleanup;
	}
	qsort(names, n, sizeof(char *), eval_cmp);
	for (i = 0; i < n && !error; i++) {
		bitext_buf gp = BITEXT_BUF_INIT, pp = BITEXT_BUF_INIT;
		size_t stem = strlen(names[i]) - 5;

		bitext_buf_printf(&gp, "%s/%s", o->gold_dir, names[i]);
		bitext_buf_printf(&pp, "%s/%.*s%s", o->pred_dir, (int)stem,
			names[i], o->ext);
		if (!gp.ptr || !pp.ptr)
			error = bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
		else
			error = eval_pair(total, gp.ptr, pp.ptr, names[i], o);
		bitext_buf_dispose(&gp);
		bitext_buf_dispose(&pp);
	}
cleanup:
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	closedir(d);
	return error;
}

/* The mean confidence and the strict and lax shares of band k, each
 * with `digits` decimals, or `none` for an empty band. */
typedef struct {
	char mean[16], strict[16], lax[16];
} eval_band_text;

static void eval_band_format(eval_band_text *out,
	const bitext_eval_counts *c, int k, int digits, const char *none)
{
	double n = (double)c->band[k];

	if (!c->band[k]) {
		snprintf(out->mean, sizeof(out->mean), "%s", none);
		snprintf(out->strict, sizeof(out->strict), "%s", none);
		snprintf(out->lax, sizeof(out->lax), "%s", none);
		return;
	}
	snprintf(out->mean, sizeof(out->mean), "%.*f", digits,
		c->band_conf[k] / n);
	snprintf(out->strict, sizeof(out->strict), "%.*f", digits,
		(double)c->band_strict[k] / n);
	snprintf(out->lax, sizeof(out->lax), "%.*f", digits,
		(double)c->band_lax[k] / n);
}

/* The calibration table as text: a line per band, then the links that
 * have no confidence. */
static void eval_print_bands(const bitext_eval_counts *c)
{
	size_t scored = 0;
	int k;

	for (k = 0; k < BITEXT_EVAL_BANDS; k++)
		scored += c->band[k];
	fputc('\n', stdout);
	if (!scored) {
		cli_print(stdout, "eval_calib_none");
		return;
	}
	cli_print(stdout, "eval_calib_header");
	for (k = 0; k < BITEXT_EVAL_BANDS; k++) {
		char label[32];
		eval_band_text t;
		double lo, hi;

		bitext_eval_band_bounds(k, &lo, &hi);
		eval_band_format(&t, c, k, 3, "-");
		if (k == 0)
			snprintf(label, sizeof(label), "< %g", hi);
		else if (k == BITEXT_EVAL_BANDS - 1)
			snprintf(label, sizeof(label), ">= %g", lo);
		else
			snprintf(label, sizeof(label), "%g - %g", lo, hi);
		printf("%-15s%6zu  %-7s %-7s %s\n", label, c->band[k], t.mean,
			t.strict, t.lax);
	}
	if (c->unscored) {
		bitext_buf label = BITEXT_BUF_INIT;

		bitext_msg_format(&label, "eval_calib_unscored");
		printf("%-15s%6zu\n", label.ptr ? label.ptr : "no confidence",
			c->unscored);
		bitext_buf_dispose(&label);
	}
}

static void eval_print(const bitext_eval_counts *c)
{
	bitext_eval_scores s;
	char p[16], r[16], f[16];
	bitext_buf label = BITEXT_BUF_INIT;

	bitext_eval_scores_get(&s, c);
	cli_print(stdout, "eval_header");
	bitext_msg_format(&label, "eval_strict");
	snprintf(p, sizeof(p), "%.4f", s.strict_p);
	snprintf(r, sizeof(r), "%.4f", s.strict_r);
	snprintf(f, sizeof(f), "%.4f", s.strict_f);
	cli_print(stdout, "eval_row", label.ptr ? label.ptr : "strict", p, r, f);
	bitext_buf_clear(&label);
	bitext_msg_format(&label, "eval_lax");
	snprintf(p, sizeof(p), "%.4f", s.lax_p);
	snprintf(r, sizeof(r), "%.4f", s.lax_r);
	snprintf(f, sizeof(f), "%.4f", s.lax_f);
	cli_print(stdout, "eval_row", label.ptr ? label.ptr : "lax", p, r, f);
	bitext_buf_dispose(&label);
	cli_print(stdout, "eval_counts", (double)c->documents, (double)c->pred,
		(double)c->gold);
	eval_print_bands(c);
}

/* TSV: the calibration table, a header and a row per band, then a row of
 * empty bounds with the links that have no confidence. */
static void eval_print_tsv(const bitext_eval_counts *c)
{
	int k;

	printf("from\tto\tlinks\tconfidence\tstrict\tlax\n");
	for (k = 0; k < BITEXT_EVAL_BANDS; k++) {
		eval_band_text t;
		double lo, hi;

		bitext_eval_band_bounds(k, &lo, &hi);
		eval_band_format(&t, c, k, 4, "");
		printf("%g\t%g\t%zu\t%s\t%s\t%s\n", lo, hi, c->band[k], t.mean,
			t.strict, t.lax);
	}
	printf("\t\t%zu\t\t\t\n", c->unscored);
}

/* JSON: one object with the scores, the counts, the calibration and, with
 * --per-doc, the scores of each document. */
static void eval_print_json(const bitext_eval_counts *c, const eval_opts *o)
{
	bitext_eval_scores s;
	int k;

	bitext_eval_scores_get(&s, c);
	printf("{\"documents\":%zu,\"predicted\":%zu,\"gold\":%zu,"
		"\"strict\":{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f},"
		"\"lax\":{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f},"
		"\"calibration\":[", c->documents, c->pred, c->gold,
		s.strict_p, s.strict_r, s.strict_f, s.lax_p, s.lax_r, s.lax_f);
	for (k = 0; k < BITEXT_EVAL_BANDS; k++) {
		eval_band_text t;
		double lo, hi;

		bitext_eval_band_bounds(k, &lo, &hi);
		eval_band_format(&t, c, k, 4, "null");
		printf("%s{\"from\":%g,\"to\":%g,\"links\":%zu,\"confidence\":%s,"
			"\"strict\":%s,\"lax\":%s}", k ? "," : "", lo, hi, c->band[k],
			t.mean, t.strict, t.lax);
	}
	printf("],\"unscored\":%zu", c->unscored);
	if (o->per_doc)
		printf(",\"per_doc\":[%s]", o->docs.ptr ? o->docs.ptr : "");
	printf("}\n");
}

static const struct option eval_longopts[] = {
	{ "gold-dir", required_argument, NULL, 'G' },
	{ "pred-dir", required_argument, NULL, 'P' },
	{ "ext", required_argument, NULL, 'e' },
	{ "per-doc", no_argument, NULL, 'd' },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd eval_cmd = { "eval", "eval_help", "", eval_longopts,
	CLI_OPT_FORMAT };

int cmd_eval(int argc, char **argv)
{
	eval_opts o = { NULL, NULL, ".links", 0, EVAL_TEXT, BITEXT_BUF_INIT };
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;
	cli_opts co = CLI_OPTS_INIT;
	int ch, error, rc = CLI_OK;

	while ((ch = cli_getopt(&co, &eval_cmd, argc, argv)) != -1) {
		switch (ch) {
		case 'G': o.gold_dir = optarg; break;
		case 'P': o.pred_dir = optarg; break;
		case 'e': o.ext = optarg; break;
		case 'd': o.per_doc = 1; break;
		}
	}
	if (co.done)
		return co.rc;
	if (co.format) {
		if (!strcmp(co.format, "text"))
			o.format = EVAL_TEXT;
		else if (!strcmp(co.format, "tsv"))
			o.format = EVAL_TSV;
		else if (!strcmp(co.format, "json") || !strcmp(co.format, "jsonl"))
			o.format = EVAL_JSON;
		else
			return cli_usage("eval", "eval_bad_format", co.format);
	}
	if (o.per_doc && o.format == EVAL_TSV)
		return cli_usage("eval", "eval_per_doc_tsv");
	if (o.gold_dir || o.pred_dir) {
		if (!o.gold_dir || !o.pred_dir || optind != argc)
			return cli_usage("eval", "eval_missing_args");
		error = eval_dirs(&c, &o);
	} else {
		if (argc - optind != 2)
			return cli_usage("eval", "eval_missing_args");
		error = eval_pair(&c, argv[optind], argv[optind + 1],
			argv[optind + 1], &o);
	}
	if (error < 0)
		rc = cli_fail();
	else if (o.format == EVAL_JSON)
		eval_print_json(&c, &o);
	else if (o.format == EVAL_TSV)
		eval_print_tsv(&c);
	else
		eval_print(&c);
	bitext_buf_dispose(&o.docs);
	return rc;
}
