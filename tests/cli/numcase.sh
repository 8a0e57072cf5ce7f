# numcase.sh - sourced by the number tests (0670-0684) after lib.sh. Each
# case is one pair checked alone with the number check only, so that the
# other checks and the other pairs cannot hide or add a finding.
#   same SL TL SRC TGT     the pair says the same numbers: no number
#                          finding at all, not even info
#   differs SL TL SRC TGT  one number differs: exactly one number finding,
#                          an error or a warning, with both spans (the
#                          source's number and the target's)
#   dropped SL TL SRC TGT  a number of the source is left out: one finding
#                          (warning or error) with the source span
#   found SL TL SRC TGT    numbers differ: at least one number finding, an
#                          error or a warning (both ends of a range may be
#                          wrong at once)
# num_done: fails with the cases that went wrong, after running them all.
printf '* = off\nnumber = error\n' > "$T/num.profile"
num_bad=0
num_total=0

num_run() {
	printf '%s\t%s\n%s\t%s\n' "$1" "$2" "$3" "$4" > "$T/num.tsv"
	"$BITEXT" check -p "$T/num.profile" -f jsonl -F error "$T/num.tsv" \
		>"$T/num.out" 2>"$T/num.err"
	num_rc=$?
	num_n=$(grep -c '"check": "number"' "$T/num.out")
}

num_miss() {
	num_bad=$((num_bad + 1))
	echo "case failed ($1): $2 | $3"
	sed 's/^/    /' "$T/num.out" "$T/num.err"
}

same() {
	num_total=$((num_total + 1))
	num_run "$@"
	if [ "$num_rc" -gt 1 ] || [ "$num_n" -ne 0 ]; then num_miss same "$3" "$4"; fi
}

differs() {
	num_total=$((num_total + 1))
	num_run "$@"
	if [ "$num_rc" -gt 1 ] || [ "$num_n" -ne 1 ] ||
	   ! grep -q '"severity": "\(error\|warning\)"' "$T/num.out" ||
	   grep -q '"source_span": null' "$T/num.out" ||
	   grep -q '"target_span": null' "$T/num.out"; then
		num_miss differs "$3" "$4"
	fi
}

dropped() {
	num_total=$((num_total + 1))
	num_run "$@"
	if [ "$num_rc" -gt 1 ] || [ "$num_n" -ne 1 ] ||
	   ! grep -q '"severity": "\(error\|warning\)"' "$T/num.out" ||
	   grep -q '"source_span": null' "$T/num.out"; then
		num_miss dropped "$3" "$4"
	fi
}

found() {
	num_total=$((num_total + 1))
	num_run "$@"
	if [ "$num_rc" -gt 1 ] || [ "$num_n" -lt 1 ] ||
	   ! grep -q '"severity": "\(error\|warning\)"' "$T/num.out"; then
		num_miss found "$3" "$4"
	fi
}

num_done() {
	[ "$num_bad" -eq 0 ] || fail "$num_bad of $num_total cases"
	echo "$num_total cases"
}
