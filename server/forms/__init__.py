"""Forms as data: checklists, results forms and incident forms, versioned."""
