"""The subject-access window (UU PDP 27/2022): what this PC holds about one person, handed to
them as a PDF or JSON, and their data's processing restricted or the restriction lifted."""
