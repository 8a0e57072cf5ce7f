# messages follow LANG / LC_ALL / --ui-lang, falling back to English
. tests/cli/lib.sh
run --ui-lang ko help
expect_rc 0
expect_out_has "사용법: bitext"
LC_ALL=ko_KR.UTF-8 "$BITEXT" frobnicate >"$T/out" 2>"$T/err"; rc=$?
expect_rc 2
expect_err_has "알 수 없는 명령 'frobnicate'"
# a language without messages falls back to the English root
LC_ALL=de_DE.UTF-8 "$BITEXT" frobnicate >"$T/out" 2>"$T/err"; rc=$?
expect_err_has "unknown command 'frobnicate'"
# --ui-lang after the command word works too
run help --ui-lang ko
expect_rc 0
