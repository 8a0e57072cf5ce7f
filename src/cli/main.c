/*
 * main.c - the bitext tool: global options, the command table that drives
 * dispatch and `bitext help`, and locating the data directory (message
 * bundles, segmentation rules) relative to the executable.
 */
#include "cli.h"
#include "cmd.h"

#include <limits.h>
#include <stdio.h>
#ifndef PATH_MAX
#define PATH_MAX 4096
#endif
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
	const char *name;            /* command word */
	int (*fn)(int, char **);     /* entry, shaped like main() */
	const char *summary;         /* message key of the one-line summary */
	const char *help;            /* message key of the full help */
} command;

static const command commands[] = {
	{ "segment", cmd_segment, "cmd_segment_summary", "segment_help" },
	{ "align", cmd_align, "cmd_align_summary", "align_help" },
	{ "eval", cmd_eval, "cmd_eval_summary", "eval_help" },
	{ "check", cmd_check, "cmd_check_summary", "check_help" },
	{ "terms", cmd_terms, "cmd_terms_summary", "terms_help" },
	{ "lexicon", cmd_lexicon, "cmd_lexicon_summary", "lexicon_help" },
	{ "tmx", cmd_tmx, "cmd_tmx_summary", "tmx_help" },
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Next to the executable: build tree (<dir>/share/bitext) or an installed
 * prefix (<dir>/../share/bitext). BITEXT_DATADIR wins over both. */
static void find_datadir(void)
{
	char exe[PATH_MAX], cand[PATH_MAX + 32];
	ssize_t n;
	char *slash;
	const char *env = getenv("BITEXT_DATADIR");

	if (env && *env)
		return;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return;
	*slash = '\0';
	snprintf(cand, sizeof(cand), "%s/share/bitext/ui", exe);
	if (is_dir(cand)) {
		cand[strlen(cand) - 3] = '\0';
		bitext_set_datadir(cand);
		return;
	}
	snprintf(cand, sizeof(cand), "%s/../share/bitext/ui", exe);
	if (is_dir(cand)) {
		cand[strlen(cand) - 3] = '\0';
		bitext_set_datadir(cand);
	}
}

static int usage(FILE *f)
{
	bitext_buf b = BITEXT_BUF_INIT;
	size_t i;

	bitext_msg_raw(&b, "main_usage");
	fprintf(f, "%s\n", b.ptr);
	for (i = 0; i < NCOMMANDS; i++) {
		bitext_buf_clear(&b);
		bitext_msg_raw(&b, commands[i].summary);
		fprintf(f, "  %-9s %s\n", commands[i].name, b.ptr);
	}
	bitext_buf_clear(&b);
	bitext_msg_raw(&b, "main_usage_tail");
	fprintf(f, "%s", b.ptr);
	if (b.size && b.ptr[b.size - 1] != '\n')
		fputc('\n', f);
	bitext_buf_dispose(&b);
	return f == stdout ? CLI_OK : CLI_USAGE;
}

static const command *find(const char *name)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

static int help(int argc, char **argv)
{
	const command *c;

	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))
		return usage(stdout);
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
		printf("bitext %s\n", bitext_version());
		return CLI_OK;
	}
	c = find(argv[1]);
	if (!c) {
		cli_warn("main_unknown_command", argv[1]);
		return CLI_USAGE;
	}
	return cli_help(c->help);
}

/* --ui-lang LANG: a language without messages is said, not ignored. */
static void ui_lang(const char *lang)
{
	bitext_msg_set_lang(lang);
	if (*lang && strcmp(lang, "root") && !strcmp(bitext_msg_lang(), "root"))
		cli_warn("main_ui_lang_none", lang);
}

int main(int argc, char **argv)
{
	const command *c;
	int i = 1;

	find_datadir();
	bitext_msg_set_lang(NULL);
	while (i < argc && argv[i][0] == '-' && argv[i][1]) {
		if (!strcmp(argv[i], "--version") || !strcmp(argv[i], "-V")) {
			printf("bitext %s\n", bitext_version());
			return CLI_OK;
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			return usage(stdout);
		} else if (!strncmp(argv[i], "--ui-lang=", 10)) {
			ui_lang(argv[i] + 10);
		} else if (!strcmp(argv[i], "--ui-lang") && i + 1 < argc) {
			ui_lang(argv[++i]);
		} else {
			cli_warn("main_unknown_option", argv[i]);
			return CLI_USAGE;
		}
		i++;
	}
	if (i >= argc)
		return usage(stderr);
	/* `bitext CMD --ui-lang ko ...` is accepted too: strip it here so the
	 * commands need not know about it */
	{
		int j, k = i + 1;
		for (j = i + 1; j < argc; j++) {
			if (!strcmp(argv[j], "--")) {
				while (j < argc)
					argv[k++] = argv[j++];
				break;
			}
			if (!strcmp(argv[j], "--ui-lang") && j + 1 < argc) {
				ui_lang(argv[++j]);
				continue;
			}
			if (!strncmp(argv[j], "--ui-lang=", 10)) {
				ui_lang(argv[j] + 10);
				continue;
			}
			argv[k++] = argv[j];
		}
		argc = k;
	}
	if (!strcmp(argv[i], "help"))
		return help(argc - i, argv + i);
	if (!strcmp(argv[i], "version")) {
		printf("bitext %s\n", bitext_version());
		return CLI_OK;
	}
	c = find(argv[i]);
	if (!c) {
		cli_warn("main_unknown_command", argv[i]);
		return CLI_USAGE;
	}
	return c->fn(argc - i, argv + i);
}
