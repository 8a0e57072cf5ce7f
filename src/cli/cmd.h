/*
 * cmd.h - the commands of the bitext tool. Each is shaped like main():
 * argv[0] is the command name; it returns an exit code of cli.h.
 */
#ifndef BITEXT_CMD_H
#define BITEXT_CMD_H

int cmd_segment(int argc, char **argv);
int cmd_align(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_tmx(int argc, char **argv);
int cmd_terms(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);

#endif
