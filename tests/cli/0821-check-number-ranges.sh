#!/bin/sh
# Ranges: both ends of "10:00~18:00", "3~5명", "5~10%", "2014~2016년",
# "오후 3~5시" are compared, however the translation writes the range
# ("10:00 to 18:00", "from 10 a.m. to 6 p.m.", "3-5 people", "three to
# five", "5 to 10 percent", "2014-16", "3-5 p.m."); the unit, the percent
# sign and the half of the day written at one end hold for both. A wrong
# end is still found.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko en '영업시간은 10:00~18:00이다.' 'Opening hours are 10:00 to 18:00.'
same ko en '영업시간은 10:00~18:00이다.' 'Opening hours are 10:00-18:00.'
same ko en '영업시간은 10:00~18:00이다.' 'We are open from 10 a.m. to 6 p.m.'
same ko en '영업시간은 오전 10시~오후 6시이다.' 'We are open 10 a.m. to 6 p.m.'
same ko en '회의는 오후 3~5시에 열린다.' 'The meeting runs from 3 to 5 p.m.'
same ko en '회의는 오후 3~5시에 열린다.' 'The meeting runs 3-5 p.m.'
same ko en '3~5명이 필요하다.' 'We need 3 to 5 people.'
same ko en '3~5명이 필요하다.' 'We need 3-5 people.'
same ko en '3~5명이 필요하다.' 'We need three to five people.'
same ko en '3~5명이 필요하다.' 'We need between three and five people.'
same ko en '물가가 5~10% 오를 전망이다.' 'Prices are expected to rise 5 to 10 percent.'
same ko en '물가가 5~10% 오를 전망이다.' 'Prices are expected to rise 5-10%.'
same ko en '1~2억 원이 든다.' 'It costs 100-200 million won.'
same ko en '2014~2016년에 근무했다.' 'He worked there in 2014-2016.'
same ko en '2014~2016년에 근무했다.' 'He worked there from 2014 to 2016.'
same ko en '2014~2016년에 근무했다.' 'He worked there in 2014-16.'
same ko en '10~12월 수출이 늘었다.' 'Exports rose from October to December.'
same en ko 'We are open from 10 a.m. to 6 p.m.' '영업시간은 10:00~18:00이다.'
same en ko 'Prices are expected to rise 5 to 10 percent.' '물가가 5~10% 오를 전망이다.'
same en ko 'The shop is open from 9 to 5.' '가게는 9시부터 5시까지 연다.'
differs ko en '영업시간은 10:00~18:00이다.' 'Opening hours are 10:00 to 19:00.'
differs ko en '영업시간은 10:00~18:00이다.' 'We are open from 10 a.m. to 5 p.m.'
differs ko en '영업시간은 10:00~18:00이다.' 'We are open from 11 a.m. to 6 p.m.'
differs ko en '회의는 오후 3~5시에 열린다.' 'The meeting runs 3-6 p.m.'
differs ko en '3~5명이 필요하다.' 'We need 3 to 6 people.'
differs ko en '3~5명이 필요하다.' 'We need four to five people.'
differs ko en '물가가 5~10% 오를 전망이다.' 'Prices are expected to rise 5 to 12 percent.'
differs ko en '2014~2016년에 근무했다.' 'He worked there in 2014-2017.'
differs ko en '2014~2016년에 근무했다.' 'He worked there in 2014-17.'
differs ko en '10~12월 수출이 늘었다.' 'Exports rose from October to November.'
found ko en '회의는 오후 3~5시에 열린다.' 'The meeting runs 3-5 a.m.'
num_done
