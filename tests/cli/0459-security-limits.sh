#!/bin/sh
# doc/security.md states every cap of src/util/limits.h with its value:
# each BITEXT_* constant has a row of the limits table, and the value
# written there ("64 KiB", "100 million", "4096") is the constant's, so the
# page cannot drift from the code.
. tests/cli/lib.sh
lim=src/util/limits.h doc=doc/security.md
bad=0
for name in $(sed -n 's/^#define \(BITEXT_[A-Z0-9_]*\) .*/\1/p' "$lim"); do
	expr=$(sed -n "s/^#define $name //p" "$lim" |
		sed 's/([a-z_ ]*)//g; s/ULL//g; s/[UL]*$//')
	want=$(($expr))
	row=$(grep -F "| \`$name\` |" "$doc") || {
		echo "$name: no row in $doc"; bad=$((bad + 1)); continue; }
	cell=$(printf '%s\n' "$row" | awk -F'|' '{ print $3 }')
	got=$(printf '%s\n' "$cell" | awk '{
		n = $1; gsub(/,/, "", n); u = $2
		if (u == "KiB") n *= 1024; else if (u == "MiB") n *= 1048576
		else if (u == "million") n *= 1000000
		printf "%.0f\n", n }')
	if [ "$got" != "$want" ]; then
		echo "$name: $doc says '$cell' ($got), limits.h $want"
		bad=$((bad + 1))
	fi
done
[ $bad -eq 0 ] || fail "$bad limits missing or wrong in $doc"
exit 0
