#!/bin/sh
# A file that names no target language (po2xliff writes only
# source-language): -l names it, and the units are checked as translated,
# not reported empty one by one. A memory that holds no variant of the -l
# language is one clear error (exit 65) naming what it holds, not a
# finding per unit.
. tests/cli/lib.sh
cat > "$T/m.xlf" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="m.po" source-language="en-US" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>Open the file.</source><target state="translated">Öffnen Sie die Datei.</target></trans-unit>
      <trans-unit id="2"><source>Close the window.</source><target state="translated">Schließen Sie das Fenster.</target></trans-unit>
      <trans-unit id="3"><source>Save the file.</source></trans-unit>
    </body>
  </file>
</xliff>
X
run check -l de "$T/m.xlf"
# unit 3 has no target: it alone is an empty target (an untranslated unit)
grep "target is empty" "$T/out" | grep -v "m.xlf:3: " &&
	{ cat "$T/out"; fail "-l de: translated units reported empty"; }
expect_err_has "3 units checked"
# without -l: the language the file lacks is named, with -l as the way out
run check "$T/m.xlf"
expect_err_has "--tgt-lang"
grep "target is empty" "$T/out" | grep -v "m.xlf:3: " &&
	fail "without -l: translated units reported empty"
# a memory of en-US and fr checked for de: one error, exit 65, no findings
cat > "$T/m.tmx" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="en-US"><seg>Open the file.</seg></tuv><tuv xml:lang="fr"><seg>Ouvrez le fichier.</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Close the window.</seg></tuv><tuv xml:lang="fr"><seg>Fermez la fenêtre.</seg></tuv></tu>
</body></tmx>
X
run check -l de "$T/m.tmx"
expect_rc 65
expect_err_has "no de variant"
expect_err_has "en-US"
expect_err_has "fr"
[ "$(wc -l < "$T/err")" -le 2 ] || { cat "$T/err"; fail "more than one error line"; }
[ -s "$T/out" ] && { cat "$T/out"; fail "findings printed"; }
# the memory's own languages still work
run check -l fr "$T/m.tmx"
expect_rc 0
exit 0
