"""The twenty-eighth hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: escape room and family entertainment centre owners
in Melbourne; antique dealers and auctioneers in Lisbon (in English); coworking space operators in
Nairobi; administrators of churches, mosques, gurdwaras and temples in Birmingham; laundromat and
dry cleaner owners in Chicago; nightclub and bar owners in Seoul (in English); pool service and hot
tub companies in Phoenix.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 76 of 183 pairs (41.5 %) and 7 decoys of 87 with the
lexicon and matcher as the round on the twenty-seventh set began; 77 and 7 as it ended. Then
tuned on: 162 (88.5 %) and no decoy as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # melbourne escape rooms & play centres: props & effects
    (
        "puzzle prop repair",
        "the maglock on room 3 keeps failing mid game, ppl stuck inside for 5 mins til we reset "
        "it",
        "i fix arduino & maglock puzzle props for escape rooms, same week callouts around melb",
    ),
    (
        "set construction",
        "want to build a new pirate themed room, puzzles are written but no one to build the set",
        "ex-theatre set builder, i do escape room fit outs - fake walls, aged timber, hidden "
        "doors",
    ),
    (
        "show control effects",
        "want fog + lighting effects in the final room, no idea where to even start",
        "show control for attractions: dmx lights, haze, sound cues all triggered by the puzzles",
    ),
    (
        "puzzle design",
        "our rooms are 6 yrs old and the reviews keep saying the puzzles are stale",
        "escape room game designer - i write new puzzle flows, story & hint structure for your "
        "rooms",
    ),
    # lisbon antique dealers & auctioneers: restoration
    (
        "furniture restoration",
        "1800s cabinet w/ water rings all over the top, needs french polishing before the sale",
        "restorer of antique furniture only: french polishing, veneer repairs, colour matching",
    ),
    (
        "silver repair",
        "georgian teapot with a dent in the side and the lid hinge snapped",
        "silversmith, i repair antique silver - dents out, hinges rebuilt, resoldering, no "
        "replating",
    ),
    (
        "ceramics conservation",
        "porcelain vase broke in 3 peices during the move and its worth a lot",
        "ceramics conservator, near invisible repairs on porcelain, faience & stoneware",
    ),
    (
        "clock repair",
        "longcase clock stopped last week and wont restart no matter what i do",
        "antique clock repairs, longcase, bracket & carriage clocks, i come to the shop or house",
    ),
    (
        "gilding",
        "carved gilt frame has chipped corners and bits of gesso falling off",
        "gilder - regilding & repairing carved frames and mirrors, water and oil gilding",
    ),
    # nairobi coworking operators: connectivity & power
    (
        "backup internet",
        "when the safaricom fibre drops the whole space goes down and members go mad",
        "failover internet for offices: second fibre line from another isp + 4g backup, auto "
        "switch",
    ),
    (
        "wifi network",
        "wifi just dies once more than 50 ppl connect, every tuesday morning",
        "network engineer, enterprise wifi for coworking spaces, ubiquiti & aruba, load tested",
    ),
    (
        "generator servicing",
        "kplc outages 3x a week and our generator is on its last legs",
        "generator sales & servicing, perkins and cummins, maintenance contracts across nairobi",
    ),
    (
        "electrical rewiring",
        "sockets on the hot desk row trip whenever everyone plugs in their laptops",
        "electrical contractor, office rewiring, extra circuits & floor boxes, epra licensed",
    ),
    # birmingham places of worship: the building
    (
        "church roof repair",
        "someone nicked the lead off the church roof again and rain is coming into the vestry",
        "roofer for historic buildings, lead replaced with terne-coated steel, insurance work "
        "welcome",
    ),
    (
        "roof alarm",
        "insurer says no metal theft cover unless we fit a roof alarm",
        "roof alarm systems for churches, sensors on lead & ladders, monitored 24/7",
    ),
    (
        "stained glass repair",
        "a stone came through the stained glass window on the north side",
        "stained glass conservation & repair, leaded lights restored, protective guards fitted",
    ),
    (
        "heating",
        "hall heating costs us a fortune every winter and its still freezing inside",
        "heating engineer for big old buildings, under-pew heaters, zone controls, boiler swaps",
    ),
    (
        "bird control",
        "pigeons nesting in the gurdwara dome, mess all over the steps",
        "bird control - netting & spikes on domes and towers, cherry picker access",
    ),
    (
        "asbestos survey",
        "want to refurb the hall, its from 1960 and someone mentioned asbestos",
        "asbestos surveys, refurbishment & demolition surveys, ukas accredited lab",
    ),
    # chicago laundromats & dry cleaners: machines
    (
        "commercial washer repair",
        "two of our speed queen washers throw an error code mid cycle, customers want refunds",
        "commercial laundry equipment repair - speed queen, dexter, electrolux. same day "
        "chicagoland",
    ),
    (
        "boiler repair",
        "the boiler for the pressing station keeps tripping out around 11am",
        "boiler service & repair for dry cleaners and laundries, licensed in IL",
    ),
    (
        "water heater",
        "hot water runs out by 2pm on saturdays, last loads come out cold",
        "commercial water heater installs, high recovery units sized for laundromats",
    ),
    (
        "dryer vent cleaning",
        "dryers taking 3 cycles to dry one load, customers complaining about the quarters",
        "dryer vent & lint duct cleaning for laundromats, fire code compliant, done overnight",
    ),
    (
        "drain cleaning",
        "floor drain backs up when all the washers drain at once",
        "commercial plumber - laundromat drains, lint traps, sewer jetting",
    ),
    # seoul bars & clubs: sound & light
    (
        "club sound system",
        "subs in the main room distort when the dj pushes it at all",
        "club sound system design & install, funktion-one / l-acoustics, tuned for your room",
    ),
    (
        "soundproofing",
        "neighbours in the officetel above keep calling the police about the bass",
        "soundproofing for bars & clubs - floating floors, bass traps, before/after dB reports",
    ),
    (
        "club lighting",
        "dancefloor lighting is literally 4 par cans from 2012",
        "club lighting design: moving heads, lasers, dmx programming, installed and tested",
    ),
    (
        "dj booking",
        "need a house dj for fridays, a resident, not a diff one every week",
        "dj agency, we place resident djs in seoul bars - house, techno, hiphop",
    ),
    # phoenix pool & spa companies: subcontractors
    (
        "pool heater repair",
        "we dont do heater repairs and keep turning down the calls",
        "pool heater repair sub, gas and heat pump heaters, i'll take your overflow",
    ),
    (
        "pool resurfacing",
        "customers asking us for replaster and we only do weekly service",
        "pool resurfacing crew, plaster, pebble & quartz finishes, we sub for service companies",
    ),
    (
        "pool leak detection",
        "customer losing 2 inches a day and its definately not evaporation",
        "pool leak detection - pressure testing lines, dye tests, underwater patching",
    ),
    (
        "spa electrical wiring",
        "new spa needs a 50 amp gfci disconnect, our guys cant do electrical",
        "licensed electrician, hot tub & pool equipment wiring, permits pulled for you",
    ),
    (
        "pool tile installation",
        "cracked coping stones all along one side on a remodel job",
        "pool coping & tile installer, travertine and flagstone, sub work welcome",
    ),
    # melbourne escape rooms & play centres: running the venue
    (
        "online booking system",
        "still taking bookings by phone and a google sheet, double booked twice last wk",
        "online booking system for activity venues - deposits, waivers, sms reminders built in",
    ),
    (
        "digital waivers",
        "parents fill paper waivers at the desk and the queue goes out the door on saturdays",
        "digital waiver forms on an ipad or sent w/ the booking, stored for 7 yrs",
    ),
    (
        "gift voucher system",
        "xmas is coming and we still cant sell gift vouchers online",
        "online gift voucher platform for venues, instant email vouchers, tracks redemptions",
    ),
    (
        "bookkeeping",
        "BAS is due and i havent reconciled anything since march",
        "bookkeeper, xero, BAS lodgement for small venues & hospo, melbourne based",
    ),
    (
        "casual staffing",
        "need weekend game hosts, school holidays start next month",
        "hospitality staffing agency, casuals for venues incl weekends & school hols",
    ),
    # lisbon antique dealers & auctioneers: selling & shipping
    (
        "art shipping",
        "sold a painting to a buyer in new york, no idea how to ship it safely",
        "fine art crating & shipping, customs paperwork incl, lisbon to anywhere",
    ),
    (
        "export licence",
        "buyer in japan wants a 17th c azulejo panel - do i need an export permit??",
        "i handle cultural goods export licences for dealers & auctioneers, dgpc paperwork",
    ),
    (
        "online bidding",
        "want to take live online bids for the next sale, not just phone bids",
        "live online bidding for auction houses, we stream your sale and take the bids",
    ),
    (
        "auction listing software",
        "we type every lot by hand onto 3 different websites",
        "auction management software, one catalogue pushed to the-saleroom, invaluable & your "
        "site",
    ),
    (
        "catalogue photography",
        "our online catalogue photos look like they were taken on a phone (they were)",
        "product photographer for auction catalogues, lit studio shots, 40 lots a day",
    ),
    (
        "translation",
        "catalogue is only in portuguese and we're losing english speaking bidders",
        "translator pt>en, specialise in auction catalogues and art descriptions",
    ),
    # nairobi coworking operators: members & money
    (
        "member billing software",
        "invoicing members by hand every month in excel, always chasing",
        "coworking management software - member billing, desk bookings, m-pesa payments",
    ),
    (
        "access control",
        "members lending their access cards to friends who dont pay",
        "access control systems, biometric or app entry, per-member entry logs",
    ),
    (
        "tax filing",
        "got a kra letter about unfiled vat returns, kind of panicking",
        "tax consultant - kra itax filings, vat & paye, sorting out late returns",
    ),
    (
        "payroll",
        "5 staff now and still doing payroll by hand, the nssf and shif deductions confuse me",
        "payroll bureau, paye, shif, nssf, housing levy, payslips by email",
    ),
    (
        "lease review",
        "landlord wants a 10 yr lease signed, want someone to read it first",
        "commercial property lawyer, lease reviews for a fixed fee",
    ),
    # birmingham places of worship: money & giving
    (
        "independent examination",
        "need our annual accounts independently examined for the charity commission",
        "independent examiner, charity accounts & commission returns for churches and mosques",
    ),
    (
        "gift aid claims",
        "we never claim gift aid on the collection, heard we're missing out on thousands",
        "gift aid claims for places of worship incl small donations scheme, backdated 4 yrs",
    ),
    (
        "contactless donations",
        "nobody carries cash anymore, the collection plate is nearly empty",
        "contactless donation terminals for churches & charities, tap to give",
    ),
    (
        "grant writing",
        "want heritage fund money for the tower, never written a bid in my life",
        "bid writer, heritage & lottery funding for community buildings",
    ),
    (
        "bookkeeping",
        "treasurer stepped down and no one wants to do the books",
        "bookkeeping for churches, simple monthly reports for the committee",
    ),
    # chicago laundromats & dry cleaners: front counter
    (
        "laundromat payment system",
        "customers keep asking to pay w/ apple pay, we only take quarters",
        "laundry card & app payment systems, we retrofit your coin machines",
    ),
    (
        "dry cleaning pos",
        "we lose tickets all the time and garments end up in the wrong bag",
        "dry cleaning pos w/ barcode tags, text the customer when its ready",
    ),
    (
        "alterations",
        "customers ask for hems and zippers and we just send them away",
        "seamstress, alterations for dry cleaners, pickup from your store twice a week",
    ),
    (
        "cash collection",
        "counting quarters takes like 6 hours a week",
        "coin counting & armored cash pickup for laundromats and vending routes",
    ),
    (
        "dry cleaning supplies",
        "keep running out of hangers and poly bags mid week",
        "dry cleaning supplies distributor, hangers, poly, tags, delivered weekly",
    ),
    # seoul bars & clubs: behind the bar
    (
        "beer line cleaning",
        "draft beer tastes kinda sour lately, regulars noticing",
        "draught line cleaning & keg system maintenance, every 2 weeks",
    ),
    (
        "ice machine repair",
        "ice machine making half cubes and leaking all over the floor",
        "commercial ice machine repair, hoshizaki & manitowoc, seoul and gyeonggi",
    ),
    (
        "refrigeration repair",
        "the under-bar fridge is warm by midnight every weekend",
        "commercial refrigeration repair for bars - bottle coolers, keg fridges, after hours",
    ),
    (
        "cocktail menu development",
        "cocktail menu hasnt changed in 3 years and sales are dropping",
        "bar consultant: new cocktail menus, costing and staff training",
    ),
    (
        "glassware supply",
        "we break like 100 glasses a month",
        "glassware wholesale for bars, tempered glasses, bulk pricing, delivered",
    ),
    # phoenix pool & spa companies: office & growth
    (
        "route scheduling software",
        "still scheduling 300 weekly pool cleans on a whiteboard",
        "route software for pool service cos - scheduling, chemical logs, reports w/ photos",
    ),
    (
        "technician recruitment",
        "need 3 pool techs before summer and nobody applies",
        "recruiting for home service trades, we find & vet techs, you pay on hire",
    ),
    (
        "vehicle wraps",
        "our 12 trucks are plain white, nobody knows who we are",
        "vehicle wraps & fleet graphics in phoenix, design included",
    ),
    (
        "paid search ads",
        "phone stops ringing every winter",
        "google ads for pool companies, lead gen with call tracking, no long contract",
    ),
    (
        "bookkeeping",
        "my wife does the books and shes done, wants out",
        "bookkeeper for trades & service businesses, quickbooks, monthly close",
    ),
    (
        "answering service",
        "miss calls all day while i'm out on the route",
        "answering service for home service cos, live reps book jobs into your calendar",
    ),
    # melbourne escape rooms & play centres: equipment
    (
        "arcade machine repair",
        "half the claw machines are out of order and the distributor wont come out",
        "arcade & redemption machine tech, coin mechs, boards, claws, all brands",
    ),
    (
        "play equipment safety inspection",
        "insurer wants an annual safety inspection of the trampoline park before renewal",
        "certified playground & trampoline park inspector, AS 4685 reports",
    ),
    (
        "trampoline repair",
        "springs snapping and the mats are torn on 3 beds",
        "trampoline park repairs, spring & mat replacement, padding recovered",
    ),
    (
        "laser tag equipment repair",
        "half our laser tag vests dont register hits anymore",
        "laser tag equipment servicing - vests, phasers, sensors, most brands",
    ),
    (
        "pinsetter repair",
        "pinsetter on lane 4 jams about every hour",
        "bowling pinsetter mechanic, brunswick & qubica, service contracts",
    ),
    (
        "game monitoring cameras",
        "game masters cant see whats happening in room 2, camera is fuzzy",
        "cctv for escape rooms, hd cams, two-way audio and hint screens for game masters",
    ),
    # lisbon antique dealers & auctioneers: valuation & checks
    (
        "provenance research",
        "client wants provenance for a painting before bidding, all we have is a family story",
        "art historian, provenance research & archive searches, written reports",
    ),
    (
        "probate valuation",
        "house full of my late aunts things, need it valued for probate",
        "certified valuer, probate & insurance valuations - silver, furniture, ceramics",
    ),
    (
        "gem testing",
        "tray of old rings, some might be real stones, some def glass",
        "gemmologist, stone testing & identification, reports for dealers",
    ),
    (
        "stolen art check",
        "worried a piece someone consigned to us might be stolen",
        "stolen art due diligence, register checks, certificate in 48h",
    ),
    (
        "vat accounting",
        "not sure if i should be using the margin scheme for vat on second hand goods",
        "accountant for dealers, margin scheme vat, returns done quarterly",
    ),
    # nairobi coworking operators: the space
    (
        "office furniture",
        "need 60 desks and ergonomic chairs for a new floor in westlands",
        "office furniture supplier, desks & chairs in bulk, delivered and assembled",
    ),
    (
        "office fit-out",
        "new space in kilimani is a blank concrete box",
        "interior designer for workspaces, layouts, wall branding, fit-out managed",
    ),
    (
        "acoustic treatment",
        "phone calls echo like crazy in the open area, ppl cant concentrate",
        "acoustic panels & phone booths for open offices, measured and fitted",
    ),
    (
        "plant hire",
        "space feels dead, want plants but nobody ever waters them",
        "office plant hire - we bring them, water them and swap them out",
    ),
    (
        "cctv installation",
        "laptop stolen off a hot desk and we had no cameras to check",
        "cctv installs for offices, remote viewing on your phone",
    ),
    (
        "security guards",
        "night guard keeps sleeping on the job, we had a break-in",
        "security guards for offices, 24hr, supervised with patrol logs",
    ),
    # birmingham places of worship: services & volunteers
    (
        "livestreaming",
        "elders who cant come in want to watch friday prayers from home",
        "livestream setup for places of worship, ptz cameras, youtube/facebook, volunteers "
        "trained",
    ),
    (
        "pa system",
        "the mic feeds back every sunday and the back rows cant hear a thing",
        "pa installs for halls and churches, tuned to the room",
    ),
    (
        "hearing loop",
        "a few of our deaf members have asked for a hearing loop",
        "induction loop installer, certified to BS 8300, halls & places of worship",
    ),
    (
        "safeguarding training",
        "need safeguarding training for all our sunday school volunteers",
        "safeguarding trainer for faith groups, level 1 & 2, dbs guidance incl",
    ),
    (
        "dbs checks",
        "need dbs checks done for 15 madrassa teachers",
        "we process enhanced dbs checks online for charities, results in days",
    ),
    (
        "minibus driver training",
        "we have a minibus but the volunteers arent sure they can legally drive it",
        "midas minibus driver training for charities and faith groups",
    ),
    # chicago laundromats & dry cleaners: growing the business
    (
        "pickup and delivery drivers",
        "want to offer pickup & delivery but cant afford full time drivers",
        "on-demand delivery drivers for local businesses, per run pricing",
    ),
    (
        "online ordering website",
        "want customers to be able to schedule pickups online",
        "websites for dry cleaners with online pickup ordering and route booking",
    ),
    (
        "b2b lead generation",
        "want airbnb hosts and gyms sending us their towels",
        "b2b outreach for local services, i book you meetings w/ property managers & gyms",
    ),
    (
        "review management",
        "one guy left 6 fake 1-star reviews on yelp",
        "online reputation management, flag fake reviews, get more real ones",
    ),
    (
        "vending machine placement",
        "customers want soap and snacks while they wait",
        "vending machines placed free in laundromats, we stock them and split revenue",
    ),
    # seoul bars & clubs: licences & staff
    (
        "liquor licensing",
        "want to switch from general restaurant to entertainment bar licence, gu office keeps "
        "rejecting",
        "licensing consultant, entertainment bar & restaurant permits, i deal w/ the gu office",
    ),
    (
        "door security",
        "fights at the door most saturdays, need proper bouncers",
        "licensed door security for clubs in itaewon & hongdae, trained in de-escalation",
    ),
    (
        "id scanning",
        "worried about underage kids with fake ids, got fined once already",
        "id scanner for bars, reads korean & foreign ids, flags fakes, logs entries",
    ),
    (
        "work visa sponsorship",
        "my bar manager is from the philippines, how do i sponsor her visa",
        "immigration administrative scrivener, work visas for foreign staff, english ok",
    ),
    (
        "payroll compliance",
        "part-timer pay with the weekly holiday allowance is confusing, scared of the labor "
        "office",
        "labor attorney, payroll & contracts for part-time staff, english speaking",
    ),
    (
        "tax accounting",
        "foreign owner here, my tax accountant only speaks korean and i miss everything",
        "english-speaking tax accountant in seoul, vat & income tax for foreign-owned businesses",
    ),
    # phoenix pool & spa companies: spas
    (
        "hot tub moving",
        "need to get a 900lb spa into a backyard over a block wall",
        "spa moving & crane service, hot tub delivery and removal, valley wide",
    ),
    (
        "hot tub removal",
        "customers old hot tub needs hauling away before we can install the new one",
        "hot tub removal & disposal, we cut it up and haul it, same week",
    ),
    (
        "hot tub parts supply",
        "cant get balboa control boards anywhere, 3 customers waiting",
        "hot tub parts distributor - balboa, gecko, jets, pumps, ships next day",
    ),
    # melbourne escape rooms & play centres: food & fun
    (
        "party catering",
        "birthday parties want hot food now, we only do chips",
        "kids party catering, nuggets, fairy bread, platters, delivered to venues around melb",
    ),
    (
        "party entertainer",
        "parents want a host/entertainer for the party, not just the room",
        "kids party entertainer - games, magic, face painting, i come to your venue",
    ),
    (
        "soft play cleaning",
        "ball pit hasnt been properly cleaned since we opened, honestly gross",
        "soft play & ball pit sanitising, balls washed and dried on site",
    ),
    (
        "pest control",
        "found rat droppings behind the party room",
        "pest control for food & hospitality venues, baiting and monthly checks",
    ),
    # lisbon antique dealers & auctioneers: care & storage
    (
        "climate controlled storage",
        "need somewhere climate controlled for 30 pieces between sales",
        "climate controlled storage for art & antiques, alarmed, humidity logged",
    ),
    (
        "woodworm treatment",
        "little holes and dust under a chest, woodworm??",
        "woodworm & insect treatment for antique furniture, anoxic, no chemicals",
    ),
    (
        "painting conservation",
        "oil painting with a small tear and the varnish has gone yellow",
        "paintings conservator - cleaning, relining, tear repair, lisbon studio",
    ),
    (
        "paper conservation",
        "18th c map with foxing and a tear along the fold",
        "paper conservator, maps, prints & documents, deacidification and repairs",
    ),
    (
        "rug restoration",
        "persian rug with moth damage and frayed ends",
        "oriental rug restorer, reweaving, fringe repair, moth treatment & washing",
    ),
    (
        "upholstery",
        "pair of louis xv chairs, the silk seats are shredded",
        "traditional upholsterer, horsehair & webbing, period fabrics",
    ),
    # nairobi coworking operators: daily running
    (
        "office coffee",
        "members complain about the coffee, we have a kettle and instant",
        "office coffee machines on lease, beans supplied, serviced monthly",
    ),
    (
        "office cleaning",
        "our cleaner quit and the kitchen is a disaster by wednesday",
        "commercial cleaning, daily or weekly, offices & shared spaces across nairobi",
    ),
    (
        "pest control",
        "cockroaches in the kitchenette and a member posted it on instagram",
        "pest control for offices & restaurants, discreet after-hours treatment",
    ),
    (
        "water delivery",
        "building water gets cut two days a week",
        "water bowser delivery, borehole water, tanks refilled on a schedule",
    ),
    (
        "drinking water supply",
        "members want drinking water, we keep buying bottles from the supermarket",
        "water dispensers on lease with 18.9L refills delivered weekly",
    ),
    (
        "managed printing",
        "shared printer jams daily and members print 500 pages for free",
        "managed print service, office printers leased w/ per-user print quotas",
    ),
    # birmingham places of worship: kitchen & hall
    (
        "food hygiene",
        "environmental health coming to inspect the langar kitchen next month",
        "food hygiene consultant, prep for EHO inspections, level 2 training for volunteers",
    ),
    (
        "hall booking software",
        "the hall gets rented out by whoever answers the phone, total chaos",
        "room booking software for community halls, online calendar & invoices",
    ),
    (
        "carpet cleaning",
        "carpets in the prayer hall smell, its been years",
        "carpet deep cleaning for mosques & halls, large areas done overnight",
    ),
    (
        "led lighting upgrade",
        "hall lights are old tubes that flicker and buzz",
        "led lighting upgrades for community buildings, free survey",
    ),
    (
        "marquee hire",
        "need a marquee for 500 people for eid, in the car park",
        "marquee hire, 100-1000 guests, flooring & lighting, midlands",
    ),
    # chicago laundromats & dry cleaners: compliance & money
    (
        "hazardous waste disposal",
        "need to get rid of old perc solvent, the epa paperwork scares me",
        "hazardous waste hauling for dry cleaners, perc & still bottoms, manifests done",
    ),
    (
        "wet cleaning conversion",
        "want to switch from perc to wet cleaning, the state is pushing it",
        "wet cleaning conversion consultant - machine choice, training, grant applications",
    ),
    (
        "equipment financing",
        "need a loan to replace all 40 machines",
        "sba loan broker, equipment financing for laundromats & small biz",
    ),
    (
        "business acquisition due diligence",
        "thinking of buying a laundromat in pilsen, how do i know the numbers are real",
        "laundromat broker & valuations, i check utility bills against reported revenue",
    ),
    (
        "lease negotiation",
        "landlord wants to raise rent 30% on renewal",
        "tenant rep broker, commercial lease negotiation for chicago storefronts",
    ),
    (
        "energy audit",
        "comed bill doubled since last year",
        "commercial energy audits, led retrofits & comed rebates for small businesses",
    ),
    (
        "water recycling",
        "water bill is $4k a month",
        "water reclamation systems for laundromats, cut water use ~30%",
    ),
    # seoul bars & clubs: getting people in
    (
        "nightlife promotion",
        "we're dead on weekdays, need more foreigners finding us",
        "nightlife promoter, guestlists & instagram campaigns aimed at expats and tourists",
    ),
    (
        "table ordering",
        "staff cant keep up with orders on busy nights",
        "qr table ordering for bars, orders go straight to the bar screen, korean/english",
    ),
    (
        "event ticketing",
        "want to sell tickets for our techno nights in advance",
        "event ticketing platform, qr tickets, door scanning app, low fees",
    ),
    (
        "event photography",
        "need a photographer at parties so we have stuff to post on insta",
        "nightlife photographer, club events, edited gallery next day",
    ),
    (
        "translation",
        "menu is only in korean, foreigners just point at pictures",
        "menu translation kr>en/ja/zh, with food-savvy wording",
    ),
    # phoenix pool & spa companies: safety & sales
    (
        "pool safety fence",
        "city inspector failed the pool because of the fence gate",
        "pool barrier fencing to maricopa county code, self-closing gates, removable mesh",
    ),
    (
        "customer financing",
        "losing remodel jobs because customers cant pay 40k upfront",
        "consumer financing for home improvement contractors, customers apply on your ipad",
    ),
    (
        "business insurance",
        "commercial auto insurance went up again, 12 trucks",
        "insurance agent, commercial auto & general liability for pool and service cos",
    ),
    (
        "pool design renderings",
        "customers cant picture the remodel from my sketches",
        "3d pool design renderings - send me measurements, you get a walkthrough in 48h",
    ),
    (
        "pool inspection",
        "realtors keep asking for pool inspections for home sales, we dont do them",
        "certified pool inspector for home sales, written report in 24h",
    ),
    # melbourne escape rooms & play centres: getting bookings
    (
        "local seo",
        "when you google escape room melbourne we're on page 3",
        "local seo for venues - google business profile, reviews, map pack",
    ),
    (
        "corporate sales",
        "weekdays are dead, want to sell to companies for team building",
        "b2b sales for leisure venues, i book corporate team days into your quiet weekdays",
    ),
    (
        "translation",
        "chinese tourist groups keep asking if we run games in mandarin",
        "translator en>zh, game scripts, clues & signage localised",
    ),
    # lisbon antique dealers & auctioneers: the business
    (
        "house clearance",
        "flat in alfama to empty in 2 wks, most of it junk but some good pieces",
        "house clearances, we sort what's sellable and take the rest to recycling",
    ),
    (
        "ecommerce setup",
        "want to sell smalls online, shopify or something, no clue",
        "i set up online shops for antique dealers - shopify, listings, shipping rates",
    ),
    (
        "antique transport",
        "need a van and two careful guys to collect a wardrobe in porto",
        "antique transport, padded van, two handlers, weekly lisbon-porto run",
    ),
    (
        "fine art insurance",
        "need insurance for stock while its at fairs",
        "fine art insurance broker, dealer stock & transit cover incl fairs",
    ),
    (
        "auction marketing",
        "bidders are all local, want collectors from abroad",
        "marketing for auction houses, international collector mailing lists, google & meta ads",
    ),
    # nairobi coworking operators: community
    (
        "community management",
        "we have 200 members but nobody talks to each other",
        "community manager for hire - events, onboarding, member newsletters",
    ),
    (
        "event av hire",
        "monthly demo nights, the projector and mic situation is embarassing",
        "av hire & setup for events, projectors, mics, speakers, technician incl",
    ),
    (
        "event catering",
        "need catering for 120 at our launch next friday",
        "corporate catering nairobi, bitings, lunch buffets, delivered & served",
    ),
    (
        "digital marketing",
        "half our desks are empty since the new space opened next door",
        "digital marketing for coworking, google & meta ads, tours booked into your calendar",
    ),
    (
        "business insurance",
        "a member tripped on a cable and is now talking about suing",
        "insurance broker, public liability & office packages for small businesses in kenya",
    ),
    # birmingham places of worship: grounds & safety
    (
        "grounds maintenance",
        "churchyard grass is waist high and the volunteers are all over 80",
        "grounds maintenance for churchyards & cemeteries, monthly cuts",
    ),
    (
        "fire risk assessment",
        "fire risk assessment is overdue and the insurer has asked for it",
        "fire risk assessor for community & religious buildings, PAS 79 reports",
    ),
    (
        "accessibility ramps",
        "wheelchair users cant get in the front door, theres 3 steps",
        "access ramps & handrails, portable or permanent, listed building friendly",
    ),
    (
        "organ repair",
        "the organ has dead notes and one that wont stop sounding",
        "organ builder, tuning & repair of pipe organs across the midlands",
    ),
    (
        "website",
        "our website still shows 2019 service times",
        "websites for churches and mosques, easy to update, prayer times widget",
    ),
    # chicago laundromats & dry cleaners: specialist cleaning
    (
        "wedding gown preservation",
        "customers ask if we clean and box wedding gowns",
        "bridal gown cleaning & preservation, wholesale to dry cleaners",
    ),
    (
        "leather cleaning",
        "someone brought in a suede jacket and we dont touch leather",
        "leather & suede specialist cleaning, trade work for dry cleaners",
    ),
    (
        "textile restoration",
        "got a call about a whole closet of clothes from a house fire, we're not set up for smoke",
        "textile restoration for insurance claims, smoke & water damage, ozone rooms",
    ),
    (
        "cctv installation",
        "machines broken into overnight, coin boxes emptied, no footage",
        "security cameras & alarms for small stores, cloud recording, chicago",
    ),
    # seoul bars & clubs: the room
    (
        "bar interior design",
        "bar looks tired, want more of a speakeasy vibe",
        "bar interior designer, speakeasy & lounge concepts, seoul fit-outs",
    ),
    (
        "ventilation",
        "smoke from the grill corner fills the whole room",
        "commercial ventilation & extraction for kitchens and bars, installed",
    ),
    (
        "pest control",
        "cockroaches behind the bar fridge, saw 3 last night",
        "pest control for restaurants & bars, after-close service",
    ),
    (
        "venue cleaning",
        "need cleaners who come at 6am after we close",
        "night & early morning cleaning for bars and clubs, post-event deep cleans",
    ),
    (
        "fire safety compliance",
        "fire inspection coming after that club fire on the news",
        "fire safety prep - extinguishers, exit signs, sprinkler checks, certificates",
    ),
    (
        "music licensing",
        "got a letter from komca about music fees, dont understand it",
        "music licensing advice for venues, komca & public performance fees sorted",
    ),
    # phoenix pool & spa companies: the water
    (
        "pool chemical supply",
        "chlorine prices are killing us, need a better supplier",
        "pool chemical distributor - tabs, liquid chlorine, acid, bulk pricing for routes",
    ),
    (
        "acid wash",
        "pool full of calcium and black algae, customer wants it looking new",
        "acid wash & drain-and-clean crew, calcium removal, black algae treatments",
    ),
    (
        "pool tile cleaning",
        "white crust all along the waterline tile",
        "bead blasting pool tile, removes calcium scale, no damage to grout",
    ),
    (
        "water delivery",
        "need to fill a new pool but the customers well is weak",
        "water truck delivery, pool fills, 4000 gal per load",
    ),
    (
        "solar pool heating",
        "customers want cheaper heating than gas",
        "solar pool heating panels installed on your roof, phoenix",
    ),
    (
        "shade structures",
        "customers want shade over the pool, we dont build that",
        "shade structures & ramadas, custom steel, permits handled",
    ),
    (
        "pool removal",
        "customer wants the pool filled in and gone",
        "pool removal & demolition, fill, compaction tests, permits",
    ),
    # melbourne escape rooms & play centres: comfort & safety
    (
        "air conditioning",
        "rooms get to 30 degrees in summer with 6 ppl inside",
        "split system installs & servicing, commercial, ducted options for small rooms",
    ),
    (
        "first aid training",
        "need all our floor staff first aid certified before summer",
        "first aid & cpr courses, we come to your venue, HLTAID011",
    ),
    (
        "business insurance",
        "public liability renewal came back 40% higher, need another quote",
        "insurance broker for leisure & amusement businesses, public liability specialists",
    ),
]

# (what the person in need wrote, what the other person offered, why a host would not
# introduce them): they share words, but the offer does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "new escape room needs a game designer for the puzzles & story",
        "graphic designer, logos, menus and flyers",
        "graphic design, not puzzle or game design",
    ),
    (
        "kids birthday party catering, hot food",
        "party supplies - balloons, bunting, plates & cups",
        "sells decorations, not food",
    ),
    (
        "oil painting with yellow varnish needs cleaning",
        "commercial cleaning for offices & shops",
        "office cleaning, not painting conservation",
    ),
    (
        "longcase clock stopped",
        "reproduction clocks & decor for hotels",
        "sells new decor clocks, doesn't repair",
    ),
    (
        "backup internet for when the fibre drops",
        "phones & airtime wholesale",
        "sells airtime, not failover internet",
    ),
    (
        "coworking software for member billing",
        "coding bootcamp for young developers",
        "teaches coding, no billing software",
    ),
    (
        "the organ has dead notes",
        "organ donation awareness talks for communities",
        "organ donation, not pipe organs",
    ),
    (
        "safeguarding training for volunteers",
        "gdpr training for charities",
        "data protection, not safeguarding",
    ),
    (
        "speed queen washers throwing error codes",
        "pressure washing for storefronts & sidewalks",
        "pressure washing, not washer repair",
    ),
    (
        "we lose tickets and garments end up in the wrong bag",
        "dry cleaning for your work uniforms, weekly pickup",
        "a dry cleaning service, not a ticketing system",
    ),
    (
        "subs distort when the dj pushes it",
        "sound healing with singing bowls",
        "wellness sessions, not club audio",
    ),
    (
        "fights at the door, need bouncers",
        "steel security doors & shutters installed",
        "sells doors, not door staff",
    ),
    (
        "customers want their pool replastered",
        "driveway resurfacing & sealcoating",
        "driveways, not pools",
    ),
    (
        "pool losing 2 inches a day",
        "roof leak repair before monsoon season",
        "roofs, not pools",
    ),
    (
        "need our floor staff first aid trained",
        "first aid kits supplied and restocked monthly",
        "supplies kits, no training",
    ),
    (
        "claw machines keep breaking down",
        "we buy & sell retro arcade cabinets for collectors",
        "trades cabinets, doesn't repair them",
    ),
    (
        "probate valuation of my aunts contents",
        "estate agent, free valuation of your flat",
        "values property, not contents",
    ),
    (
        "provenance research for a painting",
        "genealogy research, trace your family tree",
        "family history, not artwork provenance",
    ),
    (
        "members complain about coffee, need a machine",
        "coffee farm tours in kiambu",
        "farm tours, not office machines",
    ),
    (
        "wifi dies once 50 ppl connect",
        "wifi marketing, collect customer emails at the login page",
        "marketing via wifi, doesn't fix capacity",
    ),
    (
        "elders want to watch prayers live from home",
        "promotional videos for charities, filmed & edited",
        "edited videos, not live streaming",
    ),
    (
        "lead stolen off the church roof",
        "lead gen for local businesses, appointments booked",
        "sales leads, not roofing",
    ),
    (
        "old perc solvent needs epa disposal",
        "junk removal, furniture & appliances hauled away",
        "general junk, not licensed hazardous waste",
    ),
    (
        "customers ask for hems and zippers",
        "sewing machines sold & serviced",
        "sells machines, doesn't do alterations",
    ),
    (
        "need a resident house dj",
        "dj lessons for beginners, 4 week course",
        "teaches djing, doesn't supply a resident",
    ),
    (
        "want to switch to an entertainment bar licence",
        "imported spirits wholesale",
        "sells liquor, doesn't handle licences",
    ),
    (
        "we turn down pool heater repairs",
        "patio heaters & firepits for sale",
        "sells patio heaters, doesn't repair pool heaters",
    ),
    (
        "chlorine prices killing us",
        "carpool matching for employees",
        "carpooling, not pool chemicals",
    ),
    (
        "need a booking system for our venue",
        "booking agent for kids entertainers & magicians",
        "books performers, not booking software",
    ),
    (
        "trampoline park safety inspection for the insurer",
        "backyard trampolines sold & installed",
        "sells home trampolines, isn't an inspector",
    ),
    (
        "ship a painting to new york safely",
        "removals within portugal, house moves",
        "domestic removals, no art crating or export",
    ),
    (
        "tray of old rings, need the stones tested",
        "jewellery making workshops, make your own silver ring",
        "teaches making, doesn't test stones",
    ),
    (
        "late vat returns, kra letter",
        "financial literacy workshops for youth",
        "teaches budgeting, doesn't file returns",
    ),
    (
        "need acoustic panels, calls echo",
        "live acoustic music for events & weddings",
        "music, not sound treatment",
    ),
    (
        "hall heating costs a fortune and still freezing",
        "patio heaters for hire, outdoor events",
        "outdoor hire, doesn't heat the hall",
    ),
    (
        "never claimed gift aid on donations",
        "first aid courses for volunteers",
        "first aid, not gift aid",
    ),
    (
        "dryers take 3 cycles to dry a load",
        "blow dry bar, $35 blowouts",
        "hair, not dryers",
    ),
    (
        "need a loan to replace 40 machines",
        "used laundromat machines for sale, as-is",
        "sells machines, no financing",
    ),
    (
        "draft beer tastes sour",
        "craft beer tasting nights",
        "runs tastings, doesn't clean lines",
    ),
    (
        "ice machine leaking",
        "ice sculptures for parties & weddings",
        "sculptures, not machine repair",
    ),
    (
        "need a 900lb spa lifted over a wall",
        "hot tub rentals for parties, weekend hire",
        "rents party tubs, doesn't move spas",
    ),
    (
        "12 plain white trucks need branding",
        "corporate gift wrapping for the holidays",
        "gift wrap, not vehicle wraps",
    ),
    (
        "maglock on the puzzle door keeps failing",
        "locksmith, house lockouts & rekeying",
        "home locks, not puzzle electronics",
    ),
    (
        "ball pit needs a proper clean",
        "ball pit balls, new, bulk sale",
        "sells new balls, doesn't clean",
    ),
    (
        "export permit for an azulejo panel",
        "handmade azulejo tiles, new, painted to order",
        "makes new tiles, no export help",
    ),
    (
        "woodworm in an old chest",
        "new oak furniture made to order",
        "makes new furniture, doesn't treat woodworm",
    ),
    (
        "cleaner quit, kitchen is a disaster",
        "data cleaning for crms & spreadsheets",
        "cleans data, not offices",
    ),
    (
        "want office plants but nobody waters",
        "construction plant hire, excavators & rollers",
        "heavy machinery, not potted plants",
    ),
    (
        "stone through the stained glass window",
        "stained glass hobby classes, make a suncatcher",
        "teaches a hobby, doesn't repair windows",
    ),
    (
        "hall rented out by whoever answers the phone",
        "banqueting hall for hire, 400 guests",
        "offers its own hall, doesn't manage our bookings",
    ),
    (
        "customers want wedding gowns cleaned & boxed",
        "bridal alterations & bustles",
        "alters the fit, doesn't clean or preserve",
    ),
    (
        "water bill is $4k a month",
        "bottled water delivery for offices",
        "delivers drinking water, doesn't cut usage",
    ),
    (
        "cocktail menu is stale",
        "menu printing, laminated or card",
        "prints menus, doesn't create drinks",
    ),
    (
        "staff cant keep up with orders, want table ordering",
        "table & chair rental for events",
        "rents furniture, not an ordering system",
    ),
    (
        "need 3 pool techs before summer",
        "cpo certification course for pool operators",
        "trains people, doesn't recruit",
    ),
    (
        "customers cant picture the remodel",
        "3d printing, prototypes & parts",
        "prints objects, not design renderings",
    ),
    (
        "want fog and lighting effects in the final room",
        "special effects makeup for halloween & film",
        "makeup effects, not room effects",
    ),
    (
        "need weekend game hosts for school hols",
        "web hosting, fast australian servers",
        "website hosting, not game hosts",
    ),
    (
        "climate controlled storage for antiques",
        "cloud storage & backups for small businesses",
        "data storage, not a physical store",
    ),
    (
        "gilded frame with chipped corners",
        "picture framing, modern frames while you wait",
        "makes new modern frames, no regilding",
    ),
    (
        "need access control, cards lent to friends",
        "quality control inspections for factories",
        "qc inspections, not entry systems",
    ),
    (
        "generator dying, outages 3x a week",
        "lead generation for b2b startups",
        "sales leads, not a power generator",
    ),
    (
        "mic feeds back every sunday",
        "virtual pa, diary and inbox management",
        "personal assistant, not public address",
    ),
    (
        "churchyard grass is waist high",
        "groundworks, foundations and drainage",
        "building groundworks, not grass cutting",
    ),
    (
        "customers want to pay with apple pay, not quarters",
        "apple device repair, iphone screens while u wait",
        "phone repair, not payments",
    ),
    (
        "fake 1-star reviews on yelp",
        "food blogger, i review local restaurants",
        "writes reviews, doesn't manage them",
    ),
    (
        "dancefloor lighting from 2012",
        "led retrofits for offices to cut electricity",
        "office lighting, not club effects",
    ),
    (
        "want to sponsor a visa for my bar manager",
        "visa card merchant accounts for shops",
        "card payments, not immigration",
    ),
    (
        "losing jobs because customers cant pay upfront",
        "retirement planning, fee-only advisor",
        "personal retirement advice, not customer financing",
    ),
    (
        "inspector failed the pool fence",
        "fencing classes, foil & epee",
        "the sport, not barriers",
    ),
    (
        "pinsetter on lane 4 jams",
        "custom bowling shirts & team jerseys",
        "sells shirts, doesn't fix pinsetters",
    ),
    (
        "found rat droppings behind the party room",
        "exotic pet shop - rats, mice & reptiles",
        "sells pet rodents, doesn't remove them",
    ),
    (
        "catalogue only in portuguese, need it in english",
        "english lessons for adults, evenings",
        "teaches english, doesn't translate",
    ),
    (
        "persian rug with moth damage",
        "carpet fitting, wall to wall, new carpets",
        "fits new carpet, doesn't restore rugs",
    ),
    (
        "night guard sleeping, had a break-in",
        "screen guards & phone cases, wholesale",
        "phone accessories, not security",
    ),
    (
        "projector and mics embarrassing for demo nights",
        "pitch coaching for founders before demo day",
        "coaches pitches, doesn't supply av",
    ),
    (
        "dbs checks for madrassa teachers",
        "credit checks on tenants for landlords",
        "credit checks, not criminal record checks",
    ),
    (
        "pigeons nesting in the dome",
        "pigeon racing club, new members welcome",
        "a hobby club, not bird control",
    ),
    (
        "floor drain backs up",
        "gutter cleaning for homes",
        "gutters, not floor drains",
    ),
    (
        "landlord raising rent 30%",
        "party rentals - tents, tables and chairs",
        "rents party gear, doesn't negotiate leases",
    ),
    (
        "fire inspection coming",
        "fire dancers & pyro performers",
        "performers, not fire safety compliance",
    ),
    (
        "need a photographer for our parties",
        "passport & visa photos in 5 minutes",
        "id photos, not event photography",
    ),
    (
        "white crust on the waterline tile",
        "tile showroom, new porcelain & mosaics",
        "sells new tile, doesn't clean it",
    ),
    (
        "customer wants the pool filled in and removed",
        "pool table removal & moving",
        "billiard tables, not swimming pools",
    ),
    (
        "dented georgian silver teapot",
        "we buy silver & gold for scrap, best prices",
        "buys for melt, doesn't repair",
    ),
    (
        "fire risk assessment overdue",
        "investment risk profiling & wealth management",
        "financial risk, not fire safety",
    ),
    (
        "clothes with smoke damage from a house fire",
        "smoke shop, vapes & glass",
        "a smoke shop, not textile restoration",
    ),
]
