"""The thirty-first hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: independent cinema operators and projectionists
in Glasgow; zoo keepers and wildlife park managers in Singapore; hostel owners in Lisbon (in
English); community radio stations in Nairobi; gelato makers in Bologna (in English); bridal shop
owners in Manchester; trampoline park and soft play operators in Melbourne.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 67 of 174 pairs (38.5 %) and 5 decoys of 95 with the
lexicon and matcher as the round on the thirtieth set began; 67 and 5 as it ended. Then tuned
on: 149 (85.6 %) and no decoy as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # cinemas: projection and sound
    (
        "projector repair",
        "the digital projector throws a lamp error most nights, screen 2 went dark mid film",
        "service engineer for barco & christie cinema projectors, callouts glasgow & the west",
    ),
    (
        "projector repair",
        "our 35mm projector for the repertory nights is chewing up prints",
        "we still repair & align 35mm film projectors, parts from old stock, all of scotland",
    ),
    (
        "acoustic treatment",
        "you can hear the explosions from screen 1 in screen 2 during the quiet bits",
        "acoustic consultant, sound isolation between auditoria & studios, testing + a fix plan",
    ),
    (
        "cinema sound",
        "left surround speakers crackle and the dolby processor keeps resetting itself",
        "cinema audio installer, dolby/qsc processors & speakers, we tune rooms to spec",
    ),
    # zoo & wildlife parks: animal health
    (
        "exotic animal vet",
        "our binturong's been off his food 4 days, normal vet won't touch him",
        "zoo & exotic animal vet, mobile clinic across sg and johor, 24h line",
    ),
    (
        "exotic animal vet",
        "tortoise shell has soft patches, want a reptile specialist to look",
        "reptile & amphibian vet, shell repair & husbandry reviews for parks",
    ),
    (
        "animal nutrition",
        "every keeper makes the diets up differently, weights all over the place",
        "animal nutritionist, writes diet sheets for zoo species & trains your keepers",
    ),
    (
        "live food supply",
        "need a steady supply of crickets and mealworms, current guy keeps missing deliveries",
        "insect farm: crickets, mealworms, bsf larvae, weekly delivery across sg",
    ),
    (
        "browse supply",
        "giraffes & sloths need fresh browse daily and our trees can't keep up",
        "we grow & deliver cut browse (ficus, hibiscus, mulberry) to zoos every morning",
    ),
    (
        "animal enrichment",
        "orangutans are bored, they wreck the same old toys in a day",
        "make tough enrichment feeders & puzzle toys for primates and big cats",
    ),
    # hostels: rooms
    (
        "bunk beds",
        "need 30 sturdy bunks before summer, ours wobble and squeak",
        "make steel & timber bunk beds for hostels, with curtains, reading lights & usb",
    ),
    (
        "mattresses",
        "every mattress in dorm 4 sags in the middle",
        "mattress supplier for hostels & hotels, fire retardant, delivered in lisbon",
    ),
    (
        "lockers",
        "guests keep saying stuff goes missing from the dorms",
        "smart lockers with keypad or wristband, fitted in hostel dorms",
    ),
    (
        "linen laundry",
        "washing sheets every day is killing our two home machines",
        "linen hire & commercial laundry, pickup and drop-off in lisbon daily",
    ),
    (
        "pest control",
        "guest showed me bites all up her arm this morning, pretty sure it's bedbugs",
        "bed bug heat treatment, same day, discreet, for hostels & guesthouses",
    ),
    (
        "door locks",
        "keys keep getting lost, we cut new ones every week",
        "keycard & pin door lock systems, linked to your booking software",
    ),
    # community radio: on air
    (
        "transmitter repair",
        "our fm transmitter keeps dropping off air around 10pm",
        "rf engineer, fm transmitter repair & tuning, can travel anywhere in kenya",
    ),
    (
        "mast maintenance",
        "the antenna mast is rusting and sways when it's windy",
        "tower climbers: mast painting, guy wires, antenna replacement",
    ),
    (
        "lightning protection",
        "lightning hit the mast in the long rains and fried the exciter",
        "lightning protection & earthing for masts and studios",
    ),
    (
        "backup power",
        "every power cut takes us off air and the genny eats diesel",
        "solar + battery backup for studios & transmitter sites, nairobi",
    ),
    (
        "streaming",
        "diaspora listeners in the uk want to hear us online",
        "internet radio streaming setup, icecast server & a simple app",
    ),
    (
        "studio soundproofing",
        "you can hear matatus hooting on air during the breakfast show",
        "studio acoustic treatment & soundproofing, booths built in a week",
    ),
    (
        "audio equipment repair",
        "mixing desk faders crackle and mic 2 is dead",
        "repair consoles, mics & headphones, workshop in nairobi cbd",
    ),
    (
        "broadcast automation",
        "presenters keep missing the top of hour news and ads don't play",
        "radio automation software: schedules ads, news & playlists",
    ),
    # gelato makers: machines
    (
        "batch freezer repair",
        "the batch freezer makes icy gelato now and it's really noisy",
        "carpigiani & bravo technician, servicing & repair across emilia-romagna",
    ),
    (
        "refrigeration",
        "gelato display case fogs up and the edges of the tubs melt",
        "refrigeration engineer for gelato display cases & blast freezers",
    ),
    (
        "blast freezer",
        "need a blast freezer, trays go soft in the normal one",
        "supply new & refurbished blast chillers for gelaterias and pastry shops",
    ),
    (
        "water treatment",
        "limescale in everything, the machine tech says it's our water",
        "water softeners & filters for cafés and food machines",
    ),
    # bridal shops: dresses
    (
        "alterations",
        "brides keep needing hems & bustles and our seamstress just retierd",
        "bridal alterations: hems, bustles, bodice fitting, 2 week turnaround",
    ),
    (
        "dress cleaning",
        "brides ask what to do with the dress after the big day",
        "wedding dress cleaning & preservation boxes, we collect from your shop",
    ),
    (
        "garment steaming",
        "dresses arrive creased to death from the supplier",
        "garment steaming service, we steam & press your stock in store",
    ),
    (
        "veils",
        "need a supplier for handmade veils and headpieces",
        "make cathedral veils & headpieces, wholesale for bridal boutiques",
    ),
    (
        "bridesmaid dresses",
        "brides want bridesmaids in 40 colours and we only stock 6",
        "bridesmaid ranges wholesale, swatch boxes & drop ship to you",
    ),
    (
        "suit hire",
        "grooms keep asking where to hire suits, we'd like to offer it",
        "suit & tux hire partner, we supply stock & split the fees with boutiques",
    ),
    (
        "bridal shoes",
        "brides want comfy wedding shoes, need a supplier",
        "bridal shoe brand, wholesale to boutiques, dye-to-match options",
    ),
    (
        "bespoke dress",
        "bride wants a custom design none of our designers make",
        "bespoke bridal designer, one-off dresses from a sketch, made in manchester",
    ),
    # trampoline parks: equipment
    (
        "trampoline repair",
        "a spring ripped through the jump mat on court 3",
        "trampoline park maintenance: mats, springs & pads, after hours",
    ),
    (
        "foam pit",
        "the foam pit cubes are crumbling and a bit grotty",
        "supply fire-rated foam pit cubes & pit covers, melbourne",
    ),
    (
        "safety inspection",
        "insurer wants an annual safety audit of the courts",
        "certified playground & trampoline inspector, audits to australian standards",
    ),
    (
        "ninja course",
        "want to add a ninja course to get the teens back",
        "design & build ninja courses & climbing walls for leisure centres",
    ),
    (
        "soft play build",
        "want a toddler soft play zone where the old arcade was",
        "design, make & install soft play structures, custom themes",
    ),
    (
        "climbing wall",
        "the auto-belays on the climbing wall are due for service",
        "auto belay servicing & climbing wall inspections, vic",
    ),
    (
        "arcade machines",
        "the arcade games in the foyer keep eating coins",
        "arcade machine servicing & card systems, victoria wide",
    ),
    # cinemas: seating and building
    (
        "seat reupholstery",
        "half the red velvet seats are ripped and the foam's flat as a pancake",
        "reupholster auditorium & theatre seats on site, whole rows done in a week",
    ),
    (
        "cinema seating",
        "want to swap the back two rows for recliners, who even sells those",
        "supply and fit cinema seating incl. recliners & love seats, uk wide",
    ),
    (
        "emergency lighting",
        "fire officer flagged our aisle lights and exit signs as failing the test",
        "emergency lighting testing, repair & certs for venues, glasgow based",
    ),
    (
        "cleaning",
        "floors like flypaper after every kids matinee and the staff are done in",
        "contract cleaners for cinemas & theatres, crews come in after the last show",
    ),
    (
        "pest control",
        "mice in the sweetie kiosk again, droppings by the pick n mix",
        "pest control for food premises, discreet night visits, monthly contracts",
    ),
    (
        "air conditioning",
        "screen 3 gets roasting by the second half of a sold out film",
        "air con install & servicing for commercial buildings, glasgow & lanarkshire",
    ),
    # zoo & wildlife parks: water and enclosures
    (
        "acrylic repair",
        "the otter pool viewing panel is all scrached and cloudy",
        "acrylic panel polishing & replacement for aquaria and animal exhibits",
    ),
    (
        "water filtration",
        "pond goes green in a week and the penguin pool is murky",
        "life support systems for zoo ponds & pools: filtration, uv, ozone, servicing",
    ),
    (
        "enclosure fencing",
        "the wallaby fence has gaps at the bottom, one got out last week",
        "design & install animal enclosure fencing & mesh, zoos and farms",
    ),
    (
        "aviary construction",
        "building a new aviary, want someone who's done walk-through ones before",
        "we build walk-in aviaries & netted enclosures, stainless mesh, sg & region",
    ),
    (
        "pest control",
        "rats getting into the feed store every night",
        "pest management for food & animal sites, animal-safe baiting & proofing",
    ),
    (
        "mosquito control",
        "mozzies on the night trail, visitors complaining non stop",
        "mosquito fogging & larviciding for parks & resorts, NEA licensed",
    ),
    # hostels: bookings and money
    (
        "channel manager",
        "double bookings again between booking.com and hostelworld",
        "channel manager setup: syncs all your ota calendars & rates in one place",
    ),
    (
        "booking software",
        "still using a paper diary + excel for reservations lol",
        "property management system for hostels: beds, check-in, invoices",
    ),
    (
        "revenue management",
        "no idea what to charge in june vs novmber, just guesing",
        "dynamic pricing for hostels, we adjust your bed prices daily from demand",
    ),
    (
        "bookkeeping",
        "iva returns in portuguese make my head spin",
        "contabilista certificado, english speaking, small hospitality businesses",
    ),
    (
        "local licensing",
        "câmara says we need an AL registration before we reopen",
        "consultant for alojamento local licences, inspections & fire plans",
    ),
    (
        "online reviews",
        "3 bad reviews about the showers and now bookings have dropped",
        "reputation management: we reply to your reviews & fix your ota listings",
    ),
    # community radio: content
    (
        "jingles",
        "our station idents sound so 2005",
        "produce radio jingles & idents, swahili, sheng & english voiceovers",
    ),
    (
        "music licensing",
        "got a letter about royalties for the music we play",
        "help stations with mcsk, kamp & prisk licences and playlist reporting",
    ),
    (
        "presenter training",
        "new volunteer presenters freeze the moment the mic's on",
        "presenter training: voice, interviewing & phone-ins, weekend workshops",
    ),
    (
        "news content",
        "can't afford a newsroom, need national news bulletins",
        "syndicated hourly news bulletins for community stations, swahili & english",
    ),
    (
        "transcription",
        "need interviews transcribed for the archive, mostly kikuyu & swahili",
        "transcription in swahili, kikuyu, luo & english, timestamps incl",
    ),
    (
        "archive digitisation",
        "boxes of old interview cassettes rotting in the store room",
        "we digitise tapes & reels: cleaning, transfer & cataloguing for archives",
    ),
    # gelato makers: ingredients
    (
        "pistachio supplier",
        "looking for real bronte pistachio paste, not the bright green stuff",
        "we import sicilian pistachio paste direct from bronte growers",
    ),
    (
        "dairy supply",
        "want fresh high-fat milk & cream from a local farm",
        "dairy co-op delivering fresh milk & cream to artisans in bologna",
    ),
    (
        "chocolate supplier",
        "need a dark chocolate that stays smooth in sorbetto",
        "couverture wholesale, single origin, for gelato & pastry makers",
    ),
    (
        "fruit supply",
        "want ripe local fruit in bulk for sorbets, supermarket stuff tastes of nothing",
        "grower co-op: ripe fruit & seconds in bulk for food makers",
    ),
    (
        "vegan base",
        "customers want vegan gelato but oat milk curdles in my base",
        "plant-based gelato bases & stabilisers, recipe support incl",
    ),
    (
        "cones",
        "want cones with our logo pressed in",
        "wafer cone bakery, custom branded cones & cialde, small runs ok",
    ),
    (
        "packaging",
        "tourists keep asking for plastic-free cups",
        "compostable cups, spoons & tubs for gelaterias, printing ok",
    ),
    # bridal shops: the shop
    (
        "appointment booking",
        "saturday no-shows are killing us",
        "online appointments with deposits & sms reminders for boutiques",
    ),
    (
        "retail lighting",
        "the fitting room lighting makes everyone look grey",
        "retail lighting design, warm flattering lights for changing rooms",
    ),
    (
        "garment rails",
        "run out of rail space, dresses crushed together",
        "heavy duty garment rails & storage systems, installed in a day",
    ),
    (
        "mirrors",
        "want a big 3-way mirror for the reveal moment",
        "bespoke mirrors, 3-panel & full length, fitted across manchester",
    ),
    (
        "insurance",
        "200 sample dresses and not sure we're covered if the shop floods",
        "insurance broker for retail stock & shops, bridal boutiques incl",
    ),
    (
        "security",
        "a dress got stolen from the window display",
        "shop security: cctv, alarms & tags for high value stock",
    ),
    (
        "shop fitting",
        "moving unit, want it to look like a proper boutique this time",
        "boutique shop fitters, interiors & fitting rooms, north west",
    ),
    # trampoline parks: parties and bookings
    (
        "party booking system",
        "birthday party bookings by phone are chaos",
        "party booking system w/ online deposits, add-ons & waivers",
    ),
    (
        "digital waivers",
        "parents signing paper waviers at the door, queue out to the car park",
        "digital waiver kiosks & online waivers linked to tickets",
    ),
    (
        "party catering",
        "party food is frozen nuggets and parents complain",
        "kids party catering, fresh platters delivered, halal options",
    ),
    (
        "grip socks",
        "need grip socks with our logo, going through 1000 a month",
        "custom branded grip socks, min 500 pairs, 3 weeks",
    ),
    (
        "glow parties",
        "want friday glow nights for the teens",
        "uv lighting, lasers & dj hire for glow events",
    ),
    # cinemas: programming and box office
    (
        "film licensing",
        "how do i get the rights to show a classic film for a one-off night",
        "film booker for indie cinemas, we handle licences & terms with the distributors",
    ),
    (
        "ticketing software",
        "still selling paper tickets at the door, ppl keep asking to book online",
        "box office software for small cinemas: online booking, seat maps, card at the till",
    ),
    (
        "accessible screenings",
        "want to do captioned screenings for deaf customers but no idea where the files come from",
        "we make closed captions & audio description tracks for dcps, with qc",
    ),
    (
        "dcp mastering",
        "local filmmaker wants her premiere with us but only has an mp4",
        "dcp mastering from your mp4/prores, encrypted or open, next day turnaround",
    ),
    (
        "poster printing",
        "need quad posters and a big vinyl banner for our horror festival",
        "large format print: quads, one-sheets, banners, overnight in glasgow",
    ),
    (
        "marketing",
        "weeknight screenings half empty and our newsletter has like 200 ppl on it",
        "marketing for independent venues, email + local social ads, we fill the midweek slots",
    ),
    # zoo & wildlife parks: moving animals
    (
        "animal transport",
        "sending 2 tapirs to a park in malaysia, need crates and someone who's done it",
        "live animal transport by road & air, iata crates, vet travels with them",
    ),
    (
        "wildlife permits",
        "import paperwork for a pair of red pandas, cites + avs, help",
        "cites & avs permit consultant for zoos, we handle all import/export papers",
    ),
    (
        "exhibit design",
        "masterplan for a new asian rainforest zone, want ppl who've designed zoo exhibits",
        "zoo & aquarium exhibit designers, masterplans through to detailed drawings",
    ),
    # hostels: building
    (
        "plumbing",
        "the hot water runs out after the first 6 showers of the morning",
        "canalizador: boilers, water heaters & showers, fast callouts in lisbon",
    ),
    (
        "wifi",
        "wifi dies when 80 ppl are all streaming at night",
        "network installs for hostels: mesh wifi, guest portals, bandwidth limits",
    ),
    (
        "air conditioning",
        "the top floor dorms are an oven in august",
        "ar condicionado install & servicing, split units for hostels & flats",
    ),
    (
        "fire safety",
        "inspection next month, need extinguishers & an evacuation plan",
        "fire safety: extinguishers, signage, alarm checks & evacuation plans",
    ),
    (
        "renovation",
        "want to turn the old shop downstairs into a bar & common room",
        "builder for hospitality refits, permits & works in lisbon centre",
    ),
    # community radio: money and rules
    (
        "ad sales",
        "loads of listeners, zero advertisers",
        "airtime sales agents, we bring advertisers to community & regional stations",
    ),
    (
        "broadcast licence",
        "communications authority licence renewal, the forms are a maze",
        "regulatory consultant for broadcast licences & compliance with the CA",
    ),
    (
        "grant funding",
        "need funding to keep going once the ngo money ends in june",
        "grant writer for media & community ngos, proposals & donor reports",
    ),
    (
        "audience research",
        "advertisers want listener numbers and we don't have any",
        "audience surveys for radio, listenership data advertisers trust",
    ),
    (
        "bookkeeping",
        "our books are a mess of mpesa statements",
        "bookkeeper for ngos & small firms, reconciles mpesa & bank, kra returns",
    ),
    (
        "media law",
        "a caller said something defamatory on air n now we're being threatened",
        "media lawyer, defamation & broadcast complaints, nairobi",
    ),
    # gelato makers: skills and rules
    (
        "recipe development",
        "my sorbets come out rock hard from the case",
        "gelato consultant: balancing sugars & solids, fixes hard or icy recipes",
    ),
    (
        "gelato training",
        "new staff need to learn to make gelato properly, from scratch",
        "gelato courses for professionals, 5 days hands-on in bologna",
    ),
    (
        "food safety",
        "asl inspector is coming and our haccp plan is from 2012",
        "food safety consultant, writes haccp plans for gelaterias & bars",
    ),
    (
        "food labelling",
        "supermarket wants our tubs, need allergen & nutrition labels",
        "eu food labelling compliance: nutrition tables, allergens, ingredients",
    ),
    # bridal shops: money
    (
        "payment plans",
        "brides want to pay for the dress in instalments",
        "buy now pay later & instalment plans for retailers, live in a week",
    ),
    (
        "bookkeeping",
        "deposits, refunds & balances, my spreadsheet is a mess",
        "bookkeeper for boutiques, handles deposits & layaway properly",
    ),
    (
        "legal advice",
        "a bride wants a full refund 2 weeks before her wedding",
        "small business solicitor: terms & conditions and customer disputes",
    ),
    # trampoline parks: people
    (
        "first aid training",
        "half the floor staff need their first aid certs renewed",
        "first aid courses onsite, hltaid011, groups up to 12",
    ),
    (
        "casual staff",
        "need 20 casuals for the school holidays",
        "casual staffing for leisure venues, vetted & wwcc checked",
    ),
    (
        "staff rostering",
        "rostering 40 casuals on a whiteboard",
        "rostering & timesheet app for hospitality & leisure",
    ),
    # cinemas: food and bar
    (
        "popcorn machine",
        "popcorn machine packed in during the saturday matinee, need a new one asap",
        "supply & install commercial popcorn and nacho machines, with servicing plans",
    ),
    (
        "ice cream supply",
        "fed up selling big brand tubs, want a local ice cream for the screens",
        "scottish dairy ice cream in 125ml cinema tubs, wholesale delivery weekly",
    ),
    (
        "alcohol licence",
        "want to sell beer & wine in the foyer but no clue about the licence",
        "licensing consultant, premises licence applications to the glasgow licensing board",
    ),
    (
        "coffee machine repair",
        "bean to cup machine in the foyer leaks all over the counter",
        "espresso & bean-to-cup machine repairs, glasgow and edinburgh, same week",
    ),
    # zoo & wildlife parks: visitors
    (
        "interpretive signage",
        "the signs on the new trail are just a species name and a latin word",
        "we write, design & fabricate interpretive panels for parks, zoos & reserves",
    ),
    (
        "school programmes",
        "schools keep asking for keeper talks and we've nobody spare",
        "freelance wildlife educator, runs school & holiday programmes, MOE friendly",
    ),
    (
        "ticketing software",
        "queues at the gate at 9am are insane during school hols",
        "online ticketing + timed entry & turnstile scanners for attractions",
    ),
    (
        "electric vehicle repair",
        "two of the visitor trams are stuck in the depot with battery faults",
        "electric buggy & tram servicing, batteries and motors, singapore wide",
    ),
    (
        "pressure washing",
        "algae all over the boardwalk, a kid slipped yesterday",
        "pressure washing & anti-slip treatment for decks, boardwalks and paths",
    ),
    (
        "volunteer management",
        "60 volunteers and we track their shifts on whatsapp",
        "volunteer rostering app: shifts, hours & reminders for nonprofits",
    ),
    (
        "photography",
        "need proper photos of the new white tiger cubs for the press",
        "wildlife & zoo photographer, press kits and social, fast edits",
    ),
    # hostels: guests and staff
    (
        "night reception",
        "can't find anyone for the night desk, 11pm to 7am",
        "hospitality staffing agency, night receptionists & cover shifts",
    ),
    (
        "walking tours",
        "guests keep asking for a walking tour and we don't have one",
        "free-tip walking tours of alfama & bairro alto, we pick up from hostels",
    ),
    (
        "pub crawl",
        "want a nightly social for guests but don't want to run it ourselves",
        "pub crawl company, we collect from your hostel and pay you commission",
    ),
    (
        "breakfast supply",
        "need fresh bread & pastéis delivered by 7am every day",
        "padaria wholesale, deliveries across baixa, alfama & graça before 8",
    ),
    (
        "photography",
        "our hostelworld photos make the dorms look like a prison",
        "interior photographer for hostels & guesthouses, wide and bright shots",
    ),
    (
        "airport transfers",
        "guests landing at 2am keep getting ripped off by taxis",
        "airport shuttle, fixed price to any hostel in lisbon, 24/7",
    ),
    (
        "luggage storage",
        "ppl check out at 11 and want to leave bags till their flight",
        "luggage storage & delivery, we collect bags and drop them at the airport",
    ),
    (
        "cleaning",
        "housekeeper quit, 40 beds to turn over by 3pm",
        "hostel cleaning crews, daily turnovers, lisbon & cascais",
    ),
    # community radio: reach
    (
        "sms shortcode",
        "want listeners to text in to a shortcode during shows",
        "premium & free shortcodes for radio call-ins and polls",
    ),
    (
        "website",
        "our website is a 2012 wordpress and it got hacked",
        "websites for media houses: wordpress rebuilds, security & hosting",
    ),
    (
        "outside broadcast",
        "want to go live from the county show next month",
        "outside broadcast kit hire with an engineer, live links from events",
    ),
    (
        "visual radio",
        "want to film the studio shows for youtube & tiktok",
        "multi-camera visual radio setups, cams & switching for live studio video",
    ),
    (
        "security",
        "someone broke into the transmitter hut and took the cables",
        "security guards & alarms for remote sites, response teams",
    ),
    # gelato makers: selling
    (
        "gelato cart",
        "want a cart for weddings & markets that keeps gelato cold",
        "build gelato carts & tricycles with cold plates, battery or plug-in",
    ),
    (
        "shop fitting",
        "opening a 2nd shop, need the counter & interior done",
        "shop fitter for gelaterias, pastry & cafés, design to install",
    ),
    (
        "frozen freight",
        "a client in munich wants our gelato, how do i even ship it frozen",
        "frozen groupage at -25°c across europe, pallets or boxes",
    ),
    (
        "export",
        "want to sell our tubs in the uk after brexit, paperwork??",
        "export agent for italian food to uk & us: customs, health certs",
    ),
    (
        "pos system",
        "the till can't do half & half flavours or loyalty cards",
        "pos for gelaterias & cafés: flavour combos, loyalty, fast checkout",
    ),
    (
        "online ordering",
        "want to deliver tubs in the evening but the apps take 30%",
        "own-brand ordering & delivery site for food shops, no commission",
    ),
    (
        "marketing",
        "locals only come in summer, dead from november",
        "marketing for food shops, seasonal campaigns to keep winter busy",
    ),
    (
        "business loans",
        "need a loan for the 2nd shop, bank said no",
        "broker for small business loans & equipment leasing, italy",
    ),
    (
        "commercial property",
        "looking for a corner unit near piazza maggiore",
        "commercial estate agent, shops to rent in bologna centro",
    ),
    # bridal shops: getting brides in
    (
        "social media ads",
        "our insta just gets likes from other bridal shops",
        "paid social for bridal boutiques, we get booked appointments not likes",
    ),
    (
        "photography",
        "need proper photos of the new collection on models",
        "fashion & bridal photographer, studio or on location, manchester",
    ),
    (
        "website",
        "our website doesn't show the dresses properly on phones",
        "shopify & squarespace sites for boutiques, product pages that work on mobile",
    ),
    (
        "wedding fairs",
        "want a stand at a decent wedding fair this autumn",
        "we run wedding fairs in manchester & cheshire, stands from £150",
    ),
    (
        "courier",
        "need to get a dress to a bride in dublin safely, hanging",
        "hanging garment courier, uk & ireland, fully insured",
    ),
    (
        "stock clearance",
        "50 old sample dresses taking up space",
        "we run sample sale events for boutiques and sell your old stock",
    ),
    (
        "sales training",
        "new stylist doesn't know how to handle a bride in tears",
        "sales training for bridal consultants, half day workshops",
    ),
    # trampoline parks: building
    (
        "cleaning",
        "the ball pit smells and the soft play's sticky",
        "soft play deep cleaning & ball washing, overnight, melbourne",
    ),
    (
        "cooling",
        "it's 35 degrees inside the warehouse in january",
        "evaporative cooling for warehouses & big sheds, melbourne",
    ),
    (
        "insurance",
        "public liability premium doubled this year",
        "insurance broker for trampoline parks & leisure, public liability",
    ),
    (
        "coffee machine repair",
        "coffee machine in the parents' cafe leaks",
        "espresso machine repairs melbourne, loan machine while we fix yours",
    ),
    (
        "cctv",
        "parents got into a fight in the car park, need cameras",
        "cctv for leisure venues, car parks & play areas",
    ),
    (
        "noise",
        "neighbours complaining about the music & screaming",
        "acoustic consultant, noise assessments & fixes for venues",
    ),
    (
        "safety signage",
        "the safety rules signs are faded and nobody reads them",
        "safety & wayfinding signs, vinyl & printed, quick install",
    ),
    # cinemas: money and staff
    (
        "bookkeeping",
        "vat on tickets vs sweets confuses me and the quarter ends soon",
        "bookkeeper for arts venues, handles the split vat rates on tickets & concessions",
    ),
    (
        "grant funding",
        "need money to put in a hearing loop and a proper ramp",
        "grant writer for arts & community venues, screen scotland & lottery bids",
    ),
    (
        "first aid training",
        "new ushers don't know what to do when someone takes ill mid film",
        "first aid at work courses on your premises, 1-day and 3-day, scotland wide",
    ),
    (
        "private hire",
        "want more companies booking a whole screen for their xmas do",
        "we place corporate parties & team nights in unusual venues, we bring the bookings",
    ),
    (
        "cctv",
        "someone's been nicking from the till and we've got no cameras",
        "cctv installs for shops & venues, cloud recording, watch it on your phone",
    ),
    # zoo & wildlife parks: grounds and money
    (
        "landscaping",
        "the rainforest walk planting is dying back in patches",
        "landscape contractor for tropical parks, replanting & maintenance",
    ),
    (
        "tree surgery",
        "big rain tree over the picnic area dropped a branch, want it checked",
        "certified arborist, tree risk assessments & pruning, singapore",
    ),
    (
        "fundraising",
        "want corporates to adopt animals, no idea how to pitch it",
        "corporate partnerships consultant for charities & zoos, adoption schemes",
    ),
    # trampoline parks: money
    (
        "marketing",
        "weekday mornings are dead",
        "marketing for family venues, playgroup & mums group partnerships",
    ),
    (
        "bookkeeping",
        "gst and casual payroll doing my head in",
        "bookkeeper for leisure businesses, payroll & bas lodgement",
    ),
    (
        "school excursions",
        "want schools bringing classes in on weekday mornings",
        "excursion booking agent, we bring school groups to activity venues",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "the digital projector throws a lamp error most nights",
        "projection mapping courses, learn to light up buildings",
        "teaches projection art, doesn't repair projectors",
    ),
    (
        "half the red velvet seats in screen 1 are ripped",
        "seat reservation plugin for your website",
        "booking seats online, not repairing them",
    ),
    (
        "need quad posters printed for our horror festival",
        "vintage film poster dealer, rare originals",
        "sells old posters, doesn't print new ones",
    ),
    (
        "how do i get the rights to show a classic film",
        "window film & tinting for shopfronts",
        "a different kind of film",
    ),
    (
        "you can hear screen 1 in screen 2 during the quiet bits",
        "screen printing on t-shirts & tote bags",
        "printing, not sound isolation",
    ),
    (
        "mice in the sweetie kiosk again",
        "wholesale computer mice & keyboards",
        "the wrong kind of mice",
    ),
    (
        "popcorn machine packed in, need a new one",
        "gourmet popcorn flavours, wholesale bags",
        "sells popcorn, not the machine",
    ),
    (
        "want captioned screenings for deaf customers",
        "bsl classes for beginners, tuesday evenings",
        "teaches sign language, doesn't make caption files",
    ),
    (
        "screen 3 gets roasting during sold out films",
        "outdoor cinema screen hire for summer",
        "an outdoor screen, nothing to do with cooling",
    ),
    (
        "someone's been nicking from the till",
        "till roll & receipt paper supplier",
        "sells till rolls, no cameras",
    ),
    (
        "want to sell beer in the foyer but no licence",
        "craft beer wholesale, kegs & cans",
        "sells beer, can't get them the licence",
    ),
    (
        "our binturong's off his food, need a vet",
        "we vet contractors & check references for employers",
        "vetting people, not an animal vet",
    ),
    (
        "need a steady supply of crickets",
        "cricket coaching for kids, saturday mornings",
        "the sport, not insects",
    ),
    (
        "the otter pool acrylic panel is scratched and cloudy",
        "acrylic painting classes for adults",
        "painting, not panel repair",
    ),
    (
        "pond goes green in a week",
        "green building consultancy, energy audits",
        "green as in eco, not algae",
    ),
    (
        "moving 2 tapirs to malaysia",
        "office & home removals across sg",
        "moves furniture, not live animals",
    ),
    (
        "orangutans are bored, need enrichment",
        "team building days for bored office staff",
        "enrichment for people, not primates",
    ),
    (
        "wallaby fence has gaps at the bottom",
        "fencing lessons, foil & sabre, all ages",
        "the sport, not enclosures",
    ),
    (
        "rats getting into the feed store",
        "pet shop, fancy rats & hamsters for sale",
        "sells rats, doesn't get rid of them",
    ),
    (
        "the signs on the new trail say almost nothing",
        "sign language interpreters for events",
        "sign language, not interpretive panels",
    ),
    (
        "visitor trams stuck in the depot with battery faults",
        "battery recycling drop-off point",
        "recycles batteries, doesn't service trams",
    ),
    (
        "big rain tree dropped a branch over the picnic area",
        "family tree research & genealogy",
        "the wrong kind of tree",
    ),
    (
        "need photos of the new tiger cubs for the press",
        "photo booth hire for parties & weddings",
        "a booth, not a wildlife photographer",
    ),
    (
        "need 30 sturdy bunk beds before summer",
        "bunkering: marine fuel supply at the port of lisbon",
        "ship fuel, not beds",
    ),
    (
        "washing sheets every day is killing our machines",
        "spreadsheet & excel training for small teams",
        "spreadsheets, not bed sheets",
    ),
    (
        "double bookings between booking.com and hostelworld",
        "self-publishing: we print & bind your book",
        "printing books, not syncing bookings",
    ),
    (
        "guests keep saying stuff goes missing from the dorms",
        "travel insurance comparison for backpackers",
        "insures travellers, doesn't secure the dorms",
    ),
    (
        "guest has bites, pretty sure it's bedbugs",
        "software bug fixing & app maintenance",
        "software bugs",
    ),
    (
        "wifi dies when 80 ppl stream at night",
        "app that maps free wifi hotspots for travellers",
        "lists hotspots, doesn't fix a network",
    ),
    (
        "the hot water runs out after 6 showers",
        "hot tub & jacuzzi hire for parties",
        "a hot tub, not water heating",
    ),
    (
        "can't find anyone for the night desk",
        "nightclub promoter, guest lists & vip tables",
        "nightlife, not staff",
    ),
    (
        "guests keep asking for a walking tour",
        "walking boots & hiking gear shop",
        "sells boots, not tours",
    ),
    (
        "need fresh bread delivered by 7am",
        "pastry baking classes for tourists",
        "teaches baking, doesn't deliver",
    ),
    (
        "guests landing at 2am get ripped off by taxis",
        "airport parking, long stay & short stay",
        "parks cars, not transfers",
    ),
    (
        "iva returns in portuguese make my head spin",
        "portuguese lessons for expats",
        "learning the language, not filing returns",
    ),
    (
        "the top floor dorms are an oven in august",
        "wood-fired pizza oven builder",
        "the wrong oven",
    ),
    (
        "our photos make the dorms look like a prison",
        "photo printing & canvas prints",
        "prints photos, doesn't take them",
    ),
    (
        "our fm transmitter keeps dropping off air",
        "car transmission & gearbox repair",
        "gearboxes, not radio transmitters",
    ),
    (
        "antenna mast is rusting and sways in wind",
        "yacht mast & rigging repair",
        "boat masts, not radio towers",
    ),
    (
        "lightning hit the mast and fried the exciter",
        "lighting design for events & weddings",
        "lighting, not lightning",
    ),
    (
        "power cuts take us off air",
        "power yoga classes, westlands",
        "yoga",
    ),
    (
        "you can hear matatus hooting on air",
        "matatu branding & graffiti art",
        "decorates matatus, no soundproofing",
    ),
    (
        "mixing desk faders crackle",
        "office desks & chairs supplier",
        "furniture desks",
    ),
    (
        "our station idents sound so dated",
        "help with national id & passport applications",
        "the wrong kind of id",
    ),
    (
        "got a letter about music royalties",
        "guitar & keyboard lessons for beginners",
        "teaches music, no licensing help",
    ),
    (
        "new presenters freeze on mic",
        "fridge & freezer repair",
        "the wrong kind of freeze",
    ),
    (
        "can't afford a newsroom, need bulletins",
        "newspaper delivery to offices",
        "delivers papers, no radio news",
    ),
    (
        "old interview cassettes rotting in the store",
        "vinyl & cassette record shop",
        "sells music, doesn't digitise archives",
    ),
    (
        "loads of listeners, zero advertisers",
        "billboard space along thika road for advertisers",
        "sells ad space to advertisers, doesn't bring them to the station",
    ),
    (
        "diaspora listeners want to hear us online",
        "diaspora money transfer service",
        "sends money, not streams",
    ),
    (
        "a caller said something defamatory and we're being threatened",
        "call centre outsourcing",
        "handles calls, not legal threats",
    ),
    (
        "batch freezer makes icy gelato",
        "ice delivery for parties, bagged cubes",
        "sells ice, doesn't fix the freezer",
    ),
    (
        "gelato display case fogs up",
        "phone case printing",
        "phone cases",
    ),
    (
        "looking for real bronte pistachio paste",
        "pistachio green paint & wallpaper",
        "a colour, not an ingredient",
    ),
    (
        "want fresh high-fat milk from a local farm",
        "milkshake machines for sale",
        "a machine, not milk",
    ),
    (
        "want cones with our logo",
        "traffic cones & road barrier hire",
        "traffic cones",
    ),
    (
        "tourists ask for plastic-free cups",
        "coffee cupping & tasting classes",
        "cupping, not cups",
    ),
    (
        "my sorbets come out rock hard",
        "hard floor cleaning & polishing",
        "floors",
    ),
    (
        "new staff need to learn gelato from scratch",
        "gelato tasting tours of bologna for tourists",
        "tours for tourists, not professional training",
    ),
    (
        "the asl inspector is coming, haccp is ancient",
        "home inspection & building surveys",
        "buildings, not food safety",
    ),
    (
        "client in munich wants our gelato, need to ship frozen",
        "ship chandler at the port of ravenna",
        "supplies ships, doesn't move frozen goods",
    ),
    (
        "want a cart for weddings that keeps gelato cold",
        "shopping cart plugin for online shops",
        "e-commerce, not a gelato cart",
    ),
    (
        "oat milk curdles in my vegan base",
        "vegan cooking classes at your home",
        "cooking classes, not a gelato base",
    ),
    (
        "limescale in everything, machine tech says it's the water",
        "limescale removal in bathrooms, domestic cleaning",
        "cleans bathrooms, doesn't treat machine water",
    ),
    (
        "need allergen labels for our tubs",
        "independent record label, vinyl releases",
        "a music label",
    ),
    (
        "brides keep needing hems taken up",
        "hemp clothing brand, organic tees",
        "hemp, not hems",
    ),
    (
        "what to do with the dress after the big day",
        "food preservation jars & canning kits",
        "preserving food, not dresses",
    ),
    (
        "dresses arrive creased from the supplier",
        "steam cleaning for carpets & sofas",
        "carpets, not dresses",
    ),
    (
        "need a supplier of handmade veils",
        "net curtains & voiles made to measure",
        "curtains, not bridal veils",
    ),
    (
        "grooms ask where to hire suits",
        "no-win no-fee claims solicitor",
        "lawsuits, not suits",
    ),
    (
        "brides want comfy bridal shoes",
        "mobile farrier, horse shoeing",
        "shoes for horses",
    ),
    (
        "the fitting room lighting makes everyone look grey",
        "pipe fitting & bathroom plumbing",
        "the wrong fitting",
    ),
    (
        "run out of rail space for dresses",
        "rail freight & container logistics",
        "railways",
    ),
    (
        "want a big 3-way mirror",
        "car wing mirror replacement, mobile",
        "car mirrors",
    ),
    (
        "a dress got stolen from the window",
        "gps trackers for stolen cars",
        "tracks vehicles, not shop security",
    ),
    (
        "brides want to pay in instalments",
        "flat pack furniture installing service",
        "installing, not instalments",
    ),
    (
        "need to get a dress to a bride in dublin",
        "dublin city tours & pub crawls",
        "tours, not courier",
    ),
    (
        "50 old sample dresses taking up space",
        "fabric swatch sample packs from mills",
        "sells swatches, doesn't clear old stock",
    ),
    (
        "new stylist doesn't know how to handle brides",
        "hair stylist training academy",
        "hair, not bridal sales",
    ),
    (
        "a spring ripped through the jump mat",
        "spring water delivery for offices",
        "water",
    ),
    (
        "the foam pit cubes are crumbling",
        "memory foam mattresses",
        "mattresses",
    ),
    (
        "need grip socks with our logo",
        "grip strength training for climbers",
        "training, not socks",
    ),
    (
        "the ball pit smells",
        "ball bearings & industrial parts",
        "bearings",
    ),
    (
        "want friday glow nights for teens",
        "skin glow facials & peels",
        "facials",
    ),
    (
        "it's 35 degrees inside the warehouse",
        "heated pool installs",
        "heating, the opposite",
    ),
    (
        "half the staff need first aid certs renewed",
        "first aid kit refills, delivered",
        "sells kits, doesn't certify staff",
    ),
    (
        "party food is frozen nuggets and parents complain",
        "frozen food wholesale, nuggets & chips",
        "sells what they're complaining about",
    ),
    (
        "need 20 casuals for school holidays",
        "casual wear clothing store",
        "clothes, not staff",
    ),
    (
        "neighbours complaining about the music",
        "dj hire for parties",
        "more music, not less noise",
    ),
    (
        "safety rules signs are faded",
        "neon sign art for bedrooms & bars",
        "decorative neon, not safety signs",
    ),
    (
        "arcade games keep eating coins",
        "coin collector & dealer, rare coins bought",
        "collects coins, doesn't fix machines",
    ),
    (
        "insurer wants a safety audit",
        "tax audit defence accountant",
        "the wrong audit",
    ),
    (
        "want to add a ninja course for teens",
        "ninjutsu & karate classes for kids",
        "martial arts classes, not a course build",
    ),
    (
        "auto-belays due for a service",
        "auto servicing & car repairs",
        "cars, not climbing gear",
    ),
    (
        "rostering 40 casuals on a whiteboard",
        "whiteboards & office stationery",
        "sells whiteboards, not rostering",
    ),
]
