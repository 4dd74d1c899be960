"""The thirty-second hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: paragliding and skydiving schools in Interlaken
(in English); bean-to-bar chocolate makers and chocolatiers in Brussels (in English); window
cleaners and pressure-washing firms in Leeds; rowing clubs and their volunteer committees on
Boathouse Row, Philadelphia; mushroom growers (oyster, shiitake, lion's mane) in Poznań (in
English); vending-machine and unmanned micro-market operators in Osaka (in English); trail-running
and marathon race organisers in Denver.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 69 of 173 pairs (39.9 %) and 12 decoys of 83 with the
lexicon and matcher as the round on the thirty-first set began; 69 and 12 as it ended. Then
tuned on: 124 (71.7 %) and 1 decoy as that round ended (a shorter round).
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # paragliding and skydiving schools: gear repair and inspection
    (
        "reserve repack",
        "reserve repack is due on 3 of our student rigs before june, our rigger retired",
        "certified rigger, reserve repacks + main canopy repairs, 48h turnaround from matten",
    ),
    (
        "paraglider repair",
        "tore 2 cells landing in a tree on sunday, need the wing fixed before the weekend",
        "paraglider repair workshop in unterseen, patching tears, new panels, line replacement",
    ),
    (
        "glider line check",
        "my glider is 3 yrs old and the trim feels off, pretty sure the lines have shrunk",
        "annual check for paragliders: porosity test, every line measured and re-trimmed to spec",
    ),
    (
        "AAD servicing",
        "cypres units on two student rigs have hit the 4 year service, what do we do w/ them",
        "authorised AAD service point, we ship cypres & vigil units to the factory and back",
    ),
    (
        "harness repair",
        "harness strap is fraying right by the buckle, dont trust it for tandems anymore",
        "saddler & webbing repairs, harnesses, leg loops, risers for flying and climbing gear",
    ),
    # chocolate makers: beans, machines and ingredients
    (
        "cocoa bean sourcing",
        "looking for fine flavour beans direct from farmers, maybe 1-2 tonnes a year",
        "we import single-origin cacao from peru & tanzania, by the 60kg sack to small makers",
    ),
    (
        "tempering machine repair",
        "our temperer keeps overheating and the chocolate comes out streaky and dull",
        "technician for chocolate machinery, selmi / fbm tempering units repaired on site",
    ),
    (
        "custom chocolate moulds",
        "want polycarbonate moulds with our logo stamped in the bar",
        "we make custom chocolate moulds, 3d design to polycarbonate, runs from 20 pieces",
    ),
    (
        "freeze-dried fruit supply",
        "need freeze dried raspberries in bulk, the supermarket ones cost a fortune",
        "wholesale freeze-dried fruit pieces & powders, 1-25kg, raspberry, mango, passion fruit",
    ),
    (
        "vegan chocolate development",
        "trying to make a vegan 'milk' chocolate that doesnt taste chalky, 6 failed batches",
        "food product developer, plant-based chocolate formulations w/ oat & rice milk powders",
    ),
    # window cleaners: water-fed pole kit
    (
        "water-fed pole system repair",
        "pure water system in the van is shot, TDS reading 40 even after new filters",
        "we service wfp systems, RO membranes, DI vessels, pumps and controllers, mobile",
    ),
    (
        "DI resin supply",
        "going through a bag of di resin a week, need a cheaper bulk supplier",
        "trade supplier of mixed bed DI resin, 25L bags, next day delivery across yorkshire",
    ),
    (
        "van fit-out",
        "just bought a transit custom, need a tank and hose reels fitted",
        "van fit-outs for window cleaners, 325-650L tanks, twin reels, leisure battery, 1 day",
    ),
    (
        "pressure washer repair",
        "petrol pressure washer lost all its pressure and the pump is leaking everywhere",
        "pressure washer repairs, kranzle / interpump pumps, unloaders, seals, honda engines",
    ),
    # rowing clubs: boats and oars
    (
        "racing shell repair",
        "cracked the bow of our eight on a buoy during practice, season starts in 3 weeks",
        "racing shell repair, carbon and wood hulls, vespoli, empacher, hudson, on the schuylkill",
    ),
    (
        "oar refurbishment",
        "two sweep oars w/ chipped blade tips and the sleeves are loose",
        "oar refurb: blade tips, sleeves & collars replaced, concept2 and croker",
    ),
    (
        "boat rigging",
        "masters crew keeps getting blisters and nobody knows how our boats are set up",
        "rigging clinics for clubs, we measure and set spread, pitch & height on your whole fleet",
    ),
    (
        "outboard repair",
        "coaching launch outboard won't start, coaches shouting from the bank all week",
        "mobile outboard mechanic, yamaha, mercury, tohatsu, we come to boathouses & marinas",
    ),
    (
        "erg servicing",
        "3 of our ergs have snapped chains and one pm5 monitor won't turn on",
        "rowing machine servicing on site, concept2 chains, shock cords, monitors, seat rollers",
    ),
    # mushroom growers: spawn and substrate
    (
        "mushroom spawn supply",
        "need grain spawn for shiitake, about 500kg a month, current lab is unreliable",
        "spawn lab near poznan, shiitake, oyster & lion's mane grain spawn, stable strains",
    ),
    (
        "substrate supply",
        "want to stop mixing our own straw, it takes 2 ppl all week",
        "pasteurised oyster substrate blocks, ready to inoculate, delivered in wielkopolska",
    ),
    (
        "contamination troubleshooting",
        "half our blocks going green with trichoderma since march, cant find the cause",
        "mushroom cultivation consultant, 15 yrs, contamination audits, hygiene & flow fixes",
    ),
    (
        "autoclave servicing",
        "our autoclave failed the pressure test and the UDT inspector is coming",
        "autoclave & steriliser service, repairs, pressure vessel certification with UDT",
    ),
    # vending operators: machines
    (
        "vending machine repair",
        "coin mech keeps jamming on two drink machines in namba, losing sales every day",
        "vending repair tech, coin mechs, bill validators, fuji electric & sanden, osaka city",
    ),
    (
        "cashless payment retrofit",
        "customers keep asking to pay with ICOCA or paypay but our machines are cash only",
        "cashless reader retrofit for vending machines: IC cards, QR pay, credit, w/ telemetry",
    ),
    (
        "used vending machines",
        "need 5 second-hand drink machines cheap to get started",
        "we sell refurbished vending machines, 1 yr warranty, delivery anywhere in kansai",
    ),
    (
        "frozen food vending",
        "want to sell our frozen gyoza from a machine outside the shop",
        "frozen food vending machines (-25c), sale or lease, 40 ramen & gyoza sellers set up",
    ),
    # race organisers: timing and registration
    (
        "chip timing",
        "results were wrong for half the 50k field last year, ppl still emailing me",
        "chip timing for road & trail races, bib tags, live splits, results online same day",
    ),
    (
        "race registration platform",
        "our registration platform takes 8% plus fees, runners complain at checkout",
        "race registration software, flat low fee, waitlists, bib transfers, team entries",
    ),
    (
        "finisher medals",
        "need 2,500 custom finisher medals by september",
        "custom medals & awards, die cast or 3d printed, low minimums, 6-8 week lead time",
    ),
    (
        "race shirts",
        "want tech tees for all runners, ~1500, sizes all over the place",
        "screen printing & sublimation for events, tech shirts in bulk, size runs handled",
    ),
    # paragliding and skydiving schools: aircraft and weather
    (
        "jump aircraft lease",
        "our pilatus porter is in maintenance for 6 weeks in peak season, need a jump plane",
        "we lease our cessna caravan jump aircraft with pilot, weekends or by the week",
    ),
    (
        "aircraft maintenance",
        "jump plane's annual inspection is overdue and the old shop closed",
        "part-145 maintenance organisation, turbine porters & caravans, annuals, 100 hr checks",
    ),
    (
        "mountain weather forecasting",
        "keep cancelling tandems last minute bc we can't read the foehn properly",
        "meteorologist, custom wind & thermal forecasts for flying sites, briefing by 7am daily",
    ),
    (
        "two-way radios",
        "ground to air radios cut out half the time, need new ones programmed",
        "two-way radio dealer, motorola & icom, licensed frequencies, programming included",
    ),
    (
        "landing field",
        "farmer wants to stop letting us land in his field from next year",
        "i own 3 hectares of flat meadow by the lake in boenigen, open to leasing it out",
    ),
    # chocolate makers: food safety and labels
    (
        "HACCP consulting",
        "afsca inspection next month and our haccp plan dates from 2016",
        "food safety consultant, haccp plans written, afsca audit prep, allergen management",
    ),
    (
        "food labelling",
        "not sure how to word the 'may contain nuts' line for export to the UK",
        "food labelling specialist, EU and UK rules, allergen statements, nutrition tables",
    ),
    (
        "nutrition analysis",
        "need nutrition values tested on our 4 new bars before we print labels",
        "accredited food lab, nutritional analysis and shelf-life tests, results in 10 days",
    ),
    (
        "cold room repair",
        "the walk-in cold room keeps icing up and the door seal is falling apart",
        "commercial refrigeration engineer, cold rooms serviced & repaired, brussels region",
    ),
    # window cleaners: insurance, money and paperwork
    (
        "public liability insurance",
        "school contract wants 5 million public liability, i've only got 2m",
        "insurance broker for cleaning trades, public liability to 10m, certs same day",
    ),
    (
        "round management software",
        "still doing my round on paper, half the customers forget to pay",
        "app for window cleaning rounds: schedule, auto text reminders, card & bank payments",
    ),
    (
        "debt recovery",
        "about £1,400 owed by customers on my round who just never pay",
        "debt recovery for small trades, polite letters & calls, no win no fee",
    ),
    (
        "self assessment tax return",
        "first year self employed, tax return due jan and i haven't even started",
        "accountant for sole traders, self assessment from £150, van & fuel expenses sorted",
    ),
    (
        "risk assessments",
        "commercial client wants RAMS off me before i can start on monday",
        "h&s consultant, risk assessments & method statements for cleaning contractors",
    ),
    # rowing clubs: money and governance
    (
        "grant writing",
        "we need about $80k for a new eight and have no idea how to ask for it",
        "grant writer for youth sports nonprofits, foundations & city grants, boat campaigns",
    ),
    (
        "nonprofit accounting",
        "our treasurer quit and the 990 is due, books are a mess",
        "cpa for small nonprofits, form 990, annual reviews, support for volunteer treasurers",
    ),
    (
        "club insurance",
        "need cover for juniors on the water, current policy excludes minors",
        "sports club insurance, rowing & paddling, general liability + member accident cover",
    ),
    (
        "background checks",
        "every coach working with our juniors needs a background check by the fall",
        "background screening for youth organisations, safesport compliant, results in 48h",
    ),
    (
        "membership software",
        "dues are paid by venmo and cash and we've lost track of who's paid",
        "membership software for clubs: dues, waivers, boat booking, automatic reminders",
    ),
    # mushroom growers: growing rooms
    (
        "climate control",
        "humidity in the fruiting room drops at night and the pins dry out",
        "climate control for mushroom farms, humidifiers, co2 sensors, controllers installed",
    ),
    (
        "grow lighting",
        "fruiting rooms still on old fluorescent tubes, half of them flicker",
        "LED lighting for indoor farms, low heat panels, installed w/ an energy audit",
    ),
    (
        "biological pest control",
        "sciarid flies everywhere in the growing rooms, dont want to spray",
        "biological pest control, nematodes & predatory mites for mushroom and glasshouse growers",
    ),
    (
        "backup generator",
        "power cut last week stopped the fans and humidifiers, lost a whole flush",
        "backup generators for farms, sized and installed with automatic switch-over",
    ),
    (
        "yield consulting",
        "lion's mane yields halved since we moved to the new building",
        "grow consultant for gourmet mushrooms, yield audits, strain & room environment fixes",
    ),
    # vending operators: routes and stock
    (
        "vending telemetry",
        "keep driving out to machines that turn out to be full, wasting hours a day",
        "vending telemetry, see stock levels remotely and plan routes by what's actually empty",
    ),
    (
        "route driver",
        "need a part-time driver to restock 30 machines tues & fri mornings",
        "i'm a route driver w/ my own kei truck, free part time mornings, know the vending trade",
    ),
    (
        "refrigerated van",
        "need a refrigerated light van for restocking drinks and bento",
        "refrigerated van leasing, kei vans and 2t trucks, monthly plans, osaka & kobe",
    ),
    (
        "beverage wholesale",
        "looking for a cheaper supplier of canned coffee and tea by the case",
        "beverage wholesaler, canned & PET drinks, all major brands, weekly delivery",
    ),
    (
        "coin counting",
        "counting coins from the machines takes me 2 hrs every night",
        "cash collection & coin counting for vending operators, banked the same day",
    ),
    # race organisers: on the course
    (
        "event medical cover",
        "city says a 10k w/ 3,000 runners needs medics and an ambulance on standby",
        "event medical services, EMTs, ambulance standby, medics at aid stations & finish",
    ),
    (
        "portable toilets",
        "need ~40 porta potties at the start, last year the lines were 30 min",
        "portable restroom rental for events, handwash stations, delivered and serviced",
    ),
    (
        "course marking",
        "runners got lost in the last race bc someone pulled the flagging overnight",
        "course marking crew for trail events, flagging, signage, sweep & removal after",
    ),
    (
        "traffic control",
        "denver wants a traffic control plan before they'll approve our road course",
        "traffic control company, cones, barricades, flaggers, city-approved plans",
    ),
    (
        "radio communications",
        "no cell service on half our mountain course, aid stations can't talk to each other",
        "amateur radio club, we run volunteer comms for trail races, portable repeaters",
    ),
    # paragliding and skydiving schools: bookings and selling
    (
        "online booking system",
        "phone bookings are chaos, double-booked our tandem pilots twice last week",
        "booking software for activity operators, slots per pilot, one-click weather rebooking",
    ),
    (
        "flight video editing",
        "customers all want their gopro footage but nobody here has time to edit",
        "i edit tandem flight videos same day, handcam clips cut to music, sent by link",
    ),
    (
        "local seo",
        "nobody finds us when they google paragliding interlaken, we're on page 3",
        "seo for tour & activity businesses: local search, google business profile, reviews",
    ),
    (
        "minibus with driver",
        "need a driver + minibus to run pilots up to the beatenberg launch every morning",
        "minibus hire with driver, 14 seats, mountain roads, early starts no problem",
    ),
    (
        "briefing translation",
        "our safety briefing is only in german and english, lots of customers are korean",
        "korean-german-english translator, tourism & safety documents, fast turnaround",
    ),
    # chocolate makers: selling and shipping
    (
        "cold chain shipping",
        "ship pralines in july and they arrive as soup",
        "temperature controlled courier, insulated boxes w/ gel packs, next day benelux + france",
    ),
    (
        "pop-up shop",
        "want a small shop front near the sablon for easter, just 6 weeks",
        "pop-up retail units to let in the sablon, 2 weeks to 3 months, fitted",
    ),
    (
        "export to japan",
        "a tokyo department store is interested but we've never exported anything",
        "export agent for belgian food brands into japan, valentine's season, importer contacts",
    ),
    (
        "corporate gifts",
        "hr here, want 300 branded chocolate boxes for client new year gifts",
        "bean to bar maker, corporate gift boxes with your logo on the sleeve, 100+ units",
    ),
    (
        "webshop development",
        "our webshop lets ppl pick sunday delivery and we don't deliver on sundays",
        "shopify developer, delivery date pickers, local pickup, bpost & sendcloud setup",
    ),
    (
        "product photography",
        "need decent photos of our bonbons for the new webshop, phone pics look sad",
        "food photographer, studio in ixelles, product shots on white and styled sets",
    ),
    # window cleaners: jobs they can't reach
    (
        "rope access",
        "8 floor block of flats, can't reach the top with poles",
        "IRATA rope access team, high rise window cleaning and glazing repairs, west yorks",
    ),
    (
        "cherry picker hire",
        "need a cherry picker for a day to clean an atrium roof in the city centre",
        "MEWP hire, 12m to 20m booms, delivered to site, trained operator if you want one",
    ),
    (
        "IPAF training",
        "two of my lads need ipaf tickets for a new commercial contract",
        "accredited ipaf & pasma training centre in morley, courses every week",
    ),
    (
        "gutter cleaning subcontractor",
        "customers keep asking me to do their gutters and i dont have the kit",
        "gutter vac service, we subcontract for window cleaners, your customer your price",
    ),
    (
        "solar panel cleaning",
        "solar farm near selby needs the panels cleaned twice a year, 4,000 panels",
        "solar panel cleaning, pure water + robotic brushes for large arrays, farms & commercial",
    ),
    # rowing clubs: regattas
    (
        "boat trailer hauling",
        "need 6 boats hauled to a regatta in ohio and our driver is out",
        "rowing trailer hauling, we tow club trailers to regattas up the east coast, CDL driver",
    ),
    (
        "race timing",
        "our head race timing was a mess, results took 3 hrs to come out",
        "race timing for rowing & running, gps + photo finish, live results online",
    ),
    (
        "regatta registration",
        "regatta entries come in by email, a spreadsheet and a lot of phone calls",
        "regatta registration platform: entries, crew changes, fees, draws & results",
    ),
    (
        "charter bus",
        "need a bus for 40 juniors and coaches to a regatta in princeton",
        "charter buses, 56 seaters, school & sports team trips, philly based",
    ),
    (
        "event catering",
        "feeding about 400 rowers and parents at our spring regatta",
        "bbq catering for sports events, 100 to 1000 ppl, tent and grills included",
    ),
    (
        "event volunteers",
        "need about 60 volunteers for the regatta weekend, same 10 ppl do everything",
        "volunteer matching for local events, we post your shifts to 3,000 philly volunteers",
    ),
    # mushroom growers: selling the harvest
    (
        "fresh produce packaging",
        "need 250g punnets with film for a supermarket trial",
        "packaging supplier for fresh produce: punnets, flow film, labels, small runs",
    ),
    (
        "supermarket listing",
        "want to get into biedronka or lidl but have no idea how to start",
        "fresh produce broker, we place growers with polish supermarket chains",
    ),
    (
        "refrigerated transport",
        "berlin wholesaler wants weekly pallets of shiitake, we have no truck",
        "refrigerated trucking poznan - berlin daily, groupage, part pallets ok",
    ),
    (
        "post-harvest cooling",
        "harvested oysters go slimy after 2 days in the fridge",
        "vacuum coolers & fast pull-down cold rooms for mushroom growers, rent or buy",
    ),
    (
        "contract drying",
        "surplus oysters every week, would like to dry them instead of binning",
        "contract drying & milling for mushrooms and herbs, we dry your surplus by the tonne",
    ),
    (
        "restaurant buyers",
        "want to sell specialty mushrooms straight to chefs, not through wholesalers",
        "head chef of a poznan restaurant group, we buy local specialty mushrooms weekly",
    ),
    # vending operators: placements and premises
    (
        "vending locations",
        "want new placements in office buildings around umeda, cold calling isn't working",
        "commercial real estate agent, i place vending machines & micro markets in office lobbies",
    ),
    (
        "machine moving",
        "building owner wants our machine moved from 3F down to the lobby by friday",
        "heavy item movers: vending machines, safes, pianos, stairs and elevator moves",
    ),
    (
        "machine wraps",
        "want all our machines wrapped in our own brand instead of plain white",
        "vending machine wrap printing & installation, full colour, weatherproof, kansai",
    ),
    (
        "recycling collection",
        "recycling bins next to our machines overflow and the building manager complains",
        "recycling pickup for vending operators, cans and PET bottles, weekly collection",
    ),
    (
        "vandalism insurance",
        "a drunk guy smashed the front panel of our machine in namba, 3rd time this year",
        "business insurance for vending operators, vandalism, theft and machine damage cover",
    ),
    (
        "energy costs",
        "electric bill for 80 machines is crazy since the price rise",
        "energy consultant, we switch your contract & retrofit LED and eco timers on vending",
    ),
    # race organisers: permits and money
    (
        "special use permit",
        "need a special use permit to run our ultra through the national forest",
        "permit consultant, USFS & BLM special use permits for events, applications handled",
    ),
    (
        "event insurance",
        "insurance for a 100 mile race, our old insurer won't cover ultras anymore",
        "event liability insurance for endurance races, per-event policies, certificates fast",
    ),
    (
        "race sponsorship",
        "looking for a title sponsor, entry fees don't cover the costs anymore",
        "sponsorship agent for outdoor brands, we match races with sponsors that fit",
    ),
    (
        "bookkeeping",
        "all the race money runs through my personal account and my wife is not happy",
        "bookkeeper for event businesses, separate entities set up, quickbooks cleanup",
    ),
    (
        "trail restoration",
        "land manager says we have to restore the trail after the race or lose the permit",
        "trail crew for hire, post-event restoration, erosion control, volunteer days led",
    ),
    # paragliding and skydiving schools: staff and legal
    (
        "work permits",
        "hiring a french tandem pilot and a uk one for the summer, what permits do they need",
        "immigration advisor, work permits for seasonal staff in switzerland, L and B permits",
    ),
    (
        "staff housing",
        "seasonal pilots need somewhere to sleep june to september, cheap",
        "we rent out 4 staff rooms in wilderswil by the month for the summer season",
    ),
    (
        "liability waivers",
        "our waiver was copied off some website, not sure it means anything under swiss law",
        "lawyer, adventure sports & tourism liability, contracts and waivers under swiss law",
    ),
    (
        "first aid training",
        "all 9 tandem pilots need their first aid certificates renewed before may",
        "outdoor first aid courses, 16 hrs, run at your base, mountain & tree-landing scenarios",
    ),
    (
        "vat returns",
        "two foreign pilots running a school, swiss vat return is due and we're lost",
        "treuhand office in interlaken, bookkeeping & mwst returns for small firms, english ok",
    ),
    (
        "branded team clothing",
        "want matching jackets with our logo for the pilots, look a bit scruffy now",
        "embroidered & printed teamwear, softshells and fleeces, min order 10",
    ),
    # chocolate makers: staff, money and brand
    (
        "seasonal chocolatier",
        "need an extra chocolatier for the xmas rush, october to december",
        "experienced chocolatier available for seasonal work, tempering, enrobing, shells",
    ),
    (
        "co-packing",
        "spend every evening hand wrapping bars, about 2000 a week now",
        "flow-wrap co-packing, we wrap and label your bars, small batches welcome",
    ),
    (
        "equipment grants",
        "want to buy a conche but can't afford it, are there any subsidies in brussels",
        "advisor for brussels SME grants, equipment investment aid, we write the application",
    ),
    (
        "trademark dispute",
        "a shop in NL is using a name almost the same as our brand",
        "IP lawyer, benelux & EU trademarks, oppositions and brand name disputes",
    ),
    (
        "packaging design",
        "our bar wrappers look homemade next to the others at the delicatessen",
        "packaging designer for food brands, foil + sleeve bar wrappers, print-ready files",
    ),
    (
        "sourcing certification",
        "a retailer asked if our cacao is certified, we buy direct from a coop so not really",
        "we help small brands document direct trade and get certified, fairtrade / rainforest",
    ),
    # window cleaners: other services they get asked for
    (
        "render cleaning",
        "my white render has gone green and black on the north side, looks awful",
        "render & roof softwashing, low pressure, biocide treated, 2 yr guarantee",
    ),
    (
        "driveway cleaning",
        "block paving drive is covered in moss and weeds between every brick",
        "pressure washing & re-sanding of block paving, resealing, free quotes leeds / bradford",
    ),
    (
        "graffiti removal",
        "shop shutters got tagged again overnight, 2nd time this month",
        "graffiti removal and anti-graffiti coating, brick, stone, shutters, 24h response",
    ),
    (
        "softwash chemicals",
        "need sodium hypochlorite for softwashing roofs, a local supplier not amazon",
        "chemical supplier for softwash & render cleaning, 12.5% hypo, biocides, IBC delivery",
    ),
    (
        "round cover",
        "broke my wrist, need someone to cover my round for about 6 weeks",
        "experienced window cleaner w/ own van & wfp, covering rounds while you're off",
    ),
    (
        "buying a round",
        "want to buy a round in harrogate or ripon to grow the business",
        "selling my 400 customer round in harrogate, retiring, price negotiable",
    ),
    (
        "leaflet distribution",
        "want leaflets through 5,000 doors in headingley and meanwood",
        "leaflet distribution, gps tracked walkers, door to door across leeds",
    ),
    (
        "trades website",
        "only have a facebook page and keep losing jobs to the bigger firms",
        "simple websites for trades w/ online quote form, £300, live in a week",
    ),
    # rowing clubs: boathouse and people
    (
        "dock repair",
        "our floating dock is sinking on one corner, launching is getting sketchy",
        "dock builder, floating docks repaired, new floats & decking, river work",
    ),
    (
        "historic roof repair",
        "boathouse roof leaks right onto the shell racks whenever it rains",
        "roofer for historic buildings, slate & copper, have worked on boathouse row",
    ),
    (
        "rowing coach",
        "novice women's squad has no coach for the fall season",
        "USRowing level 3 coach looking for a club role, novice and masters squads",
    ),
    (
        "sports physical therapy",
        "4 rowers off with low back pain this spring, we don't know what we're doing wrong",
        "sports physical therapist, rowing back injuries, erg technique screening for squads",
    ),
    (
        "rowing unisuits",
        "want new racing unis in the club colors, the old ones are see-through",
        "custom rowing unisuits & splash jackets, sublimated, club orders from 12",
    ),
    (
        "video analysis",
        "want to film our crews from the launch and go through it on an ipad after",
        "rowing video analysis, we film from the launch & run slow-mo review sessions w/ coaches",
    ),
    (
        "event photography",
        "parents keep asking for regatta photos they can buy",
        "sports photographer for regattas and races, online galleries parents can buy from",
    ),
    # mushroom growers: money, people and waste
    (
        "EU farm grants",
        "are there EU funds for building a new growing hall? heard about ARiMR",
        "consultant for ARiMR & EU rural development grants, farm investment applications",
    ),
    (
        "organic certification",
        "want to go organic, no idea what the paperwork looks like",
        "organic certification consultant, EU organic rules, paperwork and inspection prep",
    ),
    (
        "spent substrate collection",
        "20 tonnes of spent blocks every month and nowhere to put them",
        "compost & soil company, we collect spent mushroom substrate for free",
    ),
    (
        "seasonal workers",
        "need 6 pickers for the winter, locals won't do the early shifts",
        "recruitment agency for agricultural workers, legal contracts, housing arranged",
    ),
    (
        "equipment leasing",
        "want a bag filling machine but can't pay 200k zl upfront",
        "equipment leasing for farms and food producers, 36-60 month terms",
    ),
    (
        "supplement testing",
        "need heavy metal tests on the lion's mane powder we sell as a supplement",
        "accredited food lab, heavy metals, microbiology and supplement testing",
    ),
    # vending operators: the unmanned shop
    (
        "unmanned store food supply",
        "micro market needs fresh onigiri and bento every morning by 7",
        "central kitchen in higashi-osaka, daily bento & sandwiches, labelled for unmanned stores",
    ),
    (
        "theft prevention cameras",
        "snacks keep walking out of our unmanned store at night",
        "security cameras + AI theft detection for unmanned shops, cloud recording, alerts",
    ),
    (
        "self checkout kiosk",
        "our micro market needs a self checkout that reads barcodes and takes cards",
        "self checkout kiosks for unattended retail, barcode + cashless, setup & support",
    ),
    (
        "business manager visa",
        "foreign founder here, need a business manager visa to run my vending company",
        "gyoseishoshi office, business manager visas and company setup for foreigners",
    ),
    (
        "company registration",
        "trying to decide GK or KK and then actually register it",
        "judicial scrivener, company registration for GK & KK, english support",
    ),
    (
        "english-speaking tax accountant",
        "tax accountant who speaks english for a tiny vending company?",
        "zeirishi office, english support, corporate tax filing for small foreign-owned firms",
    ),
    # race organisers: race day kit
    (
        "aid station nutrition",
        "need 300 gallons of electrolyte and a few thousand gels for aid stations",
        "sports nutrition brand, we supply aid stations in exchange for logo placement",
    ),
    (
        "drone video",
        "want aerial footage of the ridge section for next year's promo video",
        "FAA part 107 drone pilot, aerial video of races & events, promo edits",
    ),
    (
        "potable water trailer",
        "aid station at mile 18 has no water source, need potable water up there",
        "potable water trailer rental, 500 gal, delivered to trailheads & event sites",
    ),
    (
        "event tent rental",
        "need tents for the finish area, packet pickup got rained out last year",
        "event tent rental, 10x10 to 40x60, staked or weighted, setup crew included",
    ),
    (
        "race announcer",
        "need a PA system and someone to call runners in at the finish",
        "race announcer with own PA, 10 yrs calling finish lines, road and trail",
    ),
    (
        "runner shuttles",
        "point to point course, need to get 600 runners to the start by 4am",
        "school bus charter on weekends, 70-seat buses, early starts fine, denver metro",
    ),
    (
        "light towers",
        "overnight section of the 100 miler, aid stations are pitch black",
        "light tower rental, solar & diesel, delivered and set up for overnight events",
    ),
    # paragliding and skydiving schools: extras
    (
        "skydiving gear shop",
        "students keep asking where to buy their first rig and we have nothing to tell them",
        "skydiving gear dealer, new & used rigs, student packages, sizing appointments",
    ),
    (
        "drop zone marketing",
        "tandem bookings down 30% this year and our instagram is dead",
        "social media for adventure operators, reels from your footage, ads, monthly plans",
    ),
    (
        "gift vouchers",
        "people want to buy tandem flights as presents but we can only take card on the day",
        "gift voucher platform for experiences, online sales, printable vouchers, redemption",
    ),
    # chocolate makers: premises
    (
        "kitchen fit-out",
        "moving into a bigger workshop in anderlecht, needs a food-grade fit out",
        "fit-out contractor for food production units, drains, wall cladding, hygienic floors",
    ),
    (
        "chocolate making classes",
        "tourists keep walking in asking for a workshop and we have no room",
        "workshop space in the centre, we run chocolate & praline classes for tourist groups",
    ),
    (
        "cocoa butter supply",
        "need deodorised cocoa butter by the 25kg box, current supplier out of stock",
        "ingredients wholesaler for chocolatiers: cocoa butter, couverture, nut pastes, 25kg",
    ),
    # window cleaners: vans and fuel
    (
        "fuel cards",
        "diesel across 3 vans is killing me, over £900 a month",
        "fuel cards for small fleets, 5-10p off a litre at major stations, one invoice",
    ),
    (
        "van signwriting",
        "vans are plain white, no one knows who we are when we're on a street",
        "vehicle graphics & signwriting for trades, cut vinyl or part wraps, leeds",
    ),
    (
        "conservatory roof cleaning",
        "conservatory roof is filthy and i can't stand on it",
        "conservatory roof & fascia cleaning w/ water fed poles, no ladders on the roof",
    ),
    # rowing clubs: more
    (
        "cox box repair",
        "two of our cox boxes won't hold a charge and the speaker crackles",
        "electronics repair for rowing, cox boxes, speedcoaches, batteries & wiring harnesses",
    ),
    (
        "boat storage racks",
        "run out of rack space, have boats lying on the boathouse floor",
        "welder, custom boat racks for boathouses, wall-mounted & free-standing, galvanised",
    ),
    (
        "learn to row marketing",
        "our learn to row classes are half empty every summer",
        "marketing for community sports clubs, local ads, email & instagram campaigns",
    ),
    # mushroom growers: more
    (
        "grow kit webshop",
        "we sell grow kits online and the webshop looks like 2009",
        "webshops for small food producers, woocommerce & shoper, przelewy24 payments",
    ),
    (
        "cold room repair",
        "chiller on the packing room died on a friday night, 2 tonnes of oysters inside",
        "refrigeration engineer, 24/7 callout for farms & food plants, poznan & around",
    ),
    (
        "bookkeeping",
        "doing the books myself at midnight, keep mixing up vat on fresh vs dried",
        "biuro rachunkowe, bookkeeping for farms & food producers, english speaking staff",
    ),
    # vending operators: odds and ends
    (
        "multilingual signage",
        "tourists in dotonbori can't work out how our ticket machine works",
        "multilingual signage & stickers, english, chinese, korean, for machines and shops",
    ),
    (
        "machine cleaning",
        "machines at the station look grimy and the buttons are sticky",
        "vending machine cleaning service, exterior, buttons, coin slots, monthly contracts",
    ),
    # race organisers: more
    (
        "bib printing",
        "need 3,000 race bibs with names printed, the ones we bought tore in the rain",
        "race bib printing, tyvek, personalised names, tear-off tabs, fast turnaround",
    ),
    (
        "waste management",
        "forest service fined us for trash left along the course",
        "zero waste event service, bins, sorting crews, compost & recycling hauled away",
    ),
    (
        "race director mentoring",
        "first time putting on a trail race, i don't even know what i don't know",
        "retired race director, 20 yrs of ultras, i mentor new RDs through their first event",
    ),
    # paragliding schools: more
    (
        "wind sock and weather station",
        "landing field has no wind info, pilots guess from the trees",
        "weather stations for flying sites, live wind online, solar powered, windsocks too",
    ),
    # window cleaners: more
    (
        "carbon pole repair",
        "snapped a section of my carbon pole, new one is £600",
        "pole repairs, carbon & hybrid sections replaced, clamps, goosenecks, quick turnaround",
    ),
    # chocolate makers: more
    (
        "cacao fermentation advice",
        "our beans from the coop taste flat, think the fermentation is off",
        "cacao post-harvest consultant, fermentation & drying protocols, training at origin",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "reserve repack is due on 3 of our student rigs",
        "packing & shipping boxes for house moves, bubble wrap, tape, free delivery",
        "packing boxes for moving, not repacking a parachute",
    ),
    (
        "tore 2 cells landing in a tree, need the wing fixed",
        "car body shop, dented wings and bumpers repaired, insurance work",
        "a car's wing, not a paraglider wing",
    ),
    (
        "need the main canopy repaired after a tree landing",
        "garden canopies & gazebos for hire, weddings and parties",
        "hires garden canopies, does not repair a parachute canopy",
    ),
    (
        "keep cancelling tandems, need better wind & thermal forecasts",
        "thermal imaging surveys of houses, find heat loss and damp",
        "thermal imaging of buildings, not thermal forecasts for flying",
    ),
    (
        "need a jump plane while ours is in maintenance",
        "jump starter packs & car batteries, roadside help",
        "jump-starting cars, not a jump aircraft",
    ),
    (
        "looking for a second tandem pilot for the summer",
        "tandem bicycle rental along the lake, half day or full day",
        "tandem bikes, not a tandem paragliding pilot",
    ),
    (
        "my glider's lines need checking and re-trimming",
        "phone line & broadband installation for businesses",
        "phone lines, not paraglider lines",
    ),
    (
        "ground to air radios keep cutting out",
        "local radio advertising packages, 30 second spots",
        "radio advertising, not two-way radio equipment",
    ),
    (
        "our jump plane's annual inspection is overdue",
        "fire safety inspections for hotels and guesthouses",
        "inspects buildings for fire safety, not aircraft",
    ),
    (
        "nobody finds us when they google paragliding interlaken",
        "we teach paragliding courses in the bernese oberland",
        "a competing school, not someone who fixes search ranking",
    ),
    (
        "harness strap is fraying by the buckle",
        "horse harness & tack shop, bridles and saddles for sale",
        "sells horse harness, does not repair a flying harness",
    ),
    (
        "need someone to edit our tandem gopro footage",
        "we sell gopro cameras and mounts, best prices in interlaken",
        "sells cameras, does not edit footage",
    ),
    (
        "our temperer keeps overheating, chocolate streaky",
        "glass tempering for shop windows and shower screens",
        "tempered glass, not chocolate tempering machines",
    ),
    (
        "want custom polycarbonate moulds with our logo",
        "mould & damp removal for flats, anti-mould treatment",
        "removes wall mould, does not make chocolate moulds",
    ),
    (
        "need deodorised cocoa butter by the 25kg box",
        "natural cocoa butter body lotions and lip balms, handmade",
        "sells cosmetics made with cocoa butter, not the ingredient in bulk",
    ),
    (
        "the walk-in cold room keeps icing up",
        "cake icing & sugarcraft classes on saturdays",
        "cake icing classes, not a refrigeration repair",
    ),
    (
        "looking for fine flavour cacao beans direct from farmers",
        "specialty coffee beans, single origin, roasted weekly",
        "coffee beans, not cocoa beans",
    ),
    (
        "a tokyo department store wants our bars, we've never exported",
        "japanese lessons for adults, beginner to JLPT N3",
        "language lessons, not export help",
    ),
    (
        "spend every evening hand wrapping bars",
        "christmas gift wrapping stand at the winter market",
        "gift wraps shoppers' presents, does not flow-wrap production bars",
    ),
    (
        "need nice photos of our bonbons for the webshop",
        "photo booth hire for parties with props and prints",
        "party photo booth, not product photography",
    ),
    (
        "want to sell truffles and pralines at a pop-up",
        "truffle hunting tours in the ardennes with trained dogs",
        "truffle mushrooms, not chocolate truffles or a pop-up space",
    ),
    (
        "afsca inspection next month and our haccp plan is old",
        "home inspections before you buy a flat, full survey report",
        "property surveys, not food safety",
    ),
    (
        "need an extra chocolatier for the xmas rush",
        "we teach chocolate making to hobbyists, 2 hr classes",
        "teaches hobbyists, is not a chocolatier available to work",
    ),
    (
        "ship pralines in summer and they melt",
        "we sell summer ice cream carts and freezers",
        "sells ice cream equipment, not cold-chain shipping",
    ),
    (
        "pure water system in the van is shot, TDS reading 40",
        "bottled water coolers for offices, monthly delivery",
        "drinking water for offices, not a water-fed pole system repair",
    ),
    (
        "going through a bag of di resin a week",
        "epoxy resin floors for garages and warehouses",
        "epoxy floor resin, not deionising resin",
    ),
    (
        "snapped a section of my carbon pole",
        "polish translation & interpreting, court and medical",
        "polish language, not window cleaning poles",
    ),
    (
        "need a cherry picker for a day to clean an atrium roof",
        "fruit picking crews for farms, cherry and apple season",
        "people who pick cherries, not an access platform",
    ),
    (
        "want to buy a round in harrogate",
        "pub in harrogate, first round on us for new customers",
        "a round of drinks, not a window cleaning round",
    ),
    (
        "customers keep asking me to do gutters",
        "we sell plastic guttering and downpipes, trade counter",
        "sells guttering, does not clean gutters",
    ),
    (
        "my white render has gone green on the north side",
        "rendering & 3d visualisation for architects",
        "computer rendering, not cleaning house render",
    ),
    (
        "block paving drive covered in moss",
        "we lay new block paving driveways, free quote",
        "lays new drives, does not clean the existing one",
    ),
    (
        "need sodium hypochlorite for softwashing roofs",
        "hand car wash and valeting, while you wait",
        "washes cars, does not supply softwash chemicals",
    ),
    (
        "petrol pressure washer lost its pressure",
        "blood pressure checks at our pharmacy, free for over 40s",
        "blood pressure, not a pressure washer repair",
    ),
    (
        "8 floor block of flats, can't reach with poles",
        "rope & rigging supplies for theatres and stages",
        "sells theatre rope, not rope access cleaning",
    ),
    (
        "solar farm needs panels cleaned twice a year",
        "solar panel installation, free survey, battery storage",
        "installs panels, does not clean them",
    ),
    (
        "shop shutters got tagged overnight",
        "graffiti art workshops for teenagers",
        "teaches graffiti, does not remove it",
    ),
    (
        "want leaflets through 5,000 doors in headingley",
        "leaflet design, logos and flyers, quick turnaround",
        "designs leaflets, does not deliver them",
    ),
    (
        "cracked the bow of our eight on a buoy",
        "violin & cello bow rehairing and repairs",
        "a violin bow, not the bow of a boat",
    ),
    (
        "need our racing shell repaired before the season",
        "custom phone shells and cases, your design printed",
        "phone shells, not a rowing shell",
    ),
    (
        "coaching launch outboard won't start",
        "product launch agency, events and PR for new brands",
        "a product launch, not a coaching boat",
    ),
    (
        "need someone to rig our fleet properly",
        "stage rigger for concerts and film sets, certified",
        "rigs stage lighting, not rowing boats",
    ),
    (
        "two cox boxes won't hold a charge",
        "boxing coach, one to one sessions and fitness classes",
        "boxing, not cox box electronics",
    ),
    (
        "our floating dock is sinking on one corner",
        "laptop docking stations & monitors for offices",
        "computer docks, not a river dock",
    ),
    (
        "our head race timing was a mess",
        "head lice treatment clinic for kids, one visit",
        "head lice, not a head race",
    ),
    (
        "4 rowers off with stroke side back pain",
        "stroke rehabilitation therapy for older adults",
        "stroke as an illness, not rowing injuries",
    ),
    (
        "novice women's squad needs a coach for the fall",
        "coach tours to new york city, day trips from philly",
        "a coach bus, not a rowing coach",
    ),
    (
        "3 of our ergs have snapped chains",
        "bike shop, chain replacement and tune ups",
        "bike chains, does not service rowing machines",
    ),
    (
        "need $80k for a new eight, how do we ask",
        "we sell used eights and fours, good condition",
        "sells boats, does not raise the money",
    ),
    (
        "our treasurer quit and the 990 is due",
        "we train volunteers to become nonprofit board members",
        "board training, does not do the filing",
    ),
    (
        "need grain spawn for shiitake, 500kg a month",
        "fish spawn & fry for stocking ponds, carp and trout",
        "fish spawn, not mushroom spawn",
    ),
    (
        "half our blocks are going green with trichoderma",
        "concrete blocks & bricks, builders merchant",
        "building blocks, not mushroom blocks",
    ),
    (
        "want to stop mixing our own substrate",
        "semiconductor substrates & wafers, research quantities",
        "electronics substrate, not growing substrate",
    ),
    (
        "lost a whole flush when the power cut",
        "toilet & cistern repairs, flush valves fixed same day",
        "toilet flushes, not a crop of mushrooms",
    ),
    (
        "lion's mane yields halved since we moved",
        "horse mane & tail trimming, grooming visits to stables",
        "a horse's mane, not lion's mane mushrooms",
    ),
    (
        "pins dry out because humidity drops at night",
        "custom enamel pin badges, min order 100",
        "pin badges, not mushroom pins",
    ),
    (
        "sciarid flies everywhere in the growing rooms",
        "fly fishing trips on the warta, guide and gear included",
        "fly fishing, not fly control",
    ),
    (
        "want to sell specialty mushrooms straight to chefs",
        "foraging walks, learn to pick wild mushrooms safely",
        "teaches foraging, does not buy mushrooms",
    ),
    (
        "need 250g punnets with film for a supermarket trial",
        "cling film & kitchen foil for home use, wholesale",
        "kitchen film, not produce punnets",
    ),
    (
        "our autoclave failed the pressure test",
        "we sell new autoclaves for dental clinics",
        "sells dental autoclaves, does not repair or certify ours",
    ),
    (
        "20 tonnes of spent blocks every month",
        "skip hire for building rubble, 8 yard skips",
        "building rubble skips, will not take organic substrate for composting",
    ),
    (
        "coin mech keeps jamming on two drink machines",
        "car mechanic in namba, oil changes and shaken inspections",
        "car repairs, not vending coin mechanisms",
    ),
    (
        "want new placements in office buildings",
        "job placement agency for foreign engineers in osaka",
        "places people in jobs, not machines in buildings",
    ),
    (
        "want our machines wrapped in our own brand",
        "furoshiki wrapping cloths, handmade in kyoto",
        "gift wrapping cloth, not machine wraps",
    ),
    (
        "our micro market needs a self checkout",
        "microfinance for small shop owners in southeast asia",
        "microfinance, not a micro market checkout",
    ),
    (
        "keep driving to machines that turn out to be full",
        "route planning app for hikers and cyclists",
        "hiking routes, not restock routes",
    ),
    (
        "need a refrigerated van for restocking",
        "we repair home fridges and freezers",
        "fixes home fridges, does not lease vans",
    ),
    (
        "recycling bins next to our machines overflow",
        "we make furniture from recycled PET bottles",
        "makes furniture, does not collect recycling",
    ),
    (
        "a drunk guy smashed the front of our machine",
        "bar in namba, happy hour till 9",
        "a bar, nothing to do with vandalism cover",
    ),
    (
        "need a part-time driver to restock 30 machines",
        "driving lessons in english, license conversion help",
        "teaches driving, is not a route driver",
    ),
    (
        "business manager visa to run my vending company",
        "visa travel cards for tourists, points on every purchase",
        "a credit card brand, not an immigration visa",
    ),
    (
        "results were wrong for half the 50k field",
        "kettle cooked potato chips, sampling at events",
        "snack chips, not timing chips",
    ),
    (
        "need 3,000 race bibs, the last ones tore",
        "organic cotton baby bibs and burp cloths",
        "baby bibs, not race bibs",
    ),
    (
        "runners got lost, need the course marked properly",
        "online courses in event management, self paced",
        "an online course, not course marking",
    ),
    (
        "aid station at mile 18 has no water",
        "hearing aid clinic, free hearing tests",
        "hearing aids, not an aid station",
    ),
    (
        "need a sweep for the back of the race",
        "chimney sweep & inspections, denver metro",
        "sweeps chimneys, not a course sweep",
    ),
    (
        "need 2,500 custom finisher medals",
        "military medal mounting & framing service",
        "frames existing medals, does not make finisher medals",
    ),
    (
        "need a PA system for the finish line",
        "virtual personal assistant, inbox and calendar help",
        "a personal assistant, not a public address system",
    ),
    (
        "need a special use permit for the national forest",
        "we guide trail runs in the national forest, small groups",
        "guides runs, does not get event permits",
    ),
    (
        "point to point course, runners need shuttles to the start",
        "airport shuttle app, book a seat to DIA",
        "airport rides, not 600 runners to a start line at 4am",
    ),
    (
        "need tents for the finish area",
        "backpacking tents & sleeping bags for sale",
        "sells camping tents, not event tent rental",
    ),
    (
        "looking for a title sponsor for our race",
        "we sponsor a local running club's uniforms, already committed for 2 yrs",
        "their sponsorship is already taken, not open to a new race",
    ),
    (
        "overnight section of the 100 miler is pitch black",
        "headlamp brand, discount code for runners",
        "sells headlamps to runners, does not light aid stations",
    ),
]
