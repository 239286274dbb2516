"""Events and forums: events, recurring series, venues and rooms, the programme."""
