"""The nineteenth hold-out set: written blind, by someone who never saw the matcher or its lexicon.

Drawn from seven events, mixed through the set: a hair, beauty and salon owners' meetup in Glasgow
(stylists, barbers, nail and lash techs, salon owners); a private landlords' and letting agents'
network in Leeds (small portfolio landlords, HMO owners, agents, surveyors, solicitors); a gaming
and esports founders' evening in Seoul, held in English (indie and mobile studios, tournament
organisers, publishers, investors); a wedding and events suppliers' mixer in Nashville (planners,
florists, photographers, bands, rental companies, couples' helpers); a breakfast of retired
professionals turned consultants in Sydney (ex-executives, engineers, accountants setting up on
their own); a fashion and textiles makers' market in Lagos, in English (designers, tailors, fabric
traders, adire artisans, small factories); and a university spin-out and biotech evening in Boston
(postdocs, founders, patent, grant and regulatory people, CROs and lab landlords).

Written as people really type: some name what they need, some describe their situation, some only
the problem. Measured blind, figures only: 82 of 163 pairs (50.3 %) and 18 decoys of 85 with the
lexicon and matcher as the rounds on the seventeenth and eighteenth sets began, 82 and 18 after
the first, 82 and 18 after the second. Then tuned on: 153 (93.9 %) and 2 decoys as that round
ended.
"""

from __future__ import annotations

NEVER_TUNED = False  # since tuned on: its misses are shown

# (concept, what the person in need wrote, what the person offering wrote):
# a careful host would introduce these two.
MATCHES: list[tuple[str, str, str]] = [
    # hair and beauty: training (glasgow)
    (
        "hair extensions training",
        "want to add tape ins and micro rings to my menu but never been trained, glasgow area",
        "accredited extensions courses - tapes, k-tips, wefts. 2 day course w/ model, certificate "
        "incl",
    ),
    (
        "hair extensions training",
        "clients keep asking for extensions n i keep turning them away",
        "i teach stylists hand-tied weft & nano ring application, small groups in the merchant "
        "city",
    ),
    (
        "hair extensions training",
        "is there a course for beaded row extensions anywhere in scotland?",
        "extensions educator 12yrs, run beaded weft trainings glasgow + edinburgh every month",
    ),
    # lash training
    (
        "lash extensions training",
        "want to learn russian volume, only do classic lashes atm",
        "lash trainer: classic, hybrid & volume courses, insurance-approved certs",
    ),
    (
        "lash extensions training",
        "my lash retention is rubbish, clients losing half of them in a week",
        "1:1 lash refresher / retention troubleshooting for lash techs, bring ur own model",
    ),
    (
        "lash extensions training",
        "want to add lash lifts and brow lam to my treatments",
        "lash lift & brow lamination training, 1 day, starter kit included, paisley",
    ),
    # salon bookings and no-shows
    (
        "salon online booking with deposits",
        "clients keep no-showing on saturdays, losing like 200 quid a week",
        "i set up online booking w/ card deposits & auto reminders for salons (fresha, timely, "
        "phorest)",
    ),
    (
        "salon online booking with deposits",
        "still taking bookings thru insta dms and its chaos",
        "phorest consultant - move salons off the paper diary onto online booking, client list "
        "migrated",
    ),
    (
        "salon online booking with deposits",
        "how do i make ppl pay a deposit without sounding rude",
        "booking software setup + no-show & cancellation policy wording for hair and beauty "
        "businesses",
    ),
    # renting chairs
    (
        "salon chair rental",
        "self employed stylist looking for a chair to rent southside",
        "2 stations to rent in shawlands salon, £150/wk, backwash + products incl",
    ),
    (
        "salon chair rental",
        "got 3 empty chairs since covid, want to rent them out",
        "experienced barber w/ own clientele, want to rent a chair west end or city centre",
    ),
    (
        "salon chair rental",
        "new to glasgow, nail tech, need somewhere to work from",
        "nail desk available to rent in busy city centre salon, weekly or day rate",
    ),
    # tax for stylists
    (
        "accounts for self-employed stylists",
        "never done a tax return, been self employed 8 months ngl panicking",
        "accountant for hair & beauty freelancers, self assessment from £180, glasgow",
    ),
    (
        "accounts for self-employed stylists",
        "does my chair rent count as expenses?? hmrc letter came",
        "hmrc self assessment for self-employed stylists & barbers, fixed fee, i'll sort ur "
        "expenses",
    ),
    (
        "accounts for self-employed stylists",
        "mobile hairdresser, no clue what i can claim for mileage",
        "bookkeeping & tax returns for mobile hairdressers + beauticians - mileage, kit, training "
        "costs",
    ),
    # salon insurance
    (
        "salon insurance",
        "need insurance that covers me doing balayage and lash lifts",
        "insurance broker for hair & beauty: public liability + treatment risk cover",
    ),
    (
        "salon insurance",
        "just qualified in waxing, the salon owner says i need my own cover",
        "beauty therapist liability & treatment insurance, specialist broker, quotes same day",
    ),
    # salon social media
    (
        "salon social media",
        "our instagram hasnt been posted on since august tbh",
        "content creator for salons - reels, before/afters, monthly packages from £300",
    ),
    (
        "salon social media",
        "new salon, nobody knows we exist, how do ppl get clients off tiktok",
        "i run social for hair & beauty brands in glasgow, tiktok + ig growth",
    ),
    (
        "salon social media",
        "need someone to film reels in the salon once a month",
        "salon videographer, monthly content days, transformations & team vids, glasgow",
    ),
    # salon fit-out
    (
        "salon fit-out",
        "taking on an old shop unit for a salon, needs backwashes plumbed in",
        "salon & barbershop fit-outs: plumbing for backwash units, electrics, flooring, lighting",
    ),
    (
        "salon fit-out",
        "how much does it cost to kit out a 4 chair barbers",
        "shopfitter specialising in barbershops & salons, free quotes across the central belt",
    ),
    # salon staff
    (
        "salon recruitment",
        "cant find a senior stylist anywhere, been advertising 3 months",
        "hair & beauty recruitment agency scotland - placing stylists, barbers, therapists",
    ),
    (
        "salon recruitment",
        "need a barber who can do skin fades for fri/sat",
        "barber, 6 yrs, fades & beard work, looking for weekend shifts",
    ),
    # landlords: tenants (leeds)
    (
        "tenant referencing",
        "how do i check a tenant isnt gonna stiff me, first time letting",
        "tenant referencing: credit, employer & previous landlord checks, 24hr turnaround",
    ),
    (
        "tenant referencing",
        "last tenant lied about his job, want proper checks this time",
        "referencing + right to rent checks for private landlords, from £25 per applicant",
    ),
    (
        "tenant referencing",
        "need right to rent checks done, no idea what docs to ask for",
        "i do referencing & right to rent compliance for landlords across west yorks",
    ),
    # arrears and possession
    (
        "rent arrears and eviction",
        "tenant stopped paying in march and wont answer the door",
        "landlord solicitor - section 8 notices, possession claims, arrears recovery",
    ),
    (
        "rent arrears and eviction",
        "do i serve a section 21 or section 8?? 4 months behind",
        "possession specialist, fixed fee notices & court hearings for private landlords, leeds",
    ),
    (
        "rent arrears and eviction",
        "tenant owes 3k and did a runner, can i get it back",
        "debt recovery for landlords: ccjs, tracing former tenants, no win no fee",
    ),
    # agents
    (
        "lettings agent",
        "need a lettings agent who actually answers the phone",
        "fully managed lettings ls6/ls4, 10% inc vat, 24/7 maintenance line",
    ),
    (
        "lettings agent",
        "moving to spain, need someone to look after my 2 flats in headingley",
        "independent letting agent, full management - repairs, rent collection, inspections",
    ),
    (
        "lettings agent",
        "tenant find only pls, ill manage it myself",
        "tenant-find service: viewings, referencing, contracts, deposit registration, one-off fee",
    ),
    # hmo
    (
        "hmo licensing",
        "converting a 5 bed to a student let, do i need a licence?",
        "hmo consultant: licence applications, fire safety layouts, room sizes, leeds & bradford",
    ),
    (
        "hmo licensing",
        "council says my hmo license app is incomplete",
        "i fix hmo licence applications and chase councils for landlords, 60+ approved",
    ),
    (
        "hmo licensing",
        "article 4 area, can i still rent to 6 students?",
        "planning & hmo licensing advice for landlords - article 4, C4 use class, lawful use certs",
    ),
    # damp
    (
        "damp and mould",
        "tenant sending pics of black mould in the bathroom, threatening to ring the council",
        "independent damp & timber surveyor, condensation vs rising damp reports, west yorkshire",
    ),
    (
        "damp and mould",
        "whats causing the wet walls in my back to back terrace",
        "damp specialist - diagnose and fix, PIV units, tanking, no hard sell",
    ),
    (
        "damp and mould",
        "council sent an improvement notice about damp in one of mine",
        "damp & mould remediation for landlords, works to satisfy council notices, awaabs law "
        "ready",
    ),
    # gas
    (
        "gas safety certificate",
        "gas cert runs out next week on 3 properties",
        "gas safe registered engineer, landlord CP12s £60, boiler servicing",
    ),
    (
        "gas safety certificate",
        "need a boiler service + cp12 before new tenants move in fri",
        "gas safe engineer covering leeds, landlord certs same week",
    ),
    (
        "gas safety certificate",
        "new tenant says the boiler smells funny and i cant find last years cert",
        "gas safe engineer, emergency callouts, landlord gas safety records & boiler checks",
    ),
    # epc
    (
        "epc assessment",
        "my epc is an E, heard the rules are changing, what do i do",
        "domestic energy assessor: EPCs + advice on getting to a C cheaply",
    ),
    (
        "epc assessment",
        "need an epc before i can put the flat on rightmove",
        "EPCs from £55, leeds/wakefield, usually within 48hrs",
    ),
    (
        "epc assessment",
        "letting agent says my epc expired and they cant list it",
        "accredited EPC assessor, rental properties, booked this week, cert lodged next day",
    ),
    # finance
    (
        "buy-to-let mortgage",
        "fix ends in june, rate about to jump on 2 btls",
        "whole of market mortgage broker, buy to let & ltd company remortgages",
    ),
    (
        "buy-to-let mortgage",
        "want to buy my 4th through a ltd co, who even lends on that?",
        "btl & SPV mortgage specialist, portfolio landlords welcome",
    ),
    (
        "buy-to-let mortgage",
        "inherited my mums house, want to let it but theres still a mortgage on it",
        "mortgage adviser - consent to let, switching residential to buy to let",
    ),
    # inventories
    (
        "inventory clerk",
        "lost a deposit dispute bc i had no check in report",
        "independent inventory clerk - check-ins, check-outs, photo reports, TDS-ready",
    ),
    (
        "inventory clerk",
        "need someone to do check outs end of june, 4 units",
        "inventories and check-out reports for landlords & agents, leeds",
    ),
    # landlord insurance
    (
        "landlord insurance",
        "what insurance covers me if the tenant just doesnt pay",
        "landlord insurance broker: buildings, contents, rent guarantee & legal expenses",
    ),
    (
        "landlord insurance",
        "my home insurer wont cover the flat now its let out",
        "specialist let property insurance, incl unoccupied & hmo cover",
    ),
    # gaming: community (seoul)
    (
        "game community management",
        "our discord is dead since launch",
        "community manager for indie games - discord events, moderation, dev updates. ex-riot",
    ),
    (
        "game community management",
        "need someone to run our discord + reddit, we're all devs lol",
        "freelance community mgr, discord/reddit/steam forums, english + korean",
    ),
    (
        "game community management",
        "toxic players in our server and the volunteer mods are burning out",
        "i build moderation teams & automod setups for game discords, 40+ servers",
    ),
    # localisation
    (
        "game localisation",
        "want our game in english, japanese n chinese for the steam launch",
        "game localization KR->EN/JP/zh-CN, in-context LQA, 8 yrs",
    ),
    (
        "game localisation",
        "western players say our english translation is cringe",
        "native EN localization editor for korean games, rewriting dialogue that reads "
        "machine-translated",
    ),
    (
        "game localisation",
        "how do we localize UI strings without breaking the layout",
        "loc engineering + LQA for unity/unreal, string pipelines, font fallback",
    ),
    # tournaments
    (
        "esports tournament production",
        "want to run the first esports tournament for our game",
        "tournament ops & broadcast production: brackets, casters, OBS, 200+ events run",
    ),
    (
        "esports tournament production",
        "need casters + an observer for a valorant cup in gangnam next month",
        "esports broadcast crew - casters, observers, replays, bilingual KR/EN",
    ),
    (
        "esports tournament production",
        "first LAN event at a pc bang, no idea how to organise it",
        "esports event organiser seoul, pc bang tournaments, prizing, referees, sponsors",
    ),
    # publishing
    (
        "game publishing deal",
        "looking for a publisher for our roguelike, demo done",
        "publishing scout at a mid-size publisher, funding + marketing for indie pc/console",
    ),
    (
        "game publishing deal",
        "mobile game w/ good retention but zero UA budget",
        "mobile game publisher - we fund UA & live-ops for games w/ D1 over 40%",
    ),
    # qa
    (
        "game qa and playtesting",
        "bugs everywhere in our build, launch is in 6 wks",
        "outsourced game QA team, functional & compat testing, pc/mobile/console",
    ),
    (
        "game qa and playtesting",
        "need real players to try our onboarding before early access",
        "playtest recruitment & sessions: we find ur target players, record + report",
    ),
    (
        "game qa and playtesting",
        "game crashes on half the android phones we tried",
        "device lab QA, 300+ android models, crash repro & compatibility reports",
    ),
    # cheating
    (
        "anti-cheat",
        "aimbots ruining our ranked mode",
        "anti-cheat SDK for multiplayer games, no kernel driver, server-side detection",
    ),
    (
        "anti-cheat",
        "hackers all over our leaderboards, how do other studios deal w it",
        "security engineer, built anti-cheat & server authority for 2 shipped shooters",
    ),
    # streamers
    (
        "streamer and influencer marketing",
        "want twitch streamers to play our demo during next fest",
        "influencer campaigns for games: streamers & youtubers, KR/JP/NA, pay per view",
    ),
    (
        "streamer and influencer marketing",
        "literally no one is watching our game on twitch or youtube",
        "creator marketing for indie games - we match you w/ mid-size streamers",
    ),
    (
        "streamer and influencer marketing",
        "japan launch, want vtubers to cover it",
        "vtuber & streamer partnerships in japan + korea for game launches",
    ),
    # servers
    (
        "game backend and servers",
        "our servers fall over every time we hit 5k CCU",
        "game backend & dedicated server hosting, autoscaling, matchmaking. ex-nexon",
    ),
    (
        "game backend and servers",
        "need matchmaking + dedicated servers for a 4v4, tiny team",
        "multiplayer backend consultant: photon, agones, playfab setups",
    ),
    (
        "game backend and servers",
        "aws bill for our game servers is insane and lag is still bad",
        "game server infra engineer, i cut hosting costs & latency for live games",
    ),
    # money
    (
        "fundraising for game studios",
        "raising a seed round for our studio, first time doing this",
        "partner at a games-focused VC, pre-seed to series A, investing across asia",
    ),
    (
        "fundraising for game studios",
        "pitch deck feedback?? investors keep ghosting us",
        "ex-VC, i help game founders fix decks & financial models before they raise",
    ),
    (
        "fundraising for game studios",
        "any angels here who invest in mobile games?",
        "angel investor, ex-netmarble producer, writing small cheques into mobile studios",
    ),
    # korea setup
    (
        "foreign founder company setup in korea",
        "foreign founder, how do i incorporate in korea",
        "korean corporate lawyer: incorporation for foreigners, D-8 visas, english spoken",
    ),
    (
        "foreign founder company setup in korea",
        "my visa runs out in 3 months, want to stay and keep running the studio",
        "immigration & startup visa help (D-8-4 / OASIS) for foreign founders in seoul",
    ),
    # weddings: flowers (nashville)
    (
        "wedding florist",
        "still need flowers for an october wedding, 12 tables",
        "wedding & event florist nashville, full service, centerpieces, arches",
    ),
    (
        "wedding florist",
        "bride wants a flower wall and i dont know anyone who does those",
        "floral installs: flower walls, hanging installations, ceremony arches",
    ),
    (
        "wedding florist",
        "doing DIY centerpieces, just need bouquets + boutonnieres",
        "bouquets & personal flowers a la carte, pickup in east nashville",
    ),
    # effects
    (
        "cold spark machines",
        "bride wants a sparkler exit, venue said no",
        "cold spark machines for weddings - indoor safe, no flame, venue approved",
    ),
    (
        "cold spark machines",
        "any indoor-safe alternative to sparklers for the first dance?",
        "SFX rentals: cold sparks, low fog for first dance, confetti cannons",
    ),
    # photos
    (
        "wedding photographer",
        "our photographer just cancelled, wedding is may 18",
        "wedding photographer, documentary style, still have a few may dates",
    ),
    (
        "wedding photographer",
        "couple wants film photos not digital",
        "35mm & medium format wedding photographer, film + digital hybrid",
    ),
    (
        "wedding photographer",
        "need someone to shoot a courthouse elopement next fri",
        "elopement & micro-wedding photography, 2hr coverage from $900",
    ),
    # music
    (
        "wedding band",
        "couple wants a live band for the reception not a dj",
        "6-piece wedding band, country/soul/pop, ceremony + reception sets",
    ),
    (
        "wedding band",
        "need someone to play guitar and sing while she walks down the aisle",
        "acoustic singer-songwriter for ceremonies & cocktail hour",
    ),
    # officiant
    (
        "wedding officiant",
        "friend was gonna marry us but cant get ordained in time",
        "ordained officiant, any faith or none, custom ceremonies across middle TN",
    ),
    (
        "wedding officiant",
        "do we need an officiant if its a tiny backyard wedding in tn",
        "licensed wedding officiant, i help w the license paperwork + short ceremonies",
    ),
    # tents
    (
        "tent rental",
        "outdoor reception, need cover in case it rains, 150 guests",
        "tent & marquee rentals: sailcloth, frame tents, sidewalls, lighting",
    ),
    (
        "tent rental",
        "farm venue has no indoor space at all",
        "event rentals - tents, flooring, tables, heaters, generators, delivered & set up",
    ),
    # cake
    (
        "wedding cake",
        "need a 3 tier cake, one tier gluten free",
        "custom wedding cakes, gluten free & vegan tiers, tastings saturdays",
    ),
    (
        "wedding cake",
        "couple wants a dessert table instead of one big cake",
        "cake & dessert bar baker - mini cakes, macarons, cookies, weddings only",
    ),
    # coordination
    (
        "day-of wedding coordinator",
        "bride planned everything herself but needs someone to run the actual day",
        "day-of wedding coordinator: timeline, vendor wrangling, run of show, $1200",
    ),
    (
        "day-of wedding coordinator",
        "mom is gonna end up running the whole wedding if nobody else does",
        "month-of coordination so the family can actually enjoy the wedding",
    ),
    (
        "day-of wedding coordinator",
        "venue coordinator only handles the building, who runs the timeline??",
        "wedding day coordinator, i run the schedule & cue every vendor so you dont have to",
    ),
    # insurance
    (
        "event liability insurance",
        "venue wants a $1M liability certificate from us by friday",
        "special event insurance for couples & vendors, COIs issued same day",
    ),
    (
        "event liability insurance",
        "just started my photo booth biz, venues keep asking for a COI",
        "insurance for wedding vendors: general liability, equipment, venue certificates",
    ),
    # bridal beauty
    (
        "bridal hair and makeup",
        "need hair + makeup for the bride and 6 bridesmaids on site",
        "on-site bridal hair & makeup team, airbrush, trials included",
    ),
    (
        "bridal hair and makeup",
        "bride has 4c hair and the salon near the venue doesnt do textured",
        "bridal stylist specialising in natural & textured hair, travels to venue",
    ),
    # transport
    (
        "wedding guest transport",
        "need a shuttle to get guests from the hotel to the barn and back",
        "guest shuttles & vintage cars for weddings, nashville & franklin",
    ),
    (
        "wedding guest transport",
        "groom wants a classic car for the getaway",
        "vintage getaway cars w/ driver - 57 chevy, 65 mustang convertible",
    ),
    # retired consultants: boards (sydney)
    (
        "non-executive board roles",
        "retired cfo, want a board seat or two, how does one even start",
        "board search & NED coaching, placing retired execs on NFP and SME boards",
    ),
    (
        "non-executive board roles",
        "looking for an experienced chair for our community housing board",
        "former bank exec, AICD graduate, seeking board roles in housing or health",
    ),
    # websites
    (
        "website for a consulting practice",
        "need a simple website so ppl stop asking for my cv",
        "one-page websites for consultants & sole traders, $900, done in a week",
    ),
    (
        "website for a consulting practice",
        "my son built my site in 2015 and it looks it",
        "web designer for independent consultants, squarespace/wordpress, sydney",
    ),
    # pi cover
    (
        "professional indemnity insurance",
        "client contract says i need PI cover before i start",
        "insurance broker: professional indemnity & public liability for consultants",
    ),
    (
        "professional indemnity insurance",
        "do i need insurance as a retired engineer doing a bit of advisory work",
        "PI cover for engineers & technical advisors, part-time and semi-retired welcome",
    ),
    # tax
    (
        "tax and abn setup for new consultants",
        "first invoice next month, dont even have an ABN yet",
        "accountant for new sole traders - ABN, GST registration, BAS, tax returns",
    ),
    (
        "tax and abn setup for new consultants",
        "consulting income on top of my super pension, how does tax work now",
        "tax agent for semi-retired consultants: super, consulting income, BAS",
    ),
    # linkedin
    (
        "linkedin profile",
        "my linkedin still says retired and nothing else",
        "linkedin profile rewrites for senior execs moving into consulting",
    ),
    (
        "linkedin profile",
        "nobody finds me online, all my work is word of mouth",
        "personal branding & linkedin for independent consultants 55+",
    ),
    # financial planning
    (
        "retirement financial planning",
        "not sure if consulting income messes up my pension",
        "financial planner: transition to retirement, super & age pension, SMSF",
    ),
    (
        "retirement financial planning",
        "want to put consulting earnings into super, what are the caps",
        "licensed financial adviser, super contribution strategies for 60+",
    ),
    # pricing
    (
        "pricing consulting services",
        "no idea what to charge, did my first job at mates rates",
        "coach for new consultants: day rates, proposals, value pricing",
    ),
    (
        "pricing consulting services",
        "clients keep negotiating my rate down",
        "i help ex-corporate consultants price & write proposals that dont get haggled",
    ),
    # speaking
    (
        "public speaking",
        "asked to keynote a conference and havent presented in years",
        "speaking coach, ex-ABC broadcaster, keynote & panel prep",
    ),
    (
        "public speaking",
        "want to get paid speaking gigs, where do i start",
        "speaker bureau - we represent experts for conferences & corporate events",
    ),
    # mentoring
    (
        "mentoring startups",
        "retired, would love to mentor founders a couple hrs a week",
        "sydney accelerator, looking for volunteer mentors w/ ops or finance background",
    ),
    (
        "mentoring startups",
        "30 yrs in logistics, happy to give back to young businesses",
        "startup program needs mentors for supply chain & logistics founders, 2 hrs/month",
    ),
    # fashion: patterns (lagos)
    (
        "pattern making and grading",
        "need someone to grade my patterns from size 8 to 18",
        "pattern cutter & grader, digital patterns, womenswear, yaba",
    ),
    (
        "pattern making and grading",
        "my tailor cant make the same dress twice, sizes always off",
        "i make production patterns + size sets so every tailor cuts the same",
    ),
    # fabric
    (
        "fabric sourcing",
        "where do i buy aso oke in bulk for a 50 piece run",
        "aso oke & ankara wholesale, direct from weavers in iseyin, bulk discount",
    ),
    (
        "fabric sourcing",
        "need good cotton lining wholesale, balogun prices keep changing",
        "textile supplier: linings, cotton, lace, wholesale rolls, lagos island",
    ),
    (
        "fabric sourcing",
        "sourcing lace for bridal collection, quality keeps varying",
        "swiss & french lace importer, consistent batches, samples before bulk",
    ),
    # production
    (
        "garment manufacturing",
        "orders are more than i can sew alone now",
        "small batch garment factory ikeja, CMT from 30 pcs, quality control",
    ),
    (
        "garment manufacturing",
        "got a retail order for 300 shirts and only have 2 tailors",
        "clothing production unit, 40 machines, bulk orders & export quality",
    ),
    (
        "garment manufacturing",
        "want to produce my first collection but dont own a workshop",
        "we produce for emerging designers - sampling, bulk sewing, finishing, packaging",
    ),
    # shipping
    (
        "export shipping for fashion",
        "customers in london and houston want to order, how do i ship",
        "cargo & courier for fashion brands lagos to UK/US, door to door, weekly",
    ),
    (
        "export shipping for fashion",
        "customs held my parcel to the uk for 3 weeks",
        "export docs & freight forwarding for SMEs, NXP forms, customs clearance",
    ),
    # photos
    (
        "fashion photography",
        "need lookbook photos for new collection, models too",
        "fashion photographer, lookbooks & campaigns, studio in lekki, can source models",
    ),
    (
        "fashion photography",
        "my product pics on instagram look cheap",
        "ecommerce photography for clothing brands: flat lay, ghost mannequin, on-model",
    ),
    # web store
    (
        "online store with payments",
        "selling only on whatsapp, want a proper website w payments",
        "shopify & paystack store setup for fashion brands, naira + dollar checkout",
    ),
    (
        "online store with payments",
        "cant take payment from customers abroad",
        "ecommerce dev: stores w/ flutterwave/paystack + international card payments",
    ),
    # embroidery
    (
        "machine embroidery",
        "want my logo embroidered on 200 caps",
        "computerised embroidery - logos, caps, agbada designs, fast turnaround",
    ),
    (
        "machine embroidery",
        "agbada orders need embroidery, my guy is too slow",
        "embroidery studio w/ 6-head machines, agbada & kaftan embroidery",
    ),
    # trademark
    (
        "trademark registration",
        "someone in abuja is using my brand name",
        "IP lawyer, trademark registration & opposition, nigeria + ecowas",
    ),
    (
        "trademark registration",
        "how do i register my label name before i launch",
        "trademark filing for fashion brands, availability search + registration, lagos",
    ),
    # dyeing
    (
        "adire and fabric dyeing",
        "want custom adire for my collection in my own colours",
        "adire artisan abeokuta, custom tie-dye & batik for designers, small or large runs",
    ),
    (
        "adire and fabric dyeing",
        "need 100 yards indigo dyed fabric by next month",
        "textile dye house, indigo & reactive dyes, custom colours by the yard",
    ),
    # machine repair
    (
        "sewing machine repair",
        "two of my industrial machines keep skipping stitches",
        "industrial sewing machine repair & servicing - juki, brother, on-site",
    ),
    (
        "sewing machine repair",
        "overlocker broke in the middle of an order, need it fixed today",
        "sewing machine technician yaba, same day repairs, parts in stock",
    ),
    # biotech: ip (boston)
    (
        "patent attorney",
        "need to file a provisional before we present at a conference",
        "patent agent, PhD molecular bio, provisionals & PCT filings for startups",
    ),
    (
        "patent attorney",
        "our university owns the patent, do we need our own counsel?",
        "biotech IP attorney: freedom to operate, in-licensing from universities, patent strategy",
    ),
    (
        "patent attorney",
        "postdoc, pretty sure my assay is patentable, what now",
        "patent lawyer for academic inventors & spinouts, invention disclosures to filings",
    ),
    # grants
    (
        "sbir grant writing",
        "want to apply for an NIH SBIR, never written one",
        "SBIR/STTR grant writer, NIH & NSF, 30+ funded phase I",
    ),
    (
        "sbir grant writing",
        "phase I got triaged, reviewers said aims are unclear",
        "grant consultant - i rewrite specific aims & resubmissions for NIH SBIR",
    ),
    # lab space
    (
        "wet lab space",
        "spinning out in the fall, need bench space asap",
        "shared wet lab in kendall sq, benches by the month, BSL-2",
    ),
    (
        "wet lab space",
        "leaving my PI's lab and nowhere to run experiments",
        "incubator w/ wet labs & shared equipment for early-stage biotech, cambridge",
    ),
    (
        "wet lab space",
        "do any incubators have a tissue culture room for rent",
        "lab coworking in somerville: TC hoods, -80s, incubators, monthly membership",
    ),
    # regulatory
    (
        "fda regulatory strategy",
        "is our device a 510k or de novo?? no clue",
        "regulatory consultant, ex-FDA, 510(k), de novo & pre-sub meetings",
    ),
    (
        "fda regulatory strategy",
        "planning an IND next year, who helps with the pre-IND meeting",
        "regulatory affairs for small biotechs: pre-IND, IND, CMC sections",
    ),
    (
        "fda regulatory strategy",
        "fda sent us questions on our pre-sub and we dont know how to answer",
        "former FDA reviewer, help startups respond to FDA feedback & plan submissions",
    ),
    # cro
    (
        "preclinical cro",
        "need mouse efficacy studies run, we dont have a vivarium",
        "preclinical CRO, in vivo pharmacology, oncology & inflammation models",
    ),
    (
        "preclinical cro",
        "need GLP tox done before our IND",
        "contract research org: GLP toxicology, PK, bioanalysis",
    ),
    # licensing
    (
        "university license negotiation",
        "negotiating our license with the TTO and the terms look awful",
        "former tech transfer officer, i advise founders on university license terms",
    ),
    (
        "university license negotiation",
        "what royalty rate is normal for an exclusive university license",
        "startup counsel for MIT/harvard spinouts, license negotiation, equity & royalties",
    ),
    # finance
    (
        "fractional cfo",
        "board wants a financial model and burn forecast by next meeting",
        "fractional CFO for biotech startups - models, budgets, series A prep",
    ),
    (
        "fractional cfo",
        "grants, SAFEs and a seed round and the books are a mess",
        "biotech finance & accounting: grant accounting, cap table, part-time CFO",
    ),
    # hiring
    (
        "biotech recruiting",
        "need our first 3 scientists, protein engineering",
        "life sciences recruiter boston, scientists & lab managers for startups",
    ),
    (
        "biotech recruiting",
        "cant compete w big pharma salaries for a head of CMC",
        "exec search for seed/series A biotech, CMC, clinical, regulatory leaders",
    ),
]

# (need, offer, why a careful host would NOT introduce them): they share words or look alike.
DECOYS: list[tuple[str, str, str]] = [
    (
        "need a new set of extensions, mine are growing out",
        "house extensions & loft conversions, leeds & harrogate",
        "building extensions, not hair extensions",
    ),
    (
        "want to learn how to do lashes properly",
        "lash glue, tweezers & trays wholesale, next day delivery",
        "sells supplies, does not teach",
    ),
    (
        "need a chair to rent for my clients 2 days a week",
        "chair & table hire for weddings and parties",
        "party furniture hire, not a salon station",
    ),
    (
        "hair extensions for my daughters prom",
        "hair extensions training course, 2 days, certificate",
        "trains stylists; she wants the service done",
    ),
    (
        "want to add extensions training to my cv",
        "visa extensions & immigration advice, glasgow",
        "visa extensions, not hair",
    ),
    (
        "where can i get trained on tape ins",
        "packaging tape, bubble wrap & boxes wholesale",
        "packing tape, not tape-in extensions",
    ),
    (
        "my lash retention is awful",
        "customer retention emails & loyalty programs for ecommerce",
        "customer retention marketing, not lash adhesion",
    ),
    (
        "clients no-showing, want them to pay a deposit",
        "tenancy deposit protection, register deposits in minutes",
        "rental deposits, not booking deposits",
    ),
    (
        "need content for the salon instagram",
        "aspiring influencer, looking for brands to gift me products",
        "wants freebies; offers no content service",
    ),
    (
        "need backwashes plumbed into the new salon",
        "plumbing supplies trade counter, pipes & fittings",
        "sells parts, does not do the plumbing",
    ),
    (
        "looking for a senior stylist for the salon",
        "personal stylist & wardrobe edits for busy professionals",
        "fashion stylist, not a hairdresser",
    ),
    (
        "tenant stopped paying rent 3 months ago",
        "tenant looking for a 2 bed in headingley, can pay 6 months upfront",
        "a would-be tenant, not help with arrears",
    ),
    (
        "need a lettings agent for 2 flats",
        "estate agent, sales only, free valuations",
        "sells houses, does not manage lets",
    ),
    (
        "need a lettings agent asap",
        "letting go: grief & life transitions coach",
        "letting go emotionally, not letting property",
    ),
    (
        "black mould all over the tenants bathroom",
        "mould making & resin casting workshops",
        "casting moulds, not damp",
    ),
    (
        "rising damp in a terrace, need it diagnosed",
        "damp-proof membrane supplier to builders merchants",
        "wholesales materials, no diagnosis or work",
    ),
    (
        "gas certs due on 3 houses",
        "gas & electric price comparison, switch and save",
        "energy tariffs, not safety certificates",
    ),
    (
        "need an epc for a flat im letting",
        "EPC contractor: engineering, procurement & construction for solar farms",
        "EPC means a construction contract here",
    ),
    (
        "my flats are E rated, need an assessor",
        "landlord w/ E rated flats too, anyone know an assessor?",
        "same need, not an assessor",
    ),
    (
        "need tenant referencing done",
        "cv writing & job references for graduates",
        "job references, not tenant checks",
    ),
    (
        "tenant wont leave, need to serve section 21",
        "tenants union: i help renters fight section 21 evictions",
        "works for the other side",
    ),
    (
        "need help with an hmo licence",
        "HMO health plan broker, US medicare & employer plans",
        "american health plans, not houses in multiple occupation",
    ),
    (
        "need an inventory clerk for check outs",
        "inventory management software for retail shops",
        "stock software, not property check-out reports",
    ),
    (
        "btl fix ending, need to remortgage 2 properties",
        "mortgage broker, first time buyers & residential only",
        "does not do buy-to-let",
    ),
    (
        "what insurance covers unpaid rent",
        "car & van insurance comparison, cheapest quotes",
        "motor insurance, not landlord cover",
    ),
    (
        "need a check in report done before the tenant moves in",
        "hotel self check-in kiosks & software",
        "hotel check-in tech, not an inventory report",
    ),
    (
        "our discord server is dead, nobody talks",
        "dedicated minecraft & rust server hosting, ddos protected",
        "game hosting, not community building",
    ),
    (
        "discord mods burning out",
        "car mods & tuning, remaps, exhausts",
        "car modifications, not moderators",
    ),
    (
        "need our game localized to japanese",
        "japanese lessons for beginners, gangnam",
        "teaches the language, does not translate games",
    ),
    (
        "localise UI strings for steam",
        "local SEO for restaurants & cafes",
        "local search marketing, not localisation",
    ),
    (
        "how do we localize UI strings",
        "string quartet for ceremonies & cocktail hour",
        "musical strings, not text strings",
    ),
    (
        "need casters for our valorant tournament",
        "casting director for tv commercials & extras",
        "acting casting, not esports commentators",
    ),
    (
        "looking for a publisher for our roguelike",
        "literary publisher seeking debut novels & memoirs",
        "books, not games",
    ),
    (
        "looking for a publisher for our game",
        "indie dev also looking for a publisher, lets swap contacts",
        "has the same need, not a publisher",
    ),
    (
        "bugs all over our build before launch",
        "pest control - bed bugs, cockroaches, same day",
        "insects, not software bugs",
    ),
    (
        "need a QA team before launch",
        "quality assurance for food factories, HACCP audits",
        "food safety audits, not game testing",
    ),
    (
        "need people to playtest our onboarding",
        "play therapist for children & families",
        "child therapy, not game testing",
    ),
    (
        "cheaters ruining ranked",
        "private investigator, catching cheating partners",
        "relationship cheating, not game cheats",
    ),
    (
        "want streamers to play our demo",
        "party decorations: balloons, streamers, banners",
        "paper streamers, not twitch streamers",
    ),
    (
        "servers fall over at 5k CCU",
        "event staffing: servers, bartenders & bussers for weddings",
        "waiting staff, not game servers",
    ),
    (
        "raising a seed round for the studio",
        "seed & bulb wholesale for garden centres",
        "plant seeds, not seed funding",
    ),
    (
        "pitch deck feedback before we raise",
        "baseball pitching coach, youth & college",
        "sports pitching, not investor pitches",
    ),
    (
        "foreign founder, visa ends soon",
        "tourist visa agency, holiday visas for japan & europe",
        "travel visas, not startup or residence visas",
    ),
    (
        "bride wants a sparkler exit",
        "sparkling wine importer, prosecco & cava by the case",
        "sparkling wine, not sparklers",
    ),
    (
        "need cold sparks for the first dance",
        "spark plugs & auto electrics, mobile mechanic",
        "car sparks, not stage effects",
    ),
    (
        "still need flowers for the wedding",
        "flour & baking supplies wholesale",
        "flour, not flowers",
    ),
    (
        "bride wants a flower wall",
        "drywall install & repair, nashville",
        "building walls, not floral installs",
    ),
    (
        "photographer cancelled, wedding is in 3 weeks",
        "photo student wanting to second-shoot a wedding for free, no experience",
        "needs experience; cannot replace a lead photographer",
    ),
    (
        "couple wants film photos",
        "film production crew for music videos",
        "video production, not film photography",
    ),
    (
        "need a live band for the reception",
        "resistance band & pilates classes",
        "exercise bands, not music",
    ),
    (
        "need someone to play guitar at the ceremony",
        "guitar lessons for kids & beginners",
        "teaches guitar, does not perform at weddings",
    ),
    (
        "we still need an officiant",
        "officiating referees for youth soccer leagues",
        "sports officials, not wedding officiants",
    ),
    (
        "need a tent for a 150 guest reception",
        "camping tents & outdoor gear store",
        "sells camping tents, not event tent hire",
    ),
    (
        "need a 3 tier wedding cake",
        "cake decorating classes for beginners",
        "teaches decorating, does not make the cake",
    ),
    (
        "need a day-of coordinator",
        "wedding planner hiring assistants for the summer",
        "is hiring, not offering coordination",
    ),
    (
        "hair + makeup for bride and bridesmaids",
        "makeup products wholesale, palettes & setting sprays",
        "sells products, does not do makeup",
    ),
    (
        "vintage car for the getaway",
        "vintage clothing store, 70s & 80s denim",
        "vintage clothes, not cars",
    ),
    (
        "retired cfo, want a board seat",
        "surfboard shaping & ding repairs, manly",
        "surfboards, not company boards",
    ),
    (
        "looking for a chair for our board",
        "chair yoga for seniors, mondays at the rsl",
        "chair yoga, not a board chair",
    ),
    (
        "client says i need PI cover",
        "licensed private investigator (PI), NSW",
        "PI means investigator here, not indemnity",
    ),
    (
        "first invoice next month, need an ABN",
        "invoice factoring for businesses turning over $1M+",
        "business finance for large firms, not sole trader setup",
    ),
    (
        "my linkedin just says retired",
        "retirement village sales, independent living units",
        "retirement housing, not profile writing",
    ),
    (
        "want to put consulting earnings into super",
        "super 8 & vhs transfers to digital",
        "super 8 film, not superannuation",
    ),
    (
        "asked to keynote, havent presented in years",
        "speaker & PA system hire for events",
        "sound equipment, not speaking coaching",
    ),
    (
        "want to get paid speaking gigs",
        "speech therapist for children",
        "speech therapy, not public speaking",
    ),
    (
        "need my patterns graded 8 to 18",
        "exam grading & marking service for schools",
        "exam marking, not pattern grading",
    ),
    (
        "need fabric sourcing for 50 pieces",
        "fabric softener & detergent distributor",
        "laundry products, not textiles",
    ),
    (
        "need production help, 300 shirts",
        "film & music production company, lagos",
        "media production, not garment production",
    ),
    (
        "how do i ship to customers in london",
        "shipping container homes & conversions",
        "container buildings, not shipping parcels",
    ),
    (
        "need lookbook photos",
        "photo printing & framing, passport photos",
        "prints photos, does not shoot a lookbook",
    ),
    (
        "want my logo embroidered on caps",
        "logo design & brand identity packages",
        "designs logos, does not embroider",
    ),
    (
        "someone is using my brand name",
        "brand ambassador looking for fashion labels to promote",
        "a promoter, not legal help",
    ),
    (
        "need an IP lawyer asap",
        "IP cameras & cctv installation",
        "IP cameras, not intellectual property",
    ),
    (
        "want custom adire dyed in my colours",
        "hair dye & colour products wholesale",
        "hair dye, not textile dyeing",
    ),
    (
        "industrial machine skipping stitches, need repair",
        "sewing machines for sale, new & used, juki",
        "sells machines, does not repair them",
    ),
    (
        "need a patent attorney for a provisional",
        "patent leather shoes & bags, handmade",
        "patent leather, not patents",
    ),
    (
        "want to apply for an SBIR grant",
        "college scholarship essay coaching",
        "student scholarships, not research grants",
    ),
    (
        "need bench space asap",
        "custom benches & workbenches, hardwood joinery",
        "furniture, not lab space",
    ),
    (
        "need lab space for our spinout",
        "labradoodle breeder, puppies available in june",
        "dogs, not laboratories",
    ),
    (
        "need help w our 510k submission",
        "medical device sales rep looking for new products to carry",
        "wants products to sell; no regulatory help",
    ),
    (
        "need mouse studies run",
        "pest control: mice & rat removal",
        "removes mice, does not run studies",
    ),
    (
        "need GLP tox before our IND",
        "botox & fillers clinic, back bay",
        "cosmetic botox, not toxicology",
    ),
    (
        "negotiating our university license",
        "driving lessons & license test prep",
        "driving licence, not technology licensing",
    ),
    (
        "need a fractional cfo",
        "fractional ownership of holiday homes",
        "shared property, not finance help",
    ),
    (
        "need to recruit our first scientists",
        "clinical trial recruitment: we find patients for studies",
        "recruits patients, not staff",
    ),
]
