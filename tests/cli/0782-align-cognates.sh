# cognates between two Latin-script languages, with no dictionary: words
# whose first four letters agree, case and accents folded (configuration ~
# configuración, Konsole ~ console, Partitionen ~ partitions), are weak
# evidence for a link. In each pair a source sentence has no translation,
# and one of the same length next to it has one: the cognates say which.
. tests/cli/lib.sh
cat >"$T/en" <<'TXT'
The installer asks for the keyboard layout first.
Then it detects the network interfaces and the disks.
You can choose the partitions manually or accept the automatic proposal.
After that, the rest of the work needs nobody at the desk.
The console shows the configuration of the terminal.
Next the installer configures the package manager and the mirrors.
The kernel modules for the graphics card are loaded automatically.
Finally the bootloader is installed on the first disk.
After the reboot, the graphical login appears.
TXT
cat >"$T/es" <<'TXT'
El instalador pregunta primero por la distribución del teclado.
Luego detecta las interfaces de red y los discos.
Puede elegir las particiones manualmente o aceptar la propuesta automática.
La consola muestra la configuración del terminal.
A continuación el instalador configura el gestor de paquetes y los servidores espejo.
Los módulos del kernel para la tarjeta gráfica se cargan automáticamente.
Por último, el cargador de arranque se instala en el primer disco.
Tras reiniciar, aparece el inicio de sesión gráfico.
TXT
cat >"$T/de" <<'TXT'
Das Installationsprogramm fragt zuerst nach der Tastaturbelegung.
Dann erkennt es die Netzwerkschnittstellen und die Festplatten.
Sie können die Partitionen von Hand wählen oder den Vorschlag annehmen.
Danach ist niemand mehr nötig.
Die Konsole zeigt die Konfiguration des Terminals.
Als Nächstes richtet das Programm die Paketverwaltung und die Spiegel ein.
Die Kernelmodule für die Grafikkarte werden automatisch geladen.
Zuletzt wird der Bootloader auf der ersten Festplatte installiert.
Nach dem Neustart erscheint die grafische Anmeldung.
TXT
cat >"$T/fr" <<'TXT'
Le programme d'installation demande d'abord la disposition du clavier.
Puis il détecte les interfaces réseau et les disques.
Vous pouvez choisir les partitions à la main ou accepter la proposition.
La console affiche la configuration du terminal.
Ensuite le programme configure le gestionnaire de paquets et les miroirs.
Les modules du noyau pour la carte graphique sont chargés automatiquement.
Enfin le chargeur d'amorçage est installé sur le premier disque.
Après le redémarrage, l'écran de connexion graphique apparaît.
TXT
for pair in en-es de-fr; do
	s=${pair%-*} t=${pair#*-}
	run align --segmented --src-lang $s --tgt-lang $t --no-default-dict \
		"$T/$s" "$T/$t"
	expect_rc 0
	expect_out_is '0:0
1:1
2:2
3:
4:3
5:4
6:5
7:6
8:7'
	# without them (the tune l7=0, for measuring) length alone errs
	BITEXT_ALIGN_TUNE=l7=0 run align --segmented --src-lang $s \
		--tgt-lang $t --no-default-dict "$T/$s" "$T/$t"
	expect_rc 0
	! grep -qx '3:' "$T/out" || fail "$pair: right without cognates"
done
exit 0
