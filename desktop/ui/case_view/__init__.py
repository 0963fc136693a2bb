"""One complaint on screen: header, details, documents, timeline and the actions on it."""
