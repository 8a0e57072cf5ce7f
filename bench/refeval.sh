#!/bin/sh
# bench/refeval.sh BITEXT DEVDIR LANG PARITY [ALIGN OPTIONS...] - align the
# chapters of a dev set built by bench/refdev.py (English source, LANG
# target) and score them with `bitext eval`. PARITY is "even" (the
# chapters to tune on), "odd" (the chapters to report) or "all".
# BITEXT_ALIGN_TUNE passes through (l3=0 turns names off, and so on).
# Prints the eval report and the total alignment time; with SHAPES=1,
# also strict and lax F1 by link shape (bench/linkshapes.py). The work is
# bench/reftable.py's (--only), the one harness of the dev sets.
set -e
[ $# -ge 4 ] || { echo "usage: $0 BITEXT DEVDIR LANG PARITY [ALIGN OPTIONS...]" >&2; exit 2; }
b=$1 dev=$2 lang=$3 parity=$4
shift 4
exec python3 "$(dirname "$0")/reftable.py" "$b" "$dev" "$lang" "$parity" --only "$@"
