"""The pages of the wizard "Diagnoza pogłębiona" (see ui/wizards/diagnosis_wizard.py)."""
