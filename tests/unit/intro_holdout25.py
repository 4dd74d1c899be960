"""The twenty-fifth hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: a fishing lodge, hunting guide and outfitter
owners' meetup in Whitehorse; a nail salon, barber and tattoo studio owners' night in Houston; a
solar installers', EV charger and heat pump fitters' trade breakfast in Bristol; a primary school
heads', nursery owners' and childminders' forum in Nairobi (in English); a record labels', music
venues' and festival promoters' mixer in Berlin (in English); a cleaning companies', pest
controllers' and facilities managers' lunch in Toronto; and an artisan bakers', butchers' and
cheesemongers' market traders' evening in Lyon (in English).

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 78 of 225 pairs (34.7 %) and 18 decoys of 113 with the
lexicon and matcher as the round on the twenty-fourth set began; 78 and 18 as it ended. Then
tuned on: 144 (64.0 %) and 15 decoys as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # Whitehorse: getting guests in
    (
        "float plane charter",
        "guests have to get out to our lake lodge and there's no road in",
        "bush plane charters out of whitehorse, beaver on floats, 6 pax + gear",
    ),
    # Houston: chairs
    (
        "booth rental",
        "want to rent a chair in a busy barbershop, i already have my own clients",
        "booth rent open at our shop in the heights, $250/wk, tons of walk-ins",
    ),
    # Bristol: paperwork
    (
        "MCS certification",
        "need MCS accreditation so our customers can actually get the grant",
        "consultant - i get installers through MCS and RECC, 95% pass first time",
    ),
    # Nairobi: getting kids to school
    (
        "school transport",
        "parents keep asking if we can run a school bus on the westlands route",
        "school transport co, vetted drivers, 14 seaters w/ seatbelts, all nairobi routes",
    ),
    # Berlin: sound
    (
        "PA hire",
        "need a PA for an open air, around 800 ppl, july",
        "sound system rental berlin/brandenburg - d&b, funktion one, delivery + tech crew",
    ),
    # Toronto: bugs
    (
        "bed bug treatment",
        "tenant in unit 4 found bed bugs, now unit 5 says they have them too",
        "licensed exterminator, bed bug heat treatments for multi-unit buildings, GTA",
    ),
    # Lyon: ovens
    (
        "oven repair",
        "bottom deck of my oven wont get hot anymore, baking 300 baguettes a day on one deck",
        "technicien for bakery deck ovens, bongard & pavailler, lyon region, 24h callout",
    ),
    # Whitehorse: bears
    (
        "bear safety training",
        "new guides from down south have never seen a grizzly, kinda nervous about it",
        "bear awareness + bear spray courses for field crews and guides, yukon wide",
    ),
    # Houston: fumes
    (
        "salon ventilation",
        "the acrylic smell is giving my techs headaches by 3pm every day",
        "HVAC contractor, source capture ventilation for nail salons, OSHA compliant",
    ),
    # Bristol: scaffold
    (
        "scaffolding",
        "our usual scaffolder retired and we've got 6 roof arrays next month",
        "scaffolding firm covering bristol & bath, domestic roof jobs, 48hr lead time",
    ),
    # Nairobi: lunch
    (
        "school catering",
        "our kitchen can't keep up with lunch for 300 kids",
        "school catering, balanced hot lunches delivered daily, nairobi & kiambu",
    ),
    # Berlin: royalties
    (
        "GEMA licensing",
        "honestly no idea how GEMA works for the parties we run",
        "i advise venues & promoters on GEMA licensing, usually cut the bill legally",
    ),
    # Toronto: janitorial
    (
        "janitorial contract",
        "our office building's cleaners keep skipping floors, looking to switch contractor",
        "commercial janitorial for buildings 30k sq ft+, night crews, toronto & mississauga",
    ),
    # Lyon: cold storage
    (
        "cold room",
        "need a walk-in cold room for ageing cheese, the cellar is too warm in summer",
        "refrigeration engineer - cold rooms and cheese caves with humidity control",
    ),
    # Whitehorse: motors
    (
        "outboard repair",
        "our 40hp yamaha keeps stalling mid lake, guests not impressed",
        "small engine & outboard mechanic, mobile in summer, yamaha/mercury certified",
    ),
    # Houston: aftercare
    (
        "aftercare wholesale",
        "want to sell aftercare at the front desk instead of sending ppl to walgreens",
        "wholesale tattoo aftercare balm, private label avail, min order 50 units",
    ),
    # Bristol: sparkies
    (
        "subcontract electricians",
        "30 EV charger installs booked and only 2 sparkies lol",
        "NICEIC electrician, 18th edition + EV charging cert, free for subcontract work",
    ),
    # Nairobi: CBC
    (
        "CBC teacher training",
        "teachers are still confused about CBC assessment, rubrics everywhere",
        "CBC trainer, ex-KICD, workshops for teachers on competency based assessment",
    ),
    # Berlin: vinyl
    (
        "vinyl pressing",
        "want 300 vinyl for the label's next release",
        "pressing plant near leipzig, short runs from 100 copies, ~8 wk turnaround",
    ),
    # Toronto: carpets
    (
        "carpet cleaning",
        "lobby carpet is covered in salt stains from the winter",
        "commercial carpet extraction & salt stain removal, after hours, GTA",
    ),
    # Lyon: flour
    (
        "local flour",
        "looking for organic T65 from a mill close to lyon",
        "moulin in the monts du lyonnais, organic T65 and T80, delivered weekly",
    ),
    # Whitehorse: connectivity
    (
        "remote internet",
        "no cell coverage at camp and guests freak out",
        "starlink & inreach installs for remote camps, we fly out and set it up",
    ),
    # Houston: pathogens
    (
        "bloodborne pathogens course",
        "my artists need their bloodborne pathogens cert before license renewal",
        "OSHA bloodborne pathogens course for tattoo & piercing, online, cert same day",
    ),
    # Bristol: grid
    (
        "grid applications",
        "G99 applications to the DNO are taking forever",
        "we handle G98/G99 applications for installers, NGED & SSEN areas",
    ),
    # Nairobi: fees
    (
        "fees collection",
        "chasing parents for fees is literally half my week",
        "school fees system w/ M-Pesa paybill, auto reminders to parents by sms",
    ),
    # Berlin: mastering
    (
        "mastering",
        "EP is mixed, needs mastering for vinyl and streaming",
        "mastering engineer in kreuzberg, vinyl + digital masters, 60 eur per track",
    ),
    # Toronto: windows
    (
        "high-rise windows",
        "need the windows done on a 14 storey building",
        "high rise window cleaning, rope access, fully insured, GTA",
    ),
    # Lyon: knives
    (
        "knife sharpening",
        "my butcher knives need a proper edge, the steel isn't cutting it anymore",
        "remouleur - i come to the markets every tuesday, butcher & chef knives",
    ),
    # Whitehorse: first aid
    (
        "wilderness first aid",
        "need all my guides certified in wilderness first aid before june",
        "WFA and WFR courses, 40hr, run in whitehorse every spring",
    ),
    # Houston: no-shows
    (
        "booking software",
        "clients keep no showing, losing like $600 a week",
        "salon booking app w/ card on file, no-show fees and text reminders",
    ),
    # Bristol: heat pumps
    (
        "heat pump training",
        "two of my gas engineers want to retrain on heat pumps",
        "heat pump installer course, 5 days, LCL awards accredited, bristol centre",
    ),
    # Nairobi: safeguarding
    (
        "safeguarding policy",
        "inspection coming and we don't have a written child protection policy",
        "child protection consultant - write safeguarding policies & train staff",
    ),
    # Berlin: distribution
    (
        "digital distribution",
        "our label needs to get releases onto spotify, apple etc",
        "digital distributor for indie labels, 85/15 split, weekly payouts",
    ),
    # Toronto: staffing
    (
        "cleaning staff agency",
        "cleaners keep quitting after 2 weeks, we're always short",
        "staffing agency, vetted cleaners, temp-to-hire, can fill shifts next day",
    ),
    # Lyon: markets
    (
        "market pitch",
        "want a pitch at the croix-rousse market, no idea how to get one",
        "market traders' association - we help new traders apply for pitches in lyon",
    ),
    # Whitehorse: game meat
    (
        "game meat processing",
        "hunters want their moose cut and wrapped before they fly home",
        "game processing - moose, caribou, sheep. cut, wrap, freeze, ship",
    ),
    # Houston: translation
    (
        "compliance translation",
        "my techs mostly speak vietnamese, need the state board rules explained",
        "bilingual viet-english consultant, help salons with TDLR inspections & paperwork",
    ),
    # Bristol: finance
    (
        "customer finance",
        "customers love the quote but can't pay 12k upfront",
        "point of sale finance for solar & heat pumps, installer portal, decisions in mins",
    ),
    # Nairobi: playgrounds
    (
        "playground",
        "our outdoor play area is basically dirt and one swing",
        "we build playgrounds for schools & nurseries, locally made, safety tested",
    ),
    # Berlin: security
    (
        "event security",
        "need door staff for a 3 day festival",
        "event security, licensed 34a staff, festivals & clubs",
    ),
    # Toronto: green products
    (
        "green cleaning supplies",
        "client is demanding green certified cleaning products in their contract",
        "supplier of ecologo certified cleaning chemicals, bulk, GTA delivery",
    ),
    # Lyon: payments
    (
        "card reader",
        "customers at the market keep asking to pay by card",
        "mobile card readers for market traders, no monthly fee, works on 4g",
    ),
    # Whitehorse: trophies
    (
        "taxidermy",
        "client got a dall sheep and wants a full shoulder mount",
        "taxidermist 20 yrs, big game shoulder mounts, ship anywhere in north america",
    ),
    # Houston: sharps
    (
        "sharps disposal",
        "where do i get rid of used needles legally??",
        "medical waste pickup, sharps containers, monthly service for tattoo shops",
    ),
    # Bristol: roofs
    (
        "structural survey",
        "is this old roof even strong enough for 16 panels?",
        "structural engineer, roof load calcs for PV, report in 3 days",
    ),
    # Nairobi: first aid
    (
        "paediatric first aid",
        "my childminders need paediatric first aid",
        "certified trainer, paediatric first aid for caregivers, 2 day course",
    ),
    # Berlin: visas
    (
        "artist visas",
        "booking a DJ from lagos for october, visa stuff is scary",
        "artist visa & work permit service - schengen visas for touring musicians",
    ),
    # Toronto: rodents
    (
        "rodent control",
        "mice in the restaurant kitchen and health inspection is next week",
        "pest control, rodent exclusion + monitoring for restaurants, dinesafe ready reports",
    ),
    # Lyon: food safety
    (
        "HACCP plan",
        "health inspection coming, my HACCP plan is 10 yrs old",
        "food safety consultant, HACCP & plan de maitrise sanitaire for butchers, bakers",
    ),
    # Whitehorse: bookings
    (
        "booking software",
        "all our bookings are by email and a paper calendar tbh",
        "online booking systems for lodges & tour operators, deposits + waivers built in",
    ),
    # Houston: sterilizers
    (
        "autoclave repair",
        "autoclave failed its spore test",
        "autoclave repair & spore testing, houston area, loaners available",
    ),
    # Bristol: leads
    (
        "solar leads",
        "need more domestic solar leads in the south west",
        "pre-qualified solar leads, pay per appointment, SW england",
    ),
    # Nairobi: speech
    (
        "speech therapy",
        "a few of our 4 yr olds barely talk and parents are worried",
        "speech & language therapist, visits nurseries to screen and support kids",
    ),
    # Berlin: noise
    (
        "soundproofing",
        "neighbours complaining, ordnungsamt came twice already",
        "acoustic engineer - soundproofing for clubs, noise measurements for the authorities",
    ),
    # Toronto: snow
    (
        "snow removal",
        "need someone for snow clearing on our lot this winter",
        "snow plowing & salting contracts for commercial lots, 24/7 during storms",
    ),
    # Lyon: cheese sourcing
    (
        "farmhouse cheese supply",
        "want more farmhouse cheeses from small producers, not the usual wholesaler stuff",
        "affineur working with 30 farms in the jura - comte & raw milk tommes, wholesale",
    ),
    # Whitehorse: cover
    (
        "liability insurance",
        "insurer dropped us after 12 yrs, renewal's in 3 wks",
        "broker specializing in outfitter & adventure tourism liability",
    ),
    # Houston: socials
    (
        "social media",
        "need someone to run the shop instagram, i just cut hair",
        "social media mgr for barbershops, reels of your fades, 3 posts/wk $400/mo",
    ),
    # Bristol: vans
    (
        "van racking",
        "new vans need racking and ladder racks",
        "van racking fit-outs from our avonmouth unit, same day fitting",
    ),
    # Nairobi: registration
    (
        "daycare registration",
        "want to register my home daycare with the county but where do i even start",
        "i help daycares with nairobi county registration & public health approval",
    ),
    # Berlin: tickets
    (
        "ticketing",
        "our ticketing platform eats 12% of every ticket",
        "ticketing for indie venues, flat 0.50 eur per ticket, payouts weekly",
    ),
    # Toronto: work orders
    (
        "maintenance software",
        "our work orders are tracked on sticky notes",
        "facilities maintenance software - work orders, PM schedules, mobile app",
    ),
    # Lyon: vacuum
    (
        "vacuum packing",
        "want to vacuum pack meat for online orders",
        "vacuum packing machines for butchers, sale & servicing",
    ),
    # Whitehorse: kitchen
    (
        "camp cook",
        "lost our camp cook for the season, 14 guests a week",
        "backcountry camp cook, 6 seasons in BC lodges, can handle allergies",
    ),
    # Houston: removal
    (
        "laser tattoo removal",
        "clients want cover ups but the old tattoo is way too dark to cover",
        "laser tattoo removal, fading sessions for cover-ups, artist referral discount",
    ),
    # Bristol: grants
    (
        "grant admin",
        "boiler upgrade scheme claims are doing my head in",
        "admin service for installers, we do BUS voucher applications & chase ofgem",
    ),
    # Nairobi: water
    (
        "water storage",
        "water rationing, taps dry 3 days a week",
        "water tanks supplied and installed, 10,000L, discount for schools",
    ),
    # Berlin: toilets
    (
        "festival toilets",
        "need toilets for 2000 ppl on a field",
        "mobile toilet hire, festival blocks, servicing during the event",
    ),
    # Toronto: biohazard
    (
        "biohazard cleanup",
        "unit where a tenant passed away, need it cleaned properly",
        "trauma & biohazard cleaning, certified, discreet, 24/7",
    ),
    # Lyon: delivery
    (
        "early delivery",
        "restaurants want bread delivered by 7am",
        "early morning courier, cargo bikes & refrigerated van, lyon intra-muros",
    ),
    # Whitehorse: power
    (
        "off-grid solar",
        "generator runs 18hrs a day at the lodge, fuel bill is insane",
        "off grid solar + battery systems for remote cabins & lodges, yukon installer",
    ),
    # Houston: nail supply
    (
        "nail supplies",
        "tired of paying retail for gel polish",
        "nail supply distributor, wholesale gel, acrylic, tips, delivery in harris county",
    ),
    # Bristol: storage
    (
        "battery storage",
        "customers keep asking about batteries and we've only ever done panels",
        "battery storage distributor, installer training + trade pricing",
    ),
    # Nairobi: uniforms
    (
        "uniforms",
        "need uniforms for 150 kids by january",
        "uniform manufacturer, embroidered logos, bulk orders, industrial area",
    ),
    # Berlin: PR
    (
        "music PR",
        "releasing an album and want press in the UK",
        "music PR, UK & EU press campaigns for electronic releases",
    ),
    # Toronto: wildlife
    (
        "wildlife removal",
        "raccoons living in the roof of our warehouse",
        "humane wildlife removal, raccoon & squirrel exclusion, one way doors",
    ),
    # Lyon: apprentices
    (
        "bakery apprentice",
        "need an apprenti boulanger from september",
        "CFA placing apprentice bakers with employers, CAP boulanger",
    ),
    # Whitehorse: permits
    (
        "outfitting permits",
        "confused about the concession renewal paperwork",
        "ex territorial wildlife officer, help outfitters w/ concession & quota apps",
    ),
    # Houston: water damage
    (
        "water damage restoration",
        "shop flooded in the storm, floor still wet 3 days later",
        "water damage restoration, dry-out for small businesses, 24/7 houston",
    ),
    # Bristol: heritage
    (
        "heritage planning",
        "customer in clifton has a listed house and wants panels",
        "planning consultant, conservation areas & listed buildings, solar a specialty",
    ),
    # Nairobi: software
    (
        "school software",
        "report cards take us 2 weeks to compile every term",
        "school management system, CBC report cards generated automatically",
    ),
    # Berlin: tax
    (
        "music tax advice",
        "do i have to pay KSK for the artists i book??",
        "steuerberaterin for music businesses - KSK, foreign artist tax, VAT",
    ),
    # Toronto: HVAC
    (
        "HVAC maintenance",
        "rooftop units haven't been serviced in years, tenants complaining",
        "commercial HVAC preventive maintenance contracts, GTA",
    ),
    # Lyon: export
    (
        "cheese export shipping",
        "tourists keep asking if we can ship cheese to them back home",
        "export shipping for cheese, insulated packs, EU & UK customs handled",
    ),
    # Whitehorse: US clients
    (
        "hunting show marketing",
        "want more american clients, nobody in texas knows we exist",
        "we take outfitters to the big US hunting shows, booth sharing + lead lists",
    ),
    # Houston: school
    (
        "barber school",
        "looking for a barber school w/ night classes for my nephew",
        "barber college, evening classes, TDLR approved, payment plans",
    ),
    # Bristol: software
    (
        "heat loss software",
        "still doing heat loss calcs by hand in excel lol",
        "heat pump design software, room by room heat loss, MCS compliant reports",
    ),
    # Nairobi: hiring
    (
        "teacher recruitment",
        "need a qualified ECDE teacher asap, ours left",
        "teacher placement agency, registered ECDE teachers, nairobi",
    ),
    # Berlin: posters
    (
        "poster distribution",
        "need posters up all around neukolln for our party",
        "poster distribution berlin, wild posting & flyering, 400 spots citywide",
    ),
    # Toronto: equipment
    (
        "cleaning equipment",
        "want to buy an auto scrubber for the warehouse floor",
        "cleaning equipment dealer, auto scrubbers, sale or lease, toronto",
    ),
    # Lyon: vans
    (
        "refrigerated van",
        "our refrigerated market van died",
        "refurbished refrigerated vans, market trader spec with awning & display",
    ),
    # Whitehorse: photos
    (
        "photography",
        "website pics are from 2009 and blurry",
        "outdoor photographer, i spend a week at your lodge shooting guests, fish, scenery",
    ),
    # Houston: clippers
    (
        "clipper sharpening",
        "my clippers are pulling hair",
        "clipper blade sharpening & repair, 48hr turnaround, pickup from your shop",
    ),
    # Bristol: pigeons
    (
        "bird proofing",
        "pigeons nesting under a customer's panels, mess everywhere",
        "bird proofing for solar panels, mesh skirts, bristol & somerset",
    ),
    # Nairobi: security
    (
        "security guards",
        "parents worried about who's coming through the gate",
        "security firm for schools, trained guards, visitor logbooks, CCTV",
    ),
    # Berlin: lights
    (
        "club lighting",
        "our venue lights are ancient, want some moving heads",
        "lighting design & install for clubs, DMX, moving heads, also rentals",
    ),
    # Toronto: bonding
    (
        "janitorial bonding",
        "big new client wants us bonded before they sign",
        "insurance broker, janitorial bonding and liability for cleaning companies",
    ),
    # Lyon: charcuterie
    (
        "charcuterie training",
        "want to start making saucisson in house",
        "master charcutier, 3 day dry-cured sausage training for butchers",
    ),
    # Whitehorse: water
    (
        "water treatment",
        "we use lake water at camp and the health inspector isn't happy",
        "water treatment for remote sites, UV + filtration, install & inspector sign off",
    ),
    # Houston: guest spots
    (
        "guest spot",
        "looking for a guest spot in houston for 2 weeks in march",
        "our studio takes guest artists, private room, 60/40 split",
    ),
    # Bristol: fleet
    (
        "fleet charging",
        "our 20 vans are going electric, need chargers at the yard",
        "commercial EV charging for fleets, depot chargers, workplace grant handled",
    ),
    # Nairobi: loans
    (
        "school expansion loan",
        "want to add 2 classrooms but the bank said no",
        "SME lender for private schools, building & asset finance",
    ),
    # Berlin: booking
    (
        "booking agency",
        "need an agent to book my band's EU tour",
        "booking agency for indie & post punk bands, we book tours across europe",
    ),
    # Toronto: tenders
    (
        "bid writing",
        "want to bid on city cleaning tenders but never done one",
        "bid writer, municipal cleaning & FM RFPs, win rate around 40%",
    ),
    # Lyon: accounts
    (
        "artisan accounting",
        "my accounts are a mess, i'm a baker not an accountant",
        "expert-comptable for artisans & commercants, flat monthly fee",
    ),
    # Whitehorse: boats
    (
        "used boats",
        "need 2 more aluminium boats for next season",
        "selling 3 16ft lunds w/ trailers from our lodge, well maintained",
    ),
    # Houston: classification
    (
        "contractor classification",
        "not sure if my booth renters count as employees or contractors for taxes",
        "CPA, work with salons on 1099 vs W2 classification",
    ),
    # Bristol: apprentices
    (
        "apprenticeships",
        "want to take on an apprentice but never done it",
        "college apprenticeship coordinator, electrical apprentices, we handle the levy",
    ),
    # Nairobi: inclusion
    (
        "special needs support",
        "we have a boy with autism and the teacher has no idea how to support him",
        "special needs educator, train nursery staff on inclusion for kids w/ autism",
    ),
    # Berlin: insurance
    (
        "event insurance",
        "festival insurance in case it rains out?",
        "event insurance broker - weather cancellation & liability for festivals",
    ),
    # Lyon: butchers' knives again, different situation
    (
        "knife sharpening",
        "knives go blunt halfway thru saturday market",
        "knife sharpening service, collect monday return tuesday, lyon butchers & chefs",
    ),
    # Whitehorse: horses
    (
        "packhorses",
        "need packhorses for august sheep hunts",
        "string of 12 packhorses for lease, w/ or w/o wrangler, southern yukon",
    ),
    # Houston: interiors
    (
        "salon interior design",
        "opening a 2nd nail salon, want it to look instagrammable",
        "commercial interior designer - salons & spas, pedicure station layouts",
    ),
    # Nairobi: power cuts
    (
        "solar backup",
        "power cuts every week, computer lab just sits there dead",
        "solar installer nairobi, systems for schools with battery backup",
    ),
    # Berlin: merch
    (
        "merch printing",
        "want t-shirts for the tour",
        "screen printing berlin, band merch, eco inks, min 30 pcs",
    ),
    # Toronto: post-construction
    (
        "post-construction cleaning",
        "renovation on floors 2-4 just finished, dust on everything",
        "post construction cleaning crews, commercial, GTA, can start in 48h",
    ),
    # Houston: plumbing
    (
        "pedicure chair plumbing",
        "pedi chair jets leaking all over the floor",
        "plumber, pedicure spa chairs install & repair",
    ),
    # Whitehorse: seasonal money
    (
        "seasonal accounting",
        "seasonal business, cash flow dies every winter",
        "accountant for seasonal tourism businesses, off-season budgeting + cash planning",
    ),
    # Houston: lease
    (
        "lease review",
        "landlord wants me to sign a 10 yr lease, no idea what's in it",
        "small business attorney, commercial lease review flat $350",
    ),
    # --- second round: same needs, said differently ---
    # Bristol: electricians
    (
        "subcontract electricians",
        "sparky needed for a couple months, charger installs piling up",
        "qualified electrician, EV charge point installs, day rate, own van & tools",
    ),
    # Nairobi: transport
    (
        "school transport",
        "some of our kids walk 4km along the road to get to school, not safe",
        "we run school vans in nairobi, fixed routes, pick up & drop off at gate",
    ),
    # Berlin: PA
    (
        "PA hire",
        "sound for a 300 cap warehouse party, need speakers + someone to run them",
        "PA & engineer hire for club nights, berlin, from 400 eur/night",
    ),
    # Toronto: bed bugs
    (
        "bed bug treatment",
        "tenants waking up with bites, mattress has little black spots",
        "bed bug inspection + treatment, heat or chemical, follow up visits included",
    ),
    # Lyon: oven
    (
        "oven repair",
        "four a sole is showing an error code and won't heat, help",
        "bakery equipment repair - deck ovens, proofers, mixers. lyon & st etienne",
    ),
    # Whitehorse: float plane
    (
        "float plane charter",
        "need to fly 4 hunters + a moose out of a lake in sept",
        "floatplane charters, hunt drop-offs & meat pickups across the yukon",
    ),
    # Houston: booth rental
    (
        "booth rental",
        "tattoo artist, tired of working from home, want to rent space in a real studio",
        "studio in montrose has 2 stations for rent, weekly rate, all supplies incl",
    ),
    # Bristol: MCS
    (
        "MCS certification",
        "customers walk away when they hear we're not MCS",
        "i take small installers through MCS certification, docs, audit prep, the lot",
    ),
    # Nairobi: catering
    (
        "school catering",
        "parents complaining the food we give the kids is beans every day",
        "school meal provider, weekly menus by a nutritionist, serving 12 schools",
    ),
    # Berlin: GEMA
    (
        "GEMA licensing",
        "got a huge GEMA bill for last year's festival and don't understand it",
        "GEMA specialist, check & dispute event invoices, venues and promoters",
    ),
    # Toronto: janitorial
    (
        "janitorial contract",
        "medical office, need nightly cleaning that follows infection control",
        "janitorial for clinics & medical offices, trained in infection control, toronto",
    ),
    # Lyon: cold room
    (
        "cold room",
        "cheese keeps sweating in the fridge, need proper cave conditions",
        "i build small affinage rooms, temperature + humidity controlled, for fromagers",
    ),
    # Whitehorse: bears
    (
        "bear safety training",
        "had a bear in camp last season, want staff trained properly this yr",
        "wildlife safety training for outfitters: bear encounters, spray, electric fences",
    ),
    # Houston: ventilation
    (
        "salon ventilation",
        "fire marshal said our nail salon needs better air flow",
        "commercial ventilation installs, nail & beauty salons, permits handled",
    ),
    # Bristol: scaffolding
    (
        "scaffolding",
        "need access for a roof install in bedminster, terrace house",
        "scaff hire bristol, domestic jobs, erect and strike, insured",
    ),
    # Nairobi: CBC
    (
        "CBC teacher training",
        "grade 5 teachers keep asking me how to do the projects properly",
        "teacher professional development, CBC projects & assessment, on site at schools",
    ),
    # Berlin: vinyl
    (
        "vinyl pressing",
        "label's first record, want it on wax, maybe 200 copies",
        "vinyl manufacturing, test pressings, coloured vinyl, runs from 100",
    ),
    # Toronto: carpet
    (
        "carpet cleaning",
        "office carpets smell after the flood last month",
        "carpet & upholstery cleaning for offices, deodorizing, after hours",
    ),
    # Lyon: flour
    (
        "local flour",
        "want to use heirloom wheat flour for my pain de campagne",
        "paysan-meunier, stone ground flour from ancient wheat varieties, near lyon",
    ),
    # Whitehorse: internet
    (
        "remote internet",
        "guests keep asking for wifi at the fly-in camp",
        "satellite internet installs for off grid lodges & camps, yukon & NWT",
    ),
    # Houston: bloodborne
    (
        "bloodborne pathogens course",
        "new piercer starting monday, needs BBP training",
        "bloodborne pathogens training, in person or online, tattoo & piercing focused",
    ),
    # Bristol: grid
    (
        "grid applications",
        "customer wants a big battery and the DNO application is beyond me",
        "grid connection consultant, G99 applications & export limiting designs",
    ),
    # Nairobi: fees
    (
        "fees collection",
        "fee arrears are over 2 million shillings, can't pay teachers on time",
        "fees management software, parents pay via mpesa, arrears tracked automatically",
    ),
    # Berlin: mastering
    (
        "mastering",
        "tracks sound quiet compared to everything on spotify",
        "mastering for streaming & club, loudness done right, 48h turnaround",
    ),
    # Toronto: windows
    (
        "high-rise windows",
        "condo board wants exterior windows cleaned twice a year",
        "window cleaning for condos & towers, swing stage and rope access",
    ),
    # Whitehorse: first aid
    (
        "wilderness first aid",
        "guide's first aid ticket expired and we're 200km from a hospital",
        "wilderness first responder recert, 3 days, yukon",
    ),
    # Houston: booking
    (
        "booking software",
        "phone rings all day while i'm cutting, can't answer",
        "online booking for barbers, clients book and pay themselves, $30/mo",
    ),
    # Bristol: heat pump training
    (
        "heat pump training",
        "want my team upskilled on air source before the gas boiler ban",
        "air source heat pump training for plumbers & gas engineers, bristol",
    ),
    # Nairobi: safeguarding
    (
        "safeguarding policy",
        "one of our staff shouted at a child, we need proper procedures",
        "safeguarding training & policy review for schools & ECDE centres, nairobi",
    ),
    # Berlin: distribution
    (
        "digital distribution",
        "we only sell on bandcamp, want our catalogue on all the streaming platforms",
        "label services: streaming distribution, metadata, royalty reporting",
    ),
    # Toronto: staffing
    (
        "cleaning staff agency",
        "need 6 extra cleaners for a big event weekend",
        "temp cleaning staff, event & commercial, GTA, short notice ok",
    ),
    # Lyon: market pitch
    (
        "market pitch",
        "cheesemonger, want to start doing the sunday market on quai st antoine",
        "we help traders get placed at lyon markets, paperwork & abonnement",
    ),
    # Whitehorse: game processing
    (
        "game meat processing",
        "no freezer space for client moose this fall",
        "wild game butchery & freezer storage, whitehorse, cut to order",
    ),
    # Houston: translation
    (
        "compliance translation",
        "owner only speaks vietnamese and got a letter from the licensing dept",
        "vietnamese interpreter for salon owners, state licensing & inspection letters",
    ),
    # Bristol: finance
    (
        "customer finance",
        "losing jobs because ppl can't afford a heat pump outright",
        "consumer credit broker for home energy upgrades, monthly payment plans",
    ),
    # Nairobi: playground
    (
        "playground",
        "kids have nothing to climb on at break time",
        "outdoor play equipment for schools, climbing frames, installed in nairobi",
    ),
    # Berlin: security
    (
        "event security",
        "fights at the last two parties, want proper security",
        "security & door team for club nights, licensed, de-escalation trained",
    ),
    # Toronto: green cleaning
    (
        "green cleaning supplies",
        "staff getting rashes from the degreaser, want safer products",
        "non-toxic certified cleaning products, wholesale to cleaning companies",
    ),
    # Lyon: card reader
    (
        "card reader",
        "losing sales every saturday because i'm cash only",
        "card payment terminals for markets & food trucks, sans abonnement",
    ),
    # Whitehorse: taxidermy
    (
        "taxidermy",
        "us client wants a european mount of his caribou shipped to montana",
        "taxidermy studio, euro mounts & skulls, export paperwork handled",
    ),
    # Houston: sharps
    (
        "sharps disposal",
        "our sharps containers are full and we've got nowhere to send them",
        "biohazard & sharps collection for studios, houston, pickup every 2 wks",
    ),
    # Bristol: structural
    (
        "structural survey",
        "flat roof on a commercial unit, customer wants 40 panels",
        "structural calcs for rooftop solar, commercial & domestic",
    ),
    # Nairobi: paediatric first aid
    (
        "paediatric first aid",
        "a baby choked at a friend's daycare, i want all my staff trained",
        "first aid for nursery staff & childminders, choking, burns, CPR for infants",
    ),
    # Berlin: visas
    (
        "artist visas",
        "headliner's visa got refused, gig is in 6 weeks",
        "visa support for international artists playing germany, invitation letters",
    ),
    # Toronto: rodent control
    (
        "rodent control",
        "droppings in the storage room of our food court",
        "commercial pest control, rodents & insects, monthly service contracts, GTA",
    ),
    # Lyon: HACCP
    (
        "HACCP plan",
        "opening a fromagerie, the DDPP wants a food safety plan",
        "i write HACCP plans for cheese shops and train your staff, lyon",
    ),
    # Whitehorse: bookings
    (
        "booking software",
        "double booked a cabin twice this summer, embarrassing",
        "reservation software for lodges, live calendar, sync w/ your website",
    ),
    # Houston: social media
    (
        "social media",
        "nail sets look amazing but nobody sees them online",
        "instagram & tiktok content for nail salons, i film, edit and post",
    ),
    # Bristol: leads
    (
        "solar leads",
        "diary's empty for march, need jobs",
        "lead gen for renewables installers, homeowner enquiries, pay per lead",
    ),
    # Nairobi: speech
    (
        "speech therapy",
        "child in PP2 stutters badly and kids tease him",
        "speech therapist, stuttering support for young children, school visits",
    ),
    # Berlin: soundproofing
    (
        "soundproofing",
        "bass travels through the walls into the flats above",
        "acoustic treatment & low frequency isolation for venues, berlin",
    ),
    # Toronto: snow
    (
        "snow removal",
        "tenants slipped on the sidewalk last winter, need proper salting",
        "commercial snow & ice management, sidewalks & lots, logged service visits",
    ),
    # Lyon: cheese supply
    (
        "farmhouse cheese supply",
        "customers want goat cheese from a real farm",
        "chevre farm in the drome, fermier cheeses, deliver to lyon shops weekly",
    ),
    # Whitehorse: insurance
    (
        "liability insurance",
        "nobody will quote us liability since we added sheep hunts",
        "insurance broker for hunting outfitters & guides, liability + equipment",
    ),
    # Houston: laser removal
    (
        "laser tattoo removal",
        "client regrets a name on her wrist, wants it gone not covered",
        "picosecond laser tattoo removal, free consult, houston galleria",
    ),
    # Bristol: van racking
    (
        "van racking",
        "panels sliding around in the back of the van",
        "van fit outs for trades, racking, roof bars, load restraint",
    ),
    # Nairobi: daycare registration
    (
        "daycare registration",
        "county officers came and said my daycare isn't licensed",
        "licensing consultant for childcare centres, nairobi county compliance",
    ),
    # Berlin: ticketing
    (
        "ticketing",
        "need ticket scanning at the door for our festival",
        "ticketing & entry scanning for festivals, hardware rental incl",
    ),
    # Toronto: maintenance software
    (
        "maintenance software",
        "no idea when the boilers were last serviced, records are a mess",
        "CMMS for building managers, asset records + maintenance history, cloud",
    ),
    # Lyon: vacuum packing
    (
        "vacuum packing",
        "our vacuum sealer broke, orders piling up",
        "repair & sale of vacuum packing machines, lyon, quick turnaround",
    ),
    # Whitehorse: camp cook
    (
        "camp cook",
        "guests complained about the food last year",
        "lodge chef, wild game & fish menus, available may to sept",
    ),
    # Houston: nail supply
    (
        "nail supplies",
        "running out of acrylic powder every other week",
        "wholesale nail supplies, next day delivery across houston",
    ),
    # Bristol: grant admin
    (
        "grant admin",
        "don't have time to do all the grant paperwork for each heat pump",
        "we do the BUS and MCS paperwork for installers, per job fee",
    ),
    # Nairobi: water
    (
        "water storage",
        "toilets can't flush when the county water doesn't come",
        "rainwater harvesting & storage tanks for schools, nairobi",
    ),
    # Berlin: toilets
    (
        "festival toilets",
        "toilets at our last open air were a disaster",
        "sanitation hire for events, toilets, urinals, handwash, cleaning crew",
    ),
    # Toronto: biohazard
    (
        "biohazard cleanup",
        "needles and blood in the stairwell of one of our buildings",
        "biohazard & sharps cleanup for property managers, same day",
    ),
    # Lyon: delivery
    (
        "early delivery",
        "hotels want croissants at 6:30, i can't leave the bakery",
        "food delivery for artisans, early morning runs to hotels & restaurants",
    ),
    # Whitehorse: solar
    (
        "off-grid solar",
        "tired of hauling diesel to the cabins",
        "solar panels and batteries for off grid cabins, designed for yukon winters",
    ),
    # Houston: restoration
    (
        "water damage restoration",
        "ceiling leak soaked the barbershop, smells like mold",
        "mold remediation & water damage repair, commercial, houston",
    ),
    # Bristol: battery storage
    (
        "battery storage",
        "want to add home batteries to what we sell",
        "battery wholesaler, stock + training for installers, SW england",
    ),
    # Nairobi: uniforms
    (
        "uniforms",
        "our uniform supplier delivered wrong sizes, term starts monday",
        "school uniforms made in nairobi, sweaters, shirts, quick turnaround",
    ),
    # Berlin: PR
    (
        "music PR",
        "no blog has written about any of our releases",
        "PR for small labels, press releases, blog & radio outreach",
    ),
    # Toronto: wildlife
    (
        "wildlife removal",
        "skunk under the porch of our rental property",
        "wildlife control, skunks, raccoons, squirrels, humane removal, GTA",
    ),
    # Lyon: apprentice
    (
        "bakery apprentice",
        "want to train a young person in my boulangerie",
        "apprenticeship centre, matching bakery apprentices with employers in rhone",
    ),
    # Whitehorse: permits
    (
        "outfitting permits",
        "quota application for next season due and i'm lost",
        "permit help for yukon outfitters, quota submissions & compliance",
    ),
    # Houston: barber school
    (
        "barber school",
        "want to become a barber, i work days",
        "barber program, nights & weekends, state licensing prep",
    ),
    # Bristol: heritage planning
    (
        "heritage planning",
        "council said no to panels in the conservation area",
        "planning appeals & applications for renewables in conservation areas",
    ),
    # Nairobi: school software
    (
        "school software",
        "still tracking attendance in paper registers",
        "school management app, attendance, reports, sms to parents",
    ),
    # Berlin: music tax
    (
        "music tax advice",
        "don't understand the withholding tax on foreign artist fees",
        "tax advisor, foreign artist withholding tax & KSK for promoters",
    ),
    # Toronto: HVAC
    (
        "HVAC maintenance",
        "AC in our office tower keeps breaking every summer",
        "HVAC service contracts for commercial buildings, preventive maintenance",
    ),
    # Lyon: export
    (
        "cheese export shipping",
        "want to sell cheese online to customers in london",
        "chilled export logistics, cheese & charcuterie to UK, customs included",
    ),
    # Whitehorse: US marketing
    (
        "hunting show marketing",
        "bookings down, need to reach more hunters in the states",
        "marketing for outfitters: US hunting shows, ads, magazine features",
    ),
    # Houston: clippers
    (
        "clipper sharpening",
        "blades on my trimmers are dull and they're getting hot",
        "barber tool service, blade sharpening, clipper tune ups",
    ),
    # Bristol: bird proofing
    (
        "bird proofing",
        "customer says birds are under the array and making noise at dawn",
        "solar panel bird mesh installs, cleaning under panels, bristol",
    ),
    # Nairobi: security guards
    (
        "security guards",
        "a stranger walked into our nursery last week",
        "trained security guards for nurseries & schools, access control",
    ),
    # Berlin: lighting
    (
        "club lighting",
        "room looks dead, need a light show for our friday night",
        "lighting rig rental + operator for club nights, berlin",
    ),
    # Toronto: bid writing
    (
        "bid writing",
        "keep losing RFPs for hospital cleaning contracts",
        "proposal writer for janitorial & facility services bids",
    ),
    # Lyon: charcuterie
    (
        "charcuterie training",
        "want to learn to cure jambon myself instead of buying it in",
        "formation charcuterie for butchers, dry curing hams, 5 days",
    ),
    # Whitehorse: water
    (
        "water treatment",
        "guests got sick last summer, think it was the water",
        "potable water systems for remote lodges, testing + treatment",
    ),
    # Houston: guest spot
    (
        "guest spot",
        "traveling artist, want to do a week in houston next month",
        "houston studio w/ guest chair available, books a lot of walk-ins",
    ),
    # Bristol: fleet charging
    (
        "fleet charging",
        "company cars are going EV, need charge points at the office",
        "workplace EV chargers, design, install and maintenance",
    ),
    # Nairobi: expansion loan
    (
        "school expansion loan",
        "need money for a new dormitory block",
        "education finance, loans for school construction, flexible repayments",
    ),
    # Berlin: booking agency
    (
        "booking agency",
        "our band keeps playing the same 3 clubs in berlin, want to tour",
        "booking agent, club tours across germany, austria, switzerland",
    ),
    # Toronto: post-construction
    (
        "post-construction cleaning",
        "contractor left a mess after the lobby reno",
        "construction clean-up crews for commercial buildings",
    ),
    # Lyon: accounting
    (
        "artisan accounting",
        "don't understand my TVA declarations",
        "comptable for boulangers & bouchers, TVA & bilan done for you",
    ),
    # Houston: interiors
    (
        "salon interior design",
        "barbershop looks like a dentist's office, want a better vibe",
        "interior design for barbershops & salons, layout, lighting, decor",
    ),
    # Nairobi: solar backup
    (
        "solar backup",
        "fridge for the kids' milk goes warm every blackout",
        "solar & inverter backup for schools and nurseries, installation & support",
    ),
    # Berlin: merch
    (
        "merch printing",
        "festival wants merch for sale on site, hoodies & tote bags",
        "merch production, hoodies, totes, screen printing, berlin",
    ),
    # Toronto: equipment
    (
        "cleaning equipment",
        "our floor machines keep breaking down",
        "floor care equipment sales & repair, toronto",
    ),
    # Whitehorse: photography
    (
        "photography",
        "need drone video of the lodge for our website",
        "aerial photo & video, licensed drone pilot, lodges & tourism, yukon",
    ),
    # Houston: lease
    (
        "lease review",
        "landlord says my lease lets him raise rent whenever, is that legal",
        "business lawyer, lease review and negotiation for small shops",
    ),
    # Whitehorse: packhorses
    (
        "packhorses",
        "need horses to haul gear into a backcountry camp",
        "horse packing services, gear & supplies to remote camps, yukon",
    ),
    # Bristol: heat loss software
    (
        "heat loss software",
        "MCS audit said our heat loss calcs weren't good enough",
        "heat loss calculation software, MCS compliant, training included",
    ),
    # Nairobi: special needs
    (
        "special needs support",
        "a child in our nursery is deaf, we want to help her properly",
        "special needs consultant, inclusion plans for ECDE centres",
    ),
    # Berlin: event insurance
    (
        "event insurance",
        "venue says we need liability insurance for the party",
        "event liability insurance, one off events, same day certificates",
    ),
    # Lyon: refrigerated van
    (
        "refrigerated van",
        "need a van with a cold box for my market rounds",
        "refrigerated van sales & rental, market trader setup",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "guests have to get out to our lake lodge and there's no road in",
        "flight school in whitehorse, private pilot licence in 6 months",
        "teaches people to fly, does not fly guests to the lodge",
    ),
    (
        "want to rent a chair in a busy barbershop, i already have my own clients",
        "party rentals: chairs, tables & tents for weddings",
        "rents out party chairs, not a seat in a barbershop",
    ),
    (
        "need MCS accreditation so our customers can actually get the grant",
        "MC for weddings & corporate events, bristol",
        "a master of ceremonies, nothing to do with MCS certification",
    ),
    (
        "parents keep asking if we can run a school bus on the westlands route",
        "bus tours of nairobi national park for tourists",
        "sightseeing tours, not school transport",
    ),
    (
        "need a PA for an open air, around 800 ppl, july",
        "virtual PA for busy founders, inbox & diary management",
        "a personal assistant, not a sound system",
    ),
    (
        "tenant in unit 4 found bed bugs, now unit 5 says they have them too",
        "software QA, we find the bugs in your app before users do",
        "software bugs, not insects",
    ),
    (
        "bottom deck of my oven wont get hot anymore, baking 300 baguettes a day on one deck",
        "we build wooden decks and terraces, lyon & beaujolais",
        "garden decks, not a bakery deck oven",
    ),
    (
        "new guides from down south have never seen a grizzly, kinda nervous about it",
        "spray foam insulation for cabins & garages, whitehorse",
        "spray foam insulation, not bear spray or bear safety training",
    ),
    (
        "the acrylic smell is giving my techs headaches by 3pm every day",
        "custom acrylic signs & displays for retail",
        "acrylic signage, does nothing about fumes",
    ),
    (
        "our usual scaffolder retired and we've got 6 roof arrays next month",
        "reclaimed scaffold boards made into tables & shelving",
        "furniture from old scaffold boards, not scaffolding",
    ),
    (
        "our kitchen can't keep up with lunch for 300 kids",
        "wedding catering up to 500 guests, nairobi",
        "wedding catering, not daily school meals",
    ),
    (
        "honestly no idea how GEMA works for the parties we run",
        "gemstone jewellery, handmade in berlin",
        "look-alike word, jewellery has nothing to do with GEMA",
    ),
    (
        "our office building's cleaners keep skipping floors, looking to switch contractor",
        "dry cleaners, same day shirts, 3 locations downtown",
        "dry cleaning clothes, not cleaning a building",
    ),
    (
        "need a walk-in cold room for ageing cheese, the cellar is too warm in summer",
        "cold plunge & cryotherapy studio, first session free",
        "cryotherapy for people, not a cold room for cheese",
    ),
    (
        "our 40hp yamaha keeps stalling mid lake, guests not impressed",
        "yamaha piano tuning & repair",
        "same brand, pianos not outboard motors",
    ),
    (
        "want to sell aftercare at the front desk instead of sending ppl to walgreens",
        "pet aftercare & cremation services, houston",
        "pet cremation, not tattoo aftercare products",
    ),
    (
        "30 EV charger installs booked and only 2 sparkies lol",
        "branded phone chargers & power banks for promo giveaways",
        "phone chargers as merch, not electricians to install EV chargers",
    ),
    (
        "teachers are still confused about CBC assessment, rubrics everywhere",
        "property valuation & assessment for banks, nairobi",
        "property assessment, not classroom assessment training",
    ),
    (
        "want 300 vinyl for the label's next release",
        "vinyl flooring supplied & fitted, berlin",
        "vinyl floors, not vinyl records",
    ),
    (
        "lobby carpet is covered in salt stains from the winter",
        "carpet sales & installation, huge showroom in vaughan",
        "sells new carpet, does not clean the existing one",
    ),
    (
        "looking for organic T65 from a mill close to lyon",
        "flower delivery, bouquets for shops & restaurants, lyon",
        "flowers, not flour",
    ),
    (
        "no cell coverage at camp and guests freak out",
        "satellite TV dish installs, whitehorse city limits only",
        "TV dishes in town, not internet at a remote camp",
    ),
    (
        "my artists need their bloodborne pathogens cert before license renewal",
        "blood drive organizer, we bring the donation bus to your business",
        "blood donation, not a pathogens safety certificate",
    ),
    (
        "G99 applications to the DNO are taking forever",
        "CV writing & job application coaching",
        "job applications, not grid applications",
    ),
    (
        "chasing parents for fees is literally half my week",
        "debt recovery for banks & microlenders, repossessions",
        "hard debt collection for lenders, not a fee system for a school and its parents",
    ),
    (
        "EP is mixed, needs mastering for vinyl and streaming",
        "german B2 course: mastering the grammar in 8 weeks",
        "a language course, not audio mastering",
    ),
    (
        "need the windows done on a 14 storey building",
        "windows 11 upgrades & IT support for small offices",
        "microsoft windows, not glass windows",
    ),
    (
        "my butcher knives need a proper edge, the steel isn't cutting it anymore",
        "knife skills cooking class, saturdays in vieux lyon",
        "teaches knife skills, does not sharpen knives",
    ),
    (
        "need all my guides certified in wilderness first aid before june",
        "first aid kits wholesale, restock service for offices",
        "sells kits, not the certification course",
    ),
    (
        "clients keep no showing, losing like $600 a week",
        "booking agent for DJs & live bands, weddings and clubs",
        "books performers, not an appointment system against no-shows",
    ),
    (
        "two of my gas engineers want to retrain on heat pumps",
        "we install heat pumps in your home, free survey",
        "installs heat pumps for homeowners, does not train engineers",
    ),
    (
        "inspection coming and we don't have a written child protection policy",
        "car & home insurance policies, best rates in nairobi",
        "an insurance policy, not a safeguarding policy",
    ),
    (
        "our label needs to get releases onto spotify, apple etc",
        "flyer distribution, 10,000 flyers in bars & cafes",
        "distributes flyers, not music to streaming services",
    ),
    (
        "want a pitch at the croix-rousse market, no idea how to get one",
        "pitch deck coaching for startups raising seed rounds",
        "investor pitches, not a market pitch",
    ),
    (
        "hunters want their moose cut and wrapped before they fly home",
        "indie video game studio, we make hunting sims",
        "video games, not game meat",
    ),
    (
        "customers love the quote but can't pay 12k upfront",
        "part-time finance director for growing SMEs",
        "runs a company's finances, does not lend to its customers",
    ),
    (
        "our outdoor play area is basically dirt and one swing",
        "gym equipment for offices & hotels, treadmills and racks",
        "adult gym machines, not children's play equipment",
    ),
    (
        "need door staff for a 3 day festival",
        "fire doors supplied & fitted for venues, certified",
        "physical doors, not door staff",
    ),
    (
        "client is demanding green certified cleaning products in their contract",
        "green roof installation & maintenance",
        "green roofs, not green cleaning products",
    ),
    (
        "customers at the market keep asking to pay by card",
        "business cards & flyers printed in 24h, lyon",
        "printed business cards, not card payments",
    ),
    (
        "client got a dall sheep and wants a full shoulder mount",
        "TV wall mounts installed, same day, whitehorse",
        "mounts TVs, not trophy heads",
    ),
    (
        "where do i get rid of used needles legally??",
        "knitting needles & yarn, wholesale to craft shops",
        "knitting needles, not sharps disposal",
    ),
    (
        "is this old roof even strong enough for 16 panels?",
        "i moderate panel discussions at trade conferences",
        "panel discussions, not a structural check for solar panels",
    ),
    (
        "my childminders need paediatric first aid",
        "paediatric dentist, kileleshwa, kids love us",
        "dental care for children, not first aid training",
    ),
    (
        "booking a DJ from lagos for october, visa stuff is scary",
        "visa & mastercard merchant accounts for online shops",
        "payment cards, not travel visas",
    ),
    (
        "mice in the restaurant kitchen and health inspection is next week",
        "bulk computer mice & keyboards for offices",
        "computer mice, not rodents",
    ),
    (
        "health inspection coming, my HACCP plan is 10 yrs old",
        "home inspection before you buy, detailed report",
        "house inspections for buyers, not food safety plans",
    ),
    (
        "autoclave failed its spore test",
        "mold spore testing for homes before you buy",
        "tests homes for mold, does not test or fix an autoclave",
    ),
    (
        "need more domestic solar leads in the south west",
        "dog leads & harnesses, handmade in somerset",
        "dog leads, not sales leads",
    ),
    (
        "a few of our 4 yr olds barely talk and parents are worried",
        "public speaking coach for executives & MCs",
        "coaches adults to present, not speech therapy for small children",
    ),
    (
        "neighbours complaining, ordnungsamt came twice already",
        "noise cancelling headphones, wholesale",
        "headphones for listeners, does not stop a venue's noise reaching the neighbours",
    ),
    (
        "need someone for snow clearing on our lot this winter",
        "winter tire changeovers & storage, GTA",
        "tires for cars, not snow clearing",
    ),
    (
        "insurer dropped us after 12 yrs, renewal's in 3 wks",
        "snowmobile & ATV insurance for personal use",
        "personal vehicle cover, not commercial liability for an outfitter",
    ),
    (
        "need someone to run the shop instagram, i just cut hair",
        "instagram-ready hair extensions, wholesale bundles",
        "sells hair extensions, does not run social media",
    ),
    (
        "new vans need racking and ladder racks",
        "wine racking & cellar fit-outs, bespoke oak",
        "wine racks, not van racking",
    ),
    (
        "want to register my home daycare with the county but where do i even start",
        "doggy daycare & boarding, karen",
        "daycare for dogs, does not help register a children's daycare",
    ),
    (
        "our ticketing platform eats 12% of every ticket",
        "we fight parking tickets for you, no win no fee",
        "parking tickets, not event ticketing",
    ),
    (
        "our work orders are tracked on sticky notes",
        "custom printed sticky notes & office stationery",
        "more sticky notes is not maintenance software",
    ),
    (
        "want to vacuum pack meat for online orders",
        "industrial vacuum cleaners for workshops",
        "vacuum cleaners, not vacuum packing machines",
    ),
    (
        "lost our camp cook for the season, 14 guests a week",
        "camping gear rental, tents & stoves, whitehorse",
        "rents gear, does not provide a cook",
    ),
    (
        "clients want cover ups but the old tattoo is way too dark to cover",
        "laser hair removal, 3 sessions for $199",
        "hair removal, not tattoo removal",
    ),
    (
        "water rationing, taps dry 3 days a week",
        "watercolour painting classes for kids on saturdays",
        "art classes, no water supply",
    ),
    (
        "need toilets for 2000 ppl on a field",
        "plumber, toilet & sink repairs in flats, berlin",
        "fixes household toilets, does not supply toilets for a festival",
    ),
    (
        "restaurants want bread delivered by 7am",
        "bread making workshops for tourists, vieux lyon",
        "teaches tourists to bake, does not deliver bread",
    ),
    (
        "generator runs 18hrs a day at the lodge, fuel bill is insane",
        "bulk fuel delivery to remote sites, yukon",
        "brings more fuel, does not cut the fuel the lodge burns",
    ),
    (
        "tired of paying retail for gel polish",
        "car polish & detailing, mobile, houston",
        "car polish, not nail polish",
    ),
    (
        "customers keep asking about batteries and we've only ever done panels",
        "self storage units in bristol, first month free",
        "storage rooms, not battery storage",
    ),
    (
        "need uniforms for 150 kids by january",
        "uniform rental & laundering for hotel staff",
        "rents hotel uniforms, does not make school uniforms",
    ),
    (
        "releasing an album and want press in the UK",
        "record pressing, 100 copies min, test pressings in 2 wks",
        "presses records, not press coverage",
    ),
    (
        "raccoons living in the roof of our warehouse",
        "commercial roofing repairs & flat roof replacement",
        "fixes roofs, does not remove raccoons",
    ),
    (
        "need an apprenti boulanger from september",
        "young butcher looking for an apprenticeship in lyon",
        "wants to train as a butcher, not a baker",
    ),
    (
        "shop flooded in the storm, floor still wet 3 days later",
        "LED flood lights installed for car lots and signs",
        "flood lights, not flood cleanup",
    ),
    (
        "customer in clifton has a listed house and wants panels",
        "we list your property on airbnb & manage guests",
        "airbnb listings, not planning for a listed building",
    ),
    (
        "report cards take us 2 weeks to compile every term",
        "greeting cards & wedding invitations printed",
        "printed cards, not report card software",
    ),
    (
        "do i have to pay KSK for the artists i book??",
        "artist portraits, oil paintings from photos",
        "a painter, not tax advice about artists",
    ),
    (
        "rooftop units haven't been serviced in years, tenants complaining",
        "rooftop bar available for private events, king west",
        "a rooftop venue, not HVAC servicing",
    ),
    (
        "tourists keep asking if we can ship cheese to them back home",
        "cheese tasting tours of lyon's markets",
        "tasting tours, not shipping",
    ),
    (
        "want more american clients, nobody in texas knows we exist",
        "headhunter for mining executives, yukon & NWT",
        "recruits executives, does not find hunting clients",
    ),
    (
        "looking for a barber school w/ night classes for my nephew",
        "mobile barber, i come to your home or office",
        "cuts hair, does not teach barbering",
    ),
    (
        "still doing heat loss calcs by hand in excel lol",
        "weight loss coaching, 12 week programme",
        "weight loss, not heat loss",
    ),
    (
        "need a qualified ECDE teacher asap, ours left",
        "home tutor for KCSE chemistry & physics",
        "secondary exam tutoring, not an early years teacher",
    ),
    (
        "need posters up all around neukolln for our party",
        "art poster prints & framing for your living room",
        "framed art prints, not putting up event posters",
    ),
    (
        "want to buy an auto scrubber for the warehouse floor",
        "auto detailing & ceramic coating, north york",
        "car detailing, not floor cleaning machines",
    ),
    (
        "our refrigerated market van died",
        "van conversions into campers, solar & bed included",
        "builds campervans, not refrigerated market vans",
    ),
    (
        "my clippers are pulling hair",
        "dog grooming, clipper cuts for doodles & poodles",
        "uses clippers on dogs, does not repair or sharpen them",
    ),
    (
        "pigeons nesting under a customer's panels, mess everywhere",
        "racing pigeon club, new members welcome",
        "a pigeon hobby club, not pigeon removal",
    ),
    (
        "parents worried about who's coming through the gate",
        "cyber security audits for SMEs, nairobi",
        "IT security, not guards at a school gate",
    ),
    (
        "our venue lights are ancient, want some moving heads",
        "man with a van, moving flats across berlin",
        "a removal van, not moving head lights",
    ),
    (
        "big new client wants us bonded before they sign",
        "team bonding retreats & escape rooms for offices",
        "team building, not a surety bond",
    ),
    (
        "want to start making saucisson in house",
        "saucisson & charcuterie wholesale, 40 references",
        "sells ready saucisson, does not teach making it",
    ),
    (
        "we use lake water at camp and the health inspector isn't happy",
        "lakefront property listings, marsh lake & tagish",
        "real estate by lakes, not water treatment",
    ),
    (
        "looking for a guest spot in houston for 2 weeks in march",
        "spot removal & carpet stain cleaning, houston",
        "stain removal, not a guest artist spot",
    ),
    (
        "our 20 vans are going electric, need chargers at the yard",
        "fleet tracking GPS & dashcams for van fleets",
        "tracks vans, does not install chargers",
    ),
    (
        "want to add 2 classrooms but the bank said no",
        "classroom furniture, desks & chairs, bulk orders",
        "furniture for classrooms, not money to build them",
    ),
    (
        "need an agent to book my band's EU tour",
        "travel agent, package holidays to mallorca & crete",
        "holiday travel agent, not a booking agent for gigs",
    ),
    (
        "want to bid on city cleaning tenders but never done one",
        "estate auctions, bid online every thursday",
        "auction bidding, not tender writing",
    ),
    (
        "my accounts are a mess, i'm a baker not an accountant",
        "social media accounts managed for bakeries",
        "instagram accounts, not bookkeeping",
    ),
    (
        "need 2 more aluminium boats for next season",
        "boat shrink wrapping & winter storage",
        "stores boats, does not sell them",
    ),
    (
        "not sure if my booth renters count as employees or contractors for taxes",
        "photo booth rentals for parties & quinceaneras",
        "photo booths, not tax advice on booth renters",
    ),
    (
        "want to take on an apprentice but never done it",
        "ex-apprentice electrician looking for a job as a qualified sparky",
        "a qualified worker, not help setting up an apprenticeship",
    ),
    (
        "we have a boy with autism and the teacher has no idea how to support him",
        "autism awareness t-shirts & wristbands, bulk",
        "merchandise, not training or support for the teacher",
    ),
    (
        "festival insurance in case it rains out?",
        "rain ponchos & umbrellas printed with your festival logo",
        "branded rain gear, not cancellation insurance",
    ),
    (
        "need packhorses for august sheep hunts",
        "horseback riding lessons for kids, whitehorse",
        "riding lessons, not pack horses for a hunt",
    ),
    (
        "opening a 2nd nail salon, want it to look instagrammable",
        "nail salon for sale, fully equipped, katy",
        "selling a salon, not designing one",
    ),
    (
        "power cuts every week, computer lab just sits there dead",
        "computer repair & refurbished laptops, nairobi CBD",
        "fixes computers, does not solve the power cuts",
    ),
    (
        "want t-shirts for the tour",
        "vintage band t-shirts, 90s rave & metal, kreuzberg shop",
        "sells old band shirts, does not print new tour merch",
    ),
    (
        "pedi chair jets leaking all over the floor",
        "jet ski rentals on lake conroe",
        "jet skis, not pedicure chair jets",
    ),
    (
        "landlord wants me to sign a 10 yr lease, no idea what's in it",
        "equipment leasing for salons, chairs & dryers",
        "leases equipment, does not review a property lease",
    ),
    (
        "seasonal business, cash flow dies every winter",
        "seasonal decor, christmas lights installed on businesses",
        "holiday decorations, not cash flow help",
    ),
    (
        "renovation on floors 2-4 just finished, dust on everything",
        "renovation contractor, office fit outs",
        "does renovations, not the cleanup after",
    ),
    (
        "cheese keeps sweating in the fridge, need proper cave conditions",
        "guided cave tours in the ardeche",
        "tourist caves, not cheese ageing rooms",
    ),
    (
        "need an agent to book my band's EU tour",
        "music teacher, guitar & bass lessons in friedrichshain",
        "teaches instruments, does not book tours",
    ),
    (
        "tenants waking up with bites, mattress has little black spots",
        "mattress store, 30% off this weekend, etobicoke",
        "sells mattresses, does not get rid of the bed bugs",
    ),
]
