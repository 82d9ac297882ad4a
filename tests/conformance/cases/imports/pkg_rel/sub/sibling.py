sib_value = "sibling value"
