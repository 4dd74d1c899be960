"""The twenty-ninth hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: beekeepers and honey producers in Ljubljana
(in English); golf club secretaries, greenkeepers and pro shops in St Andrews; librarians,
archivists and records managers in Melbourne; airport ground handlers and ramp crews in
Frankfurt (in English); furniture makers and upholsterers in Grand Rapids; caravan park and
campsite owners in Newquay; music teachers, piano tuners and instrument shops in Vienna
(in English).

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 69 of 175 pairs (39.4 %) and 11 decoys of 84 with the
lexicon and matcher as the round on the twenty-eighth set began; 69 and 11 as it ended. Then
tuned on: 152 (86.9 %) and 4 decoys as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # beekeepers, ljubljana: extraction & bottling
    (
        "honey extraction",
        "got 30 supers full and no extractor, my back is done cranking by hand",
        "shared extraction room in domžale, 24-frame electric radial extractor, book by the hour",
    ),
    (
        "contract bottling",
        "hand filling jars takes me a whole weekend every time",
        "contract honey bottling: we warm, cream and jar your honey under your own label",
    ),
    (
        "wax rendering",
        "buckets of old brood comb sitting in the shed, want it turned into clean wax",
        "we render old comb & cappings into clean wax blocks, or swap for foundation sheets",
    ),
    # golf clubs, st andrews: course machinery
    (
        "irrigation repair",
        "sprinkler heads on the back nine arent popping up, greens going brown",
        "golf course irrigation engineer, toro & rain bird systems, fault finding and repairs",
    ),
    (
        "mower servicing",
        "two of our triplex mowers need the reels ground before the season starts",
        "grounds machinery workshop: reel & bedknife grinding, servicing toro / john deere / "
        "jacobsen",
    ),
    (
        "golf buggy repair",
        "half our buggy fleet wont hold a charge past 9 holes",
        "golf cart & buggy repairs, battery replacement and lithium conversions, we collect",
    ),
    # libraries & archives, melbourne: digitising collections
    (
        "document scanning",
        "40 boxes of shire council minutes from the 1890s, researchers keep asking for them "
        "online",
        "digitisation bureau: book & document scanning incl fragile bound volumes, OCR, metadata",
    ),
    (
        "audio digitisation",
        "boxes of reel-to-reel tapes and cassettes from the local radio station, no player",
        "audio transfer studio, reel-to-reel, cassette, DAT & minidisc to wav at archival "
        "standard",
    ),
    (
        "film digitisation",
        "a donor gave us 16mm home movies from the 50s, no idea whats on them",
        "film scanning, 8mm / super 8 / 16mm frame by frame to 4k, cleaning included",
    ),
    # airport ground handlers, frankfurt: ground support equipment
    (
        "gse repair",
        "two of our belt loaders are down and spare parts from the OEM take weeks",
        "GSE workshop: we repair belt loaders, tugs, GPUs & hi-loaders, mobile team on the apron",
    ),
    (
        "gse tyres",
        "tugs keep getting flats from FOD, 3 punctures this week alone",
        "we fit puncture-proof solid tyres on ground support equipment, on site at your depot",
    ),
    (
        "ev charging",
        "bought 12 electric baggage tractors and there are no chargers on our stands yet",
        "industrial electrician, airside charging points for e-GSE, FRA and MUC projects done",
    ),
    # furniture makers & upholsterers, grand rapids: materials
    (
        "upholstery foam",
        "need high density foam cut to size for 12 dining chair seats",
        "foam supplier, HR & memory foam cut to your template, pick up in grand rapids or shipped",
    ),
    (
        "hardwood lumber",
        "need kiln-dried black walnut, 8/4, roughly 300 bf for a dining set",
        "sawmill & kiln, local hardwoods incl walnut, cherry, white oak, sold by the board foot",
    ),
    (
        "upholstery fabric",
        "client wants a sofa fabric that survives a golden retriever and two toddlers",
        "trade fabric showroom: performance & crypton fabrics, free samples, cut yardage",
    ),
    (
        "upholstery leather",
        "need full grain leather for 4 club chairs, cognac colour",
        "leather supplier, upholstery hides by the hide or half hide, colour matching",
    ),
    (
        "cabinet hardware",
        "cant find decent soft-close drawer slides in small quantities",
        "cabinet hardware distributor, blum & accuride slides and hinges, no minimum order",
    ),
    # caravan parks & campsites, newquay: bookings & getting found
    (
        "booking system",
        "still taking bookings by phone and a paper diary, double booked pitch 12 twice in july",
        "online booking software for campsites & holiday parks, pitch maps, deposits, channel "
        "sync",
    ),
    (
        "seo",
        "nobody finds us on google, all our bookings come thru pitchup and they take 15%",
        "SEO & google ads for holiday parks, more direct bookings and less commission",
    ),
    (
        "signage",
        "people drive straight past our entrance, the sign is tiny and half covered by hedge",
        "sign maker: large outdoor signs & roadside boards, made and fitted, cornwall",
    ),
    # music teachers & instrument shops, vienna: pianos
    (
        "piano tuning",
        "my teaching piano is badly out of tune since we moved flats",
        "piano tuner, uprights & grands, all of vienna, evening appointments possible",
    ),
    (
        "piano moving",
        "need to get a bösendorfer grand up to the 3rd floor, no lift, narrow staircase",
        "piano movers, stairs or crane through the window, insured up to concert grands",
    ),
    (
        "piano humidity",
        "piano goes out of tune every winter once the heating comes on, keys sticking in summer",
        "piano climate control systems (dampp-chaser) installed in uprights & grands",
    ),
    (
        "piano restoration",
        "inherited a 1920s upright, sticky keys, some hammers broken, sounds awful",
        "piano restoration workshop: actions rebuilt, hammers & strings replaced, case "
        "refinishing",
    ),
    # beekeepers, ljubljana: bee health & stock
    (
        "queen bees",
        "lost 3 queens over winter, need mated ones by early may",
        "carniolan queen breeder, mated queens shipped april to august, marked on request",
    ),
    (
        "varroa treatment",
        "mite counts thru the roof after the sugar roll, colonies look weak",
        "bee health advisor, I visit apiaries, do mite counts and set up a varroa treatment plan",
    ),
    (
        "swarm removal",
        "bees moved into the wall of our holiday house in bled, need them out without killing "
        "them",
        "swarm collection & cut-outs from walls and roofs, ljubljana region, bees rehomed",
    ),
    (
        "bear protection",
        "a bear wrecked two of my hives near kočevje last week",
        "electric fencing kits for apiaries, bear-proof setups, installed or diy",
    ),
    (
        "beekeeping clothing",
        "zip on my bee suit has gone and the veil has a tear, bees getting in",
        "beekeeping clothing: suits, jackets & veils, we also repair zips and replace veils",
    ),
    # libraries & archives, melbourne: care of collections
    (
        "paper conservation",
        "our founding charter is foxed and the wax seal is cracking",
        "paper conservator, treatment of documents, maps & seals, condition reports for insurers",
    ),
    (
        "mould remediation",
        "found mould on the shelves in the basement store after the storm flooded it",
        "collection recovery after water damage: mould cleaning, freeze drying, dehumidifiers",
    ),
    (
        "pest control",
        "silverfish in the rare books room, little holes in the bindings",
        "integrated pest management for archives & museums, monitoring and anoxic treatment",
    ),
    (
        "archival storage",
        "need acid free boxes for about 2,000 glass plate negatives and prints",
        "archival storage supplies: acid-free boxes, polyester sleeves, custom cut to size",
    ),
    (
        "climate monitoring",
        "no idea what the humidity is in the stacks, it just feels damp",
        "environmental monitoring for collections, wireless temp/RH loggers with sms alerts",
    ),
    (
        "book repair",
        "kids picture books are falling apart, spines split after a few loans",
        "bookbinder, repairs & rebinding for libraries, bulk rates for picture books",
    ),
    # golf clubs, st andrews: the course
    (
        "drainage",
        "the 3rd fairway is a bog from october to march, buggies banned half the year",
        "sports turf drainage contractor, slit and sand band drainage for golf and football",
    ),
    (
        "bunker renovation",
        "bunkers wash out every time it rains and the sand is full of stones",
        "bunker renovation: liners, new sand, revetted bunkers rebuilt by hand",
    ),
    (
        "turf disease",
        "fusarium patches all over the greens every autumn",
        "independent turf agronomist, disease diagnosis and greens nutrition programmes",
    ),
    (
        "tree surgery",
        "storm brought down a big beech by the 7th tee, plus loads of hanging branches",
        "arborist, tree felling & storm damage work, fully insured, can work around play",
    ),
    (
        "bird control",
        "geese all over the greens every morning, droppings everywhere",
        "wildlife management: humane goose deterrents for golf courses and parks, lasers & dogs",
    ),
    (
        "mole control",
        "moles on the 14th green again, members furious",
        "mole catcher, traditional trapping, golf courses & estates across fife and angus",
    ),
    (
        "pond maintenance",
        "pond on the 9th goes green and stinks every summer",
        "lake & pond management, aeration and algae control for golf courses",
    ),
    # airport ground handlers, frankfurt: people & training
    (
        "ramp training",
        "new ramp agents need IATA ground ops training before they can go on shift",
        "ground ops training provider: IATA ramp safety & load control courses, english or german",
    ),
    (
        "temp staffing",
        "summer peak and we're short about 40 baggage handlers",
        "temp staffing for aviation, vetted baggage & ramp staff, short notice fills",
    ),
    (
        "background checks",
        "hiring 30 ppl and the background checks for airside badges take forever",
        "we prepare ZÜP reliability check applications for airport employers, fewer rejections",
    ),
    (
        "german classes",
        "half my ramp team is new to germany, safety briefings just get lost",
        "german courses for workplaces, A1-B1, taught on site around shift patterns",
    ),
    (
        "staff housing",
        "staff we recruit from abroad cant find flats anywhere near the airport",
        "furnished staff housing in kelsterbach & raunheim, monthly lets, 10 min to FRA",
    ),
    (
        "staff shuttle",
        "night shift starts 3:30am and there are no trains, people keep arriving late",
        "staff shuttle buses 24/7, routes from mainz, darmstadt & offenbach to the airport",
    ),
    # furniture makers & upholsterers, grand rapids: workshop
    (
        "cnc routing",
        "want to prototype a chair but dont own a cnc",
        "cnc routing by the part or by the hour, 5x10 bed, bring your dxf files",
    ),
    (
        "contract finishing",
        "spray booth got shut down by the fire marshal and I have 20 tables to finish",
        "contract finishing: lacquer & conversion varnish sprayed in our booth, pick up & drop "
        "off",
    ),
    (
        "dust collection",
        "shop air is thick with dust even with the shop vac running",
        "dust collection systems designed & installed for woodshops, ducting included",
    ),
    (
        "blade sharpening",
        "planer knives are chipping and leaving lines on every board",
        "saw & knife sharpening: planer/jointer knives, carbide blades, 48h turnaround",
    ),
    (
        "workshop space",
        "outgrown my garage, neighbours complaining about the planer at night",
        "shared woodshop with bench rental, 24h access, 3 phase power, wyoming mi",
    ),
    (
        "steam bending",
        "want steam bent chair backs but I dont have a setup",
        "steam bending service, we bend oak & ash to your forms, small batches welcome",
    ),
    # caravan parks & campsites, newquay: water & waste
    (
        "septic tank",
        "toilet block drains back up every august when we're full",
        "septic tank emptying & drain jetting for campsites, 24hr call out",
    ),
    (
        "legionella",
        "council asked for a legionella risk assessment on the shower block",
        "water hygiene: legionella risk assessments & monitoring for hotels and holiday parks",
    ),
    (
        "leak detection",
        "water bill tripled and theres no puddle anywhere, must be underground",
        "leak detection, underground pipe leaks found with acoustic & tracer gas",
    ),
    (
        "waste collection",
        "bins overflowing by wednesday in peak season, seagulls having a party",
        "commercial waste collection, extra summer pickups, recycling & food waste",
    ),
    # music teachers & instrument shops, vienna: string & wind repairs
    (
        "violin repair",
        "theres a crack in the top of my students violin",
        "luthier: violin, viola & cello repairs, crack repair, setups, sound post adjustment",
    ),
    (
        "bow rehair",
        "my bow has lost half its hair, concert in 10 days",
        "bow maker in the 6th district, rehairs while you wait, by appointment",
    ),
    (
        "woodwind repair",
        "sax pads leaking, low notes just wont speak",
        "woodwind repair shop, repads, sax & clarinet overhauls, loaners while we work",
    ),
    (
        "brass repair",
        "dent in my trumpet leadpipe and the valves are sticky",
        "brass instrument repair, dent removal, valve work, chemical cleaning",
    ),
    (
        "guitar setup",
        "students guitar strings are miles off the fretboard, hurts her fingers",
        "guitar tech: setups, fret work, action lowered, usually same day",
    ),
    # beekeepers, ljubljana: selling the honey
    (
        "food labelling",
        "need labels for honey jars that pass EU rules, origin, weight, all that",
        "label printing for food producers, we check the mandatory info before printing",
    ),
    (
        "honey testing",
        "buyer in germany wants a lab report on my acacia honey, HMF and pollen",
        "accredited lab for honey analysis: HMF, moisture, diastase, pollen origin, 10 day "
        "results",
    ),
    (
        "food export",
        "want to sell to austria & italy but no idea about the paperwork",
        "export consultant for small food producers, EU shipping docs, traceability, distributors",
    ),
    (
        "shipping packaging",
        "glass jars keep breaking in the post, 3 refunds this month",
        "protective packaging for glass: moulded pulp inserts and mailer boxes for 250g / 500g "
        "jars",
    ),
    (
        "online shop",
        "want customers to order honey online, I only have a facebook page",
        "I build small webshops (woocommerce) for farm producers, payments & delivery set up",
    ),
    (
        "product photography",
        "my honey looks flat and grey in the photos on my shop",
        "food product photographer, studio shots of jars & bottles for webshops and amazon",
    ),
    # libraries & archives, melbourne: systems & the catalogue
    (
        "library system migration",
        "our catalogue software is from 2004 and the vendor went bust",
        "we migrate small libraries to koha, hosted, with data migration and staff training",
    ),
    (
        "cataloguing",
        "backlog of 5000 donated books, none catalogued",
        "freelance cataloguer, RDA / MARC21, short contracts to clear backlogs",
    ),
    (
        "web accessibility",
        "website failed an accessibility audit, screen readers cant use our catalogue search",
        "web accessibility audits & fixes to WCAG 2.2, experience with library catalogues",
    ),
    (
        "volunteer rostering",
        "40 volunteers, rosters on a whiteboard, people double booked or no shows",
        "volunteer rostering app, reminders & shift swaps, free for nonprofits under 50 vols",
    ),
    (
        "records management",
        "council wants a retention & disposal schedule from us and we have nothing",
        "records management consultant, retention & disposal schedules, PROV compliant",
    ),
    # golf clubs, st andrews: running the club
    (
        "tee booking system",
        "members still phone in for tee times, pro shop cant cope on saturdays",
        "online tee booking system for clubs, members app, visitor payments, live in a week",
    ),
    (
        "launch monitor",
        "want to offer custom club fitting in the pro shop but we have no launch monitor",
        "we lease trackman & GCQuad units to pro shops and train your staff, monthly plan",
    ),
    (
        "clubhouse catering",
        "bar manager left and the clubhouse kitchen is shut at weekends",
        "catering company running golf clubhouse kitchens on contract, chefs & staff supplied",
    ),
    (
        "membership marketing",
        "membership down 20%, average age 68, we need younger members",
        "marketing for golf clubs: membership campaigns aimed at under-40s, social & email",
    ),
    (
        "payroll",
        "seasonal greens staff every summer, payroll is killing our secretary",
        "payroll bureau for clubs & charities, seasonal staff, pensions auto-enrolment",
    ),
    (
        "vat advice",
        "not sure whether visitor green fees are vat exempt for a members club",
        "vat specialist for sports clubs, green fees, membership & catering exemptions",
    ),
    (
        "embroidered clothing",
        "need 200 polos with the club crest for the open weekend",
        "embroidered clothing, club logos on polos, caps & knitwear, low minimums",
    ),
    # airport ground handlers, frankfurt: safety & health
    (
        "hearing protection",
        "loaders complaining of ringing ears after every shift",
        "custom moulded ear protection, we do fittings on site for ramp & baggage crews",
    ),
    (
        "hi-vis workwear",
        "need 300 hi vis winter jackets with our logo before november",
        "workwear supplier, EN ISO 20471 hi-vis jackets & trousers, logo printing",
    ),
    (
        "workwear laundry",
        "hi-vis vests go grey and lose reflectiveness, need washing that keeps them certified",
        "industrial laundry for workwear, certified hi-vis washing, pickup & delivery",
    ),
    (
        "occupational health",
        "need annual medicals for all our airside vehicle drivers",
        "occupational health clinic near FRA, driver medicals, eyesight & hearing tests",
    ),
    (
        "alcohol testing",
        "authority wants random alcohol & drug testing for airside drivers",
        "workplace drug & alcohol testing on site, certified collectors, 24/7",
    ),
    (
        "fod sweeping",
        "audit flagged FOD around stands 10-14, bits of luggage tags and wire everywhere",
        "apron sweeping service, magnetic sweepers & FOD walks, day or night",
    ),
    # furniture makers & upholsterers, grand rapids: selling & shipping
    (
        "furniture delivery",
        "customer in chicago bought a sideboard, how do I get it there without a scratch",
        "white glove furniture delivery across the midwest, blanket wrapped, placed in room",
    ),
    (
        "trade show booth",
        "got accepted into ICFF and I have no booth",
        "trade show booth builder, modular stands, design through install",
    ),
    (
        "sales rep",
        "want to get my tables into stores but hate selling",
        "furniture sales rep, I place small makers in boutiques across the midwest, commission",
    ),
    (
        "product photography",
        "my pieces look cheap in phone photos on etsy",
        "furniture & interiors photographer, styled shots in my studio or your showroom",
    ),
    (
        "product liability insurance",
        "worried what happens if a chair I made breaks under someone",
        "insurance agent for makers, product liability for furniture & small manufacturers",
    ),
    (
        "design infringement",
        "a big retailer is selling what is basically my chair for a third of the price",
        "design patent & trade dress attorney for furniture designers",
    ),
    (
        "costing",
        "I price my tables by gut, no idea if I actually make money on them",
        "accountant for makers & small workshops, job costing & pricing, quickbooks setup",
    ),
    # caravan parks & campsites, newquay: the pitches & statics
    (
        "electrical hook-up",
        "electrics trip on the touring field whenever its full",
        "electrician, campsite hook-up pillars installed & tested, supply upgrades",
    ),
    (
        "site wifi",
        "guests moan the wifi dies past the shower block",
        "site-wide wifi for holiday parks, mesh & point to point, managed and supported",
    ),
    (
        "static caravan repair",
        "damp in three of our statics, floors going soft",
        "static caravan & lodge repairs: floors, damp, re-cladding, done on site",
    ),
    (
        "gas safety",
        "need the gas on 30 statics checked and certified before we open at easter",
        "gas safe engineer, LPG checks & certificates for static caravans and lodges",
    ),
    (
        "caravan transport",
        "selling 5 old statics, need them off the site",
        "static caravan transport & siting, crane or tractor, we buy old units too",
    ),
    (
        "grass cutting",
        "pitches are knee high and I dont have time to mow",
        "grounds maintenance, grass cutting & strimming for campsites and holiday parks",
    ),
    (
        "planning permission",
        "want to add 10 glamping pods but the council keeps refusing",
        "planning consultant, rural tourism & caravan site licences, appeals",
    ),
    # music teachers & instrument shops, vienna: teaching business
    (
        "lesson scheduling",
        "parents cancel lessons by sms at 8am and I lose track of who paid",
        "scheduling & billing app for music teachers: makeup lessons, reminders, invoices",
    ),
    (
        "tax advice",
        "freelance teacher, first austrian tax return, svs letters I dont understand",
        "steuerberater for artists & freelancers, english spoken, svs sorted",
    ),
    (
        "teaching room",
        "need a room with a decent piano to teach 3 afternoons a week",
        "rehearsal & teaching rooms with grand pianos by the hour, 7th district",
    ),
    (
        "soundproofing",
        "neighbours complain about trumpet lessons in my flat",
        "acoustic consultant, soundproofing for practice rooms & home studios",
    ),
    (
        "website",
        "want a site where parents can see my lesson times & prices",
        "websites for music teachers, timetable & booking form, bilingual de/en",
    ),
    (
        "visa advice",
        "two of my non-EU students need residence permits to study with me",
        "immigration advisor, residence permits for students & artists in vienna",
    ),
    # beekeepers, ljubljana: running the apiary
    (
        "hive making",
        "need 40 new AŽ hives before spring",
        "carpenter, I build AŽ hive boxes & frames in linden wood, orders of any size",
    ),
    (
        "pollination",
        "our orchard had poor fruit set last year, need more bees in april",
        "we rent strong colonies for pollination, orchards & berries, moved in and out at night",
    ),
    (
        "hive transport",
        "need to move 60 hives up to the lime trees in june, my car wont cut it",
        "van & trailer hire with driver for moving hives, night moves ok",
    ),
    (
        "food safety",
        "inspector says I need HACCP for my bottling room",
        "food safety consultant, HACCP plans for small producers, beekeepers welcome",
    ),
    (
        "liability insurance",
        "neighbours horse got stung, now im worried about liability",
        "agricultural insurance broker, third party liability cover for beekeepers & hobby farms",
    ),
    (
        "bookkeeping",
        "registered as s.p. last year and my accounting is a total mess",
        "računovodstvo for small farms and s.p., english spoken, flat monthly fee",
    ),
    (
        "grant applications",
        "heard there's EU money for beekeepers but the forms are impossible",
        "advisor for rural development grants, beekeeping & small farm measures, we fill it in",
    ),
    (
        "mead making",
        "want to turn surplus honey into mead but im not licensed to sell alcohol",
        "licensed winery, we make mead under your label, min batch 200 l",
    ),
    (
        "apitourism",
        "want to do apiary visits for tourists but no idea how to get bookings",
        "we run apitourism tours around gorenjska, take on host apiaries, booking & guides incl",
    ),
    # libraries & archives, melbourne: programmes & projects
    (
        "oral history",
        "want to record interviews with elderly residents before it's too late",
        "oral historian, I record & transcribe community interviews, consent forms sorted",
    ),
    (
        "transcription",
        "800 hrs of interview cassettes already digitised, nobody has time to type them",
        "transcription service, audio & video, verbatim or clean read, australian based",
    ),
    (
        "grant writing",
        "applying for a community heritage grant, never written one",
        "grant writer for libraries, museums & heritage groups, 70% success rate",
    ),
    (
        "author visits",
        "need authors for the school holiday sessions in july",
        "author booking agency, childrens authors & illustrators for library sessions",
    ),
    (
        "library shelving",
        "moving into a new branch and need compactus shelving for the local history room",
        "library shelving & mobile compactus, supply and install, vic wide",
    ),
    (
        "library relocation",
        "moving 3km of books to the new building and they have to stay in order",
        "library & archive relocation, books kept in shelf order, crates & trolleys",
    ),
    (
        "copyright advice",
        "want to put old studio photos online but no idea who owns the copyright",
        "copyright advisor for cultural institutions, orphan works & licensing",
    ),
    (
        "genealogy research",
        "people keep asking the desk to research their family tree, we dont have the staff",
        "professional genealogist, paid family history research, happy to take referrals",
    ),
    # golf clubs, st andrews: the estate
    (
        "ecology survey",
        "planning for the new practice ground needs an ecological survey",
        "ecologist, phase 1 habitat surveys & protected species reports for planning",
    ),
    (
        "cctv",
        "someone keeps breaking into the greenkeepers shed and nicking fuel",
        "cctv & alarm installs for rural sites, 4g cameras, no mains needed",
    ),
    (
        "first aid",
        "a member collapsed on the 16th last year and we still have no defib",
        "AED supply & first aid training for sports clubs, on site sessions",
    ),
    (
        "corporate golf days",
        "want to fill the midweek tee sheet with company days",
        "we organise corporate golf days, teams of 20-80 brought to clubs midweek",
    ),
    (
        "drone filming",
        "want an aerial flyover of each hole for the website",
        "drone filming for golf courses, hole flyovers & course mapping, CAA licensed",
    ),
    (
        "website",
        "club website still shows the 2019 fixtures, nobody can update it",
        "web designer for clubs, easy to update fixtures & news pages, training included",
    ),
    # airport ground handlers, frankfurt: operations
    (
        "de-icing fluid",
        "running low on type I fluid and the winter has barely started",
        "we supply glycol de-icing fluids type I & IV, delivered to airports across DACH",
    ),
    (
        "shift rostering",
        "shift rosters done in excel, people swap shifts on whatsapp",
        "workforce rostering software for 24/7 ops, shift swaps & fatigue rules built in",
    ),
    (
        "cabin cleaning",
        "an airline wants cabin cleaning done inside 35 minute turnarounds",
        "aircraft cabin cleaning teams, turnaround & deep cleans, FRA and HHN",
    ),
    (
        "employment law",
        "union rep says our night shift pattern breaks the working time rules",
        "arbeitsrecht lawyer, working time & shift agreements, english speaking",
    ),
    # furniture makers & upholsterers, grand rapids: upholstery & small runs
    (
        "reupholstery",
        "grandmas wingback is tattered and the springs are poking through",
        "upholsterer, full reupholstery incl springs & webbing, antique chairs a speciality",
    ),
    (
        "chair caning",
        "cane seats on 6 bentwood chairs have gone through",
        "chair caning & rush seating repair, hand woven and pressed cane",
    ),
    (
        "contract sewing",
        "need 30 outdoor cushion covers sewn and I cant keep up",
        "contract sewing room: cushion covers, piping, zips, production runs",
    ),
    (
        "laser engraving",
        "want my makers mark branded into every piece",
        "laser engraving & custom branding irons for woodworkers",
    ),
    (
        "fire compliance",
        "hotel client needs the lounge chairs to meet cal 117 flammability",
        "flame retardant foams & fabrics, cal 117 compliant, test certs supplied",
    ),
    # caravan parks & campsites, newquay: guests & staff
    (
        "linen hire",
        "towels & bedding for 60 units every single week",
        "linen hire & laundry for holiday parks, delivered weekly",
    ),
    (
        "changeover cleaning",
        "saturday changeovers on 40 units and cleaners keep quitting",
        "holiday let changeover cleaning teams, cornwall, linen change incl",
    ),
    (
        "kids activities",
        "families want something for the kids to do on rainy days",
        "we run kids craft & nature sessions at holiday parks, bring everything",
    ),
    (
        "ev charging",
        "guests keep asking where they can charge their cars",
        "ev charger installs for tourism sites, grant applications sorted, pay per use",
    ),
    (
        "seasonal hr",
        "hiring 15 seasonal staff this year and we've never done contracts",
        "hr consultant for seasonal hospitality, contracts, right to work checks",
    ),
    (
        "fire safety",
        "insurer wants fire point checks and extinguishers serviced",
        "fire extinguisher servicing & fire risk assessments, cornwall & devon",
    ),
    (
        "playground inspection",
        "insurer wants our play area inspected before renewal",
        "RPII playground inspector, annual & operational inspections",
    ),
    (
        "pest control",
        "rats around the bins by the camp kitchen",
        "pest control for food & hospitality sites, rats & mice, discreet visits",
    ),
    (
        "accountant",
        "still running the park through my personal bank account",
        "accountant for holiday parks & farms, furnished holiday let tax",
    ),
    # music teachers & instrument shops, vienna: students & performances
    (
        "instrument insurance",
        "carry my cello on the tram every day, terrified of damage",
        "instrument insurance, worldwide cover incl transport & theft",
    ),
    (
        "music engraving",
        "wrote pieces for my students but my handwriting is unreadable",
        "music engraver, handwritten scores to sibelius / dorico, parts extracted",
    ),
    (
        "audition recording",
        "students need recordings for conservatory auditions by january",
        "mobile recording, audition videos & audio, I come to your hall",
    ),
    (
        "recital venue",
        "looking for a small hall for our student recital, about 80 seats",
        "salon hall with a steinway for recitals, 90 seats, weekends available",
    ),
    (
        "instrument rental",
        "kid wants to try cello but we dont want to buy one yet",
        "instrument rental, 1/8 to 4/4 cellos & violins, rent-to-buy",
    ),
    (
        "hearing protection",
        "drum teacher, my ears ring after a full day of lessons",
        "musicians earplugs, custom moulds with flat filters",
    ),
    (
        "accompanist",
        "students need a pianist for their exams in june",
        "répétiteur & accompanist, exam and audition accompaniment",
    ),
    # caravan parks & campsites, newquay: more on site
    (
        "static caravan repair",
        "roof on our oldest static leaks every time it rains sideways",
        "caravan & lodge roof repairs, resealing and re-roofing, on site across cornwall",
    ),
    (
        "drainage",
        "bottom field floods after heavy rain, tents literally floating",
        "land drainage contractor, french drains & soakaways for fields and campsites",
    ),
    (
        "booking system",
        "want guests to pick their own pitch and pay a deposit online",
        "pitch booking software w/ interactive site map, stripe deposits, 0 commission",
    ),
    # beekeepers, ljubljana: more from the apiary
    (
        "honey testing",
        "customer says my honey has gone grainy and thinks its fake, want to prove its pure",
        "honey authenticity testing, NMR & isotope analysis, certificates in english",
    ),
    (
        "queen bees",
        "starting 20 nucs in june and need queens for all of them",
        "queen rearing apiary near kamnik, virgin & mated carnica queens in batches",
    ),
    (
        "food labelling",
        "shop in vienna says my jar labels need german as well",
        "bilingual food label design, slo / de / en, checked against EU 1169/2011",
    ),
    # music teachers & instrument shops, vienna: more repairs
    (
        "piano tuning",
        "school has 8 practice pianos and none have been tuned in years",
        "piano tuning contracts for schools & music schools, twice-yearly visits",
    ),
    (
        "violin repair",
        "fingerboard came unglued on my cello right before a lesson",
        "string instrument repair, same week service for cellos, basses & violins",
    ),
    (
        "instrument rental",
        "adult student wants to try a saxophone for a few months",
        "woodwind & brass rental, sax, clarinet, flute, monthly, credit towards purchase",
    ),
    # libraries & archives, melbourne: more projects
    (
        "document scanning",
        "need the large format plans & maps from the shire engineer scanned",
        "large format scanning up to A0, maps, plans & posters, colour calibrated",
    ),
    (
        "paper conservation",
        "water stained parish registers, pages stuck together",
        "book & paper conservation lab, separating blocked pages, stabilising registers",
    ),
    # airport ground handlers, frankfurt: more ops
    (
        "gse repair",
        "pushback tractor leaking hydraulic fluid all over the stand",
        "mobile hydraulics & GSE mechanics, pushback tugs and de-icers, 24h on call",
    ),
    (
        "temp staffing",
        "need 10 extra de-icing operators on call for the winter",
        "seasonal aviation staff agency, trained de-icing crews Nov-Mar",
    ),
    (
        "hi-vis workwear",
        "ramp crew need safety boots & winter trousers, sizes all over the place",
        "PPE supplier for airports: S3 boots, thermal hi-vis trousers, size fitting days",
    ),
    # golf clubs, st andrews: more on the course
    (
        "irrigation repair",
        "main irrigation pump keeps cutting out at night",
        "pump station servicing for golf courses, controllers & pressure faults fixed",
    ),
    (
        "tree surgery",
        "ash dieback in the trees along the 11th, worried one will fall on a golfer",
        "tree surgeon, ash dieback surveys and safe felling, golf & estate work",
    ),
    (
        "embroidered clothing",
        "junior section needs caps and waterproofs with the crest",
        "club merch: embroidered caps, waterproofs, bag tags, small runs",
    ),
    # furniture makers & upholsterers, grand rapids: more making
    (
        "hardwood lumber",
        "looking for quartersawn white oak for a mission style bed",
        "hardwood dealer, quartersawn white oak & figured maple, mill to thickness",
    ),
    (
        "reupholstery",
        "mid century sofa, fabric is fine but the cushions are flat as pancakes",
        "upholstery shop, cushion refills & new foam/dacron wraps, mcm pieces welcome",
    ),
    (
        "contract finishing",
        "client wants a custom stain match to her existing cabinets",
        "finishing shop, colour matching stains & lacquers, sample boards first",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "bee suit zip is broken, need it fixed",
        "suit tailoring & alterations, wedding suits a speciality",
        "a tailored suit, not a beekeeping suit",
    ),
    (
        "need a book scanner for fragile volumes",
        "bookkeeping for small charities",
        "bookkeeping, not book scanning",
    ),
    (
        "old photos need preserving, they're fading",
        "homemade jams & preserves",
        "fruit preserves, not photo preservation",
    ),
    (
        "touring field needs more hook-ups",
        "tour manager for bands on the road",
        "music tours, not a touring caravan field",
    ),
    (
        "need audio cassettes digitised",
        "we sell blank cassettes & retro walkmans",
        "sells tapes, does not transfer them",
    ),
    (
        "want my apiary certified organic",
        "organic veg box delivery, ljubljana",
        "sells organic food, does not certify",
    ),
    (
        "piano needs tuning",
        "car tuning & engine remaps",
        "cars, not pianos",
    ),
    (
        "lost the queen from my best hive, need a replacement asap",
        "handmade queen size bed frames in walnut",
        "a queen bed, not a queen bee",
    ),
    (
        "fairway drainage is useless, waterlogged all winter",
        "lymphatic drainage massage",
        "a massage, not land drainage",
    ),
    (
        "need labels for 5000 honey jars",
        "indie record label looking for new artists",
        "a record label, not product labels",
    ),
    (
        "need aprons swept overnight",
        "embroidered kitchen aprons for restaurants",
        "cooks' aprons, not an airport apron",
    ),
    (
        "moles wrecking the 14th green",
        "mole & skin tag removal clinic",
        "skin moles, not the animal",
    ),
    (
        "half our buggies need new batteries",
        "baby buggy & pram hire for holidays",
        "prams, not golf buggies",
    ),
    (
        "new ramp agents need training",
        "wheelchair ramps made & installed",
        "building access ramps, not ramp agent training",
    ),
    (
        "need someone to do my bookkeeping",
        "bookkeeping course for beginners, evening classes",
        "teaches bookkeeping, does not do it",
    ),
    (
        "hi-vis vests need certified washing",
        "dry cleaning for suits & dresses",
        "ordinary dry cleaning, not certified hi-vis laundry",
    ),
    (
        "6 chairs need recaning",
        "canning jars & lids wholesale",
        "preserving jars, not chair cane",
    ),
    (
        "short 40 baggage handlers this summer",
        "suitcase & luggage repair shop",
        "repairs bags, does not supply staff",
    ),
    (
        "new staff need german lessons",
        "translation german to english, certified",
        "translates documents, does not teach german",
    ),
    (
        "need someone to cut the rough before the open",
        "video editor, rough cuts to final edit",
        "a rough cut of a film, not golf rough",
    ),
    (
        "looking for a queen breeder",
        "dog breeding kennel, labradors",
        "breeds dogs, not queen bees",
    ),
    (
        "need someone to take a swarm out of my chimney",
        "beekeeping course for beginners, 6 saturdays",
        "teaches beekeeping, does not remove swarms",
    ),
    (
        "looking for walnut lumber 8/4",
        "walnuts, pecans & mixed nuts wholesale",
        "nuts to eat, not wood",
    ),
    (
        "caravan awning torn in the storm, needs repair",
        "retractable awnings for homes, supply & fit",
        "sells new house awnings, does not repair caravan ones",
    ),
    (
        "need a small hall with a piano for a recital",
        "sports hall hire for badminton & 5-a-side",
        "a sports hall, no piano or concert seating",
    ),
    (
        "toilet block drains keep blocking",
        "block paving & driveways",
        "paving blocks, not drains",
    ),
    (
        "want our old website archived so people can still see it",
        "acid-free archive boxes & folders",
        "boxes for paper, not web archiving",
    ),
    (
        "mould in the basement store, need collections cleaned",
        "mould making & resin casting workshop",
        "casting moulds, not mould remediation",
    ),
    (
        "varroa counts high, need a treatment plan",
        "we sell microscopes for schools and hobby labs",
        "sells equipment, no bee health advice",
    ),
    (
        "need a piano moved to the 3rd floor",
        "piano lessons for adult beginners",
        "teaches piano, does not move pianos",
    ),
    (
        "need foam cut for dining chairs",
        "foam parties for kids birthdays",
        "party foam, not upholstery foam",
    ),
    (
        "catalogue software needs replacing",
        "we print product catalogues for retailers",
        "printed catalogues, not library software",
    ),
    (
        "looking for smoker fuel that burns cool and long",
        "stop smoking clinic, nicotine replacement & coaching",
        "quitting cigarettes, not fuel for a bee smoker",
    ),
    (
        "need a storyteller for toddler story time",
        "storytelling workshops for business leaders",
        "teaches executives, does not perform for kids",
    ),
    (
        "FOD around the stands needs sweeping",
        "chimney sweep, all fuels",
        "sweeps chimneys, not aprons",
    ),
    (
        "want a chair prototype cut on a cnc",
        "cnc machining in aluminium & steel, aerospace tolerances",
        "machines metal parts, not wooden furniture",
    ),
    (
        "flute keys sticking",
        "key cutting while you wait",
        "door keys, not flute keys",
    ),
    (
        "need a hive scale to track nectar flow",
        "scale models & miniatures made to order",
        "model making, not weighing scales",
    ),
    (
        "need leather hides for club chairs",
        "leather jacket repair & alterations",
        "repairs jackets, does not supply hides",
    ),
    (
        "silverfish eating the bindings",
        "aquarium fish & tanks",
        "sells fish, not pest control",
    ),
    (
        "pitch booking is a mess, need software",
        "sales pitch coaching for founders",
        "a sales pitch, not a camping pitch",
    ),
    (
        "need a site warden for the summer",
        "website designer, wordpress",
        "a web site, not a camp site",
    ),
    (
        "two belt loaders down, need repairs",
        "handmade leather belts & wallets",
        "trouser belts, not belt loaders",
    ),
    (
        "geese all over the greens every morning",
        "goose down duvets & pillows",
        "sells duvets, does not control geese",
    ),
    (
        "club needs a part-time secretary for membership admin",
        "we book DJs for clubs & bars",
        "nightclubs, not a golf club's admin",
    ),
    (
        "need strings for 10 student violins",
        "string lights & fairy lights for events",
        "lights, not instrument strings",
    ),
    (
        "need someone to french polish a mahogany table",
        "french lessons for adults, evenings",
        "language lessons, not furniture finishing",
    ),
    (
        "need de-icing fluid before the cold snap",
        "cake icing & decorating classes",
        "cake icing, not de-icing",
    ),
    (
        "chemical toilet disposal point is broken",
        "chemistry tutor, gcse & a-level",
        "tutoring, not toilet disposal",
    ),
    (
        "tugs need new tyres",
        "tug of war team building days",
        "a team game, not aircraft tugs",
    ),
    (
        "need a tree surgeon for storm damage",
        "bonsai classes, bring your own tree",
        "teaches bonsai, does not fell trees",
    ),
    (
        "need our bookings managed while we're away",
        "we book comedians & magicians for parties",
        "booking acts, not managing park bookings",
    ),
    (
        "hook-up pillars keep tripping",
        "fishing hooks & tackle shop",
        "fishing hooks, not electric hook-up",
    ),
    (
        "need a load controller for the night shift",
        "washing machine repairs, all loads all brands",
        "washing machines, not aircraft load control",
    ),
    (
        "council wants us to sort our records retention",
        "vinyl records bought & sold",
        "music records, not public records",
    ),
    (
        "lesson booking app for my students",
        "online piano lessons via zoom",
        "gives lessons, not scheduling software",
    ),
    (
        "torn map needs conservation work",
        "wildlife conservation volunteer trips",
        "nature conservation, not paper conservation",
    ),
    (
        "want golf tees printed with our club logo",
        "custom t-shirt printing, DTF & screen",
        "t-shirts, not golf tees",
    ),
    (
        "need a pianist to accompany exams",
        "new & used pianos for sale",
        "sells pianos, does not play",
    ),
    (
        "amateur orchestra needs a conductor",
        "electrical conductor cable wholesale",
        "cables, not a music conductor",
    ),
    (
        "members irons need regripping",
        "ironing & laundry service, same day",
        "clothes ironing, not golf clubs",
    ),
    (
        "router bit is blunt and burning the oak",
        "wifi router setup & home networks",
        "network routers, not woodworking bits",
    ),
    (
        "need a webshop built for my honey",
        "learn to code bootcamp, 12 weeks",
        "teaches coding, does not build the shop",
    ),
    (
        "neighbours complain about noise, need soundproofing",
        "sound engineer for live gigs",
        "runs live sound, does not soundproof rooms",
    ),
    (
        "night shift staff cant get to the airport at 3am",
        "cheap flights & holiday packages from FRA",
        "travel deals, not staff transport",
    ),
    (
        "septic tank needs emptying",
        "fish tank & aquarium maintenance",
        "aquariums, not septic tanks",
    ),
    (
        "the 6th green needs rebuilding",
        "green energy consultancy, solar for businesses",
        "green as in energy, not a golf green",
    ),
    (
        "need flight cases for our instruments",
        "cheap flight deals, travel agent",
        "plane tickets, not instrument cases",
    ),
    (
        "microfilm reader in the reading room broke",
        "micro film festival, submit your short films",
        "short films, not microfilm equipment",
    ),
    (
        "static caravan floors going soft",
        "anti-static flooring for server rooms",
        "anti-static floors, not caravan repairs",
    ),
    (
        "need 40 tonnes of bunker sand delivered",
        "floor sanding & varnishing",
        "sanding floors, not supplying sand",
    ),
    (
        "my honey extractor bearing is gone, need it repaired",
        "we sell new stainless extractors, 4 to 20 frame",
        "sells new extractors, does not repair",
    ),
    (
        "need clean wax for foundation sheets",
        "car wax & full valet detailing, mobile",
        "car polish, not beeswax",
    ),
    (
        "need someone to reupholster my sofa",
        "upholstery course, learn to reupholster a footstool",
        "teaches upholstery, does not do the job",
    ),
    (
        "need a veneer press for a table top",
        "cosmetic dentistry, porcelain veneers",
        "dental veneers, not wood veneer",
    ),
    (
        "honey jars keep breaking in the post",
        "glass repair & windscreen replacement",
        "fixes windscreens, not packaging",
    ),
    (
        "need my cello bow rehaired",
        "hair extensions & keratin treatments",
        "human hair, not bow hair",
    ),
    (
        "driving range nets are ripped, balls flying into the road",
        "driving lessons, manual & automatic",
        "teaching driving a car, not golf range netting",
    ),
    (
        "need a GPU on stand 30, ours died",
        "GPU servers for AI training, rented by the hour",
        "graphics processors, not a ground power unit",
    ),
    (
        "violin has a crack, needs repair",
        "violin lessons for kids, suzuki method",
        "teaches violin, does not repair",
    ),
    (
        "my organ needs repairing, pipes wheezing",
        "organ donation awareness charity",
        "organ donation, not a church organ",
    ),
    (
        "spray booth for 20 tables",
        "spray tanning, mobile",
        "tanning, not finishing furniture",
    ),
    (
        "need the reels on the triplex mowers ground",
        "coffee grinder repair & servicing",
        "grinds coffee, not mower reels",
    ),
    (
        "need oboe reeds made",
        "reed diffusers & scented candles",
        "home fragrance, not oboe reeds",
    ),
]
