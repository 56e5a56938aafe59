"""Messages of the Dutch legal rules: collection costs, statutory interest, the 14-day letter,
prescription, payment references, and the calculator.

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ statutory interest
    "interest.no_rate": (
        "There is no statutory interest rate for {day}: the rate table starts on {first}. Add the rate "
        "for that date to the table, or calculate from {first} on.",
        "Er is geen wettelijke rente bekend voor {day}: de rentetabel begint op {first}. Voeg het "
        "percentage voor die datum toe aan de tabel, of reken vanaf {first}.",
    ),
    "interest.duplicate_rate": (
        "The interest rate table has two rows starting on {valid_from}. Remove one of them.",
        "De rentetabel heeft twee regels die ingaan op {valid_from}. Verwijder er één.",
    ),
    "interest.negative_rate": (
        "The interest rate starting on {valid_from} is negative. Correct it in the rate table.",
        "Het rentepercentage dat ingaat op {valid_from} is negatief. Verbeter het in de rentetabel.",
    ),
    "interest.negative_contractual_rate": (
        "The agreed interest rate {rate} % is negative. Enter the rate from the contract.",
        "Het afgesproken rentepercentage {rate} % is negatief. Vul het percentage uit het contract in.",
    ),
    "interest.negative_principal": (
        "Interest cannot be calculated on a negative amount ({amount}). Enter the open principal.",
        "Over een negatief bedrag ({amount}) kan geen rente worden berekend. Vul de openstaande "
        "hoofdsom in.",
    ),
    "interest.table_empty": (
        "The statutory interest rate table is empty, so no interest can be calculated. Add the "
        "current rates.",
        "De tabel met wettelijke rente is leeg, dus er kan geen rente worden berekend. Voeg de "
        "huidige percentages toe.",
    ),
    "interest.table_outdated": (
        "The newest statutory interest rate in the table starts on {newest}, more than "
        "{months:|1 month|# months} ago. The rates change every 1 January and 1 July: add the "
        "current rates before relying on the interest.",
        "Het nieuwste wettelijke rentepercentage in de tabel gaat in op {newest}, meer dan "
        "{months:|1 maand|# maanden} geleden. De percentages veranderen elk jaar op 1 januari en 1 "
        "juli: voeg de huidige percentages toe voordat u op de rente vertrouwt.",
    ),
    "interest.rate_unconfirmed": (
        "The statutory interest rates in force today (from {valid_from}: {consumer} % for consumers, "
        "{commercial} % for businesses) are not confirmed from an official source, and the interest in "
        "queue, letters and messages uses them. Check them against the government's announcement and "
        "mark the row confirmed under Settings > Legal and interest…, or correct it.",
        "De wettelijke rentepercentages van vandaag (vanaf {valid_from}: {consumer} % voor "
        "consumenten, {commercial} % voor bedrijven) zijn niet bevestigd uit een officiële bron, en "
        "de rente in de werklijst, brieven en berichten gebruikt ze. Controleer ze aan de hand van de "
        "bekendmaking van de overheid en markeer de regel als bevestigd onder Instellingen > "
        "Juridisch en rente…, of verbeter hem.",
    ),
    # ------------------------------------------------------------------ the 14-day letter and the post
    "postal.no_rule": (
        "The postal delivery table has no row for a letter posted on {day}: its first row starts on "
        "{first}. Add a row to the delivery table.",
        "De tabel met postbezorging heeft geen regel voor een brief die op {day} is verstuurd: de "
        "eerste regel gaat in op {first}. Voeg een regel toe aan de bezorgtabel.",
    ),
    "postal.negative_days": (
        "The postal delivery row starting on {valid_from} has a negative number of days. Enter 0 or more.",
        "De bezorgregel die ingaat op {valid_from} heeft een negatief aantal dagen. Vul 0 of meer in.",
    ),
    "postal.no_delivery_days": (
        "The postal delivery row starting on {valid_from} has no valid delivery weekdays. Choose the "
        "days on which post is delivered (Tuesday to Saturday).",
        "De bezorgregel die ingaat op {valid_from} heeft geen geldige bezorgdagen. Kies de dagen waarop "
        "post wordt bezorgd (dinsdag tot en met zaterdag).",
    ),
    "fourteen_day.channel_cannot_carry": (
        "A 14-day letter counts only when it is sent by post, or by e-mail to a customer who agreed to "
        "receive notices by e-mail; an SMS or a phone call cannot carry it (channel chosen: {channel}).",
        "Een veertiendagenbrief telt alleen als hij per post wordt verstuurd, of per e-mail aan een klant "
        "die heeft ingestemd met berichten per e-mail; een sms of telefoongesprek telt niet (gekozen "
        "kanaal: {channel}).",
    ),
    "fourteen_day.email_without_consent": (
        "This customer has not agreed to receive notices by e-mail, so an e-mailed 14-day letter does "
        "not count and no costs may be charged on it. Send the letter by post, or record the consent "
        "first.",
        "Deze klant heeft niet ingestemd met berichten per e-mail, dus een veertiendagenbrief per e-mail "
        "telt niet en er mogen geen kosten op worden gerekend. Stuur de brief per post, of leg eerst de "
        "toestemming vast.",
    ),
    "fourteen_day.returned": (
        "The 14-day letter came back undelivered, so it does not count and no costs may be charged on "
        "it. Check the address, call the customer and send the letter again.",
        "De veertiendagenbrief is onbestelbaar teruggekomen, dus hij telt niet en er mogen geen kosten "
        "op worden gerekend. Controleer het adres, bel de klant en verstuur de brief opnieuw.",
    ),
    "fourteen_day.bounced": (
        "The e-mailed 14-day letter bounced, so it does not count and no costs may be charged on it. "
        "Call the customer and send the letter by post.",
        "De veertiendagenbrief per e-mail kwam niet aan (bounce), dus hij telt niet en er mogen geen "
        "kosten op worden gerekend. Bel de klant en stuur de brief per post.",
    ),
    # ------------------------------------------------------------------ prescription
    "prescription.near": (
        "This claim prescribes on {on} (in {days:|1 day|# days}) and no interrupting letter was sent. Send a "
        "reminder that clearly reserves the right to payment before then.",
        "Deze vordering verjaart op {on} (over {days:|1 dag|# dagen}) en er is geen stuitingsbrief "
        "verstuurd. "
        "Stuur daarvoor een aanmaning waarin u zich duidelijk het recht op betaling voorbehoudt.",
    ),
    "prescription.near_after_letter": (
        "This claim prescribes on {on} (in {days:|1 day|# days}); the last interrupting letter was sent on "
        "{letter}. Send a reminder that clearly reserves the right to payment before then.",
        "Deze vordering verjaart op {on} (over {days:|1 dag|# dagen}); de laatste stuitingsbrief is "
        "verstuurd op "
        "{letter}. Stuur daarvoor een aanmaning waarin u zich duidelijk het recht op betaling "
        "voorbehoudt.",
    ),
    "prescription.prescribed": (
        "This claim is prescribed since {on}: no interrupting letter was sent in time. It can no longer "
        "be enforced; ask a lawyer before dunning it further.",
        "Deze vordering is verjaard sinds {on}: er is niet op tijd een stuitingsbrief verstuurd. Ze kan "
        "niet meer worden afgedwongen; vraag een jurist voordat u verder aanmaant.",
    ),
    "prescription.prescribed_after_letter": (
        "This claim is prescribed since {on}: the last interrupting letter was sent on {letter}. It can "
        "no longer be enforced; ask a lawyer before dunning it further.",
        "Deze vordering is verjaard sinds {on}: de laatste stuitingsbrief is verstuurd op {letter}. Ze "
        "kan niet meer worden afgedwongen; vraag een jurist voordat u verder aanmaant.",
    ),
    # ------------------------------------------------------------------ payment allocation
    "allocation.negative": (
        "A payment cannot be allocated over a negative amount ({amount}). Enter the payment and the "
        "open costs, interest and principal as zero or more.",
        "Een betaling kan niet worden verdeeld over een negatief bedrag ({amount}). Vul de betaling en "
        "de openstaande kosten, rente en hoofdsom in als nul of meer.",
    ),
    # ------------------------------------------------------------------ payment references
    "reference.kenmerk_not_digits": (
        "A payment reference (betalingskenmerk) can only be made from digits; '{value}' has other "
        "characters. Use the number part only.",
        "Een betalingskenmerk kan alleen uit cijfers worden gemaakt; '{value}' bevat andere tekens. "
        "Gebruik alleen het nummer.",
    ),
    "reference.kenmerk_too_long": (
        "'{value}' is too long for a payment reference (betalingskenmerk): at most {maximum} digits fit "
        "beside the check digit. Use a shorter number.",
        "'{value}' is te lang voor een betalingskenmerk: naast het controlecijfer passen hoogstens "
        "{maximum} cijfers. Gebruik een korter nummer.",
    ),
    "reference.rf_bad_base": (
        "An RF payment reference can only be made from 1 to {maximum} letters and digits; '{value}' does "
        "not fit. Leave out dashes and other signs.",
        "Een RF-betalingskenmerk kan alleen worden gemaakt van 1 tot {maximum} letters en cijfers; "
        "'{value}' past daar niet in. Laat streepjes en andere tekens weg.",
    ),
    # ------------------------------------------------------------------ the calculator
    "calc.bad_amount": (
        "'{value}' is not an amount. Write it like 1000, 1000.00 or 1.000,00.",
        "'{value}' is geen bedrag. Schrijf het als 1000, 1000,00 of 1.000,00.",
    ),
    "calc.negative_amount": (
        "'{value}' is negative. Enter an amount of 0 or more, without a minus sign.",
        "'{value}' is negatief. Vul een bedrag van 0 of meer in, zonder minteken.",
    ),
    "calc.amount_fraction": (
        "'{value}' has more than two decimals. Enter euros and cents, like 1.000,00.",
        "'{value}' heeft meer dan twee decimalen. Vul euro's en centen in, zoals 1.000,00.",
    ),
    "calc.amount_too_large": (
        "'{value}' is more than {maximum}: probably a typing slip. Check the amount.",
        "'{value}' is meer dan {maximum}: waarschijnlijk een tikfout. Controleer het bedrag.",
    ),
    "calc.bad_percent": (
        "'{value}' is not a percentage for {option}. Write a number from 0 to 100, like 21 or 8,5.",
        "'{value}' is geen percentage voor {option}. Schrijf een getal van 0 tot 100, zoals 21 of 8,5.",
    ),
    "calc.bad_date": (
        "'{value}' is not a date for {option}. Write it like 2030-12-31 or 31-12-2030.",
        "'{value}' is geen datum voor {option}. Schrijf hem als 31-12-2030 of 2030-12-31.",
    ),
    "calc.vat_rate_without_uplift": (
        "--vat-rate only counts with --vat-uplift. Add --vat-uplift when your organisation cannot "
        "deduct VAT, or leave out --vat-rate.",
        "--vat-rate telt alleen samen met --vat-uplift. Voeg --vat-uplift toe als uw organisatie de btw "
        "niet kan verrekenen, of laat --vat-rate weg.",
    ),
    "calc.simple_without_contract": (
        "--simple (no compounding) is only for a rate agreed in the contract: statutory interest is "
        "compounded every year by law. Add --contract-rate, or leave out --simple.",
        "--simple (geen rente op rente) geldt alleen voor een in het contract afgesproken rente: over "
        "wettelijke rente wordt volgens de wet elk jaar rente op rente berekend. Voeg --contract-rate "
        "toe, of laat --simple weg.",
    ),
    "calc.costs.heading_consumer": (
        "Collection costs, consumer (the scale is the maximum)",
        "Incassokosten, consument (de staffel is het maximum)",
    ),
    "calc.costs.heading_business": (
        "Collection costs, business customer",
        "Incassokosten, zakelijke klant",
    ),
    "calc.costs.note_consumer": (
        "A consumer owes these costs only after a 14-day letter that states this amount, once its term "
        "has passed. No other reminder or administration fees may be charged.",
        "Een consument is deze kosten pas verschuldigd na een veertiendagenbrief waarin dit bedrag staat, "
        "als de termijn daarvan voorbij is. Andere aanmaan- of administratiekosten mogen niet.",
    ),
    "calc.costs.note_business": (
        "For a business customer the scale applies unless the contract agrees other costs; a "
        "commercial transaction owes at least 40.00.",
        "Voor een zakelijke klant geldt de staffel, tenzij het contract andere kosten afspreekt; bij een "
        "handelstransactie is minstens 40,00 verschuldigd.",
    ),
    "calc.label.principal": ("Principal", "Hoofdsom"),
    "calc.label.band": ("{rate} of {base}", "{rate} over {base}"),
    "calc.label.minimum": ("minimum applies", "minimum van toepassing"),
    "calc.label.maximum": ("maximum applies", "maximum van toepassing"),
    "calc.label.costs": ("Collection costs", "Incassokosten"),
    "calc.label.vat": ("VAT {rate}", "Btw {rate}"),
    "calc.label.total": ("Total costs including VAT", "Totaal kosten inclusief btw"),
    "calc.label.from": ("From", "Van"),
    "calc.label.to": ("To", "Tot en met"),
    "calc.label.days": ("Days", "Dagen"),
    "calc.label.rate": ("Rate", "Percentage"),
    "calc.label.interest": ("Interest", "Rente"),
    "calc.label.total_interest": ("Total interest", "Totaal rente"),
    "calc.interest.heading_consumer": (
        "Statutory interest, consumer (art. 6:119 BW)",
        "Wettelijke rente, consument (art. 6:119 BW)",
    ),
    "calc.interest.heading_business": (
        "Statutory commercial interest (art. 6:119a BW)",
        "Wettelijke handelsrente (art. 6:119a BW)",
    ),
    "calc.interest.heading_contract": (
        "Agreed interest of {rate} per year",
        "Afgesproken rente van {rate} per jaar",
    ),
    "calc.interest.subject": (
        "On {principal}, due on {start}: from the next day up to and including {end}.",
        "Over {principal}, vervallen op {start}: vanaf de dag erna tot en met {end}.",
    ),
    "calc.interest.none": (
        "No interest: the last day is not after the due date.",
        "Geen rente: de laatste dag ligt niet na de vervaldatum.",
    ),
    "calc.interest.unconfirmed": (
        "* This rate is not confirmed from an official source. Check it before you put it in a letter.",
        "* Dit percentage is niet bevestigd uit een officiële bron. Controleer het voordat u het in een "
        "brief zet.",
    ),
    # ------------------------------------------ a 14-day letter template (letters/legal_check.py)
    "letters.fourteen_day.term_missing": (
        "The 14-day letter {file} does not say that the customer has 14 days to pay, counted from the "
        "day after the letter was received. The law requires this; with any other term the customer "
        "owes no collection costs. Put this sentence back in the letter: '{say}'.",
        "De veertiendagenbrief {file} zegt niet dat de klant 14 dagen heeft om te betalen, te tellen "
        "vanaf de dag nadat de brief is ontvangen. De wet eist dat; met een andere termijn hoeft de "
        "klant geen incassokosten te betalen. Zet deze zin terug in de brief: '{say}'.",
    ),
    "letters.fourteen_day.term_from_letter_date": (
        "The 14-day letter {file} counts the term from the date of the letter ('{found}'). The law "
        "counts the 14 days from the day after the customer received the letter; with this wording "
        "the customer owes no collection costs. Write instead: '{say}'.",
        "De veertiendagenbrief {file} telt de termijn vanaf de datum van de brief ('{found}'). De wet "
        "telt de 14 dagen vanaf de dag nadat de klant de brief heeft ontvangen; met deze tekst hoeft "
        "de klant geen incassokosten te betalen. Schrijf in plaats daarvan: '{say}'.",
    ),
    "letters.fourteen_day.box_term": (
        "In the 14-day letter {file} the payment box gives the term as '{found}' (the block "
        "pay_by_value). It must give the same term as the letter: '{say}'.",
        "In de veertiendagenbrief {file} staat in het betaalvak als termijn '{found}' (het blok "
        "pay_by_value). Daar moet dezelfde termijn staan als in de brief: '{say}'.",
    ),
    "letters.fourteen_day.costs_missing": (
        "The 14-day letter {file} does not state the amount of collection costs the customer will "
        "have to pay if the term passes. The law requires the exact amount; without it no costs may "
        "be charged. Put it in the letter with {{{{ costs_announced|money }}}}, as the standard "
        "letter does.",
        "De veertiendagenbrief {file} noemt niet het bedrag aan incassokosten dat de klant moet "
        "betalen als de termijn voorbij is. De wet eist het precieze bedrag; zonder dat mogen er geen "
        "kosten worden gerekend. Zet het in de brief met {{{{ costs_announced|money }}}}, zoals de "
        "standaardbrief doet.",
    ),
    # ---------------------------------- a 14-day e-mail's own text (services/outbox_legal.py)
    "messages.fourteen_day.term_missing": (
        "The 14-day e-mail's template {file} does not say that the customer has 14 days to pay, "
        "counted from the day after the e-mail was received. The law requires this; with any "
        "other term the customer owes no collection costs. Put this sentence back in the e-mail: "
        "'{say}'.",
        "Het sjabloon van de veertiendagenmail {file} zegt niet dat de klant 14 dagen heeft om te "
        "betalen, te tellen vanaf de dag nadat de e-mail is ontvangen. De wet eist dat; met een "
        "andere termijn hoeft de klant geen incassokosten te betalen. Zet deze zin terug in de "
        "e-mail: '{say}'.",
    ),
    "messages.fourteen_day.term_from_letter_date": (
        "The 14-day e-mail's template {file} counts the term from the date of the e-mail or "
        "letter ('{found}'). The law counts the 14 days from the day after the customer received "
        "it; with this wording the customer owes no collection costs. Write instead: '{say}'.",
        "Het sjabloon van de veertiendagenmail {file} telt de termijn vanaf de datum van de e-mail "
        "of brief ('{found}'). De wet telt de 14 dagen vanaf de dag nadat de klant die heeft "
        "ontvangen; met deze tekst hoeft de klant geen incassokosten te betalen. Schrijf in "
        "plaats daarvan: '{say}'.",
    ),
    "messages.fourteen_day.box_term": (
        "In the 14-day e-mail's template {file} the payment details give the term as '{found}' "
        "(the block pay_by_value). They must give the same term as the e-mail: '{say}'.",
        "In het sjabloon van de veertiendagenmail {file} staat bij de betaalgegevens als termijn "
        "'{found}' (het blok pay_by_value). Daar moet dezelfde termijn staan als in de e-mail: "
        "'{say}'.",
    ),
    "messages.fourteen_day.costs_missing": (
        "The 14-day e-mail's template {file} does not state the amount of collection costs the "
        "customer will have to pay if the term passes. The law requires the exact amount; "
        "without it no costs may be charged. Put it in the e-mail with "
        "{{{{ costs_announced|money }}}}, as the standard e-mail does.",
        "Het sjabloon van de veertiendagenmail {file} noemt niet het bedrag aan incassokosten dat "
        "de klant moet betalen als de termijn voorbij is. De wet eist het precieze bedrag; zonder "
        "dat mogen er geen kosten worden gerekend. Zet het in de e-mail met "
        "{{{{ costs_announced|money }}}}, zoals de standaardmail doet.",
    ),
}
