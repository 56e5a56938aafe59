"""The few looks the wizard's labels share: a refusal, a notice, a quiet note."""

ERROR_STYLE = (
    "QLabel { background: #f8d7da; color: #58151c; border: 1px solid #f1aeb5;"
    " border-radius: 4px; padding: 6px; }"
)
NOTICE_STYLE = (
    "QLabel { background: #fff3cd; color: #4d3800; border: 1px solid #ffe69c;"
    " border-radius: 4px; padding: 6px; }"
)
SUCCESS_STYLE = (
    "QLabel { background: #d1e7dd; color: #0a3622; border: 1px solid #a3cfbb;"
    " border-radius: 4px; padding: 6px; }"
)
NOTE_STYLE = "QLabel { color: palette(placeholder-text); }"
