/*
 * cmd_tmx.c - `bitext tmx` (being written in this session).
 */
#include "cli.h"
#include "cmd.h"

int cmd_tmx(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_warn("main_unavailable", "tmx");
	return CLI_SOFTWARE;
}
