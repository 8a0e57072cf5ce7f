/*
 * opt.h - what the commands' command lines share: one getopt_long loop that
 * answers the common options itself (-h/--help, --version, -o/--output,
 * -f/--format, --fail-on) besides passing on the command's own, and one
 * way to write an output atomically (bitext/io.h).
 */
#ifndef BITEXT_CLI_OPT_H
#define BITEXT_CLI_OPT_H

#include <getopt.h>
#include <stdio.h>
#include <bitext/bitext.h>

/** The common options a command takes besides --help and --version. */
enum {
	CLI_OPT_OUTPUT = 1 << 0,   /* -o, --output FILE */
	CLI_OPT_FORMAT = 1 << 1,   /* -f, --format NAME */
	CLI_OPT_FAIL_ON = 1 << 2   /* -F, --fail-on SEVERITY */
};

#define CLI_OPT_MAX 40         /* long options of one command, common ones too */

/** A command's command line: its name, help and own options. */
typedef struct cli_cmd {
	const char *name;              /* in messages: "check", "tmx convert" */
	const char *help;              /* message key of the help text */
	const char *shortopts;         /* the command's own short options */
	const struct option *longopts; /* its own long options, NULL-ended */
	unsigned common;               /* CLI_OPT_* it takes */
} cli_cmd;

/** The common options' values, and the parser's state (CLI_OPTS_INIT). */
typedef struct cli_opts {
	int started;                   /* the tables are built */
	const char *out;               /* -o: "-" unless given */
	const char *format;            /* -f as given, NULL unless given */
	bitext_severity fail_on;       /* --fail-on: error unless given */
	int done;                      /* answered (--help, --version) or a
	                                  usage error: the command returns rc */
	int rc;                        /* exit code when done */
	struct option all[CLI_OPT_MAX + 1]; /* own and common long options */
	char shortopts[64];            /* own and common short options */
} cli_opts;

#define CLI_OPTS_INIT { 0 }

/**
 * Like getopt_long over argv (optind starts at 1): the next of the
 * command's own options, with its value in optarg. The common ones are
 * answered here; --help and --version print and end the parse, as does an
 * unknown option or a missing value (after the one-line usage error).
 * @return the option, or -1 at the end of the options or when o->done
 */
int cli_getopt(cli_opts *o, const cli_cmd *cmd, int argc, char **argv);

/** Print the version line ("bitext 0.1.0") to stdout. @return CLI_OK */
int cli_version(void);

/**
 * Write output `path` ("-": standard output) atomically: `fn` writes to
 * the stream; the file replaces the old one only when `fn` returns 0 or
 * more and every byte was written, and a write error names the output and
 * says why.
 * @return fn's result, or a library error code (the last error says it)
 */
int cli_write(const char *path, int (*fn)(FILE *f, void *payload),
	void *payload);

/** cli_write() of the bytes of `b`. */
int cli_write_buf(const char *path, const bitext_buf *b);

#endif
