# Chinese and Japanese words: a dictionary entry of Han/Kana matches a text
# only from one word boundary to another (ICU's word break iterator, with
# its dictionaries), so that 大学生活 (college life) is 大学 + 生活, not
# 大学生 (college student) + 活, and 研究生命 (to study life) 研究 + 生命,
# not 研究生 (graduate student) + 命. In each pair the second sentence
# belongs with the first: its words are in the first English sentence,
# while the length and the wrong words would join it to the third.
. tests/cli/lib.sh
printf '%s\t%s\n' 大学 college 生活 life 大学生 'college student' \
	研究 study 生命 life 研究生 'graduate student' >"$T/dict.tsv"
printf '%s\n' '2001年に彼は東京に来た。' '大学生活は楽しかった。' \
	'彼はまだ大学生だった。' '2005年に彼は大阪に移った。' >"$T/ja.seg"
printf '%s\n' 'In 2001 he came to Tokyo; college life was fun.' \
	'He was still a college student back then, and he was busy.' \
	'In 2005 he moved to Osaka.' >"$T/ja-en.seg"
printf '%s\n' '2001年他来到北京。' '他在那里研究生命。' '他的妹妹是研究生。' \
	'2005年他搬到了上海。' >"$T/zh.seg"
printf '%s\n' 'In 2001 he came to Beijing; there he studied life.' \
	'His sister was a graduate student back then, and she was busy.' \
	'In 2005 he moved to Shanghai.' >"$T/zh-en.seg"
for l in ja zh; do
	run align --segmented --src-lang $l --tgt-lang en --no-default-dict \
		--dict "$T/dict.tsv" "$T/$l.seg" "$T/$l-en.seg"
	expect_rc 0
	expect_out_is '0,1:0
2:1
3:2'
done
# English first: the same links turned round
printf '%s\t%s\n' college 大学 life 生命 life 生活 'college student' 大学生 \
	study 研究 'graduate student' 研究生 >"$T/en-dict.tsv"
run align --segmented --src-lang en --tgt-lang zh --no-default-dict \
	--dict "$T/en-dict.tsv" "$T/zh-en.seg" "$T/zh.seg"
expect_rc 0
expect_out_is '0:0,1
1:2
2:3'
# every character a word boundary (the tune w=0, for measuring): the
# wrong words win
BITEXT_ALIGN_TUNE=w=0 run align --segmented --src-lang zh --tgt-lang en \
	--no-default-dict --dict "$T/dict.tsv" "$T/zh.seg" "$T/zh-en.seg"
expect_rc 0
expect_out_has '1,2:1'
exit 0
