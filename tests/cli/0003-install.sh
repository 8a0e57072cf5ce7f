# make install puts binary, libraries, headers, bitext.pc, man pages and data
# under DESTDIR/PREFIX, and the installed tool finds its messages there
. tests/cli/lib.sh
build=$(dirname "$BITEXT")
make -s BUILD="$build" DESTDIR="$T/root" install >"$T/log" 2>&1 ||
	{ cat "$T/log"; fail "make install failed"; }
r=$T/root/usr/local
for f in bin/bitext lib/libbitext.a lib/libbitext.so lib/pkgconfig/bitext.pc \
	include/bitext/bitext.h share/man/man1/bitext.1 share/bitext/ui/root.res \
	share/bitext/ui/ko.res share/bitext/locales/ko/segment.srx \
	share/bitext/locales/en/segment.srx; do
	[ -e "$r/$f" ] || fail "missing $f"
done
# every man page of the tree, one per command besides bitext(1)
for m in man/*.1; do
	[ -e "$r/share/man/man1/$(basename "$m")" ] || fail "man page $m not installed"
done
for c in segment align eval tmx terms check; do
	[ -e "$r/share/man/man1/bitext-$c.1" ] || fail "no man page bitext-$c.1"
done
grep -q 'Version: ' "$r/lib/pkgconfig/bitext.pc" || fail "bitext.pc has no version"
# a program built against the installed library
cat > "$T/p.c" <<'C'
#include <bitext/bitext.h>
#include <stdio.h>
int main(void) { printf("%s\n", bitext_version()); return 0; }
C
# a sanitizer build's library needs the sanitizer runtimes to link
san=
nm "$r/lib/libbitext.a" 2>/dev/null | grep -q __asan_ && san=-fsanitize=address,undefined
cc $san -I"$r/include" -o "$T/p" "$T/p.c" "$r/lib/libbitext.a" \
	$(pkg-config --libs icu-uc icu-i18n icu-io libxml-2.0 hunspell) -lpthread -lm ||
	fail "cannot link against the installed library"
"$T/p" | grep -q '^0\.' || fail "installed library does not run"
# the installed tool, run without BITEXT_DATADIR, finds its Korean messages
env -u BITEXT_DATADIR "$r/bin/bitext" --ui-lang ko help > "$T/out" 2>&1
expect_out_has "사용법"
# ... and its segmentation rules (an abbreviation is not a sentence end)
printf 'He arrived on Dec. 10 in Seoul. Then he left.\n' |
	env -u BITEXT_DATADIR "$r/bin/bitext" segment --lang en - > "$T/out" 2>&1
expect_out_is "He arrived on Dec. 10 in Seoul.
Then he left."
