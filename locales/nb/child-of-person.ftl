## Et barn av personen (flows/child-of-person.yaml)

child-of-person-title = Et barn av personen
child-of-person-desc = Meldeplikt til barneverntjenesten om personens barn, og hvem du kontakter

child-of-person-grounds-why =
    Helsepersonell skal melde til barneverntjenesten av eget tiltak, uten hensyn til taushetsplikten, når det er grunn til å tro at et barn blir eller vil bli utnyttet (helsepersonelloven § 33). Det gjelder også personens barn. Det krever mer enn en vag mistanke, men verken sikkerhet eller overvekt av sannsynlighet.
    Et barn av personen kan brukes til å presse personen. Meldingen går til barneverntjenesten, ikke til politiet.
    Er det bare en uro ennå, gjelder ikke meldeplikten: be barneverntjenesten om råd, uten navn.
    .discreet =
        Helsepersonell skal melde til barneverntjenesten av eget tiltak, uten hensyn til taushetsplikten, når det er grunn til å tro at et barn blir eller vil bli skadet på denne måten (helsepersonelloven § 33). Det gjelder også personens barn. Det krever mer enn en vag mistanke, men verken sikkerhet eller overvekt av sannsynlighet.
        Et barn av personen kan brukes til å presse personen. Meldingen går til barneverntjenesten, ikke til politiet.
        Er det bare en uro ennå, gjelder ikke meldeplikten: be barneverntjenesten om råd, uten navn.

child-of-person-done-title = Personens barn: kontakt barneverntjenesten nå
child-of-person-act-report = Personens barn: meld til barneverntjenesten nå (i kontortid: den lokale tjenesten; ellers barnevernvakten eller 116 111). Meldingen sier hvem barnet er. Når det er trygt: si til personen hva du gjør og hvorfor.
child-of-person-act-ask = Personens barn: kontakt barneverntjenesten nå og be om råd, uten navn (i kontortid: den lokale tjenesten; ellers barnevernvakten eller 116 111). Får du konkrete grunner til bekymring, skal du melde.
child-of-person-done-why =
    Når du ber om råd, oppgir du ikke navn. Meldingen til barneverntjenesten sier derimot hvem barnet er.
    Bufdirs veiledningsfunksjon gir råd i saker om barn på hverdager. Råd kommer i tillegg til meldingen, ikke i stedet for den.
    Samme terskel gjelder for personens barn som for andre barn: konkrete holdepunkter, ikke sikkerhet.
