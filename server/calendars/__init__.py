"""Calendar feeds (iCalendar): what each feed holds, rendering, storage and serving."""
