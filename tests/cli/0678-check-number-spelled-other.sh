#!/bin/sh
# Numbers in words in German, French and Spanish (read with ICU's spell-out
# rules of the language): drei = trois = tres = 3.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko de '세 명이 다쳤다.' 'Drei Menschen wurden verletzt.'
same ko fr '세 명이 다쳤다.' 'Trois personnes ont été blessées.'
same ko es '세 명이 다쳤다.' 'Tres personas resultaron heridas.'
same en de 'Twenty-three teams entered.' 'Dreiundzwanzig Mannschaften traten an.'
same en fr 'Twenty-three teams entered.' 'Vingt-trois équipes ont participé.'
same en es 'Twenty-three teams entered.' 'Participaron veintitrés equipos.'
same en de 'Forty people came.' 'Es kamen vierzig Leute.'
same ko fr '이 회사는 한 곳뿐이다.' 'Cette entreprise est une seule.'
differs en de 'Twenty-three teams entered.' 'Zweiundzwanzig Mannschaften traten an.'
differs en fr 'Twenty-three teams entered.' 'Vingt-quatre équipes ont participé.'
differs en es 'Twenty-three teams entered.' 'Participaron veinticuatro equipos.'
differs en de 'Forty people came.' 'Es kamen fünfzig Leute.'
num_done
