"""Messages of the letters package: each code maps to (English, Dutch) with {name} placeholders."""

MESSAGES: dict[str, tuple[str, str]] = {
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
        "There are no prepared letters to print ({waiting} may go out only on a later day). Run the "
        "queue first ('Run selected steps', or debtordesk run).",
        "Er zijn geen voorbereide brieven om te printen ({waiting} mogen pas op een latere dag weg). "
        "Voer eerst de werklijst uit ('Geselecteerde stappen uitvoeren', of debtordesk run).",
    ),
    "letters.nothing_to_print_stale": (
        "Nothing to print: the {count} prepared letter(s) were no longer due (paid, on hold, handed "
        "over, or the amounts changed) and have been cancelled. The next run plans them again where "
        "still needed.",
        "Niets te printen: de {count} voorbereide brief/brieven waren niet meer nodig (betaald, "
        "gepauzeerd, overgedragen, of de bedragen zijn veranderd) en zijn geannuleerd. De volgende run "
        "plant ze opnieuw waar dat nog nodig is.",
    ),
    "letters.changed_meanwhile": (
        "{count} letter(s) changed while the batch was being made (sent by someone else, cancelled, "
        "paid or changed in amount). Nothing was saved: make the batch again.",
        "{count} brief/brieven zijn veranderd terwijl de batch werd gemaakt (door iemand anders "
        "verwerkt, geannuleerd, betaald of met een ander bedrag). Er is niets opgeslagen: maak de batch "
        "opnieuw.",
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
        "The archived batch has {pages} pages, but the letter ends on page {last}. Restore the letter "
        "archive from a backup.",
        "De gearchiveerde batch heeft {pages} pagina's, maar de brief eindigt op pagina {last}. Zet "
        "het briefarchief terug uit een back-up.",
    ),
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
        "{step}: letter printed in batch {batch} (reference {reference}, {total} to pay).",
        "{step}: brief aangemaakt in batch {batch} (kenmerk {reference}, {total} te betalen).",
    ),
    "event.letters.reprinted": (
        "{step}: letter reprinted in batch {batch} (same reference {reference}, {total} to pay).",
        "{step}: brief opnieuw afgedrukt in batch {batch} (zelfde kenmerk {reference}, {total} te "
        "betalen).",
    ),
    "event.letters.batch_cancelled": (
        "{step}: letter batch {batch} cancelled, the letter was not posted. {reason}",
        "{step}: briefbatch {batch} geannuleerd, de brief is niet gepost. {reason}",
    ),
    # ------------------------------------------ the letters command
    "cli.letters.made": (
        "Batch {batch}: {letters} letter(s), {pages} page(s), written to {path} (archived).",
        "Batch {batch}: {letters} brief/brieven, {pages} pagina('s), geschreven naar {path} "
        "(gearchiveerd).",
    ),
    "cli.letters.out_required": (
        "Say where to write the batch PDF: --out FILE.pdf.",
        "Geef aan waar de batch-pdf moet komen: --out BESTAND.pdf.",
    ),
    "cli.letters.waiting": (
        "{count} prepared letter(s) may go out only on a later day and were left for then.",
        "{count} voorbereide brief/brieven mogen pas op een latere dag weg en zijn daarvoor bewaard.",
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
    "cli.letters.dispatched": (
        "Batch {batch} posted on {day}: {count} letter(s) marked as posted, {fourteen} of them "
        "14-day letters with their evidence.",
        "Batch {batch} gepost op {day}: {count} brief/brieven als gepost gemarkeerd, waarvan "
        "{fourteen} veertiendagenbrieven met hun bewijs.",
    ),
    "cli.letters.dispatch_skipped": (
        "Letter {letter} not marked: {reason}",
        "Brief {letter} niet gemarkeerd: {reason}",
    ),
    "cli.letters.term_too_early": (
        "{count} 14-day letter(s) state a last day to pay before the end of the term counted from "
        "this posting date; the evidence holds the later, correct dates. Post letters on their date.",
        "{count} veertiendagenbrief/-brieven noemen een laatste betaaldag vóór het einde van de termijn "
        "vanaf deze postdatum; het bewijs bevat de latere, juiste data. Post brieven op hun datum.",
    ),
    "cli.letters.returned": (
        "Letter {letter} recorded as returned; its 14-day-letter evidence (if any) is void.",
        "Brief {letter} als retour geregistreerd; het bewijs van een veertiendagenbrief vervalt.",
    ),
    "cli.letters.batch_line": (
        "Batch {batch}  {date}  {letters} letter(s)  {pages} page(s)  {status}",
        "Batch {batch}  {date}  {letters} brief/brieven  {pages} pagina('s)  {status}",
    ),
    "cli.letters.letter_line": (
        "Letter {letter}  {customer}  {name}  pages {first}-{last}  reference {reference}  {total}",
        "Brief {letter}  {customer}  {name}  pagina's {first}-{last}  kenmerk {reference}  {total}",
    ),
}
