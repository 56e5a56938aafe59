"""Messages of printing: the system print spooler. Each code maps to (English, Dutch)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "print.file_missing": (
        "The file to print is not there: {path}. Open the batch again from the letters page.",
        "Het bestand om af te drukken is er niet: {path}. Open de batch opnieuw vanaf de pagina Brieven.",
    ),
    "print.no_spooler": (
        "This computer has no print system DebtorDesk can use (the 'lp' command of CUPS was not found). "
        "Install CUPS and add a printer, or save the PDF and print it from a PDF viewer.",
        "Deze computer heeft geen afdruksysteem dat DebtorDesk kan gebruiken (de opdracht 'lp' van CUPS "
        "is niet gevonden). Installeer CUPS en voeg een printer toe, of sla de PDF op en druk hem af "
        "vanuit een PDF-lezer.",
    ),
    "print.failed": (
        "The printer did not accept the batch: {reason}. Check that the printer is on and chosen as "
        "default, or choose another printer.",
        "De printer heeft de batch niet aangenomen: {reason}. Controleer of de printer aanstaat en als "
        "standaard is gekozen, of kies een andere printer.",
    ),
    "print.windows_failed": (
        "Windows could not print the PDF: {reason}. Make sure a PDF program is installed that can print "
        "(for example Adobe Acrobat Reader), or open the PDF and print it from there.",
        "Windows kon de PDF niet afdrukken: {reason}. Zorg dat er een PDF-programma is geïnstalleerd dat "
        "kan afdrukken (bijvoorbeeld Adobe Acrobat Reader), of open de PDF en druk hem daar af.",
    ),
    "print.timeout": (
        "The print system did not answer within {seconds} seconds. Check the printer queue, then try again.",
        "Het afdruksysteem gaf binnen {seconds} seconden geen antwoord. Controleer de afdrukwachtrij en "
        "probeer het opnieuw.",
    ),
    "logo.too_large": (
        "The logo {name} is {size} KB; at most {limit} KB fits on letters. Save a smaller version "
        "(a letterhead logo needs about 600 pixels wide).",
        "Het logo {name} is {size} kB; er past hoogstens {limit} kB op brieven. Sla een kleinere versie op "
        "(een logo op briefpapier heeft zo'n 600 pixels breedte nodig).",
    ),
    "logo.unreadable": (
        "{name} is not an image DebtorDesk can read. Choose a PNG or JPEG file.",
        "{name} is geen afbeelding die DebtorDesk kan lezen. Kies een PNG- of JPEG-bestand.",
    ),
    "logo.wrong_format": (
        "{name} is a {format} image; letters take PNG or JPEG. Save it as PNG and choose it again.",
        "{name} is een {format}-afbeelding; brieven gebruiken PNG of JPEG. Sla hem op als PNG en kies "
        "hem opnieuw.",
    ),
    "letters.templates_copied": (
        "{count:|# template file|# template files} copied to {folder}. Edit {count:|it|them} "
        "there (files ending in .txt, Jinja2 with the blocks the README there explains); the "
        "letters use {count:|it|them} from now on.",
        "{count:|# sjabloonbestand|# sjabloonbestanden} gekopieerd naar {folder}. Pas "
        "{count:|het|ze} daar aan (bestanden op .txt, Jinja2 met de blokken die de README daar "
        "uitlegt); de brieven gebruiken {count:|het|ze} vanaf nu.",
    ),
    "letters.templates_ok": (
        "Every letter template compiles: no problems found.",
        "Alle briefsjablonen zijn in orde: geen problemen gevonden.",
    ),
}
