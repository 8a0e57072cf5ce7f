/*
 * cmd_terms.c - `bitext terms` (being written in this session).
 */
#include "cli.h"
#include "cmd.h"

int cmd_terms(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_warn("main_unavailable", "terms");
	return CLI_SOFTWARE;
}
