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
        "The newest statutory interest rate in the table starts on {newest}, more than {months} months "
        "ago. The rates change every 1 January and 1 July: add the current rates before relying on "
        "the interest.",
        "Het nieuwste wettelijke rentepercentage in de tabel gaat in op {newest}, meer dan {months} "
        "maanden geleden. De percentages veranderen elk jaar op 1 januari en 1 juli: voeg de huidige "
        "percentages toe voordat u op de rente vertrouwt.",
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
        "This claim prescribes on {on} (in {days} days) and no interrupting letter was sent. Send a "
        "reminder that clearly reserves the right to payment before then.",
        "Deze vordering verjaart op {on} (over {days} dagen) en er is geen stuitingsbrief verstuurd. "
        "Stuur daarvoor een aanmaning waarin u zich duidelijk het recht op betaling voorbehoudt.",
    ),
    "prescription.near_after_letter": (
        "This claim prescribes on {on} (in {days} days); the last interrupting letter was sent on "
        "{letter}. Send a reminder that clearly reserves the right to payment before then.",
        "Deze vordering verjaart op {on} (over {days} dagen); de laatste stuitingsbrief is verstuurd op "
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
}
