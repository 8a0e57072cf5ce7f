# Every command that writes JSON Lines takes both names for it, json and
# jsonl, and writes the same bytes under either
. tests/cli/lib.sh
printf 'Hello there. How are you?\n' > "$T/a.en"
printf 'Hallo. Wie geht es dir?\n' > "$T/a.de"
printf 'src\ttgt\nThe file has 3 lines.\tDie Datei hat 4 Zeilen.\n' > "$T/p.tsv"
failed=0
# same NAME CMD...: CMD run with -f json and with -f jsonl succeed alike
same() {
	what=$1
	shift
	"$BITEXT" "$@" json >"$T/o1" 2>"$T/e1"; r1=$?
	"$BITEXT" "$@" jsonl >"$T/o2" 2>"$T/e2"; r2=$?
	if [ "$r1" -gt 1 ] || [ "$r2" -gt 1 ] || [ "$r1" -ne "$r2" ] ||
	   ! cmp -s "$T/o1" "$T/o2" || [ ! -s "$T/o1" ]; then
		failed=$((failed + 1))
		echo "case failed: $what (exit $r1 / $r2)"
		head -3 "$T/e1" "$T/e2" | sed 's/^/    /'
	fi
}
same segment segment -l en "$T/a.en" -f
same align align "$T/a.en" "$T/a.de" --src-lang en --tgt-lang de --format
same check check --src-lang en --tgt-lang de "$T/p.tsv" -f
"$BITEXT" align "$T/a.en" "$T/a.de" --src-lang en --tgt-lang de --format jsonl -o "$T/pred.jsonl" 2>/dev/null
printf '0:0\n1:1\n' > "$T/gold"
same eval eval "$T/gold" "$T/pred.jsonl" --format
[ "$failed" -eq 0 ] || fail "$failed of 4 commands take one name only"
