"""The twenty-sixth hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: a coffee roasters', tea merchants' and café
owners' cupping night in Melbourne; a removals, storage and self-storage operators' breakfast in
Manchester; an independent schools' bursars' and school business managers' conference in Oxford;
a marine biology startups', aquaculture and seaweed farmers' meetup in Bergen (in English); a
podcasters', YouTubers' and video editors' mixer in Los Angeles; a dentists', orthodontists' and
dental lab owners' evening in Auckland; and a ski schools', mountain huts' and alpine tour
operators' gathering in Chamonix (in English).

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 67 of 177 pairs (37.9 %) and 10 decoys of 84 with the
lexicon and matcher as the round on the twenty-fifth set began; 67 and 10 as it ended. Then
tuned on: 155 (87.6 %) and 4 decoys as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # Melbourne cupping night: green coffee
    (
        "green coffee importer",
        "looking for a new green bean importer, current one keeps shorting us on the ethiopians",
        "green coffee importer, direct trade lots from ethiopia, colombia & png, "
        "warehoused in port melbourne",
    ),
    (
        "green coffee importer",
        "want to buy a few bags of single origin green to start roasting, not a full container",
        "we sell green coffee by the 30kg bag, no minimums, samples posted free",
    ),
    (
        "green coffee importer",
        "where do small roasters get raw beans in aus?? everyone seems to buy containers",
        "importer for micro roasters - we split containers so you can buy from 1 bag",
    ),
    # Manchester removals breakfast: vans
    (
        "van leasing",
        "need 3 more luton vans before the summer rush, dont want to buy",
        "commercial vehicle leasing, luton box vans w/ tail lifts, 12-48 month terms",
    ),
    (
        "van leasing",
        "one of our 7.5 tonners is off the road for a month, need a replacement quick",
        "short term truck hire 3.5t to 18t, delivered to your yard anywhere in greater manchester",
    ),
    (
        "van leasing",
        "fleet is getting old and the repair bills are killing us, 5 vans all 10+ yrs",
        "contract hire on new vans, maintenance & tyres included in the monthly, "
        "we take your old ones in part ex",
    ),
    # Oxford bursars' conference: catering
    (
        "school catering",
        "catering contract is up for tender next year, looking at alternatives",
        "school catering provider, fresh cooked on site, 40 "
        "independent schools inc. boarding menus",
    ),
    (
        "school catering",
        "pupils hate the food and parents keep emailing me about it",
        "contract caterer for independent schools - we run pupil food forums and redesign menus",
    ),
    (
        "school catering",
        "our in house kitchen team is retiring en masse, need someone to take over the catering",
        "we take on school kitchens incl. TUPE of existing staff, "
        "breakfast lunch & boarding suppers",
    ),
    # Bergen marine meetup: fish health
    (
        "fish health",
        "lice counts creeping up at our site, need someone to look at it independently",
        "aquaculture vet, fish health services, sea lice strategy, site visits on the west coast",
    ),
    (
        "fish health",
        "getting some gill issues in the salmon after the warm spell",
        "fish health biologist - gill scoring, diagnostics, sampling. vestland & rogaland",
    ),
    # Los Angeles creators' mixer: podcast editing
    (
        "podcast editing",
        "spending 6 hours editing each episode, i hate it",
        "podcast editor: cut ums, level audio, show notes. $150/episode, 48hr turnaround",
    ),
    (
        "podcast editing",
        "audio sounds like we recorded in a bathroom lol",
        "podcast audio engineer, noise reduction, de-reverb, mixing & mastering",
    ),
    (
        "podcast editing",
        "weekly interview show, need someone to take the raw zoom files and make it sound pro",
        "i edit & mix interview podcasts from remote recordings, "
        "riverside/zoom, flat monthly rate",
    ),
    # Auckland dental evening: lab work
    (
        "dental lab crowns",
        "looking for a new lab for zirconia crowns, current one is 3 weeks turnaround",
        "dental lab in penrose, zirconia & emax crowns, 5 working days, digital files accepted",
    ),
    (
        "dental lab crowns",
        "shade matching on anterior crowns has been off lately, patients noticing",
        "ceramist, anterior aesthetics & custom shading, your "
        "patients can come in for a shade take",
    ),
    # Chamonix alpine gathering: staff
    (
        "seasonal instructor recruitment",
        "still need 4 instructors for peak weeks in feb",
        "ski instructor recruitment, BASI & ESF qualified, seasonal and peak week placements",
    ),
    (
        "seasonal hut staff",
        "hut needs a cook and two helpers june to september",
        "seasonal staffing agency for mountain hospitality - chefs, hut staff, chalet hosts",
    ),
    (
        "seasonal instructor recruitment",
        "ski school, 2 of our english speaking instructors dropped out for xmas",
        "agency placing qualified english speaking ski instructors, "
        "short notice cover in the alps",
    ),
    # Melbourne: roasters and machines
    (
        "roaster repair",
        "our 15kg probats burner keeps cutting out mid roast",
        "roaster technician - probat, giesen, diedrich. servicing & burner repairs, vic and nsw",
    ),
    (
        "roaster repair",
        "drum roaster needs its annual service + afterburner check, who do ppl use",
        "i service commercial coffee roasters and afterburners, 20 yrs, melbourne based",
    ),
    (
        "roaster repair",
        "roaster drum bearing is making a horrible grinding noise",
        "coffee roaster mechanic, bearings, motors, drum rebuilds, parts for most brands",
    ),
    (
        "espresso machine repair",
        "group head leaking on the la marzocco again, need a tech this week",
        "espresso machine tech, la marzocco & slayer certified, same week callouts inner north",
    ),
    (
        "espresso machine repair",
        "3 cafes, want someone on a preventative maintenance contract for the machines",
        "commercial coffee machine service contracts: quarterly visits, seals, gaskets, descaling",
    ),
    (
        "espresso machine repair",
        "boiler pressure keeps dropping during the morning rush",
        "coffee machine repairs - boilers, pumps, pressurestats. 7 days",
    ),
    # Manchester: insurance and software
    (
        "removals insurance",
        "our insurance renewal has doubled, removals firm, 6 trucks",
        "insurance broker for removals & storage cos: goods in transit, public liability, fleet",
    ),
    (
        "removals insurance",
        "customer claimed we broke an antique and our insurers being useless",
        "ex loss adjuster, i help removal firms fight declined or stalled insurance claims",
    ),
    (
        "self storage software",
        "still running our 200 units off a spreadsheet and a whiteboard",
        "self storage management software - online booking, auto billing, gate access integration",
    ),
    (
        "self storage software",
        "want customers to be able to rent a unit online at 11pm without ringing us",
        "we build online rental & e-sign for self storage sites, plugs into your existing website",
    ),
    (
        "removals quoting software",
        "quotes take me an evening each, surveys still on paper",
        "removals software: video surveys, instant quotes, job scheduling & crew sheets",
    ),
    (
        "removals quoting software",
        "diary is chaos, double booked two crews last week",
        "job scheduling app built for removal companies, crew & vehicle calendar, customer texts",
    ),
    # Oxford: fees and VAT
    (
        "school fee collection",
        "chasing parents for overdue fees takes up a full day a week",
        "fees collection service for independent schools - polite, effective, GDPR compliant",
    ),
    (
        "school fee collection",
        "want to offer parents monthly instalments instead of termly",
        "school fees payment platform, monthly plans for parents, we "
        "take on the admin & default risk",
    ),
    (
        "school fee collection",
        "bad debt from leavers is up to 90k, governors asking questions",
        "debt recovery for schools, pre-action letters through to county court, no win no fee",
    ),
    (
        "school VAT advice",
        "VAT on fees has thrown our budget, need someone who actually gets partial exemption",
        "VAT adviser to independent schools: input tax recovery, partial exemption, boarding",
    ),
    (
        "school VAT advice",
        "do we charge vat on peripatetic music lessons?? nobody knows",
        "chartered tax adviser, education sector VAT specialist, quick written opinions",
    ),
    # Bergen: seaweed and funding
    (
        "seaweed processing",
        "we harvested 40 tonnes of sugar kelp and dont have a way to dry it fast enough",
        "seaweed processing facility near bergen, drying & milling on contract",
    ),
    (
        "seaweed processing",
        "need someone to turn our kelp into a food grade powder",
        "contract processing for seaweed: blanching, drying, powdering. food safety certified",
    ),
    (
        "seaweed processing",
        "fresh kelp goes off in hours, need it stabilised before it reaches the buyer",
        "we ensile and freeze fresh seaweed at the quay, keeps for months, pickup from farms",
    ),
    (
        "grant writing",
        "want to apply for horizon europe funding but the forms are impossible",
        "grant writer for blue economy startups, horizon europe & innovation norway, 60% success",
    ),
    (
        "grant writing",
        "need help w/ our innovation norway application, deadline in 3 weeks",
        "ex innovation norway adviser, now help startups write and polish funding applications",
    ),
    # LA: thumbnails, studios
    (
        "thumbnail design",
        "my CTR is like 2%, thumbnails look amateur",
        "youtube thumbnail designer, A/B tested, 200+ channels, $60 each",
    ),
    (
        "thumbnail design",
        "nobody clicks my videos even tho ppl who watch love them",
        "thumbnail & title packaging for youtubers, we test 3 variants per upload",
    ),
    (
        "podcast studio rental",
        "need somewhere to film a video podcast with 3 guests",
        "video podcast studio in burbank, 4 cams, 4 mics, lighting, by the hour",
    ),
    (
        "podcast studio rental",
        "my apartment echo is awful, need a place to record",
        "soundproofed podcast booth for rent in west hollywood, $45/hr",
    ),
    # Auckland: aligners, practice sale
    (
        "clear aligners",
        "want to start offering aligners w/o paying big brand prices",
        "aligner lab partner - we design & print aligners from your intraoral scans",
    ),
    (
        "clear aligners",
        "ortho practice wanting to bring aligner production in house",
        "in-office aligner setup: 3D printers, thermoformer, software & staff training",
    ),
    (
        "dental practice sale",
        "thinking of retiring in two years, what's my practice worth",
        "dental practice broker, valuations & sales NZ wide, 60+ practices sold",
    ),
    (
        "dental practice sale",
        "looking to buy a practice in the bay of plenty",
        "dental practice broker with off-market listings across the north island",
    ),
    # Chamonix: huts
    (
        "helicopter supply",
        "our hut has to get 3 tonnes of supplies up before opening",
        "helicopter lifts for mountain huts, supply rotations up, waste down",
    ),
    (
        "helicopter supply",
        "need to fly the seasons rubbish and empty gas bottles down in sept",
        "heli sling loads for refuges, building material, gas, "
        "waste, based in the chamonix valley",
    ),
    (
        "off-grid hut energy",
        "hut runs on a diesel generator, noisy and expensive",
        "off-grid solar & battery systems for mountain refuges, designed for altitude & snow load",
    ),
    (
        "off-grid hut energy",
        "our batteries die every cloudy week and we run out of power for the kitchen",
        "energy audits & battery upgrades for remote huts, lithium storage, micro hydro",
    ),
    # Melbourne: training and supply
    (
        "barista training",
        "new staff can't steam milk to save their lives",
        "barista trainer, latte art & milk texturing sessions, can come to your cafe",
    ),
    (
        "barista training",
        "need my team consistent on dialing in, we get complaints every saturday",
        "i run barista courses: extraction, dialling in, workflow for busy service. $180pp",
    ),
    (
        "barista training",
        "opening in march, none of my hires have barista experience",
        "coffee school in collingwood, beginner barista certificate, 2 day course",
    ),
    (
        "wholesale coffee",
        "cafe owner, unhappy w/ current roaster, looking to switch beans",
        "specialty roaster, wholesale to 40 cafes, machine loan & staff training with supply",
    ),
    (
        "wholesale coffee",
        "need a house blend for my bakery, doing about 15kg a week",
        "small batch roaster, wholesale from 5kg/wk, we'll build you a custom blend",
    ),
    (
        "wholesale coffee",
        "opening a second site and want a decaf that doesnt taste like cardboard",
        "roaster supplying cafes w/ swiss water decaf & a full wholesale range, weekly delivery",
    ),
    # Manchester: packing, labour
    (
        "packing materials",
        "go through a mountain of boxes and bubble wrap each month, paying retail",
        "packaging wholesaler: removal boxes, tape, bubble, wardrobe cartons, free delivery NW",
    ),
    (
        "packing materials",
        "need branded cardboard boxes with our logo on",
        "printed removal boxes with your logo, from 500 units",
    ),
    (
        "packing materials",
        "self storage shop keeps running out of padlocks and boxes to sell",
        "retail packaging packs for self storage receptions: boxes, locks, covers, on consignment",
    ),
    (
        "removals labour",
        "short on porters every saturday, lads keep no showing",
        "labour agency for removals, vetted porters & drivers mates, same day cover",
    ),
    (
        "HGV driver recruitment",
        "need a class 2 driver asap, ours handed his notice in",
        "HGV driver recruitment, C and C+E drivers, temp & perm, manchester & leeds",
    ),
    # Oxford: minibus, grounds
    (
        "school minibus",
        "our minibuses are ancient and the D1 licence thing is a headache",
        "minibus leasing for schools, 17 seat, under 3.5t options, maintenance included",
    ),
    (
        "school minibus",
        "need transport for sports fixtures every wed and sat",
        "coach & minibus hire with drivers for school fixtures, all drivers DBS checked",
    ),
    (
        "grounds maintenance",
        "cricket square is a mess and the groundsman's retired",
        "sports turf & grounds maintenance, cricket squares, rugby pitches, schools across oxon",
    ),
    (
        "grounds maintenance",
        "30 acres of playing fields and only one part time gardener",
        "grounds contractor for schools, mowing, line marking, hedges, pitch renovation",
    ),
    # Bergen: sensors, ROV
    (
        "water quality monitoring",
        "want real time oxygen and temp readings at our pens",
        "water quality sensors for fish farms: dissolved O2, temp, salinity, live dashboard",
    ),
    (
        "water quality monitoring",
        "need to monitor nutrients around our seaweed lines over the season",
        "ocean sensor buoys, nitrate & phosphate logging, rent per season",
    ),
    (
        "ROV inspection",
        "need the nets inspected monthly, divers are expensive",
        "ROV net inspection service for fish farms, HD video report, same week",
    ),
    (
        "ROV inspection",
        "mooring lines need checking after the storm",
        "underwater drone inspections - moorings, nets, hulls. western norway",
    ),
    # LA: sponsors, captions
    (
        "creator sponsorships",
        "50k subs and no idea how to get sponsors",
        "talent manager for youtubers, i source brand deals and negotiate rates",
    ),
    (
        "podcast advertising",
        "podcast has 20k downloads per ep, want to start running ads",
        "podcast ad network, host read ads, we sell inventory for shows w/ 5k+ downloads",
    ),
    (
        "subtitles and transcription",
        "need subtitles in spanish for my channel",
        "subtitle translation english to spanish, SRT files, native speakers",
    ),
    (
        "subtitles and transcription",
        "want transcripts of every episode for SEO",
        "transcription service, 99% accuracy, podcasts & video, $1/min",
    ),
    (
        "subtitles and transcription",
        "deaf viewers keep asking me for proper captions not the auto ones",
        "closed captioning, human checked, speaker IDs & sound tags, burned in or sidecar",
    ),
    # Auckland: equipment, staff
    (
        "dental equipment repair",
        "autoclave keeps failing its cycle",
        "dental equipment technician - autoclaves, chairs, compressors, auckland callouts",
    ),
    (
        "dental equipment repair",
        "chair hydraulics dying, patient got stuck halfway up lol",
        "dental chair repairs & servicing, all brands",
    ),
    (
        "dental equipment repair",
        "suction unit keeps cutting out mid procedure",
        "servicing dental suction, compressors and plant rooms, 24hr breakdown line",
    ),
    (
        "dental recruitment",
        "need a locum for 6 weeks while i'm on parental leave",
        "locum dentist agency, NZ registered dentists, short & long term",
    ),
    (
        "dental recruitment",
        "cant find a dental assistant anywhere",
        "dental recruitment - DAs, hygienists, receptionists, auckland & waikato",
    ),
    # Chamonix: bookings, insurance
    (
        "hut booking system",
        "guests book the refuge by phone and email, constant double bookings",
        "online booking system for mountain huts, deposits, half board, multilingual",
    ),
    (
        "ski school booking software",
        "ski school still takes lesson bookings on paper",
        "booking software for ski schools: lessons, instructor schedules, online payments",
    ),
    (
        "tour operator insurance",
        "need liability cover for guided tours in france and italy",
        "insurance for mountain guides & tour operators, cross border, incl. rescue costs",
    ),
    (
        "tour operator insurance",
        "ski school public liability renewal is due and quotes are crazy",
        "broker for ski schools & outdoor businesses, RC pro and public liability in france",
    ),
    # Melbourne: tea
    (
        "wholesale tea",
        "want a proper loose leaf tea list on the menu, not bags",
        "tea merchant, wholesale loose leaf to cafes - sencha, oolongs, chai - plus staff tasting",
    ),
    (
        "wholesale tea",
        "our chai is from a syrup and customers can tell lol",
        "we blend a spiced chai for cafes, whole spices, wholesale 1kg bags",
    ),
    (
        "wholesale tea",
        "looking for matcha that isnt bitter, ceremonial-ish grade for lattes",
        "importing matcha direct from uji, culinary & ceremonial grades, wholesale",
    ),
    (
        "private label tea",
        "want our own branded tea range for the shop, maybe 6 blends",
        "private label tea blending, your brand on the tin, MOQ 50 units per blend",
    ),
    # Manchester: telematics, piano
    (
        "vehicle tracking",
        "no idea where my vans are half the day",
        "vehicle tracking for small fleets, live map, driver behaviour, £9/van/month",
    ),
    (
        "vehicle tracking",
        "fuel bill is mental, think the lads are idling or taking the long way",
        "fleet telematics: idling reports, route history, fuel dashboards",
    ),
    (
        "piano moving",
        "customer has a grand piano on a second floor, we're not touching that",
        "specialist piano movers, grands & uprights, stairs, cranes. "
        "subcontract for removal firms",
    ),
    (
        "piano moving",
        "school wants 6 pianos moved between buildings over half term",
        "piano removals, uprights & grands, multi-piano jobs for schools and churches",
    ),
    # Oxford: lettings, pensions
    (
        "school lettings",
        "sports hall and pool sit empty every weekend and holiday",
        "we manage school facility lettings: marketing, bookings, "
        "staffing. you get a revenue share",
    ),
    (
        "school lettings",
        "want to rent out the school for summer camps",
        "summer camp operator looking for boarding schools to host us july to august",
    ),
    (
        "teachers' pension advice",
        "thinking of leaving TPS, staff are worried, need proper advice",
        "pension consultants to independent schools: TPS phased withdrawal, staff communications",
    ),
    (
        "teachers' pension advice",
        "support staff pension scheme is costing a fortune and nobody understands it",
        "employee benefits consultant for schools, reviews support "
        "staff pensions & auto enrolment",
    ),
    # Bergen: lab, permits
    (
        "seafood lab testing",
        "buyer wants heavy metal and iodine test results for our seaweed",
        "accredited lab, seaweed analysis: iodine, arsenic, cadmium, lead. 10 day turnaround",
    ),
    (
        "seafood lab testing",
        "need microbiology testing on our mussels before we can sell",
        "food lab, shellfish microbiology & biotoxin testing, "
        "approved by the food safety authority",
    ),
    (
        "aquaculture licensing",
        "how do i even get a licence to farm seaweed in a fjord",
        "consultant for aquaculture licensing: site applications, county council, env. surveys",
    ),
    (
        "aquaculture licensing",
        "want to expand our mussel site but the application got rejected",
        "aquaculture permits specialist, appeals & resubmissions, 15 yrs with the directorate",
    ),
    # LA: music, strategy
    (
        "music licensing",
        "got a copyright claim on my last 3 videos because of the music",
        "royalty free music library for creators, cleared for youtube, no claims",
    ),
    (
        "podcast theme music",
        "want an original theme song for my podcast",
        "composer, podcast intros & theme music, full buyout licence",
    ),
    (
        "youtube growth strategy",
        "views plateaued at 10k for a year",
        "youtube strategist, analytics audits, titles, retention. grew 30 channels past 100k",
    ),
    (
        "youtube growth strategy",
        "not sure if i should do shorts, longform, or both. channel is stuck",
        "channel consultant: content strategy, format testing & upload plans for small youtubers",
    ),
    # Auckland: marketing, compliance
    (
        "dental marketing",
        "new patient numbers flat, website is from 2012",
        "dental marketing agency - websites, google ads, new patient funnels",
    ),
    (
        "dental marketing",
        "want more implant patients specifically",
        "dental marketing, implant & cosmetic campaigns on google and meta",
    ),
    (
        "infection control compliance",
        "dental council audit coming up, worried about our infection control records",
        "infection prevention consultant for dental practices: "
        "audits, staff training, documentation",
    ),
    (
        "infection control compliance",
        "new steri nurse, no idea if our sterilisation logs are up to standard",
        "sterilisation & reprocessing training for dental teams, log templates, mock audits",
    ),
    # Chamonix: training, housing
    (
        "avalanche training",
        "want all our guides to redo avalanche rescue training before the season",
        "avalanche courses for pros: companion rescue, multi-burial beacon search, chamonix",
    ),
    (
        "avalanche training",
        "new hut staff have never touched a transceiver",
        "avalanche awareness & transceiver training, half day, we come to you",
    ),
    (
        "staff accommodation",
        "can't house my staff, rents in chamonix are insane",
        "staff accommodation block in les houches, seasonal rooms let to businesses",
    ),
    (
        "staff accommodation",
        "need beds for 8 seasonnaires dec to april",
        "we lease whole apartments to employers for the winter season, argentière & les praz",
    ),
    # Melbourne: packaging, fit-out
    (
        "coffee packaging",
        "need retail bags with degassing valves, 250g and 1kg, printed",
        "custom printed coffee bags w/ one-way valves, low MOQ, compostable option",
    ),
    (
        "coffee packaging",
        "our bags arent recyclable and customers keep asking",
        "home-compostable coffee packaging, certified AS5810, valves and zips",
    ),
    (
        "cafe fit-out",
        "took a lease on an old milk bar, want to turn it into a cafe, no idea where to start",
        "hospitality fit-outs, design & build, permits handled, 30+ cafes across melbourne",
    ),
    (
        "cafe fit-out",
        "want to redo our counter and add a brew bar, 6 week window",
        "shopfitter specialising in cafes: counters, brew bars, joinery",
    ),
    # Manchester: containers, clearance
    (
        "storage containers",
        "want to add storage to our removals business, have a yard but no building",
        "we sell & deliver 20ft and 40ft steel containers converted "
        "for self storage, roller doors",
    ),
    (
        "storage containers",
        "thinking of starting container self storage on a farm site",
        "container self storage consultant: planning, layout, sourcing units, first 50 customers",
    ),
    (
        "house clearance",
        "loads of jobs where clients leave half a house of junk behind",
        "licensed waste carrier, house clearances, we take what's left after the move",
    ),
    (
        "house clearance",
        "unit left full after the tenant vanished, need it emptied and disposed of properly",
        "clearance & disposal for self storage operators, waste "
        "transfer notes, recycle where we can",
    ),
    (
        "storage legal advice",
        "abandoned units full of stuff, tenants gone, what do i legally do",
        "solicitor for self storage operators: lien & abandoned goods process, fixed fees",
    ),
    # Oxford: estates
    (
        "school building survey",
        "no idea what our maintenance backlog costs, governors want a 10 year plan",
        "building surveyor, condition surveys & planned maintenance programmes for schools",
    ),
    (
        "heritage building repair",
        "listed chapel roof leaking, worried about heritage consent",
        "conservation architect, listed buildings, school estates, church & chapel repairs",
    ),
    (
        "school energy",
        "energy bills up 40% and our contract ends in april",
        "energy broker for schools & charities, we tender your gas and electric",
    ),
    (
        "school energy",
        "want solar on the sports hall roof but no capital",
        "solar PPA for schools - zero upfront, you buy the power cheaper than grid",
    ),
    # Bergen: boats, feed
    (
        "workboat charter",
        "need a boat with a crane for two days to deploy our longlines",
        "workboat charter, 15m with crane & winch, skipper incl, based in bergen",
    ),
    (
        "workboat charter",
        "research cruise for our sampling, 4 people, 3 days",
        "survey vessel hire with sampling gear and a small wet lab, crew provided",
    ),
    (
        "alternative aquafeed",
        "looking for alternative protein for feed, insect or algae",
        "we produce insect meal for fish feed, trial quantities available",
    ),
    (
        "alternative aquafeed",
        "want to test microalgae omega 3 oil in our feed trials",
        "microalgae oil producer, DHA/EPA for aquafeed, samples for R&D",
    ),
    # LA: color, legal
    (
        "color grading",
        "footage looks flat and grey, shot in log",
        "colorist, davinci resolve, log grading for music videos & youtube, per minute rates",
    ),
    (
        "color grading",
        "skin tones look orange in every video and i cant fix it",
        "freelance colorist, skin tone correction & look development, 24hr turnaround",
    ),
    (
        "creator contracts lawyer",
        "brand sent me a contract that wants perpetual rights to my face lol",
        "entertainment lawyer, creator deals & usage rights, flat fee brand contract reviews",
    ),
    (
        "creator contracts lawyer",
        "me and my cohost are splitting up, who owns the show?",
        "attorney for podcasters & creators: partnership agreements, IP ownership disputes",
    ),
    # Auckland: finance, digital
    (
        "dental accountant",
        "associate dentist, tax is a mess now that i'm contracting",
        "chartered accountant for dentists - associates & practice owners, tax & structuring",
    ),
    (
        "dental accountant",
        "practice profit dropped and i can't tell why from the accounts",
        "accountant specialising in dental practices, benchmarking & monthly management accounts",
    ),
    (
        "digital dentistry training",
        "bought an intraoral scanner, team barely uses it",
        "digital dentistry trainer, itero / 3shape workflows, in-clinic sessions",
    ),
    (
        "digital dentistry training",
        "want to start designing crowns chairside but the CAD software is confusing",
        "CAD/CAM chairside training for dentists & nurses, hands on, small groups",
    ),
    # Chamonix: rental, admin
    (
        "ski rental for groups",
        "tour groups need skis and boots every week, want a deal",
        "ski rental shop, group rates for operators, delivery to chalets",
    ),
    (
        "ski rental for groups",
        "school trip of 45 kids arriving, need kit for all of them",
        "group ski hire for school trips, sized in advance, fitted at your hotel",
    ),
    (
        "french accountant",
        "british instructor, no clue about urssaf and micro entreprise stuff",
        "english speaking accountant in chamonix: auto-entrepreneur setup, URSSAF declarations",
    ),
    (
        "airport transfers",
        "clients arrive at geneva on saturdays, need reliable transfers",
        "private & shared transfers geneva - chamonix, flights tracked, ski racks",
    ),
    (
        "airport transfers",
        "group of 30 needs a coach from lyon airport",
        "coach hire, 50 seaters, airport transfers lyon & geneva, drivers used to alpine roads",
    ),
    # Melbourne: water, payroll, cold brew
    (
        "water filtration",
        "our regional store is on tank water and the machine keeps scaling up",
        "water filtration for espresso machines, scale inhibition, install & cartridge swaps",
    ),
    (
        "water filtration",
        "coffee tastes different at each of our sites, think its the water",
        "water treatment for cafes, we test your water & tune filtration for extraction",
    ),
    (
        "hospitality payroll",
        "doing payroll for 12 casuals myself every sunday night, penalty rates doing my head in",
        "payroll & bookkeeping for cafes, award interpretation, single touch payroll",
    ),
    (
        "hospitality payroll",
        "worried we've been underpaying staff on public holidays",
        "hospitality payroll specialist, award compliance reviews & back pay calculations",
    ),
    (
        "cold brew contract brewing",
        "want to do bottled cold brew but no kitchen space",
        "cold brew contract brewing & bottling, your beans, runs from 200L",
    ),
    # Manchester: office moves
    (
        "IT relocation",
        "moving an office of 80 ppl and the servers are the bit im scared of",
        "IT relocation specialists: disconnect, pack, move & reconnect servers and desks "
        "over a weekend",
    ),
    (
        "IT relocation",
        "client wants their whole IT setup moved and working by monday, is that a thing",
        "weekend office IT moves, cabling, server rack relocation, tested before staff arrive",
    ),
    # Oxford: people and systems
    (
        "safeguarding compliance",
        "single central record needs an overhaul before inspection",
        "safeguarding compliance consultant, SCR audits, ISI inspection prep",
    ),
    (
        "DBS checks",
        "dbs checks taking forever for new staff",
        "online DBS check processing, enhanced checks back in days, registered umbrella body",
    ),
    (
        "admissions marketing",
        "roll down 8% this year, need more enquiries from families",
        "admissions marketing for independent schools - open day campaigns, enquiry tracking",
    ),
    (
        "admissions marketing",
        "open days are half empty, website is dire",
        "marketing agency for independent schools, websites, parent journeys, paid social",
    ),
    (
        "school systems integration",
        "our MIS and finance software dont talk, double keying everything",
        "integration specialist for school systems, MIS to finance, automated fee billing",
    ),
    # Bergen: logistics, money, surveys
    (
        "seafood cold chain",
        "shipping fresh oysters to oslo and they arrive warm",
        "refrigerated transport for seafood, bergen to oslo daily, temperature logged",
    ),
    (
        "seafood cold chain",
        "need to get live crab to a buyer in paris without losing half of it",
        "live & chilled seafood export logistics, air freight via oslo, vivier packaging",
    ),
    (
        "ocean tech investment",
        "raising a seed round for our marine biotech startup",
        "angel investor in blue economy & ocean tech, tickets 500k to 2m NOK",
    ),
    (
        "ocean tech investment",
        "need investors who understand aquaculture timelines, not 18 month exits",
        "ocean impact fund, patient capital for aquaculture & seaweed, series A and earlier",
    ),
    (
        "environmental baseline survey",
        "need a marine biologist to do our environmental baseline survey",
        "benthic survey & environmental monitoring, marine ecologists, MOM-B and C surveys",
    ),
    (
        "environmental baseline survey",
        "council wants seabed data before approving our site",
        "seabed mapping & grab sampling for aquaculture applications, report in english or norsk",
    ),
    # LA: gear, video editing
    (
        "camera rental",
        "need a cinema camera for a weekend shoot, cant justify buying",
        "camera rental house: red, sony fx, lenses. weekend rates, pickup north hollywood",
    ),
    (
        "camera rental",
        "doing a one off documentary episode, need lights and a gimbal for a week",
        "gear rental for creators, lighting kits, gimbals, wireless mics, weekly rates",
    ),
    (
        "youtube video editing",
        "uploading weekly is killing me, need an editor",
        "youtube video editor, long form, retention edits, 2 videos/week retainer",
    ),
    (
        "youtube video editing",
        "want 30 shorts a month cut from my long videos",
        "shorts & tiktok clipping service, captions included, cut from your long form",
    ),
    (
        "youtube video editing",
        "i have 2TB of travel footage and no time to turn it into videos",
        "video editor for travel creators, story edits from raw footage, music & sound design",
    ),
    # Auckland: sleep, ortho, milling
    (
        "sleep dentistry",
        "more patients asking about snoring, want to offer something",
        "lab making mandibular advancement splints + clinician training for sleep dentistry",
    ),
    (
        "sleep dentistry",
        "GP referred a patient with mild sleep apnoea for an oral appliance, never done one",
        "dental sleep medicine course & mentoring, first cases supported by our lab",
    ),
    (
        "ortho retainers lab",
        "need a lab for essix style retainers and hawleys",
        "ortho lab - hawley & essix retainers, bonded retainers, fast turnaround",
    ),
    (
        "milling overflow",
        "lab owner here, our milling machine is maxed, need overflow capacity",
        "milling centre, zirconia & titanium milling for labs, send STL overnight",
    ),
    # Chamonix: guides, water, language, first aid
    (
        "mountain guides",
        "tour operator, need IFMGA guides for a haute route week in april",
        "IFMGA mountain guide, haute route & ski touring, groups up to 6",
    ),
    (
        "mountain guides",
        "clients want to climb mont blanc in july, we need a certified guide",
        "high mountain guide (UIAGM), mont blanc ascents incl acclimatisation days",
    ),
    (
        "hut water supply",
        "water supply at the refuge dries up in august",
        "alpine water engineering, snowmelt capture, storage tanks, filtration for huts",
    ),
    (
        "website translation",
        "our website is french only and we're losing british bookings",
        "translation & localisation for tourism websites, french to english",
    ),
    (
        "wilderness first aid",
        "staff need wilderness first aid certificates",
        "outdoor first aid courses, 16hr, taught on the mountain in chamonix",
    ),
    (
        "wilderness first aid",
        "our guides first aid certs expire before winter",
        "remote & mountain first aid refreshers for guides and instructors, french & english",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "need someone to fix our coffee roaster, burner keeps failing",
        "coffee roaster, we supply beans to cafes around brunswick",
        "a roaster of coffee, not someone who repairs roasting machines",
    ),
    (
        "piano on a second floor needs moving",
        "piano lessons for kids and adults, south manchester",
        "teaches piano, doesn't move them",
    ),
    (
        "catering contract up for tender, looking at new providers",
        "wedding caterer, hog roasts & grazing tables",
        "event catering, not a school kitchen contract",
    ),
    (
        "lice counts creeping up at our salmon site",
        "head lice clinic for kids, treatment in one visit",
        "human head lice, not sea lice on fish",
    ),
    (
        "spending hours editing every podcast episode",
        "podcast hosting platform, RSS feeds & analytics",
        "hosts episodes, doesn't edit them",
    ),
    (
        "looking for a lab for zirconia crowns",
        "crown moulding & interior trim carpentry",
        "crown moulding is joinery, not dental crowns",
    ),
    (
        "need 4 qualified ski instructors for february",
        "ski instructor courses, get your BASI level 1 this winter",
        "trains future instructors, doesn't supply qualified ones for peak weeks",
    ),
    (
        "looking for a tea supplier for the cafe",
        "high tea catering for weddings & baby showers",
        "serves afternoon tea at events, not a wholesale tea merchant",
    ),
    (
        "need storage for my removals customers' belongings",
        "data storage & cloud backup for small businesses",
        "digital storage, not somewhere to keep furniture",
    ),
    (
        "chasing overdue school fees is eating my week",
        "fee-only financial planner for teachers",
        "fee-only describes how the planner is paid, nothing to do with collecting fees",
    ),
    (
        "we harvested 40 tonnes of kelp and need it dried",
        "dry suits & diving equipment shop",
        "sells dry suits, doesn't dry seaweed",
    ),
    (
        "thumbnails look amateur, CTR is terrible",
        "storyboard artist, thumbnail sketches for film & animation",
        "rough pre-production sketches, not click-worthy youtube thumbnails",
    ),
    (
        "want to offer clear aligners in my practice",
        "wheel alignment & tyres, same day",
        "car wheel alignment, not dental aligners",
    ),
    (
        "hut needs 3 tonnes of supplies flown up",
        "heliskiing trips in the aosta valley",
        "flies skiers for fun, doesn't do cargo lifts to huts",
    ),
    (
        "new baristas need training on milk",
        "barista available for weekend shifts, 5 yrs exp",
        "looking for work, not offering training",
    ),
    (
        "need 3 luton vans on lease",
        "van wraps & vehicle signwriting",
        "brands vans, doesn't supply them",
    ),
    (
        "VAT on fees - need advice on partial exemption for the school",
        "VAT return software for small businesses",
        "filing software, not specialist advice on school VAT",
    ),
    (
        "want real time water quality sensors at our pens",
        "branded pens & stationery for conferences",
        "writing pens, not fish pens",
    ),
    (
        "need a studio to film a video podcast",
        "studio apartment for rent in burbank, $1900/mo",
        "somewhere to live, not a recording studio",
    ),
    (
        "want to sell my dental practice in a couple of years",
        "dental practice management software, appointments & billing",
        "software to run a practice, not a broker to sell one",
    ),
    (
        "need a booking system for our mountain refuge",
        "booking agent for DJs & live bands in ski resorts",
        "books entertainers, not hut beds",
    ),
    (
        "espresso machine keeps leaking from the group head",
        "we sell refurbished espresso machines, 12 month warranty",
        "sells machines, doesn't repair theirs",
    ),
    (
        "renewing removals insurance, 6 trucks",
        "removal of asbestos, licensed contractor",
        "asbestos removal, not insurance for removal firms",
    ),
    (
        "need a new minibus lease for sports fixtures",
        "minibus driver training, MiDAS certificates for staff",
        "trains drivers, doesn't provide the vehicles",
    ),
    (
        "need the nets inspected by ROV monthly",
        "net zero consultancy, carbon accounting for SMEs",
        "carbon net zero, not fish farm nets",
    ),
    (
        "looking for a sponsor for my channel",
        "brand identity designer, logos & style guides",
        "designs brands, doesn't bring brand deals",
    ),
    (
        "autoclave keeps failing its cycle",
        "autoclave sales, new units with finance",
        "sells new autoclaves, doesn't repair the one they have",
    ),
    (
        "need liability insurance for guided tours",
        "annual travel insurance for skiers, incl. off piste",
        "personal cover for skiers, not operator liability",
    ),
    (
        "packaging: need coffee bags with valves printed",
        "printed takeaway coffee cups with your logo",
        "cups, not retail bean bags",
    ),
    (
        "need boxes for packing customers' houses",
        "boxing & fitness classes in ancoats, first session free",
        "boxing the sport, not cardboard boxes",
    ),
    (
        "cricket square needs proper maintenance",
        "cricket coaching for prep schools, nets & holiday camps",
        "coaches players, doesn't look after the turf",
    ),
    (
        "need someone to write our horizon europe grant",
        "copywriter for seafood restaurant menus & websites",
        "marketing copy, not funding applications",
    ),
    (
        "need spanish subtitles for my videos",
        "spanish lessons for beginners, online",
        "teaches spanish, doesn't translate subtitles",
    ),
    (
        "need a locum dentist for 6 weeks",
        "dental student looking for work experience over summer",
        "a student can't cover as a registered dentist",
    ),
    (
        "avalanche rescue training for our guides",
        "avalanche airbag backpacks for sale, all sizes",
        "sells kit, doesn't teach rescue",
    ),
    (
        "want to get better at cupping, learning to score coffees",
        "cupping therapy & massage clinic in fitzroy",
        "cupping the therapy, not coffee cupping",
    ),
    (
        "need a driver with a class 2 licence",
        "driving lessons, manual & automatic, stockport",
        "teaches learners car driving, not an HGV driver for hire",
    ),
    (
        "want to rent out our sports hall at weekends",
        "sports hall equipment: gym mats, badminton posts, sale & installation",
        "sells equipment, doesn't handle lettings",
    ),
    (
        "buyer wants heavy metal test results on our seaweed",
        "metal fabrication workshop, aluminium & steel, bergen",
        "fabricates metal, doesn't test for it",
    ),
    (
        "copyright claims on my videos from the music",
        "copywriter for ads & landing pages",
        "copywriting, not music licensing",
    ),
    (
        "ortho lab for retainers",
        "legal retainer packages, on call lawyer for small business",
        "a legal retainer, not orthodontic retainers",
    ),
    (
        "off-grid power for our hut, generator is too noisy",
        "off grid digital detox retreats in the aravis",
        "a retreat, not an energy system",
    ),
    (
        "need a tea blender to create our own range",
        "commercial blenders for smoothie bars, vitamix dealer",
        "kitchen blenders, not a tea blending service",
    ),
    (
        "need to track where my vans are",
        "order tracking page plugin for shopify stores",
        "parcel tracking for online shops, not fleet tracking",
    ),
    (
        "listed chapel roof leaking",
        "chapel weddings & choir hire in the cotswolds",
        "uses chapels for events, doesn't repair them",
    ),
    (
        "boat with a crane to deploy our seaweed longlines",
        "mobile crane hire for construction sites, 25t to 100t",
        "land cranes on building sites, no use at sea",
    ),
    (
        "footage is flat, need color grading",
        "hair colorist, balayage & toning, silver lake salon",
        "colors hair, not video",
    ),
    (
        "infection control audit coming up at the clinic",
        "computer virus removal & IT support for clinics",
        "computer viruses, not clinical infection control",
    ),
    (
        "staff accommodation for my instructors this winter",
        "luxury chalet for rent, sleeps 12, hot tub, €9000/week",
        "a holiday chalet for guests, not seasonal staff housing",
    ),
    (
        "looking for a green coffee importer",
        "green cleaning products for hospitality, eco certified",
        "green as in eco, not unroasted coffee",
    ),
    (
        "want container storage on our yard",
        "docker & kubernetes container consulting",
        "software containers, not steel ones",
    ),
    (
        "single central record needs auditing",
        "records management: archive scanning & document storage",
        "archives old paper, doesn't audit safeguarding records",
    ),
    (
        "need alternative protein for our fish feed",
        "social media feed management for startups",
        "social media feeds, not aquafeed",
    ),
    (
        "brand sent me a contract to review",
        "contractor, home remodeling & kitchens, LA county",
        "a building contractor, not a lawyer",
    ),
    (
        "bought an intraoral scanner and the team wont use it",
        "document scanning service, paper records to PDF",
        "scans paper, not a digital dentistry trainer",
    ),
    (
        "need ski and boot rental for tour groups",
        "car rental at geneva airport, winter tyres incl",
        "car rental, not ski equipment",
    ),
    (
        "fit-out for my new cafe",
        "gym fit-outs: rubber flooring, mirrors, racks",
        "fits out gyms, not cafes",
    ),
    (
        "house clearance after moves, junk left behind",
        "end of tenancy cleaning, deposit back guarantee",
        "cleans a property, doesn't clear and dispose of contents",
    ),
    (
        "energy bills doubled and contract ends in april",
        "vending machines for sixth form, energy drinks & snacks",
        "energy drinks, not gas and electricity",
    ),
    (
        "raising a seed round for our marine startup",
        "kelp seed string supplier, hatchery grown, on spools",
        "seaweed seed, not seed funding",
    ),
    (
        "need an editor for my youtube videos",
        "book editor, manuscripts & line edits",
        "edits books, not video",
    ),
    (
        "want to attract more implant patients",
        "dental implant courses for general dentists",
        "teaches implant surgery, doesn't bring patients in",
    ),
    (
        "help with french admin, urssaf paperwork is drowning me",
        "french lessons for seasonnaires, evenings in chamonix",
        "teaches the language, doesn't do the paperwork",
    ),
    (
        "need a grinder that handles 20kg a day",
        "stump grinding & tree removal, eastern suburbs",
        "tree stumps, not coffee",
    ),
    (
        "office move with servers, 80 staff",
        "second hand office furniture, desks & chairs",
        "sells furniture, doesn't relocate IT",
    ),
    (
        "want solar panels on the sports hall roof",
        "solar system planetarium workshops for primary schools",
        "astronomy workshops, not solar panels",
    ),
    (
        "shipping fresh oysters to oslo, they arrive warm",
        "oyster mushroom grow kits, delivered",
        "mushrooms, not shellfish logistics",
    ),
    (
        "cinema camera for a weekend shoot",
        "camera repair & sensor cleaning, 3 day turnaround",
        "repairs cameras, doesn't rent them",
    ),
    (
        "need a lab for implant bridges",
        "bridge construction engineering, steel & concrete",
        "civil engineering bridges, not dental ones",
    ),
    (
        "clients arriving at geneva need transfers up to chamonix",
        "cheap money transfers GBP to EUR for seasonal workers",
        "bank transfers, not airport transport",
    ),
    (
        "need water filtration, machines scaling up",
        "water damage restoration after floods & leaks",
        "a different water problem entirely",
    ),
    (
        "short on porters for saturday jobs",
        "craft brewery, our porter won gold last year",
        "porter the beer, not removal porters",
    ),
    (
        "need more pupils, roll is falling",
        "pupil premium tracking software for state schools",
        "tracks government funding for state schools, not recruitment for an independent",
    ),
    (
        "need a licence to farm seaweed in the fjord",
        "software licensing management for research labs",
        "software licences, not aquaculture permits",
    ),
    (
        "views have plateaued on my channel",
        "house with mountain views for film & photo shoots",
        "a shoot location, not channel growth help",
    ),
    (
        "dental chair hydraulics failing",
        "chair upholstery & reupholstering, cafe and office chairs",
        "upholstery doesn't fix hydraulics",
    ),
    (
        "tour operator needs an IFMGA guide for the haute route",
        "guidebook author, haute route hiking guide now in print",
        "writes guidebooks, isn't a mountain guide",
    ),
    (
        "payroll for our cafe staff is a nightmare",
        "hospitality recruitment agency, baristas & floor staff",
        "hires staff, doesn't run payroll",
    ),
    (
        "self storage software for our 200 units",
        "storage heaters installed, economy 7 specialists",
        "electric heaters, not software",
    ),
    (
        "environmental baseline survey of the seabed",
        "land surveyor, property boundaries & topo surveys",
        "surveys land, not the seabed",
    ),
    (
        "want shorts cut from my long videos",
        "tailor, hemming & alterations, shorts and trousers",
        "tailoring, not video clipping",
    ),
    (
        "first aid certs for our mountain staff",
        "first aid kits supplied & restocked for businesses",
        "sells kits, doesn't run courses",
    ),
    (
        "hut water supply dries up in august",
        "bottled mineral water wholesale for hotels",
        "bottled water deliveries, not a water supply system for a remote hut",
    ),
    (
        "accountant for an associate dentist",
        "associate dentist looking for a position in auckland",
        "looking for a job, not an accountant",
    ),
]
