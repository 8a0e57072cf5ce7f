/*
 * cmd_eval.c - `bitext eval` (being written in this session).
 */
#include "cli.h"
#include "cmd.h"

int cmd_eval(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_warn("main_unavailable", "eval");
	return CLI_SOFTWARE;
}
