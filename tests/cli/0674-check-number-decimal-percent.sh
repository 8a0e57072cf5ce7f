#!/bin/sh
# Decimal commas and percent by each language's conventions: 4,9 Prozent =
# 4,9 % = 4.9 percent = 4,9 pour cent = 4,9 por ciento = 4.9퍼센트.
. tests/cli/lib.sh
. tests/cli/numcase.sh
same ko de '실업률은 4.9%다.' 'Die Arbeitslosenquote liegt bei 4,9 Prozent.'
same ko de '실업률은 4.9%다.' 'Die Arbeitslosenquote liegt bei 4,9 %.'
same de en 'Die Quote stieg auf 4,9 Prozent.' 'The rate rose to 4.9 percent.'
same de en 'Die Quote stieg auf 4,9 %.' 'The rate rose to 4.9 per cent.'
same ko fr '실업률은 4.9%다.' 'Le taux de chômage est de 4,9 pour cent.'
same ko fr '실업률은 4.9%다.' 'Le taux de chômage est de 4,9 %.'
same ko es '실업률은 4.9%다.' 'La tasa de desempleo es del 4,9 por ciento.'
same ko es '실업률은 4.9%다.' 'La tasa de desempleo es del 4,9 %.'
same ko en '금리가 3.25퍼센트로 올랐다.' 'The rate rose to 3.25 percent.'
same ko en '지지율이 40프로를 넘었다.' 'Support topped 40 percent.'
same en de 'It weighs 2.5 kg.' 'Es wiegt 2,5 kg.'
differs ko de '실업률은 4.9%다.' 'Die Arbeitslosenquote liegt bei 5,9 Prozent.'
differs ko fr '실업률은 4.9%다.' 'Le taux de chômage est de 4,8 pour cent.'
differs ko es '실업률은 4.9%다.' 'La tasa de desempleo es del 9,4 por ciento.'
differs de en 'Die Quote stieg auf 4,9 Prozent.' 'The rate rose to 4.6 percent.'
differs ko en '금리가 3.25퍼센트로 올랐다.' 'The rate rose to 3.5 percent.'
num_done
