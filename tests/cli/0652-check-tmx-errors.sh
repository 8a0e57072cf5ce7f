#!/bin/sh
# A broken memory is reported as bad data with its position, even when it
# breaks before the languages are known (not as a usage error).
. tests/cli/lib.sh
cat > "$T/xxe.tmx" <<'X'
<?xml version="1.0"?>
<tmx version="1.4"><header srclang="ko" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="ko"><seg>&xxe;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>
X
run check "$T/xxe.tmx"
expect_rc 65
expect_err_has "$T/xxe.tmx:3:"
# the same on standard input
"$BITEXT" check - < "$T/xxe.tmx" > /dev/null 2> "$T/err"; rc=$?
[ $rc = 65 ] || fail "stdin: exit $rc"
grep -q "<stdin>:3:" "$T/err" || fail "stdin: $(cat "$T/err")"
exit 0
