"""The command line lives in ``assembler.cli``; this shim keeps ``python cli.py`` working."""
from assembler.cli import main

if __name__ == "__main__":
    main()
