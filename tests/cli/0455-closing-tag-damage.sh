#!/bin/sh
# A memory whose closing tags are damaged is refused: every byte of the
# last "</body>" and "</tmx>" replaced by another character, deleted, or the
# file cut after it; the same for XLIFF's "</xliff>". Reading stopped at
# </body> and never looked at what followed, so a file cut inside
# "</tmx>" (or with "<tmx>" there) read as whole.
. tests/cli/lib.sh
tmx_body='<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv></tu>'
xlf_body='<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="fr" datatype="plaintext" original="x"><body>
<trans-unit id="1"><source>Hello.</source><target>Bonjour.</target></trans-unit>
</body></file>'
bad=0
# damage PREFIX TAIL EXT: try every change of TAIL's bytes after PREFIX
damage() {
	pre=$1 tail=$2 ext=$3
	printf '%s\n%s\n' "$pre" "$tail" > "$T/ok.$ext"
	run tmx stats "$T/ok.$ext"
	expect_rc 0
	n=${#tail}
	i=0
	while [ $i -lt $n ]; do
		head=$(printf '%s' "$tail" | head -c $i)
		rest=$(printf '%s' "$tail" | tail -c +$((i + 2)))
		for kind in X space del cut; do
			case $kind in
			X) new="${head}X$rest" ;;
			space) new="$head $rest" ;;
			del) new="$head$rest" ;;
			cut) new=$head ;;
			esac
			[ "$new" = "$tail" ] && continue
			printf '%s\n%s' "$pre" "$new" > "$T/d.$ext"
			run tmx stats "$T/d.$ext"
			if [ "$rc" -ne 65 ] || ! grep -q "d\.$ext:[0-9]" "$T/err"; then
				echo "accepted (stats, rc $rc): '$new'"
				bad=$((bad + 1))
			fi
			[ $ext = tmx ] || continue
			run tmx validate "$T/d.$ext"
			if [ "$rc" -ne 1 ] || ! grep -q "d\.$ext:[0-9]" "$T/out"; then
				echo "accepted (validate, rc $rc): '$new'"
				bad=$((bad + 1))
			fi
		done
		i=$((i + 1))
	done
}
damage "$tmx_body" '</body></tmx>' tmx
damage "$xlf_body" '</xliff>' xlf
# and what follows the root is only blanks, comments, processing
# instructions
printf '%s\n</body></tmx>\n<!-- end -->\n' "$tmx_body" > "$T/c.tmx"
run tmx stats "$T/c.tmx"
expect_rc 0
printf '%s\n</body></tmx>\n<tu/>\n' "$tmx_body" > "$T/c.tmx"
run tmx stats "$T/c.tmx"
[ "$rc" -eq 65 ] || { echo "element after </tmx> accepted"; bad=$((bad + 1)); }
# with --recover, a unit before damage is still read
printf '%s\n</body></tm' "$tmx_body" > "$T/r.tmx"
run tmx convert --recover "$T/r.tmx" --to tsv
expect_out_has 'Bonjour.'
[ $bad -eq 0 ] || fail "$bad damaged files accepted"
exit 0
