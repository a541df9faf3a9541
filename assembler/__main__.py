"""``python -m assembler`` runs the command line."""
from cli import main

main()
