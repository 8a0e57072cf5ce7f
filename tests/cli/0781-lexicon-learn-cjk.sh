# a lexicon learnt from a Chinese or Japanese memory: the words of Han and
# Kana runs are ICU's (研究生命 is 研究 + 生命), so they are learnt (and
# `--dict` matches them as it matches any dictionary's words: 0780)
. tests/cli/lib.sh
cat >"$T/zh-en.tsv" <<'TSV'
zh	en
我们研究生命。	We study life.
生命很宝贵。	Life is precious.
他研究历史。	He studies history.
历史很长。	History is long.
她是研究生。	She is a graduate student.
那个研究生很忙。	That graduate student is busy.
生命科学很有趣。	Life science is interesting.
TSV
run lexicon learn "$T/zh-en.tsv" -o "$T/zh.lex"
expect_rc 0
for pair in '生命	life' '研究	study' '研究生	graduate' '历史	history'; do
	grep -q "^$pair	" "$T/zh.lex" || { cat "$T/zh.lex"; fail "no $pair"; }
done
! grep -q '^研究生命	' "$T/zh.lex" || fail "a phrase learnt as one word"
# Japanese: Kana and Han words alike
cat >"$T/ja-en.tsv" <<'TSV'
ja	en
私はコンピューターを使います。	I use a computer.
コンピューターは速いです。	The computer is fast.
大学生活は楽しい。	College life is fun.
大学は大きい。	The college is big.
生活は大切です。	Life matters.
TSV
run lexicon learn "$T/ja-en.tsv"
expect_rc 0
grep -q '^コンピューター	comput' "$T/out" || { cat "$T/out"; fail "no コンピューター"; }
grep -qi '^大学	college' "$T/out" || { cat "$T/out"; fail "no 大学"; }
exit 0
