/*
 * bitext/lang.h - language tags: canonical BCP 47 forms and matching.
 *
 * Memories, termbases and command lines name languages in many spellings
 * ("EN-US", "en_us", "kor", "zh_Hant_TW"); these functions turn them into
 * one canonical BCP 47 form with ICU and compare them.
 */
#ifndef BITEXT_LANG_H
#define BITEXT_LANG_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Flags of bitext_lang_canonicalize(). */
enum {
	/** add the likely region when the tag has none (ko -> ko-KR, en -> en-US) */
	BITEXT_LANG_ADD_REGION = 1 << 0,
	/** the language subtag only (en-US -> en); wins over ADD_REGION */
	BITEXT_LANG_LANGUAGE_ONLY = 1 << 1
};

/**
 * Canonical BCP 47 form of a language tag as found in memories ("EN-US",
 * "en_us", "ko", "kor", "zh_Hant_TW"), with ICU: `en-US`, `ko-KR`...
 * Three-letter codes become two-letter ones where one exists (kor -> ko).
 * Appends to `out`.
 * @return 0, or BITEXT_EINVAL when `tag` is not a language tag
 */
BITEXT_EXTERN(int) bitext_lang_canonicalize(bitext_buf *out, const char *tag,
	unsigned flags);

/**
 * 1 when two tags name the same language: equal canonical forms, or one has
 * no region and the languages are equal ("ko" matches "ko-KR"; "en-GB" does
 * not match "en-US").
 */
BITEXT_EXTERN(int) bitext_lang_match(const char *a, const char *b);

#ifdef __cplusplus
}
#endif

#endif
