#!/bin/sh
# News writing that is not a number to translate: a first-rank title or
# place (제1위원장 = leader, 1위 = topped, "for the 1st time"), an age in
# brackets after a name (윤재혁(68)), which English moves or drops, an
# academic year (2015학년도 = this year's exam). The same numbers said
# differently are still found.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko en '김정은 국방위원회 제1위원장이 참석했다.' 'North Korean leader Kim Jong-un attended.'
same ja en '金正恩第1書記が出席した。' 'North Korean leader Kim Jong-un attended.'
same ko en '중부지구 1위에 올랐다.' 'They won the Central Division.'
same ko en '12년 만에 처음으로 지켰다.' 'It was met for the 1st time in 12 years.'
same ko en '윤재혁(68) 전 회장이 징역 5년을 선고받았다.' 'Former chairman Yoon Jae-hyuk was sentenced to five years.'
same ko en '윤재혁(68) 전 회장이 징역 5년을 선고받았다.' 'Yoon Jae-hyuk, 68, was sentenced to five years.'
same ko en '윤재혁(68) 전 회장이 징역 5년을 선고받았다.' 'The 68-year-old was sentenced to five years.'
same ko en '2015학년도 수능 만점자는 29명이다.' 'Twenty-nine students earned perfect scores in this year'"'"'s exam.'
same ko en '2015학년도 수능 만점자는 29명이다.' 'Twenty-nine students earned perfect scores in the 2015 exam.'
differs ko en '중부지구 1위에 올랐다.' 'They finished 2nd in the Central Division.'
differs ko en '윤재혁(68) 전 회장이 징역 5년을 선고받았다.' 'Yoon Jae-hyuk, 67, was sentenced to five years.'
differs ko en '2015학년도 수능 만점자는 29명이다.' 'Twenty-nine students earned perfect scores in the 2016 exam.'
num_done
