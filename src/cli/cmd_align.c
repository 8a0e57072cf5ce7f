/*
 * cmd_align.c - `bitext align` (being written in this session).
 */
#include "cli.h"
#include "cmd.h"

int cmd_align(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_warn("main_unavailable", "align");
	return CLI_SOFTWARE;
}
