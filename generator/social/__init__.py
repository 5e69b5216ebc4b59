"""Social cards: the picture shown when a page is shared (``og:image``)."""
