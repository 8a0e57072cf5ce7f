#!/bin/sh
# libxml2 keeps every element and attribute name of a document in one
# dictionary whose time grows faster than the number of names (100,000
# distinct attribute names read in 0.19 s, 400,000 in 2.4 s, 1.6 million in
# 68 s), each element well under BITEXT_MAX_XML_ATTRS. A document with more
# than BITEXT_MAX_XML_NAMES (65536) distinct names is refused before
# libxml2 reads the start tag that passes it, naming its line; real
# memories use a few dozen names, repeated.
. tests/cli/lib.sh
# mk N PER: N distinct attribute names, PER an element; or N repeated names
mk() {
	awk -v n=$1 -v per=$2 -v rep=${3:-0} 'BEGIN {
		printf "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n"
		for (k = 0; k < n; k += per) {
			printf "<tu"
			for (i = k; i < k + per && i < n; i++) printf " a%d=\"v\"", rep ? i - k : i
			print "><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>"
		}
		print "</body></tmx>" }'
}
mk 400000 1000 > "$T/names.tmx"
run tmx stats "$T/names.tmx"
expect_rc 65
expect_err_has "names.tmx:68: "
expect_err_has "65536"
run tmx convert "$T/names.tmx" -o "$T/o.tmx"
expect_rc 65
[ ! -e "$T/o.tmx" ] || fail "output written"
# element names count too; the same in UTF-16
awk 'BEGIN { print "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>"
	for (i = 0; i < 70000; i++) printf "<e%d/>\n", i; print "</body></tmx>" }' > "$T/el.tmx"
run tmx convert --recover "$T/el.tmx" --to tsv
expect_rc 65
expect_err_has "el.tmx:65534: "
{ printf '\377\376'; mk 70000 1000 | iconv -f UTF-8 -t UTF-16LE; } > "$T/n16.tmx"
run tmx stats "$T/n16.tmx"
expect_rc 65
expect_err_has "n16.tmx:68: "
# TBX and SRX, read whole, the same
awk 'BEGIN { printf "<?xml version=\"1.0\"?>\n<martif type=\"TBX\"><text><body>\n"
	for (k = 0; k < 70; k++) { printf "<termEntry"; for (i = 0; i < 1000; i++) printf " a%d=\"1\"", k * 1000 + i; print "/>" }
	print "</body></text></martif>" }' > "$T/n.tbx"
run terms list "$T/n.tbx"
expect_rc 65
expect_err_has "n.tbx:68: "
# as many attributes, their names repeating: read as before
mk 400000 1000 1 > "$T/rep.tmx"
run tmx stats "$T/rep.tmx"
expect_rc 0
expect_out_has "units: 400"
exit 0
