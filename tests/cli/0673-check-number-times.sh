#!/bin/sh
# Times of day: 오후 3시 = 3 p.m. = 15:00 = 3 in the afternoon; a.m. for
# p.m. (or morning for evening) is a finding.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko en '회의는 오후 3시에 시작한다.' 'The meeting starts at 3 p.m.'
same ko en '회의는 오후 3시에 시작한다.' 'The meeting starts at 15:00.'
same ko en '회의는 오후 3시에 시작한다.' 'The meeting starts at 3 in the afternoon.'
same ko en '문은 오전 9시에 연다.' 'The doors open at 9 in the morning.'
same ko en '문은 오전 9시 30분에 연다.' 'The doors open at 9:30 a.m.'
same ko en '공연은 저녁 7시에 시작한다.' 'The show starts at 7 p.m.'
same ko en '공연은 오후 7시에 시작한다.' 'The show starts at 7 in the evening.'
same ko en '열차는 밤 11시에 떠난다.' 'The train leaves at 11 at night.'
same ko en '가게는 오후 6시에 닫는다.' 'The shop closes at 18:00.'
differs ko en '회의는 오후 3시에 시작한다.' 'The meeting starts at 3 a.m.'
differs ko en '문은 오전 9시에 연다.' 'The doors open at 9 p.m.'
differs ko en '문은 오전 9시에 연다.' 'The doors open at 9 in the evening.'
differs ko en '공연은 오후 7시에 시작한다.' 'The show starts at 7 in the morning.'
differs ko en '가게는 오후 6시에 닫는다.' 'The shop closes at 16:00.'
differs ko en '문은 오전 9시 30분에 연다.' 'The doors open at 9:45 a.m.'
num_done
