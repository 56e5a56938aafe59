"""Messages of a customer known by name that a later import names with a number (see
services/import_named.py): taken over, or kept apart with the reason; and of rows without a number
whose name several stored customers have (services/import_by_name.py).

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "import.customer_number_taken": (
        "Customer number {number} ('{name}') is the customer DebtorDesk knew by name until now "
        "({named}): that customer takes number {number} and keeps its invoices and history.",
        "Klantnummer {number} ('{name}') is de klant die DebtorDesk tot nu toe op naam kende "
        "({named}): die klant krijgt nummer {number} en houdt zijn facturen en geschiedenis.",
    ),
    "import.customer_name_ambiguous": (
        "Customer number {number} ('{name}') is new, and {count:|1 customer|# customers} known by "
        "name {count:|has|have} that name: {named}. DebtorDesk cannot tell which one it is, so {number} is "
        "added as a customer "
        "of its own. Check these customers.",
        "Klantnummer {number} ('{name}') is nieuw, en {count:|1 klant|# klanten} die op naam "
        "bekend {count:|is|zijn} {count:|heeft|hebben} die naam: {named}. DebtorDesk kan niet zien welke "
        "het is, dus {number} wordt als "
        "aparte klant toegevoegd. Controleer deze klanten.",
    ),
    "import.customer_number_stored": (
        "Customer number {number} ('{name}') is already in DebtorDesk, and so is a customer known by "
        "name with that name: {named}. They are kept apart; check whether they are the same "
        "customer.",
        "Klantnummer {number} ('{name}') staat al in DebtorDesk, en er is ook een klant die op naam "
        "bekend is met die naam: {named}. Ze blijven apart; controleer of het dezelfde klant is.",
    ),
    "import.customer_name_claimed_twice": (
        "Customer numbers {numbers} in this file all have the name of {named}, a customer "
        "DebtorDesk knows by name. DebtorDesk cannot tell which number is theirs, so each is added "
        "as a customer of its own. Check these customers.",
        "Klantnummers {numbers} in dit bestand hebben allemaal de naam van {named}, een klant die "
        "DebtorDesk op naam kent. DebtorDesk kan niet zien welk nummer van die klant is, dus elk "
        "wordt als aparte klant toegevoegd. Controleer deze klanten.",
    ),
    "import.customer_name_several_stored": (
        "'{name}' has no customer number in this file (rows: {rows}), and {count:|1 customer|# customers} "
        "{count:|has|have} that name: {named}. DebtorDesk cannot tell which one is meant, so these rows go "
        "to a "
        "customer known by name. Add a customer-number column to the file, or merge the customers "
        "by hand.",
        "'{name}' heeft geen debiteurnummer in dit bestand (rijen: {rows}), en {count:|1 klant|# klanten} "
        "{count:|heeft|hebben} die naam: {named}. DebtorDesk kan niet zien welke bedoeld is, dus deze rijen "
        "gaan "
        "naar een klant die op naam bekend is. Voeg een kolom met debiteurnummers aan het bestand "
        "toe, of voeg de klanten met de hand samen.",
    ),
    "event.import.customer_number_taken": (
        "Customer number {number} taken from {file}; was known by name ('{was}').",
        "Klantnummer {number} overgenomen uit {file}; was bekend op naam ('{was}').",
    ),
}
