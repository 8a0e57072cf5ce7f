#!/bin/sh
# The text report is one finding a line: control characters in quotes and
# suggestions are escaped (\n, \t), and a suggestion of invisible
# characters only names them (U+0020 SPACE) instead of printing blanks.
. tests/cli/lib.sh
tab='	'
cat > "$T/m.xlf" <<X
<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="m.po" source-language="en" target-language="de" datatype="plaintext">
    <body>
      <trans-unit id="a" xml:space="preserve"><source>First line.
Second line.</source><target>Erste Zeile.
Zweite  Zeile.</target></trans-unit>
      <trans-unit id="b" xml:space="preserve"><source>Done.
</source><target>Fertig.</target></trans-unit>
      <trans-unit id="c" xml:space="preserve"><source>Name:${tab}value.</source><target>Name:${tab}Wert  hier.</target></trans-unit>
    </body>
  </file>
</xliff>
X
run check "$T/m.xlf"
[ -s "$T/out" ] || fail "no findings"
grep -v "^$T/m.xlf:[abc]: " "$T/out" > "$T/bad" && { cat "$T/out"; fail "a line that is not a finding: $(head -1 "$T/bad")"; }
[ "$(wc -l < "$T/out")" -eq 3 ] || { cat "$T/out"; fail "3 findings expected"; }
grep "^$T/m.xlf:a: " "$T/out" | grep -qF 'eile.\nZweite  Zeile' || { cat "$T/out"; fail "newline in the quote not escaped"; }
grep "^$T/m.xlf:c: " "$T/out" | grep -qF 'Name:\tWert' || { cat "$T/out"; fail "tab in the quote not escaped"; }
grep "^$T/m.xlf:a: " "$T/out" | grep -qF '(suggestion: U+0020 SPACE)' || { cat "$T/out"; fail "the space suggested is not named"; }
grep "^$T/m.xlf:b: " "$T/out" | grep -qF 'U+000A' || { cat "$T/out"; fail "the newline suggested is not named"; }
grep -qF '(suggestion:  )' "$T/out" && fail "an invisible suggestion"
# the machine-readable report keeps the text as it is (JSON escapes it)
run check -f jsonl "$T/m.xlf"
grep -qF '"suggestion": " "' "$T/out" || { cat "$T/out"; fail "jsonl suggestion changed"; }
exit 0
