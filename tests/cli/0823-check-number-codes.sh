#!/bin/sh
# Numbers that are not quantities: printf conversions (%5d, %-20.127s,
# %0.1f, %2$s), parts of names and codes (PM2.5, H5N8, xx00, ARG1, v2.33,
# 코로나19, 형사합의25부), and version numbers, which read alike in every
# language (1.20 is not "1" and "20" where the full stop groups
# thousands). A translation that keeps them is silent; a count, an amount
# or a version that differs is still found.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same en de '%7jd bytes, %5d lines' '%7jd Byte, %5d Zeilen'
same en de '%c  %-20.127s %.127s' '%c  %-20.127s %.127s'
same en fr 'Continuing in %0.1f seconds.' 'Poursuite dans %0.1f secondes.'
same en de '%12s %12s %s' '%28s %25s %s'
same en de '%2$s is newer than %1$s' '%2$s ist neuer als %1$s'
same en de 'the default will change in 1.20.x' 'die Vorgabe wird in 1.20.x geändert'
same en fr 'assume Java2 (JDK 1.2 or higher)' 'suppose Java2 (JDK 1.2 ou supérieur)'
same en de 'Or downgrade to v2.33, or earlier.' 'Oder gehe auf Version v2.33 zurück.'
same en de 'available in openssh version 8.2p1+' 'verfügbar in openssh Version 8.2p1+'
same en de 'output to files xx00, xx01, ...' 'in die Dateien xx01, xx02, ... schreiben'
same en ko 'ARG1 % ARG2  remainder of ARG1 divided by ARG2' '<인자1> % <인자2>  <인자1>을 <인자2>로 나눈 나머지'
same ko en '초미세먼지(PM2.5) 주의보가 내려졌다.' 'An ultrafine dust advisory was issued.'
same ko en '형사합의25부는 징역 5년을 선고했다.' 'The court sentenced him to five years in prison.'
same ko en '코로나19 확진자가 늘었다.' 'COVID cases rose.'
same ko en '코로나19 확진자가 300명 늘었다.' 'COVID-19 cases rose by 300.'
same en ko 'Print %1$.*2$s here' '%1$.*2$s 출력'
same en ko 'With more than one FILE, precede each with a header.' '두 개 이상의 <파일>이면, 각 파일에 헤더를 붙입니다.'
same en ko 'Merges two files together.' '두 파일을 하나로 합칩니다.'
same en fr 'renamed one of them so each can be recorded' 'renommé une d'"'"'entre elles pour enregistrer les deux'
same en ko 'NNN is 1 to 3 octal digits' 'NNN은 1~3자리 8진수'
same en ko 'separated by a single space' '단일 공백이 구분합니다'
same en ko 'use hex suffixes starting at zero' '처음부터 16진수 접미사를 씁니다'
differs en ko 'Two people stayed.' '한 사람이 남았다.'
differs en fr '4 years, 11 months ago' 'il y a 10 ans et 11 mois'
differs en fr 'must be >=0555 and <=0775' 'doit être >=0755 et <=0775'
differs en de 'read up to 512 bytes at a time' 'bis zu 1024 Bytes auf einmal lesen'
differs en de 'the default will change in 1.20.x' 'die Vorgabe wird in 1.21.x geändert'
differs en fr 'Continuing in %0.1f seconds, %d of 10 done.' 'Poursuite dans %0.1f secondes, %d sur 12 faits.'
differs ko en '코로나19 확진자가 300명 늘었다.' 'COVID-19 cases rose by 400.'
differs en de 'It costs 1.250 euros.' 'Es kostet 1,350 Euro.'
num_done
