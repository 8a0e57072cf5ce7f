/*
 * cmd_check.c - `bitext check` (being written in this session).
 */
#include "cli.h"
#include "cmd.h"

int cmd_check(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_warn("main_unavailable", "check");
	return CLI_SOFTWARE;
}
