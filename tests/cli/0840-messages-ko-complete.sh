#!/bin/sh
# Every message of the root (English) catalog has a Korean entry, with the
# same arguments ({0}, {1,number}...): a message added without one would
# show English in the middle of a Korean session. And the compiled Korean
# bundle serves a checklist error in Korean.
. tests/cli/lib.sh
# ids and the argument numbers each one uses: "id 0 1" per line
ids() {
	cat "$1"/*.txt | awk '
		/^[A-Za-z0-9_]+\{/ { if (id != "") print id, args; id = $0; sub(/\{.*/, "", id); args = "" }
		/^\}/ { if (id != "") print id, args; id = "" }
		id != "" { s = $0; while (match(s, /\{[0-9]+/)) { n = substr(s, RSTART + 1, RLENGTH - 1); if (index(" " args " ", " " n " ") == 0) args = args " " n; s = substr(s, RSTART + RLENGTH) } }
		END { if (id != "") print id, args }' |
	while read -r id rest; do
		printf '%s %s\n' "$id" "$(printf '%s\n' $rest | sort -n | tr '\n' ' ')"
	done | sort -u
}
ids locales/root/messages > "$T/root"
ids locales/ko/messages > "$T/ko"
grep -q "^check_list_cond_sides 0 1 $" "$T/ko" || fail "arguments not read: $(grep check_list_cond_sides "$T/ko")"
[ "$(wc -l < "$T/root")" -gt 300 ] || fail "the root catalog was not read: $(wc -l < "$T/root") ids"
cut -d' ' -f1 "$T/root" > "$T/root.ids"
cut -d' ' -f1 "$T/ko" > "$T/ko.ids"
comm -23 "$T/root.ids" "$T/ko.ids" > "$T/missing"
[ -s "$T/missing" ] && fail "$(wc -l < "$T/missing") messages have no Korean entry: $(tr '\n' ' ' < "$T/missing")"
# the same arguments on both sides
bad=$(awk 'NR == FNR { a[$1] = $0; next } ($1 in a) && a[$1] != $0 { print $1 }' "$T/root" "$T/ko")
[ -z "$bad" ] || fail "Korean entries with other arguments than the English: $bad"
# the bundle as installed serves them
printf '[a]\nseverity = warning\nmessage = x\ntarget = x\n[a]\n' > "$T/list"
printf 'ko\ten\n정부\tgovernment\n' > "$T/m.tsv"
run --ui-lang ko check --checklist "$T/list" "$T/m.tsv"
expect_rc 65
expect_err_has "규칙 'a'이(가) 두 번 정의되었습니다"
exit 0
