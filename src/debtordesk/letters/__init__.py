"""Letters: plain-language templates, the PDF layout with a payment QR code, batches, the archive.

:mod:`debtordesk.letters.model` holds the plain data one letter is rendered from; the services in
:mod:`debtordesk.services.letters` build it from the dunning run's communications, and the renderer
(:mod:`debtordesk.letters.render`) turns it into PDF pages without touching the database.
"""
