"""Screens of the catalogue: the duty browser and the agency register."""
