#!/bin/sh
# segment --help explains every option, with examples; bad options are usage errors
. tests/cli/lib.sh
run segment --help
expect_rc 0
for o in --lang --srx --encoding --replace-invalid --input-format --format --output --verbose Examples:; do
	expect_out_has "$o"
done
run segment --no-such-option x.txt
expect_rc 2
expect_err_has "--no-such-option"
expect_err_has "bitext segment --help"
run segment --lang en --format xml x.txt
expect_rc 2
expect_err_has "'xml'"
run segment --lang en --input-format pdf x.txt
expect_rc 2
run segment
expect_rc 2
expect_err_has "no input file"
run --ui-lang ko segment --help
expect_rc 0
expect_out_has "사용법: bitext segment"
