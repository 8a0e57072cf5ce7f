# the main commands run clean under valgrind: no invalid reads or writes,
# no memory definitely or indirectly lost (skips without valgrind, and for
# sanitizer builds, which valgrind cannot run)
. tests/cli/lib.sh
command -v valgrind >/dev/null || skip "valgrind is not installed"
nm "$BITEXT" 2>/dev/null | grep -q __asan_ && skip "sanitizer build"
ko=corpora/ko-en/02-sony-pictures-hack.ko.txt
en=corpora/ko-en/02-sony-pictures-hack.en.txt
vg() {
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
		--error-exitcode=99 "$BITEXT" "$@" > "$T/out" 2> "$T/vg"
	r=$?
	[ "$r" -ne 99 ] || { cat "$T/vg"; fail "valgrind found errors in: bitext $*"; }
}
vg segment --lang ko "$ko"
vg align "$ko" "$en" --tgt-lang en --format tmx -o "$T/a.tmx"
vg tmx stats "$T/a.tmx"
vg check --terms corpora/ko-en/terms.tbx "$T/a.tmx"
vg segment --lang en tests/cli/lib.sh /nonexistent
exit 0
