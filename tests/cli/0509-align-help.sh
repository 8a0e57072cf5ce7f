# bitext align --help and eval --help explain the command, in English and
# Korean
. tests/cli/lib.sh
run align --help
expect_rc 0
expect_out_has "usage: bitext align SRC TGT"
expect_out_has "--segmented"
expect_out_has "Examples:"
run --ui-lang ko align --help
expect_rc 0
expect_out_has "사용법: bitext align"
run eval --help
expect_rc 0
expect_out_has "usage: bitext eval GOLD PRED"
run --ui-lang ko eval --help
expect_out_has "정밀도"
exit 0
