## Flow: conversation (how to open, ask and listen)

conversation-title = Samtalen
conversation-desc = Slik åpner du, spør og lytter

## Sections
src-is-1022-6-4-conduct = Kapittel 6.4: Konkrete forslag til gjennomføring av samtale (menneskertilsalgs.no)
src-000-definition = Hva er menneskehandel?

## A possible child
conversation-minor-title = Mulig barn: barneverntjenesten først
conversation-minor-text =
    Har du kontaktet barneverntjenesten? Avtal med dem hvordan
    samtalen skal skje. Barnet har rett til å bli hørt og til å være
    med på beslutninger som angår det.

## Before you start
conversation-setting-title = Før du begynner
conversation-setting-room = Eget rom, døren lukket, ingen følgeperson til stede
conversation-setting-interpreter = Kvalifisert tolk uten bånd til personen, aldri følgepersonen
conversation-setting-phone = Telefontolk bare der taushetsplikten kan holdes
conversation-setting-gender = Tilbudt kvinnelig eller mannlig ansatt og tolk
conversation-setting-slip = Henvisningsinformasjon klar, på en liten lapp som er lett å skjule

## Opening
conversation-open-title = Start med din rolle
conversation-open-text =
    Si hvem du er og hva du kan hjelpe med. Forklar taushetsplikten:
    den gjelder også overfor politi og utlendingsmyndigheter. Vær
    ærlig om grensene, blant annet: Ved bekymring for et barn, og ved
    visse alvorlige forbrytelser, må du handle også uten samtykke.

conversation-concern-title = Si at du er bekymret, og at hjelp finnes
conversation-concern-text =
    Si at du er bekymret for personen, og at hjelp og beskyttelse
    finnes om personen ønsker det. Vær konkret og realistisk, og lov
    ikke mer enn du kan holde. Bruk et språk personen forstår,
    tilpasset alder og kultur. Gjenta det viktigste, og sjekk at du er
    forstått.

## Asking
conversation-words-title = Ord du bør unngå
conversation-words-text =
    Unngå ord som «menneskehandel», «offer» og «tvang». Ordene betyr
    ikke det samme for alle. Å spørre rett ut om noen er utnyttet, gir
    sjelden svar. Spør heller åpent om det er noe personen trenger
    hjelp til, og lytt også til det som sies mellom linjene.

conversation-questions-title = Konkrete spørsmål
conversation-questions-text =
    Spør om hverdagen, fra flere vinkler:
    • Kan du gå fra jobben eller boligen når du vil?
    • Hvem har passet ditt nå?
    • Har du egen nøkkel der du bor?
    • Har du din egen telefon?
    • Må du be om lov for å gå til lege eller i butikken?

conversation-what-title = Hva menneskehandel er
conversation-what-text =
    Noen bruker vold, trusler eller en sårbar situasjon til å tvinge,
    utnytte eller lure et menneske til arbeid eller tjenester,
    prostitusjon eller andre seksuelle formål, kriminalitet, tigging,
    krigstjeneste eller organhøsting. Det henger ofte sammen med vold
    i nære relasjoner, tvangsekteskap eller negativ sosial kontroll.

conversation-signs-title = Tegn er ikke bevis
conversation-signs-text =
    Det du ser og hører, er tegn som kan tyde på utnyttelse. Ingen
    enkelttegn beviser noe, og ingen liste er komplett. Mange kvier seg
    for å fortelle, og noen ser ikke selv at de er utnyttet. Se på
    helheten. Du trenger ikke bevis for å be om råd eller for å gi
    informasjon om hjelp.

conversation-dignity-title = Respekt og tålmodighet
conversation-dignity-text =
    Møt personen uten å dømme. Vær tålmodig, og press ikke på hvis
    personen ikke er klar til å fortelle. Spør bare om det du trenger
    for å hjelpe, ikke av nysgjerrighet. La ikke personen gjenta
    historien for flere: be heller om samtykke til å gi videre det som
    trengs. Ingen kontakt med media uten uttrykkelig tillatelse.

## Closing
conversation-close-title = Før dere skilles
conversation-close-text =
    Del ingenting uten personens frivillige, informerte samtykke, og da
    bare det som trengs. Ikke kontakt politi eller
    utlendingsmyndigheter uten samtykke, med mindre en lovpålagt plikt
    gjelder. Gi informasjon om hjelp diskret, og avtal gjerne en ny
    time.

## Anything new that needs action now
conversation-new-title = Kom det fram noe som krever handling nå?
conversation-new-text = Velg én ting om gangen. Du kommer tilbake hit etterpå, til du velger «Ingenting av dette».
conversation-new-acute = Personen er i akutt fare
conversation-new-minor = Personen kan være under 18 år
conversation-new-crime = En alvorlig forbrytelse (§ 196) pågår eller vil mest sannsynlig skje
conversation-new-crime-unsure = Kanskje en alvorlig forbrytelse (§ 196), men jeg er usikker
conversation-new-none = Ingenting av dette

conversation-acute-text = Avbryt samtalen om utnyttelse. Nå gjelder liv, helse og trygghet.
conversation-acute-minor = Mulig barn: kontakt barneverntjenesten eller barnevernvakten nå.

## Done
conversation-done-title = Samtalen er gjennomført
conversation-done-notes = Skriv ned det du trenger etter lokal rutine, og oppbevar det sikkert.
