#!/bin/sh
# -o FILE is replaced only when every input succeeded
. tests/cli/lib.sh
printf 'old content\n' > "$T/o.txt"
printf 'Good text.\n' > "$T/good.txt"
printf 'bad \377 text\n' > "$T/bad.txt"
run segment --lang en --encoding UTF-8 -o "$T/o.txt" "$T/good.txt" "$T/bad.txt"
expect_rc 65
[ "$(cat "$T/o.txt")" = "old content" ] || fail "output replaced on error"
ls -a "$T" | grep -q '^\.o\.txt\.' && fail "temporary file left behind"
run segment --lang en -o "$T/o.txt" "$T/good.txt" "$T/good.txt"
expect_rc 0
printf 'Good text.\n\nGood text.\n' | cmp -s - "$T/o.txt" || fail "output wrong"
