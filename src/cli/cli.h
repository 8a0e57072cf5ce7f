/*
 * cli.h - what every command of the bitext tool shares: exit codes (the BSD
 * sysexits values scripts already know), message printing through the UI
 * bundles, and the mapping of library errors to one-line messages.
 */
#ifndef BITEXT_CLI_H
#define BITEXT_CLI_H

#include <stdio.h>
#include <bitext/bitext.h>

enum {
	CLI_OK = 0,          /* success */
	CLI_FINDINGS = 1,    /* check / tmx validate found problems */
	CLI_USAGE = 2,       /* bad command line */
	CLI_DATAERR = 65,    /* bad input data */
	CLI_NOINPUT = 66,    /* an input file is missing */
	CLI_SOFTWARE = 70,   /* internal failure */
	CLI_IOERR = 74       /* reading or writing failed */
};

/** Print message `key` (typed args as bitext_msg_format) and a newline. */
void cli_print(FILE *f, const char *key, ...);
/** Print "bitext: " + message `key` to stderr. */
void cli_warn(const char *key, ...);
/**
 * Print the last library error as "bitext: FILE:LINE:COL: message" (the
 * parts that are known) and return the exit code that fits it.
 */
int cli_fail(void);
/** Exit code for a library result code. */
int cli_exit_code(int code);
/**
 * Report a usage error of command `cmd`: "bitext CMD: message", then a hint
 * to run `bitext CMD --help`. @return CLI_USAGE
 */
int cli_usage(const char *cmd, const char *key, ...);
/** Print the raw help text `key` to stdout. @return CLI_OK */
int cli_help(const char *key);
/** Report an unknown or incomplete option seen by getopt_long. */
int cli_bad_option(const char *cmd, int optopt, const char *arg);

/**
 * Warn on stderr when most letters of `text` are of a script `lang` is not
 * written in (bitext_lang_script_contradicts): "FILE: given as en, but it
 * looks like ko". Once per call; the caller calls once per side.
 */
void cli_warn_script(const char *file, const char *lang, const char *text,
	size_t len);

/** 1 when stderr is a terminal (progress lines go there only then). */
int cli_stderr_is_tty(void);

/* Room for a language tag of the command line or a memory. */
#define CLI_LANG_CAP 36
/* The languages of a memory, for those of src/tgt still empty: its
 * header's source language, and the first other language of its first
 * unit. 0, or the reader's error. */
int cli_memory_langs(const char *path, char *src, char *tgt);

#endif
