# names across scripts as anchors: Chinese names and places in pinyin,
# Cyrillic names romanized; either text may be the source
. tests/cli/lib.sh
printf '%s\n' '陈清扬去了北京。' '王二在上海等她很久了。' '李明住在杭州。' \
	'张伟回到了南京。' >"$T/zh.seg"
printf '%s\n' 'Chen Qingyang went to Beijing.' 'Li Ming lives in Hangzhou.' \
	'Zhang Wei returned to Nanjing.' >"$T/en.seg"
# the second Chinese sentence has no counterpart: the names say which
BITEXT_ALIGN_DEBUG=1 run align --segmented --src-lang zh --tgt-lang en \
	"$T/zh.seg" "$T/en.seg"
expect_rc 0
expect_err_has 'align: name 陈清扬 ~ Chen Qingyang'
expect_err_has 'align: name 杭州 ~ Hangzhou'
expect_out_is '0:0
1:
2:1
3:2'
# English first: the same links turned round
BITEXT_ALIGN_DEBUG=1 run align --segmented --src-lang en --tgt-lang zh \
	"$T/en.seg" "$T/zh.seg"
expect_rc 0
expect_err_has 'align: name 南京 ~ Nanjing'
expect_out_is '0:0
:1
1:2
2:3'
# Cyrillic
printf '%s\n' 'Иван Петров живёт в Новосибирске.' 'Погода была холодной.' \
	'Анна Соколова приехала из Владивостока.' >"$T/ru.seg"
printf '%s\n' 'Ivan Petrov lives in Novosibirsk.' \
	'Anna Sokolova came from Vladivostok.' >"$T/en2.seg"
BITEXT_ALIGN_DEBUG=1 run align --segmented --src-lang ru --tgt-lang en \
	"$T/ru.seg" "$T/en2.seg"
expect_rc 0
expect_err_has 'align: name Петров ~ Petrov'
expect_err_has 'align: name Новосибирске ~ Novosibirsk'
grep -qx '2:1' "$T/out" || { cat "$T/out"; fail "ru: 2:1"; }
# Japanese: a Katakana name; kanji are not read (東京 is no Tokyo here)
printf '%s
' 'マイケル・ジョーダンが来た。' '東京は晴れです。' >"$T/ja.seg"
printf '%s
' 'Michael Jordan came.' 'Tokyo is sunny.' >"$T/en3.seg"
BITEXT_ALIGN_DEBUG=1 run align --segmented --src-lang ja --tgt-lang en \
	--no-default-dict "$T/ja.seg" "$T/en3.seg"
expect_rc 0
expect_err_has 'align: name ジョーダン ~ Jordan'
! grep -q 'name 東京' "$T/err" || fail "東京 read as a name"
exit 0
