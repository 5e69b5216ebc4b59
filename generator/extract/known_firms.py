"""Companies of the critical-minerals trade known by name, by their kind.

The firms that pages about rare earths, critical minerals and trade name most
often with no word to say what they are ("Solvay", "Sojitz", "Umicore", "Rio
Tinto"): miners, refiners and magnet makers of every continent, carmakers and
their suppliers, defence contractors, trading houses, banks and brokers,
rating agencies and price reporters. Each is a public name written as pages
write it (its short form; a legal form after it is read by ``name_runs``).

Left out on purpose: names that are also common words, surnames, first names
or places ("MP", "Delta", "Apple", "Ford", "Shell", "Vale", "Suzuki",
"Leonardo", "Antofagasta"), which a list beside a known firm still finds
(``org_context``); the stock markets that list a page's firms, which the sets
label as no entity; and price reporters, which ``org_context`` reads where
figures come from them ("data from Fastmarkets").
"""

from __future__ import annotations

# kind -> names. A kind is what the firm is, for the reader of this table; the
# entity is an organisation whatever its kind.
FIRMS: dict[str, tuple[str, ...]] = {
    "rare-earth producer": (
        "Lynas", "Lynas Rare Earths", "Lynas Malaysia", "MP Materials", "Iluka", "Iluka Resources",
        "Arafura", "Arafura Rare Earths", "Northern Minerals", "Hastings Technology Metals",
        "Australian Strategic Materials", "VHM", "Meteoric Resources", "Lindian Resources",
        "Energy Fuels", "Ucore", "Ucore Rare Metals", "Torngat Metals", "Vital Metals",
        "Neo Performance Materials", "Rare Element Resources", "USA Rare Earth",
        "American Rare Earths", "Aclara", "Aclara Resources", "Serra Verde", "Brazilian Rare Earths",
        "Mkango", "Mkango Resources", "Pensana", "Rainbow Rare Earths", "Peak Rare Earths",
        "Mineral Commodities", "Solvay", "Carester", "Caremag", "REEtec", "LKAB",
        "Less Common Metals", "China Northern Rare Earth", "China Northern Rare Earth Group",
        "China Rare Earth Group", "Shenghe Resources", "Ganzhou Rare Earth Group",
        "Xiamen Tungsten", "Guangsheng Nonferrous", "IREL", "Indian Rare Earths",
        "Toyotsu Rare Earths", "Namibia Critical Metals", "Tantalex", "Ionic Rare Earths",
        "Cyclic Materials", "HyProMag", "Ionic Technologies", "Phoenix Tailings",
        "ReElement Technologies", "Aclara Technologies",
    ),
    "magnet maker": (
        "Vacuumschmelze", "Proterial", "Hitachi Metals", "Shin-Etsu Chemical", "TDK",
        "Daido Steel", "Daido Electronics", "JL Mag", "JL Mag Rare-Earth", "Ningbo Yunsheng",
        "Zhong Ke San Huan", "Beijing Zhong Ke San Huan", "Yantai Zhenghai", "Ningbo Zhaobao",
        "Noveon Magnetics", "Vulcan Elements", "eVAC Magnetics", "Arnold Magnetic Technologies",
        "Star Group Industrial", "Magnequench", "Niron Magnetics", "Neorem", "Magneti Ljubljana",
    ),
    "miner or refiner": (
        "Rio Tinto", "BHP", "Glencore", "Anglo American", "Teck", "Teck Resources",
        "Freeport-McMoRan", "Newmont", "Barrick", "Barrick Gold", "South32", "Fortescue",
        "Pilbara Minerals", "Liontown Resources", "Albemarle",
        "SQM", "Tianqi Lithium", "Ganfeng Lithium", "Arcadium Lithium", "Livent", "Sigma Lithium",
        "Piedmont Lithium", "Lithium Americas", "Codelco", "Eramet", "Imerys",
        "Boliden", "Norsk Hydro", "Umicore", "Nyrstar", "Korea Zinc", "Sumitomo Metal Mining",
        "Mitsubishi Materials", "Dowa", "JX Advanced Metals", "Nornickel", "Norilsk Nickel",
        "Zijin Mining", "CMOC", "China Minmetals", "Chinalco", "Aluminum Corporation of China",
        "Sinosteel", "China Nonferrous Metal Mining", "China Baowu", "Baotou Steel", "Jiangxi Copper",
        "Huayou Cobalt", "Tsingshan", "Syrah Resources", "Talga", "Nouveau Monde Graphite",
        "Westwater Resources", "Novonix", "Perpetua Resources", "Almonty Industries",
        "Alcoa", "Rusal", "Vedanta", "Hindustan Zinc", "Coal India",
        "NMDC", "Ma'aden", "Manara Minerals", "Ivanhoe Mines", "Gécamines",
        "Kazatomprom", "Cameco", "Orano", "Talon Metals", "Nevada Copper",
        "Ioneer", "Standard Lithium", "Chemours", "Tronox", "Kenmare Resources",
        "Base Resources", "Astron Corporation", "CBMM", "Denham Capital", "TechMet",
        "Stegra", "Northvolt", "Antimony Resources", "United States Antimony", "Nyobolt",
    ),
    "carmaker": (
        "Toyota", "Toyota Motor", "Honda", "Nissan", "Mazda", "Subaru",
        "Mitsubishi Motors", "Hyundai Motor", "Hyundai Motor Group", "Kia", "General Motors",
        "Stellantis", "Tesla", "Rivian", "Volkswagen", "BMW", "Mercedes-Benz",
        "Audi", "Porsche", "Renault", "Volvo Cars", "Polestar", "Jaguar Land Rover", "BYD",
        "Geely", "SAIC", "SAIC Motor", "Great Wall Motor", "Chery", "NIO", "Xpeng",
        "Li Auto", "Tata Motors", "Mahindra", "Maruti Suzuki", "Scania", "Daimler Truck",
        "Volvo Group", "Caterpillar",
    ),
    "supplier": (
        "Denso", "Aisin", "Bosch", "Robert Bosch", "ZF", "ZF Friedrichshafen",
        "Schaeffler", "Valeo", "Magna", "Magna International", "Nidec", "Mitsuba",
        "BorgWarner", "Aptiv", "Hitachi Astemo", "Sona Comstar", "Uno Minda",
        "Siemens", "Siemens Energy", "Siemens Gamesa", "Vestas", "Nordex", "GE Vernova",
        "Goldwind", "Mingyang", "ABB", "Schneider Electric", "Hitachi",
        "Panasonic", "CATL", "LG Energy Solution", "LG Chem", "Samsung SDI", "SK On",
        "Samsung Electronics", "Posco Future M", "POSCO Future M", "EcoPro", "L&F",
        "SK Innovation", "Sumitomo Electric", "Foxconn", "Heraeus", "Miele",
        "Whirlpool", "Daikin", "Mitsubishi Electric", "Yaskawa", "Fanuc",
        "BASF", "Johnson Matthey", "ThyssenKrupp", "Thyssenkrupp", "Outokumpu", "SSAB",
        "ArcelorMittal", "Nippon Steel", "POSCO", "POSCO Holdings", "Posco Holdings",
        "Baowu", "Nucor", "Tata Steel", "JSW Steel", "Intel", "Nvidia", "TSMC",
        "Samsung", "Hanwha", "Hanwha Aerospace", "Hanwha Solutions",
    ),
    "defence contractor": (
        "Lockheed Martin", "RTX", "Raytheon", "Northrop Grumman", "General Dynamics",
        "Boeing", "L3Harris", "Huntington Ingalls", "BAE Systems", "Thales",
        "Rheinmetall", "Saab", "Airbus", "Safran", "Dassault Aviation", "MBDA", "KNDS",
        "Hensoldt", "Kongsberg", "Mitsubishi Heavy Industries", "Kawasaki Heavy Industries",
        "IHI", "Hanwha Ocean", "Korea Aerospace Industries", "Bharat Electronics",
        "Hindustan Aeronautics", "Elbit Systems", "Anduril", "Palantir",
        "GE Aerospace", "Pratt & Whitney", "Rolls-Royce", "Honeywell",
    ),
    "trading house": (
        "Sojitz", "Mitsubishi Corp", "Mitsubishi Corporation", "Mitsui", "Mitsui & Co",
        "Sumitomo Corp", "Sumitomo Corporation", "Itochu", "Marubeni", "Toyota Tsusho",
        "Hanwa", "POSCO International", "LX International", "Trafigura", "Mercuria",
        "Gunvor", "Vitol", "Traxys", "Wogen", "Noble Group", "Louis Dreyfus",
    ),
    "bank or broker": (
        "Citi", "Citigroup", "JPMorgan", "JPMorgan Chase", "J.P. Morgan", "Goldman Sachs",
        "Morgan Stanley", "Morgan Stanley MUFG", "Bank of America", "BofA", "BofA Securities",
        "Wells Fargo", "Jefferies", "Barclays", "HSBC", "Standard Chartered", "UBS",
        "Deutsche Bank", "Commerzbank", "BNP Paribas", "Societe Generale", "Société Générale",
        "Natixis", "ING", "Rabobank", "ABN Amro", "Santander", "BBVA", "UniCredit",
        "Intesa Sanpaolo", "Nordea", "SEB", "Handelsbanken", "Danske Bank", "DNB",
        "Macquarie", "Macquarie Group", "Canaccord Genuity", "Canaccord", "RBC Capital Markets",
        "BMO Capital Markets", "TD Securities", "Scotiabank", "CIBC", "National Bank Financial",
        "Haywood Securities", "Stifel", "Raymond James", "Piper Sandler",
        "TD Cowen", "Baird", "KeyBanc", "KeyBanc Capital Markets", "Roth Capital Partners",
        "B. Riley", "Cantor Fitzgerald", "Evercore", "Lazard", "Nomura",
        "Daiwa", "Mizuho", "MUFG", "SMBC", "Sumitomo Mitsui", "Mirae Asset Securities",
        "KB Securities", "Samsung Securities", "NH Investment & Securities", "CICC",
        "China International Capital Corp", "CITIC Securities", "Huatai Securities",
        "Bank of China", "ICBC", "China Construction Bank", "Agricultural Bank of China",
        "Argonaut", "Bell Potter", "Shaw and Partners", "Ord Minnett",
        "Euroz Hartleys", "Berenberg", "Liberum", "Panmure Liberum", "Peel Hunt",
        "Kepler Cheuvreux", "Exane", "Oddo BHF", "Investec", "Absa", "Standard Bank",
        "BlackRock", "Orion Resource Partners", "Appian Capital",
        "Resource Capital Funds", "Sprott", "Wheaton Precious Metals", "Franco-Nevada",
    ),
    "rating agency or consultancy": (
        "Moody's", "S&P Global", "S&P Global Ratings", "Fitch", "Fitch Ratings",
        "Fitch Solutions", "Morningstar", "Scope Ratings", "Oxford Economics",
        "Capital Economics", "Eurasia Group", "McKinsey", "Boston Consulting Group",
        "Deloitte", "PwC", "KPMG", "EY", "Accenture",
    ),
    # Where metals trade and filings go ("a filing to the Shanghai Stock Exchange");
    # a stock market that lists a page's firms ("on the ASX", "NYSE: MP") is a venue,
    # no organisation of the story, and is left out.
    "metals exchange or filing venue": (
        "London Metal Exchange", "LME", "CME Group", "Shanghai Stock Exchange",
        "Shenzhen Stock Exchange", "Hong Kong Exchanges and Clearing", "Deutsche Börse",
        "Euronext", "Shanghai Futures Exchange", "Baotou Rare Earth Products Exchange",
    ),
}  # fmt: skip
