## Flow: case (the whole case)

case-title = Ny sak: bekymring for menneskehandel
case-desc = Trinn for trinn: haster noe, samtalen, utfallet og henvisning

case-summary-title = Oppsummering: dette gjør du nå
case-summary-text =
    Gå gjennom punktene. Skriv ned det du trenger etter lokal rutine:
    verktøyet lagrer ingenting.
case-summary-minor = Mulig barn: sjekk at barneverntjenesten har fått melding. Barnets nei endrer ikke det.
case-summary-avert = Avvergingsplikt: sjekk at politiet er varslet, eller at forbrytelsen er avverget på annen måte.
case-summary-undocumented = Uten lovlig opphold: det er i seg selv en stor risiko for utnyttelse. Planlegg oppfølgingen.
case-summary-no-repeat = Ikke la personen gjenta historien for andre: be om samtykke til å gi videre det som trengs.
