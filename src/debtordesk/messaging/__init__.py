"""Message texts: SMS and e-mail from Jinja2 templates per step, language and tone (no database, no Qt)."""
