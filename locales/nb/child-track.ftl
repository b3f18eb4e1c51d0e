## Barnesporet (flows/child-track.yaml)

child-track-title = Barnesporet: mulig barn under 18 år
child-track-desc = Meldeplikt til barneverntjenesten, barnets beste og hvem du kontakter

child-track-duty-title = Mulig barn: du har meldeplikt
child-track-duty-text =
    Er du bekymret for at et barn er utsatt for menneskehandel, eller står i fare for å bli det, skal du melde til barneverntjenesten.
    Plikten gjelder uansett hva annet du finner ut.
    Kontakt barneverntjenesten før du tar samtalen om utnyttelse.

child-track-age-title = Usikker alder? Behandle personen som barn
child-track-age-text =
    Er alderen ukjent, og det er grunn til å tro at personen er under 18 år, skal personen behandles som barn til alderen er avklart.
    Et barn kan ikke selv velge å bli i utnyttelsen eller å si nei til hjelp.
    Barneverntjenesten har ansvar for alle barn i Norge, også barn uten oppholdstillatelse.
    Enslige mindreårige har rett til representant eller verge.

child-track-no-title = Barnets «nei» opphever ikke meldeplikten
child-track-no-text =
    Sier barnet at det ikke vil ha hjelp, skal du likevel melde.
    At du skal respektere et nei til hjelp, gjelder voksne, ikke barn.
    Lov ikke barnet å holde dette hemmelig. Si heller hva du skal gjøre, og hvorfor.

child-track-voice-title = Barnet har rett til å bli hørt
child-track-voice-text =
    Prinsippene for samtalen gjelder også for barn.
    Barnet har rett til å være med på beslutninger som angår det. Gi informasjon barnet forstår, og lytt til barnets syn.
    Tar du en beslutning på vegne av barnet, er barnets beste det overordnede hensynet. Følg rutinene som gjelder.

child-track-ongoing-title = Kan utnyttelsen pågå nå, eller skje snart?
child-track-ongoing-text =
    At offeret er under 18 år, er et av tegnene på grov menneskehandel.
    Grov menneskehandel omfattes av avvergingsplikten når det er sikkert eller mest sannsynlig at den pågår eller vil skje, og den fortsatt kan avverges.
child-track-ongoing-yes = Ja, det er sikkert eller mest sannsynlig
child-track-ongoing-unsure = Jeg er usikker
child-track-ongoing-no = Nei

child-track-avert-title = Avvergingsplikt: varsle politiet
child-track-avert-text =
    Avvergingsplikten gjelder alle og går foran taushetsplikten.
    Varsle politiet, eller avverg på annen måte. Er barnet i fare nå: ring 112.
    Meld også til barneverntjenesten.
    Mer om plikten finner du i veiledningen om avvergingsplikt.

child-track-when-title = Når melder du?
child-track-when-text = Meld nå, ikke senere. Velg det som gjelder akkurat nå.
child-track-when-office = I kontortid: barneverntjenesten er åpen
child-track-when-after = Utenom kontortid: kveld, natt eller helg

child-track-office-title = Ring barneverntjenesten nå
child-track-office-text =
    Ring den lokale barneverntjenesten nå, før samtalen om utnyttelse.
    Si hva du har sett og hørt, og hva som gjør deg bekymret.
    Følg rutinen på arbeidsplassen for skriftlig melding.

child-track-after-title = Utenom kontortid: barnevernvakten
child-track-after-text =
    Kontakt den lokale barnevernvakten nå. Du finner den på barnevernvakten.no.
    Alarmtelefonen for barn og unge er også åpen når barneverntjenesten er stengt.
    Vent ikke til kontoret åpner. Er barnet i fare nå: ring 112.

child-track-advice-title = Usikker? Få råd i saken
child-track-advice-text =
    Bufdirs nasjonale veiledningsfunksjon gir råd i saker om barn som kan være utsatt for menneskehandel. Den er åpen på hverdager.
    Du kan drøfte saken uten å si hvem barnet er.
    Råd kommer i tillegg til meldingen, ikke i stedet for den.

child-track-done-title = Barnesporet: dette gjør du nå
child-track-done-text = Meldeplikten til barneverntjenesten gjelder resten av saken.
child-track-act-report = Meld til barneverntjenesten nå, før samtalen om utnyttelse. Barnets «nei» endrer ikke dette.
child-track-act-office = I kontortid: ring den lokale barneverntjenesten.
child-track-act-after = Utenom kontortid: kontakt barnevernvakten eller Alarmtelefonen for barn og unge.
child-track-act-police = Avvergingsplikt: varsle politiet. Er barnet i fare nå: ring 112.
child-track-act-unsure = Drøft med politiet om avvergingsplikten gjelder. Du kan drøfte uten å si hvem barnet er.
child-track-act-voice = Fortell barnet hva som skjer og hvorfor, slik at barnet forstår. Lytt til barnets syn.
child-track-act-advice = Usikker på hva du skal gjøre? Få råd fra Bufdirs veiledningsfunksjon (hverdager).

## Kilder
src-child-politiet-minors = Råd om menneskehandel: Meld fra om utsatte barn og unge
