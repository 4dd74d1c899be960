"""The thirty-fourth hold-out set: written blind, by someone who never saw the matcher or its
lexicon.

Drawn from seven events, mixed through the set: independent pharmacists' evening, Lisbon (in
English); tattoo studio owners' meetup, Melbourne; bike repair shops' get-together, Utrecht (in
English); funeral directors' regional meeting, Dublin; boatyard and marina trades night,
Auckland; independent opticians' breakfast, Krakow (in English); print shop owners' mixer,
Nairobi.

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 61 of 176 pairs (34.7 %) and 14 decoys of 91 with the
lexicon and matcher as the round on the thirty-third set began; 61 and 14 as it ended. Then
tuned on: 143 (81.2 %) and no decoy as that round ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # independent pharmacies, lisbon: cold chain & kit
    (
        "fridge temperature monitoring",
        "vaccine fridge logs keep having gaps overnight, inspector noticed",
        "wireless temp loggers for medical fridges, SMS alert if it drifts",
    ),
    (
        "fridge temperature monitoring",
        "how do ppl prove the insulin fridge stayed 2-8 over the weekend??",
        "cold-chain monitoring: sensors + cloud dashboard, audit-ready reports",
    ),
    (
        "dispensing robot repair",
        "rowa robot jams on small boxes twice a week, support line useless",
        "field engineer for pharmacy automation - BD Rowa, Willach, Apostore",
    ),
    (
        "pharmacy locum",
        "pharmacist on maternity leave from june, need cover 3 days/wk",
        "locum farmacêutica, inscrita na Ordem, free mon-wed, PT/EN",
    ),
    (
        "roller shutter repair",
        "shutter stuck halfway up, cant lock up at night",
        "roller shutters repaired & motorised, 24h callout lisboa",
    ),
    (
        "illuminated sign repair",
        "half the leds in our green cross are dead, looks like its winking at ppl",
        "LED sign repair - pharmacy crosses, lightboxes, neon retrofits",
    ),
    # tattoo studios, melbourne: hygiene & machines
    (
        "autoclave servicing",
        "autoclave failed its spore test again",
        "steriliser servicing, validation & annual certs for clinics and studios",
    ),
    (
        "autoclave servicing",
        "B-class steriliser throwing a door seal error mid cycle",
        "we fix & calibrate benchtop autoclaves, loan unit while yours is in",
    ),
    (
        "clinical waste collection",
        "sharps bins piling up out back, council guy asked who collects them",
        "licensed medical waste pickup, sharps & contaminated waste, monthly runs",
    ),
    (
        "tattoo machine repair",
        "coil machine buzzing weird and lost heaps of power",
        "machine tuning & rebuilds, coil and rotary, most done in 48h",
    ),
    (
        "guest artist",
        "after a fine line artist for a 2wk guest spot in march",
        "travelling fineline tattooer, books open for guest spots mar-apr",
    ),
    # bike repair shops, utrecht: e-bikes & wheels
    (
        "e-bike battery repair",
        "customers keep bringing dead ebike batteries, we can only sell new ones @ €600",
        "cell replacement for e-bike batteries, all brands, about half the price of new",
    ),
    (
        "e-bike diagnostics",
        "bosch motor throwing error 503, we dont have the dealer tool",
        "e-bike diagnostics service point - bosch, shimano steps, bafang",
    ),
    (
        "wheel building",
        "cargo bikes breaking spokes constantly, nobody here can build wheels",
        "handbuilt wheels incl. cargo & 20\" fronts, 3 day turnaround",
    ),
    (
        "frame repair",
        "steel bakfiets frame cracked at the box mount",
        "framebuilder: steel repairs, brazing, custom racks",
    ),
    (
        "mechanic recruitment",
        "we're short 2 mechanics before the spring rush, every single year",
        "MBO college placing trainee bike mechanics, paid internships",
    ),
    (
        "bike recycling",
        "basement full of abandoned bikes the gemeente dumped on us",
        "we collect unwanted bikes for free & refurbish them for newcomers",
    ),
    # funeral directors, dublin: vehicles & people
    (
        "embalming cover",
        "our embalmer is off for 6 weeks, need someone freelance",
        "freelance embalmer, BIE qualified, covers leinster 7 days",
    ),
    (
        "hearse repair",
        "hearse (old merc) overheating on the long runs out to the cemetery",
        "mechanic for classic mercedes, coachbuilt & limo conversions welcome",
    ),
    (
        "mortuary refrigeration",
        "mortuary cold room compressor making an awful racket",
        "refrigeration engineers, cold rooms & chillers, 24/7 emergency callout",
    ),
    (
        "funeral music",
        "family wants a piper at the graveside on sat",
        "uilleann & highland pipes for funerals, weddings, graveside laments",
    ),
    (
        "repatriation",
        "first repatriation to poland, no idea about the embassy paperwork",
        "international repatriation: paperwork, embassy, airline liaison",
    ),
    (
        "funeral livestreaming",
        "families in australia asking can they watch the mass online",
        "discreet funeral webcasting, one camera, private link for the family",
    ),
    # boatyards & marinas, auckland: hulls & rigs
    (
        "antifouling",
        "hull needs antifouling before summer, 11m keeler",
        "haul out, waterblast & antifoul up to 15m, hardstand available",
    ),
    (
        "osmosis repair",
        "blisters all over the hull below the waterline",
        "GRP osmosis treatment, peel & dry, gelcoat repairs",
    ),
    (
        "hull cleaning",
        "bottom is a forest, cant haul out till feb",
        "diver hull cleans in the water, marina berths, monthly plans",
    ),
    (
        "prop clearing",
        "wrapped a cray pot line round the prop",
        "commercial diver, prop & rope clearing, same day",
    ),
    (
        "rigging",
        "insurer says our stays are 15yrs old and have to go",
        "rigger - standing & running rigging, rig inspections, swage and rod",
    ),
    (
        "sail repair",
        "main tore along the leech in the last race",
        "sailmaker, repairs & new sails, quick fixes during race week",
    ),
    # opticians, krakow: workshop
    (
        "lens edger servicing",
        "edger started cutting lenses slightly too big",
        "service & calibration for lens edgers - Essilor, Nidek, Huvitz",
    ),
    (
        "frame repair",
        "titanium frame snapped at the bridge, customer refuses to let it go",
        "frame soldering & laser welding, titanium and memory metal too",
    ),
    (
        "optometrist locum",
        "optometrist needed saturdays, ours moved to warsaw",
        "optometrist, polish & english, looking for weekend clinics",
    ),
    (
        "OCT equipment leasing",
        "want to offer OCT scans but cant buy the machine outright",
        "medical equipment leasing for ophthalmic devices, 36-60 months",
    ),
    (
        "low vision aids",
        "elderly customers keep asking for magnifiers we dont stock",
        "low-vision aids distributor: magnifiers, CCTV readers, training",
    ),
    # print shops, nairobi: machines & power
    (
        "offset press repair",
        "heidelberg GTO double feeding since last week",
        "offset press technician, heidelberg & komori, parts sourced",
    ),
    (
        "large format printer repair",
        "roland printhead clogging on the banner machine",
        "wide format service: printheads, dampers, calibration",
    ),
    (
        "paper supply",
        "art card prices jumped again, need another supplier",
        "paper importer, art card, bond & kraft, wholesale from industrial area",
    ),
    (
        "backup power",
        "power cuts mid-run ruin jobs every week",
        "solar + battery backup for workshops, installed and financed",
    ),
    (
        "mobile money payments",
        "customers want to pay by mpesa, we still only do cash",
        "lipa na mpesa till & paybill setup for small businesses",
    ),
    (
        "print finishing",
        "500 theses need perfect binding by friday",
        "finishing: perfect binding, saddle stitch, lamination, trimming",
    ),
    # independent pharmacies, lisbon: front of shop
    (
        "shopfitting",
        "want to redo the counter and all the OTC shelving",
        "pharmacy shopfitters - counters, gondolas, consultation rooms",
    ),
    (
        "leaflet translation",
        "half our customers are tourists, leaflets only in portuguese",
        "translator, medical & pharma texts PT > EN / DE / FR",
    ),
    (
        "prescription delivery",
        "old customers in alfama cant get up the hill for their meds",
        "e-bike couriers, same-day deliveries around lisbon centre",
    ),
    (
        "clinical waste collection",
        "where do we send expired stock and full sharps bins?",
        "licensed collection of pharma returns & sharps, destruction certificates issued",
    ),
    (
        "window displays",
        "window looks tired, sunscreen sales flat",
        "visual merchandiser, seasonal window displays for shops",
    ),
    (
        "bookkeeping",
        "contabilista retired, IVA returns due next month",
        "bookkeeping & VAT returns for small shops, english or portuguese",
    ),
    # tattoo studios, melbourne: running the shop
    (
        "online booking",
        "instagram DMs are chaos, need clients booking + paying deposits themselves",
        "booking software for studios: deposits, consent forms, reminders",
    ),
    (
        "bookkeeping",
        "BAS every quarter is a nightmare, want someone to just do my books",
        "bookkeeper for sole traders, BAS lodgement, xero certified",
    ),
    (
        "laser tattoo removal",
        "client wants an old piece lightened before a coverup",
        "laser tattoo fading & removal, pico laser, referrals welcome",
    ),
    (
        "private label aftercare",
        "want our own branded aftercare balm to sell at the counter",
        "private label skincare manufacturer, runs from 200 units",
    ),
    (
        "ventilation",
        "studio gets stuffy af in summer and the inspector mentioned airflow",
        "HVAC installs & ventilation for small commercial spaces",
    ),
    (
        "portfolio photography",
        "healed work photos look terrible, flash glare everywhere",
        "portfolio photographer, tattoo & skin shoots without the glare",
    ),
    # bike repair shops, utrecht: shop
    (
        "powder coating",
        "customer wants her old gazelle frame resprayed",
        "powder coating: bike frames, racks and small parts",
    ),
    (
        "bike theft insurance",
        "want to offer theft insurance when we sell a bike",
        "bike insurance partner program for shops, commission per policy",
    ),
    (
        "parts wholesale",
        "shimano parts backordered for months with our distributor",
        "parts wholesaler, big stock of shimano & sram, next-day NL/BE",
    ),
    (
        "mobile repair",
        "companies want someone fixing staff bikes on site",
        "mobile bike repair van, we come to your office car park",
    ),
    (
        "bike parking installation",
        "gemeente wants racks outside before we can expand the terrace",
        "bicycle parking: racks, stands, installation incl. permits",
    ),
    (
        "workshop tools",
        "truing stand and press tools worn out",
        "secondhand workshop tools, park tool & unior, from closed shops",
    ),
    # funeral directors, dublin: families
    (
        "floral tributes",
        "families want letter tributes, our usual supplier retired",
        "funeral flowers - letters, casket sprays, delivered to the parlour",
    ),
    (
        "memorial printing",
        "memorial cards + mass booklets needed by tomorrow afternoon",
        "overnight printing: mass cards, orders of service, 24h turnaround",
    ),
    (
        "eco coffins",
        "more families asking for wicker or cardboard coffins",
        "handwoven willow caskets, made in wexford",
    ),
    (
        "staff wellbeing",
        "staff burnt out after a hard month, want proper support for them",
        "psychotherapist, grief & trauma, staff support sessions on site",
    ),
    (
        "specialist cleaning",
        "reposing room needs a deep clean after a long weekend",
        "specialist cleaning, biohazard & sensitive sites, discreet",
    ),
    (
        "dove release",
        "couple of families asked about releasing doves",
        "white dove release for funerals, trained birds that fly home",
    ),
    # boatyards & marinas, auckland: systems & people
    (
        "outboard servicing",
        "yamaha 90 wont idle, dies at the dock",
        "outboard mechanic, mobile, all makes, come to your berth",
    ),
    (
        "marine electrics",
        "house batteries flat every morning, something draining",
        "marine electrician, fault finding, lithium upgrades",
    ),
    (
        "boat delivery",
        "need my yacht taken down to tauranga, cant take the time off",
        "delivery skipper, coastal & offshore, crew supplied",
    ),
    (
        "marine survey",
        "insurer wants a survey before theyll renew",
        "marine surveyor, pre-purchase & insurance surveys",
    ),
    (
        "canvas work",
        "bimini is shredded and the cockpit cover leaks",
        "marine canvas: biminis, dodgers, covers made to measure",
    ),
    (
        "stainless fabrication",
        "bow rail bent after a bad berthing",
        "stainless fabrication & polishing, rails, arches, davits",
    ),
    (
        "waste pumpout",
        "holding tank full, marina pumpout broken again",
        "mobile pumpout boat, comes alongside, holding tanks & bilges",
    ),
    # opticians, krakow: stock & customers
    (
        "frame supply",
        "tired of the same big brand frames every other shop has",
        "independent eyewear makers, acetate from small european workshops",
    ),
    (
        "contact lens supply",
        "contact lens deliveries take 2 weeks from our current guy",
        "contact lens wholesaler, daily & toric, next day across poland",
    ),
    (
        "childrens frames",
        "parents asking for frames kids cant break",
        "flexible children's eyewear, silicone & memory frames",
    ),
    (
        "website translation",
        "lots of english tourists, website and forms only in polish",
        "translator PL-EN, optometry & medical vocabulary",
    ),
    (
        "ultrasonic cleaner",
        "our lens cleaning machine died",
        "ultrasonic cleaners for optical shops, sale & repair",
    ),
    (
        "window displays",
        "shop window looks like 2009",
        "window display designer, retail & small shops, seasonal changes",
    ),
    # print shops, nairobi: people & delivery
    (
        "freelance graphic design",
        "customers come with ideas but no artwork",
        "freelance designer, logos, flyers, print-ready files same day",
    ),
    (
        "courier delivery",
        "clients across town want jobs delivered same day",
        "boda delivery riders, CBD and estates, pay per trip",
    ),
    (
        "screen printing",
        "school asking for 800 sports tshirts printed",
        "screen printing, tees & hoodies, bulk orders",
    ),
    (
        "ink supply",
        "toner for the konica always out of stock",
        "toner & ink distributor, konica, ricoh, canon, genuine & compatible",
    ),
    (
        "bookkeeping",
        "KRA returns stress me every month",
        "bookkeeper, KRA iTax filing & VAT for small businesses",
    ),
    (
        "signage install",
        "customer ordered a big 3D sign, we dont do installs",
        "sign installation crew, cranes & permits, nairobi county",
    ),
    # independent pharmacies, lisbon: services
    (
        "device calibration",
        "our BP machines give different readings, customers complaining",
        "calibration of medical devices: BP monitors, scales, thermometers",
    ),
    (
        "staff training",
        "new staff keep giving wrong answers about the flu vaccine",
        "CPD training for pharmacy teams, vaccines & counselling, in portuguese",
    ),
    (
        "payroll",
        "payroll for 9 staff eats my sundays",
        "payroll outsourcing for small employers, processamento salarial",
    ),
    (
        "air conditioning",
        "AC in the dispensary dripping onto the shelves",
        "air-con service & repair, commercial split units",
    ),
    (
        "pest control",
        "found mouse droppings behind the stockroom shelves",
        "pest control, discreet, food & health premises, monthly contracts",
    ),
    (
        "online shop",
        "want to sell dermocosmetics online, not meds",
        "shopify builds for small retailers, parapharmacy experience",
    ),
    # tattoo studios, melbourne: art & supply
    (
        "compliant pigments",
        "need inks that pass the new pigment rules, some of mine are banned now",
        "supplier of compliant tattoo pigments, full colour lines, SDS available",
    ),
    (
        "stencil printer repair",
        "thermal stencil printer died mid-booking",
        "stencil printer repairs and loaners, pocketjet etc",
    ),
    (
        "tattoo furniture",
        "clients complaining about the chair, my back is wrecked too",
        "hydraulic tattoo beds & artist chairs, demo room in brunswick",
    ),
    (
        "business insurance",
        "insurer dropped us, apparently tattoos are 'high risk'",
        "insurance broker for body art & beauty, public liability",
    ),
    (
        "apprentice",
        "want an apprentice who can actually draw",
        "art school grads looking for tattoo apprenticeships",
    ),
    (
        "lighting",
        "lighting at my station is awful, everything looks yellow",
        "studio lighting installs, high CRI, daylight balanced",
    ),
    # bike repair shops, utrecht: money & space
    (
        "workshop space",
        "workshop too small, queue out the door",
        "small industrial unit for rent, 120m2, roller door, near station",
    ),
    (
        "bookkeeping",
        "btw aangifte every quarter and i hate it",
        "boekhouder for zzp and small shops, english speaking",
    ),
    (
        "lease bikes",
        "businesses asking about lease bike schemes",
        "lease bike platform for employers, looking for partner workshops",
    ),
    (
        "bike fitting",
        "racers want a proper fit, we only adjust saddles",
        "professional bike fitter, pressure mapping, road & gravel",
    ),
    (
        "cargo bike rental",
        "tourists asking to rent cargo bikes for a day",
        "rental platform for bike shops, insurance & booking included",
    ),
    # funeral directors, dublin: admin & premises
    (
        "website",
        "website still says 2014 and has no death notices page",
        "web designer, funeral home sites with notices & livestream links",
    ),
    (
        "bookkeeping",
        "accounts a mess since our office manager left",
        "bookkeeping, payroll and year end for family businesses",
    ),
    (
        "bereavement support",
        "families ask us where to go for support after",
        "bereavement support groups, free, adults and children",
    ),
    (
        "car park resurfacing",
        "car park full of potholes, mourners tripping",
        "tarmac & resurfacing, car parks & driveways",
    ),
    (
        "chauffeurs",
        "need extra limo drivers for big funerals",
        "chauffeur agency, experienced funeral drivers, dark suits",
    ),
    (
        "catering",
        "families want sandwiches & tea after the burial",
        "funeral catering, tea & sandwiches to homes or hotels",
    ),
    # boatyards & marinas, auckland: the yard
    (
        "hydraulic repair",
        "travel lift hydraulics leaking",
        "hydraulic repairs, hoses & rams, travel lifts & cranes",
    ),
    (
        "wash-down water treatment",
        "council on us about waterblast runoff going into the harbour",
        "wash-down water treatment systems for boatyards",
    ),
    (
        "teak deck repair",
        "teak deck caulking lifting everywhere",
        "teak deck recaulking & replacement",
    ),
    (
        "inboard servicing",
        "volvo saildrive making a clunk in gear",
        "inboard & saildrive service, volvo penta & yanmar",
    ),
    (
        "marina berth",
        "looking for a 12m berth in the viaduct or westhaven",
        "berth licence for sale, 12m, westhaven pier F",
    ),
    (
        "boat cleaning",
        "charter boat needs a turnover clean between groups",
        "boat detailing & interior cleans, charter turnarounds",
    ),
    # opticians, krakow: business
    (
        "bookkeeping",
        "need an accountant who understands medical VAT rules",
        "księgowa, medical & optical businesses, VAT exemptions",
    ),
    (
        "local seo",
        "google reviews stuck at 12, new shop down the road beats us",
        "local SEO & google business profile for shops",
    ),
    (
        "staff training",
        "new sales staff cant explain progressive lenses",
        "training for optical retail staff: progressives, lens options",
    ),
    (
        "ophthalmic equipment repair",
        "phoropter dials sticking, cant do refraction properly",
        "ophthalmic equipment repair, phoropters, slit lamps, lensmeters",
    ),
    (
        "alarm & cctv",
        "broken in twice, designer frames taken",
        "alarm & CCTV installs for shops, monitored 24h",
    ),
    (
        "dry eye products",
        "customers keep asking for dry eye products",
        "dry eye product distributor, preservative free drops, wholesale",
    ),
    # print shops, nairobi: business
    (
        "equipment finance",
        "want a second digital press, bank said no",
        "equipment finance for SMEs, printing machinery, 24-36 months",
    ),
    (
        "generator repair",
        "generator wont start after the last outage",
        "generator servicing & repair, perkins & cummins",
    ),
    (
        "website",
        "customers want to upload their files online",
        "web builds for printers, online file upload & quotes",
    ),
    (
        "dust extraction",
        "paper dust everywhere, machines jam",
        "industrial extraction & air filtration for workshops",
    ),
    (
        "used machinery import",
        "looking for a secondhand 4-colour press from europe",
        "importer of used printing machinery, inspected & installed",
    ),
    (
        "staff training",
        "new operator doesnt know colour management",
        "colour management training, ICC profiles, on-site",
    ),
    # independent pharmacies, lisbon: more
    (
        "compounding",
        "doctor prescribed a cream we'd have to compound, no lab",
        "compounding lab, manipulados, orders from other pharmacies",
    ),
    (
        "dispensing robot repair",
        "apostore keeps dropping boxes on the floor",
        "automation technician, pharmacy robots, service contracts",
    ),
    (
        "prescription delivery",
        "people want their monthly meds brought to them",
        "last-mile courier, scooter & e-bike, temperature controlled bags",
    ),
    (
        "pharmacy locum",
        "need someone for saturdays, owner is exhausted",
        "pharmacist for weekend shifts in greater lisbon",
    ),
    (
        "leaflet translation",
        "chinese tourists asking about medicines, we cant explain",
        "interpreter & translator, mandarin/portuguese, medical",
    ),
    (
        "retail security",
        "shoplifting from the cosmetics aisle every week",
        "security tags & gates for retail, install or rental",
    ),
    # tattoo studios, melbourne: more
    (
        "clinical waste collection",
        "how do studios get rid of used needles legally",
        "sharps container supply & collection, small businesses",
    ),
    (
        "laser tattoo removal",
        "regret piece on a clients hand, she wants it gone",
        "laser clinic, tattoo removal, patch tests free",
    ),
    (
        "online booking",
        "no-shows killing me, want deposits upfront",
        "booking system with deposits & no-show fees, built for artists",
    ),
    (
        "autoclave servicing",
        "who services autoclaves round here?",
        "autoclave maintenance & validation, victoria wide",
    ),
    (
        "specialist cleaning",
        "need someone to clean the studio after hours",
        "commercial cleaning, clinical standard, after hours",
    ),
    # bike repair shops, utrecht: more
    (
        "e-bike battery repair",
        "battery pack swelling, customer wants it fixed not replaced",
        "battery repair specialist, e-bike packs rebuilt with new cells",
    ),
    (
        "wheel building",
        "need someone to lace hub motors into new rims",
        "wheelbuilding incl. hub motors, all rim sizes",
    ),
    (
        "bike recycling",
        "old bikes & parts we cant sell, feels wasteful to bin them",
        "repair café network, collects parts & bikes for reuse",
    ),
    (
        "parts wholesale",
        "want cheaper chains and tyres in bulk",
        "bike parts B2B webshop, bulk discounts",
    ),
    (
        "e-bike diagnostics",
        "shimano steps error W013, stuck",
        "e-bike specialist workshop, takes the diagnostics other shops cant",
    ),
    # funeral directors, dublin: more
    (
        "hearse repair",
        "hearse tailgate wont open, couldnt load at the church",
        "mobile mechanic & auto electrician, prestige vehicles",
    ),
    (
        "embalming cover",
        "need someone to do an embalming tomorrow, ours is sick",
        "on-call embalming service, dublin & surrounds",
    ),
    (
        "funeral livestreaming",
        "church wifi useless, family want to stream it",
        "4G streaming kit hire with operator, funerals & memorials",
    ),
    (
        "memorial printing",
        "want nicer memorial cards, ours look cheap",
        "letterpress & premium memorial stationery",
    ),
    (
        "repatriation",
        "family wants the ashes taken home to nigeria",
        "repatriation of remains & ashes worldwide, paperwork handled",
    ),
    (
        "funeral music",
        "soloist for the mass, family wants be not afraid",
        "church singer & organist for funerals and memorials",
    ),
    # boatyards & marinas, auckland: more
    (
        "antifouling",
        "when do yous have space for an antifoul on a 9m launch?",
        "hardstand & antifoul service, launches & keelers, booking now",
    ),
    (
        "sail repair",
        "sail covers UV rotting, stitching gone",
        "sail loft, restitching & UV strip replacement",
    ),
    (
        "marine electrics",
        "want solar on the targa, no idea what size",
        "marine solar & lithium installs, sizing included",
    ),
    (
        "rigging",
        "furler jammed halfway, cant get the genoa in",
        "rig repairs, furlers serviced, on the dock",
    ),
    (
        "hull cleaning",
        "slime on the hull every month, burning extra fuel",
        "in-water hull cleaning, regular schedule, marina-approved",
    ),
    # opticians, krakow: more
    (
        "lens edger servicing",
        "tracer reading frame shapes wrong",
        "edging systems service, tracers & blockers too",
    ),
    (
        "frame repair",
        "cheap frames breaking at the hinges, customers come back angry",
        "hinge replacement & frame repair, posted back in 3 days",
    ),
    (
        "contact lens supply",
        "want a subscription for contact lens customers",
        "contact lens subscription platform for independent opticians",
    ),
    (
        "optometrist locum",
        "need cover for 2 weeks in july",
        "locum optometrist, krakow & malopolska",
    ),
    (
        "childrens frames",
        "want a kids corner that doesnt look like a hospital",
        "childrens shop interiors & play corners",
    ),
    # print shops, nairobi: more
    (
        "offset press repair",
        "komori registration off, colours not lining up",
        "press technician: registration, rollers & blanket changes",
    ),
    (
        "large format printer repair",
        "banner machine printing lines all over",
        "wide format repairs, epson & roland, nairobi/mombasa",
    ),
    (
        "backup power",
        "UPS for the digital press keeps beeping and dying",
        "UPS & inverter supply and repair",
    ),
    (
        "paper supply",
        "running out of SRA3 gloss every month",
        "paper merchant, digital papers SRA3, delivered weekly",
    ),
    (
        "print finishing",
        "need 2000 menus laminated",
        "lamination, encapsulation, die cutting",
    ),
    (
        "mobile money payments",
        "want clients to pay deposit before we print",
        "payment links via mpesa, invoices by sms",
    ),
    # independent pharmacies, lisbon: summer
    (
        "air conditioning",
        "stockroom hitting 28 in summer, meds must stay below 25",
        "commercial cooling, small rooms, quick installs",
    ),
    (
        "device calibration",
        "scales in the shop weigh everyone 3kg heavy lol",
        "certified scale & medical device calibration",
    ),
    # tattoo studios, melbourne: compliance
    (
        "compliant pigments",
        "want colours with ingredient docs for the inspector",
        "pigment distributor, full SDS & batch certs",
    ),
    (
        "ventilation",
        "smell from green soap & cleaning fills the whole place",
        "extraction fans & air purifiers, small studios",
    ),
    # bike repair shops, utrecht: frames & staff
    (
        "frame repair",
        "aluminium frame dented, is it safe to ride?",
        "frame inspection & repair, carbon & alu, ultrasound check",
    ),
    (
        "mechanic recruitment",
        "need a mechanic who speaks dutch & english",
        "job board for bike mechanics, benelux",
    ),
    # funeral directors, dublin: burial
    (
        "mortuary refrigeration",
        "cold room alarm went off at 3am",
        "24h refrigeration repair, commercial & mortuary",
    ),
    (
        "natural burial",
        "family wants a natural burial, where do we even go",
        "natural burial ground, woodland plots, co. wicklow",
    ),
    # boatyards & marinas, auckland: engines & covers
    (
        "outboard servicing",
        "2 stroke smoking heaps",
        "outboard repairs, 2 & 4 stroke, parts in stock",
    ),
    (
        "canvas work",
        "want clears for the cockpit before winter",
        "canvas & clears maker, made to measure",
    ),
    # opticians, krakow: clinic
    (
        "ophthalmic equipment repair",
        "slit lamp bulb & focus issues",
        "repair of slit lamps, phoropters, autorefractors",
    ),
    (
        "low vision aids",
        "customer with macular degeneration, nothing we have helps",
        "low vision specialist, assessments & magnification aids",
    ),
    # print shops, nairobi: extras
    (
        "generator repair",
        "gen running rough, smoking black",
        "generator mechanic, servicing & overhaul, callouts",
    ),
    (
        "screen printing",
        "need branded tote bags 300pcs",
        "screen printing on bags & tees, small runs",
    ),
]

# (what the person in need wrote, what the look-alike offers, why a careful host would not
# introduce them): shares words or a theme, but does not meet the need.
DECOYS: list[tuple[str, str, str]] = [
    (
        "vaccine fridge logs keep having gaps overnight",
        "fridge-freezer repairs for home kitchens",
        "the fridge works; they need logging, and for medical fridges",
    ),
    (
        "rowa robot jams on small boxes twice a week",
        "robot lawnmower sales & installs",
        "garden robots, not pharmacy automation",
    ),
    (
        "pharmacist on maternity leave, need cover 3 days/wk",
        "pharmacy students looking for summer placements",
        "students cannot stand in as the responsible pharmacist",
    ),
    (
        "shutter stuck halfway up, cant lock up at night",
        "camera shutter repairs, vintage film cameras",
        "camera shutters, not shop shutters",
    ),
    (
        "half the leds in our green cross are dead",
        "Red Cross first aid courses for workplaces",
        "a different cross; nothing to do with the sign",
    ),
    (
        "where do we send expired stock?",
        "clearance buyer - we buy your end-of-line stock",
        "expired medicines must be destroyed, not resold",
    ),
    (
        "half our customers are tourists, leaflets only in portuguese",
        "portuguese lessons for expats, evenings",
        "teaches the language, does not translate leaflets",
    ),
    (
        "window looks tired, sunscreen sales flat",
        "window cleaning, shops & offices",
        "clean glass is not a window display",
    ),
    (
        "contabilista retired, IVA returns due",
        "tax-free shopping refunds for tourists",
        "tourist VAT refunds, not the shop's own returns",
    ),
    (
        "autoclave failed its spore test again",
        "mould & spore remediation for homes",
        "household mould, not steriliser validation",
    ),
    (
        "coil machine buzzing weird and lost power",
        "coil springs for mattresses, wholesale",
        "springs, not tattoo machines",
    ),
    (
        "after a fine line artist for a guest spot",
        "fine art giclee prints, limited editions",
        "fine art prints, not tattooing",
    ),
    (
        "client wants an old piece lightened before a coverup",
        "laser cutting & engraving on acrylic",
        "laser for signs, not skin",
    ),
    (
        "BAS every quarter is a nightmare",
        "bass guitar lessons, beginners welcome",
        "music lessons, not tax",
    ),
    (
        "want our own branded aftercare balm",
        "ceramic coating & aftercare packages for cars",
        "car paint care, not skincare",
    ),
    (
        "studio gets stuffy in summer",
        "roof insulation batts, keeps the heat in",
        "would not ventilate; it keeps heat in",
    ),
    (
        "sharps bins piling up out back",
        "knife sharpening for kitchens & salons",
        "sharpening blades, not sharps disposal",
    ),
    (
        "need inks that pass the new pigment rules",
        "printer ink refills & cartridges",
        "printer ink, not tattoo pigment",
    ),
    (
        "customers keep bringing dead ebike batteries",
        "phone battery replacement while you wait",
        "phone batteries, not e-bike packs",
    ),
    (
        "bosch motor throwing error 503",
        "bosch dishwasher & washing machine repairs",
        "same brand, different product",
    ),
    (
        "cargo bikes breaking spokes constantly",
        "car wheel alignment & tyre fitting",
        "car wheels, not bike wheels",
    ),
    (
        "steel bakfiets frame cracked at the box mount",
        "bespoke picture framing",
        "picture frames",
    ),
    (
        "short 2 mechanics before the spring rush",
        "spring water delivery for offices",
        "spring water",
    ),
    (
        "basement full of abandoned bikes",
        "basement waterproofing & damp proofing",
        "fixes the basement, does not take the bikes",
    ),
    (
        "customer wants her old frame resprayed",
        "spray tan studio, walk-ins welcome",
        "spray tanning",
    ),
    (
        "want to offer theft insurance when we sell a bike",
        "security tags & gates for clothing stores",
        "stops shoplifting; no cover for the buyer's bike",
    ),
    (
        "our embalmer is off for 6 weeks",
        "taxidermy, birds & small mammals",
        "animals, not human embalming",
    ),
    (
        "hearse overheating on the long runs",
        "boiler & central heating engineer",
        "house heating, not an engine cooling fault",
    ),
    (
        "mortuary cold room compressor making a racket",
        "air compressor hire for building sites",
        "site compressors, not refrigeration",
    ),
    (
        "family wants a piper at the graveside",
        "plumber, burst pipes & leaks, 24h",
        "pipes, not bagpipes",
    ),
    (
        "first repatriation to poland, no idea about paperwork",
        "polish deli & groceries, dublin 15",
        "shares poland, nothing else",
    ),
    (
        "families abroad want to watch the mass online",
        "grow your twitch channel, streaming coaching",
        "gaming streams, not a discreet funeral webcast",
    ),
    (
        "families want letter tributes, supplier retired",
        "3D acrylic letters for shop signs",
        "shop signage letters, not flowers",
    ),
    (
        "memorial cards needed by tomorrow afternoon",
        "greeting card wholesaler, 6 week lead time",
        "far too slow and not memorial cards",
    ),
    (
        "families asking for wicker coffins",
        "wicker garden furniture, rattan sets",
        "furniture, not caskets",
    ),
    (
        "staff burnt out after a hard month",
        "paintball & team building days",
        "a fun day is not grief support",
    ),
    (
        "reposing room needs a deep clean",
        "deep tissue massage, mobile therapist",
        "massage, not cleaning",
    ),
    (
        "families asked about releasing doves",
        "pigeon control - spikes, nets & deterrents",
        "keeps birds away; the opposite",
    ),
    (
        "hull needs antifouling before summer",
        "anti-slip floor coatings for commercial kitchens",
        "floor coatings, not hulls",
    ),
    (
        "blisters all over the hull below the waterline",
        "blister packs & pill organisers for pharmacies",
        "medication packaging",
    ),
    (
        "wrapped a line round the prop",
        "theatre props hire",
        "stage props",
    ),
    (
        "insurer says our stays are 15yrs old",
        "bespoke corsetry, steel boned stays",
        "corset stays, not rigging",
    ),
    (
        "main tore along the leech",
        "sales training for retail teams",
        "sales, not sails",
    ),
    (
        "yamaha 90 wont idle",
        "yamaha piano & keyboard servicing",
        "same brand, pianos",
    ),
    (
        "house batteries flat every morning",
        "battery recycling drop-off point",
        "disposal; will not find the drain",
    ),
    (
        "need my yacht taken down to tauranga",
        "skip hire & rubbish removal",
        "skip, not skipper",
    ),
    (
        "insurer wants a survey before renewal",
        "customer satisfaction survey software",
        "questionnaires, not a marine survey",
    ),
    (
        "bimini is shredded",
        "secure document shredding",
        "shredding paper",
    ),
    (
        "bow rail bent after a bad berthing",
        "stair balustrades, glass & timber",
        "house railings",
    ),
    (
        "holding tank full, marina pumpout broken",
        "septic tank emptying, rural homes, truck access needed",
        "cannot reach a boat in a berth",
    ),
    (
        "edger started cutting lenses too big",
        "lawn edging & garden borders",
        "garden edging",
    ),
    (
        "titanium frame snapped at the bridge",
        "bike frame inspection & repair",
        "bicycle frames, not glasses",
    ),
    (
        "want to offer OCT scans",
        "industrial CT scanning of castings",
        "industrial x-ray, not eye scans",
    ),
    (
        "elderly customers asking for magnifiers",
        "hearing aids & audiology",
        "a different sense",
    ),
    (
        "tired of the same big brand frames",
        "uPVC door & window frames",
        "window frames",
    ),
    (
        "contact lens deliveries take 2 weeks",
        "camera lens rental, weekend deals",
        "camera lenses",
    ),
    (
        "parents asking for frames kids cant break",
        "unbreakable phone cases",
        "phone cases",
    ),
    (
        "website and forms only in polish",
        "car polishing & valeting",
        "polish as in shine",
    ),
    (
        "our lens cleaning machine died",
        "private ultrasound scans, pregnancy & sports",
        "medical ultrasound, not a cleaning bath",
    ),
    (
        "heidelberg GTO double feeding",
        "press relations, get featured in the media",
        "PR, not printing presses",
    ),
    (
        "roland printhead clogging",
        "drain unclogging, 24h callout",
        "drains",
    ),
    (
        "art card prices jumped again",
        "art classes for kids, saturdays",
        "art lessons, not paper",
    ),
    (
        "power cuts mid-run ruin jobs",
        "power washing, driveways & patios",
        "washing, not power supply",
    ),
    (
        "customers want to pay by mpesa",
        "thermal till rolls wholesale",
        "paper rolls, not mobile money",
    ),
    (
        "500 theses need perfect binding by friday",
        "bookbinding workshop, bind your own journal",
        "a hobby class, not 500 by friday",
    ),
    (
        "customers come with ideas but no artwork",
        "gallery selling original paintings",
        "wall art, not print files",
    ),
    (
        "clients want jobs delivered same day",
        "boda boda rider training & licensing",
        "trains riders, does not deliver",
    ),
    (
        "school asking for 800 tshirts printed",
        "3D printing, prototypes & models",
        "3D printing, not garments",
    ),
    (
        "toner for the konica always out of stock",
        "organic facial toner, wholesale",
        "skincare toner",
    ),
    (
        "our BP machines give different readings",
        "blood donation drive, volunteers needed",
        "shares blood, not calibration",
    ),
    (
        "new staff wrong answers about the flu vaccine",
        "dog & cat vaccination clinic",
        "animal vaccines, not staff training",
    ),
    (
        "payroll for 9 staff eats my sundays",
        "sunday market stall pitches available",
        "shares sunday only",
    ),
    (
        "AC in the dispensary dripping",
        "car air-con regas & repair",
        "car air-con",
    ),
    (
        "found mouse droppings in the stockroom",
        "wireless mouse & keyboard bundles",
        "computer mice",
    ),
    (
        "clients complaining about the chair",
        "chair hire for weddings & events",
        "folding event chairs",
    ),
    (
        "insurer dropped us",
        "recruitment agency for insurance jobs",
        "hires insurance staff, gives no cover",
    ),
    (
        "workshop too small, queue out the door",
        "bike maintenance workshops, learn to fix a puncture",
        "a class, not premises",
    ),
    (
        "businesses asking about lease bike schemes",
        "car lease deals, business & private",
        "cars",
    ),
    (
        "racers want a proper fit",
        "fitted kitchens, design & install",
        "kitchen fitting",
    ),
    (
        "car park full of potholes",
        "potholing & caving trips, co. clare",
        "caving",
    ),
    (
        "families want sandwiches & tea after the burial",
        "loose leaf tea importer, min order 50kg",
        "wholesale tea, not catering",
    ),
    (
        "travel lift hydraulics leaking",
        "travel agent, package holidays",
        "travel",
    ),
    (
        "teak deck caulking lifting",
        "teak garden furniture, outdoor sets",
        "garden furniture",
    ),
    (
        "volvo saildrive clunk in gear",
        "volvo car servicing, dealer approved",
        "cars, not marine drives",
    ),
    (
        "broken in twice, designer frames taken",
        "cracked phone screens fixed same day",
        "broken phones",
    ),
    (
        "customers asking for dry eye products",
        "dry cleaning & alterations",
        "dry cleaning",
    ),
    (
        "generator wont start after the outage",
        "lead generation for B2B companies",
        "sales leads",
    ),
    (
        "paper dust everywhere",
        "domestic dusting & housekeeping",
        "home cleaning, not extraction",
    ),
    (
        "cream we'd have to compound",
        "high-interest savings, compound interest",
        "finance",
    ),
    (
        "no-shows killing me",
        "trade show stand builders",
        "exhibition shows",
    ),
    (
        "battery pack swelling",
        "lymphatic drainage massage for swelling",
        "body swelling",
    ),
]
