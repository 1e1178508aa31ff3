"""Data shipped with SecondRound: icons, the playbook, styles, translations, desktop files."""
