/*
 * input.h - how the commands that read a memory (check, terms extract) take
 * their input: which kind it is, and standard input read once and offered
 * again from the start to the readers that only take a path ("-").
 */
#ifndef BITEXT_CLI_INPUT_H
#define BITEXT_CLI_INPUT_H

#include <bitext/bitext.h>

/**
 * The kind of a memory: "tmx", "xliff", "po", "tsv" or "csv". The
 * extension decides (.tmx .xml, .xlf .xliff .mqxliff .sdlxliff, .po .pot,
 * .tsv .tab .txt, .csv); else its first bytes
 * (bitext_tmx_sniff): `data` when it holds any (the input already read),
 * else the file's start; standard input ("-") not read yet counts as empty.
 */
const char *cli_input_kind(const char *path, const bitext_buf *data);

/**
 * Put `data` (standard input, read once) back as descriptor 0 on an
 * in-memory file, positioned at its start, so that a reader opened on "-"
 * reads the same bytes again (rewind(stdin) before each further reader).
 */
int cli_stdin_put_back(const bitext_buf *data);

#endif
