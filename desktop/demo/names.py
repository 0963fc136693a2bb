"""Name and place lists for synthetic demo data.

Grouped by regional flavour because each BP3TKI office mostly serves its own province:
a Mataram office full of Batak names would look wrong to the people testing it.
All names are common given names or family names; no entry is meant to be a real person.
"""

from __future__ import annotations

# --- given names, by flavour --------------------------------------------------------------

FEMALE = {
    "jawa": [
        "Siti", "Sri", "Dewi", "Wahyuni", "Suryani", "Sumiati", "Sulastri", "Endang", "Ratna",
        "Yuli", "Tri", "Painem", "Sukarti", "Ngatini", "Tumini", "Sumarni", "Parmi",
        "Lestari", "Rini", "Wulan", "Indah", "Puji", "Sugiarti", "Suwarni", "Kasiyem",
        "Sarinah", "Tukiyem", "Warsini", "Murtini", "Karsih", "Darmi", "Sutini", "Wartini",
        "Suprapti", "Ambarwati", "Setyowati", "Kusmiyati", "Mujiati", "Nanik", "Anik",
        "Umi", "Ika", "Nur", "Lilis", "Erna", "Eni", "Yanti", "Susi", "Dwi", "Ninik",
        "Rukmini", "Sumirah", "Jumiati", "Yuniarti", "Istiqomah", "Mardiyah", "Khotimah",
    ],
    "sunda": [
        "Neng", "Euis", "Iis", "Cucu", "Enok", "Imas", "Yayah", "Tati", "Ela", "Dede",
        "Nining", "Cicih", "Entin", "Popon", "Titin", "Nunung", "Aisyah", "Nurhayati",
        "Yeni", "Rina", "Ai", "Kokom", "Enung", "Oom", "Ijah",
    ],
    "madura": [
        "Holifah", "Maimunah", "Rohmah", "Jamilah", "Hasanah", "Mukarromah", "Sumaiyah",
        "Faridah", "Zubaidah", "Musyarofah", "Nurul", "Halimah", "Latifah", "Marhamah",
    ],
    "sasak": [
        "Baiq Nurul", "Baiq Rahmi", "Baiq Sri", "Rusni", "Marni", "Inaq Sahnun", "Sahriah",
        "Rohani", "Rabiah", "Aminah", "Saenab", "Hapsah", "Murniati", "Herniwati", "Sumiatun",
        "Nurhasanah", "Rahmawati", "Zulaikha", "Hamdiah",
    ],
    "ntt": [
        "Maria", "Yohana", "Fransiska", "Yuliana", "Theresia", "Agustina", "Margaretha",
        "Veronika", "Anastasia", "Elisabeth", "Florentina", "Katarina", "Paulina", "Yosefina",
        "Regina", "Adelina", "Kristina", "Martha", "Sesilia", "Bernadeta", "Dorotea",
        "Yasinta", "Filomena", "Mariana",
    ],
    "batak": [
        "Rosmawati", "Tiurma", "Romauli", "Lamtiur", "Hotma", "Nurmala", "Rotua", "Sondang",
        "Dame", "Lasma", "Tiomas", "Rosita", "Lenny", "Sarma", "Mariani", "Rugun",
    ],
    "melayu_bugis": [
        "Andi Nurlia", "Hasniati", "Sitti", "Rahmatia", "Nurhaeda", "Hajrah", "Wahida",
        "Syamsiah", "Darmawati", "Nurhayani", "Zaitun", "Rosnah", "Fatimah", "Salmah",
    ],
}

MALE = {
    "jawa": [
        "Agus", "Budi", "Slamet", "Sugeng", "Joko", "Bambang", "Heru", "Eko", "Dwi", "Tri",
        "Sutrisno", "Suparman", "Sukardi", "Wagiman", "Paimin", "Tukiran", "Sarno", "Darno",
        "Mulyono", "Sumarno", "Suyanto", "Parjo", "Gimin", "Tugiman", "Karyono", "Wahyu",
        "Teguh", "Rudi", "Andi", "Yanto", "Hadi", "Sigit", "Purnomo", "Priyo", "Bayu",
        "Arif", "Muhammad", "Ahmad", "Imam", "Nur", "Rohmat", "Sholeh", "Kusno", "Warsito",
        "Edi", "Yusuf", "Nanang", "Dimas", "Fajar", "Rizky", "Sutikno", "Marjuki",
    ],
    "sunda": [
        "Asep", "Ujang", "Dadang", "Cecep", "Endang", "Dedi", "Iwan", "Ade", "Ayi", "Encep",
        "Aceng", "Engkos", "Oman", "Jajang", "Yayan", "Ujang Suherman", "Dede", "Atep",
        "Ahmad", "Rahmat", "Deden", "Usep",
    ],
    "madura": [
        "Moh. Hosen", "Moh. Sahrul", "Fathorrahman", "Syaiful", "Abdul", "Hasan", "Mat",
        "Sunaryo", "Mahfud", "Holil", "Rasid", "Ismail", "Moh. Toha", "Samsul", "Hafid",
    ],
    "sasak": [
        "Lalu Muhammad", "Lalu Ahmad", "Lalu Sahrul", "Suhardi", "Mahsun", "Sahnun", "Amaq Rusdi",
        "Sapri", "Zainudin", "Mahrip", "Hamdan", "Syukri", "Saeful", "Junaidi", "Rusdan",
        "Ahmad", "Hasbullah", "Zulkifli", "Khairul",
    ],
    "ntt": [
        "Yosef", "Petrus", "Yohanes", "Dominikus", "Benediktus", "Fransiskus", "Marselinus",
        "Agustinus", "Antonius", "Kornelis", "Alfonsus", "Stefanus", "Yakobus", "Paulus",
        "Markus", "Lukas", "Simon", "Gregorius", "Wilhelmus", "Kristoforus", "Aloysius",
        "Hendrikus", "Emanuel",
    ],
    "batak": [
        "Sahat", "Togar", "Parulian", "Maruli", "Bonar", "Hotman", "Horas", "Binsar", "Tigor",
        "Poltak", "Juntak", "Pardamean", "Sabar", "Halomoan", "Manahan", "Rudolf",
    ],
    "melayu_bugis": [
        "Andi Baso", "Andi Rahman", "Muhammad Arsyad", "Syamsul", "Rusli", "Hamzah",
        "Baharuddin", "Jumardi", "Sukri", "Kamaruddin", "Ridwan", "Ishak", "Zulfikar",
    ],
}

# Second names: patronyms, Javanese/Sundanese second names, marga and fam names. A share
# of Muslim workers are recorded with "bin"/"binti" and the father's name instead.
SECOND = {
    "jawa": [
        "Wahyuningsih", "Lestari", "Rahayu", "Susanti", "Purwanti", "Setiawan", "Santoso",
        "Prasetyo", "Nugroho", "Saputra", "Hidayat", "Wibowo", "Kurniasih", "Handayani",
        "Suharto", "Sulistyowati", "Widodo", "Utami", "Astuti", "Rahmawati", "Sriyanti",
        "Maryani", "Puspitasari", "Mulyani", "Sutrisno", "Haryanto", "Susilo", "Pratama",
        "Wijaya", "Kusuma", "Purnamasari", "Andriani", "Setyaningsih", "Ningsih",
        "Fitriani", "Yulianti", "Hartono", "Kristanto", "Wulandari", "Permatasari",
    ],
    "sunda": [
        "Sukmawati", "Nurhasanah", "Permana", "Sudrajat", "Kurniawan", "Hermawan", "Suherman",
        "Rohayati", "Komariah", "Hidayah", "Supriatna", "Sopiah", "Mulyana", "Saepudin",
        "Ruhiyat", "Nurjanah", "Setiadi", "Rukmana", "Kartika", "Juhana",
    ],
    "madura": [
        "Hosnan", "Fauzan", "Rofiqi", "Badrus", "Zainullah", "Syafi'i", "Hasyim", "Khoirul",
        "Mawardi", "Syamsuri", "Ma'ruf", "Baidowi",
    ],
    "sasak": [
        "Hamdi", "Sahnan", "Jumarti", "Saharudin", "Mustiadi", "Hirsan", "Rusmini",
        "Sapiudin", "Wardana", "Sukri", "Mahyudin", "Nasrullah", "Irwansyah",
    ],
    "ntt": [
        "Fernandez", "Da Silva", "Lake", "Bria", "Nahak", "Seran", "Kolo", "Tefa", "Neno",
        "Boimau", "Nubatonis", "Taek", "Manu", "Ndun", "Pah", "Bataona", "Making", "Tokan",
        "Kewa", "Lamablawa", "Hurint", "Nggadas", "Lewar", "Kelen", "Koten", "Wutun", "Leki",
        "Mau", "Bere", "Abi",
    ],
    "batak": [
        "Simanjuntak", "Siregar", "Nasution", "Harahap", "Lubis", "Sitompul", "Hutapea",
        "Situmorang", "Sinaga", "Tampubolon", "Pardede", "Simatupang", "Panjaitan", "Manurung",
        "Silalahi", "Sihombing", "Hutagalung", "Napitupulu", "Marpaung", "Sitorus", "Ginting",
        "Tarigan", "Sembiring", "Purba", "Saragih", "Damanik",
    ],
    "melayu_bugis": [
        "Daeng Mangka", "Lamba", "Tahir", "Sappe", "Mappiasse", "Rahim", "Syukur", "Hamid",
        "Latif", "Basri", "Majid", "Salam",
    ],
}

# Flavours with a marga or fam name almost always carry one; Javanese often go by one name.
SINGLE_NAME_SHARE = {"jawa": 0.25, "sunda": 0.15, "madura": 0.2, "sasak": 0.15, "ntt": 0.02,
                     "batak": 0.0, "melayu_bugis": 0.15}
PATRONYM_SHARE = {"jawa": 0.06, "sunda": 0.08, "madura": 0.15, "sasak": 0.1, "ntt": 0.0,
                  "batak": 0.0, "melayu_bugis": 0.12}
MUSLIM_FATHERS = [
    "Abdullah", "Ahmad", "Rasyid", "Sanusi", "Muhsin", "Karim", "Salim", "Sukarji", "Kasim",
    "Ridwan", "Syamsudin", "Jaelani", "Mansur", "Nawawi", "Usman",
]

# --- places --------------------------------------------------------------------------------

# Province code (the first two NIK digits) -> name, regencies (BPS code, name).
PROVINCES = {
    "12": ("Sumatera Utara", [
        ("01", "Kab. Nias"), ("03", "Kab. Tapanuli Selatan"), ("05", "Kab. Tapanuli Utara"),
        ("07", "Kab. Labuhanbatu"), ("08", "Kab. Asahan"), ("09", "Kab. Simalungun"),
        ("11", "Kab. Karo"), ("12", "Kab. Deli Serdang"), ("13", "Kab. Langkat"),
        ("75", "Kota Medan"),
    ]),
    "21": ("Kepulauan Riau", [("01", "Kab. Karimun"), ("02", "Kab. Bintan"),
                              ("71", "Kota Batam"), ("72", "Kota Tanjung Pinang")]),
    "31": ("DKI Jakarta", [("71", "Kota Jakarta Selatan"), ("72", "Kota Jakarta Timur"),
                           ("74", "Kota Jakarta Barat"), ("75", "Kota Jakarta Utara")]),
    "32": ("Jawa Barat", [
        ("02", "Kab. Sukabumi"), ("03", "Kab. Cianjur"), ("05", "Kab. Garut"),
        ("06", "Kab. Tasikmalaya"), ("08", "Kab. Kuningan"), ("09", "Kab. Cirebon"),
        ("10", "Kab. Majalengka"), ("12", "Kab. Indramayu"), ("13", "Kab. Subang"),
        ("15", "Kab. Karawang"), ("73", "Kota Bandung"),
    ]),
    "33": ("Jawa Tengah", [
        ("01", "Kab. Cilacap"), ("02", "Kab. Banyumas"), ("04", "Kab. Banjarnegara"),
        ("05", "Kab. Kebumen"), ("07", "Kab. Wonosobo"), ("12", "Kab. Wonogiri"),
        ("15", "Kab. Grobogan"), ("18", "Kab. Pati"), ("20", "Kab. Jepara"),
        ("24", "Kab. Kendal"), ("28", "Kab. Tegal"), ("29", "Kab. Brebes"),
        ("74", "Kota Semarang"),
    ]),
    "35": ("Jawa Timur", [
        ("01", "Kab. Pacitan"), ("02", "Kab. Ponorogo"), ("03", "Kab. Trenggalek"),
        ("04", "Kab. Tulungagung"), ("05", "Kab. Blitar"), ("06", "Kab. Kediri"),
        ("07", "Kab. Malang"), ("09", "Kab. Jember"), ("10", "Kab. Banyuwangi"),
        ("19", "Kab. Madiun"), ("21", "Kab. Ngawi"), ("24", "Kab. Lamongan"),
        ("26", "Kab. Bangkalan"), ("27", "Kab. Sampang"), ("28", "Kab. Pamekasan"),
        ("29", "Kab. Sumenep"), ("78", "Kota Surabaya"),
    ]),
    "36": ("Banten", [("01", "Kab. Pandeglang"), ("02", "Kab. Lebak"), ("03", "Kab. Tangerang"),
                      ("04", "Kab. Serang"), ("73", "Kota Serang")]),
    "51": ("Bali", [("01", "Kab. Jembrana"), ("02", "Kab. Tabanan"), ("07", "Kab. Karangasem"),
                    ("08", "Kab. Buleleng"), ("71", "Kota Denpasar")]),
    "52": ("Nusa Tenggara Barat", [
        ("01", "Kab. Lombok Barat"), ("02", "Kab. Lombok Tengah"), ("03", "Kab. Lombok Timur"),
        ("04", "Kab. Sumbawa"), ("05", "Kab. Dompu"), ("06", "Kab. Bima"),
        ("08", "Kab. Lombok Utara"), ("71", "Kota Mataram"),
    ]),
    "53": ("Nusa Tenggara Timur", [
        ("01", "Kab. Sumba Barat"), ("02", "Kab. Sumba Timur"), ("03", "Kab. Kupang"),
        ("04", "Kab. Timor Tengah Selatan"), ("05", "Kab. Timor Tengah Utara"),
        ("06", "Kab. Belu"), ("08", "Kab. Lembata"), ("09", "Kab. Flores Timur"),
        ("10", "Kab. Sikka"), ("11", "Kab. Ende"), ("71", "Kota Kupang"),
    ]),
    "61": ("Kalimantan Barat", [("01", "Kab. Sambas"), ("02", "Kab. Bengkayang"),
                                ("05", "Kab. Sanggau"), ("71", "Kota Pontianak")]),
    "64": ("Kalimantan Timur", [("02", "Kab. Kutai Barat"), ("03", "Kab. Kutai Kartanegara"),
                                ("05", "Kab. Berau"), ("72", "Kota Samarinda")]),
    "65": ("Kalimantan Utara", [("01", "Kab. Malinau"), ("02", "Kab. Bulungan"),
                                ("04", "Kab. Nunukan"), ("71", "Kota Tarakan")]),
    "73": ("Sulawesi Selatan", [("02", "Kab. Bulukumba"), ("04", "Kab. Jeneponto"),
                                ("06", "Kab. Gowa"), ("13", "Kab. Wajo"), ("71", "Kota Makassar")]),
    "91": ("Papua", [("03", "Kab. Jayapura"), ("71", "Kota Jayapura")]),
}

# Office -> (province code, weight); the office's own region dominates, neighbours add a few.
OFFICE_PROVINCES = {
    "SBY": [("35", 90), ("33", 6), ("52", 2), ("53", 2)],
    "SMG": [("33", 92), ("35", 5), ("32", 3)],
    "MTR": [("52", 95), ("51", 3), ("35", 2)],
    "KPG": [("53", 96), ("52", 4)],
    "MDN": [("12", 94), ("21", 3), ("33", 3)],
    "NNK": [("65", 45), ("64", 15), ("53", 15), ("73", 15), ("52", 10)],
    "SRG": [("36", 88), ("32", 10), ("31", 2)],
    "BDG": [("32", 93), ("36", 4), ("33", 3)],
    "DPS": [("51", 85), ("52", 10), ("35", 5)],
    "MKS": [("73", 90), ("53", 5), ("52", 5)],
    "PNK": [("61", 90), ("33", 5), ("35", 5)],
    "TPI": [("21", 60), ("12", 15), ("33", 10), ("35", 10), ("52", 5)],
    "JYP": [("91", 70), ("73", 15), ("35", 15)],
    "PST": [("35", 22), ("33", 18), ("32", 16), ("52", 12), ("53", 8), ("36", 6), ("31", 5),
            ("12", 5), ("61", 3), ("73", 3), ("65", 2)],
}

# Province -> name flavour weights.
PROVINCE_FLAVOURS = {
    "12": [("batak", 70), ("melayu_bugis", 15), ("jawa", 15)],
    "21": [("melayu_bugis", 50), ("jawa", 30), ("batak", 20)],
    "31": [("jawa", 50), ("sunda", 30), ("batak", 10), ("melayu_bugis", 10)],
    "32": [("sunda", 90), ("jawa", 10)],
    "33": [("jawa", 100)],
    "35": [("jawa", 75), ("madura", 25)],
    "36": [("sunda", 80), ("jawa", 20)],
    "51": [("jawa", 60), ("sasak", 40)],
    "52": [("sasak", 85), ("melayu_bugis", 15)],
    "53": [("ntt", 95), ("melayu_bugis", 5)],
    "61": [("melayu_bugis", 60), ("jawa", 40)],
    "64": [("melayu_bugis", 55), ("jawa", 45)],
    "65": [("melayu_bugis", 55), ("ntt", 25), ("jawa", 20)],
    "73": [("melayu_bugis", 100)],
    "91": [("ntt", 40), ("melayu_bugis", 30), ("jawa", 30)],
}

VILLAGES = [
    "Sukamaju", "Sumberrejo", "Karanganyar", "Mulyorejo", "Tegalsari", "Sidomulyo",
    "Wonorejo", "Kedungsari", "Banjarsari", "Margomulyo", "Sukorejo", "Tanjungsari",
    "Pringgabaya", "Masbagik", "Sakra", "Kotaraja", "Oebobo", "Naibonat", "Kefamenanu",
    "Balige", "Laguboti", "Cibeber", "Cikarang", "Sukaresmi", "Jatiwangi", "Kalisat",
    "Ambunten", "Prenduan", "Galis", "Bojong", "Ciherang", "Kayuagung", "Tambakrejo",
]
STREETS = [
    "Jl. Kenanga", "Jl. Melati", "Jl. Mawar", "Jl. Diponegoro", "Jl. Sudirman", "Jl. Merdeka",
    "Jl. Pahlawan", "Jl. Raya Desa", "Jl. Masjid", "Gg. Mushola", "Jl. Pemuda", "Jl. Flamboyan",
    "Jl. Cempaka", "Jl. Kartini", "Dusun Krajan", "Dusun Timur", "Dusun Barat",
]

# --- abroad ---------------------------------------------------------------------------------

CITIES = {
    "MY": ["Kuala Lumpur", "Johor Bahru", "Penang", "Kota Kinabalu", "Tawau", "Sandakan",
           "Kuching", "Ipoh", "Shah Alam", "Melaka", "Seremban", "Klang"],
    "SA": ["Riyadh", "Jeddah", "Makkah", "Madinah", "Dammam", "Taif", "Abha"],
    "TW": ["Taipei", "Taichung", "Kaohsiung", "Taoyuan", "Tainan", "Hsinchu"],
    "HK": ["Hong Kong", "Kowloon", "Tsuen Wan", "Sha Tin", "Tuen Mun"],
    "SG": ["Singapura"],
    "AE": ["Dubai", "Abu Dhabi", "Sharjah", "Al Ain"],
    "QA": ["Doha", "Al Wakrah"],
    "KW": ["Kuwait City", "Hawalli", "Jahra"],
    "OM": ["Muscat", "Salalah", "Sohar"],
    "BN": ["Bandar Seri Begawan", "Kuala Belait", "Tutong"],
    "KR": ["Seoul", "Busan", "Ansan", "Incheon", "Gimhae", "Tongyeong"],
    "JP": ["Tokyo", "Osaka", "Nagoya", "Ibaraki", "Aichi", "Shizuoka"],
    "JO": ["Amman", "Irbid"],
    "PL": ["Warsawa", "Wroclaw", "Poznan"],
    "LAIN": ["Cape Town", "Montevideo", "Port Louis", "Las Palmas"],
}

EMPLOYERS = {
    "MY": ["Tan Ah Kow", "Encik Rahman bin Ali", "Puan Siti Zubaidah", "Lim Chee Keong",
           "Ladang Sawit Sri Mewah Sdn Bhd", "Syarikat Pembinaan Jaya Sdn Bhd",
           "Wong Kah Seng", "Muthu a/l Ramasamy", "Kilang Elektronik Prima Sdn Bhd",
           "Dato' Hashim bin Yusof"],
    "SA": ["Abdullah Al-Harbi", "Mohammed Al-Qahtani", "Faisal Al-Otaibi", "Saad Al-Ghamdi",
           "Khalid Al-Shammari", "Nasser Al-Dosari", "Sultan Al-Mutairi"],
    "TW": ["Chen Wei-Ming", "Lin Chia-Hui", "Huang Chun-Hsien", "Chang Mei-Ling",
           "Formosa Fishing Co.", "Wang Shu-Fen", "Ta Chen Textile Co."],
    "HK": ["Wong Siu Ming", "Chan Tai Man", "Leung Ka Yan", "Cheung Wai Kit", "Lau Mei Yee",
           "Ho Chi Keung"],
    "SG": ["Lim Boon Keng", "Tan Siew Ling", "Goh Kok Wah", "Ng Hui Min", "Rajesh Kumar"],
    "AE": ["Ahmed Al-Mansoori", "Rashid Al-Nuaimi", "Fatima Al-Suwaidi", "Saeed Al-Falasi"],
    "QA": ["Hamad Al-Thani", "Jassim Al-Kuwari", "Ali Al-Marri"],
    "KW": ["Yousef Al-Sabah", "Bader Al-Ajmi", "Mubarak Al-Rashidi"],
    "OM": ["Said Al-Busaidi", "Salim Al-Harthy", "Hilal Al-Balushi"],
    "BN": ["Haji Awang Kamal", "Dayang Norhayati", "Pengiran Abdul Rahim"],
    "KR": ["Kim Min-jun", "Lee Seo-yeon", "Park Ji-hoon", "Daewon Fisheries Co.",
           "Hanil Metal Co., Ltd."],
    "JP": ["Tanaka Hiroshi", "Suzuki Yumiko", "Sato Kenji", "Kaigo Hana Co., Ltd."],
    "JO": ["Omar Haddad", "Rami Khalil"],
    "PL": ["Agro-Pol Sp. z o.o.", "Jan Kowalski"],
    "LAIN": ["Ocean Star Fishing Ltd.", "Blue Sea Marine Co."],
}

# Country -> plausible jobs; the planner also leans on the worker's sex.
COUNTRY_JOBS = {
    "MY": ["pekerja_rumah_tangga", "perkebunan", "konstruksi", "pabrik", "perhotelan"],
    "SA": ["pekerja_rumah_tangga", "sopir"], "AE": ["pekerja_rumah_tangga", "sopir", "perhotelan"],
    "QA": ["pekerja_rumah_tangga", "sopir", "konstruksi"], "KW": ["pekerja_rumah_tangga", "sopir"],
    "OM": ["pekerja_rumah_tangga", "sopir"], "JO": ["pekerja_rumah_tangga"],
    "TW": ["perawat_lansia", "pabrik", "abk", "pekerja_rumah_tangga"],
    "HK": ["pekerja_rumah_tangga", "perawat_lansia"], "SG": ["pekerja_rumah_tangga"],
    "BN": ["pekerja_rumah_tangga", "konstruksi", "perhotelan"],
    "KR": ["pabrik", "abk"], "JP": ["perawat_lansia", "pabrik"],
    "PL": ["pabrik", "perhotelan"], "LAIN": ["abk"],
}
MALE_JOBS = {"perkebunan", "konstruksi", "abk", "sopir"}

COUNTRY_PHONE = {
    # Country calling code and local mobile shape: (prefixes, digits after the prefix).
    "MY": ("60", ["11", "12", "13", "16", "17", "19"], 7),
    "SA": ("966", ["50", "53", "54", "55", "56"], 7),
    "TW": ("886", ["91", "92", "93", "95", "97"], 7),
    "HK": ("852", ["5", "6", "9"], 7),
    "SG": ("65", ["8", "9"], 7),
    "AE": ("971", ["50", "52", "55"], 7),
    "QA": ("974", ["3", "5", "7"], 7),
    "KW": ("965", ["5", "6", "9"], 7),
    "OM": ("968", ["9"], 7),
    "BN": ("673", ["7", "8"], 6),
    "KR": ("82", ["10"], 8),
    "JP": ("81", ["80", "90"], 8),
}

# Indonesian mobile prefixes after the leading 0 (Telkomsel, Indosat, XL, Tri, Smartfren, Axis).
MOBILE_PREFIXES = [
    "811", "812", "813", "821", "822", "823", "851", "852", "853", "814", "815", "816",
    "855", "856", "857", "858", "817", "818", "819", "859", "877", "878", "895", "896",
    "897", "898", "899", "881", "882", "883", "831", "832", "838",
]

PPTKIS_WORDS_1 = ["Sumber", "Bina", "Karya", "Mitra", "Cahaya", "Duta", "Putra", "Sinar",
                  "Graha", "Mandiri", "Bintang", "Anugerah", "Citra", "Lintas"]
PPTKIS_WORDS_2 = ["Rezeki", "Tenaga", "Insani", "Sejahtera", "Abadi", "Utama", "Jaya",
                  "Nusantara", "Persada", "Harapan", "Bersama", "Perkasa", "Samudra", "Makmur"]
PPTKIS_WORDS_3 = ["Abadi", "Mandiri", "Sentosa", "Internasional", "Indonesia", "Lestari",
                  "Global", "Prima", "Sakti", "Jaya"]

EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com"]

LAWYER_TITLES = ["S.H.", "S.H., M.H."]
NGO_NAMES = ["Migrant CARE", "SBMI", "LBH Surabaya", "Jaringan Buruh Migran", "LBH APIK",
             "Solidaritas Perempuan", "PADMA Indonesia", "Yayasan Panca Karsa"]

# --- the demo office's directory (desktop/demo/directory.py) ----------------------------------

# Local partners of the office's province: (stakeholder kind, name pattern). Names only: the
# demo never invents an address or a number for a real institution.
LOCAL_PARTNERS = [
    ("polisi", "Polda {province}"),
    ("rumah_sakit", "RSUD Kota {city}"),
    ("dinas_sosial", "Dinas Sosial Provinsi {province}"),
    ("pemda", "Disnakertrans Provinsi {province}"),
]
# Where placement agencies keep their head office when it is not in the office's province.
AGENCY_SEATS = ["Jakarta Timur", "Jakarta Selatan", "Kota Bekasi", "Kota Tangerang"]
