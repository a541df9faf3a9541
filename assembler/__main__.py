"""``python -m assembler`` runs the command line."""
from assembler.cli import run

run()
