# one long sentence translated as three (1-3), and the same pair turned
# round (3-1): English-German (FreeDict) and Chinese-English (names and
# numbers); the sentences around the group stay 1-1
. tests/cli/lib.sh
cat >"$T/a.en" <<'X'
Anna had lived in the old house by the river for almost forty years.
When the letter from the city arrived on a cold Monday in November, she read it twice at the kitchen table, put on her grey coat, and walked through the rain to her sister's farm on the other side of the valley.
Her sister was not at home.
The dog barked at her from the barn.
She waited under the roof until the evening.
X
cat >"$T/a.de" <<'X'
Anna hatte fast vierzig Jahre in dem alten Haus am Fluss gelebt.
Der Brief aus der Stadt kam an einem kalten Montag im November.
Sie las ihn zweimal am Küchentisch.
Dann zog sie ihren grauen Mantel an und ging durch den Regen zum Hof ihrer Schwester auf der anderen Seite des Tals.
Ihre Schwester war nicht zu Hause.
Der Hund bellte sie aus der Scheune an.
Sie wartete bis zum Abend unter dem Dach.
X
run align --segmented --src-lang en --tgt-lang de "$T/a.en" "$T/a.de"
expect_rc 0
expect_out_is '0:0
1:1,2,3
2:4
3:5
4:6'
run align --segmented --src-lang de --tgt-lang en "$T/a.de" "$T/a.en"
expect_rc 0
expect_out_is '0:0
1,2,3:1
4:2
5:3
6:4'
printf '%s\n' '张伟是上海的一名医生。' \
	'2019年春天，他离开医院，带着妻子和两个孩子搬到了杭州，在西湖边开了一家小诊所。' \
	'诊所很受欢迎。' >"$T/g.zh"
printf '%s\n' 'Zhang Wei was a doctor in Shanghai.' \
	'In the spring of 2019 he left the hospital.' \
	'He moved to Hangzhou with his wife and two children.' \
	'There he opened a small clinic by the West Lake.' \
	'The clinic was very popular.' >"$T/g.en"
run align --segmented --src-lang zh --tgt-lang en "$T/g.zh" "$T/g.en"
expect_rc 0
expect_out_is '0:0
1:1,2,3
2:4'
# the TSV shows the group as one row: the three English sentences joined
run align --segmented --src-lang zh --tgt-lang en -f tsv "$T/g.zh" "$T/g.en"
expect_rc 0
grep -q 'hospital\. He moved to Hangzhou.*West Lake\.' "$T/out" ||
	{ cat "$T/out"; fail "1-3 row of the TSV"; }
exit 0
