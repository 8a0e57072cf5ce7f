/*
 * cli.c - message printing and error reporting shared by the commands.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void vprint(bitext_buf *b, const char *key, va_list ap)
{
	bitext_msg_vformat(b, key, ap);
}

void cli_print(FILE *f, const char *key, ...)
{
	bitext_buf b = BITEXT_BUF_INIT;
	va_list ap;

	va_start(ap, key);
	vprint(&b, key, ap);
	va_end(ap);
	fprintf(f, "%s\n", b.ptr ? b.ptr : key);
	bitext_buf_dispose(&b);
}

void cli_warn(const char *key, ...)
{
	bitext_buf b = BITEXT_BUF_INIT;
	va_list ap;

	va_start(ap, key);
	vprint(&b, key, ap);
	va_end(ap);
	fprintf(stderr, "bitext: %s\n", b.ptr ? b.ptr : key);
	bitext_buf_dispose(&b);
}

int cli_exit_code(int code)
{
	switch (code) {
	case BITEXT_OK: return CLI_OK;
	case BITEXT_ENOTFOUND: return CLI_NOINPUT;
	case BITEXT_EENCODING:
	case BITEXT_EPARSE:
	case BITEXT_ELIMIT: return CLI_DATAERR;
	case BITEXT_EIO: return CLI_IOERR;
	case BITEXT_EINVAL: return CLI_USAGE;
	default: return CLI_SOFTWARE;
	}
}

int cli_fail(void)
{
	const bitext_error *e = bitext_error_last();

	if (!e) {
		fprintf(stderr, "bitext: internal error\n");
		return CLI_SOFTWARE;
	}
	fputs("bitext: ", stderr);
	/* a message that names its file already needs no prefix, unless there
	 * is a position to show */
	if (e->file && (e->line > 0 || !e->message || !strstr(e->message, e->file))) {
		fputs(e->file, stderr);
		if (e->line > 0) {
			fprintf(stderr, ":%ld", e->line);
			if (e->column > 0)
				fprintf(stderr, ":%ld", e->column);
		}
		fputs(": ", stderr);
	}
	fprintf(stderr, "%s\n", e->message ? e->message : "error");
	return cli_exit_code(e->code);
}

int cli_usage(const char *cmd, const char *key, ...)
{
	bitext_buf b = BITEXT_BUF_INIT, hint = BITEXT_BUF_INIT;
	va_list ap;

	va_start(ap, key);
	vprint(&b, key, ap);
	va_end(ap);
	bitext_msg_format(&hint, "cli_try_help", cmd);
	/* one line, like every error: what is wrong, then where to read more */
	fprintf(stderr, "bitext %s: %s (%s)\n", cmd, b.ptr ? b.ptr : key,
		hint.ptr ? hint.ptr : "");
	bitext_buf_dispose(&b);
	bitext_buf_dispose(&hint);
	return CLI_USAGE;
}

int cli_bad_option(const char *cmd, int optopt, const char *arg)
{
	char opt[3] = { '-', (char)optopt, '\0' };

	if (optopt)
		return cli_usage(cmd, "cli_bad_option", opt);
	return cli_usage(cmd, "cli_bad_option", arg ? arg : "?");
}

int cli_help(const char *key)
{
	bitext_buf b = BITEXT_BUF_INIT;

	/* help texts are MessageFormat patterns like every message: '' is an
	 * apostrophe and braces are quoted; formatting takes no arguments */
	bitext_msg_format(&b, key);
	fputs(b.ptr ? b.ptr : key, stdout);
	if (b.size && b.ptr[b.size - 1] != '\n')
		fputc('\n', stdout);
	bitext_buf_dispose(&b);
	return CLI_OK;
}

int cli_stderr_is_tty(void)
{
	return isatty(2);
}

void cli_warn_script(const char *file, const char *lang, const char *text,
	size_t len)
{
	char likely[16];

	if (bitext_lang_script_contradicts(lang, text, len, likely,
	    sizeof(likely)))
		cli_warn("cli_script_contradicts", file, lang,
			likely[0] ? likely : "?");
}

int cli_memory_langs(const char *path, char *src, char *tgt)
{
	bitext_tm_reader *r = NULL;
	const bitext_tmx_unit *u = NULL;
	const bitext_tmx_header *h;
	const char *sl;
	size_t i;
	int error, got;

	bitext_tmx_reader_options ro = BITEXT_TMX_READER_OPTIONS_INIT;

	/* the languages only: a unit that cannot be read is told by the
	 * reading that follows */
	ro.flags = BITEXT_TMX_READ_RECOVER;
	if ((error = bitext_tm_reader_open(&r, path, 0, &ro)) < 0)
		return error;
	h = bitext_tm_reader_header(r);
	got = bitext_tm_reader_next(r, &u);
	if (got < 0) {
		bitext_tm_reader_close(r);
		return got;
	}
	sl = h ? bitext_tmx_attr_get(h->attrs, h->nattrs, "srclang") : NULL;
	if (!*src && sl && *sl && strcmp(sl, "*all*"))
		snprintf(src, CLI_LANG_CAP, "%s", sl);
	for (i = 0; got > 0 && u && i < u->ntuvs; i++) {
		const char *l = u->tuvs[i].lang;

		if (!l || !*l || !strcmp(l, "und"))
			continue;
		if (!*src)
			snprintf(src, CLI_LANG_CAP, "%s", l);
		else if (!*tgt && !bitext_termbase_lang_match(l, src))
			snprintf(tgt, CLI_LANG_CAP, "%s", l);
	}
	bitext_tm_reader_close(r);
	return 0;
}
