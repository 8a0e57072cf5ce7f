/*
 * bitext/bitext.h - everything public of libbitext.
 */
#ifndef BITEXT_BITEXT_H
#define BITEXT_BITEXT_H

#include "common.h"
#include "errors.h"
#include "msg.h"
#include "io.h"
#include "rows.h"
#include "doc.h"
#include "text.h"
#include "segment.h"
#include "align.h"
#include "eval.h"
#include "numbers.h"
#include "lang.h"
#include "stem.h"
#include "translit.h"
#include "termbase.h"
#include "check.h"
#include "tmx.h"
#include "tm.h"

#endif
