"""The command line's help texts in Dutch: ``debtordesk --help``, ``debtordesk import --help`` and so on.

:data:`HELP` maps each English text, exactly as written in ``src/debtordesk/cli/*.py`` (the first argument
of :func:`debtordesk.i18n.catalogue.cli_help`, ``_h`` there), to its Dutch. argparse fills ``%(default)s``
and its other ``%(name)s`` placeholders in argument helps (so a literal percent sign there is ``%%``);
``{name}`` placeholders are filled by ``cli_help`` with values known only at run time (a folder, a
default). A translation keeps the same placeholders. Input words stay English in both languages:
sub-command and option names, choices (``full``, ``delta``), metavars (FILE, CUSTOMER) and setting keys.

Words as in the other tables and the program: klant, factuur, administratie, aanmaanbeleid, werklijst
(queue), run, bellijst, betaalbelofte, betalingsregeling, incassokosten, wettelijke rente, veertiendagenbrief,
betaallink, betaalverzoek, outbox, provider, sleutelbos, back-up, terugzetten, ongedaan maken.
tests/cli/test_cli_help_language.py checks that every help text of the parser has its Dutch here.
"""

HELP: dict[str, str] = {
    # ------------------------------------------------------------------ argparse's own words
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "deze hulptekst tonen en stoppen",
    "show program's version number and exit": "het versienummer van het programma tonen en stoppen",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    # ------------------------------------------------------------------ cli/__init__.py
    (
        "DebtorDesk: credit management for Dutch in-house debtor teams. Without a command, the "
        "desktop application starts."
    ): (
        "DebtorDesk: debiteurenbeheer voor de eigen debiteurenafdeling van Nederlandse "
        "organisaties. Zonder opdracht start het programma."
    ),
    (
        "database: a file path or a SQLAlchemy URL (sqlite:///… or postgresql://…); default: the "
        "file in your data folder"
    ): (
        "database: een bestandspad of een SQLAlchemy-URL (sqlite:///… of postgresql://…); "
        "standaard: het bestand in uw gegevensmap"
    ),
    "language of messages and help": "taal van de meldingen en de hulpteksten",
    "print a machine-readable summary": "een machineleesbare samenvatting tonen",
    # ------------------------------------------------------------------ cli/administrations.py
    "the administrations (legal entities); 'administrations add' adds one": (
        "de administraties (rechtspersonen); 'administrations add' voegt er een toe"
    ),
    (
        "List every administration with its IBAN, its number of customers and its open invoices. "
        "Import into one with 'import --administration CODE'."
    ): (
        "Toon elke administratie met haar IBAN, het aantal klanten en de openstaande facturen. "
        "Importeer in een administratie met 'import --administration CODE'."
    ),
    "add an administration": "een administratie toevoegen",
    (
        "Add an administration: a legal entity of the group with its own customers and invoices "
        "(customer and invoice numbers may repeat between administrations)."
    ): (
        "Voeg een administratie toe: een rechtspersoon van de groep met eigen klanten en facturen "
        "(klant- en factuurnummers mogen in verschillende administraties hetzelfde zijn)."
    ),
    "short and unique: letters, digits, - and _ (e.g. NOORD)": (
        "kort en uniek: letters, cijfers, - en _ (bijvoorbeeld NOORD)"
    ),
    "the name printed on letters": "de naam die op de brieven staat",
    "print a JSON summary": "een samenvatting in JSON tonen",
    # ------------------------------------------------------------------ cli/calc.py
    "collection-cost and interest calculator (no database needed)": (
        "rekenhulp voor incassokosten en rente (geen database nodig)"
    ),
    (
        "Calculate collection costs by the Dutch scale, or statutory interest over a period. "
        "Amounts: 1000, 1000.00 or 1.000,00. Dates: 2025-12-31 or 31-12-2025."
    ): (
        "Bereken de incassokosten volgens de wettelijke staffel, of de wettelijke rente over een "
        "periode. Bedragen: 1000, 1000.00 of 1.000,00. Datums: 2025-12-31 of 31-12-2025."
    ),
    "collection costs for a principal": "incassokosten over een hoofdsom",
    (
        "Collection costs by the scale of the Besluit vergoeding voor buitengerechtelijke "
        "incassokosten: 15/10/5/1/0.5 %, at least 40.00 and at most 6,775.00 before VAT."
    ): (
        "Incassokosten volgens de staffel van het Besluit vergoeding voor buitengerechtelijke "
        "incassokosten: 15/10/5/1/0,5 %, minstens 40,00 en hoogstens 6.775,00 exclusief btw."
    ),
    "the principal (open amount of the claim)": (
        "de hoofdsom (het openstaande bedrag van de vordering)"
    ),
    "the customer is a business": "de klant is een bedrijf",
    "add VAT to the costs (only when your organisation cannot deduct VAT)": (
        "btw over de kosten rekenen (alleen als uw organisatie de btw niet kan aftrekken)"
    ),
    "the VAT percentage for --vat-uplift (default {rate})": (
        "het btw-percentage voor --vat-uplift (standaard {rate})"
    ),
    "print a machine-readable result": "een machineleesbare uitkomst tonen",
    "statutory interest over a period": "wettelijke rente over een periode",
    (
        "Statutory interest (art. 6:119 BW for consumers, art. 6:119a BW with --business) from "
        "the day after the due date up to and including --to, split at every rate change and "
        "compounded yearly, from the rate table in the database (--db or the usual one) when it "
        "exists, else from the table shipped with DebtorDesk."
    ): (
        "Wettelijke rente (art. 6:119 BW voor consumenten, art. 6:119a BW met --business) vanaf "
        "de dag na de vervaldatum tot en met --to, gesplitst bij elke wijziging van het "
        "percentage en jaarlijks samengesteld, volgens de rentetabel in de database (--db of de "
        "gebruikelijke) als die er is, anders volgens de tabel die met DebtorDesk wordt "
        "meegeleverd."
    ),
    "the principal": "de hoofdsom",
    "the due date: interest runs from the next day": (
        "de vervaldatum: de rente loopt vanaf de dag erna"
    ),
    "the last day counted (default today)": "de laatste dag die meetelt (standaard vandaag)",
    "commercial interest (business to business)": "handelsrente (tussen bedrijven)",
    "a rate per year agreed in the contract, instead of the statutory rate": (
        "een rente per jaar die in het contract is afgesproken, in plaats van de wettelijke rente"
    ),
    "do not compound (only for a contractual rate)": (
        "niet samengesteld rekenen (alleen bij een rente uit het contract)"
    ),
    # ------------------------------------------------------------------ cli/common.py
    "copy: replace files already there": "copy: bestanden die er al staan vervangen",
    # ------------------------------------------------------------------ cli/delivery.py
    "ask the SMS providers whether the sent messages arrived": (
        "de sms-providers vragen of de verstuurde berichten zijn aangekomen"
    ),
    (
        "Ask the SMS providers about the SMS sent in the last days whose delivery is not known "
        "yet: delivered messages are recorded as delivered; a message that did not arrive becomes "
        "failed with the provider's reason, shows on the customer's timeline and on the call "
        "list. Providers without a status lookup (CM.com) and e-mails cannot be asked: those "
        "messages stay sent. 'poll' does this too."
    ): (
        "Vraag de sms-providers naar de sms'jes van de afgelopen dagen waarvan nog niet bekend is "
        "of ze zijn afgeleverd: afgeleverde berichten worden als afgeleverd vastgelegd; een "
        "bericht dat niet aankwam, wordt mislukt met de reden van de provider en komt op de "
        "tijdlijn van de klant en op de bellijst. Providers zonder statusopvraag (CM.com) en "
        "e-mails kunnen niet worden nagevraagd: die berichten blijven verstuurd. 'poll' doet dit "
        "ook."
    ),
    "messages sent in the last N days (default 3, at most 30)": (
        "berichten die in de laatste N dagen zijn verstuurd (standaard 3, hoogstens 30)"
    ),
    "default: the first one": "standaard: de eerste",
    "expected a whole number from 1 to 30": "verwacht een heel getal van 1 tot en met 30",
    # ------------------------------------------------------------------ cli/dunning.py
    "what is due today (a dry run: nothing is recorded)": (
        "wat er vandaag aan de beurt is (een proefrun: er wordt niets vastgelegd)"
    ),
    (
        "Show, per customer, the dunning step due on the date (default today): the channels, the "
        "invoices, the amounts and why. Nothing is recorded or sent."
    ): (
        "Toon per klant de aanmaanstap die op de datum (standaard vandaag) aan de beurt is: de "
        "kanalen, de facturen, de bedragen en waarom. Er wordt niets vastgelegd of verstuurd."
    ),
    "record the due steps as planned communications (nothing is sent)": (
        "de stappen die aan de beurt zijn vastleggen als geplande communicatie (er wordt niets "
        "verstuurd)"
    ),
    (
        "Record every step due on the date (default today) as communications with a payment "
        "reference and, where a provider is configured, a payment link; letters and messages are "
        "made and sent from the app. Running twice on one date records nothing new."
    ): (
        "Leg elke stap die op de datum (standaard vandaag) aan de beurt is vast als communicatie "
        "met een betalingskenmerk en, als er een provider is ingesteld, een betaallink; brieven "
        "en berichten worden vanuit het programma gemaakt en verstuurd. Een tweede run op "
        "dezelfde datum legt niets nieuws vast."
    ),
    "the dunning policies and their steps": "het aanmaanbeleid en de stappen ervan",
    (
        "List the dunning policies of the administration with their steps (no ACTION, or 'list'), "
        "make one the default for a customer type ('default') or delete one nothing uses "
        "('delete')."
    ): (
        "Toon het aanmaanbeleid van de administratie met de stappen (zonder ACTION, of 'list'), "
        "maak een beleid het standaardbeleid voor een klanttype ('default') of verwijder een "
        "beleid dat nergens wordt gebruikt ('delete')."
    ),
    "the policies and their steps (default)": "elk beleid en de stappen ervan (standaard)",
    "make a policy the default for consumers or businesses": (
        "een beleid het standaardbeleid maken voor consumenten of bedrijven"
    ),
    (
        "Make the policy NAME the default for customers of the type that no segment rule and no "
        "policy of their own places; the previous default stops being it."
    ): (
        "Maak het beleid NAME het standaardbeleid voor de klanten van het type die geen "
        "segmentregel en geen eigen aanmaanbeleid een beleid geeft; het vorige standaardbeleid is "
        "dat dan niet meer."
    ),
    "the policy's name": "de naam van het beleid",
    "the customer type": "het klanttype",
    "delete a policy nothing uses": "een beleid verwijderen dat nergens wordt gebruikt",
    (
        "Delete the policy NAME. Refused while it is a default, customers have it as their own "
        "policy or a segment rule chooses it (the message says what to do first), and for good "
        "once communications were planned under it (rename it instead)."
    ): (
        "Verwijder het beleid NAME. Dat kan niet zolang het een standaardbeleid is, klanten het "
        "als eigen aanmaanbeleid hebben of een segmentregel het kiest (de melding zegt wat u "
        "eerst moet doen), en nooit meer zodra er communicatie onder is gepland (geef het dan een "
        "andere naam)."
    ),
    (
        "evaluation date, 2026-12-31 or 31-12-2026 (default: today); only moves the date the "
        "queue is computed for"
    ): (
        "datum van beoordeling, 2026-12-31 of 31-12-2026 (standaard: vandaag); verschuift alleen "
        "de datum waarvoor de werklijst wordt berekend"
    ),
    # ------------------------------------------------------------------ cli/followup.py
    "today's call list": "de bellijst van vandaag",
    (
        "The customers to call on the date (default today), broken promises first: call steps of "
        "the dunning run, broken promises, missed arrangement terms, follow-up dates, returned "
        "letters, and customers without mobile number and e-mail."
    ): (
        "De klanten die op de datum (standaard vandaag) gebeld moeten worden, gebroken beloften "
        "eerst: belstappen van de aanmaanrun, gebroken beloften, gemiste termijnen van "
        "betalingsregelingen, opvolgdatums, retour gekomen brieven, en klanten zonder mobiel "
        "nummer en e-mail."
    ),
    "only the customers assigned to LOGIN": "alleen de klanten die aan LOGIN zijn toegewezen",
    (
        "also the call steps the queue proposes that the run has not recorded yet (computes the "
        "queue: slower)"
    ): (
        "ook de belstappen die de werklijst voorstelt en die de run nog niet heeft vastgelegd "
        "(berekent de werklijst: trager)"
    ),
    "log a call and its outcome": "een telefoongesprek en de uitkomst ervan vastleggen",
    (
        "Record a call to CUSTOMER (its number) with an outcome code; a promise to pay needs "
        "--promise-date and --promise-amount."
    ): (
        "Leg een gesprek met CUSTOMER (het klantnummer) vast met een uitkomstcode; een "
        "betaalbelofte heeft --promise-date en --promise-amount nodig."
    ),
    "the customer number": "het klantnummer",
    "e.g. reached, voicemail": "bijvoorbeeld reached, voicemail",
    "the next follow-up date (+3: three days from today)": (
        "de volgende opvolgdatum (+3: over drie dagen)"
    ),
    "an invoice the promise, dispute or reported payment is about (repeatable)": (
        "een factuur waar de belofte, de betwisting of de gemelde betaling over gaat (mag vaker)"
    ),
    "the number dialled (default: on file)": "het gebelde nummer (standaard: het bekende nummer)",
    "promises to pay": "betaalbeloften",
    "Decide the promises to pay (and payment arrangements) from the imports.": (
        "Beoordeel de betaalbeloften (en betalingsregelingen) aan de hand van de imports."
    ),
    "decide kept and broken promises": "nagekomen en gebroken beloften bepalen",
    (
        "Judge every pending promise whose date has come, and every running payment arrangement, "
        "from the newest open-items imports and link payments."
    ): (
        "Beoordeel elke lopende belofte waarvan de datum is gekomen, en elke lopende "
        "betalingsregeling, aan de hand van de nieuwste imports van openstaande posten en de "
        "betalingen via betaallinks."
    ),
    "a payment arrangement's schedule (saved with --save)": (
        "het termijnschema van een betalingsregeling (opslaan met --save)"
    ),
    (
        "The schedule of a payment arrangement for CUSTOMER's open invoices (or those named with "
        "--invoice): --terms N or --term-amount A, from --start."
    ): (
        "Het termijnschema van een betalingsregeling voor de openstaande facturen van CUSTOMER "
        "(of de facturen die met --invoice zijn genoemd): --terms N of --term-amount A, vanaf "
        "--start."
    ),
    "the first term (+7: a week from today)": "de eerste termijn (+7: over een week)",
    "what happens to open costs and interest (needs --costs-reason)": (
        "wat er met de openstaande kosten en rente gebeurt (vraagt om --costs-reason)"
    ),
    "save the arrangement": "de regeling opslaan",
    "with --save: no confirmation letter (by default it waits for the next letter batch)": (
        "met --save: geen bevestigingsbrief (standaard wacht die op de volgende briefbatch)"
    ),
    "add or remove a customer's tags": "labels van een klant toevoegen of verwijderen",
    (
        "Add (--add) and remove (--remove) tags of CUSTOMER (its number); segment rules choose a "
        "policy by tag. Each option may be repeated."
    ): (
        "Voeg labels toe aan CUSTOMER (het klantnummer) met --add en haal ze weg met --remove; "
        "segmentregels kiezen een beleid op label. Elke optie mag vaker worden gegeven."
    ),
    "the call outcome codes": "de uitkomstcodes van telefoongesprekken",
    (
        "List the outcome codes a call can be logged with (log-call --outcome CODE), or add and "
        "change one with 'outcomes set'. A retired code is no longer offered."
    ): (
        "Toon de uitkomstcodes waarmee een gesprek kan worden vastgelegd (log-call --outcome "
        "CODE), of voeg er een toe of wijzig er een met 'outcomes set'. Een code die buiten "
        "gebruik is gesteld, wordt niet meer aangeboden."
    ),
    "every outcome code (default)": "elke uitkomstcode (standaard)",
    "also the retired codes": "ook de codes die buiten gebruik zijn gesteld",
    "add an outcome code or change one": "een uitkomstcode toevoegen of wijzigen",
    (
        "Add CODE (lower-case letters, digits, _) or change its labels, whether the call reached "
        "the customer, what logging it does, and whether it is offered."
    ): (
        "Voeg CODE toe (kleine letters, cijfers, _) of wijzig de omschrijvingen, of het gesprek "
        "de klant heeft bereikt, wat het vastleggen ervan doet en of de code wordt aangeboden."
    ),
    "the English label": "de Engelse omschrijving",
    "the Dutch label": "de Nederlandse omschrijving",
    "what logging the outcome does besides the log (default: nothing)": (
        "wat het vastleggen van de uitkomst nog meer doet dan het gesprek vastleggen (standaard: "
        "niets)"
    ),
    "a customer's collection costs, interest and fees; waive them with a reason": (
        "de incassokosten, rente en vergoedingen van een klant; kwijtschelden met een reden"
    ),
    (
        "List the open charges of CUSTOMER (collection costs, interest, business fees), mark them "
        "paid (--paid: they came in with the invoices) or waive them: --waive --reason TEXT (all "
        "open ones, or those of --charge ID). Charges stay open when only the principal is paid; "
        "the queue shows such customers."
    ): (
        "Toon de openstaande kosten van CUSTOMER (incassokosten, rente, vergoedingen van "
        "zakelijke klanten), markeer ze als betaald (--paid: ze zijn met de facturen "
        "binnengekomen) of scheld ze kwijt: --waive --reason TEXT (alle openstaande, of die van "
        "--charge ID). Kosten blijven openstaan als alleen de hoofdsom is betaald; de werklijst "
        "toont zulke klanten."
    ),
    "also the paid and waived ones": "ook de betaalde en kwijtgescholden kosten",
    "waive the open charges": "de openstaande kosten kwijtschelden",
    "mark them paid (they came in with the invoices)": (
        "ze als betaald markeren (ze zijn met de facturen binnengekomen)"
    ),
    "why (needed with --waive; a note with --paid)": (
        "waarom (verplicht bij --waive; een notitie bij --paid)"
    ),
    "only this charge (repeatable)": "alleen deze kostenpost (mag vaker)",
    "the follow-up options (grace days, arrangement limits, recall days)": (
        "de opvolgingsinstellingen (dagen coulance, grenzen van betalingsregelingen, dagen tot "
        "opnieuw bellen)"
    ),
    (
        "Show the follow-up options of an administration (as Settings > Follow-up… does), or "
        "change one with 'followup-settings set OPTION VALUE'."
    ): (
        "Toon de opvolgingsinstellingen van een administratie (zoals Instellingen > Opvolging… ze "
        "toont), of wijzig er een met 'followup-settings set OPTION VALUE'."
    ),
    "every option and its value (default)": "elke instelling en haar waarde (standaard)",
    "change one option": "één instelling wijzigen",
    (
        "Change OPTION to VALUE for the administration: {options}. Days and terms are whole "
        "numbers; the smallest term amount is an amount (10,00)."
    ): (
        "Zet OPTION op VALUE voor de administratie: {options}. Dagen en termijnen zijn hele "
        "getallen; het kleinste termijnbedrag is een bedrag (10,00)."
    ),
    "the day, 2026-12-31 or 31-12-2026 (default: today)": (
        "de dag, 2026-12-31 of 31-12-2026 (standaard: vandaag)"
    ),
    # ------------------------------------------------------------------ cli/handover.py
    "write the hand-over dossier for the collection agency (.xlsx per customer)": (
        "het overdrachtsdossier voor het incassobureau schrijven (.xlsx per klant)"
    ),
    (
        "Write, per customer, an Excel file with the open claims, the costs and interest, every "
        "step taken, the 14-day-letter evidence and the contact details, for the collection "
        "agency. The letters' PDFs come from the letter archive."
    ): (
        "Schrijf per klant een Excel-bestand met de openstaande vorderingen, de kosten en rente, "
        "elke genomen stap, het bewijs van de veertiendagenbrief en de contactgegevens, voor de "
        "overdracht aan het incassobureau. De PDF's van de brieven komen uit het briefarchief."
    ),
    "customer number(s)": "klantnummer(s)",
    "folder to write to (default: the current one)": (
        "map om in te schrijven (standaard: de huidige map)"
    ),
    # ------------------------------------------------------------------ cli/import_history.py
    "the import history; 'imports undo' reverts the last import": (
        "de importgeschiedenis; 'imports undo' maakt de laatste import ongedaan"
    ),
    "default: all": "standaard: alle",
    "at most this many (newest first)": "hoogstens zoveel (nieuwste eerst)",
    "undo the last import (only its data; letters sent and notes stay)": (
        "de laatste import ongedaan maken (alleen de gegevens ervan; verstuurde brieven en "
        "notities blijven)"
    ),
    (
        "Undo the newest import of the administration: invoices and customers it added are "
        "removed, what it changed gets its previous value back. Only imported data is reverted; "
        "anything done since stays."
    ): (
        "Maak de nieuwste import van de administratie ongedaan: facturen en klanten die hij "
        "toevoegde, worden verwijderd, en wat hij wijzigde, krijgt de vorige waarde terug. Alleen "
        "ingelezen gegevens worden teruggedraaid; wat sindsdien is gedaan, blijft."
    ),
    "do not ask for confirmation": "niet om bevestiging vragen",
    "default: the first": "standaard: de eerste",
    # ------------------------------------------------------------------ cli/importing.py
    "import an open-items list, a customer list or a payment history (CSV or Excel)": (
        "een lijst van openstaande posten, een klantenlijst of een betaalgeschiedenis importeren "
        "(CSV of Excel)"
    ),
    (
        "Read FILE, check every row, and import the valid rows in one transaction. A saved column "
        "mapping (preset) for the file is used automatically, with the sheet and header row it "
        "was saved with (as the import wizard does). The same file twice changes nothing. Exit "
        "status 2 when the file is refused; nothing is saved then."
    ): (
        "Lees FILE, controleer elke rij en importeer de goede rijen in één transactie. Een "
        "opgeslagen kolomindeling (voorinstelling) voor het bestand wordt vanzelf gebruikt, met "
        "het werkblad en de kopregel waarmee die is opgeslagen (zoals de importwizard doet). "
        "Hetzelfde bestand twee keer importeren verandert niets. Afsluitcode 2 als het bestand "
        "wordt geweigerd; er wordt dan niets opgeslagen."
    ),
    "the CSV, .xlsx, .xls or .ods file": "het CSV-, .xlsx-, .xls- of .ods-bestand",
    "what the file holds": "wat er in het bestand staat",
    "use this saved column mapping": "deze opgeslagen kolomindeling gebruiken",
    (
        "map fields to column headers (or column letters): --map amount=Bedrag due_date=C; may be "
        "repeated. Fields: {fields}"
    ): (
        "velden koppelen aan kolomkoppen (of kolomletters): --map amount=Bedrag due_date=C; mag "
        "vaker worden gegeven. Velden: {fields}"
    ),
    "the sheet of a workbook (default: the first)": (
        "het werkblad van een werkmap (standaard: het eerste)"
    ),
    "spreadsheet row of the column headers (0: the file has none; default: found)": (
        "de rij van het werkblad met de kolomkoppen (0: het bestand heeft er geen; standaard: "
        "zelf gezocht)"
    ),
    (
        "full: the file lists every open invoice of this source, so invoices missing from it are "
        "closed as paid; delta: only add and update (default: the preset's, else full)"
    ): (
        "full: het bestand bevat elke openstaande factuur van deze bron, dus facturen die er niet "
        "in staan, worden als betaald gesloten; delta: alleen toevoegen en bijwerken (standaard: "
        "die van de voorinstelling, anders full)"
    ),
    (
        "how to read dates written in numbers, such as 03/04/2026: dmy is day-month-year "
        "(31-12-2026, the Dutch way), mdy is month-day-year (12/31/2026, American exports), "
        "ymd is year-month-day (26/12/31 for 2026/12/31); a date that does not fit the chosen "
        "order is a row error. auto: day first, unless a date in the file shows the month is "
        "first. "
        "Default: the preset's, else auto"
    ): (
        "hoe datums in cijfers worden gelezen, zoals 03/04/2026: dmy is dag-maand-jaar "
        "(31-12-2026, de Nederlandse manier), mdy is maand-dag-jaar (12/31/2026, Amerikaanse "
        "exports), ymd is jaar-maand-dag (26/12/31 voor 2026/12/31); een datum die niet bij de "
        "gekozen volgorde past, is een fout in die rij. auto: dag voorop, tenzij een datum in het "
        "bestand laat zien dat de maand voorop staat. Standaard: die van de voorinstelling, anders auto"
    ),
    "default: the file's date": "standaard: de datum van het bestand",
    "after importing, save the column mapping as NAME": (
        "na het importeren de kolomindeling opslaan als NAME"
    ),
    "only show what the import would do (exit status 2 if it would be refused)": (
        "alleen tonen wat de import zou doen (afsluitcode 2 als hij zou worden geweigerd)"
    ),
    "refuse the whole file on any row error": (
        "het hele bestand weigeren bij een fout in welke rij dan ook"
    ),
    (
        "import an export older than the last one, or one that closes more than half of the open "
        "invoices"
    ): (
        "ook een export importeren die ouder is dan de vorige, of een die meer dan de helft van "
        "de openstaande facturen sluit"
    ),
    # ------------------------------------------------------------------ cli/letters.py
    "print the prepared letters into one PDF batch (archived); post, return, list": (
        "de klaargezette brieven in één PDF-batch afdrukken (gearchiveerd); daarna gepost, "
        "retour, overzicht"
    ),
    (
        "Make one PDF of the prepared letters (of one run, or all pending ones), sorted by "
        "postcode, with a cover sheet; the batch is kept in the letter archive and a copy is "
        "written to --out. Then: 'letters dispatch' when the batch is posted, 'letters returned' "
        "when a letter comes back, 'letters list' to see batches and letters."
    ): (
        "Maak één PDF van de klaargezette brieven (van één run, of alle brieven die nog wachten), "
        "gesorteerd op postcode, met een voorblad; de batch wordt bewaard in het briefarchief en "
        "een kopie wordt naar --out geschreven. Daarna: 'letters dispatch' als de batch op de "
        "post is gedaan, 'letters returned' als een brief retour komt, 'letters list' om batches "
        "en brieven te zien."
    ),
    "the letters of this run (run --json)": "de brieven van deze run (run --json)",
    "every prepared letter (the default)": "elke klaargezette brief (de standaard)",
    "where to write the batch PDF": "waar de batch-PDF naartoe moet",
    "pad each letter to an even page count": (
        "elke brief aanvullen tot een even aantal pagina's (dubbelzijdig afdrukken)"
    ),
    "mark a batch as posted (the evidence date of its 14-day letters)": (
        "een batch als gepost markeren (de bewijsdatum van de veertiendagenbrieven erin)"
    ),
    (
        "Mark every letter of the batch as posted on the date (default today; never a later day). "
        "For 14-day letters this date is the evidence: receipt and the end of the term are "
        "counted from it. A batch is posted once."
    ): (
        "Markeer elke brief van de batch als gepost op de datum (standaard vandaag; nooit een "
        "latere dag). Voor veertiendagenbrieven is deze datum het bewijs: de ontvangst en het einde "
        "van de termijn worden ervan geteld. Een batch wordt één keer gepost."
    ),
    "batch number": "batchnummer",
    "posting date (default: today)": "datum van posten (standaard: vandaag)",
    "e.g. a registered-mail number": "bijvoorbeeld het nummer van aangetekende post",
    "record that a posted letter came back": "vastleggen dat een geposte brief retour is gekomen",
    (
        "Record returned mail for a letter (its number from 'letters list'): its 14-day-letter "
        "evidence is void, and the customer belongs on the call list."
    ): (
        "Leg retourpost vast voor een brief (het nummer uit 'letters list'): het bewijs van de "
        "veertiendagenbrief vervalt, en de klant komt op de bellijst."
    ),
    "letter number": "briefnummer",
    "why it came back": "waarom de brief retour kwam",
    "the letter batches, or the letters of one batch": (
        "de briefbatches, of de brieven van één batch"
    ),
    (
        "Without --batch: the batches, newest first. With --batch N: its letters with their "
        "numbers, pages, references and amounts."
    ): (
        "Zonder --batch: de batches, nieuwste eerst. Met --batch N: de brieven erin met hun "
        "nummers, pagina's, kenmerken en bedragen."
    ),
    "customise the letter templates, or check them": "de briefsjablonen aanpassen of controleren",
    (
        "'copy' puts the shipped letter templates in your data folder (letters/templates) to edit "
        "them: the letters use them from then on, and the shipped ones for anything missing. "
        "Existing files are kept unless --overwrite. 'check' compiles every template the letters "
        "would use, checks that their blocks use only names the letters give them, fills in the "
        "14-day letter's blocks for a sample customer, checks its text as the law requires (the "
        "term from the day after receipt and the collection costs, as a batch does before "
        "printing it) and lists the problems (file, line, what to do)."
    ): (
        "'copy' zet de meegeleverde briefsjablonen in uw gegevensmap (letters/templates) om ze te "
        "bewerken: de brieven gebruiken ze vanaf dan, en de meegeleverde sjablonen voor alles wat "
        "ontbreekt. Bestaande bestanden blijven staan, tenzij --overwrite. 'check' compileert elk "
        "sjabloon dat de brieven zouden gebruiken, controleert dat de blokken alleen namen "
        "gebruiken die de brieven hun geven, vult de blokken van de veertiendagenbrief in voor een "
        "voorbeeldklant, controleert de tekst ervan zoals de wet eist (de termijn vanaf de dag na "
        "ontvangst en de incassokosten, zoals een batch doet voordat hij hem afdrukt) en noemt de "
        "problemen (bestand, regel, wat te doen)."
    ),
    # ------------------------------------------------------------------ cli/maintenance.py
    "back up the database and the letter archive into one file": (
        "een back-up maken van de database en het briefarchief in één bestand"
    ),
    (
        "Back up the database (SQLite) and the letter archive into one ZIP file, by default in "
        "{folder}."
    ): (
        "Maak een back-up van de database (SQLite) en het briefarchief in één ZIP-bestand, "
        "standaard in {folder}."
    ),
    "folder for the backup file": "map voor het back-upbestand",
    "afterwards keep only the newest N manual backups in that folder (for scheduled jobs)": (
        "daarna alleen de nieuwste N handmatige back-ups in die map bewaren (voor geplande taken)"
    ),
    "replace the database and the letter archive with a backup": (
        "een back-up terugzetten: de database en het briefarchief vervangen door de back-up"
    ),
    (
        "Check a backup file completely, keep a safety copy of the current database, then put the "
        "backup in its place. Close DebtorDesk first."
    ): (
        "Controleer een back-upbestand volledig, bewaar een veiligheidskopie van de huidige "
        "database en zet dan de back-up ervoor in de plaats. Sluit DebtorDesk eerst af."
    ),
    "the backup file (.zip)": "het back-upbestand (.zip)",
    "create a demo database (a Dutch childcare organisation) and open it": (
        "een demodatabase maken (een Nederlandse kinderopvangorganisatie) en openen"
    ),
    (
        "Create a realistic demo database in its own file (by default {file}) and start "
        "DebtorDesk on it. An existing demo file is opened as it is; any other database that "
        "holds data is refused."
    ): (
        "Maak een realistische demodatabase in een eigen bestand (standaard {file}) en start "
        "DebtorDesk daarmee. Een bestaand demobestand wordt geopend zoals het is; elke andere "
        "database met gegevens wordt geweigerd."
    ),
    "only create it; do not start the app": "alleen maken; het programma niet starten",
    "random seed (the same seed, the same demo)": (
        "startgetal voor het toeval (hetzelfde startgetal geeft dezelfde demo)"
    ),
    # ------------------------------------------------------------------ cli/message_templates.py
    "the SMS and e-mail templates: customise them, or check them": (
        "de sms- en e-mailsjablonen: aanpassen of controleren"
    ),
    "The organisation's own SMS and e-mail templates (see 'messages templates').": (
        "De eigen sms- en e-mailsjablonen van de organisatie (zie 'messages templates')."
    ),
    "customise the SMS and e-mail templates, or check them": (
        "de sms- en e-mailsjablonen aanpassen of controleren"
    ),
    (
        "'copy' puts the shipped SMS and e-mail templates in your data folder "
        "(messages/templates) to edit them: the outbox uses them from then on, and the shipped "
        "ones for anything missing. Existing files are kept unless --overwrite. 'check' compiles "
        "every template the outbox would use, fills in the e-mail of every step for a sample "
        "customer, checks the 14-day e-mail's text as the law requires (the term and the "
        "collection costs, as the outbox does before sending it) and lists the problems (file, "
        "line, what to do)."
    ): (
        "'copy' zet de meegeleverde sms- en e-mailsjablonen in uw gegevensmap "
        "(messages/templates) om ze te bewerken: de outbox gebruikt ze vanaf dan, en de "
        "meegeleverde sjablonen voor alles wat ontbreekt. Bestaande bestanden blijven staan, "
        "tenzij --overwrite. 'check' compileert elk sjabloon dat de outbox zou gebruiken, vult de "
        "e-mail van elke stap in voor een voorbeeldklant, controleert de tekst van de "
        "veertiendagenmail zoals de wet eist (de termijn en de incassokosten, zoals de outbox "
        "doet voordat hij hem verstuurt) en noemt de problemen (bestand, regel, wat te doen)."
    ),
    # ------------------------------------------------------------------ cli/messaging.py
    "provider keys in the OS keyring ('secrets set PROVIDER FIELD' reads one from stdin)": (
        "sleutels van providers in de sleutelbos van het besturingssysteem ('secrets set PROVIDER "
        "FIELD' leest er een van standaardinvoer)"
    ),
    (
        "Without an action: where keys are kept (the keyring backend). Keys live in the operating "
        "system's keyring only, per administration and provider."
    ): (
        "Zonder actie: waar de sleutels worden bewaard (de sleutelbosdienst). Sleutels staan "
        "alleen in de sleutelbos van het besturingssysteem, per administratie en provider."
    ),
    "store a key, read from standard input": "een sleutel opslaan, gelezen van standaardinvoer",
    (
        "Store a provider key in the keyring. The key is read from standard input (typed without "
        "echo at a terminal, or piped in), never from an argument. Fields: tikkie api_key "
        "app_token; mollie api_key; messagebird access_key; bird access_key; cm product_token; "
        "twilio account_sid auth_token; spryng api_key; smtp password."
    ): (
        "Sla een sleutel van een provider op in de sleutelbos. De sleutel wordt gelezen van "
        "standaardinvoer (onzichtbaar getypt in een terminal, of doorgegeven via een pipe), nooit "
        "uit een argument. Velden: tikkie api_key app_token; mollie api_key; messagebird "
        "access_key; bird access_key; cm product_token; twilio account_sid auth_token; spryng "
        "api_key; smtp password."
    ),
    "remove a key from the keyring": "een sleutel uit de sleutelbos verwijderen",
    "payment-link, SMS and e-mail providers: settings, choice per channel, test": (
        "providers voor betaallinks, sms en e-mail: instellingen, keuze per kanaal, test"
    ),
    (
        "Without an action: the providers with their settings and which keys are set (never the "
        "keys themselves)."
    ): (
        "Zonder actie: de providers met hun instellingen en welke sleutels zijn ingesteld (nooit "
        "de sleutels zelf)."
    ),
    "the providers, their settings and keys set": (
        "de providers, hun instellingen en de ingestelde sleutels"
    ),
    "change non-secret settings: KEY=VALUE …": "niet-geheime instellingen wijzigen: KEY=VALUE …",
    (
        "Change non-secret settings of a provider, e.g. base_url=https://… (a sandbox), "
        "sender=MyCompany, host=smtp.example.nl port=465, mode=test (Mollie). An empty value "
        "(KEY=) restores the default."
    ): (
        "Wijzig niet-geheime instellingen van een provider, bijvoorbeeld base_url=https://… (een "
        "sandbox), sender=MijnBedrijf, host=smtp.example.nl port=465, mode=test (Mollie). Een "
        "lege waarde (KEY=) zet de standaardwaarde terug."
    ),
    "choose the provider of a channel (paylink, sms, email)": (
        "de provider van een kanaal kiezen (paylink, sms, email)"
    ),
    (
        "Choose which provider serves a channel: paylink (tikkie, mollie), sms (messagebird, "
        "bird, cm, twilio, spryng) or email (smtp); 'none' for no provider."
    ): (
        "Kies welke provider een kanaal bedient: paylink (tikkie, mollie), sms (messagebird, "
        "bird, cm, twilio, spryng) of email (smtp); 'none' voor geen provider."
    ),
    "test the connection with the stored settings and keys": (
        "de verbinding testen met de opgeslagen instellingen en sleutels"
    ),
    (
        "Call a harmless endpoint of the provider and say exactly what failed: a missing or wrong "
        "key, sandbox against live, no network, a certificate that does not verify. Exit status 0 "
        "when it works, 2 for a settings problem, 3 otherwise."
    ): (
        "Roep een onschadelijk endpoint van de provider aan en zeg precies wat er misging: een "
        "ontbrekende of verkeerde sleutel, sandbox tegenover live, geen netwerk, een certificaat "
        "dat niet klopt. Afsluitcode 0 als het werkt, 2 bij een probleem in de instellingen, "
        "anders 3."
    ),
    # ------------------------------------------------------------------ cli/outbox.py
    "send the due SMS and e-mail payment requests (the outbox)": (
        "de sms- en e-mailbetaalverzoeken versturen die aan de beurt zijn (de outbox)"
    ),
    (
        "Put the due prepared SMS and e-mails in the outbox and send them through the providers "
        "chosen under 'providers use' (at most once each; within the sending window, the rate and "
        "the hourly and daily caps of 'outbox settings'). Messages left unfinished by a stopped "
        "run are looked up at the provider first, never sent again."
    ): (
        "Zet de klaargezette sms'jes en e-mails die aan de beurt zijn in de outbox en verstuur ze "
        "via de providers die met 'providers use' zijn gekozen (elk hoogstens één keer; binnen "
        "het verzendvenster, het tempo en de limieten per uur en per dag van 'outbox settings'). "
        "Berichten die een afgebroken verzending onaf liet, worden eerst bij de provider "
        "nagevraagd en nooit opnieuw verstuurd."
    ),
    "send at most N messages": "hoogstens N berichten versturen",
    "provider calls at the same time (default 4, at most 64)": (
        "aanroepen naar providers tegelijk (standaard 4, hoogstens 64)"
    ),
    "the outbox: list, retry, cancel, settle uncertain messages, settings": (
        "de outbox: overzicht, opnieuw versturen, annuleren, onzekere berichten afhandelen, "
        "instellingen"
    ),
    "Without an action: the SMS and e-mails in the outbox (newest first).": (
        "Zonder actie: de sms'jes en e-mails in de outbox (nieuwste eerst)."
    ),
    "only these statuses (repeatable)": "alleen deze statussen (mag vaker)",
    "queue a failed or uncertain message again": (
        "een mislukt of onzeker bericht opnieuw in de wachtrij zetten"
    ),
    "cancel a message that has not gone out": "een bericht annuleren dat nog niet is verstuurd",
    "settle an uncertain message after checking at the provider": (
        "een onzeker bericht afhandelen na controle bij de provider"
    ),
    "it is at the provider: sent": "het staat bij de provider: verstuurd",
    "it is not there: failed": "het staat er niet: mislukt",
    "show or change the outbox settings: KEY=VALUE …": (
        "de outbox-instellingen tonen of wijzigen: KEY=VALUE …"
    ),
    (
        "Rates (sms.rate, email.rate: messages a second), caps (sms.hourly_cap, sms.daily_cap, "
        "email.hourly_cap, email.daily_cap; 'none' for no cap), sending windows (sms.window, "
        "email.window, e.g. 'mon-sat 09:00-20:00'), max_sms_segments, transliterate_names "
        "(yes/no), max_attempts. An empty value (KEY=) restores the default."
    ): (
        "Tempo (sms.rate, email.rate: berichten per seconde), limieten (sms.hourly_cap, "
        "sms.daily_cap, email.hourly_cap, email.daily_cap; 'geen' of 'none' voor geen limiet), "
        "verzendvensters (sms.window, email.window, bijvoorbeeld 'ma-za 09:00-20:00'), "
        "max_sms_segments, transliterate_names (ja/nee of yes/no), max_attempts. Een lege waarde "
        "(KEY=) zet de standaardwaarde terug."
    ),
    "expected a whole number of 1 or more": "verwacht een heel getal van 1 of meer",
    # ------------------------------------------------------------------ cli/payments.py
    "ask the payment provider which payment links were paid": (
        "de betaalprovider vragen welke betaallinks zijn betaald"
    ),
    (
        "Ask the payment-link provider about every link that is not settled yet: a paid link puts "
        "its invoices on the 'paid via link' hold and is recorded once, a second payment for the "
        "same invoices is flagged for refund, an expired link is noted (the next run makes a new "
        "one). 'run' polls first by itself."
    ): (
        "Vraag de provider van de betaallinks naar elke link die nog niet is afgehandeld: een "
        "betaalde link zet de facturen ervan in de wacht 'betaald via betaallink' en wordt één "
        "keer vastgelegd, een tweede betaling voor dezelfde facturen wordt gemarkeerd om terug te "
        "betalen, een verlopen link wordt genoteerd (de volgende run maakt een nieuwe). 'run' "
        "vraagt dit eerst zelf na."
    ),
    "export the payments made through payment links (for the bookkeeper)": (
        "de betalingen via betaallinks exporteren (voor de boekhouder)"
    ),
    (
        "Write the payments that came in through payment links, paid from --since to --until "
        "(inclusive), to an .xlsx or .csv file: paid date, customer, invoice numbers, provider, "
        "payment id, link id, amount, payment reference and whether to refund it."
    ): (
        "Schrijf de betalingen die via betaallinks binnenkwamen, betaald van --since tot en met "
        "--until, naar een .xlsx- of .csv-bestand: betaaldatum, klant, factuurnummers, provider, "
        "betalings-id, link-id, bedrag, betalingskenmerk en of de betaling moet worden "
        "terugbetaald."
    ),
    "first paid date": "eerste betaaldatum",
    "last paid date (default: today)": "laatste betaaldatum (standaard: vandaag)",
    "FILE.xlsx or FILE.csv": "FILE.xlsx of FILE.csv",
    "the prepared SMS/e-mail payment requests as a CSV for a provider's upload portal": (
        "de klaargezette sms- en e-mailbetaalverzoeken als CSV voor het uploadportaal van een "
        "provider"
    ),
    (
        "Without a payment-link API, write the prepared SMS and e-mail payment requests (one per "
        "step, without a provider's link) to a CSV with the columns phone, email, name, amount, "
        "description, reference, customer_number, invoices and pay_by, to upload in the "
        "provider's portal (e.g. the Tikkie business portal; map the columns there)."
    ): (
        "Zonder API voor betaallinks: schrijf de klaargezette sms- en e-mailbetaalverzoeken (één "
        "per stap, zonder link van een provider) naar een CSV met de kolommen phone, email, name, "
        "amount, description, reference, customer_number, invoices en pay_by, om te uploaden in "
        "het portaal van de provider (bijvoorbeeld het zakelijke portaal van Tikkie; koppel de "
        "kolommen daar)."
    ),
    "where to write it": "waar het bestand naartoe moet",
    # ------------------------------------------------------------------ cli/prescription.py
    "open claims nearing prescription (verjaring)": ("openstaande vorderingen die bijna verjaren"),
    (
        "List the open invoices whose claim prescribes within the given number of days of the "
        "date (or already has), soonest first, with the last interrupting letter. The claim type "
        "of the customer decides 2 or 5 years; a letter that went out interrupts."
    ): (
        "Toon de openstaande facturen waarvan de vordering binnen het opgegeven aantal dagen na "
        "de datum verjaart (of al verjaard is), de eerste eerst, met de laatste stuitingsbrief. "
        "De soort vordering van de klant bepaalt of het 2 of 5 jaar is; een brief die is "
        "verstuurd, stuit de verjaring."
    ),
    "how many days ahead to look (default {days})": (
        "hoeveel dagen vooruit te kijken (standaard {days})"
    ),
    "the date to count from, 2026-12-31 or 31-12-2026 (default: today)": (
        "de datum waarvanaf wordt geteld, 2026-12-31 of 31-12-2026 (standaard: vandaag)"
    ),
    # ------------------------------------------------------------------ cli/rates.py
    "the statutory interest table (list, add, delete)": (
        "de tabel van de wettelijke rente (tonen, toevoegen, verwijderen)"
    ),
    (
        "Show the statutory interest table stored in the database, or add, correct or delete a "
        "row. Rates are percentages per year: consumer (art. 6:119 BW) and commercial (art. "
        "6:119a BW); they change on 1 January and 1 July."
    ): (
        "Toon de tabel van de wettelijke rente in de database, of voeg een rij toe, corrigeer er "
        "een of verwijder er een. De percentages gelden per jaar: consumenten (art. 6:119 BW) en "
        "handelsrente (art. 6:119a BW); ze wijzigen op 1 januari en 1 juli."
    ),
    "add a row (or correct one with --replace)": (
        "een rij toevoegen (of er een corrigeren met --replace)"
    ),
    (
        "Add the rates that hold from DATE on. Dates: 2026-01-01 or 01-01-2026; rates: 6, 11.15 "
        "or 11,15."
    ): (
        "Voeg de percentages toe die vanaf DATE gelden. Datums: 2026-01-01 of 01-01-2026; "
        "percentages: 6, 11.15 of 11,15."
    ),
    "the first day the rates hold": "de eerste dag waarop de percentages gelden",
    "consumer rate in percent per year": "rente voor consumenten in procenten per jaar",
    "commercial rate in percent per year": "handelsrente in procenten per jaar",
    "the rates were checked against the Staatsblad or the government's announcement": (
        "de percentages zijn gecontroleerd in het Staatsblad of de bekendmaking van de overheid"
    ),
    "where the rates come from": "waar de percentages vandaan komen",
    "correct the row from DATE when there is one": "de rij vanaf DATE corrigeren als die er is",
    "delete a row": "een rij verwijderen",
    "Delete the rates from DATE (2026-01-01 or 01-01-2026).": (
        "Verwijder de percentages vanaf DATE (2026-01-01 of 01-01-2026)."
    ),
    "the first day of the row to delete": "de eerste dag van de rij die weg moet",
}

#: Parts of argparse's own error messages (already filled in when the parser reports them), replaced
#: one by one in Dutch; a part not listed stays English. Values typed by the user keep their spelling.
ARGPARSE_ERRORS: tuple[tuple[str, str], ...] = (
    ("the following arguments are required: ", "deze argumenten ontbreken: "),
    ("unrecognized arguments: ", "onbekende argumenten: "),
    ("invalid choice: ", "ongeldige keuze: "),
    ("(choose from ", "(kies uit "),
    ("expected one argument", "verwacht één waarde"),
    ("expected at least one argument", "verwacht minstens één waarde"),
    ("ambiguous option: ", "optie niet eenduidig: "),
    (" could match ", " kan zijn: "),
    ("not allowed with argument ", "niet samen met argument "),
    ("ignored explicit argument ", "waarde genegeerd: "),
    ("invalid int value: ", "geen heel getal: "),
    ("invalid Path value: ", "geen geldig pad: "),
    ("expected at most one argument", "verwacht hoogstens één waarde"),
)
#: argparse's messages whose Dutch puts their value elsewhere: (pattern, replacement) for re.sub
ARGPARSE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"one of the arguments (.+) is required", r"één van deze argumenten is nodig: \1"),
    (r"expected (\d+) arguments", r"verwacht \1 waarden"),
)
