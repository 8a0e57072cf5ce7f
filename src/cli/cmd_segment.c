/*
 * cmd_segment.c - `bitext segment`: load each FILE (text intake), split its
 * paragraphs into sentences (the segmenter) and print them.
 *
 * Text output: one segment a line (line breaks inside a segment become
 * spaces, or nothing between CJK characters), an empty line between
 * paragraphs, and between files as between paragraphs. This is the format
 * that --input-format segmented and `bitext align --segmented` read.
 * JSON output: JSON Lines, one object per segment, written by the library
 * (bitext_doc_write_jsonl in bitext/doc.h, which describes the keys).
 * A file's output is printed only once it loaded and segmented without
 * error; with -o the output file appears only when every input succeeded.
 */
#include "cli.h"
#include "cmd.h"
#include "opt.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
	const char *lang;          /* --lang, or NULL to guess */
	const char *srx;           /* --srx */
	bitext_load_options load;  /* encoding, replace, input format */
	int json;                  /* --format json */
	int verbose;               /* --verbose */
	const char *output;        /* -o */
} seg_opts;

/*
 * One segment a line (the document model already turned the line breaks
 * of hard-wrapped text inside a segment into spaces, or into nothing
 * between two CJK characters).
 */
static void print_text(FILE *f, const bitext_doc *doc, int *printed)
{
	size_t i, k, np = bitext_doc_paragraph_count(doc);

	for (i = 0; i < np; i++) {
		const bitext_paragraph *p = bitext_doc_paragraph(doc, i);

		if (!p->nsegments)
			continue;
		if (*printed)
			putc('\n', f);
		*printed = 1;
		for (k = 0; k < p->nsegments; k++) {
			const bitext_segment *s =
				bitext_doc_segment(doc, p->first_segment + k);

			fwrite(s->text, 1, s->len, f);
			putc('\n', f);
		}
	}
}

static void report_load(const char *file, const bitext_load_info *info,
	const seg_opts *o)
{
	if (info->detected)
		cli_warn("text_detected", file, info->encoding,
			(double)info->confidence);
	else if (o->verbose)
		cli_warn("text_encoding_used", file, info->encoding);
	if (o->verbose)
		cli_warn("text_nfc_changed", file, (double)info->nfc_changed);
	if (info->replaced || (o->verbose && o->load.replace_invalid))
		cli_warn("text_replaced", file, (double)info->replaced);
}

/* The segmenter for `lang`, reusing the previous one when it fits. */
static int get_segmenter(bitext_segmenter **seg, char *seg_lang, size_t sz,
	const char *lang, const char *srx)
{
	int error;

	if (*seg && !strcmp(seg_lang, lang))
		return 0;
	bitext_segmenter_free(*seg);
	*seg = NULL;
	if ((error = bitext_segmenter_new(seg, lang, srx)) < 0)
		return error;
	snprintf(seg_lang, sz, "%s", lang);
	return 0;
}

static int segment_file(FILE *out, const char *file, const seg_opts *o,
	bitext_segmenter **seg, char *seg_lang, size_t seg_lang_sz, int *printed)
{
	bitext_doc *doc = NULL;
	bitext_load_info info;
	const char *lang = o->lang;
	int progress = 0, rc = CLI_OK;
	struct stat st;

	if (cli_stderr_is_tty() && strcmp(file, "-") && !stat(file, &st) &&
		st.st_size > 8 * 1024 * 1024) {
		bitext_buf m = BITEXT_BUF_INIT;
		bitext_msg_format(&m, "segment_progress", file);
		fprintf(stderr, "%s\r", m.ptr ? m.ptr : "");
		fflush(stderr);
		bitext_buf_dispose(&m);
		progress = 1;
	}
	if (bitext_doc_load(&doc, &info, file, &o->load) < 0) {
		rc = cli_fail();
		goto cleanup;
	}
	report_load(file, &info, o);
	if (!bitext_doc_paragraph_count(doc)) {
		cli_warn("segment_no_text", file);
		rc = CLI_DATAERR;
		goto cleanup;
	}
	if (info.format != BITEXT_FORMAT_SEGMENTED) {
		if (!lang) {
			size_t len;
			const char *t = bitext_doc_text(doc, &len);
			lang = bitext_text_guess_lang(t, len);
			if (!lang) {
				rc = cli_usage("segment", "segment_need_lang", file);
				goto cleanup;
			}
			if (o->verbose)
				cli_warn("segment_lang_guessed", file, lang);
		}
		if (get_segmenter(seg, seg_lang, seg_lang_sz, lang, o->srx) < 0 ||
			bitext_segmenter_run(*seg, doc) < 0) {
			rc = cli_fail();
			goto cleanup;
		}
	}
	if (o->verbose)
		cli_warn("segment_counts", file,
			(double)bitext_doc_paragraph_count(doc),
			(double)bitext_doc_segment_count(doc));
	/* everything that can fail is done: print straight to the output */
	if (!o->json) {
		print_text(out, doc, printed);
	} else if (bitext_doc_write_jsonl(out, doc, file) < 0 && !ferror(out)) {
		rc = cli_fail();
		goto cleanup;
	}
	if (ferror(out)) {
		cli_warn("err_write", o->output ? o->output : "-", strerror(errno));
		rc = CLI_IOERR;
	}
cleanup:
	if (progress)
		fprintf(stderr, "\033[K");
	bitext_doc_free(doc);
	return rc;
}

static int parse_input_format(const char *v, bitext_format *f)
{
	if (!strcmp(v, "auto"))
		*f = BITEXT_FORMAT_AUTO;
	else if (!strcmp(v, "text"))
		*f = BITEXT_FORMAT_TEXT;
	else if (!strcmp(v, "html"))
		*f = BITEXT_FORMAT_HTML;
	else if (!strcmp(v, "segmented"))
		*f = BITEXT_FORMAT_SEGMENTED;
	else
		return -1;
	return 0;
}

enum { OPT_SRX = 256, OPT_REPLACE, OPT_INPUT_FORMAT };

static const struct option long_opts[] = {
	{ "lang", required_argument, NULL, 'l' },
	{ "srx", required_argument, NULL, OPT_SRX },
	{ "encoding", required_argument, NULL, 'e' },
	{ "replace-invalid", no_argument, NULL, OPT_REPLACE },
	{ "input-format", required_argument, NULL, OPT_INPUT_FORMAT },
	{ "verbose", no_argument, NULL, 'v' },
	{ NULL, 0, NULL, 0 }
};

static const cli_cmd segment_cmd = {
	"segment", "segment_help", "l:e:v", long_opts,
	CLI_OPT_OUTPUT | CLI_OPT_FORMAT
};

/* --format: json (or jsonl: JSON Lines is what it writes) or text output; html and segmented name the input format
 * (as --input-format, which wins when given too). */
static int parse_format(seg_opts *o, const char *v, int input_given)
{
	if (!strcmp(v, "json") || !strcmp(v, "jsonl"))
		o->json = 1;
	else if (!strcmp(v, "text"))
		o->json = 0;
	else if (!strcmp(v, "html") || !strcmp(v, "segmented")) {
		if (!input_given)
			parse_input_format(v, &o->load.format);
	} else
		return cli_usage("segment", "segment_bad_value", "--format", v);
	return CLI_OK;
}

static int parse_args(seg_opts *o, int argc, char **argv, int *done)
{
	cli_opts co = CLI_OPTS_INIT;
	int c, input_given = 0;

	*done = 0;
	while ((c = cli_getopt(&co, &segment_cmd, argc, argv)) != -1) {
		switch (c) {
		case 'l': o->lang = optarg; break;
		case OPT_SRX: o->srx = optarg; break;
		case 'e': o->load.encoding = optarg; break;
		case OPT_REPLACE: o->load.replace_invalid = 1; break;
		case OPT_INPUT_FORMAT:
			if (parse_input_format(optarg, &o->load.format) < 0)
				return cli_usage("segment", "segment_bad_value",
					"--input-format", optarg);
			input_given = 1;
			break;
		case 'v': o->verbose = 1; break;
		}
	}
	if (co.done) {
		*done = 1;
		return co.rc;
	}
	o->output = co.out;
	if (co.format && parse_format(o, co.format, input_given) != CLI_OK)
		return CLI_USAGE;
	if (optind >= argc)
		return cli_usage("segment", "segment_need_file");
	return CLI_OK;
}

/* Every file of the command line into the output, in order. */
typedef struct seg_run {
	const seg_opts *o;
	char **files;
	int nfiles;
	bitext_segmenter *seg;
	char seg_lang[64];
	int printed;
	int rc;                    /* exit code of the first file that failed */
} seg_run;

static int segment_all(FILE *out, void *payload)
{
	seg_run *r = payload;
	int i;

	for (i = 0; i < r->nfiles; i++) {
		r->rc = segment_file(out, r->files[i], r->o, &r->seg, r->seg_lang,
			sizeof(r->seg_lang), &r->printed);
		if (r->rc != CLI_OK)
			return BITEXT_ERROR;   /* reported: the output is dropped */
	}
	return 0;
}

int cmd_segment(int argc, char **argv)
{
	seg_opts o;
	bitext_load_options dflt = BITEXT_LOAD_OPTIONS_INIT;
	seg_run run;
	int rc, done, error;

	memset(&o, 0, sizeof(o));
	o.load = dflt;
	rc = parse_args(&o, argc, argv, &done);
	if (rc != CLI_OK || done)
		return rc;
	o.load.lang = o.lang;
	memset(&run, 0, sizeof(run));
	run.o = &o;
	run.files = argv + optind;
	run.nfiles = argc - optind;
	error = cli_write(o.output, segment_all, &run);
	bitext_segmenter_free(run.seg);
	if (run.rc != CLI_OK)
		return run.rc;
	return error < 0 ? cli_fail() : CLI_OK;
}
