#!/bin/sh
# Weekdays are part of a date: 월요일 is Monday, (월) after a date too, and
# a wrong weekday is a finding. 월 alone stays a month marker (5월, 매월).
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko en '회의는 월요일에 열린다.' 'The meeting is on Monday.'
same ko en '결과는 금요일 발표된다.' 'The results come out on Friday.'
same ko en '그는 지난 일요일 떠났다.' 'He left last Sunday.'
same ko en '선거는 12월 10일(수) 치러진다.' 'The election is held on Wednesday, Dec. 10.'
same ko en '매월 첫째 주 화요일에 모인다.' 'They meet on the first Tuesday of every month.'
same ko en '5월 월요일마다 문을 닫는다.' 'It closes on Mondays in May.'
same ko en '토요일과 일요일에 쉰다.' 'It is closed on Saturdays and Sundays.'
differs ko en '회의는 월요일에 열린다.' 'The meeting is on Tuesday.'
differs ko en '결과는 금요일 발표된다.' 'The results come out on Thursday.'
differs ko en '선거는 12월 10일(수) 치러진다.' 'The election is held on Thursday, Dec. 10.'
differs en ko 'The shop opens on Saturday.' '가게는 일요일에 문을 연다.'
num_done
