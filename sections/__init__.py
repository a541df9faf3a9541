"""The bundled strategy outlines (YAML), packaged as ``assembler.outlines``."""
