#!/bin/sh
# Relative dates (지난달, 다음 달, 이번 주, 작년, 내년, 지난해, "this month",
# "last year") are not numbers: nothing to compare, no finding either way.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko en '지난달 수출이 늘었다.' 'Exports rose last month.'
same ko en '다음 달 결과를 발표한다.' 'The results will be announced next month.'
same ko en '공사는 이번 주에 끝난다.' 'Construction ends this week.'
same ko en '작년 매출이 줄었다.' 'Sales fell last year.'
same ko en '내년에 새 공장이 문을 연다.' 'A new plant opens next year.'
same ko en '지난해 3% 성장했다.' 'It grew 3% last year.'
same ko en '이번 달 행사가 두 번 있다.' 'There are two events this month.'
same ko en '한 달 전 이사했다.' 'We moved a month ago.'
same ko en '다음 주 월요일에 만나자.' 'Let us meet next Monday.'
same ko en '지난주 회의에서 결정됐다.' 'It was decided at last week'"'"'s meeting.'
same ko en '올해 물가가 2.5% 올랐다.' 'Prices rose 2.5% this year.'
same ko en '지난달 말 계약했다.' 'The contract was signed at the end of last month.'
num_done
