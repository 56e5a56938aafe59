"""Messages of the letters package: each code maps to (English, Dutch) with {name} placeholders."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------ letter templates and the layout (templates.py, render.py)
    "letters.template_syntax": (
        "The letter template {file} has an error on line {line}: {detail}. Correct the file, or delete "
        "it to use the standard template again.",
        "Het briefsjabloon {file} bevat een fout op regel {line}: de sjabloontaal (Jinja) klopt daar "
        "niet, bijvoorbeeld een {{% block %}} zonder {{% endblock %}} of een haakje dat niet is "
        "gesloten. Verbeter het bestand, of verwijder het om weer het standaardsjabloon te "
        "gebruiken. Technische melding (Engels): {detail}.",
    ),
    "letters.template_error": (
        "The letter template {file} could not be filled in (line {line}, block {block}): {detail}. Check "
        "the names between {{{{ and }}}} against the list in README.md beside the templates, or delete the "
        "file to use the standard template again.",
        "Het briefsjabloon {file} kon niet worden ingevuld (regel {line}, blok {block}): er staat een "
        "naam of filter in die de brieven niet kennen, of een waarde die daar niet past. Controleer "
        "de namen tussen {{{{ en }}}} met de lijst in README.md bij de sjablonen, of verwijder het "
        "bestand om weer het standaardsjabloon te gebruiken. Technische melding (Engels): {detail}.",
    ),
    "letters.template_unknown_name": (
        "The letter template {file} uses the name '{name}' in the block {block} (line {line}), "
        "which the letters do not know, so a letter with this template cannot be made. Check the "
        "names between {{{{ and }}}} against the list in README.md beside the templates, or delete "
        "the file to use the standard template again.",
        "Het briefsjabloon {file} gebruikt in het blok {block} (regel {line}) de naam '{name}', "
        "die de brieven niet kennen; een brief met dit sjabloon kan daardoor niet worden gemaakt. "
        "Controleer de namen tussen {{{{ en }}}} met de lijst in README.md bij de sjablonen, of "
        "verwijder het bestand om weer het standaardsjabloon te gebruiken.",
    ),
    "letters.template_missing": (
        "The letter template {file} builds on {name}, which does not exist. Correct the name after "
        "'extends' (for example nl/formal/base.txt), or delete the file to use the standard template again.",
        "Het briefsjabloon {file} bouwt voort op {name}, maar dat bestaat niet. Verbeter de naam na "
        "'extends' (bijvoorbeeld nl/formal/base.txt), of verwijder het bestand om weer het "
        "standaardsjabloon te gebruiken.",
    ),
    "letters.template_loop": (
        "The letter template {file} builds on {name}, which builds on it again. Let it extend a base "
        "template such as nl/formal/base.txt.",
        "Het briefsjabloon {file} bouwt voort op {name}, dat weer op het eerste voortbouwt. Laat het "
        "voortbouwen op een basissjabloon zoals nl/formal/base.txt.",
    ),
    "letters.template_markup": (
        "The letter template {file} uses {tag}, which letters cannot print. Use only <b>...</b> for bold "
        "and <br/> for a new line; write & < > in text as &amp; &lt; &gt;.",
        "Het briefsjabloon {file} gebruikt {tag}, dat een brief niet kan afdrukken. Gebruik alleen "
        "<b>...</b> voor vet en <br/> voor een nieuwe regel; schrijf & < > in tekst als &amp; &lt; &gt;.",
    ),
    "letters.template_copy_failed": (
        "The letter templates could not be copied to {folder}: {detail}. Check that the folder can be "
        "written to and that the disk is not full.",
        "De briefsjablonen konden niet naar {folder} worden gekopieerd: {detail}. Controleer of u in "
        "die map mag schrijven en of de schijf niet vol is.",
    ),
    "letters.total_mismatch": (
        "The letter for customer {customer} was not printed: the amount to pay ({amount}) is not the sum "
        "of the invoices, costs, interest and fee on it ({lines}). Run the queue again to prepare the "
        "letter afresh.",
        "De brief voor klant {customer} is niet afgedrukt: het te betalen bedrag ({amount}) is niet de "
        "som van de facturen, kosten, rente en administratiekosten in de brief ({lines}). Laat de "
        "werklijst opnieuw lopen om de brief opnieuw klaar te zetten.",
    ),
    "letters.logo_unreadable": (
        "The logo in the organisation settings cannot be read as a PNG or JPEG image ({detail}). Choose "
        "another logo file, or remove the logo.",
        "Het logo in de instellingen van de organisatie is geen leesbare PNG- of JPEG-afbeelding "
        "({detail}). Kies een ander logobestand, of verwijder het logo.",
    ),
    "letters.no_invoices": (
        "The letter for customer {customer} lists no invoices. Run the queue again to prepare the letter "
        "afresh.",
        "De brief voor klant {customer} noemt geen facturen. Laat de werklijst opnieuw lopen om de "
        "brief opnieuw klaar te zetten.",
    ),
    # ------------------------------------------ the payment QR code (domain/epc.py, letters/qr.py)
    "letters.epc_iban_missing": (
        "The administration has no IBAN to be paid on, so the letters cannot carry a payment QR code. "
        "Enter the IBAN under Organisation.",
        "De administratie heeft geen IBAN waarop betaald kan worden, dus de brieven kunnen geen "
        "betaal-QR-code krijgen. Vul het IBAN in bij Organisatie.",
    ),
    "letters.epc_iban_invalid": (
        "The administration has no valid IBAN: '{iban}' has a wrong check number or length. Enter the "
        "IBAN under Organisation exactly as the bank gives it (for example NL91 ABNA 0417 1643 00).",
        "De administratie heeft geen geldig IBAN: bij '{iban}' klopt het controlegetal of de lengte "
        "niet. Vul het IBAN bij Organisatie in precies zoals de bank het geeft (bijvoorbeeld "
        "NL91 ABNA 0417 1643 00).",
    ),
    "letters.epc_bic_invalid": (
        "The BIC '{bic}' is not valid: a BIC has 8 or 11 letters and digits (for example ABNANL2A). "
        "Correct it under Organisation, or leave it empty.",
        "De BIC '{bic}' is niet geldig: een BIC heeft 8 of 11 letters en cijfers (bijvoorbeeld "
        "ABNANL2A). Verbeter hem bij Organisatie, of laat hem leeg.",
    ),
    "letters.epc_beneficiary_missing": (
        "The payment QR code needs the name of the account holder of the IBAN. Enter it under "
        "Organisation, exactly as the bank knows it.",
        "De betaal-QR-code heeft de naam van de rekeninghouder van het IBAN nodig. Vul die in bij "
        "Organisatie, precies zoals de bank hem kent.",
    ),
    "letters.epc_beneficiary_too_long": (
        "The account holder's name '{name}' has {length} characters; a payment QR code holds at most "
        "{maximum}. Enter the shorter name the bank knows for the account under Organisation.",
        "De naam van de rekeninghouder '{name}' heeft {length} tekens; een betaal-QR-code bevat er "
        "hoogstens {maximum}. Vul bij Organisatie de kortere naam in die de bank voor de rekening kent.",
    ),
    "letters.epc_amount_range": (
        "A payment QR code can ask for € 0.01 up to € 999,999,999.99; this letter asks € {amount}. "
        "Check the open amount of the customer: a letter with nothing to pay gets no payment code.",
        "Een betaal-QR-code kan om € 0,01 tot € 999.999.999,99 vragen; deze brief vraagt € {amount}. "
        "Controleer het openstaande bedrag van de klant: een brief zonder te betalen bedrag krijgt "
        "geen betaalcode.",
    ),
    "letters.epc_amount_cents": (
        "The amount {amount} has more than two decimals; a payment QR code takes whole cents. Round the "
        "amount to cents.",
        "Het bedrag {amount} heeft meer dan twee decimalen; een betaal-QR-code rekent in hele centen. "
        "Rond het bedrag af op centen.",
    ),
    "letters.epc_reference_missing": (
        "The payment QR code has no payment reference, so the bookkeeping could not match the payment. "
        "Check the payment reference setting of the administration and run the queue again.",
        "De betaal-QR-code heeft geen betalingskenmerk, dus de boekhouding kan de betaling niet "
        "koppelen. Controleer de instelling voor betalingskenmerken van de administratie en laat de "
        "werklijst opnieuw lopen.",
    ),
    "letters.epc_reference_kind": (
        "'{kind}' is not a kind of payment reference; use rf, kenmerk or invoice_number.",
        "'{kind}' is geen soort betalingskenmerk; gebruik rf, kenmerk of invoice_number.",
    ),
    "letters.epc_rf_invalid": (
        "The payment reference '{reference}' is not a valid RF reference: the check digits after RF do "
        "not match. Issue a new reference (run the queue again) rather than typing one.",
        "Het betalingskenmerk '{reference}' is geen geldige RF-referentie: de controlecijfers na RF "
        "kloppen niet. Laat een nieuw kenmerk maken (laat de werklijst opnieuw lopen) in plaats van er "
        "een te typen.",
    ),
    "letters.epc_kenmerk_invalid": (
        "The payment reference '{reference}' is not a valid betalingskenmerk: it needs 16 digits with a "
        "correct check digit in front. Issue a new reference (run the queue again) rather than typing "
        "one.",
        "'{reference}' is geen geldig betalingskenmerk: dat heeft 16 cijfers met vooraan een kloppend "
        "controlecijfer. Laat een nieuw kenmerk maken (laat de werklijst opnieuw lopen) in plaats van "
        "er een te typen.",
    ),
    "letters.epc_reference_too_long": (
        "The payment reference '{reference}' has {length} characters; at most {maximum} fit in a "
        "payment QR code. Use a shorter invoice number or an RF reference for this administration.",
        "Het betalingskenmerk '{reference}' heeft {length} tekens; er passen er hoogstens {maximum} in "
        "een betaal-QR-code. Gebruik een korter factuurnummer of een RF-kenmerk voor deze "
        "administratie.",
    ),
    "letters.epc_note_too_long": (
        "The note to the payer has {length} characters; a payment QR code holds at most {maximum}. "
        "Shorten the note.",
        "De mededeling aan de betaler heeft {length} tekens; een betaal-QR-code bevat er hoogstens "
        "{maximum}. Maak de mededeling korter.",
    ),
    "letters.epc_bad_character": (
        "The {field} for the payment QR code contains a control character that a banking app cannot "
        "show ('{value}'). Retype the text without it.",
        "De {field} voor de betaal-QR-code bevat een stuurteken dat een bankapp niet kan tonen "
        "('{value}'). Typ de tekst opnieuw zonder dat teken.",
    ),
    "letters.epc_too_long": (
        "The payment QR code would hold {length} bytes; at most {maximum} fit. Shorten the account "
        "holder's name under Organisation, or use an RF reference instead of a long invoice number.",
        "De betaal-QR-code zou {length} bytes bevatten; er passen er hoogstens {maximum} in. Maak de "
        "naam van de rekeninghouder bij Organisatie korter, of gebruik een RF-kenmerk in plaats van een "
        "lang factuurnummer.",
    ),
    "letters.epc_not_epc": (
        "This QR code text is not a SEPA payment code (EPC): it has {count:|1 line|# lines} where 7 to 12 "
        "belong.",
        "Deze QR-codetekst is geen SEPA-betaalcode (EPC): hij heeft {count:|1 regel|# regels}, waar 7 tot 12 "
        "horen.",
    ),
    "letters.epc_unreadable": (
        "This QR code text is not a valid SEPA payment code (EPC): line {line} ({field}) is wrong.",
        "Deze QR-codetekst is geen geldige SEPA-betaalcode (EPC): regel {line} ({field}) klopt niet.",
    ),
    "letters.qr_empty": (
        "There is nothing to put in the QR code. Letters without a payment link or payment details are "
        "printed without a code.",
        "Er is niets om in de QR-code te zetten. Brieven zonder betaallink of betaalgegevens worden "
        "zonder code afgedrukt.",
    ),
    "letters.qr_too_long": (
        "The text for the QR code ('{start}…') is {length} bytes; a printed payment code holds at most "
        "{maximum}. Use a shorter payment link.",
        "De tekst voor de QR-code ('{start}…') is {length} bytes; een afgedrukte betaalcode bevat er "
        "hoogstens {maximum}. Gebruik een kortere betaallink.",
    ),
    # ------------------------------------------ batches, the archive, posting (services/letters*.py, cli)
    "letters.administration_missing": (
        "The administration (id {id}) no longer exists. Choose another administration.",
        "De administratie (id {id}) bestaat niet meer. Kies een andere administratie.",
    ),
    "letters.nothing_chosen": (
        "No letters were chosen: give a run, ask for the pending letters, or select letters.",
        "Er zijn geen brieven gekozen: geef een run op, vraag om de wachtende brieven, of selecteer "
        "brieven.",
    ),
    "letters.nothing_to_print": (
        "There are no prepared letters to print. Run the queue first ('Run all due' or 'Run "
        "selected steps' in the Queue, or debtordesk run).",
        "Er zijn geen voorbereide brieven om te printen. Voer eerst de werklijst uit ('Alles "
        "uitvoeren' of 'Gekozen stappen uitvoeren' in de Werklijst, of debtordesk run).",
    ),
    "letters.fourteen_day_template_refused": (
        "The batch was not made: {count:|1 14-day letter in it was|# 14-day letters in it were} to "
        "be printed with the letter template '{template}', which does not state the term "
        "and the costs as the law requires. {problems} Correct the template and make the batch "
        "again. Nothing was printed or archived.",
        "De batch is niet gemaakt: {count:|1 veertiendagenbrief erin zou|# veertiendagenbrieven "
        "erin zouden} worden gedrukt met het briefsjabloon '{template}', dat de termijn "
        "en de kosten niet noemt zoals de wet eist. {problems} Verbeter het sjabloon en maak de "
        "batch opnieuw. Er is niets gedrukt of gearchiveerd.",
    ),
    "letters.nothing_to_print_waiting": (
        "There are no prepared letters to print ({waiting} may go out only on a later day). Run the "
        "queue first ('Run all due' or 'Run selected steps' in the Queue, or debtordesk run).",
        "Er zijn geen voorbereide brieven om te printen ({waiting:|# mag|# mogen} pas op een latere dag "
        "weg). "
        "Voer eerst de werklijst uit ('Alles uitvoeren' of 'Gekozen stappen uitvoeren' in de "
        "Werklijst, of debtordesk run).",
    ),
    "letters.nothing_to_print_stale": (
        "Nothing to print: {count:|the prepared letter was|the # prepared letters were} no longer "
        "due (paid, on hold, handed over, or the amounts changed) and {count:|has|have} been "
        "cancelled. The next run plans {count:|it|them} again where still needed.",
        "Niets te printen: {count:|de voorbereide brief was|de # voorbereide brieven waren} niet "
        "meer nodig (betaald, gepauzeerd, overgedragen, of de bedragen zijn veranderd) en "
        "{count:|is|zijn} geannuleerd. De volgende run plant {count:|hem|ze} opnieuw waar dat nog "
        "nodig is.",
    ),
    "letters.changed_meanwhile": (
        "{count:|# letter|# letters} changed while the batch was being made (sent by someone else, "
        "cancelled, paid or changed in amount). Nothing was saved: make the batch again.",
        "{count:|# brief is|# brieven zijn} veranderd terwijl de batch werd gemaakt (door iemand "
        "anders verwerkt, geannuleerd, betaald of met een ander bedrag). Er is niets opgeslagen: "
        "maak de batch opnieuw.",
    ),
    "letters.number_taken": (
        "Batch number {number} was just taken by another workstation. Nothing was saved: make the "
        "batch again.",
        "Batchnummer {number} is zojuist door een andere werkplek gebruikt. Er is niets opgeslagen: "
        "maak de batch opnieuw.",
    ),
    "letters.batch_missing": (
        "Letter batch {batch} does not exist (any more). Refresh the list of batches.",
        "Briefbatch {batch} bestaat niet (meer). Vernieuw de lijst met batches.",
    ),
    "letters.batch_number_missing": (
        "There is no letter batch number {batch}. 'debtordesk letters list' shows the batches.",
        "Er is geen briefbatch met nummer {batch}. 'debtordesk letters list' toont de batches.",
    ),
    "letters.letter_missing": (
        "Letter {letter} does not exist. 'debtordesk letters list --batch N' shows the letters of a "
        "batch with their numbers.",
        "Brief {letter} bestaat niet. 'debtordesk letters list --batch N' toont de brieven van een "
        "batch met hun nummers.",
    ),
    "letters.already_dispatched": (
        "Batch {batch} was already marked as posted on {day}. A batch is posted once; to send letters "
        "again, reprint them.",
        "Batch {batch} is al als gepost gemarkeerd op {day}. Een batch wordt één keer gepost; druk de "
        "brieven opnieuw af om ze nog eens te versturen.",
    ),
    "letters.batch_cancelled": (
        "Batch {batch} was cancelled; it cannot be printed or posted any more. Make a new batch.",
        "Batch {batch} is geannuleerd en kan niet meer worden geprint of gepost. Maak een nieuwe batch.",
    ),
    "letters.batch_cancelled_reason": (
        "The letter batch {batch} was cancelled.",
        "De briefbatch {batch} is geannuleerd.",
    ),
    "letters.dispatch_in_future": (
        "A batch cannot have been posted on {day}: that date is still to come. Enter the day it went "
        "into the post.",
        "Een batch kan niet op {day} zijn gepost: die datum moet nog komen. Vul de dag in waarop hij "
        "op de post ging.",
    ),
    "letters.dispatch_before_letter_date": (
        "The posting date {day} is before the date on the letters ({letter_date}). Enter the day the "
        "batch went into the post.",
        "De postdatum {day} ligt vóór de datum op de brieven ({letter_date}). Vul de dag in waarop de "
        "batch op de post ging.",
    ),
    "letters.not_dispatched": (
        "Letter {letter} has not been posted, so it cannot have come back. Mark its batch as posted "
        "first.",
        "Brief {letter} is niet gepost en kan dus niet retour zijn gekomen. Markeer eerst de batch als "
        "gepost.",
    ),
    "letters.already_returned": (
        "Letter {letter} was already recorded as returned ({at}).",
        "Brief {letter} is al als retour geregistreerd ({at}).",
    ),
    "letters.reprint_choose": (
        "Choose either letters or one batch to reprint.",
        "Kies brieven of één batch om opnieuw af te drukken.",
    ),
    "letters.reprint_mixed": (
        "The letters to reprint belong to different administrations. Reprint them per administration.",
        "De brieven om opnieuw af te drukken horen bij verschillende administraties. Druk ze per "
        "administratie af.",
    ),
    "letters.reprint_cancelled": (
        "The letter to customer {customer} was cancelled (handed over, or no longer due) and must not "
        "be sent. Leave it out of the reprint.",
        "De brief aan klant {customer} is geannuleerd (overgedragen, of niet meer nodig) en mag niet "
        "worden verstuurd. Laat hem weg uit de herdruk.",
    ),
    "letters.archive_missing": (
        "The PDF of letter batch {batch} is missing from the archive ({path}). Restore the letter "
        "archive from a backup (File > Restore…).",
        "De pdf van briefbatch {batch} ontbreekt in het archief ({path}). Zet het briefarchief terug "
        "uit een back-up (Bestand > Terugzetten…).",
    ),
    "letters.archive_changed": (
        "The PDF of letter batch {batch} in the archive ({path}) was changed after it was made: it no "
        "longer matches its recorded checksum, so it is no evidence. Restore the letter archive from a "
        "backup (File > Restore…).",
        "De pdf van briefbatch {batch} in het archief ({path}) is veranderd nadat hij werd gemaakt: hij "
        "klopt niet meer met de vastgelegde controlesom en is dus geen bewijs. Zet het briefarchief "
        "terug uit een back-up (Bestand > Terugzetten…).",
    ),
    "letters.archive_short": (
        "The archived batch has {pages:|1 page|# pages}, but the letter ends on page {last}. Restore the "
        "letter "
        "archive from a backup.",
        "De gearchiveerde batch heeft {pages:|1 pagina|# pagina's}, maar de brief eindigt op pagina {last}. "
        "Zet "
        "het briefarchief terug uit een back-up.",
    ),
    "letters.what_letters": ("the letters of this batch", "de brieven van deze batch"),
    "letters.status.generated": ("made", "aangemaakt"),
    "letters.status.printed": ("printed", "geprint"),
    "letters.status.dispatched": ("posted", "gepost"),
    "letters.status.cancelled": ("cancelled", "geannuleerd"),
    "letters.skip.deleted": (
        "its communication no longer exists",
        "de communicatie bestaat niet meer",
    ),
    "letters.skip.already_dispatched": (
        "already posted (this is a reprint)",
        "al gepost (dit is een herdruk)",
    ),
    "letters.skip.cancelled": (
        "cancelled meanwhile (handed over, or no longer due)",
        "intussen geannuleerd (overgedragen, of niet meer nodig)",
    ),
    "event.letters.generated": (
        "{step}: letter printed in batch {batch} (reference {reference}, € {total} to pay).",
        "{step}: brief aangemaakt in batch {batch} (kenmerk {reference}, € {total} te betalen).",
    ),
    "event.letters.reprinted": (
        "{step}: letter reprinted in batch {batch} (same reference {reference}, € {total} to pay).",
        "{step}: brief opnieuw afgedrukt in batch {batch} (zelfde kenmerk {reference}, € {total} te "
        "betalen).",
    ),
    "event.letters.batch_cancelled": (
        "{step}: letter batch {batch} cancelled, the letter was not posted. {reason}",
        "{step}: briefbatch {batch} geannuleerd, de brief is niet gepost. {reason}",
    ),
    # ------------------------------------------ the letters command
    "cli.letters.made": (
        "Batch {batch}: {letters:|# letter|# letters}, {pages:|# page|# pages}, written to {path} "
        "(archived).",
        "Batch {batch}: {letters:|# brief|# brieven}, {pages:|# pagina|# pagina's}, geschreven naar "
        "{path} (gearchiveerd).",
    ),
    "cli.letters.out_required": (
        "Say where to write the batch PDF: --out FILE.pdf.",
        "Geef aan waar de batch-pdf moet komen: --out BESTAND.pdf.",
    ),
    "cli.letters.waiting": (
        "{count:|# prepared letter may go out only on a later day and was|# prepared letters may go "
        "out only on a later day and were} left for then.",
        "{count:|# voorbereide brief mag pas op een latere dag weg en is|# voorbereide brieven mogen "
        "pas op een latere dag weg en zijn} daarvoor bewaard.",
    ),
    "cli.letters.no_qr": (
        "{count:|# letter has|# letters have} no payment QR code: there was no payment link and no "
        "EPC code could be made. Check the IBAN and the account holder of the administration "
        "(Settings > Organisation… in the app) before posting {count:|it|them}.",
        "{count:|# brief heeft|# brieven hebben} geen betaal-QR-code: er was geen betaallink en er "
        "kon geen EPC-code worden gemaakt. Controleer het IBAN en de rekeninghouder van de "
        "administratie (Instellingen > Organisatie… in de app) voordat u {count:|hem|ze} post.",
    ),
    "cli.letters.skipped": (
        "Not printed for customer {customer}: {reason}",
        "Niet geprint voor klant {customer}: {reason}",
    ),
    "cli.letters.none": (
        "No letters to print.",
        "Geen brieven om te printen.",
    ),
    "cli.letters.out_folder": (
        "The folder {path} for --out does not exist. Create it, or give another file name.",
        "De map {path} voor --out bestaat niet. Maak hem aan, of geef een andere bestandsnaam.",
    ),
    "cli.letters.out_is_folder": (
        "{path} is a folder. Give --out a file name in it, for example {path}/letters.pdf.",
        "{path} is een map. Geef bij --out een bestandsnaam erin, bijvoorbeeld {path}/brieven.pdf.",
    ),
    "letters.write_failed": (
        "The letters could not be written in {path} ({detail}). Check that the folder exists and "
        "that you may write in it, and try again.",
        "De brieven konden niet worden geschreven in {path} ({detail}). Controleer of de map bestaat "
        "en of u erin mag schrijven, en probeer het opnieuw.",
    ),
    "cli.letters.dispatched": (
        "Batch {batch} posted on {day}: {count:|# letter|# letters} marked as posted, {fourteen} "
        "of them {fourteen:|a 14-day letter|14-day letters} with {fourteen:|its|their} evidence.",
        "Batch {batch} gepost op {day}: {count:|# brief|# brieven} als gepost gemarkeerd, waarvan "
        "{fourteen} {fourteen:|veertiendagenbrief|veertiendagenbrieven} met "
        "{fourteen:|zijn|hun} bewijs.",
    ),
    "cli.letters.dispatch_skipped": (
        "Letter {letter} not marked: {reason}",
        "Brief {letter} niet gemarkeerd: {reason}",
    ),
    "cli.letters.term_too_early": (
        "{count:|# 14-day letter states|# 14-day letters state} a last day to pay before the end "
        "of the term counted from this posting date; the evidence holds the later, correct dates. "
        "Post letters on their date.",
        "{count:|# veertiendagenbrief noemt|# veertiendagenbrieven noemen} een laatste betaaldag "
        "vóór het einde van de termijn vanaf deze postdatum; het bewijs bevat de latere, juiste "
        "data. Post brieven op hun datum.",
    ),
    "cli.letters.returned": (
        "Letter {letter} recorded as returned; its 14-day-letter evidence (if any) is void.",
        "Brief {letter} als retour geregistreerd; het bewijs van een veertiendagenbrief vervalt.",
    ),
    "cli.letters.no_batches": (
        "No letter batches yet. 'debtordesk letters --out FILE.pdf' makes one.",
        "Nog geen briefbatches. 'debtordesk letters --out BESTAND.pdf' maakt er een.",
    ),
    "cli.letters.batch_line": (
        "Batch {batch}  {date}  {letters:|# letter|# letters}  {pages:|# page|# pages}  {status}",
        "Batch {batch}  {date}  {letters:|# brief|# brieven}  {pages:|# pagina|# pagina's}  "
        "{status}",
    ),
    "cli.letters.letter_line": (
        "Letter {letter}  {customer}  {name}  {pages:|page|pages} {page_range}  reference "
        "{reference}  {total}",
        "Brief {letter}  {customer}  {name}  {pages:|pagina|pagina's} {page_range}  kenmerk "
        "{reference}  {total}",
    ),
    "cli.letters.letter_line_returned": (
        "Letter {letter}  {customer}  {name}  {pages:|page|pages} {page_range}  reference "
        "{reference}  {total}  returned on {returned}",
        "Brief {letter}  {customer}  {name}  {pages:|pagina|pagina's} {page_range}  kenmerk "
        "{reference}  {total}  retour op {returned}",
    ),
}
