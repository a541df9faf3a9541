"""Jinja2 text templates and style settings of the rendered draft (packaged as assembler.templates)."""
