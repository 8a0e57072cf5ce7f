# every symbol the library exports carries the bitext_ prefix: the dynamic
# symbols libbitext.so defines and the global symbols of libbitext.a's
# members (which land in every program that links the static library); and
# the shared library exports no internal bitext_<mod>__<verb>
. tests/cli/lib.sh
command -v nm >/dev/null || skip "nm is not installed (binutils): cannot list symbols"
build=$(dirname "$BITEXT")
so=$build/libbitext.so
a=$build/libbitext.a
[ -f "$so" ] || fail "missing $so"
[ -f "$a" ] || fail "missing $a"

# nm -D --defined-only: "ADDR TYPE NAME"; every dynamic symbol the shared
# library defines is part of its ABI
nm -D --defined-only "$so" > "$T/so" || fail "nm -D failed on $so"
[ -s "$T/so" ] || fail "nm lists no dynamic symbols in $so"
awk 'NF == 3 && $3 !~ /^bitext_/ { print "  " $3 " (" $2 ")" }' "$T/so" > "$T/bad.so"
# ... and internals (bitext_<mod>__<verb>) stay hidden (-fvisibility=hidden):
# only the public API is exported
awk 'NF == 3 && $3 ~ /^bitext_[a-z0-9_]*__/ { print "  " $3 " (" $2 ")" }' \
	"$T/so" > "$T/internal.so"

# nm -A -g --defined-only: "ARCHIVE:MEMBER:ADDR TYPE NAME". AddressSanitizer
# adds an __odr_asan.NAME beside each global variable NAME: NAME counts.
nm -A -g --defined-only "$a" > "$T/a" 2>/dev/null || fail "nm failed on $a"
[ -s "$T/a" ] || fail "nm lists no global symbols in $a"
awk 'NF == 3 { sub(/^__odr_asan\./, "", $3) }
NF == 3 && $3 !~ /^bitext_/ {
	n = split($1, p, ":"); print "  " $3 " (" $2 ", " p[n - 1] ")" }' \
	"$T/a" > "$T/bad.a"

bad=0
if [ -s "$T/bad.so" ]; then
	echo "libbitext.so exports symbols without the bitext_ prefix:"
	cat "$T/bad.so"
	bad=1
fi
if [ -s "$T/internal.so" ]; then
	echo "libbitext.so exports internal symbols (bitext_<mod>__<verb>):"
	cat "$T/internal.so"
	bad=1
fi
if [ -s "$T/bad.a" ]; then
	echo "libbitext.a has global symbols without the bitext_ prefix:"
	cat "$T/bad.a"
	bad=1
fi
[ "$bad" -eq 0 ] || fail "unprefixed or exported internal symbols (rename to bitext_<mod>__<verb>, make them static, or keep BITEXT_EXTERN to the public API)"
exit 0
