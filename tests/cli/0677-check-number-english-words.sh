#!/bin/sh
# English numbers in words (one … twenty, thirty, hundred, thousand,
# million, a dozen) compare with digits and with Korean numerals.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko en '300명이 대피했다.' 'Three hundred people were evacuated.'
same ko en '2,000명이 모였다.' 'Two thousand people gathered.'
same ko en '12개를 샀다.' 'He bought a dozen.'
same ko en '15개국이 서명했다.' 'Fifteen countries signed.'
same ko en '4만 명이 몰렸다.' 'Forty thousand people turned up.'
same ko en '300만 명이 봤다.' 'Three million people watched it.'
same en ko 'Seventy-two hours later it ended.' '72시간 뒤 끝났다.'
differs ko en '300명이 대피했다.' 'Four hundred people were evacuated.'
differs ko en '2,000명이 모였다.' 'Three thousand people gathered.'
differs ko en '15개국이 서명했다.' 'Sixteen countries signed.'
differs ko en '300만 명이 봤다.' 'Three thousand people watched it.'
differs en ko 'Seventy-two hours later it ended.' '82시간 뒤 끝났다.'
num_done
