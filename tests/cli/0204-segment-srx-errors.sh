#!/bin/sh
# Bad SRX files: missing (66), malformed XML and bad regexes with file and
# line (65), entity declarations refused (65) without reading anything
# else; no output is written
. tests/cli/lib.sh
printf 'One. Two.\n' > "$T/in.txt"
run segment --lang en --srx "$T/none.srx" "$T/in.txt"
expect_rc 66
expect_err_has "none.srx"
printf '<srx version="2.0">\n<body>\n<languagerules>\n</body>\n</srx>\n' > "$T/bad.srx"
run segment --lang en --srx "$T/bad.srx" -o "$T/out.txt" "$T/in.txt"
expect_rc 65
expect_err_has "bad.srx:4:"
expect_err_has "not well-formed"
[ ! -e "$T/out.txt" ] || fail "output written despite the error"
cat > "$T/re.srx" <<'X'
<srx version="2.0"><body><languagerules>
<languagerule languagerulename="A">
<rule break="no">
<beforebreak>\b(Mr|Dr\.</beforebreak><afterbreak>\s</afterbreak>
</rule></languagerule></languagerules>
<maprules><languagemap languagepattern="en.*" languagerulename="A"/></maprules>
</body></srx>
X
run segment --lang en --srx "$T/re.srx" "$T/in.txt"
expect_rc 65
expect_err_has "re.srx:3:"
expect_err_has 'U_REGEX_MISMATCHED_PAREN'
cat > "$T/xxe.srx" <<X
<?xml version="1.0"?>
<!DOCTYPE srx [ <!ENTITY x SYSTEM "file://$T/secret"> ]>
<srx version="2.0"><body><languagerules><languagerule languagerulename="&x;"/></languagerules></body></srx>
X
echo SECRET > "$T/secret"
run segment --lang en --srx "$T/xxe.srx" "$T/in.txt"
expect_rc 65
expect_err_has "xxe.srx:2:"
expect_err_has "entities"
grep -q SECRET "$T/err" "$T/out" && fail "entity content leaked"
exit 0
