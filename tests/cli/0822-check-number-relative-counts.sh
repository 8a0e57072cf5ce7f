#!/bin/sh
# Relative expressions that hold a count of one or two ("a year earlier",
# "1년 전", "last year", "1주일 전", "2년 전" for "the year before last",
# "a decade ago" for 10년 전) are not reported alone, in either direction;
# a count that differs ("3 weeks ago" / 4주 전) still is.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko en '1년 전 이곳에 왔다.' 'I came here a year earlier.'
same ko en '1년 전 이곳에 왔다.' 'I came here last year.'
same ko en '매출이 1년 전보다 5% 늘었다.' 'Sales rose 5% from the previous year.'
same ko en '2년 전 이곳에 왔다.' 'I came here the year before last.'
same ko en '1주일 전에 도착했다.' 'He arrived last week.'
same ko en '1주일 전에 도착했다.' 'He arrived a week ago.'
same ko en '1개월 전에 도착했다.' 'He arrived last month.'
same ko en '하루 전에 도착했다.' 'He arrived a day earlier.'
same ko en '2일 전에 도착했다.' 'He arrived the day before yesterday.'
same ko en '10년 전에 떠났다.' 'He left a decade ago.'
same ko en '20년 만에 돌아왔다.' 'He came back after two decades.'
same en ko 'Sales rose from a year earlier.' '매출이 1년 전보다 늘었다.'
same en ko 'He left last year.' '그는 1년 전에 떠났다.'
same en ko 'He left a week ago.' '그는 1주일 전에 떠났다.'
same en ko 'He left a decade ago.' '그는 10년 전에 떠났다.'
differs en ko 'He left 3 weeks ago.' '그는 4주 전에 떠났다.'
differs ko en '1주일 전에 도착했다.' 'He arrived two weeks ago.'
differs ko en '10년 전에 떠났다.' 'He left two decades ago.'
num_done
