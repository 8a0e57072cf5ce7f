/*
 * cmd_tmx.c - `bitext tmx SUBCOMMAND`: validate, stats, convert, merge,
 * filter and lookup of translation memories. Parses options, calls the
 * tmx API of libbitext, prints; every word shown comes from the bundles.
 */
#include "cli.h"
#include "cmd.h"
#include "opt.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- progress ------------------------------------------------------------ */

static int progress_shown;

/* Take the progress line off the terminal before printing results. */
static void progress_clear(void)
{
	if (progress_shown)
		fputs("\r\033[K", stderr);
	progress_shown = 0;
}

static void progress(size_t units, void *payload)
{
	bitext_buf b = BITEXT_BUF_INIT;

	(void)payload;
	progress_shown = 1;
	bitext_msg_format(&b, "tmx_progress", (double)units);
	fprintf(stderr, "\r%s", b.ptr ? b.ptr : "");
	fflush(stderr);
	bitext_buf_dispose(&b);
}

/* The progress callback of the library's calls: a line on a terminal. */
static bitext_tmx_progress_cb progress_cb(void)
{
	return cli_stderr_is_tty() ? progress : NULL;
}

/* Split "a,b,c" in place into a NULL-terminated array (malloc'd). */
static char **split_langs(char *s)
{
	size_t n = 2, k = 0;
	char *p, **out;

	for (p = s; *p; p++)
		n += *p == ',';
	out = calloc(n, sizeof(*out));
	if (!out)
		return NULL;
	for (p = strtok(s, ","); p; p = strtok(NULL, ","))
		out[k++] = p;
	return out;
}

static int parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v = strtoull(s, &end, 10);

	if (!*s || *end || s[0] == '-')
		return -1;
	*out = (size_t)v;
	return 0;
}

static void print_count(FILE *f, const char *key, size_t n)
{
	cli_print(f, key, (double)n);
}

/*
 * An output file whose extension names no format (out.xyz, out): a usage
 * error, rather than TMX written under a misleading name. `to` tells
 * whether --to exists for the command.
 */
static int check_out_format(const char *cmd, const char *out, int to)
{
	const char *slash, *dot;

	if (!strcmp(out, "-") || bitext_tm_format_guess(out))
		return 0;
	slash = strrchr(out, '/');
	dot = strrchr(slash ? slash : out, '.');
	if (dot && dot != (slash ? slash + 1 : out))
		return cli_usage(cmd, to ? "tmx_out_ext_to" : "tmx_out_ext", dot);
	return cli_usage(cmd, to ? "tmx_out_no_ext_to" : "tmx_out_no_ext", out);
}

/* ---- validate ------------------------------------------------------------ */

static void validate_problem(const bitext_tmx_problem *p, void *payload)
{
	(void)payload;
	progress_clear();
	printf("%s:%ld:%ld: %s\n", p->file, p->line, p->column, p->message);
}

static const cli_cmd validate_cmd = {
	"tmx validate", "tmx_validate_help", "", NULL, 0
};

static int tmx_validate(int argc, char **argv)
{
	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;
	cli_opts co = CLI_OPTS_INIT;
	size_t units, problems, total = 0;
	int i, error, rc = CLI_OK;

	ro.on_problem = validate_problem;
	ro.progress = progress_cb();

	while (cli_getopt(&co, &validate_cmd, argc, argv) != -1)
		;
	if (co.done)
		return co.rc;
	if (optind >= argc)
		return cli_usage("tmx validate", "tmx_need_file");
	for (i = optind; i < argc; i++) {
		error = bitext_tmx_validate(argv[i], &ro, &units, &problems);
		if (error < 0) {
			rc = (progress_clear(), cli_fail());
			continue;
		}
		cli_print(stderr, "tmx_validate_summary", argv[i], (double)units,
			(double)problems);
		total += problems;
	}
	if (rc == CLI_OK && total)
		rc = CLI_FINDINGS;
	return rc;
}

/* ---- stats --------------------------------------------------------------- */

static const struct option stats_longopts[] = {
	{ "from", required_argument, NULL, 'f' }, { NULL, 0, NULL, 0 }
};

static const cli_cmd stats_cmd = {
	"tmx stats", "tmx_stats_help", "", stats_longopts, 0
};

static int tmx_stats(int argc, char **argv)
{
	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;
	cli_opts co = CLI_OPTS_INIT;
	bitext_tm_stats *st;
	int c, format = 0;
	size_t i;

	ro.progress = progress_cb();

	while ((c = cli_getopt(&co, &stats_cmd, argc, argv)) != -1) {
		if (c == 'f' && !(format = bitext_tm_format_parse(optarg)))
			return cli_usage("tmx stats", "tmx_bad_format", optarg);
	}
	if (co.done)
		return co.rc;
	if (optind != argc - 1)
		return cli_usage("tmx stats", "tmx_need_one_file");
	if (bitext_tm_stats_compute(&st, argv[optind], format, &ro) < 0) {
		progress_clear();
		return progress_clear(), cli_fail();
	}
	progress_clear();
	print_count(stdout, "tmx_stats_units", st->units);
	print_count(stdout, "tmx_stats_variants", st->tuvs);
	cli_print(stdout, "tmx_stats_languages", (double)st->nlangs);
	for (i = 0; i < st->nlangs; i++)
		cli_print(stdout, "tmx_stats_language", st->langs[i].lang,
			(double)st->langs[i].segments, (double)st->langs[i].words,
			(double)st->langs[i].chars);
	cli_print(stdout, "tmx_stats_pairs", (double)st->npairs);
	for (i = 0; i < st->npairs; i++)
		cli_print(stdout, "tmx_stats_pair", st->pairs[i].name,
			(double)st->pairs[i].count);
	cli_print(stdout, "tmx_stats_props", (double)st->nprops);
	for (i = 0; i < st->nprops; i++)
		cli_print(stdout, "tmx_stats_prop", st->props[i].name,
			(double)st->props[i].count);
	print_count(stdout, "tmx_stats_notes", st->notes);
	print_count(stdout, "tmx_stats_codes", st->codes);
	print_count(stdout, "tmx_stats_dup_tuids", st->duplicate_tuids);
	print_count(stdout, "tmx_stats_dup_units", st->duplicate_units);
	bitext_tm_stats_free(st);
	return CLI_OK;
}

/* ---- convert ------------------------------------------------------------- */

static void print_report(const bitext_tm_report *r, const char *out)
{
	progress_clear();
	cli_print(stderr, "tmx_report_written", (double)r->written,
		strcmp(out, "-") ? out : "-");
	if (r->nfc_changed)
		print_count(stderr, "tmx_report_nfc", r->nfc_changed);
	if (r->skipped)
		print_count(stderr, "tmx_report_skipped", r->skipped);
	if (r->left_out)
		print_count(stderr, "tmx_report_left_out", r->left_out);
}

static const struct option convert_longopts[] = {
	{ "links", required_argument, NULL, 'L' },
	{ "src-lang", required_argument, NULL, 's' },
	{ "tgt-lang", required_argument, NULL, 'T' },
	{ "segmented", no_argument, NULL, 'S' },
	{ "from", required_argument, NULL, 'f' },
	{ "to", required_argument, NULL, 't' },
	{ "langs", required_argument, NULL, 'l' },
	{ "recover", no_argument, NULL, 'r' },
	{ "no-nfc", no_argument, NULL, 'N' },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd convert_cmd = {
	"tmx convert", "tmx_convert_help", "", convert_longopts, CLI_OPT_OUTPUT
};

/* What --links needs besides the link file: the two texts, read as
 * `bitext align` reads them. */
typedef struct {
	const char *links, *src_lang, *tgt_lang;
	int segmented;
} convert_links_opts;

/*
 * --links LINKS SRC TGT: a memory of the links of a link file between two
 * texts, as `bitext align --links` writes it (nothing is realigned).
 * Formats: TMX, XLIFF 1.2 and 2.0, and the TSV of `align --format tsv`.
 */
static int convert_links(const convert_links_opts *lo, const char *src_path,
	const char *tgt_path, const char *out, int to)
{
	bitext_align_texts_options tx = BITEXT_ALIGN_TEXTS_OPTIONS_INIT;
	bitext_doc *src = NULL, *tgt = NULL;
	bitext_alignment *al = NULL;
	bitext_align_format fmt;
	int error;

	if (!to)        /* standard output: TMX, as for a memory */
		to = strcmp(out, "-") ? bitext_tm_format_guess(out) : BITEXT_TM_TMX;
	if (to != BITEXT_TM_TMX && to != BITEXT_TM_XLIFF &&
	    to != BITEXT_TM_XLIFF2 && to != BITEXT_TM_TSV)
		return cli_usage("tmx convert", "tmx_links_format");
	fmt = to == BITEXT_TM_TMX ? BITEXT_ALIGN_TMX : to == BITEXT_TM_XLIFF ?
		BITEXT_ALIGN_XLIFF : to == BITEXT_TM_XLIFF2 ? BITEXT_ALIGN_XLIFF2 :
		BITEXT_ALIGN_TSV;
	tx.align.src_lang = lo->src_lang;
	tx.align.tgt_lang = lo->tgt_lang;
	tx.segmented = lo->segmented;
	tx.default_dict = 0;
	tx.links = lo->links;
	tx.links_as_given = 1;
	if ((error = bitext_align_texts(&al, &src, &tgt, src_path, NULL, 0,
			tgt_path, NULL, 0, &tx)) < 0 ||
		(error = bitext_alignment_save(out, al, src, tgt, fmt)) < 0)
		goto cleanup;
	cli_print(stderr, "tmx_links_written", (double)bitext_alignment_count(al),
		strcmp(out, "-") ? out : "-");
cleanup:
	bitext_alignment_free(al);
	bitext_doc_free(src);
	bitext_doc_free(tgt);
	return error < 0 ? cli_fail() : CLI_OK;
}

static int tmx_convert(int argc, char **argv)
{
	convert_links_opts lo = { NULL, NULL, NULL, 0 };
	bitext_tm_convert_options o = BITEXT_TM_CONVERT_OPTIONS_INIT;
	cli_opts co = CLI_OPTS_INIT;
	bitext_tm_report rep;
	const char *out;
	char **langs = NULL;
	int c, error;

	o.progress = progress_cb();

	while ((c = cli_getopt(&co, &convert_cmd, argc, argv)) != -1) {
		switch (c) {
		case 'f':
		case 't':
			if (!bitext_tm_format_parse(optarg)) {
				free(langs);
				return cli_usage("tmx convert", "tmx_bad_format", optarg);
			}
			*(c == 'f' ? &o.from : &o.to) = bitext_tm_format_parse(optarg);
			break;
		case 'l':
			free(langs);
			langs = split_langs(optarg);
			o.langs = (const char *const *)langs;
			break;
		case 'r': o.read_flags |= BITEXT_TMX_READ_RECOVER; break;
		case 'N': o.nfc = 0; break;
		case 'L': lo.links = optarg; break;
		case 's': lo.src_lang = optarg; break;
		case 'T': lo.tgt_lang = optarg; break;
		case 'S': lo.segmented = 1; break;
		}
	}
	out = co.out;
	if (!co.done && lo.links) {
		free(langs);
		if (optind != argc - 2)
			return cli_usage("tmx convert", "tmx_links_args");
		return convert_links(&lo, argv[optind], argv[optind + 1], out,
			o.to);
	}
	if (!co.done && (lo.src_lang || lo.tgt_lang || lo.segmented)) {
		free(langs);
		return cli_usage("tmx convert", "tmx_links_only");
	}
	if (co.done || optind != argc - 1) {
		free(langs);
		if (co.done)
			return co.rc;
		return cli_usage("tmx convert", "tmx_need_one_file");
	}
	if (!o.to && check_out_format("tmx convert", out, 1)) {
		free(langs);
		return CLI_USAGE;
	}
	if (!strcmp(out, "-") && !o.to)
		o.to = BITEXT_TM_TMX;
	error = bitext_tm_convert(argv[optind], out, &o, &rep);
	free(langs);
	if (error < 0)
		return progress_clear(), cli_fail();
	print_report(&rep, out);
	return CLI_OK;
}

/* ---- merge --------------------------------------------------------------- */

typedef struct {
	size_t shown;
} conflicts;

static void print_conflict(const bitext_tm_conflict *c, void *payload)
{
	conflicts *cs = payload;
	char la[32], lb[32];

	if (cs->shown++ >= 20)
		return;
	snprintf(la, sizeof(la), "%ld", c->line_a);
	snprintf(lb, sizeof(lb), "%ld", c->line_b);
	cli_warn("tmx_merge_conflict", c->file_b, lb, c->source, c->target,
		c->file_a, la);
}

static const struct option merge_longopts[] = {
	{ "srclang", required_argument, NULL, 's' },
	{ "list", required_argument, NULL, 'l' },
	{ "recover", no_argument, NULL, 'r' },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd merge_cmd = {
	"tmx merge", "tmx_merge_help", "", merge_longopts, CLI_OPT_OUTPUT
};

/*
 * The inputs of a merge: the files named on the command line, then those of
 * --list (one path a line, blank lines and # comments skipped; "-" reads
 * the list from standard input), so that thousands of shards need no
 * command line of their own. `*store` holds the list's text.
 */
static int merge_inputs(const char ***out, size_t *n, bitext_buf *store,
	const char *list, char **argv, size_t nargv)
{
	size_t cap = nargv + 1, k;
	const char **v;
	char *p, *e;
	int error;

	*out = NULL;
	*n = 0;
	if (list && (error = bitext_file_read(store, list)) < 0)
		return error;
	for (k = 0; list && k < store->size; k++)
		cap += store->ptr[k] == '\n';
	if (!(v = malloc(cap * sizeof(*v))))
		return bitext_error_set(BITEXT_ENOMEM, "err_nomem", NULL);
	for (k = 0; k < nargv; k++)
		v[(*n)++] = argv[k];
	for (p = list ? store->ptr : NULL; p && *p; p = e) {
		e = strchr(p, '\n');
		e = e ? (*e = '\0', e + 1) : p + strlen(p);
		if (*p && p[strlen(p) - 1] == '\r')
			p[strlen(p) - 1] = '\0';
		if (*p && *p != '#' && *n < cap)
			v[(*n)++] = p;
	}
	*out = v;
	return 0;
}

static int tmx_merge(int argc, char **argv)
{
	bitext_tm_merge_options o = BITEXT_TM_MERGE_OPTIONS_INIT;
	cli_opts co = CLI_OPTS_INIT;
	bitext_tm_report rep;
	conflicts cs = { 0 };
	bitext_buf store = BITEXT_BUF_INIT;
	const char **in = NULL, *list = NULL;
	const char *out;
	size_t nin = 0;
	int c, rc;

	o.progress = progress_cb();

	while ((c = cli_getopt(&co, &merge_cmd, argc, argv)) != -1) {
		switch (c) {
		case 's': o.srclang = optarg; break;
		case 'l': list = optarg; break;
		case 'r': o.read_flags |= BITEXT_TMX_READ_RECOVER; break;
		}
	}
	if (co.done)
		return co.rc;
	out = co.out;
	if (optind >= argc && !list)
		return cli_usage("tmx merge", "tmx_need_file");
	if (check_out_format("tmx merge", out, 0))
		return CLI_USAGE;
	if (merge_inputs(&in, &nin, &store, list, argv + optind,
	    (size_t)(argc - optind)) < 0)
		return cli_fail();
	if (!nin) {
		free(in);
		bitext_buf_dispose(&store);
		return cli_usage("tmx merge", "tmx_need_file");
	}
	o.on_conflict = print_conflict;
	o.payload = &cs;
	rc = bitext_tm_merge(in, nin, out, &o, &rep);
	free(in);
	bitext_buf_dispose(&store);
	if (rc < 0)
		return progress_clear(), cli_fail();
	print_report(&rep, out);
	cli_print(stderr, "tmx_merge_summary", (double)rep.read,
		(double)rep.duplicates, (double)rep.conflicts);
	return CLI_OK;
}

/* ---- filter -------------------------------------------------------------- */

static const struct option filter_longopts[] = {
	{ "source", required_argument, NULL, 's' },
	{ "target", required_argument, NULL, 't' },
	{ "pair", required_argument, NULL, 'p' },
	{ "pair-only", no_argument, NULL, 'P' },
	{ "prop", required_argument, NULL, 'x' },
	{ "min-length", required_argument, NULL, 'm' },
	{ "max-length", required_argument, NULL, 'M' },
	{ "source-regex", required_argument, NULL, 'S' },
	{ "target-regex", required_argument, NULL, 'T' },
	{ "invert", no_argument, NULL, 'v' },
	{ "recover", no_argument, NULL, 'r' },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd filter_cmd = {
	"tmx filter", "tmx_filter_help", "v", filter_longopts, CLI_OPT_OUTPUT
};

static int tmx_filter(int argc, char **argv)
{
	bitext_tm_filter_options o = BITEXT_TM_FILTER_OPTIONS_INIT;
	cli_opts co = CLI_OPTS_INIT;
	bitext_tm_report rep;
	const char *out;
	char *comma;
	int c;

	o.progress = progress_cb();

	while ((c = cli_getopt(&co, &filter_cmd, argc, argv)) != -1) {
		switch (c) {
		case 's': o.source = optarg; break;
		case 't': o.target = optarg; break;
		case 'p':
			comma = strchr(optarg, ',');
			if (!comma)
				return cli_usage("tmx filter", "tmx_bad_pair", optarg);
			*comma = '\0';
			o.source = optarg;
			o.target = comma + 1;
			o.keep_pair_only = 1;
			break;
		case 'P': o.keep_pair_only = 1; break;
		case 'x':
			if (bitext_tm_filter_parse_prop(&o, optarg) < 0) {
				const bitext_error *e = bitext_error_last();

				return cli_usage("tmx filter", e->msgid, e->args[0],
					e->args[1], e->args[2]);
			}
			break;
		case 'm':
		case 'M':
			if (parse_size(optarg, c == 'm' ? &o.min_len : &o.max_len) < 0)
				return cli_usage("tmx filter", "tmx_bad_number", optarg);
			break;
		case 'S': o.source_re = optarg; break;
		case 'T': o.target_re = optarg; break;
		case 'v': o.invert = 1; break;
		case 'r': o.read_flags |= BITEXT_TMX_READ_RECOVER; break;
		}
	}
	if (co.done)
		return co.rc;
	out = co.out;
	if (optind != argc - 1)
		return cli_usage("tmx filter", "tmx_need_one_file");
	if (check_out_format("tmx filter", out, 0))
		return CLI_USAGE;
	if (bitext_tm_filter(argv[optind], out, &o, &rep) < 0)
		return progress_clear(), cli_fail();
	if (o.prop_type && rep.read && !rep.prop_units)
		cli_warn("tmx_filter_prop_absent", o.prop_type);
	print_report(&rep, out);
	print_count(stderr, "tmx_report_filtered", rep.filtered);
	return CLI_OK;
}

/* ---- lookup -------------------------------------------------------------- */

/* Fuzzy matches as "score<TAB>source<TAB>target"; concordance hits have
 * no score (their order is the memory's), so "source<TAB>target". */
static void print_matches(const bitext_tm_match *m, size_t n, int concordance)
{
	size_t i;
	char score[32];

	progress_clear();
	for (i = 0; i < n; i++) {
		if (concordance) {
			printf("%s\t%s\n", m[i].source, m[i].target);
			continue;
		}
		snprintf(score, sizeof(score), "%.0f%%", m[i].score);
		printf("%5s\t%s\t%s\n", score, m[i].source, m[i].target);
	}
}

/* Say on stderr that a lookup found nothing (stdout stays empty). */
static void print_no_match(const bitext_tm_lookup_options *o,
	const char *query)
{
	char min[32];

	if (o->concordance) {
		cli_print(stderr, "tmx_lookup_no_hit", query);
		return;
	}
	snprintf(min, sizeof(min), "%g", o->min_score);
	cli_print(stderr, "tmx_lookup_no_match", min);
}

/* Per-query latencies of --timing. */
typedef struct {
	double *ms;
	size_t n, cap;
	double t0, build;
} timing;

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int timing_add(timing *t, double ms)
{
	double *bigger;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 1024;
		bigger = realloc(t->ms, t->cap * sizeof(*bigger));
		if (!bigger)
			return -1;
		t->ms = bigger;
	}
	t->ms[t->n++] = ms;
	return 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static void timing_print(timing *t, size_t units)
{
	char b[32], med[32], p99[32];

	snprintf(b, sizeof(b), "%.2f", t->build / 1e3);
	if (t->n)
		qsort(t->ms, t->n, sizeof(*t->ms), cmp_double);
	snprintf(med, sizeof(med), "%.3f", t->n ? t->ms[t->n / 2] : 0.0);
	snprintf(p99, sizeof(p99), "%.3f", t->n ? t->ms[(t->n * 99) / 100] : 0.0);
	cli_print(stderr, "tmx_lookup_timing", (double)units, b, (double)t->n,
		med, p99);
}

static const struct option lookup_longopts[] = {
	{ "queries", required_argument, NULL, 'q' },
	{ "min", required_argument, NULL, 'm' },
	{ "max", required_argument, NULL, 'n' },
	{ "concordance", no_argument, NULL, 'c' },
	{ "source", required_argument, NULL, 's' },
	{ "target", required_argument, NULL, 't' },
	{ "timing", no_argument, NULL, 'T' },
	{ "index", required_argument, NULL, 'i' },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd lookup_cmd = {
	"tmx lookup", "tmx_lookup_help", "q:c", lookup_longopts, 0
};

static int tmx_lookup(int argc, char **argv)
{
	cli_opts co = CLI_OPTS_INIT;
	bitext_tm_lookup_options o = BITEXT_TM_LOOKUP_OPTIONS_INIT;
	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;
	timing tm = { NULL, 0, 0, 0, 0 };
	int want_timing = 0;
	const char *queries = NULL, *src = NULL, *tgt = NULL, *ipath = NULL;
	const bitext_tm_match *m;
	bitext_tm_index *idx = NULL;
	char *line = NULL, *end;
	size_t cap = 0, n;
	ssize_t len;
	FILE *qf = NULL;
	int c, rc = CLI_OK;

	ro.progress = progress_cb();

	while ((c = cli_getopt(&co, &lookup_cmd, argc, argv)) != -1) {
		switch (c) {
		case 'q': queries = optarg; break;
		case 'm':
			o.min_score = strtod(optarg, &end);
			if (*end || o.min_score < 0 || o.min_score > 100)
				return cli_usage("tmx lookup", "tmx_bad_number", optarg);
			break;
		case 'n':
			if (parse_size(optarg, &o.max_results) < 0 || !o.max_results)
				return cli_usage("tmx lookup", "tmx_bad_number", optarg);
			break;
		case 'c': o.concordance = 1; break;
		case 's': src = optarg; break;
		case 't': tgt = optarg; break;
		case 'T': want_timing = 1; break;
		case 'i': ipath = optarg; break;
		}
	}
	if (co.done)
		return co.rc;
	if (optind >= argc || (optind == argc - 1) == !queries ||
	    optind < argc - 2)
		return cli_usage("tmx lookup", "tmx_lookup_need");
	if (queries) {
		qf = strcmp(queries, "-") ? fopen(queries, "r") : stdin;
		if (!qf) {
			bitext_error_set(BITEXT_ENOTFOUND, "err_open", queries,
				"no such file", NULL);
			return progress_clear(), cli_fail();
		}
	}
	tm.t0 = now_ms();
	if (ipath && (src || tgt)) {
		rc = cli_usage("tmx lookup", "tmx_index_langs");
		goto cleanup;
	}
	if (!ipath || bitext_tm_index_load(&idx, ipath, argv[optind]) < 0) {
		if (bitext_tm_index_build(&idx, argv[optind], src, tgt, &ro) < 0 ||
		    (ipath && bitext_tm_index_save(idx, ipath, argv[optind]) < 0)) {
			rc = (progress_clear(), cli_fail());
			goto cleanup;
		}
	}
	tm.build = now_ms() - tm.t0;
	if (!queries) {
		if (bitext_tm_index_lookup(idx, argv[optind + 1], &o, &m, &n) < 0) {
			rc = (progress_clear(), cli_fail());
			goto cleanup;
		}
		print_matches(m, n, o.concordance);
		if (!n)
			print_no_match(&o, argv[optind + 1]);
		rc = n ? CLI_OK : CLI_FINDINGS;
		goto cleanup;
	}
	while ((len = getline(&line, &cap, qf)) >= 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (!len)
			continue;
		tm.t0 = now_ms();
		if (bitext_tm_index_lookup(idx, line, &o, &m, &n) < 0) {
			rc = (progress_clear(), cli_fail());
			goto cleanup;
		}
		if (want_timing && timing_add(&tm, now_ms() - tm.t0) < 0) {
			rc = CLI_SOFTWARE;
			goto cleanup;
		}
		printf("> %s\n", line);
		print_matches(m, n, o.concordance);
	}
	if (want_timing)
		timing_print(&tm, bitext_tm_index_size(idx));
cleanup:
	free(tm.ms);
	free(line);
	if (qf && qf != stdin)
		fclose(qf);
	bitext_tm_index_free(idx);
	return rc;
}

/* ---- dispatch ------------------------------------------------------------ */

static const struct {
	const char *name;
	int (*fn)(int, char **);
} subcommands[] = {
	{ "validate", tmx_validate }, { "stats", tmx_stats },
	{ "convert", tmx_convert }, { "merge", tmx_merge },
	{ "filter", tmx_filter }, { "lookup", tmx_lookup },
};

int cmd_tmx(int argc, char **argv)
{
	size_t i;
	int rc;

	if (argc < 2)
		return cli_usage("tmx", "tmx_need_subcommand");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
	    !strcmp(argv[1], "help"))
		return cli_help("tmx_help");
	if (!strcmp(argv[1], "--version"))
		return cli_version();
	for (i = 0; i < sizeof(subcommands) / sizeof(subcommands[0]); i++) {
		if (strcmp(argv[1], subcommands[i].name))
			continue;
		rc = subcommands[i].fn(argc - 1, argv + 1);
		progress_clear();
		return rc;
	}
	return cli_usage("tmx", "tmx_unknown_subcommand", argv[1]);
}
