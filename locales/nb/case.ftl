## Flow: case (the whole case)

case-title = Ny sak: bekymring for menneskehandel
    .discreet = Ny sak: bekymring for en pasient
case-desc = Trinn for trinn: fare, alder, alvorlig forbrytelse, samtalen, utfallet og henvisning

case-summary-title = Dette gjør du videre
case-summary-text = Gå gjennom punktene. Verktøyet lagrer ingenting.
case-summary-cws-follow = Følg opp med barneverntjenesten: hva skjer videre, og hvem har ansvaret for barnet?
case-summary-record = Skriv i journalen hva du gjorde og hvorfor, etter rutinen på arbeidsplassen.
case-summary-why =
    Lista samler det du skal gjøre fra hvert steg i saken, én gang hver: nå, i dag og senere.
    Pliktene som gjelder, står øverst. De gjelder til de er oppfylt.
