"""Messages of the list and detail views and of the organisation settings (administration details and
the titles of the organisation-wide options). Column titles and other widget texts live in the Qt UI.

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "views.customer_missing": (
        "This customer is no longer in the database (an import may have been undone). Refresh the list "
        "with F5.",
        "Deze klant staat niet meer in de database (misschien is een import teruggedraaid). Vernieuw de "
        "lijst met F5.",
    ),
    # the administration: the legal entity on letters and payment requests
    "administration.what": ("the administration details", "de administratiegegevens"),
    "administration.missing": (
        "The administration with number {administration_id} no longer exists.",
        "De administratie met nummer {administration_id} bestaat niet meer.",
    ),
    "administration.name_required": (
        "The administration needs a name: it is printed on every letter.",
        "De administratie heeft een naam nodig: die staat op elke brief.",
    ),
    "administration.too_long": (
        "{field} is too long: at most {limit} characters.",
        "{field} is te lang: hoogstens {limit} tekens.",
    ),
    "administration.iban_invalid": (
        "'{value}' is not a valid IBAN (check digits or length are wrong). Copy it from a bank "
        "statement.",
        "'{value}' is geen geldig IBAN (controlegetal of lengte klopt niet). Neem het over van een "
        "bankafschrift.",
    ),
    "administration.holder_required": (
        "Give the account holder's name with the IBAN: banks check the name against the account.",
        "Vul bij het IBAN de naam van de rekeninghouder in: banken controleren naam en rekening.",
    ),
    "administration.bic_invalid": (
        "'{value}' is not a valid BIC (8 or 11 letters and digits, e.g. ABNANL2A).",
        "'{value}' is geen geldige BIC (8 of 11 letters en cijfers, bijv. ABNANL2A).",
    ),
    "administration.email_invalid": (
        "'{value}' is not a valid e-mail address.",
        "'{value}' is geen geldig e-mailadres.",
    ),
    "administration.phone_invalid": (
        "'{value}' is not a valid phone number.",
        "'{value}' is geen geldig telefoonnummer.",
    ),
    "administration.coc_invalid": (
        "'{value}' is not a valid Chamber of Commerce (KvK) number: it has 8 digits.",
        "'{value}' is geen geldig KvK-nummer: dat heeft 8 cijfers.",
    ),
    "administration.vat_invalid": (
        "'{value}' is not a valid VAT number (Dutch: NL, 9 digits, B, 2 digits, e.g. NL123456789B01).",
        "'{value}' is geen geldig btw-nummer (Nederlands: NL, 9 cijfers, B, 2 cijfers, bijv. "
        "NL123456789B01).",
    ),
    "administration.postcode_invalid": (
        "'{value}' is not a Dutch postcode (4 digits and 2 letters, e.g. 1234 AB).",
        "'{value}' is geen Nederlandse postcode (4 cijfers en 2 letters, bijv. 1234 AB).",
    ),
    "administration.country_invalid": (
        "'{value}' is not a country code: use two letters, e.g. NL or BE.",
        "'{value}' is geen landcode: gebruik twee letters, bijv. NL of BE.",
    ),
    "administration.field.name": ("Name", "Naam"),
    "administration.field.account_holder": ("Account holder", "Rekeninghouder"),
    "administration.field.address_line": ("Address", "Adres"),
    "administration.field.city": ("City", "Plaats"),
    "administration.field.website": ("Website", "Website"),
    # organisation-wide options: their titles (settings.org declares "org.<option>") and their checks
    "settings.what": ("the organisation settings", "de organisatie-instellingen"),
    "settings.out_of_range": (
        "{title}: '{value}' is not allowed; choose a value from {low} to {high}.",
        "{title}: '{value}' kan niet; kies een waarde van {low} tot en met {high}.",
    ),
    "settings.not_a_choice": (
        "{title}: '{value}' is not one of the possible values ({choices}).",
        "{title}: '{value}' is geen van de mogelijke waarden ({choices}).",
    ),
    "org.payment_term_days": (
        "Payment term in days (when a file has no due date)",
        "Betalingstermijn in dagen (als een bestand geen vervaldatum heeft)",
    ),
    "org.unknown_customer_type": (
        "Customer type when the file does not say",
        "Klantsoort als het bestand het niet zegt",
    ),
    "org.detect_business_from_name": (
        "Recognise businesses by a legal form in the name (B.V., N.V., Stichting…)",
        "Bedrijven herkennen aan een rechtsvorm in de naam (B.V., N.V., Stichting…)",
    ),
    "org.default_language": (
        "Language of customers when the file does not say",
        "Taal van klanten als het bestand het niet zegt",
    ),
    "org.default_currency": (
        "Currency when the file has no currency column",
        "Valuta als het bestand geen valutakolom heeft",
    ),
    "org.default_phone_region": (
        "Country of phone numbers without a country code",
        "Land van telefoonnummers zonder landnummer",
    ),
    "org.snapshot_close_confirm_ratio": (
        "Ask for confirmation when a full snapshot would close more than this share of the open "
        "invoices",
        "Om bevestiging vragen als een volledige momentopname meer dan dit deel van de openstaande "
        "facturen zou sluiten",
    ),
    # the legal options (Settings > Legal and interest…)
    "org.costs_vat_uplift": (
        "Add VAT to collection costs (the organisation cannot deduct VAT)",
        "Btw bij de incassokosten optellen (de organisatie kan de btw niet verrekenen)",
    ),
    "org.costs_vat_rate": (
        "VAT percentage added to collection costs",
        "Btw-percentage bij de incassokosten",
    ),
    "org.payment_allocation": (
        "How payments are divided over costs, interest and principal",
        "Hoe betalingen worden verdeeld over kosten, rente en hoofdsom",
    ),
    "org.waive_costs_when_principal_paid": (
        "Waive the collection costs once the principal is paid",
        "Incassokosten kwijtschelden zodra de hoofdsom is betaald",
    ),
    "org.postal_transit_days": (
        "Delivery days a posted letter takes (Tuesday to Saturday, no holidays)",
        "Bezorgdagen die een brief onderweg is (dinsdag tot en met zaterdag, geen feestdagen)",
    ),
    "org.postal_margin_days": (
        "Extra delivery days of margin before a letter counts as received",
        "Extra bezorgdagen marge voordat een brief als ontvangen geldt",
    ),
    "org.recurring_cap_threshold": (
        "Small recurring claim: a monthly claim below (€)",
        "Kleine terugkerende vordering: een maandbedrag onder (€)",
    ),
    "org.recurring_cap_amount": (
        "Small recurring claim: collection costs at most (€)",
        "Kleine terugkerende vordering: incassokosten hoogstens (€)",
    ),
    "org.recurring_cap_months": (
        "Small recurring claim: per period of months",
        "Kleine terugkerende vordering: per periode van maanden",
    ),
    # a clerk edits a customer: the checks name the field and say what to do
    "customer.what": ("customer {number} ({name})", "klant {number} ({name})"),
    "customer.edited": (
        "Changed by hand: {fields_en}.",
        "Met de hand gewijzigd: {fields_nl}.",
    ),
    "customer.name_required": (
        "Name: the customer needs a name, it is on every letter. Fill it in.",
        "Naam: de klant heeft een naam nodig, die staat op elke brief. Vul die in.",
    ),
    "customer.too_long": (
        "{title}: the text is too long; shorten it to at most {limit} characters.",
        "{title}: de tekst is te lang; kort die in tot hoogstens {limit} tekens.",
    ),
    "customer.not_a_choice": (
        "{title}: '{value}' is not one of the choices; pick one from the list.",
        "{title}: '{value}' is geen van de keuzes; kies er een uit de lijst.",
    ),
    "customer.country_invalid": (
        "Country: '{value}' is not a country code. Choose the country from the list (two letters, "
        "e.g. NL, BE or DE), or leave it empty for the Netherlands.",
        "Land: '{value}' is geen landcode. Kies het land uit de lijst (twee letters, bijv. NL, BE of "
        "DE), of laat het leeg voor Nederland.",
    ),
    "customer.postcode_invalid": (
        "Postcode: '{value}' is not a Dutch postcode. Type 4 digits and 2 letters, e.g. 1234 AB; for "
        "an address abroad, choose its country first.",
        "Postcode: '{value}' is geen Nederlandse postcode. Typ 4 cijfers en 2 letters, bijv. 1234 AB; "
        "kies bij een adres in het buitenland eerst het land.",
    ),
    "customer.email_invalid": (
        "E-mail: '{value}' is not a valid e-mail address. Check it for typing errors (it needs one @ "
        "and a domain such as example.nl), or leave the field empty.",
        "E-mail: '{value}' is geen geldig e-mailadres. Controleer het op typefouten (er hoort één @ "
        "en een domein zoals voorbeeld.nl in), of laat het veld leeg.",
    ),
    "customer.mobile_invalid": (
        "Mobile: '{value}' is not a valid phone number. Type it as 06 12345678, or with the country "
        "code for a number abroad (+32 470 12 34 56).",
        "Mobiel: '{value}' is geen geldig telefoonnummer. Typ het als 06 12345678, of met landnummer "
        "voor een buitenlands nummer (+32 470 12 34 56).",
    ),
    "customer.mobile_wrong_kind": (
        "Mobile: '{value}' is a fixed-line number, not a mobile one. Put it under Landline; text "
        "messages only reach mobile numbers.",
        "Mobiel: '{value}' is een vast nummer, geen mobiel nummer. Zet het bij Vaste telefoon; sms-"
        "berichten komen alleen aan op mobiele nummers.",
    ),
    "customer.landline_invalid": (
        "Landline: '{value}' is not a valid phone number. Type it with the area code, e.g. 020 123 "
        "4567, or with the country code for a number abroad.",
        "Vaste telefoon: '{value}' is geen geldig telefoonnummer. Typ het met netnummer, bijv. 020 123 "
        "4567, of met landnummer voor een buitenlands nummer.",
    ),
    "customer.landline_wrong_kind": (
        "Landline: '{value}' is a mobile number. Put it under Mobile.",
        "Vaste telefoon: '{value}' is een mobiel nummer. Zet het bij Mobiel.",
    ),
    "customer.iban_invalid": (
        "IBAN: '{value}' is not a valid IBAN (the check digits or the length are wrong). Copy it "
        "from a bank statement or the signed mandate.",
        "IBAN: '{value}' is geen geldig IBAN (het controlegetal of de lengte klopt niet). Neem het "
        "over van een bankafschrift of de getekende machtiging.",
    ),
    "customer.language_invalid": (
        "Language: '{value}' is not a language DebtorDesk writes in; choose Dutch or English.",
        "Taal: '{value}' is geen taal waarin DebtorDesk schrijft; kies Nederlands of Engels.",
    ),
    "customer.payment_day_invalid": (
        "Preferred payment day: {value} is not a day of the month; choose 1 to 31, or leave it "
        "empty.",
        "Voorkeursbetaaldag: {value} is geen dag van de maand; kies 1 tot en met 31, of laat het "
        "leeg.",
    ),
    "customer.mandate_reference_invalid": (
        "Mandate reference: '{value}' cannot be sent to the bank. Use at most 35 letters, digits, "
        "spaces and - / ? : ( ) . , ' + (no slash at the start or end, no two slashes in a row).",
        "Machtigingskenmerk: '{value}' kan niet naar de bank. Gebruik hoogstens 35 letters, cijfers, "
        "spaties en - / ? : ( ) . , ' + (geen schuine streep aan het begin of eind, geen twee "
        "achter elkaar).",
    ),
    "customer.mandate_date_missing": (
        "Mandate signed on: a mandate reference needs the date the customer signed the mandate. "
        "Fill in the date, or clear the reference.",
        "Machtiging getekend op: bij een machtigingskenmerk hoort de datum waarop de klant de "
        "machtiging tekende. Vul de datum in, of maak het kenmerk leeg.",
    ),
    "customer.mandate_reference_missing": (
        "Mandate reference: a signing date needs the mandate reference too. Fill in the reference, "
        "or clear the date.",
        "Machtigingskenmerk: bij een ondertekeningsdatum hoort ook het machtigingskenmerk. Vul het "
        "kenmerk in, of maak de datum leeg.",
    ),
    "customer.mandate_date_future": (
        "Mandate signed on: {value} is in the future; a mandate can only be used once it is "
        "signed. Check the date.",
        "Machtiging getekend op: {value} ligt in de toekomst; een machtiging geldt pas als die "
        "getekend is. Controleer de datum.",
    ),
    "customer.coc_invalid": (
        "KvK number: '{value}' is not a Chamber of Commerce number; a Dutch one has 8 digits. "
        "Leave it empty when you do not know it.",
        "KvK-nummer: '{value}' is geen KvK-nummer; een Nederlands nummer heeft 8 cijfers. Laat het "
        "leeg als u het niet weet.",
    ),
    "customer.tag_too_long": (
        "Tags: '{value}' is too long for a tag; use at most {limit} characters.",
        "Labels: '{value}' is te lang voor een label; gebruik hoogstens {limit} tekens.",
    ),
    # the names of the fields, as the edit form shows them (timeline entries and messages)
    "customer.field.name": ("Name", "Naam"),
    "customer.field.customer_type": ("Customer type", "Klantsoort"),
    "customer.field.attention": ("Attention of", "Ter attentie van"),
    "customer.field.address_line1": ("Address", "Adres"),
    "customer.field.address_line2": ("Address line 2", "Adresregel 2"),
    "customer.field.postcode": ("Postcode", "Postcode"),
    "customer.field.city": ("City", "Plaats"),
    "customer.field.country": ("Country", "Land"),
    "customer.field.email": ("E-mail", "E-mail"),
    "customer.field.mobile": ("Mobile", "Mobiel"),
    "customer.field.landline": ("Landline", "Vaste telefoon"),
    "customer.field.iban": ("IBAN", "IBAN"),
    "customer.field.language": ("Language", "Taal"),
    "customer.field.preferred_channel": ("Preferred channel", "Voorkeurskanaal"),
    "customer.field.opt_out_sms": ("No SMS", "Geen sms"),
    "customer.field.opt_out_email": ("No e-mail", "Geen e-mail"),
    "customer.field.opt_out_call": ("No phone calls", "Niet bellen"),
    "customer.field.segment": ("Segment", "Segment"),
    "customer.field.tags": ("Tags", "Labels"),
    "customer.field.preferred_payment_day": ("Preferred payment day", "Voorkeursbetaaldag"),
    "customer.field.mandate_reference": ("Mandate reference", "Machtigingskenmerk"),
    "customer.field.mandate_date": ("Mandate signed on", "Machtiging getekend op"),
    "customer.field.claim_type": ("Kind of claim", "Soort vordering"),
    "customer.field.coc_number": ("KvK number", "KvK-nummer"),
    # several administrations: adding one (its code is typed on the command line) and listing them
    "administration.code_required": (
        "The new administration needs a code: a short name without spaces, e.g. NOORD, used on the "
        "command line and in lists.",
        "De nieuwe administratie heeft een code nodig: een korte naam zonder spaties, bijv. NOORD, "
        "voor de opdrachtregel en in lijsten.",
    ),
    "administration.code_invalid": (
        "'{value}' cannot be used as a code: use only letters, digits, - and _ (no spaces or "
        "accents), e.g. NOORD or BV-2.",
        "'{value}' kan geen code zijn: gebruik alleen letters, cijfers, - en _ (geen spaties of "
        "accenten), bijv. NOORD of BV-2.",
    ),
    "administration.code_too_long": (
        "'{value}' is too long for a code: at most {limit} characters.",
        "'{value}' is te lang voor een code: hoogstens {limit} tekens.",
    ),
    "administration.code_taken": (
        "The code '{code}' is already used by the administration '{name}'. Choose another code.",
        "De code '{code}' is al in gebruik bij de administratie '{name}'. Kies een andere code.",
    ),
    "cli.administrations.line": (
        "{code}: {name} · IBAN {iban} · customers: {customers} · open invoices: {open_invoices} "
        "(€ {open_total})",
        "{code}: {name} · IBAN {iban} · klanten: {customers} · openstaande facturen: "
        "{open_invoices} (€ {open_total})",
    ),
    "cli.administrations.no_iban": ("not filled in", "niet ingevuld"),
    "cli.administrations.added": (
        "Administration {code} ({name}) added. Fill in its IBAN and address in the desktop app "
        "(Settings > Administrations…); import into it with --administration {code}.",
        "Administratie {code} ({name}) toegevoegd. Vul het IBAN en adres in via de desktop-app "
        "(Instellingen > Administraties…); importeer erin met --administration {code}.",
    ),
}
