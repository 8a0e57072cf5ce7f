#!/bin/sh
# Dates compare by meaning whatever parts are written: a month alone, a day
# alone, a year alone, or all three, in digits or in words.
. tests/cli/lib.sh
. tests/cli/numcase.sh
# a month alone, and month names that are also words or names
same ko en '신제품은 5월에 나온다.' 'The new model comes out in May.'
same ko en '공사는 6월에 끝났다.' 'Construction ended in June.'
same ko en '9월 모의고사가 치러졌다.' 'The September mock exam was held.'
same ko en '행사는 3월 중순에 열린다.' 'The event takes place in mid-March.'
differs ko en '신제품은 5월에 나온다.' 'The new model comes out in June.'
differs ko en '공사는 8월에 끝났다.' 'Construction ended in October.'
# a day alone
same ko en '그는 15일 귀국했다.' 'He returned home on the 15th.'
same ko en '대회는 지난 3일 개막했다.' 'The tournament opened on the 3rd.'
differs ko en '그는 15일 귀국했다.' 'He returned home on the 16th.'
# a year alone
same ko en '이 회사는 2014년 설립됐다.' 'The company was founded in 2014.'
same ko en '2019년 실적이 가장 좋았다.' 'Results were best in 2019.'
differs ko en '이 회사는 2014년 설립됐다.' 'The company was founded in 2015.'
# a whole date, and parts of it
same ko en '2024년 3월 12일 발표됐다.' 'It was announced on March 12, 2024.'
same ko en '2024년 3월 12일 발표됐다.' 'It was announced on 12 March 2024.'
same ko en '3월 12일 발표됐다.' 'It was announced on March 12.'
differs ko en '2024년 3월 12일 발표됐다.' 'It was announced on March 13, 2024.'
differs ko en '3월 12일 발표됐다.' 'It was announced on April 12.'
differs ko en '2024년 3월 발표됐다.' 'It was announced in March 2023.'
num_done
