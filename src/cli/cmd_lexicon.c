/*
 * cmd_lexicon.c - `bitext lexicon learn MEMORY... -o LEXICON`: word
 * translation probabilities learnt from translation memories with IBM
 * Model 1 (bitext_lexicon_learner), written as a TSV lexicon that
 * `bitext align --dict` reads back. Languages not given are those of the
 * first memory (its header's source language and the other language of
 * its first unit). Progress on stderr: units read, EM iterations.
 */
#include "cli.h"
#include "cmd.h"
#include "opt.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static double lexicon_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void lexicon_read_progress(size_t done, size_t total, void *payload)
{
	(void)total;
	(void)payload;
	cli_print(stderr, "lexicon_progress_read", (double)done);
}

static void lexicon_iter_progress(size_t done, size_t total, void *payload)
{
	double t0 = *(const double *)payload;

	cli_print(stderr, "lexicon_progress_iter", (double)done, (double)total,
		lexicon_now() - t0);
}

static const struct option lexicon_longopts[] = {
	{ "src-lang", required_argument, NULL, 's' },
	{ "tgt-lang", required_argument, NULL, 't' },
	{ "recover", no_argument, NULL, 'r' },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd lexicon_cmd = {
	"lexicon", "lexicon_help", "", lexicon_longopts, CLI_OPT_OUTPUT
};

/* A unit --recover skipped: one line on stderr with its position. */
static void lexicon_problem(const bitext_tmx_problem *p, void *payload)
{
	(void)payload;
	fprintf(stderr, "bitext: %s:%ld: %s\n", p->file, p->line, p->message);
}

int cmd_lexicon(int argc, char **argv)
{
	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;
	int recover = 0;
	cli_opts co = CLI_OPTS_INIT;
	bitext_lexicon_learner *l = NULL;
	char src[CLI_LANG_CAP] = "", tgt[CLI_LANG_CAP] = "";
	size_t rows = 0;
	double t0;
	int ch, k, error = 0;

	while ((ch = cli_getopt(&co, &lexicon_cmd, argc, argv)) != -1) {
		switch (ch) {
		case 's': snprintf(src, sizeof(src), "%s", optarg); break;
		case 't': snprintf(tgt, sizeof(tgt), "%s", optarg); break;
		case 'r': recover = 1; break;
		}
	}
	if (co.done)
		return co.rc;
	if (argc - optind < 2 || strcmp(argv[optind], "learn"))
		return cli_usage("lexicon", "lexicon_need_args");
	t0 = lexicon_now();
	if ((!*src || !*tgt) &&
			(error = cli_memory_langs(argv[optind + 1], src, tgt)) < 0)
		return cli_fail();
	if (!*src || !*tgt)
		return cli_usage("lexicon", "lexicon_no_lang", argv[optind + 1]);
	if ((error = bitext_lexicon_learner_new(&l, src, tgt)) < 0)
		return cli_fail();
	if (recover) {
		ro.flags = BITEXT_TMX_READ_RECOVER;
		ro.on_problem = lexicon_problem;
		bitext_lexicon_learner_set_read_options(l, &ro);
	}
	for (k = optind + 1; k < argc && !error; k++)
		error = bitext_lexicon_learner_add_memory(l, argv[k],
			lexicon_read_progress, NULL);
	if (!error && bitext_lexicon_learner_skipped(l))
		cli_print(stderr, "tmx_report_skipped",
			(double)bitext_lexicon_learner_skipped(l));
	if (!error)
		cli_print(stderr, "lexicon_progress_units",
			(double)bitext_lexicon_learner_units(l), src, tgt,
			lexicon_now() - t0);
	if (!error)
		error = bitext_lexicon_learner_train(l, lexicon_iter_progress, &t0);
	if (!error)
		error = bitext_lexicon_learner_save(l, co.out, &rows);
	bitext_lexicon_learner_free(l);
	if (error < 0)
		return cli_fail();
	cli_print(stderr, "lexicon_summary", (double)rows,
		lexicon_now() - t0);
	return CLI_OK;
}
