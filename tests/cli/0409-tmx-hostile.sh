#!/bin/sh
# Hostile and broken memories: no external entity is read, bombs fail fast,
# broken XML is located, --recover says how much was skipped, and a memory
# that fails to read never produces output.
. tests/cli/lib.sh
d=tests/data/tmx
run tmx convert $d/xxe.tmx -o "$T/x.tmx"
expect_rc 65
expect_err_has "xxe.tmx:9:"
expect_err_has "entity reference '&xxe;' refused"
[ ! -e "$T/x.tmx" ] || fail "output written"
run tmx convert $d/xxe.tmx --recover -o "$T/x.tsv"
expect_rc 0
grep -q 'root:' "$T/x.tsv" && fail "/etc/passwd leaked"
# an entity in a note: refused; --recover skips that unit only
printf '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY e "x">]>\n<tmx version="1.4"><header/><body>\n<tu tuid="1"><note>a &e; b</note><tuv xml:lang="en"><seg>one</seg></tuv></tu>\n<tu tuid="2"><tuv xml:lang="en"><seg>two</seg></tuv></tu>\n</body></tmx>\n' > "$T/en.tmx"
run tmx convert "$T/en.tmx" --to tsv
expect_rc 65
expect_err_has "en.tmx:4:"
run tmx convert "$T/en.tmx" --recover --to tsv
expect_rc 0
expect_out_has "two"
grep -q "one" "$T/out" && fail "the unit with an entity was kept"
# the same in attribute values, which XML always expands
printf '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4"><header/><body><tu tuid="&xxe;"><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>\n' > "$T/xa.tmx"
run tmx convert "$T/xa.tmx" --to jsonl
expect_rc 65
grep -q 'root:' "$T/out" && fail "/etc/passwd leaked through an attribute"
sed 's|<tu tuid="1">|<tu tuid="\&a9;">|; s|<seg>&a9;</seg>|<seg>ok</seg>|' $d/bomb.tmx > "$T/ba.tmx"
run tmx stats "$T/ba.tmx"
expect_rc 65
expect_err_has "entity declarations and references are not accepted"
start=$(date +%s)
run tmx stats $d/bomb.tmx
expect_rc 65
expect_err_has "bomb.tmx:3:2: entity declarations"
[ $(( $(date +%s) - start )) -le 3 ] || fail "entity bomb took too long"
# quadratic blowup, memory bounded by ulimit
awk 'BEGIN { printf "<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x \""; for (i = 0; i < 50000; i++) printf "x"; printf "\">]><tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>"; for (i = 0; i < 100000; i++) printf "&x;"; print "</seg></tuv></tu></body></tmx>" }' > "$T/quad.tmx"
start=$(date +%s)
# (no address-space limit under AddressSanitizer, which reserves terabytes)
lim=500000
[ -n "${ASAN_OPTIONS:-}" ] && lim=unlimited
( ulimit -v $lim; "$BITEXT" tmx convert "$T/quad.tmx" -o "$T/q.tmx" ) >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 65 ] || { cat "$T/err"; fail "quadratic blowup: exit $rc"; }
[ $(( $(date +%s) - start )) -le 5 ] || fail "quadratic blowup took too long"
[ ! -e "$T/q.tmx" ] || fail "output written"
# broken XML: position; --recover keeps the other units and says so
run tmx convert $d/broken.tmx -o "$T/b.tmx"
expect_rc 65
expect_err_has "broken.tmx:7:49:"
[ ! -e "$T/b.tmx" ] || fail "output written"
run tmx convert $d/broken.tmx --recover --to tsv
expect_rc 0
expect_err_has "3 units written"
expect_err_has "1 unit could not be read and was skipped"
grep -q 'five' "$T/out" || fail "unit after the break lost"
# a unit larger than the limit (16 MB) is refused, not held
xs() { head -c 9000000 /dev/zero | tr '\000' x; }
{ printf '<?xml version="1.0"?><tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>'
  xs; printf '</seg></tuv><tuv xml:lang="fr"><seg>'; xs
  printf '</seg></tuv></tu></body></tmx>\n'; } > "$T/huge.tmx"
run tmx stats "$T/huge.tmx"
expect_rc 65
expect_err_has "larger than bitext reads"
# standard input
"$BITEXT" tmx stats - < $d/okapi.tmx > "$T/out" 2>"$T/err" || fail "stdin"
expect_out_has "units: 1"
# an existing file is never half-overwritten
cp $d/okapi.tmx "$T/keep.tmx"
run tmx convert $d/broken.tmx -o "$T/keep.tmx"
expect_rc 65
cmp $d/okapi.tmx "$T/keep.tmx" || fail "existing output damaged"
exit 0
