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
}
