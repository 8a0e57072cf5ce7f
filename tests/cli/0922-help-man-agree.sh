# Every long option that a command's --help lists is described in the
# command's man page, and every file of corpora/ that a --help example
# names exists (the examples can be run as shown)
. tests/cli/lib.sh
missing=0
for cmd in segment align eval check terms lexicon tmx; do
	man=man/bitext-$cmd.1
	[ -f "$man" ] || fail "no man page for $cmd"
	"$BITEXT" "$cmd" --help >"$T/help" 2>&1 || fail "bitext $cmd --help failed"
	# and the help of its subcommands (tmx merge, terms extract ...)
	for sub in $(sed -n -e 's/^\(usage:\|      \) bitext '"$cmd"' \([a-z][a-z]*\) .*/\2/p' \
		-e '/^Subcommands:/,/^$/s/^  \([a-z][a-z]*\) .*/\1/p' "$T/help" | sort -u); do
		"$BITEXT" "$cmd" "$sub" --help >>"$T/help" 2>/dev/null || fail "bitext $cmd $sub --help failed"
	done
	sed 's/\\-/-/g' "$man" > "$T/man"
	for opt in $(grep -o -- '--[a-z][a-z0-9-]*' "$T/help" | sort -u); do
		grep -q -- "$opt\b" "$T/man" || { echo "$man lacks $opt"; missing=$((missing + 1)); }
	done
	for f in $(grep -o 'corpora/[^ ]*' "$T/help" | sort -u); do
		[ -e "$f" ] || { echo "bitext $cmd --help names $f, which does not exist"; missing=$((missing + 1)); }
	done
done
[ "$missing" -eq 0 ] || fail "$missing options or example files missing"
