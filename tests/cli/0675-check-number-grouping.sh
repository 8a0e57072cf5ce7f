#!/bin/sh
# Thousands separators by language: 1.000 in German and Spanish, 1 000 with
# a space, a no-break space or a narrow one in French, 1,000 in English and
# Korean; 1.000 in German is a thousand, not one.
. tests/cli/lib.sh
. tests/cli/numcase.sh
nb=$(printf '\302\240')
nnb=$(printf '\342\200\257')
same ko de '1,000명이 모였다.' 'Es kamen 1.000 Menschen.'
same ko de '관객은 12,500명이었다.' 'Es waren 12.500 Zuschauer.'
same ko fr '1,000명이 모였다.' '1 000 personnes sont venues.'
same ko fr '1,000명이 모였다.' "1${nb}000 personnes sont venues."
same ko fr '1,000명이 모였다.' "1${nnb}000 personnes sont venues."
same ko es '관객은 12,500명이었다.' 'Hubo 12.500 espectadores.'
same de fr 'Es kamen 2.400 Gäste.' "2${nnb}400 invités sont venus."
same de en 'Der Preis liegt bei 1.250,50 Euro.' 'The price is 1,250.50 euros.'
differs ko de '1,000명이 모였다.' 'Es kamen 1.100 Menschen.'
differs ko fr '1,000명이 모였다.' '10 000 personnes sont venues.'
differs de en 'Der Preis liegt bei 1.250,50 Euro.' 'The price is 1,205.50 euros.'
num_done
