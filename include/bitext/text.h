/*
 * bitext/text.h - text intake: bytes in any encoding -> UTF-8 NFC text with
 * LF line ends, and documents loaded from files (plain text, HTML, the
 * one-segment-per-line form that `bitext segment` prints, and Word .docx
 * and OpenDocument .odt files, told by their content, whose bold, italic,
 * underline and links become the document's inline spans).
 *
 * Ownership: documents returned through `out` belong to the caller
 * (bitext_doc_free). Errors name file, line, column and byte offset.
 */
#ifndef BITEXT_TEXT_H
#define BITEXT_TEXT_H

#include "common.h"
#include "doc.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How to read the structure of an input file. */
typedef enum {
	BITEXT_FORMAT_AUTO = 0,  /* HTML when the bytes look like HTML */
	BITEXT_FORMAT_TEXT,      /* paragraphs are separated by blank lines */
	BITEXT_FORMAT_HTML,      /* paragraphs are block elements */
	BITEXT_FORMAT_SEGMENTED, /* one segment a line, blank line = paragraph */
	BITEXT_FORMAT_DOCX,      /* Word .docx (found by content, not chosen) */
	BITEXT_FORMAT_ODT        /* OpenDocument .odt (the same) */
} bitext_format;

typedef struct bitext_load_options {
	unsigned version;        /* BITEXT_LOAD_OPTIONS_VERSION */
	const char *encoding;    /* ICU converter name, NULL = UTF-8/BOM/detect */
	int replace_invalid;     /* 1: invalid sequences become U+FFFD */
	bitext_format format;    /* input structure */
	const char *lang;        /* language tag of the text, NULL = unknown */
} bitext_load_options;

#define BITEXT_LOAD_OPTIONS_VERSION 1
#define BITEXT_LOAD_OPTIONS_INIT { BITEXT_LOAD_OPTIONS_VERSION, NULL, 0, \
	BITEXT_FORMAT_AUTO, NULL }

/** What intake found out while loading. */
typedef struct bitext_load_info {
	char encoding[64];       /* encoding used ("UTF-8", "EUC-KR" ...) */
	int detected;            /* 1 when the encoding came from detection */
	int confidence;          /* detection confidence 0-100 */
	size_t nfc_changed;      /* characters NFC normalization changed */
	size_t replaced;         /* invalid sequences replaced (replace_invalid) */
	bitext_format format;    /* structure actually used */
} bitext_load_info;

/**
 * Decode `len` bytes to UTF-8 NFC with LF line ends, appended to `out`.
 * `name` is used in error messages (file name). `info` may be NULL.
 * @return 0, BITEXT_EENCODING (with line and byte offset), BITEXT_ENOMEM
 */
BITEXT_EXTERN(int) bitext_text_decode(bitext_buf *out, bitext_load_info *info,
	const char *name, const char *data, size_t len,
	const bitext_load_options *opts);

/**
 * Load a document from a file ("-" = stdin): decode, normalize, split into
 * paragraphs (by opts->format). Segments are not made here: see
 * bitext_segmenter_run(), except for BITEXT_FORMAT_SEGMENTED input.
 * `info` and `opts` may be NULL.
 */
BITEXT_EXTERN(int) bitext_doc_load(bitext_doc **out, bitext_load_info *info,
	const char *path, const bitext_load_options *opts);

/** Same as bitext_doc_load() from bytes in memory; `name` for messages. */
BITEXT_EXTERN(int) bitext_doc_load_buffer(bitext_doc **out,
	bitext_load_info *info, const char *name, const char *data, size_t len,
	const bitext_load_options *opts);

/**
 * The language the script of a UTF-8 text settles: "ko" for Hangul, "ja"
 * for Kana, or NULL when the script does not decide (Latin, Han only ...).
 */
BITEXT_EXTERN(const char *) bitext_text_guess_lang(const char *utf8,
	size_t len);

#ifdef __cplusplus
}
#endif
#endif
