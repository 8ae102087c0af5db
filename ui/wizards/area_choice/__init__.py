"""The pages of the wizard "Wybór obszaru" (see ui/wizards/area_choice_wizard.py)."""
