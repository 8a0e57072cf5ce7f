#!/bin/sh
# One Sino-Korean numeral syllable before a counter is a number: 삼 개월
# (three months), 오 년, 육 개, 구 명, 사 층, 십 년, 백 명. 일 (one; also
# "work", "day") and 이 (two; also "this", "tooth") are read as numbers
# only before a counter that takes nothing but a numeral (일 년, 이 개월);
# before a noun that is also a counter (이 개 "this dog", 이 층 "this
# floor", 이 곳 "this place", 이 번 "this time") they stay words, and the
# pair stays silent.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko en '그는 삼 개월 동안 머물렀다.' 'He stayed for three months.'
same ko en '그는 삼 개월 동안 머물렀다.' 'He stayed for 3 months.'
same ko en '오 년 만에 고향에 돌아왔다.' 'He came home after five years.'
same ko en '사과 육 개를 샀다.' 'I bought six apples.'
same ko en '사과 육 개를 샀다.' 'I bought 6 apples.'
same ko en '사고로 구 명이 다쳤다.' 'Nine people were hurt in the accident.'
same ko en '사무실은 사 층에 있다.' 'The office is on the fourth floor.'
same ko en '사무실은 사 층에 있다.' 'The office is on the 4th floor.'
same ko en '칠 년 전에 이사했다.' 'We moved seven years ago.'
same ko en '십 년 동안 일했다.' 'She worked for ten years.'
same ko en '백 명이 넘게 모였다.' 'More than 100 people gathered.'
same ko en '일 년 동안 준비했다.' 'They prepared for a year.'
same ko en '이 개월 동안 쉬었다.' 'He rested for two months.'
same ko en '이 개는 우리 집 개다.' 'This dog is ours.'
same ko en '이 층에는 식당이 세 곳 있다.' 'This floor has three restaurants.'
same ko en '이 곳은 조용하다.' 'This place is quiet.'
same ko en '이 번에는 우리가 이겼다.' 'This time we won.'
same ko en '일 년 내내 바빴다.' 'I was busy all year.'
same ko en '구 시청 건물은 오래됐다.' 'The old city hall is old.'
same ko en '삼 형제가 왔다.' 'The three brothers came.'
differs ko en '그는 삼 개월 동안 머물렀다.' 'He stayed for four months.'
differs ko en '그는 삼 개월 동안 머물렀다.' 'He stayed for 4 months.'
differs ko en '오 년 만에 고향에 돌아왔다.' 'He came home after six years.'
differs ko en '사과 육 개를 샀다.' 'I bought 7 apples.'
differs ko en '사고로 구 명이 다쳤다.' 'Eight people were hurt in the accident.'
differs ko en '사무실은 사 층에 있다.' 'The office is on the fifth floor.'
differs ko en '십 년 동안 일했다.' 'She worked for eleven years.'
differs ko en '백 명이 넘게 모였다.' 'More than 200 people gathered.'
differs ko en '이 개월 동안 쉬었다.' 'He rested for three months.'
num_done
