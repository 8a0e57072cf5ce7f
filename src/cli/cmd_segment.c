/*
 * cmd_segment.c - `bitext segment` (being written in this session).
 */
#include "cli.h"
#include "cmd.h"

int cmd_segment(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_warn("main_unavailable", "segment");
	return CLI_SOFTWARE;
}
