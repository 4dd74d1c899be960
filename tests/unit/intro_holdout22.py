"""The twenty-second hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: a rural tourism and farm-stay hosts' evening in
Queenstown; a printing, packaging and signage trade night in Leicester; an indie app developers'
and game modders' meetup in Helsinki (in English); an elder-care, physiotherapy and
home-adaptation providers' forum in Perth (Australia); a food truck, street food and market
traders' gathering in Austin; a jewellery makers', watch repairers' and antique dealers' fair in
Antwerp (in English); and a churches', charities' and community centres' volunteers' evening in
Belfast.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 93 of 195 pairs (47.7 %) and 13 decoys of 90 with the
lexicon and matcher as the round on the twenty-first set began; 94 and 13 as it ended. Then tuned
on: 171 (87.7 %) and 5 decoys as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # queenstown: bookings
    (
        "booking system",
        "still taking farm stay bookings by email and double booked the cottage twice this summer",
        "channel manager setup for small accommodation, syncs airbnb/booking.com, nz support",
    ),
    # leicester: signage
    (
        "signage consent",
        "council says our new sign needs consent?? we already had it made",
        "planning consultant, advertisement consent applications for shops & units, leicester",
    ),
    # helsinki: localisation
    (
        "game localisation",
        "our puzzle game is finnish & english only, steam ppl keep asking for japanese",
        "game localisation studio, JP/KR/zh-CN, we work straight in your string tables",
    ),
    # perth: stairs
    (
        "stair lifts",
        "mum can't manage the stairs anymore but wont move out of the house",
        "stair lift installs perth metro, straight & curved rails, free home quote",
    ),
    # austin: kitchens
    (
        "commercial kitchen",
        "city says i need a commissary before they'll permit the truck",
        "commissary kitchen in east austin, truck parking, grey water dump, monthly plans",
    ),
    # antwerp: watches
    (
        "watch servicing",
        "grandpa's omega stopped and the crown feels gritty",
        "watchmaker, mechanical watch servicing, vintage omega & longines, antwerp centre",
    ),
    # belfast: funding
    (
        "grant writing",
        "we have the youth club idea but no clue how to write a lottery application",
        "bid writer for community groups, national lottery & council grants, 80% success rate",
    ),
    # queenstown: bookings
    (
        "booking system",
        "need online bookings for our shearing shed tours, ppl keep ringing at 6am",
        "i set up online booking + payments for tour operators, rezdy & fareharbor, queenstown",
    ),
    # leicester: signage
    (
        "signage consent",
        "want an illuminated sign over the shop front, do i need permission",
        "sign contractor, we design, make & fit, and handle the advert consent w/ the council",
    ),
    # helsinki: localisation
    (
        "game localisation",
        "need german + french translations for about 4k strings of dialog",
        "freelance games translator EN>DE/FR, 8 yrs, did several indie RPGs",
    ),
    # perth: stairs
    (
        "stair lifts",
        "quote for a stairlift? two storey in joondalup",
        "we supply and fit stairlifts, refurbished units from $3.5k, 10 yrs in WA",
    ),
    # austin: kitchens
    (
        "commercial kitchen",
        "outgrowing my home kitchen for the tamale orders",
        "shared commercial kitchen by the hour, permitted, prep tables + walk-in cooler",
    ),
    # antwerp: watches
    (
        "watch servicing",
        "my automatic loses 5 mins a day",
        "full service & regulation for automatic watches, 2 yr warranty, 4-6 wk turnaround",
    ),
    # belfast: funding
    (
        "grant writing",
        "need money to fix the church hall kitchen, who funds that??",
        "i help charities find funders and write the applications, belfast and NI-wide",
    ),
    # queenstown: bookings
    (
        "booking system",
        "airbnb and bookingcom calendars never match up, how do ppl handle this",
        "we build booking calendars that sync all your listings, flat $40/mo, no commission",
    ),
    # leicester: signage
    (
        "signage consent",
        "listed building and we want a hanging sign, no idea where to start",
        "heritage planning advice, listed building consent & signage in conservation areas",
    ),
    # helsinki: localisation
    (
        "game localisation",
        "how do you even get a mod translated into russian and chinese",
        "community loc coordinator, i run volunteer translation teams for mods, crowdin setup",
    ),
    # perth: stairs
    (
        "stair lifts",
        "dad's stair lift keeps stopping halfway and beeping",
        "stairlift servicing & repairs, all brands, same week callout",
    ),
    # austin: kitchens
    (
        "commercial kitchen",
        "need somewhere licensed to prep 200 lbs of brisket on fridays",
        "our kitchen rents overnight & weekend shifts, smokers allowed out back",
    ),
    # antwerp: watches
    (
        "watch servicing",
        "bought a 1960s seiko at the fair, no idea if its ever been serviced",
        "i service vintage japanese watches, seiko/citizen, parts sourcing incl",
    ),
    # belfast: funding
    (
        "grant writing",
        "trustees want us to apply for more funding but nobody has time to write bids",
        "freelance fundraiser, grant applications & end of grant reports, day rate for charities",
    ),
    # queenstown: insurance
    (
        "farm stay insurance",
        "do i need different insurance now guests stay on the farm?",
        "rural insurance broker, covers farm stays, agritourism & public liability, otago",
    ),
    (
        "farm stay insurance",
        "guest fell off the hay trailer, turns out our policy doesnt cover visitors",
        "broker for farm tourism operators, liability cover for guests on working farms",
    ),
    # leicester: large format
    (
        "large format printing",
        "need 20 pvc banners for a trade show by next thurs",
        "large format print, banners, roller banners & correx boards, next day in leicester",
    ),
    (
        "large format printing",
        "want the showroom wall covered in one massive photo",
        "wallpaper & wall graphics printing, up to 5m wide, fitting available",
    ),
    (
        "large format printing",
        "exhibition stand graphics asap, the old ones are peeling",
        "exhibition graphics & pop-up stands, printed and fitted, midlands & nationwide",
    ),
    # helsinki: art
    (
        "pixel art",
        "our prototype still uses placeholder squares, need real sprites",
        "pixel artist, characters & animations, 16/32px, available from may",
    ),
    (
        "pixel art",
        "need a tileset for a cozy farming game",
        "2d environment artist, tilesets & backgrounds, worked on 3 steam releases",
    ),
    (
        "pixel art",
        "our mod needs new item icons that match the base game style",
        "icon & UI pixel art, i match existing art styles, fast for small batches",
    ),
    # perth: bathrooms
    (
        "bathroom modifications",
        "dad nearly slipped in the shower again",
        "bathroom modifications for seniors, walk-in showers, grab rails, non-slip, perth",
    ),
    (
        "bathroom modifications",
        "need grab rails put in at mums rental, landlord ok'd it",
        "handyman for aged care clients, grab rails & handrails installed, NDIS registered",
    ),
    (
        "bathroom modifications",
        "bath is impossible for her to climb into now",
        "step-free shower conversions, bath out shower in, usually a 3 day job",
    ),
    # austin: refrigeration
    (
        "refrigeration repair",
        "the van's fridge died mid-service",
        "mobile refrigeration repair, food trucks & trailers, 24/7 around austin",
    ),
    (
        "refrigeration repair",
        "reach in cooler won't go below 45",
        "commercial refrigeration tech, coolers & freezers, same day in travis county",
    ),
    (
        "refrigeration repair",
        "freezer on the trailer ices up and then everything thaws overnight",
        "refrigeration & HVAC for mobile food units, defrost & compressor repairs",
    ),
    # antwerp: rings
    (
        "ring resizing",
        "engagement ring too big, keeps spinning round",
        "jeweller, ring resizing up & down, done same week, antwerp",
    ),
    (
        "ring resizing",
        "inherited ring won't go past my knuckle",
        "goldsmith, resizing, sizing beads & hinged shanks, gold and platinum",
    ),
    (
        "ring resizing",
        "customer wants her eternity ring made a size smaller, i dont do that in house",
        "trade bench jeweller, resizing & repairs for shops, collection from the diamond district",
    ),
    # belfast: safeguarding
    (
        "safeguarding",
        "new volunteers for the youth club, do they need checks?",
        "safeguarding trainer for churches & youth groups, access NI checks explained & done",
    ),
    (
        "safeguarding",
        "we don't have a safeguarding policy and the funder wants one",
        "safeguarding consultant, policies & procedures written for small charities, NI",
    ),
    (
        "safeguarding",
        "leaders at the scout hall have never done any safeguarding training",
        "level 1 & 2 safeguarding courses for volunteers, evenings, at your venue",
    ),
    # queenstown: wastewater
    (
        "septic and wastewater",
        "septic keeps backing up when the cottages are full",
        "wastewater systems for rural properties, septic pump-outs & upgrades, wakatipu",
    ),
    (
        "septic and wastewater",
        "council wants a consent for the new glamping toilets",
        "on-site wastewater design & consents for rural tourism, composting & septic",
    ),
    # leicester: packaging design
    (
        "packaging design",
        "our candle boxes look homemade lol",
        "packaging designer, retail boxes & labels, i supply dielines ready for your printer",
    ),
    (
        "packaging design",
        "launching a gin, need the bottle label and gift box designed",
        "drinks packaging design, labels, gift tubes, spot uv & foil specs",
    ),
    (
        "packaging design",
        "retailer says our packs dont stand out on shelf",
        "brand & packaging agency, shelf impact redesigns for food & drink, leicester",
    ),
    # helsinki: sound
    (
        "sound design",
        "game has zero sound and it feels dead",
        "sound designer for indie games, SFX & fmod/wwise integration",
    ),
    (
        "sound design",
        "footsteps & UI clicks all sound like the same free asset pack",
        "custom SFX for games, foley recorded in helsinki, per-sound or per-project pricing",
    ),
    # perth: physio
    (
        "physio home visits",
        "after his hip replacement he can't get to the clinic",
        "mobile physio, home visits for post-surgery rehab, northern suburbs",
    ),
    (
        "physio home visits",
        "mum's balance is getting worse, she wont go out",
        "falls prevention physio, balance & strength programs at home",
    ),
    (
        "physio home visits",
        "our residents need physio but the facility doesnt have one",
        "physio team contracting to aged care homes, on-site sessions weekly",
    ),
    # austin: permits
    (
        "food truck permits",
        "health dept inspection next week, first time, terrified",
        "food truck permit consultant, MFU permits & inspection prep, austin",
    ),
    (
        "food truck permits",
        "want to sell at pop ups in san marcos too, what permits do i need",
        "i help trucks get permitted across central TX counties & cities",
    ),
    (
        "food truck permits",
        "failed my fire marshal inspection on the hood system",
        "fire suppression for food trucks, hood systems installed & inspected, tags same day",
    ),
    # antwerp: valuation
    (
        "valuation",
        "need a valuation of my grandmother's jewellery for insurance",
        "certified jewellery appraiser, insurance valuations with written report & photos",
    ),
    (
        "valuation",
        "settling an estate, lots of silver and a few paintings",
        "probate valuations, silver, paintings & house contents, antwerp & brussels",
    ),
    (
        "valuation",
        "how much is this old mantel clock worth, honestly",
        "independent antiques valuer, clocks & furniture, fee not based on value",
    ),
    # belfast: halls
    (
        "hall hire",
        "need a hall for a ceilidh, 100 ppl, saturday night",
        "parish hall to hire, east belfast, stage & kitchen, £25/hr",
    ),
    (
        "hall hire",
        "looking for a room for a weekly parent & toddler group",
        "community centre rooms to hire, weekday mornings free, cheap rates for groups",
    ),
    (
        "hall hire",
        "our AA group lost its room, need somewhere quiet tuesday evenings",
        "church meeting rooms available evenings, private entrance, donation basis",
    ),
    # queenstown: photos
    (
        "accommodation photography",
        "our airbnb photos look like they were taken on a potato",
        "accommodation photographer, interiors + drone, central otago, 48hr delivery",
    ),
    (
        "accommodation photography",
        "need better pics of the lodge for the website before winter",
        "lodge & hotel photography, twilight exteriors, queenstown lakes district",
    ),
    (
        "tourism video",
        "want a short video of the farm tour for instagram",
        "tourism videographer, short reels for operators, CAA drone licensed",
    ),
    (
        "tourism video",
        "booking.com wants a video tour of the cottages",
        "video walkthroughs for holiday rentals, filmed & edited in a day",
    ),
    # leicester: die cutting
    (
        "die cutting",
        "need a custom cutter made for a weird shaped box",
        "cutting forme maker, flatbed & rotary dies, 3 day turnaround",
    ),
    (
        "die cutting",
        "short run die-cut stickers, like 500",
        "digital die-cut labels & stickers, no tooling cost, short runs from 100",
    ),
    # helsinki: music and voice
    (
        "game music",
        "want an original soundtrack but we're broke",
        "composer, chiptune & ambient, rev share or small fee for indies",
    ),
    (
        "game music",
        "need a main theme + 3 loops for our trailer and menus",
        "game composer, loopable tracks, delivered stems, 2 weeks typical",
    ),
    (
        "voice acting",
        "need voice actors for like 6 characters",
        "voice actor, english + finnish, home studio, games & apps, can cover several roles",
    ),
    (
        "voice acting",
        "our tutorial needs a narrator, english, warm voice",
        "voiceover artist, narration for games & explainer videos, 24h turnaround",
    ),
    # perth: hydrotherapy
    (
        "hydrotherapy",
        "looking for a physio that does hydrotherapy for my arthritis",
        "hydrotherapy sessions, warm pool, physio-led groups for arthritis, fremantle",
    ),
    (
        "hydrotherapy",
        "doc said water exercise would help dads back",
        "aquatic physio, 1:1 and small group sessions in a heated pool, cockburn",
    ),
    # austin: POS
    (
        "point of sale",
        "card reader keeps dropping at festivals, no signal out there",
        "POS with offline mode for food trucks, syncs when back online",
    ),
    (
        "point of sale",
        "want ppl to order from their phones so the line moves",
        "QR ordering for food trucks, no app download, setup in a day",
    ),
    (
        "point of sale",
        "square fees are eating me alive",
        "payments advisor for food vendors, lower card processing rates, no contract",
    ),
    # antwerp: gems
    (
        "gem testing",
        "want to know if this diamond is real before i buy it",
        "gemmologist, stone testing & identification while you wait, diamond district",
    ),
    (
        "gem testing",
        "loose stones with no certificate, buyers wont touch them",
        "gem lab, diamond grading reports, HRD-trained graders, 5 day service",
    ),
    (
        "gem testing",
        "seller swears its a natural sapphire, i'm not so sure",
        "independent gem testing, natural vs synthetic & treatments, written report",
    ),
    # belfast: transport
    (
        "minibus",
        "our minibus driver retired and no one else is allowed to drive it",
        "MiDAS minibus driver training & assessment, for churches & community groups",
    ),
    (
        "minibus",
        "need transport for 14 pensioners to a day out in portrush",
        "community transport, minibus with driver for groups, wheelchair accessible",
    ),
    # queenstown: cleaning
    (
        "changeover cleaning",
        "changeovers are killing me, 3 cottages all checking out sunday",
        "holiday home cleaning, arrowtown to glenorchy, same day turnarounds",
    ),
    (
        "changeover cleaning",
        "my cleaner moved to aussie and guests arrive friday",
        "airbnb cleaning & restocking, queenstown, reliable team, short notice ok",
    ),
    (
        "linen service",
        "need someone to do laundry for the b&b, 40 sets of sheets a week",
        "commercial laundry, linen hire for accommodation, pick up & drop off",
    ),
    (
        "linen service",
        "sick of washing towels at midnight",
        "linen & towel supply for holiday rentals, we swap clean for dirty each stay",
    ),
    # leicester: vehicle wraps
    (
        "vehicle wraps",
        "new vans arriving next month and they're plain white",
        "van livery & fleet graphics, fitted at your site, 3M certified installers",
    ),
    # austin: vehicle wraps
    (
        "vehicle wraps",
        "our truck looks boring, want the whole thing wrapped w/ tacos",
        "food truck wraps, design + print + install, austin, 5 yr vinyl",
    ),
    (
        "vehicle wraps",
        "the wrap on my trailer is peeling at the corners",
        "wrap repairs & re-wraps, can patch single panels, austin / round rock",
    ),
    # helsinki: ASO
    (
        "app store optimisation",
        "app has 4.8 stars but nobody finds it",
        "ASO consultant, keywords, screenshots & A/B tests for app store and google play",
    ),
    (
        "app store optimisation",
        "what should our store screenshots even say",
        "i make app store screenshots & preview videos that actually convert",
    ),
    (
        "app store optimisation",
        "downloads dropped off a cliff after the update, ranking for our keywords tanked",
        "app store keyword research & rank tracking, monthly retainer or one-off audit",
    ),
    # perth: aged care packages
    (
        "home care package",
        "got approved for a home care package and have no idea what it pays for",
        "home care package navigator, i help families choose a provider & plan the budget",
    ),
    (
        "home care package",
        "my aged care assessment was months ago and still nothing",
        "aged care advocate, help w/ my aged care, assessment follow ups & reviews",
    ),
    (
        "home care package",
        "provider is charging huge admin fees on mums package",
        "independent advocate, we review home care statements & help you switch provider",
    ),
    # austin: generators
    (
        "generator",
        "generator too loud, the market manager complained",
        "quiet inverter generator rentals for vendors, delivered & picked up",
    ),
    (
        "generator",
        "my generator won't start and i've got a gig tomorrow",
        "small engine & generator repair, honda/yamaha, mobile service austin",
    ),
    # antwerp: stone setting
    (
        "stone setting",
        "lost a stone out of my earring",
        "stone setter, replacement stones & claw retipping, antwerp",
    ),
    (
        "stone setting",
        "i design pieces but can't set stones myself",
        "trade stone setting for designers, pavé, bezel, micro-setting",
    ),
    (
        "stone setting",
        "claws on my ring are worn and the diamond moves",
        "jewellery repairs, retipping & resetting stones, insured while in our care",
    ),
    # belfast: food bank
    (
        "food bank supplies",
        "food bank shelves empty every thursday",
        "surplus food redistribution, we deliver supermarket surplus to charities",
    ),
    (
        "food bank supplies",
        "want to start a community pantry, where do ppl get stock",
        "food bank network, we help new pantries set up, stock & volunteer training",
    ),
    (
        "food bank supplies",
        "lots of fresh veg donated but nowhere cold to keep it",
        "we give fridges & freezers to charities that store donated food, belfast",
    ),
    # queenstown: water
    (
        "water testing",
        "guests drink the tank water, should i be testing it?",
        "water testing lab, rural supply & tank water, drinking water checks for hosts",
    ),
    (
        "water testing",
        "the bore water smells eggy lately",
        "water treatment for rural bores, UV & filtration, free water test first",
    ),
    # leicester: press repair
    (
        "press repair",
        "our heidelberg keeps jamming on the feeder, their engineer is 3 wks out",
        "litho press engineer, heidelberg & komori, breakdown callouts east midlands",
    ),
    (
        "press repair",
        "the wide format printer is banding and HP won't come out",
        "wide format printer repairs, roland/mimaki/hp, maintenance contracts",
    ),
    # helsinki: playtesting
    (
        "playtesting",
        "we need strangers to play our game before launch and tell us what sucks",
        "i run playtest sessions in helsinki, recruit players & write up findings",
    ),
    (
        "playtesting",
        "crash on some android phones we don't own",
        "QA freelancer with a device lab, 40 android models, bug reports in jira",
    ),
    (
        "playtesting",
        "mod breaks saves sometimes and we cant reproduce it",
        "QA tester for mods & indie games, repro steps, regression passes per release",
    ),
    # perth: respite
    (
        "respite care",
        "i care for my husband full time and need a weekend off",
        "in-home respite care, overnight & weekends, dementia trained carers",
    ),
    (
        "respite care",
        "need somewhere mum can stay for 2 weeks while we're overseas",
        "residential respite beds, short stays 1-4 weeks, perth hills",
    ),
    # austin: grease & oil
    (
        "used cooking oil",
        "where do i get rid of used fryer oil",
        "used cooking oil collection, free pickup, we recycle it into biodiesel",
    ),
    (
        "used cooking oil",
        "fryer oil barrels piling up behind the trailer",
        "UCO pickup for trucks & restaurants, we drop off sealed drums and swap them",
    ),
    (
        "grease trap",
        "grease trap on the trailer needs pumping",
        "grease trap pumping & cleaning, mobile units, city compliant manifests",
    ),
    (
        "grease trap",
        "inspector flagged my grease trap, no records",
        "grease interceptor service w/ paperwork for the city, monthly or quarterly",
    ),
    # antwerp: restoration
    (
        "furniture restoration",
        "bought a 19th c cabinet with water damage on top",
        "antique furniture restorer, french polishing & veneer repair",
    ),
    (
        "furniture restoration",
        "chairs are wobbly and the veneer is lifting",
        "restoration workshop, regluing, veneer and marquetry repairs, antwerp",
    ),
    (
        "furniture restoration",
        "dealer here, need someone to tidy up stock before the fair without overdoing it",
        "conservation-minded restorer, trade rates for dealers, keeps original finish",
    ),
    # belfast: accounts
    (
        "charity accounts",
        "need our accounts independently examined for the charity commission",
        "independent examiner, charity accounts & charity commission NI annual returns",
    ),
    (
        "charity accounts",
        "treasurer stepped down, books are a mess",
        "bookkeeping for small charities & churches, belfast, can take over from treasurer",
    ),
    (
        "charity accounts",
        "does a small church need audited accounts or what",
        "accountant for churches & charities, tell you what your size needs, fixed fees",
    ),
    # queenstown: e-bikes
    (
        "e-bikes",
        "thinking of offering e-bikes to guests but don't want to buy a fleet",
        "e-bike hire for accommodation providers, we drop off & service the fleet",
    ),
    (
        "e-bikes",
        "our guest e-bikes have 3 flat batteries and a dead motor",
        "ebike repairs queenstown, bosch & shimano certified, pick up from rural properties",
    ),
    # leicester: sustainable packaging
    (
        "sustainable packaging",
        "customers keep complaining about plastic in our parcels",
        "plastic-free mailer boxes & paper void fill, FSC, low minimums",
    ),
    (
        "sustainable packaging",
        "supermarket wants recyclable trays by next year",
        "packaging technologist, switching food packs to recyclable mono materials",
    ),
    (
        "sustainable packaging",
        "need compostable cups & lids, ours are 'recyclable' but nobody recycles them",
        "compostable foodservice packaging, cups, lids & clamshells, certified EN13432",
    ),
    # helsinki: servers
    (
        "game servers",
        "our modded minecraft server lags like crazy with 30 players",
        "game server hosting, dedicated boxes in a helsinki dc, mod friendly",
    ),
    (
        "game servers",
        "need a backend for multiplayer but dont want to run servers",
        "backend dev, i set up managed multiplayer (nakama/photon) for small studios",
    ),
    # perth: alarms
    (
        "personal alarms",
        "worried about dad falling when he's alone at night",
        "personal alarms with fall detection, 24/7 monitoring, WA based",
    ),
    (
        "personal alarms",
        "want something mum can press if she gets in trouble",
        "medical alert pendants, no lock in contract, we set it up in the home",
    ),
    # austin: events
    (
        "event bookings",
        "looking for spots to park the truck on weekends",
        "i book food trucks for breweries & office parks around austin",
    ),
    (
        "event bookings",
        "want to get into the big music festivals as a vendor",
        "festival vendor coordinator, we place trucks at music fests across TX",
    ),
    (
        "event bookings",
        "weekdays are dead, need lunch spots",
        "we schedule food trucks at apartment complexes & office campuses, weekday lunches",
    ),
    # antwerp: insurance
    (
        "stock insurance",
        "need insurance for stock at fairs, we travel w/ it",
        "jewellers block insurance, covers stock in transit & at trade fairs",
    ),
    (
        "stock insurance",
        "shop got robbed and the insurer dropped us",
        "specialist broker for jewellers & watch dealers, hard to place risks",
    ),
    # belfast: roof
    (
        "church roof repairs",
        "lead got stolen off the church roof again",
        "roofer for churches & listed buildings, lead replacement & roof alarms",
    ),
    (
        "church roof repairs",
        "slates coming off the chapel every storm",
        "slate roofing & repairs, experience on old churches, belfast & county down",
    ),
    (
        "damp and stonework",
        "damp coming through the chapel wall",
        "heritage building surveyor, damp & stonework in old churches",
    ),
    (
        "damp and stonework",
        "sandstone crumbling round the church windows",
        "stonemason, repairs & repointing with lime mortar on historic buildings",
    ),
    # queenstown: guides & translation
    (
        "tour guides",
        "guests keep asking for a guided walk up the back hill and i'm not qualified",
        "qualified outdoor guide, half day walks on private farmland, first aid cert",
    ),
    (
        "tour guides",
        "need a bilingual guide for a japanese group in march",
        "japanese-speaking tour guide, freelance, queenstown & milford",
    ),
    (
        "translation",
        "welcome book & house rules need a chinese version",
        "translator EN>zh, tourism & hospitality docs, NZSTI member",
    ),
    (
        "translation",
        "half our guests are korean and the farm safety sheet is english only",
        "translation for tourism operators, korean/japanese/mandarin, quick turnaround",
    ),
    # leicester: garments
    (
        "garment printing",
        "need 150 t-shirts with our logo for the staff",
        "screen printing & embroidery on workwear, leicester, 5 day turnaround",
    ),
    (
        "garment printing",
        "band wants merch, hoodies, small run",
        "DTG printing, hoodies & tees, no minimum order",
    ),
    # helsinki: legal
    (
        "games legal",
        "someone's selling our mod on a marketplace, can they even do that",
        "lawyer for game devs, IP, takedowns & mod licensing",
    ),
    (
        "games legal",
        "publisher contract arrived, 30 pages, help",
        "games lawyer, publishing deal reviews, flat fee, finland & EU",
    ),
    (
        "open source licensing",
        "what license do we put on our open source engine fork",
        "open source licensing advice, GPL/MIT compliance for software teams",
    ),
    (
        "open source licensing",
        "turns out a lib we use is GPL and our app is closed source, panic",
        "software licence compliance audits, dependency scans & remediation plans",
    ),
    # perth: mobility repairs
    (
        "mobility equipment repair",
        "scooter battery dies after 2 km",
        "mobility scooter repairs & batteries, we come to you",
    ),
    (
        "mobility equipment repair",
        "wheelchair brakes are dodgy",
        "wheelchair servicing & repairs, mobile van, perth metro",
    ),
    # austin: food handlers
    (
        "food handler certification",
        "new hires need food handler cards",
        "food handler & food manager certification classes, spanish & english",
    ),
    (
        "food handler certification",
        "inspector says someone on the truck needs a certified food manager",
        "CFM exam prep & proctored test, austin, weekend sessions",
    ),
    # antwerp: display
    (
        "display cases",
        "our fair stand looks tired, need proper lit cases",
        "jewellery display cabinets, LED lit, lockable, portable for fairs",
    ),
    (
        "display cases",
        "window display for the watch shop needs to look less 1995",
        "visual merchandiser for jewellers, window & counter displays, busts & risers",
    ),
    # belfast: first aid
    (
        "first aid training",
        "nobody at the centre is first aid trained",
        "first aid at work courses, on-site for community centres, belfast",
    ),
    (
        "first aid training",
        "want our youth leaders to know CPR",
        "CPR & defib training, free for community groups, 2 hours",
    ),
    (
        "defibrillator",
        "want a defib on the outside wall of the hall",
        "community defibrillators, cabinet supply & install, help with the grant",
    ),
    # queenstown: marketing
    (
        "tourism marketing",
        "want more bookings from aussies in ski season",
        "tourism marketing, australian market campaigns, ex-tourism board",
    ),
    (
        "tourism marketing",
        "nobody finds our farm stay unless they already know us",
        "digital marketing for rural stays, google business, SEO & direct bookings",
    ),
    # leicester: finishing & boxes
    (
        "print finishing",
        "got 300 reports to bind by monday",
        "print finishing: wire-o, perfect binding, lamination, trade only",
    ),
    (
        "print finishing",
        "need our menus laminated and trimmed, 2000 of them",
        "finishing house, laminating, guillotining & creasing, 24h in leicester",
    ),
    (
        "corrugated boxes",
        "need a supplier for corrugated boxes, ~5k a month",
        "corrugated box manufacturer, stock & bespoke sizes, leicester",
    ),
    (
        "corrugated boxes",
        "our shipping boxes keep getting crushed in the post",
        "double wall cartons & edge protectors, tested for courier networks",
    ),
    (
        "forklift training",
        "new warehouse guy needs a forklift licence",
        "counterbalance & reach truck training, RTITB accredited, on-site in leicester",
    ),
    # helsinki: funding
    (
        "game funding",
        "how do indies in finland get funding, we are 3 ppl",
        "advisor for game studios, business finland & creative europe applications",
    ),
    (
        "publisher",
        "looking for a publisher for our roguelike",
        "indie publisher, we fund marketing & ports for small PC games, pitch us",
    ),
    (
        "publisher",
        "we can make the game but have no clue about marketing or launch",
        "we publish indie games: marketing, PR, steam page & launch, rev share",
    ),
    # perth: ramps
    (
        "ramps",
        "wheelchair can't get up the front step",
        "modular ramps, aluminium, hire or buy, fitted in a day",
    ),
    (
        "ramps",
        "need a ramp at the back door for the walker",
        "threshold ramps & access ramps installed to OT spec",
    ),
    # austin: propane
    (
        "propane",
        "always running out of propane mid shift",
        "propane delivery for food trucks, we swap tanks at your spot",
    ),
    (
        "propane",
        "propane smell near the griddle line, scared",
        "gas fitter, food truck propane lines & leak tests, licensed in TX",
    ),
    # antwerp: hallmarking & metals
    (
        "hallmarking",
        "need my silver pieces hallmarked before selling in the UK",
        "assay office agent, hallmarking for belgian makers exporting to the UK",
    ),
    (
        "metal testing",
        "is this gold actually 18k?",
        "precious metal testing, XRF, gold & silver purity in minutes",
    ),
    (
        "metal testing",
        "bought a box of scrap at the fair, half might be plated",
        "gold & silver testing for dealers, non-destructive, while you wait",
    ),
    # belfast: sound
    (
        "sound system",
        "the priest can't be heard at the back",
        "church sound systems & hearing loops, installed & maintained",
    ),
    (
        "sound system",
        "need a PA for the outdoor carol service",
        "PA hire w/ engineer, outdoor events, belfast",
    ),
    # perth: dementia
    (
        "dementia support",
        "our staff don't know how to handle residents with dementia who get agitated",
        "dementia care training for staff, practical workshops, certificate provided",
    ),
    (
        "dementia support",
        "mum keeps wandering at night, we're exhausted",
        "dementia support coordinator, home safety plans & carer support",
    ),
    # austin: builds & tax
    (
        "food truck build",
        "want to convert a step van into a food truck",
        "custom food truck builds & conversions, to health code, austin",
    ),
    (
        "food truck build",
        "need a trailer fitted out for coffee, sink, power, the lot",
        "concession trailer fit-outs, plumbing & electrics, coffee & bar setups",
    ),
    (
        "sales tax",
        "no idea how sales tax works for food trucks",
        "bookkeeper for food trucks, texas sales tax filings & payroll",
    ),
    (
        "sales tax",
        "comptroller sent a letter about missing sales tax returns",
        "tax preparer for small vendors, catch up late texas sales tax filings",
    ),
    # antwerp: clocks
    (
        "clock repair",
        "grandfather clock stopped chiming after we moved it",
        "clockmaker, longcase & mantel clocks, house visits for setup",
    ),
    (
        "clock repair",
        "cuckoo clock from the market runs fast",
        "antique clock repair, cuckoo & black forest clocks, antwerp",
    ),
    # belfast: volunteers
    (
        "volunteer recruitment",
        "can't find volunteers for the lunch club",
        "volunteer recruitment service, we match ppl to local charities, belfast",
    ),
    (
        "volunteer recruitment",
        "same 5 ppl do everything at the church and they're knackered",
        "volunteer centre, we advertise roles & train new volunteers for small groups",
    ),
    # helsinki: accessibility & porting
    (
        "accessibility",
        "got a review saying our app is unusable with a screen reader",
        "mobile accessibility audits, voiceover/talkback testing, WCAG fixes",
    ),
    (
        "accessibility",
        "colourblind players can't tell the gems apart",
        "game accessibility consultant, colourblind modes, subtitles, remapping",
    ),
    (
        "porting",
        "want our game on switch but no idea how",
        "porting studio, unity & godot to switch/playstation, helsinki",
    ),
    (
        "porting",
        "pc version is done, console ppl keep asking",
        "console porting & certification, we handle submission to platform holders",
    ),
    # perth: OT
    (
        "occupational therapy",
        "NDIS wants an OT report before they fund the home mods",
        "occupational therapist, home modification assessments & reports for NDIS",
    ),
    (
        "occupational therapy",
        "not sure what changes the house actually needs for him",
        "OT home assessments, we tell you what to change and what not to bother with",
    ),
    # antwerp: small jobs
    (
        "watch battery",
        "watch just stopped, probably the battery",
        "watch batteries & straps while you wait, pressure test incl",
    ),
    (
        "engraving",
        "want a message engraved inside a wedding band",
        "hand engraving & laser engraving, rings, watches, lockets",
    ),
    (
        "engraving",
        "customer wants a family crest on a signet ring",
        "hand engraver, seal & signet engraving for the trade, antwerp",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    # queenstown
    (
        "need a booking system for the farm tours",
        "bookkeeping for farms, xero & GST returns",
        "bookkeeping, not a booking system",
    ),
    (
        "guests want to go horse riding on the farm",
        "farrier, hoof trimming & shoeing, wakatipu",
        "shoes horses, doesn't run rides",
    ),
    (
        "septic tank full again",
        "water tank cleaning & inspections",
        "cleans water tanks, not septic tanks",
    ),
    (
        "need photos of the lodge for the website",
        "photo restoration, old family photos scanned & repaired",
        "restores old photos, doesn't take new ones",
    ),
    (
        "want to offer guided walks to guests",
        "dog walking, arrowtown & frankton",
        "walks dogs, not guests",
    ),
    (
        "need cleaners for changeovers",
        "gutter cleaning, rural properties",
        "gutters, not cottage changeovers",
    ),
    (
        "guests drink the tank water, should i be testing it?",
        "water blasting, decks, driveways & roofs",
        "water blasting, not water testing",
    ),
    (
        "need e-bikes guests can borrow",
        "guided motorbike tours, own bike required",
        "motorbike tours, not bikes for guests",
    ),
    (
        "insurance for guests visiting the farm",
        "livestock insurance for stud rams",
        "insures animals, not public liability for guests",
    ),
    (
        "translate our welcome book into mandarin",
        "mandarin lessons for kids, weekly",
        "teaches the language, doesn't translate",
    ),
    (
        "want a video of the farm for instagram",
        "video editing lessons for beginners",
        "teaches editing, doesn't make the video",
    ),
    (
        "want more bookings from aussies",
        "aussie rules footy club looking for sponsors",
        "a sports club asking for money",
    ),
    # leicester
    (
        "need a sign for the shop front",
        "british sign language interpreter, events & meetings",
        "sign language, not signage",
    ),
    (
        "banners for the trade show asap",
        "web banner ads design, google display network",
        "online ads, not printed banners",
    ),
    (
        "packaging for our candles",
        "packing staff for warehouses, agency temps",
        "packing staff, not packaging",
    ),
    (
        "need a die cutter for our boxes",
        "die casting, aluminium parts",
        "metal casting, not cutting formes",
    ),
    (
        "wrap the new vans",
        "gift wrapping service for corporate hampers",
        "gift wrap, not vehicle vinyl",
    ),
    (
        "press keeps jamming on the feeder",
        "PR, press releases & media coverage",
        "press as in media, not a printing press",
    ),
    (
        "screen printing t-shirts for staff",
        "screen repair, phone & laptop screens",
        "fixes screens, doesn't print shirts",
    ),
    (
        "new warehouse guy needs a forklift licence",
        "forklift sales, new & used",
        "sells forklifts, doesn't train drivers",
    ),
    (
        "300 reports to bind by monday",
        "bookbinding workshops, learn to make a journal",
        "teaches crafts, won't bind 300 reports",
    ),
    (
        "need a supplier for corrugated boxes",
        "corrugated roofing sheets, steel & bitumen",
        "roofing, not cardboard",
    ),
    (
        "need someone to print labels for our jam",
        "record label, signing local bands",
        "music label, not printed labels",
    ),
    (
        "council says our sign needs consent??",
        "GDPR consultant, consent forms & data protection for marketing",
        "data consent, not planning consent",
    ),
    # helsinki
    (
        "need pixel art for our characters",
        "pixel phone repairs, screens & batteries",
        "repairs phones called pixel",
    ),
    (
        "game has no sound design yet",
        "soundproofing for home studios, acoustic panels",
        "soundproofs rooms, doesn't make game audio",
    ),
    (
        "app store optimisation for our app",
        "app development, react native, from 5k",
        "builds apps, doesn't do store optimisation",
    ),
    (
        "need playtesters for the demo",
        "board game cafe, play nights on wednesdays",
        "a cafe for playing board games, not testers",
    ),
    (
        "our minecraft server lags like crazy",
        "catering staff, servers & bartenders for events",
        "waiting staff, not game servers",
    ),
    (
        "someone's reselling our mod, need help",
        "discord mod for hire, i moderate game communities",
        "a chat moderator, not legal help",
    ),
    (
        "looking for a publisher for our roguelike",
        "self-publishing help for novelists, ebook formatting",
        "books, not games",
    ),
    (
        "app needs to be accessible for blind users",
        "wheelchair accessible venue for meetups",
        "an accessible room, not app accessibility",
    ),
    (
        "port our game to switch",
        "port logistics, freight forwarding via vuosaari",
        "shipping port, not console porting",
    ),
    (
        "need voice actors for 6 characters",
        "voice coaching for public speaking & presentations",
        "coaches speakers, doesn't act",
    ),
    (
        "game localisation into japanese",
        "location scouting for film shoots",
        "film locations, not localisation",
    ),
    (
        "crash on android we can't reproduce",
        "crash course in kotlin, evening classes",
        "a course, not QA on their crash",
    ),
    (
        "want an original soundtrack for the game",
        "music lessons for kids, piano & guitar",
        "teaches kids, doesn't compose",
    ),
    # perth
    (
        "mum can't manage the stairs anymore",
        "stair carpet fitting, runners & rods",
        "carpets stairs, doesn't help her climb them",
    ),
    (
        "dad's stairlift keeps stopping halfway",
        "lift maintenance for apartment buildings, elevators & escalators",
        "building elevators, not home stairlifts",
    ),
    (
        "grab rails in mum's shower",
        "shower screen glass supply",
        "glass screens, not safety rails",
    ),
    (
        "physio at home after his hip replacement",
        "hip hop dance classes for seniors",
        "dance class, not rehab",
    ),
    (
        "home care package, what does it pay for",
        "care packages for uni students, snack boxes delivered",
        "gift boxes, not aged care",
    ),
    (
        "need a weekend off from caring for my husband",
        "weekend getaway packages in margaret river",
        "a holiday, not someone to care for him",
    ),
    (
        "personal alarm for dad in case he falls",
        "home security alarms, monitored burglar alarms",
        "burglar alarms, not fall alerts",
    ),
    (
        "mobility scooter battery dies after 2 km",
        "e-scooter hire for city tours",
        "rents e-scooters, doesn't fix mobility scooters",
    ),
    (
        "wheelchair can't get up the front step",
        "skate ramps built for backyards",
        "skate ramps, not access ramps",
    ),
    (
        "dementia training for our carers",
        "dementia research study recruiting participants",
        "wants participants, doesn't train staff",
    ),
    (
        "NDIS wants an OT report",
        "OT & penalty rates advice for employers, payroll compliance",
        "overtime pay, not occupational therapy",
    ),
    (
        "hydrotherapy pool sessions for arthritis",
        "pool cleaning & maintenance, perth",
        "cleans pools, no therapy",
    ),
    (
        "bath is impossible for her to climb into",
        "bath bombs & handmade soaps, weekend markets",
        "soap, not a bathroom conversion",
    ),
    # austin
    (
        "need a commercial kitchen to prep in",
        "kitchen remodeling for homeowners",
        "remodels home kitchens, no kitchen to rent",
    ),
    (
        "truck fridge died mid-service",
        "fridge magnets printed w/ your logo",
        "magnets, not refrigeration repair",
    ),
    (
        "need a permit for the food truck",
        "building permit expediting for home additions",
        "building permits, not mobile food permits",
    ),
    (
        "card reader keeps dropping at festivals",
        "tarot card readings at the markets",
        "fortune telling, not payments",
    ),
    (
        "generator too loud for the market",
        "lead generation for restaurants, facebook ads",
        "generates leads, not power",
    ),
    (
        "where do i get rid of used fryer oil",
        "olive oil importer, tastings & wholesale",
        "sells oil, doesn't collect it",
    ),
    (
        "grease trap needs pumping",
        "pest control for restaurants, traps & treatments",
        "pest traps, not grease traps",
    ),
    (
        "looking for spots to park the truck on weekends",
        "parking lot striping & sealcoating",
        "paints parking lots, doesn't book spots",
    ),
    (
        "new hires need food handler cards",
        "k9 handler training, dog obedience",
        "dog handlers, not food safety",
    ),
    (
        "always running out of propane mid shift",
        "propane grill sales for backyards",
        "sells grills, doesn't deliver fuel",
    ),
    (
        "want to convert a step van into a food truck",
        "camper van conversions, beds & solar",
        "camper builds, not a truck built to health code",
    ),
    (
        "no idea how sales tax works for the truck",
        "property tax protest service, homeowners",
        "property tax, not sales tax",
    ),
    (
        "wrap on my trailer is peeling",
        "wholesale tortillas & wraps for food trucks",
        "food wraps, not vinyl",
    ),
    # antwerp
    (
        "my automatic watch loses 5 mins a day",
        "automatic gate & garage door repair",
        "gates, not watches",
    ),
    (
        "ring too big, keeps spinning",
        "ring doorbell installation & smart home setup",
        "doorbells, not jewellery",
    ),
    (
        "valuation of grandmas jewellery for insurance",
        "business valuation for mergers & acquisitions",
        "values companies, not jewellery",
    ),
    (
        "is this diamond real?",
        "diamond drilling, concrete coring for builders",
        "drills concrete, doesn't test gems",
    ),
    (
        "lost a stone from my earring",
        "stone masonry, headstones & garden walls",
        "building stone, not gemstones",
    ),
    (
        "antique cabinet needs restoring",
        "kitchen cabinet fitting, modern flat-pack",
        "fits new kitchens, doesn't restore antiques",
    ),
    (
        "need insurance for stock at fairs",
        "stock market investing course for beginners",
        "shares, not insurance",
    ),
    (
        "need proper lit display cases for the fair",
        "custom printed phone cases",
        "phone cases, not display cabinets",
    ),
    (
        "need my silver hallmarked for the UK",
        "silversmithing classes, make your own ring",
        "teaches making, doesn't hallmark",
    ),
    (
        "grandfather clock stopped chiming",
        "clock in / clock out time tracking app for shops",
        "staff time software, not clock repair",
    ),
    (
        "want a message engraved inside a wedding band",
        "wedding band, live music for receptions",
        "a band that plays, not an engraver",
    ),
    (
        "watch just stopped, probably the battery",
        "car battery replacement, mobile service",
        "car batteries, not watch batteries",
    ),
    (
        "need my antique clock repaired",
        "antique clocks for sale, longcase & bracket",
        "sells clocks, doesn't repair them",
    ),
    (
        "ring needs resizing",
        "ring sizer gauges for sale, plastic & metal",
        "sells sizing tools, doesn't resize",
    ),
    # belfast
    (
        "need help writing a lottery grant application",
        "raffle & lottery tickets printed for fundraisers",
        "prints tickets, doesn't write bids",
    ),
    (
        "volunteers need safeguarding checks",
        "gas safety checks for landlords",
        "gas checks, not vetting",
    ),
    (
        "need a hall for a ceilidh saturday",
        "ceilidh band for hire, weddings & parties",
        "a band, not a venue",
    ),
    (
        "our minibus driver retired, need someone trained",
        "minibus for sale, 17 seater, low miles",
        "sells a bus, doesn't train drivers",
    ),
    (
        "food bank shelves empty every week",
        "bank account switching advice for charities",
        "banking, not food",
    ),
    (
        "need our accounts independently examined",
        "exam invigilators for schools & colleges",
        "invigilates exams, doesn't examine accounts",
    ),
    (
        "lead stolen off the church roof",
        "lead paint testing for older homes",
        "tests paint, doesn't replace roof lead",
    ),
    (
        "damp coming through the chapel wall",
        "climbing wall sessions for youth groups",
        "a climbing wall, not damp repair",
    ),
    (
        "nobody at the centre is first aid trained",
        "first aid kits & supplies, wholesale",
        "sells kits, doesn't train",
    ),
    (
        "the priest can't be heard at the back",
        "hearing aids, free hearing tests",
        "tests ears, doesn't fix the church sound",
    ),
    (
        "volunteers needed for the lunch club",
        "lunch catering for offices",
        "sells lunches, doesn't volunteer",
    ),
    (
        "want a defib on the outside wall",
        "mural painting for community walls",
        "paints walls, no defib",
    ),
    (
        "need a PA for the carol service",
        "PA / virtual assistant, admin & diary management",
        "personal assistant, not a sound system",
    ),
]
