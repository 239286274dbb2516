"""Election-observation missions: the mission itself and its hierarchy of locations."""
