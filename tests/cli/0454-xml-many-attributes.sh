#!/bin/sh
# An element with more attributes than BITEXT_MAX_XML_ATTRS (4096), in a
# TMX memory, an SRX file or a TBX termbase, is refused before libxml2
# parses it (its time is quadratic in them: 40,000
# took 18 s); the error names the line. Up to the cap, reading is linear:
# 1x and 8x the attributes spread over elements of 1000 (their names repeat
# from one element to the next, as in real memories), CPU time ratio under
# 16. LINEAR_ATTRS sets the 1x number of attributes (default 300000).
. tests/cli/lib.sh
# mk N PER LINES: N attributes, PER on each <tu>, the <tu> on line LINES+3
mk() {
	awk -v n=$1 -v per=$2 -v pad=$3 'BEGIN {
		printf "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n"
		for (i = 0; i < pad; i++) print "<!-- a=\"b\" <x c=d> -->"
		for (k = 0; k < n; k += per) {
			printf "<tu"
			for (i = k; i < k + per && i < n; i++) printf " a%d=\"v=%d\"", i - k, i
			print "><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>"
		}
		print "</body></tmx>" }'
}
mk 100000 100000 5 > "$T/a100k.tmx"
start=$(date +%s)
run tmx stats "$T/a100k.tmx"
expect_rc 65
expect_err_has "a100k.tmx:8:"
expect_err_has "4096"
[ $(( $(date +%s) - start )) -le 10 ] || fail "refusing took too long"
run tmx convert "$T/a100k.tmx" -o "$T/o.tmx"
expect_rc 65
[ ! -e "$T/o.tmx" ] || fail "output written"
# the cap itself is accepted, one more is not; also in a UTF-16 file
mk 4096 4096 0 > "$T/cap.tmx"
run tmx convert "$T/cap.tmx" --to jsonl
expect_rc 0
[ "$(grep -o '"a[0-9]*"' "$T/out" | wc -l)" -eq 4096 ] || fail "attributes lost"
mk 4097 4097 0 > "$T/over.tmx"
run tmx stats "$T/over.tmx"
expect_rc 65
expect_err_has "over.tmx:3:"
{ printf '\377\376'; mk 4097 4097 0 | iconv -f UTF-8 -t UTF-16LE; } > "$T/over16.tmx"
run tmx stats "$T/over16.tmx"
expect_rc 65
expect_err_has "over16.tmx:3:"
# quotes, '=' and '>' inside values, comments and the DOCTYPE do not count
printf '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!-- " -->\n<!ATTLIST tu a CDATA "x>y">\n]>\n<tmx version="1.4"><header srclang="en"/><body>\n<tu a="1=2>3" b='"'"'"="'"'"'><tuv xml:lang="en"><seg>a=b &lt;c d=e&gt;</seg></tuv></tu>\n</body></tmx>\n' > "$T/q.tmx"
run tmx stats "$T/q.tmx"
expect_rc 0
# SRX rules and TBX termbases, read whole, are checked the same way
awk 'BEGIN { printf "<srx version=\"2.0\"><body><languagerules>\n<languagerule languagerulename=\"A\""; for (i = 0; i < 5000; i++) printf " a%d=\"1\"", i; print "/></languagerules></body></srx>" }' > "$T/a.srx"
printf 'One. Two.\n' > "$T/in.txt"
run segment --lang en --srx "$T/a.srx" "$T/in.txt"
expect_rc 65
expect_err_has "a.srx:2: "
expect_err_has "BITEXT_MAX_XML_ATTRS"
awk 'BEGIN { printf "<?xml version=\"1.0\"?>\n<martif type=\"TBX\"><text><body>\n<termEntry"; for (i = 0; i < 5000; i++) printf " a%d=\"1\"", i; print "/></body></text></martif>" }' > "$T/a.tbx"
run terms list "$T/a.tbx"
expect_rc 65
expect_err_has "a.tbx:3: "
# linear up to the cap
n=${LINEAR_ATTRS:-300000}
mk $n 1000 0 > "$T/l1.tmx"
mk $((n * 8)) 1000 0 > "$T/l8.tmx"
t1=$(cpu_seconds "$BITEXT" tmx stats "$T/l1.tmx") || fail "stats 1x failed"
t8=$(cpu_seconds "$BITEXT" tmx stats "$T/l8.tmx") || fail "stats 8x failed"
expect_linear "tmx stats, 1000 attributes an element" "$t1" "$t8"
exit 0
