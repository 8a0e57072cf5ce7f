#!/bin/sh
# Korean numbers in words: native numerals (하나/한, 둘/두, 셋/세, 넷/네,
# 다섯 … 열, 스물, 서른) and Sino-Korean ones (삼십, 이백, 오천) before a
# counter are numbers; 한 and 이 are "one" and "two" only there.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko en '세 명이 다쳤다.' 'Three people were hurt.'
same ko en '다섯 곳에서 불이 났다.' 'Fires broke out in five places.'
same ko en '스물다섯 명이 참가했다.' 'Twenty-five people took part.'
same ko en '서른 개 나라가 참가했다.' 'Thirty countries took part.'
same ko en '삼십 명이 왔다.' 'Thirty people came.'
same ko en '두 차례 회의를 했다.' 'They met twice.'
same ko en '열 대의 차량이 동원됐다.' 'Ten vehicles were sent.'
same ko en '한 사람이 남았다.' 'One person stayed.'
same ko en '이 사람은 의사다.' 'This person is a doctor.'
same ko en '한국 선수가 이겼다.' 'A Korean player won.'
same ko en '네 번째 시도였다.' 'It was the fourth attempt.'
differs ko en '세 명이 다쳤다.' 'Four people were hurt.'
differs ko en '다섯 곳에서 불이 났다.' 'Fires broke out in six places.'
differs ko en '스물다섯 명이 참가했다.' 'Twenty-six people took part.'
differs ko en '삼십 명이 왔다.' 'Forty people came.'
differs ko en '두 차례 회의를 했다.' 'They met three times.'
differs ko en '열 대의 차량이 동원됐다.' 'Eleven vehicles were sent.'
differs ko en '한 사람이 남았다.' 'Two people stayed.'
differs ko en '네 번째 시도였다.' 'It was the fifth attempt.'
num_done
