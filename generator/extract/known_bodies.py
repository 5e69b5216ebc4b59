"""Public bodies of the critical-minerals trade known by name, by their kind.

Ministries, departments and agencies of the governments that trade in
critical minerals, state lenders and research bodies, international bodies,
industry groups and state media, written as pages name them with no word of
their kind in front ("USTR", "Treasury", "JOGMEC", "Natural Resources
Canada", "the OECD"). Names that hold an organisation word ("Ministry of
Commerce") are found by ``name_runs`` anyway; they stand here where pages use
them alone and the cue-backed reading misses them.

Left out on purpose: names that are also a chamber or an office a page names
in passing ("House", "Council", "Parliament", "the Commission"), handled by
``org_names``; and the wire agencies and outlets, which are read only where a
page quotes them as a source (``MEDIA`` below).
"""

from __future__ import annotations

# kind -> names.
BODIES: dict[str, tuple[str, ...]] = {
    "United States": (
        "Commerce Department", "Department of Commerce", "Treasury", "Treasury Department",
        "USTR", "Office of the U.S. Trade Representative", "Energy Department",
        "Department of Energy", "Defense Department", "Department of Defense",
        "Department of War", "State Department", "Department of State", "Interior Department",
        "Department of the Interior", "Bureau of Industry and Security", "CFIUS",
        "Defense Logistics Agency", "Office of Strategic Capital", "Loan Programs Office",
        "Export-Import Bank of the United States", "EXIM", "DFC",
        "US International Development Finance Corporation",
        "U.S. International Development Finance Corporation", "USGS",
        "U.S. Geological Survey", "US Geological Survey",
        "Customs and Border Protection", "International Trade Commission", "USITC",
        "National Security Council", "National Economic Council", "DARPA",
        "Government Accountability Office", "Congressional Research Service", "EPA",
        "Environmental Protection Agency", "Bureau of Land Management", "Argonne",
        "Oak Ridge National Laboratory", "Ames Laboratory", "Critical Materials Innovation Hub",
    ),
    "China": (
        "MIIT", "MOFCOM", "Ministry of Commerce", "Ministry of Industry and Information Technology",
        "General Administration of Customs", "NDRC", "National Development and Reform Commission",
        "SASAC", "State Council", "People's Bank of China", "Ministry of Natural Resources",
        "China Association of Automobile Manufacturers", "CAAM", "China Rare Earth Industry Association",
        "Chinese Academy of Sciences", "Chinese Academy of Social Sciences",
    ),
    "Japan": (
        "METI", "Ministry of Economy, Trade and Industry", "JOGMEC", "JBIC",
        "Japan Bank for International Cooperation", "NEXI", "JETRO",
        "Japan Organization for Metals and Energy Security", "Agency for Natural Resources and Energy",
        "Bank of Japan", "Keidanren",
    ),
    "Korea": (
        "MOTIE", "Ministry of Trade, Industry and Energy", "KOMIR", "KORES",
        "Korea Development Bank", "Export-Import Bank of Korea", "Korea Eximbank", "KEXIM",
        "K-Sure", "KOTRA", "Bank of Korea",
    ),
    "European Union and its members": (
        "European Commission", "European Investment Bank", "EIB", "European Parliament",
        "European Raw Materials Alliance", "ERMA", "DG Grow", "European Central Bank",
        "KfW", "KfW IPEX-Bank", "BDI", "BGR", "DERA", "Fraunhofer", "BPI France",
        "Bpifrance", "BRGM", "Cassa Depositi e Prestiti", "Invitalia", "SGU",
        "Geological Survey of Sweden", "Swedish Geological Survey", "Svenska kraftnät",
        "Business Finland", "Nordic Investment Bank", "SINTEF",
        "Nordic Council of Ministers", "Finnvera", "Agoria", "Eurometaux", "ACEA",
        "Geological Survey of Finland", "GEUS", "Geological Survey of Denmark and Greenland",
    ),
    "United Kingdom": (
        "Department for Business and Trade", "Foreign Office", "Ministry of Defence", "MoD",
        "UK Export Finance", "National Wealth Fund", "British Geological Survey",
        "Critical Minerals Intelligence Centre", "Export Control Joint Unit", "HM Treasury",
        "Society of Motor Manufacturers and Traders", "SMMT",
    ),
    "Canada": (
        "Natural Resources Canada", "NRCan", "Global Affairs Canada", "Export Development Canada",
        "Canada Infrastructure Bank", "Canada Growth Fund", "Investment Canada",
        "Saskatchewan Research Council", "Mining Association of Canada", "Investissement Québec",
        "Finance Canada", "Innovation, Science and Economic Development Canada", "ISED",
    ),
    "Australia": (
        "CSIRO", "Geoscience Australia", "Export Finance Australia", "FIRB",
        "Foreign Investment Review Board", "ACCC", "ANSTO", "Austrade", "Reserve Bank of Australia",
        "Department of Industry, Science and Resources", "Department of Foreign Affairs and Trade",
        "DFAT", "Northern Australia Infrastructure Facility", "NAIF",
        "Clean Energy Finance Corporation", "Minerals Council of Australia",
    ),
    "India, Brazil and Africa": (
        "Ministry of Mines", "KABIL", "Khanij Bidesh India", "Geological Survey of India",
        "NITI Aayog", "BNDES", "Finep", "Petrobras",
        "Industrial Development Corporation", "Mintek", "Minerals Council South Africa",
        "Afreximbank", "Malawi Mining Investment Company",
    ),
    "international body": (
        "OECD", "International Energy Agency", "IEA", "World Bank", "IMF",
        "International Monetary Fund", "World Trade Organization", "WTO",
        "UNCTAD", "UNEP", "African Development Bank", "AfDB", "Asian Development Bank", "ADB",
        "IFC", "International Finance Corporation", "European Bank for Reconstruction and Development",
        "EBRD", "MIGA", "Minerals Security Partnership", "NATO",
        "International Seabed Authority", "IRENA",
    ),
}  # fmt: skip

# The full names of bodies known by an acronym that is not their initials ("JOGMEC"),
# or whose page spells it out first: a page that writes the full name out does
# not name a second body by the acronym ("…, known as KOMIR").
SPELLED_OUT: dict[str, tuple[str, ...]] = {
    "JOGMEC": ("Japan Organization for Metals and Energy Security",),
    "KOMIR": ("Korea Mine Rehabilitation and Mineral Resources",),
    "KORES": ("Korea Resources Corporation",),
    "MOTIE": ("Ministry of Trade, Industry and Energy",),
    "METI": ("Ministry of Economy, Trade and Industry",),
    "MIIT": ("Ministry of Industry and Information Technology",),
    "MOFCOM": ("Ministry of Commerce",),
    "USTR": ("Trade Representative",),
    "CFIUS": ("Committee on Foreign Investment",),
    "USGS": ("Geological Survey",),
    "DFC": ("Development Finance Corporation",),
    "EXIM": ("Export-Import Bank",),
    "KEXIM": ("Export-Import Bank of Korea",),
    "NRCan": ("Natural Resources Canada",),
    "KABIL": ("Khanij Bidesh India",),
    "CSIRO": ("Commonwealth Scientific and Industrial Research Organisation",),
    "ANSTO": ("Australian Nuclear Science and Technology Organisation",),
    "FIRB": ("Foreign Investment Review Board",),
    "ACCC": ("Australian Competition and Consumer Commission",),
    "NAIF": ("Northern Australia Infrastructure Facility",),
    "NDRC": ("National Development and Reform Commission",),
    "SASAC": ("State-owned Assets Supervision and Administration Commission",),
    "CAAM": ("China Association of Automobile Manufacturers",),
    "JBIC": ("Japan Bank for International Cooperation",),
    "JETRO": ("Japan External Trade Organization",),
    "NEXI": ("Nippon Export and Investment Insurance",),
    "KOTRA": ("Korea Trade-Investment Promotion Agency",),
    "DERA": ("German Mineral Resources Agency",),
    "BDI": ("Federation of German Industries",),
    "BGR": ("Federal Institute for Geosciences and Natural Resources",),
    "SGU": ("Geological Survey of Sweden", "Swedish Geological Survey"),
    "SMMT": ("Society of Motor Manufacturers and Traders",),
    "ERMA": ("European Raw Materials Alliance",),
    "MoD": ("Ministry of Defence",),
    "LME": ("London Metal Exchange",),
    "OECD": ("Organisation for Economic Co-operation", "Organization for Economic Cooperation"),
    "IEA": ("International Energy Agency",),
    "WTO": ("World Trade Organization",),
    "IMF": ("International Monetary Fund",),
    "AfDB": ("African Development Bank",),
    "ADB": ("Asian Development Bank",),
    "IFC": ("International Finance Corporation",),
    "EBRD": ("European Bank for Reconstruction and Development",),
    "EIB": ("European Investment Bank",),
}

# Wire agencies, state media and outlets: an organisation of the article only where
# the page quotes them as a source ("carried by Xinhua", "told CNBC"), never as the
# page's own publisher or in a credit line.
MEDIA: tuple[str, ...] = (
    "Xinhua", "Xinhua News Agency", "CCTV", "China Central Television", "Global Times",
    "People's Daily", "China Daily", "Caixin", "Yicai", "Securities Times", "Kyodo",
    "Kyodo News", "Nikkei", "NHK", "Yonhap", "TASS", "RIA Novosti", "Reuters", "Bloomberg",
    "Bloomberg News", "Associated Press", "AP", "AFP", "Agence France-Presse", "CNBC",
    "Financial Times", "Wall Street Journal", "The Wall Street Journal", "New York Times",
    "The New York Times", "Washington Post", "The Washington Post", "BBC", "CNN",
    "Fox Business", "Handelsblatt", "Le Monde", "Les Echos", "Mining Weekly",
    "The Economic Times", "Press Trust of India", "PTI", "Australian Financial Review",
    "The Globe and Mail", "South China Morning Post",
)  # fmt: skip
