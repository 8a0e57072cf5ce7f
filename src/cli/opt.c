/*
 * opt.c - the commands' shared option loop and atomic output (opt.h).
 */
#include "opt.h"
#include "cli.h"

#include <string.h>

enum { OPT_VERSION = 0x1000, OPT_FAIL_ON };

static const struct option help_opts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
};
static const struct option output_opt = {
	"output", required_argument, NULL, 'o'
};
static const struct option format_opt = {
	"format", required_argument, NULL, 'f'
};
static const struct option fail_on_opt = {
	"fail-on", required_argument, NULL, OPT_FAIL_ON
};

/* The option tables: the command's own, then the common ones it takes. A
 * leading ':' makes getopt_long tell a missing value from an unknown
 * option. */
static void opts_build(cli_opts *o, const cli_cmd *cmd)
{
	size_t n = 0;

	while (cmd->longopts && cmd->longopts[n].name && n < CLI_OPT_MAX - 5) {
		o->all[n] = cmd->longopts[n];
		n++;
	}
	o->all[n++] = help_opts[0];
	o->all[n++] = help_opts[1];
	if (cmd->common & CLI_OPT_OUTPUT)
		o->all[n++] = output_opt;
	if (cmd->common & CLI_OPT_FORMAT)
		o->all[n++] = format_opt;
	if (cmd->common & CLI_OPT_FAIL_ON)
		o->all[n++] = fail_on_opt;
	memset(&o->all[n], 0, sizeof(o->all[n]));
	snprintf(o->shortopts, sizeof(o->shortopts), ":%sh%s%s%s",
		cmd->shortopts ? cmd->shortopts : "",
		cmd->common & CLI_OPT_OUTPUT ? "o:" : "",
		cmd->common & CLI_OPT_FORMAT ? "f:" : "",
		cmd->common & CLI_OPT_FAIL_ON ? "F:" : "");
}

static int opts_done(cli_opts *o, int rc)
{
	o->done = 1;
	o->rc = rc;
	return -1;
}

/* The long name of option `ch`, or "". */
static const char *opt_name(const cli_opts *o, int ch)
{
	const struct option *p;

	for (p = o->all; p && p->name; p++)
		if (p->val == ch)
			return p->name;
	return "";
}

/* An option naming languages (--src-lang, --tgt-lang, --lang, --langs,
 * --srclang): each tag of optarg (comma-separated) made canonical BCP 47
 * in place (bitext_lang_canonicalize: ko_kr -> ko-KR, kor -> ko); a tag
 * that is not one fails with the library's hint ("english": en). */
static int opt_lang(const cli_opts *o, int ch)
{
	const char *name = opt_name(o, ch), *end = strrchr(name, 'l');
	bitext_buf all = BITEXT_BUF_INIT;
	char *p, *q, c;
	int error = 0;

	if (!optarg || !end || (strcmp(end, "lang") && strcmp(end, "langs")))
		return 0;
	for (p = optarg; !error; p = q + 1) {
		q = p + strcspn(p, ",");
		c = *q;
		*q = '\0';
		if (all.size)
			bitext_buf_putc(&all, ',');
		error = bitext_lang_canonicalize(&all, p, 0);
		*q = c;
		if (!c)
			break;
	}
	/* the canonical form is never longer in practice (ko_kr, kor,
	 * i-klingon); a longer one would leave the valid tags as given */
	if (!error && all.ptr && all.size <= strlen(optarg))
		memcpy(optarg, all.ptr, all.size + 1);
	bitext_buf_dispose(&all);
	return error;
}

/* 1 when the letters of `a` (n bytes) appear in `b` (m bytes) in order,
 * starting with the same one: "tgt" in "target", "src" in "source". */
static int opt_abbrev(const char *a, size_t n, const char *b, size_t m)
{
	size_t i = 0, j = 0;

	if (!n || !m || a[0] != b[0])
		return 0;
	for (; j < m && i < n; j++)
		if (a[i] == b[j])
			i++;
	return i == n;
}

/* 1 when every word (between '-') of one name abbreviates the same word of
 * the other, in one direction or the other: --target-lang, --tgt-lang. */
static int opt_same_words(const char *a, const char *b)
{
	while (*a && *b) {
		size_t n = strcspn(a, "-"), m = strcspn(b, "-");

		if (!opt_abbrev(a, n, b, m) && !opt_abbrev(b, m, a, n))
			return 0;
		a += n + (a[n] == '-');
		b += m + (b[m] == '-');
	}
	return !*a && !*b;
}

/* 1 when `a` becomes `b` by one typing slip: a letter left out, added,
 * replaced, or two neighbours swapped (--tgt-lnag, --tgtlang, --formt). */
static int opt_one_slip(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b), i = 0;

	while (i < n && i < m && a[i] == b[i])
		i++;
	if (n == m)
		return !strcmp(a + i + 1, b + i + 1) || (i + 1 < n &&
			a[i] == b[i + 1] && a[i + 1] == b[i] && !strcmp(a + i + 2, b + i + 2));
	if (n + 1 == m)
		return !strcmp(a + i, b + i + 1);
	if (m + 1 == n)
		return !strcmp(a + i + 1, b + i);
	return 0;
}

/*
 * The usage error of an unknown long option `arg` ("--target-lang=en"),
 * with the option of `o` it most likely meant when there is one: a typing
 * slip, or the same words abbreviated otherwise.
 */
static int opt_unknown(const cli_opts *o, const char *cmd, const char *arg)
{
	char name[64], hint[68];
	const struct option *p;
	size_t n;

	if (!arg || strncmp(arg, "--", 2) || (n = strcspn(arg + 2, "=")) >= sizeof(name) || n < 3)
		return cli_bad_option(cmd, 0, arg);
	memcpy(name, arg + 2, n);
	name[n] = '\0';
	for (p = o->all; p->name; p++)
		if (opt_one_slip(name, p->name))
			break;
	if (!p->name)
		for (p = o->all; p->name; p++)
			if (strlen(p->name) > 3 && opt_same_words(name, p->name))
				break;
	if (!p->name)
		return cli_bad_option(cmd, 0, arg);
	snprintf(hint, sizeof(hint), "--%s", p->name);
	return cli_usage(cmd, "cli_bad_option_hint", arg, hint);
}

int cli_getopt(cli_opts *o, const cli_cmd *cmd, int argc, char **argv)
{
	int ch;

	if (o->done)
		return -1;
	if (!o->started) {
		memset(o, 0, sizeof(*o));
		o->started = 1;
		o->out = "-";
		o->fail_on = BITEXT_SEVERITY_ERROR;
		opts_build(o, cmd);
		opterr = 0;
		optind = 1;
	}
	for (;;) {
		ch = getopt_long(argc, argv, o->shortopts, o->all, NULL);
		switch (ch) {
		case 'h':
			return opts_done(o, cli_help(cmd->help));
		case OPT_VERSION:
			return opts_done(o, cli_version());
		case 'o':
			if (!(cmd->common & CLI_OPT_OUTPUT))
				return ch;
			o->out = optarg;
			break;
		case 'f':
			if (!(cmd->common & CLI_OPT_FORMAT))
				return ch;
			o->format = optarg;
			break;
		case 'F':
			if (!(cmd->common & CLI_OPT_FAIL_ON))
				return ch;
			/* fall through */
		case OPT_FAIL_ON:
			if (bitext_severity_from_name(&o->fail_on, optarg) < 0 ||
			    o->fail_on == BITEXT_SEVERITY_OFF)
				return opts_done(o, cli_usage(cmd->name,
					"check_bad_fail_on", optarg));
			break;
		case '?':
			if (!optopt)
				return opts_done(o, opt_unknown(o, cmd->name, argv[optind - 1]));
			/* fall through */
		case ':':
			return opts_done(o, cli_bad_option(cmd->name, optopt,
				argv[optind - 1]));
		default:
			if (opt_lang(o, ch) < 0)
				return opts_done(o, cli_usage(cmd->name, "cli_bad_lang",
					opt_name(o, ch), bitext_error_last() ?
					bitext_error_last()->message : optarg));
			return ch;
		}
	}
}

int cli_version(void)
{
	printf("bitext %s\n", bitext_version());
	return CLI_OK;
}

int cli_write(const char *path, int (*fn)(FILE *f, void *payload),
	void *payload)
{
	bitext_afile *af = NULL;
	int ret, error;

	if ((error = bitext_afile_open(&af, path ? path : "-")) < 0)
		return error;
	ret = fn(bitext_afile_stream(af), payload);
	/* a write error: the commit names the output, says why, and keeps the
	 * old file */
	if (ret < 0 && !(ret == BITEXT_EIO && ferror(bitext_afile_stream(af)))) {
		bitext_afile_abort(af);
		return ret;
	}
	error = bitext_afile_commit(af);
	return error < 0 ? error : ret;
}

static int put_buf(FILE *f, void *payload)
{
	const bitext_buf *b = payload;

	if (b->size && fwrite(b->ptr, 1, b->size, f) != b->size)
		return BITEXT_EIO;   /* the stream's error: the commit tells */
	return 0;
}

int cli_write_buf(const char *path, const bitext_buf *b)
{
	return cli_write(path, put_buf, (void *)b);
}
