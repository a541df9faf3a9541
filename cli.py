"""The command line lives in ``assembler.cli``; this shim keeps ``python cli.py`` working."""
from assembler.cli import run

if __name__ == "__main__":
    run()
