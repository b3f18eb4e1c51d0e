## Barnesporet (flows/child-track.yaml)

child-track-title = Mulig barn under 18 år
child-track-desc = Meldeplikt til barneverntjenesten, barnets syn og hvem du kontakter

child-track-grounds-title = Er det konkrete grunner til å tro at barnet blir, eller vil bli, mishandlet, utsatt for alvorlig omsorgssvikt eller utnyttet?
    .discreet = Er det konkrete grunner til å tro at barnet blir, eller vil bli, mishandlet, utsatt for alvorlig omsorgssvikt eller skadet på annen måte?
child-track-grounds-text = Noe du har sett eller hørt, ikke bare en vag uro. Du trenger ikke være sikker.
child-track-grounds-yes = Ja, det er konkrete grunner
child-track-grounds-not-yet = Ikke ennå, bare en uro
child-track-grounds-why =
    Helsepersonell skal melde til barneverntjenesten av eget tiltak, uten hensyn til taushetsplikten, når det er grunn til å tro at et barn blir eller vil bli utnyttet i menneskehandel (helsepersonelloven § 33). Det krever mer enn en vag mistanke, men verken sikkerhet eller overvekt av sannsynlighet.
    Meldingen går til barneverntjenesten, ikke til politiet. Plikten gjelder selv om barnet sier nei. Barnets nei opphever ikke plikten, men barnets syn skal høres og tillegges vekt.
    Er det bare en uro ennå, gjelder ikke meldeplikten. Veilederen sier likevel at du skal kontakte barneverntjenesten når personen kan være under 18 år: be om råd. Vurder på nytt etter samtalen.
    .discreet =
        Helsepersonell skal melde til barneverntjenesten av eget tiltak, uten hensyn til taushetsplikten, når det er grunn til å tro at et barn blir eller vil bli skadet på denne måten (helsepersonelloven § 33). Det krever mer enn en vag mistanke, men verken sikkerhet eller overvekt av sannsynlighet.
        Meldingen går til barneverntjenesten, ikke til politiet. Plikten gjelder selv om barnet sier nei. Barnets nei opphever ikke plikten, men barnets syn skal høres og tillegges vekt.
        Er det bare en uro ennå, gjelder ikke meldeplikten. Veilederen sier likevel at du skal kontakte barneverntjenesten når personen kan være under 18 år: be om råd. Vurder på nytt etter samtalen.

child-track-when-title = Er barneverntjenesten åpen nå?
child-track-when-text = Ta kontakt nå, ikke senere.
child-track-when-office = Ja, det er kontortid
child-track-when-after = Nei, det er kveld, natt eller helg

child-track-done-title = Et barn: kontakt barneverntjenesten nå
child-track-done-text = Gjør dette nå, før du går videre.
child-track-act-report = Meld til barneverntjenesten nå. Meldingen sier hvem barnet er. Plikten gjelder selv om barnet sier nei.
child-track-act-ask = Kontakt barneverntjenesten nå og be om råd, uten barnets navn. Får du konkrete grunner til bekymring, skal du melde.
child-track-act-office = I kontortid: ring den lokale barneverntjenesten.
child-track-act-after = Utenom kontortid: kontakt barnevernvakten (barnevernvakten.no) eller Alarmtelefonen for barn og unge, 116 111.
child-track-act-voice = Si til barnet hva du gjør og hvorfor, slik at barnet forstår. Lytt til barnets syn og legg vekt på det.
child-track-act-voice-later = Si til barnet hva du gjør og hvorfor bare når dere kan snakke alene og det er trygt, aldri mens følgepersonen kan høre det. Meldingen venter ikke på den samtalen.
child-track-act-avert-again = Under 18 år er et tegn på grov menneskehandel (straffeloven § 258). Vurderte du avvergingsplikten uten å vite at personen kan være under 18 år, vurder den på nytt.
    .discreet = Under 18 år er et tegn på et grovt forhold (straffeloven § 258). Vurderte du avvergingsplikten uten å vite at personen kan være under 18 år, vurder den på nytt.
child-track-done-why =
    Når du ber om råd, oppgir du ikke barnets navn. Meldingen til barneverntjenesten sier derimot hvem barnet er.
    Ikke vurder alderen selv. Tvil om alder tar du opp med barneverntjenesten, ikke med UDI eller politiet.
    Bufdirs veiledningsfunksjon gir råd i saker om barn på hverdager. Råd kommer i tillegg til meldingen, ikke i stedet for den.
    Tar du en beslutning på vegne av barnet, er barnets beste det overordnede hensynet.

## Kilder
src-child-politiet-minors = Råd om menneskehandel: Meld fra om utsatte barn og unge
    .discreet = Meld fra om utsatte barn og unge
