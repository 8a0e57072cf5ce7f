# a layer includes only the layers below it, headers included: what the
# object files cannot show (a type, an enum, a macro or an inline function
# taken from a layer above) shows in the #include lines. For every file of
# src/LAYER/ and include/bitext/, each internal header ("LAYER/NAME.h") and
# each public header (bitext/NAME.h, quoted or in angle brackets) must
# belong to the same or a lower layer. The order is that of 0012:
# util < lang < text < segment < tmx < termbase < align < check < cli.
# A public header new to the tree must be given its layer in PUBLIC below.
. tests/cli/lib.sh
ls src/util/*.c >/dev/null 2>&1 || fail "no src/util (run from the top of the tree)"
order="util lang text segment tmx termbase align check cli"

# the layer of each public header: the layer that implements it
# (bitext.h includes every header: only the tool may use it)
PUBLIC='common util
errors util
io util
msg util
rows util
lang lang
numbers lang
stem lang
translit lang
doc text
text text
segment segment
tmx tmx
tm tmx
termbase termbase
align align
eval align
check check
bitext cli'

for h in include/bitext/*.h; do
	b=$(basename "$h" .h)
	printf '%s\n' "$PUBLIC" | grep -q "^$b " ||
		fail "include/bitext/$b.h has no layer: add it to PUBLIC in $0"
done

files=$(ls src/*/*.c src/*/*.h include/bitext/*.h 2>/dev/null)
printf '%s\n' "$PUBLIC" > "$T/public"
awk -v order="$order" -v public="$T/public" '
BEGIN {
	n = split(order, o, " ")
	for (i = 1; i <= n; i++)
		rank[o[i]] = i
	while ((getline line < public) > 0) {
		split(line, f, " ")
		layer_of[f[1]] = f[2]
	}
}
FNR == 1 {
	own = FILENAME
	if (own ~ /^include\/bitext\//) {
		b = own; sub(/^include\/bitext\//, "", b); sub(/\.h$/, "", b)
		own = layer_of[b]
	} else {
		sub(/^src\//, "", own); sub(/\/.*/, "", own)
	}
}
/^[ \t]*#[ \t]*include[ \t]*["<]/ {
	name = $0
	sub(/^[ \t]*#[ \t]*include[ \t]*["<]/, "", name)
	sub(/[">].*/, "", name)
	to = ""
	if (name ~ /^bitext\/[a-z0-9_]+\.h$/) {
		b = name; sub(/^bitext\//, "", b); sub(/\.h$/, "", b)
		to = layer_of[b]
	} else if (FILENAME ~ /^include\/bitext\// && name ~ /^[a-z0-9_]+\.h$/ &&
	    (substr(name, 1, length(name) - 2) in layer_of)) {
		to = layer_of[substr(name, 1, length(name) - 2)]   # "doc.h"
	} else if (name ~ /\//) {
		to = name; sub(/\/.*/, "", to)
		if (!(to in rank))
			to = ""                  # a system or dependency header
	}
	if (to != "" && (own in rank) && rank[to] > rank[own])
		print FILENAME ":" FNR ": " own " includes " name " (" to ")"
}' $files > "$T/up" || fail "awk failed"

if [ -s "$T/up" ]; then
	echo "includes that point up the layers:"
	sed 's/^/  /' "$T/up"
	fail "$(wc -l < "$T/up" | tr -d ' ') include(s) reach a higher layer"
fi
exit 0
