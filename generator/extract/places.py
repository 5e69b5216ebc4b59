"""Places and the calendar: capitalised words that name no person or organisation.

A run that is one of these is left alone whatever cue stands beside it ("Shares
in Frankfurt", "on Tuesday"); the entity and quote passes read them through
``lexicon``.
"""

from __future__ import annotations

# Places by region: a run that is one of them names no person or organisation.
PLACES = frozenset(
    {
        # The Americas
        "U.S.", "US", "USA", "U.S.A.", "America", "United States", "Washington",
        "New York", "Texas", "California", "Nevada", "Alaska", "Wyoming", "Arizona",
        "Silicon Valley", "Wall Street", "Canada", "Ottawa", "Toronto", "Mexico",
        "Brazil", "Argentina", "Chile", "Peru", "Bolivia", "Colombia", "Greenland",
        # Europe: the British Isles, the west, the north, the east
        "U.K.", "UK", "Britain", "Great Britain", "England", "Scotland", "Wales", "Ireland", "London",
        "Germany", "Berlin", "France", "Paris", "Italy", "Rome", "Spain", "Madrid",
        "Netherlands", "Belgium", "Brussels", "Switzerland", "Geneva", "Austria", "Vienna",
        "Sweden", "Norway", "Finland", "Denmark", "Frankfurt", "Munich", "Hamburg",
        "Zurich", "Milan", "Amsterdam", "Stockholm", "Oslo", "Helsinki", "Copenhagen",
        "Poland", "Greece", "Turkey", "Russia", "Moscow", "Ukraine", "Kyiv",
        # China and its provinces and cities
        "China", "Beijing", "Shanghai", "Shenzhen", "Hong Kong", "Inner Mongolia",
        "Baotou", "Jiangxi", "Guangdong", "Sichuan", "Yunnan", "Xinjiang", "Tibet",
        # The rest of Asia and the Pacific
        "Taiwan", "Taipei", "Japan", "Tokyo", "Korea", "South Korea", "North Korea",
        "Seoul", "India", "New Delhi", "Delhi", "Mumbai", "Australia", "Canberra",
        "Sydney", "New Zealand", "Indonesia", "Jakarta", "Malaysia", "Vietnam", "Hanoi",
        "Thailand", "Bangkok", "Philippines", "Manila", "Singapore", "Myanmar", "Burma",
        "Laos", "Cambodia", "Mongolia", "Kazakhstan", "Pakistan", "Bangladesh",
        # States, provinces and territories of federations, and cities firms are
        # "of" ("Kinross Bay Rare Earths of Saskatchewan", "Kobayashi Co., Ltd. of Osaka")
        "Alabama", "Arkansas", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii",
        "Idaho", "Illinois", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Nebraska",
        "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
        "Tennessee", "Utah", "Vermont", "West Virginia", "Wisconsin", "British Columbia",
        "Manitoba", "New Brunswick", "Newfoundland and Labrador", "Nova Scotia", "Ontario",
        "Quebec", "Saskatchewan", "Yukon", "Nunavut", "Queensland", "New South Wales",
        "Western Australia", "South Australia", "Tasmania", "Northern Territory", "Osaka",
        "Kyoto", "Nagoya", "Yokohama", "Busan", "Vancouver", "Montreal",
        # The Middle East and Africa
        "Iran", "Iraq", "Israel", "Saudi Arabia", "Qatar", "Dubai", "Egypt", "Nigeria",
        "Kenya", "South Africa", "Congo",
        # Continents, oceans and regions
        "Europe", "Asia", "Africa", "Latin America", "North America", "South America",
        "Middle East", "Arctic", "Pacific", "Atlantic", "Indo-Pacific", "Gulf", "Persian Gulf",
        "Southeast Asia", "East Asia", "Central Asia", "South Asia", "Caribbean", "Balkans",
        "Asia Pacific", "Asia-Pacific",
    }
)  # fmt: skip

CALENDAR = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    }
)  # fmt: skip

# Words that close a place's name: "Calhoun County", "Jujuy Province", "Bangka Island".
PLACE_KINDS = frozenset(
    {
        "County", "Province", "Prefecture", "District", "Island", "Islands", "Peninsula",
        "Valley", "Desert", "Mountains", "Coast", "Region",
        # A state's long name: "Czech Republic", "People's Republic (of China)".
        "Republic",
    }
)  # fmt: skip
