#!/bin/sh
# White space is a finding only where the target's differs from the
# source's, and --fix makes the target's white space match the source's:
# it never invents white space (a "\n" unit stays "\n") nor removes what
# the source has (column layout of --help strings keeps its spaces).
. tests/cli/lib.sh
nl='
'
cat > "$T/m.xlf" <<X
<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="m.po" source-language="en" target-language="de" datatype="plaintext">
    <body>
      <trans-unit id="nl" xml:space="preserve"><source>
</source><target>
</target></trans-unit>
      <trans-unit id="cols" xml:space="preserve"><source>  b    512</source><target>  b    512</target></trans-unit>
      <trans-unit id="help" xml:space="preserve"><source>  -a, --all     show all</source><target>  -a, --all     alles zeigen</target></trans-unit>
      <trans-unit id="srcdouble" xml:space="preserve"><source>Open the  file.</source><target>Öffnen Sie die Datei.</target></trans-unit>
      <trans-unit id="tgtdouble" xml:space="preserve"><source>Close the window.</source><target>Schließen Sie  das Fenster.</target></trans-unit>
      <trans-unit id="trail" xml:space="preserve"><source>Done.
</source><target>Fertig.</target></trans-unit>
    </body>
  </file>
</xliff>
X
run check "$T/m.xlf"
grep '\[whitespace\]' "$T/out" > "$T/ws"
for id in nl cols help srcdouble; do
	grep -q "xlf:$id\b\|unit $id\b\|$id:" "$T/ws" && { cat "$T/ws"; fail "unit $id: white space mirrored from the source reported"; }
done
grep -q 'in the source' "$T/ws" && { cat "$T/ws"; fail "white space reported in the source"; }
[ "$(grep -c 'double space in the target' "$T/ws")" -eq 1 ] || { cat "$T/ws"; fail "the target's own double space: one finding expected"; }
[ "$(grep -c 'trailing white space' "$T/ws")" -eq 1 ] || { cat "$T/ws"; fail "the missing trailing newline: one finding expected"; }
[ "$(wc -l < "$T/ws")" -eq 2 ] || { cat "$T/ws"; fail "2 white space findings expected"; }
# --fix all: the mirrored ones untouched, the two others repaired
run check --fix all "$T/m.xlf" -o "$T/f.xlf"
expect_rc 0
run check "$T/f.xlf"
grep -q '\[whitespace\]' "$T/out" && { cat "$T/out"; fail "whitespace findings left after --fix"; }
grep -q "<target>${nl}</target>" "$T/f.xlf" || { cat "$T/f.xlf"; fail "the \\n unit changed"; }
grep -qF '<target>  b    512</target>' "$T/f.xlf" || fail "column layout flattened"
grep -qF '<target>  -a, --all     alles zeigen</target>' "$T/f.xlf" || fail "--help layout flattened"
grep -qF '<target>Schließen Sie das Fenster.</target>' "$T/f.xlf" || fail "the target's double space not fixed"
grep -qF "<target>Fertig.${nl}</target>" "$T/f.xlf" || fail "the trailing newline not restored"
exit 0
