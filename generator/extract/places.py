"""Places, the calendar and the words for a nation's people: capitalised words that
name no person or organisation.

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
        "United Arab Emirates", "UAE", "Oman", "Kuwait", "Bahrain", "Abu Dhabi", "Riyadh",
        "Morocco", "Algeria", "Tunisia", "Libya", "Ethiopia", "Sudan", "Uganda", "Rwanda",
        "Burundi", "Tanzania", "Malawi", "Zambia", "Zimbabwe", "Mozambique", "Angola",
        "Namibia", "Botswana", "Madagascar", "Ghana", "Senegal", "Mali", "Burkina Faso",
        "Sierra Leone", "Liberia", "Cameroon", "Gabon", "Ivory Coast", "Côte d'Ivoire",
        "DRC", "Lagos", "Abuja", "Accra", "Nairobi", "Lusaka", "Lilongwe", "Harare",
        "Kinshasa", "Lubumbashi", "Johannesburg", "Pretoria", "Durban", "Limpopo",
        "Gauteng", "Katanga",
        # The rest of the Americas, Europe and Asia, and the regions miners work in
        "Venezuela", "Ecuador", "Uruguay", "Paraguay", "Cuba", "Guatemala", "Panama",
        "Costa Rica", "Buenos Aires", "São Paulo", "Rio de Janeiro", "Brasília", "Bogotá",
        "Quito", "Goiás", "Minas Gerais", "Bahia", "Pará", "Jujuy", "Catamarca",
        "Antofagasta", "Atacama", "Patagonia", "Portugal", "Lisbon", "Hungary", "Romania",
        "Bulgaria", "Serbia", "Croatia", "Slovenia", "Slovakia", "Estonia", "Latvia",
        "Lithuania", "Iceland", "Luxembourg", "Cyprus", "Malta", "Belarus", "Bavaria",
        "Baden-Württemberg", "West Midlands", "East Midlands", "Sri Lanka", "Nepal",
        "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Afghanistan", "Brunei", "Timor-Leste",
        "Papua New Guinea", "Fiji", "Sulawesi", "Central Sulawesi", "Morowali", "Kalimantan",
        "Sumatra", "Odisha", "Kerala", "Tamil Nadu", "Andhra Pradesh", "Rajasthan",
        "Gujarat", "Jharkhand", "Kuala Lumpur", "Pahang", "Ho Chi Minh City", "Ganzhou",
        "Fujian", "Hunan", "Guangxi", "Shandong",
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
        # Towns and sites named for what they stand by: "Cape Town", "Alice Springs",
        # "Halls Creek", "Mountain Pass", "Group Village", "Pela Ema Mine".
        "Village", "Town", "City", "Springs", "Falls", "Creek", "Pass", "Mine", "Basin",
        "Plateau", "Heights", "Harbour", "Harbor",
        # A state's long name: "Czech Republic", "People's Republic (of China)".
        "Republic",
    }
)  # fmt: skip

# Words for a nation's people or things, never an organisation alone ("Danish motor
# maker X", "U.S. and Brazilian miners"), though they open names ("Brazilian Rare Earths").
DEMONYMS = frozenset(
    {
        "Chinese", "American", "European", "British", "Japanese", "Korean", "Russian",
        "German", "French", "Indian", "Australian", "Canadian", "Danish", "Swedish",
        "Norwegian", "Finnish", "Dutch", "Belgian", "Spanish", "Italian", "Portuguese",
        "Polish", "Swiss", "Austrian", "Estonian", "Greek", "Brazilian", "Chilean",
        "Argentine", "Peruvian", "Mexican", "Indonesian", "Malaysian", "Vietnamese",
        "Mongolian", "Kazakh", "Taiwanese", "African", "Nigerian", "Kenyan",
        "Tanzanian", "Malawian", "Congolese", "Ukrainian", "Saudi", "Emirati",
        "Zambian", "Zimbabwean", "Ghanaian", "Angolan", "Mozambican", "Namibian", "Ugandan",
        "Rwandan", "Ethiopian", "Egyptian", "Moroccan", "Algerian", "Senegalese", "Malagasy",
        "Colombian", "Bolivian", "Venezuelan", "Ecuadorian", "Uruguayan", "Cuban", "Irish",
        "Scottish", "Welsh", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian",
        "Serbian", "Croatian", "Lithuanian", "Latvian", "Icelandic", "Turkish", "Iranian",
        "Iraqi", "Israeli", "Qatari", "Kuwaiti", "Omani", "Pakistani", "Bangladeshi",
        "Thai", "Filipino", "Singaporean", "Burmese", "Cambodian", "Laotian", "Uzbek",
    }
)  # fmt: skip
