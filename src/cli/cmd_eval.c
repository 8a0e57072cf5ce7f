/*
 * cmd_eval.c - `bitext eval GOLD PRED` and `bitext eval --gold-dir D
 * --pred-dir D`: strict and lax precision, recall and F1 of alignment
 * links (definitions in include/bitext/eval.h and `bitext eval --help`).
 */
#include "cli.h"
#include "cmd.h"
#include "opt.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
	const char *gold_dir, *pred_dir, *ext;
	int per_doc;
} eval_opts;

static int eval_pair(bitext_eval_counts *total, const char *gold,
	const char *pred, const char *label, int per_doc)
{
	bitext_links *g = NULL, *p = NULL;
	bitext_eval_counts one = BITEXT_EVAL_COUNTS_INIT;
	int error;

	if ((error = bitext_links_load(&g, gold)) < 0 ||
		(error = bitext_links_load(&p, pred)) < 0 ||
		(error = bitext_eval_add(&one, g, p)) < 0 ||
		(error = bitext_eval_add(total, g, p)) < 0)
		goto cleanup;
	if (per_doc) {
		bitext_eval_scores s;
		char sf[16], lf[16];

		bitext_eval_scores_get(&s, &one);
		snprintf(sf, sizeof(sf), "%.4f", s.strict_f);
		snprintf(lf, sizeof(lf), "%.4f", s.lax_f);
		cli_print(stdout, "eval_doc", label, sf, lf);
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
static int eval_dirs(bitext_eval_counts *total, const eval_opts *o)
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
			error = eval_pair(total, gp.ptr, pp.ptr, names[i], o->per_doc);
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
}

static const struct option eval_longopts[] = {
	{ "gold-dir", required_argument, NULL, 'G' },
	{ "pred-dir", required_argument, NULL, 'P' },
	{ "ext", required_argument, NULL, 'e' },
	{ "per-doc", no_argument, NULL, 'd' },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd eval_cmd = { "eval", "eval_help", "", eval_longopts, 0 };

int cmd_eval(int argc, char **argv)
{
	eval_opts o = { NULL, NULL, ".links", 0 };
	bitext_eval_counts c = BITEXT_EVAL_COUNTS_INIT;
	cli_opts co = CLI_OPTS_INIT;
	int ch, error;

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
	if (o.gold_dir || o.pred_dir) {
		if (!o.gold_dir || !o.pred_dir || optind != argc)
			return cli_usage("eval", "eval_missing_args");
		error = eval_dirs(&c, &o);
	} else {
		if (argc - optind != 2)
			return cli_usage("eval", "eval_missing_args");
		error = eval_pair(&c, argv[optind], argv[optind + 1],
			argv[optind + 1], o.per_doc);
	}
	if (error < 0)
		return cli_fail();
	eval_print(&c);
	return CLI_OK;
}
