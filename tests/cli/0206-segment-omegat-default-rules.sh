#!/bin/sh
# The default rules shipped inside OmegaT (1000+ rules, 16 language maps,
# a header without attributes, so they cascade into the ".*" rules) load
# and segment; skipped when OmegaT or unzip is not installed
. tests/cli/lib.sh
jar=/usr/share/omegat/OmegaT.jar
[ -f "$jar" ] || skip "OmegaT is not installed"
command -v unzip >/dev/null 2>&1 || skip "unzip is not installed"
unzip -p "$jar" org/omegat/core/segmentation/defaultRules.srx > "$T/omegat.srx" 2>/dev/null
[ -s "$T/omegat.srx" ] || skip "no defaultRules.srx in $jar"
printf 'Mr. Kim met Dr. Lee on Monday. They talked for an hour. Was it useful? Nobody knows.\n' > "$T/en.txt"
run segment --lang en --srx "$T/omegat.srx" "$T/en.txt"
expect_rc 0
expect_out_has 'Mr. Kim met Dr. Lee on Monday.'
expect_out_has 'They talked for an hour.'
expect_out_has 'Was it useful?'
[ "$(grep -c . "$T/out")" -eq 4 ] || { cat "$T/out"; fail "expected 4 sentences"; }
printf 'Herr Dr. Müller kam z.B. am Montag. Er blieb.\n' > "$T/de.txt"
run segment --lang de --srx "$T/omegat.srx" "$T/de.txt"
expect_rc 0
expect_out_has 'Herr Dr. Müller kam z.B. am Montag.'
[ "$(grep -c . "$T/out")" -eq 2 ] || { cat "$T/out"; fail "expected 2 sentences"; }
