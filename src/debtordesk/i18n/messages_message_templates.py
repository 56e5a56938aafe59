"""Messages of the message-template editor (services/message_templates.py, ``debtordesk messages
templates``), of the letter attached to e-mails as a PDF (services/outbox_letters.py) and of its copy
kept as evidence (services/email_archive.py): each code maps to (English, Dutch) with {name}
placeholders."""

MESSAGES: dict[str, tuple[str, str]] = {}

# -- the organisation option (settings/org.py) ---------------------------------------------------------
MESSAGES.update(
    {
        "org.attach_letter_pdf": (
            "Attach the letter as a PDF to e-mail payment requests and reminders",
            "De brief als pdf meesturen met betaalverzoeken en herinneringen per e-mail",
        ),
    }
)

# -- the letter attached to an e-mail (services/outbox_letters.py, services/outbox_record.py) ------------
MESSAGES.update(
    {
        "event.outbox.sent_with_letter": (
            "{step}: {channel:@cli.channel} sent to {to}, with the letter {file} attached.",
            "{step}: {channel:@cli.channel} verstuurd naar {to}, met de brief {file} als bijlage.",
        ),
        "event.outbox.sent_without_letter": (
            "{step}: {channel:@cli.channel} sent to {to} without the letter: the PDF ({size} kB) is "
            "larger than the {limit} kB an e-mail may carry. Make the logo smaller (Settings > "
            "Organisation).",
            "{step}: {channel:@cli.channel} verstuurd naar {to} zonder de brief: de pdf ({size} kB) "
            "is groter dan de {limit} kB die een e-mail mag meenemen. Maak het logo kleiner "
            "(Instellingen > Organisatie).",
        ),
    }
)

# -- the letter an e-mail carried, kept as evidence (services/email_archive.py) --------------------------
MESSAGES.update(
    {
        # {why}: the code of the problem, in words (email_archive.why.<code>; the code itself for
        # one without words); {path}: where, empty when the problem has no place
        "event.outbox.letter_not_archived": (
            "{step}: the {channel:@cli.channel} to {to} went out with the letter {file}, but no "
            "copy of that PDF could be kept in the letter archive {path} "
            "({why:@email_archive.why}). The e-mail itself is recorded; the log file says more. "
            "Check the archive folder (disk full, no permission?).",
            "{step}: de {channel:@cli.channel} aan {to} is verstuurd met de brief {file}, maar er "
            "kon geen kopie van die pdf in het brievenarchief {path} worden bewaard "
            "({why:@email_archive.why}). De e-mail zelf is vastgelegd; het logbestand zegt meer. "
            "Controleer de archiefmap (schijf vol, geen rechten?).",
        ),
        "email_archive.why.disk_full": ("the disk is full", "de schijf is vol"),
        "email_archive.why.permission_denied": (
            "no permission to write there",
            "geen rechten om daar te schrijven",
        ),
        "email_archive.why.backup.write_failed": ("writing failed", "schrijven mislukt"),
        "email_archive.why.db.locked": ("the database was busy", "de database was bezet"),
        "email_archive.why.email_archive.not_what_was_sent": (
            "the PDF did not match its checksum",
            "de pdf klopte niet met de controlesom",
        ),
        "email_archive.why.email_archive.unexpected": (
            "an unexpected error",
            "een onverwachte fout",
        ),
        "email_archive.missing": (
            "The copy of the letter {file} e-mailed on {sent_on} is missing from the letter archive "
            "({path}). Restore the letter archive from a backup (File > Restore…).",
            "De kopie van de brief {file} die op {sent_on} is gemaild ontbreekt in het brievenarchief "
            "({path}). Zet het brievenarchief terug uit een back-up (Bestand > Terugzetten…).",
        ),
        "email_archive.changed": (
            "The copy of the letter {file} e-mailed on {sent_on} in the letter archive ({path}) was "
            "changed after it was sent: it no longer matches its recorded checksum, so it is no "
            "evidence. Restore the letter archive from a backup (File > Restore…).",
            "De kopie van de brief {file} die op {sent_on} is gemaild is in het brievenarchief "
            "({path}) veranderd nadat hij werd verstuurd: hij klopt niet meer met de vastgelegde "
            "controlesom en is dus geen bewijs. Zet het brievenarchief terug uit een back-up "
            "(Bestand > Terugzetten…).",
        ),
        "email_archive.unknown": (
            "There is no kept e-mail attachment {attachment} (any more).",
            "Er is geen bewaarde e-mailbijlage {attachment} (meer).",
        ),
        "email_archive.none_kept": (
            "No copy of a letter PDF was kept for this e-mail ({communication}): it went without "
            "one, or before copies were kept.",
            "Van deze e-mail ({communication}) is geen kopie van een brief-pdf bewaard: hij ging "
            "zonder, of voordat kopieën werden bewaard.",
        ),
        "email_archive.not_what_was_sent": (
            "The PDF {file} does not match the checksum of the letter the e-mail carried; no copy "
            "was kept.",
            "De pdf {file} klopt niet met de controlesom van de brief die de e-mail meenam; er is "
            "geen kopie bewaard.",
        ),
        "email_archive.unexpected": (
            "An unexpected error ({error}); the log file says more.",
            "Een onverwachte fout ({error}); het logbestand zegt meer.",
        ),
        "handover.col.pdf": ("Letter PDF", "Brief-pdf"),
        "handover.email_pdf_note": (
            "The 14-day letters are saved beside this file as PDFs (column Letter PDF): the pages "
            "of a posted letter from its archived batch, the letter PDF a 14-day e-mail carried; "
            "each checked against the checksum recorded when it was made or sent.",
            "De veertiendagenbrieven staan als pdf naast dit bestand (kolom Brief-pdf): de "
            "pagina's van een geposte brief uit de gearchiveerde batch, de brief-pdf die een "
            "veertiendagenmail meenam; elk gecontroleerd met de controlesom die bij het maken of "
            "versturen is vastgelegd.",
        ),
    }
)

# -- the message-template editor (services/message_templates.py) ---------------------------------------
MESSAGES.update(
    {
        "messages.template_unknown": (
            "There is no message template '{step}' for language '{language}' and tone '{tone}'. "
            "Choose one of: {known}.",
            "Er is geen berichtsjabloon '{step}' voor taal '{language}' en toon '{tone}'. Kies "
            "een van: {known}.",
        ),
        "messages.templates_copied": (
            "{count:|# message template file|# message template files} copied to {folder}. Edit "
            "{count:|it|them} there (or in Tools > Message templates…); the messages use "
            "{count:|it|them} from now on. Files already there were kept.",
            "{count:|# berichtsjabloon|# berichtsjablonen} gekopieerd naar {folder}. Pas "
            "{count:|het|ze} daar aan (of via Extra > Berichtsjablonen…); de berichten gebruiken "
            "{count:|het|ze} vanaf nu. Bestanden die er al stonden zijn bewaard.",
        ),
        "messages.check_ucs2.customer": (
            "For this customer the SMS needs UCS-2 because of {characters} (in the name or the "
            "text): a part holds 70 characters instead of 160 ({segments} parts). Switch on the "
            "transliteration of names, or replace those characters in the text.",
            "Voor deze klant heeft de sms UCS-2 nodig door {characters} (in de naam of de tekst): "
            "een deel bevat dan 70 tekens in plaats van 160 ({segments} delen). Zet het omzetten "
            "van namen aan, of vervang die tekens in de tekst.",
        ),
        "messages.check_segments.customer": (
            "For this customer the SMS takes {segments} parts; at most {limit} are sent, so the "
            "outbox would refuse it. Make the text shorter.",
            "Voor deze klant wordt de sms {segments} delen; er worden er hoogstens {limit} "
            "verstuurd, dus de outbox zou hem weigeren. Maak de tekst korter.",
        ),
        "messages.templates_ok": (
            "Every message template is in order.",
            "Alle berichtsjablonen zijn in orde.",
        ),
    }
)

# -- one template file of an organisation (services/letter_templates.py: letters and messages) -----------
MESSAGES.update(
    {
        "template_file.bad_name": (
            "'{name}' is not the name of a template file (it must stay inside the templates folder).",
            "'{name}' is geen naam van een sjabloonbestand (het moet in de sjablonenmap blijven).",
        ),
        "template_file.read_failed": (
            "The template {file} cannot be read: {detail}. Check that the file exists and that you "
            "may read it.",
            "Het sjabloon {file} kan niet worden gelezen: {detail}. Controleer of het bestand "
            "bestaat en of u het mag lezen.",
        ),
        "template_file.not_utf8": (
            "The template {file} is not UTF-8 text. Save it as UTF-8 in a text editor, or delete it "
            "to use the standard template again.",
            "Het sjabloon {file} is geen UTF-8-tekst. Sla het op als UTF-8 in een teksteditor, of "
            "verwijder het om het standaardsjabloon weer te gebruiken.",
        ),
        "template_file.save_failed": (
            "The template could not be saved as {file}: {detail}. Check that there is disk space "
            "and that you may write in that folder.",
            "Het sjabloon kon niet worden opgeslagen als {file}: {detail}. Controleer of er "
            "schijfruimte is en of u in die map mag schrijven.",
        ),
        "template_file.revert_failed": (
            "Your copy {file} could not be removed: {detail}. Close any program that has it open "
            "and try again.",
            "Uw kopie {file} kon niet worden verwijderd: {detail}. Sluit programma's die het "
            "bestand open hebben en probeer het opnieuw.",
        ),
    }
)
