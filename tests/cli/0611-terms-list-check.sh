#!/bin/sh
# terms list prints a glossary that loads again; terms check validates.
. tests/cli/lib.sh
run terms list tests/data/check/terms.tbx
expect_rc 0
expect_out_has "# bitext-glossary ko en"
expect_out_has "김정은	Kim Jung-eun	deprecated"
cp "$T/out" "$T/g.tsv"
run terms list "$T/g.tsv"
expect_rc 0
expect_out_has "해커	cracker	forbidden"
run terms check tests/data/check/terms.tsv
expect_rc 0
printf '# bitext-glossary ko en\n소니\tSony\n소니\tSony\n해커\t\n북한\tNorth Korea\n' > "$T/bad.tsv"
run terms check "$T/bad.tsv"
expect_rc 1
expect_out_has "$T/bad.tsv:3: warning: “Sony” occurs twice in one concept"
expect_out_has "$T/bad.tsv:4: error: empty term"
printf '# bitext-glossary xx-bogus en\n소니\tSony\n' > "$T/lang.tsv"
run terms check "$T/lang.tsv"
expect_rc 1
expect_out_has "unknown language 'xx-bogus'"
run terms list "$T/none.tbx"
expect_rc 66
run terms frobnicate x
expect_rc 2
run terms --help
expect_rc 0
expect_out_has "bitext terms extract"
exit 0
