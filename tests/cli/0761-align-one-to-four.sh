# one sentence translated as four (1-4) and four as one (4-1): before
# links held at most three sentences a side, and the fourth sentence was
# reported as an omission. French-English (FreeDict) and Korean-English
# (the hand-written dictionary, numbers)
. tests/cli/lib.sh
cat >"$T/c.en" <<'X'
The meeting began at nine.
The director, who had arrived late from the airport and still carried his suitcase, thanked the engineers for the new bridge, spoke about the cost of steel and the long winter, promised a bonus to every worker, and then asked the mayor to open the road.
Everybody applauded.
The mayor cut the red ribbon.
X
cat >"$T/c.fr" <<'X'
La réunion commença à neuf heures.
Le directeur était arrivé en retard de l'aéroport et portait encore sa valise.
Il remercia les ingénieurs pour le nouveau pont et parla du prix de l'acier et du long hiver.
Il promit une prime à chaque ouvrier.
Puis il demanda au maire d'ouvrir la route.
Tout le monde applaudit.
Le maire coupa le ruban rouge.
X
run align --segmented --src-lang en --tgt-lang fr "$T/c.en" "$T/c.fr"
expect_rc 0
expect_out_is '0:0
1:1,2,3,4
2:5
3:6'
run align --segmented --src-lang fr --tgt-lang en "$T/c.fr" "$T/c.en"
expect_rc 0
expect_out_is '0:0
1,2,3,4:1
5:2
6:3'
printf '%s\n' '서울의 아침은 추웠다.' \
	'김민수 씨는 오전 7시에 집을 나와 지하철을 타고 시청 앞에서 내린 뒤, 근처 식당에서 아침을 먹고 9시에 회사에 도착했다.' \
	'회의는 10시에 시작됐다.' '사장은 새로운 계획을 발표했다.' >"$T/f.ko"
printf '%s\n' 'Morning in Seoul was cold.' \
	'Kim Min-su left home at 7 a.m. and took the subway.' \
	'He got off in front of City Hall.' \
	'He ate breakfast at a nearby restaurant.' \
	'He arrived at the office at 9.' 'The meeting began at 10.' \
	'The president announced a new plan.' >"$T/f.en"
run align --segmented --src-lang ko --tgt-lang en "$T/f.ko" "$T/f.en"
expect_rc 0
expect_out_is '0:0
1:1,2,3,4
2:5
3:6'
# JSON lines name every sentence of the group
run align --segmented --src-lang ko --tgt-lang en -f jsonl "$T/f.ko" "$T/f.en"
expect_rc 0
grep -q '"src":\[1\],"tgt":\[1,2,3,4\]' "$T/out" ||
	{ cat "$T/out"; fail "1-4 in jsonl"; }
exit 0
