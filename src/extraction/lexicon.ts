// General English word lists the rule-based extractor leans on: titles, role nouns, speech verbs,
// organisation and place words, common given names. Nothing here is taken from a particular article;
// lists are lower-case and looked up with `has(word.toLowerCase())`.

/** Every list as written, by name, before deduplication: the lexicon test reads these. */
export const RAW_LISTS = new Map<string, readonly string[]>();

function list(name: string, words: string): readonly string[] {
  const raw = words.split(/\s+/).filter(Boolean);
  RAW_LISTS.set(name, raw);
  return raw;
}

function set(name: string, words: string): ReadonlySet<string> {
  return new Set(list(name, words));
}

/** "a:b c:d" pairs as a map (registered under `name` by their keys). */
function pairs(name: string, words: string): ReadonlyMap<string, string> {
  const entries = words.split(/\s+/).filter(Boolean).map((pair) => pair.split(":") as [string, string]);
  RAW_LISTS.set(name, entries.map(([key]) => key));
  return new Map(entries);
}

// (Written once here: the titles of several people are titles too, in TITLE_WORDS below.)
const PLURAL_TITLE_WORDS = `
  senators sens sens. representatives reps reps. congressmen congresswomen governors mayors
  councilmembers drs drs. messrs messrs. sgts sgts. officers deputies troopers detectives agents
  judges justices ambassadors generals admirals colonels captains lieutenants sergeants doctors
  professors ministers secretaries presidents
  `;

/**
 * Round 10: titles of several people at once ("Sens. Roe and Doe", "Reps. Roe, Doe and Poe"): every
 * surname coordinated after one is titled.
 */
export const PLURAL_TITLES = set("PLURAL_TITLES", PLURAL_TITLE_WORDS);

/** Titles written before a name ("Foreign Minister Sergei Lavrov", "Professor Eastman"). */
export const TITLE_WORDS = set("TITLE_WORDS", `
  president vice-president president-elect premier chancellor minister secretary senator sen sen.
  representative rep rep. congressman congresswoman governor gov gov. mayor councillor councilman
  councilwoman king queen prince princess emperor empress pope ayatollah sheikh sultan emir
  chairman chairwoman chair director director-general secretary-general commissioner ambassador envoy
  general gen gen. colonel col col. major maj maj. captain capt capt. lieutenant lt lt. sergeant sgt
  sgt. admiral adm adm. commander corporal private marshal brigadier judge justice attorney prosecutor
  spokesman spokeswoman spokesperson professor prof prof. dr dr. doctor mr mr. mrs mrs. ms ms. miss
  mx sir dame lord lady baroness baron earl duke duchess rev rev. reverend father sister brother bishop
  archbishop cardinal rabbi imam pastor chief deputy assistant associate principal vice under acting
  interim executive head leader speaker officer detective inspector superintendent constable sheriff
  coach ceo cfo coo founder provost rector treasurer comptroller
  administrator undersecretary solicitor barrister lawyer researcher economist analyst official
  pvt pvt. pfc pfc. spc spc. cpl cpl. sfc sfc. ssg ssg. cmdr cmdr. cdr cdr. brig brig. ens ens.
  warrant airman seaman specialist charge honorable honourable
  patrolman patrolwoman councilmember magistrate consul sra lcpl gysgt cpo ranking member
  counsel
  ${PLURAL_TITLE_WORDS}`);

/** Courtesy titles that stay part of a surname-only alias ("Ms Bauchtman", "Professor Eastman"). */
export const COURTESY_TITLES = set("COURTESY_TITLES", `
  mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame lord lady rev rev. reverend
  `);

/** Titles and family nouns that say a person is a man ("Mr", "king", "husband"): a pronoun hint. */
export const MALE_TITLES = set("MALE_TITLES", `mr mr. sir lord king prince emperor father brother baron earl duke
  congressman councilman chairman spokesman businessman sultan emir sheikh husband son widower uncle
  nephew grandfather grandson boyfriend fiancé stepfather stepson`);
/** Titles and family nouns that say a person is a woman ("Mrs", "queen", "wife"): a pronoun hint. */
export const FEMALE_TITLES = set("FEMALE_TITLES", `mrs mrs. ms ms. miss dame lady queen princess empress sister
  baroness duchess congresswoman councilwoman chairwoman spokeswoman businesswoman actress wife
  daughter mother widow aunt niece grandmother granddaughter girlfriend fiancée stepmother
  stepdaughter`);

/** Family nouns written right before a name ("his wife Jane Roe", "her brother Tom"). */
export const KINSHIP_NOUNS = set("KINSHIP_NOUNS", `
  wife husband son daughter mother father brother sister widow widower uncle aunt nephew niece
  cousin grandfather grandmother grandson granddaughter boyfriend girlfriend fiancé fiancée partner
  stepfather stepmother stepson stepdaughter child children parents
  `);

/** Role nouns an organisation can hold too ("Acme is a leader in ...", "a member of the alliance"):
 * no evidence of a person after "is a". */
export const ORG_ROLE_NOUNS = set("ORG_ROLE_NOUNS", `
  leader member partner owner host head founder investor employer publisher producer developer
  trader broker consultant specialist chair
  `);

/** Lower-case role nouns that introduce a name ("official James Jeffrey", "researcher Mu Li") or
 * make an appositive ("Kitty McKinsey, a spokesman for ..."). */
export const ROLE_NOUNS = set("ROLE_NOUNS", `
  liaison liaisons
  elder rancher grower logger investigator archivist librarian advocate planner forester
  forecaster educator contractor builder shopkeeper vendor merchant chairperson
  official officials spokesman spokeswoman spokesperson researcher scientist expert analyst economist
  serviceman servicewoman guardsman guardswoman crewman
  professor lecturer director chairman chairwoman chair president minister secretary senator governor
  mayor leader lawmaker legislator politician diplomat ambassador envoy adviser advisor aide
  counsellor counselor lawyer attorney prosecutor judge author writer journalist reporter
  correspondent editor columnist activist campaigner founder co-founder executive manager chief ceo
  head member candidate commander general officer colonel captain soldier doctor physician surgeon
  nurse teacher student resident witness victim suspect coach player actor actress singer artist
  musician owner partner president-elect premier chancellor deputy assistant representative
  commissioner inspector detective sheriff negotiator organiser organizer coordinator
  administrator specialist historian physicist chemist biologist engineer architect farmer
  businessman businesswoman entrepreneur investor banker treasurer auditor consultant
  poet illustrator photographer novelist playwright painter sculptor designer curator filmmaker producer comedian dancer composer songwriter rapper athlete swimmer cyclist golfer boxer astronaut pilot firefighter paramedic sailor veteran priest monk nun chaplain clerk headteacher tutor graduate intern volunteer blogger host presenter anchor broadcaster commentator pundit critic publisher archaeologist anthropologist sociologist psychologist psychiatrist pharmacist dentist veterinarian epidemiologist virologist meteorologist geologist astronomer mathematician statistician accountant developer programmer chef fisherman miner worker employee staffer trader broker biographer translator narrator editor-in-chief councillor alderman trustee protester mediator rapporteur ombudsman
  agent trooper ranger warden supervisor dean sophomore freshman neighbor neighbour
  friend colleague classmate teammate coworker co-worker roommate spouse survivor patient customer
  client tenant shopper voter parent mom dad grandma grandpa teenager stringer contestant
  participant attendee spectator fan caregiver homeowner landlord retiree instructor mentor trainee
  apprentice recruit cadet inmate prisoner detainee defendant plaintiff petitioner applicant nominee
  appointee incumbent finalist medalist laureate
  scholar alumnus alumna native
  cleric cosmonaut ensign midshipman principal
  lifeguard deckhand crewmember dispatcher mechanic diver rescuer medic corpsman navigator
  welder plumber carpenter lineman airman seaman
  mate yeoman storekeeper controlman ordnanceman boatswain gunner
  civilian citizen visitor dependent
  commandant superintendent
  `);

/** Verbs whose subject is a person, not an organisation or a thing ("Jane Roe died", "Roe hoped"). */
export const HUMAN_VERBS = set("HUMAN_VERBS", `
  died dies born married marries wed divorced grew graduated graduates studied studies retired
  resigned smiled smiles laughed cried wept nodded shrugged sighed felt feels thought thinks believed
  believes hoped hopes feared fears wondered wonders remembered remembers heard learned learnt wanted
  wants loved loves hated dreamed dreamt decided pleaded sang sings danced dances starred stars
  played plays lives lived moved prayed worried worries
  `);

/** Verbs whose object is a person ("told Jane Roe", "arrested Jane Roe"). */
export const HUMAN_OBJECT_VERBS = set("HUMAN_OBJECT_VERBS", `
  told tells asked asks thanked thanks met meets congratulated hired fired arrested charged sentenced
  convicted married appointed nominated elected succeeded replaced interviewed introduced
  quoted quotes phoned called invited greeted hugged kissed honored honoured
  `);

/** Labels of a transcript's turns that name no one ("QUESTION:", "MODERATOR:", "Host:"). */
export const TURN_LABEL_WORDS = set("TURN_LABEL_WORDS", `
  question questions answer q a moderator announcer interviewer narrator audience participant
  participants operator host hosts anchor voice voices male female man woman unidentified crowd all
  both staff panelist panelists caller speaker speakers source note editor update transcript guest
  guests translator interpreter presenter commentator newscaster member members chorus everyone
  response reply comment comments interview
  `);

/** Words of a broadcast script's cues that name no one ("((NARRATOR))", "((ANCHOR ON CAM))"). */
export const SCRIPT_CUE_WORDS = set("SCRIPT_CUE_WORDS", `
  narrator reporter anchor host nat nats sot vo pkg banner animation graphic graphics music open
  close transition standup tease bump break montage cam intro outro tag soundbite
  `);

/**
 * Prefixes of a ship's name ("USS John C. Stennis", "HMS Ark Royal"): ships are named after
 * people, and the name after one is the ship's.
 */
export const VESSEL_PREFIXES = set("VESSEL_PREFIXES", `
  uss usns hms hmcs hmas hmnzs uscgc cgc rv mv
  `);

/** Present-tense verbs of posture and gesture that describe a photograph ("Roe speaks to ..."). */
export const PHOTO_VERBS = set("PHOTO_VERBS", `
  speaks speak talks talk walks walk stands stand sits sit poses pose looks look holds hold waves
  wave greets greet shakes shake listens listen watches watch gestures gesture smiles smile salutes
  salute carries carry rides ride kneels kneel pauses pause addresses address examines examine
  inspects inspect receives receive displays display hugs hug embraces embrace prepares prepare
  cuts cut signs sign performs perform practices practice trains train climbs climb
  heads departs arrives sails transits
  `);

/** Nouns said only of a person's life, after a possessive ("Jane Roe's death", "Roe's childhood"). */
export const PERSONAL_NOUNS = set("PERSONAL_NOUNS", `
  death funeral birthday childhood widow widower family wedding grave memoir memoirs biography
  autobiography obituary parents relatives lawyers attorneys
  `);

/** Verbs that report speech or a stance; a quote's speaker is the subject or object of one. */
export const SPEECH_VERBS = set("SPEECH_VERBS", `
  remarking commenting quipping joking predicting boasting lamenting conceding reiterating
  complaining tweeting cautioning recounting
  say says said saying tell tells told telling add adds added adding state states stated stating
  argue argues argued claim claims claimed warn warns warned urge urges urged insist insists insisted
  note notes noted write writes wrote tweet tweets tweeted post posted declare declares declared
  announce announces announced comment comments commented emphasize emphasizes emphasized emphasise
  emphasises emphasised stress stresses stressed explain explains explained acknowledge acknowledged
  admit admits admitted ask asks asked reply replies replied respond responds responded answer
  answered suggest suggests suggested accuse accuses accused criticise criticised criticize criticized
  condemn condemned praise praised describe describes described call calls called label labelled
  labeled brand branded term termed dismiss dismisses dismissed deny denies denied rail railed
  promise promised vow vows vowed pledge pledged predict predicted recall recalled complain complained
  lament lamented concede conceded maintain maintained contend contended observe observed remark
  remarked reiterate reiterated confirm confirmed boast boasted quip quipped joke joked counter
  countered caution cautioned object objected decry decried slam slammed blast blasted hail hailed
  welcome welcomed testify testified mention mentioned continue continued conclude concluded report
  reported exclaim exclaimed shout shouted cry cried whisper whispered recount recounted
  assert asserted allege alleged charge charged demand demanded plead pleaded protest protested
  reveal revealed disclose disclosed concur agree agreed disagree disagreed muse mused
  opine opines opined assure assures assured reassured remind reminds reminded advised retorted
  speculated clarified elaborated texted emailed chanted yelled screamed muttered murmured begged
  laughed laughs sighed sighs
  reasoned thundered informed informs
  recognize recognized recognizes recognise recognised recognises characterize characterized
  characterizes characterise characterised dub dubbed dubs spoke speaks
  noting explaining arguing insisting warning claiming recalling asking concluding
  continuing describing calling acknowledging declaring announcing stressing emphasizing
  emphasising suggesting replying responding answering writing recognizing
  recognising characterizing characterising admitting observing promising vowing pledging urging
  `);

/** Words allowed between a subject and its speech verb ("Trump has also said", "She further said"). */
export const VERB_FILLERS = set("VERB_FILLERS", `
  has have had also further later then again already repeatedly once previously recently publicly
  vehemently cautiously privately reportedly earlier often been was were is are will would
  could may might should did does do not never quickly simply just openly flatly separately
  instead finally eventually
  `);

/** Pronouns that refer back to a man. */
export const PRONOUNS_MALE = set("PRONOUNS_MALE", `he him his himself`);
/** Pronouns that refer back to a woman. */
export const PRONOUNS_FEMALE = set("PRONOUNS_FEMALE", `she her hers herself`);
/** Subjects that are never a named person: a quote attributed to them has no speaker. */
export const NON_PERSON_SUBJECTS = set("NON_PERSON_SUBJECTS", `it they we you this that which who one officials authorities`);

/** Nouns for a person with no role ("a woman named Roe", "a man who gave his name only as Roe"). */
export const PERSON_NOUNS = set("PERSON_NOUNS", `woman women man men girl boy person teenager teen youth
  evacuee survivor victim migrant refugee mom dad grandma grandpa widow lady gentleman`);

/** Function words and sentence openers that are capitalised only by position. */
export const STOPWORDS = set("STOPWORDS", `
  a an the and or but nor so yet for of in on at to by with from into onto upon about above below
  everyone everybody someone somebody anyone anybody nobody none
  over under after before during since until while as than then that this these those there here
  where when why how what which who whom whose if unless though although because whether not no
  yes all any both each every few many more most much other some such only own same too very can
  will just should now also even still however meanwhile moreover furthermore instead indeed
  earlier later yesterday today tomorrow tonight last next first second third new old i me my we
  our you your he him his she her it its they them their is are was were be been being have has
  had do does did said says according among against between through across around near without
  within like unlike despite toward towards via per mr ms mrs dr
  `);

/** Month and weekday names, capitalised but never a name ("June 5", "on Monday"). */
export const MONTHS_AND_DAYS = set("MONTHS_AND_DAYS", `
  january february march april may june july august september october november december jan feb
  mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  `);

/**
 * Round 36–39: words that join a headline's two lines, ending the first ("... to be Honored During")
 * or opening the second ("Following Two Years of Storms"): prepositions, "and", "the" (not a
 * byline's "by" or a credit's "from").
 */
export const HEADLINE_JOINERS = set("HEADLINE_JOINERS", `
  of for with about to against on at in into like than between among toward towards including over
  under after before behind via during amid across through despite following as and the
  `);

/** Round 41: second parts of compound given names run together ("LeighAnn", "MaryBeth"). */
export const COMPOUND_NAME_ENDS = set("COMPOUND_NAME_ENDS", `ann anne beth lynn marie lee sue kay mae rose louise`);

/** Round 39: titles that are given names too, before a middle initial ("Earl F. Roe"). */
export const TITLES_AS_GIVEN_NAMES = set("TITLES_AS_GIVEN_NAMES", `earl`);

/**
 * Round 36: organisation words that are also surnames ("Thomas F. Hall", "Amy J. Church"): after a
 * given name and a middle initial, the surname (a building named after someone takes the name whole).
 * (Round 42: and an organisation word's plural that is a surname, "Ray Chambers", is no plural.)
 */
export const ORG_WORD_SURNAMES = set("ORG_WORD_SURNAMES", `hall church house street tower court banks law post chambers`);

/**
 * Last words that make a capitalised run an organisation, place, event or thing, not a person.
 * (Round 36: a school's, "Jane Roe Elementary"; round 37: a chamber of commerce's, "Fort Example
 * Beach Chamber", a dockyard's, "Hank Yards".)
 */
export const ORG_WORDS = set("ORG_WORDS", `
  plant facility
  agency organisation organization party service services department ministry office council
  committee subcommittee commission express courier examiner chronicle inquirer sentinel dispatch
  bulletin telegraph newspaper university institute institution centre center association union bank fund
  corporation corp corp. inc inc. ltd ltd. llc plc group company co co. news times post journal
  network station army force forces navy court house senate congress parliament assembly government
  administration authority board bureau foundation society hospital school college academy club
  program programme programs programmes project projects initiative initiatives act law treaty accord agreement basin river lake
  mountains mountain street road avenue square island islands sea ocean bay valley state states
  republic kingdom federation province county parish borough township city region district airport stadium church mosque
  temple museum library press media radio television tv channel magazine review herald tribune
  gazette daily weekly study survey report index alliance coalition front movement league conference
  summit forum games cup championship festival award awards prize war wars crisis revolution
  trophy medal fellowship scholarship lecture
  tower building hall palace embassy consulate camp camps command headquarters police guard guards
  system systems technologies technology software labs laboratory laboratories industries holdings
  partners enterprises airlines airways motors energy oil gas capital securities watch international
  worldwide global national federal central commonwealth nations unit units brigade division team
  regiment battalion squadron artillery infantry cavalry standards affairs relations security defence defense health education
  justice interior treasury commerce labour labor transport trade finance foreign internal home
  world agriculture environment transportation housing veterans homeland development culture
  tourism fisheries communications information science industry economy planning welfare policy
  logistics solutions pharmaceuticals foods brands financial insurance consulting ventures resources
  networks automotive manufacturing mining shipping telecom corps branch directorate flotilla operations
  fleet seaway waterway activity activities
  restaurant restaurants stores markets farms dairies breweries bakeries pharmacies clinic clinics
  elementary
  chamber yard yards shipyard
  `);

/**
 * What an organisation is called in an appositive after its name ("Acme, a boat maker, said"):
 * an appositive holding one says the name before it is no person's.
 */
export const ORG_HEAD_NOUNS = set("ORG_HEAD_NOUNS", `maker makers firm firms brand chain retailer manufacturer
  operator provider supplier publisher developer carrier insurer lender broker outlet nonprofit charity`);

/** Round 11: lower-case nouns that describe a company right before its name ("the firm Roe Holdings"). */
export const COMPANY_NOUNS = set("COMPANY_NOUNS", `firm company giant conglomerate automaker shipbuilder`);

/**
 * Round 11: a partner or a contractor, a company's descriptor only after a business word from
 * COMPANY_MODIFIERS ("NASA's commercial partner Acme Grumman"; "her partner Jane Roe" is a person).
 */
export const PARTNER_NOUNS = set("PARTNER_NOUNS", `partner partners contractor contractors vendor vendors`);

/** Round 11: business words that make a partner or a contractor a company ("aerospace contractor"). */
export const COMPANY_MODIFIERS = set("COMPANY_MODIFIERS", `
  commercial industry industrial corporate business private launch technology tech aerospace defense
  defence drug software energy mining shipping`);

/**
 * Round 14: nouns whose "of" is followed by a person's name far more often than by a place's
 * ("under the leadership of", "in memory of", "the arrest of"), kin aside (KINSHIP_NOUNS).
 */
export const PERSON_OF_NOUNS = set("PERSON_OF_NOUNS", `
  leadership memory honor honour behalf guidance direction estate life death legacy testimony
  arrest release killing murder funeral family friend friends colleague colleagues
  `);

/**
 * Round 14: nouns of a place named after "of": "the city of Costa Mesa", "the Republic of Sierra
 * Leone", "the Port of Long Beach".
 */
export const PLACE_OF_NOUNS = set("PLACE_OF_NOUNS", `
  city cities town towns village villages county counties borough township state states province
  port republic kingdom commonwealth island islands district region municipality
  `);

/**
 * Round 14: countries of two or three words, joined by hyphens, whose first word is also a given
 * name or whose last is also a surname ("Costa Rica", "Jordan" aside): never a person.
 */
export const COUNTRY_PHRASES = set("COUNTRY_PHRASES", `
  costa-rica sierra-leone el-salvador burkina-faso saudi-arabia sri-lanka east-timor timor-leste
  cape-verde new-zealand puerto-rico south-africa south-sudan north-korea south-korea san-marino
  papua-new-guinea equatorial-guinea guinea-bissau ivory-coast dominican-republic czech-republic
  united-states united-kingdom hong-kong saint-lucia marshall-islands solomon-islands
  `);

/**
 * Lower-case nouns for things that carry names ("the cutter Pike", "newspaper Lianhe Zaobao",
 * "the rover Spirit"): a name right after one, with no title, is the thing's.
 */
export const THING_NOUNS = set("THING_NOUNS", `
  newspaper newspapers magazine channel website app brand vessel ship boat cutter tug trawler
  schooner yacht ferry tanker freighter rover spacecraft probe satellite telescope lander
  `);

/**
 * Round 42: last words of things named in capitals ("Bradley Fighting Vehicles", "Bambi Buckets",
 * "State Active Duty"): no person after a word that is no given name, nor in the plural after any.
 * (Apart from THING_NOUNS, which also read the name after them, "the vessel Jane Roe".)
 */
export const THING_HEADS = set("THING_HEADS", `vehicles tanks buckets duty`);

/**
 * Round 13: words the world list of given names (world-names.ts) holds that open places, storms
 * and seasons far more often than names in news copy ("San Jacinto", "Santa Barbara", "Rio
 * Grande", "Winter Storm Elliott"): never read from that list.
 */
export const NOT_WORLD_GIVEN_NAMES = set("NOT_WORLD_GIVEN_NAMES", `
  san santa santo sao são saint rio puerto porto los las del della di
  winter summer spring autumn happy merry
  `);

/** Round 13: last words of a wildfire's name ("the Dixie Fire", "the August Complex"). */
export const INCIDENT_HEADS = set("INCIDENT_HEADS", `fire complex`);

/**
 * Round 12: U.S. states as news style abbreviates them after a town ("Lake View, S.C.,"), lower
 * case without the final period; only read with that period, since several are words too.
 */
export const STATE_ABBREVIATIONS = set("STATE_ABBREVIATIONS", `
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
  nev okla ore pa tenn vt va wash wis wyo n.c n.d n.h n.j n.m n.y r.i s.c s.d d.c w.va
  `);

/** Countries, regions and big cities that turn up in news copy next to names. */
export const PLACES = set("PLACES", `
  afghanistan africa albania algeria america americas angola argentina armenia asia australia austria
  azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia
  cameroon canada chile china colombia congo croatia cuba cyprus czechia denmark egypt england
  eritrea estonia ethiopia europe finland france gaza georgia germany ghana greece guatemala haiti
  honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
  kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania
  luxembourg macedonia madagascar malawi malaysia mali malta mexico moldova mongolia montenegro
  morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan
  palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland
  senegal serbia sierra singapore slovakia slovenia somalia spain sudan sweden switzerland syria
  taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan
  venezuela vietnam wales yemen zambia zimbabwe zealand antarctica arctic caribbean balkans baltic
  crimea donbas kashmir tibet xinjiang catalonia flanders bavaria siberia sahara sahel
  benin botswana burundi djibouti gabon gambia lesotho mauritania mauritius eswatini swaziland togo
  bhutan brunei maldives fiji samoa vanuatu kiribati belize barbados bahamas grenada suriname
  guyana ecuador andorra monaco liechtenstein arabia faso lanka timor verde bissau
  herzegovina emirates guinea
  washington moscow london paris berlin beijing tokyo kyiv kiev brussels geneva rome madrid delhi
  mumbai karachi islamabad kabul tehran baghdad damascus beirut jerusalem cairo riyadh dubai ankara
  istanbul athens vienna warsaw prague budapest stockholm oslo copenhagen helsinki dublin edinburgh
  glasgow manchester sydney melbourne canberra toronto ottawa montreal vancouver chicago boston
  houston dallas atlanta miami seattle denver california texas florida york jersey virginia
  carolina ohio michigan pennsylvania illinois arizona nevada oregon massachusetts maryland alaska
  hawaii nairobi mogadishu lagos abuja johannesburg pretoria harare addis ababa khartoum tripoli
  tunis algiers rabat pyongyang seoul shanghai hong kong taipei manila jakarta bangkok hanoi
  kremlin pentagon westminster whitehall downing capitol wall silicon valley
  queensland tasmania new south north east west western eastern northern southern
  central upper lower greater
  calif ariz colo fla okla tenn mich minn neb wyo
  moines juneau anchorage kodiak honolulu sacramento albuquerque omaha milwaukee minneapolis
  pittsburgh baltimore norfolk pensacola louisville nashville memphis tucson
  `);

/** Adjectives of nationality, religion or region ("Russian", "Kenyan"): never part of a name. */
export const DEMONYMS = set("DEMONYMS", `
  american americans african afghan albanian algerian argentine argentinian armenian asian
  australian austrian belgian brazilian british bulgarian canadian chilean chinese colombian croatian
  cuban czech danish dutch egyptian english ethiopian european filipino finnish french georgian
  german ghanaian greek haitian hungarian indian indonesian iranian iraqi irish israeli italian
  japanese jordanian kenyan korean kurdish kuwaiti lebanese libyan lithuanian malaysian mexican
  mongolian moroccan nigerian norwegian pakistani palestinian persian peruvian polish portuguese
  qatari romanian russian rwandan saudi scottish serbian somali south sudanese spanish swedish swiss
  syrian taiwanese thai tunisian turkish ugandan ukrainian uzbek venezuelan vietnamese welsh yemeni
  zimbabwean arab arabic muslim jewish catholic protestant hindu buddhist sunni shia
  shiite western eastern northern southern soviet post-soviet islamic democratic democrat republican
  conservative liberal socialist communist labour labor federal national royal
  `);

/**
 * Common given names, with a gender hint used only to resolve "he"/"she" ("m", "f", "u" when
 * used for both). A first token found here is one piece of evidence that a capitalised pair is a
 * person; other evidence (titles, roles, speech verbs) covers names not listed.
 */
const MALE_NAMES = list("MALE_NAMES", `
  aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro aleksandr
  alessandro alexander alexei alexis alfred ali alistair amir andre andreas andrei andres andrew
  andy angelo anthony antoine antonio arnold arthur barack barry ben benjamin bernard bill
  billy bob boris brad bradley brandon brendan brett brian bruce bryan carl carlos cesar charles
  charlie chris christian christopher clarence claude clint colin connor craig dan daniel danny
  darren dave david dean dennis derek diego dimitri dmitry dominic don donald douglas duncan dustin
  dylan eddie edgar eduardo edward edwin emmanuel enrique eric erik ernest evan fabio felipe felix
  fernando francesco francis francisco frank franklin fred frederick gabriel gareth gary gavin geoff
  geoffrey george gerald gerard gilbert giorgio giovanni giuseppe gordon graham greg gregory guillermo
  gustavo hamid hans harold harry hassan hector henry herbert hugh hugo hussein ian igor isaac ivan
  jack jacob jacques jake james jason javier jay jeff jeffrey jeremy jerome jerry jesse
  jim jimmy joe joel johan john johnny jon jonathan jorge jose josef joseph joshua juan julian julio
  justin karl keith ken kenneth kevin khalid kirk klaus kurt kyle lance larry laurence lawrence
  leo leon leonard lionel lloyd louis luc lucas luis luke malcolm manuel marc marco marcus mario
  mark martin matt matthew maurice max michael miguel mike mikhail mitch mohamed mohammad mohammed
  muhammad nathan neil nicholas nick nicolas nigel noah norman oliver omar oscar owen pablo patrick
  paul pedro peter phil philip philippe pierre rafael ralph ramon randy raul ray raymond reza richard
  rick rob robert roberto rod rodney rodrigo roger roman ron ronald ross roy russell ryan salman samuel scott
  sean syed sebastian sergei sergey sergio seth shane sidney simon stan stanley stefan stephen steve
  steven stuart ted thomas tim timothy todd tom tommy tony travis trevor tyler vadim victor
  vincent vladimir walter warren wayne william willie xavier yuri yusuf zachary
  abel adolfo ahmet akira alain alessio alfonso alonso alvaro amadou anders andrzej angus anil
  antonin armando arturo ashok augusto axel benedict bernd bjorn bogdan boyd bruno caleb
  calvin cameron carlo cedric chang chao chen chuck cliff clifford cody conrad cornelius cristian
  dai damian damien dario dariusz darryl deepak derrick desmond dieter dimitris dmitri domenico
  dong donovan dwight edmund eduard elias eliot elliott elmer emil emilio enrico erwin
  esteban ethan eugene ezra fabian fahad farid fatih federico fedor ferdinand filip finn floyd
  francois franz fraser friedrich fyodor gaetano garrett gene gennady gerhard gino giorgos giulio
  glen glenn gonzalo grant guido gunther gustav haruki heinrich helmut herman hernan hideo hiroshi
  holden horace howard hubert humberto ibrahim ignacio ilya imran ingo isaiah ismail ivo jaime 
  jaroslav javed jens jeremiah jimmie joachim joaquin johannes johnnie jonas jordi jorg josh
  juergen julius jurgen kai kamal karim kasper kazuo keanu kenji kenny kent khaled kiran
  konrad kostas krzysztof kwame lamar lars lazaro leandro lenny leonardo leroy lev lorenzo lothar
  luca luciano ludwig luigi lukas luther magnus mahmoud manfred manoj marcel marcelo marcin marek
  mariano marius marlon marten massimo mateo matteo mattias maurizio maximilian mehmet michel
  mikael milan milo miroslav mitchell mohsen moises morgan moses murray mustafa nabil naveen ned
  nelson niall niels nikolai nikolas nils olaf oleg olivier orlando osama oskar otto pascal
  pasquale patrice paulo pavel percy petr piero pieter piotr pradeep quentin rahul rajesh ralf
  ramesh randall raphael rashid reginald reinhard rene ricardo riccardo rocco roland rolf romano
  ronan rory rudolf rudy rupert salvatore sami sandeep santiago satoshi saul sebastien seamus sergi
  shaun sherman silvio soren spencer stavros stefano sven takashi tariq terence theo theodore
  thiago thorsten tobias tomas tomasz toni torsten ulrich umberto uwe valentin valeri vasily viktor
  vinod vito vladislav volker waldemar walker wallace walt werner wesley wilbur wilfred
  wilson winston wojciech wolfgang yannick yasser yitzhak yosef youssef zbigniew zoltan
  doug hank zach nate vince wally
  `);
const FEMALE_NAMES = list("FEMALE_NAMES", `
  abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia
  andrea angela angelina anita ann anna anne annette annie barbara beatrice becky belinda
  beth betty beverly bonnie brenda bridget brittany camilla carla carmen carol caroline carolyn
  catherine cecilia charlotte cheryl christina christine cindy claire clara claudia colleen cynthia
  daisy dana danielle daphne deborah debra denise diana diane donna doris dorothy edith eileen elaine
  eleanor elena elisabeth eliza elizabeth ella ellen emily emma erica erin esther eva eve evelyn
  fatima fiona florence frances gabriela gemma gillian gina gloria grace hannah harriet
  heather helen helena hillary holly ingrid irene iris isabel isabella jacqueline jane janet
  janice jasmine jennifer jenny jessica jill joan joanna joanne josephine joy joyce judith judy
  julia julie karen kate katherine kathleen kathryn kathy katie kelly kimberly kirsten kitty
  laura lauren leah leila lily linda lisa liz lois lorraine louise lucia lucy lydia lynn madeleine
  margaret maria marie marina marion marjorie martha mary maureen megan melanie melissa michelle
  mildred miriam molly monica nadia nancy naomi natalie natasha nicole nina nora olga olivia pamela
  patricia paula pauline penelope penny phyllis priya rachel rebecca regina rita roberta rosa rose
  ruth sabrina sally samantha sandra sara sarah sharon sheila shirley silvia simone sofia sonia
  sophia sophie stephanie sue susan suzanne sylvia tamara tanya teresa theresa tina tracy ursula
  valerie vanessa vera veronica victoria wendy yolanda yvonne zoe
  adele adrienne agatha aileen alba alejandra alessandra alexa alia alina allison alma amal amina
   angelika anja annabel annika antonella antonia ariana arlene astrid aurora ayesha barbra
  benazir bernadette bettina bianca brigitte britney bronwyn caitlin camille candace carly carmela
  cassandra caterina catriona celine chantal charlene chiara christa christiane claudette
   constance consuelo corinne cristina daniela daria deirdre delia dolores dominique
  dora edna eleni eliana elise elke eloise elsa elvira emilia emine erika esme eunice evangeline
  fabiola felicity fernanda francesca freya gail gertrude gianna giovanna giselle gisela greta
  gretchen gwen gwendolyn hanna hatice heidi helga henrietta hilary hilda hortense ilona imelda
  ines irina isabelle ivana jana janine jeanette jeanne jemima jillian johanna jolanta josefina
  juana juanita judit juliana juliette kamala karin karina katarina katharina katja keiko 
  kristin kristina kristen lara larissa laurie leticia liesl lilian liliana linnea lorena lorna
  luisa luz lynette magdalena maja malala manuela marcela margarita margot mariana marianne maribel
  marilyn marisa marta martina maryam matilda maud mei melinda mercedes michaela mila milena
  mireille mirella monika nadine nanette natalia nathalie nell nicola noor norma nuala odile olena
  oksana ophelia paola patrizia paulina petra philippa pilar polly priscilla rachael rania raquel
  renata renee rhonda rosalind rosemary roxana sabine salma sana sandrine sanna saskia selma serena
  shanthi shirin sienna sigrid silke siobhan solveig stella sunita svetlana sybil tabitha
  tatiana tessa thea therese tove trudy ulrike valentina valeria vivian wilhelmina xenia yasmin
  yelena yoko yulia zainab zara zeynep zofia
    peggy deb debbie patty meg maggie jen vicky mandy pam patsy abby
    jo
  `);

/** Given names used for men and women alike: evidence of a person, no gender. */
const UNISEX_NAMES = list("UNISEX_NAMES", `alex ashley gabriele jackie jamie jean kim lee sam terry`);

/**
 * More given names, from the Moby Word II name lists (public domain), less every name that is also
 * a common English word ("will", "grant", "hope") or a word of another list here (places, months,
 * titles): evidence of a person only where no everyday reading competes. Gender hints only where
 * the ending agrees with the list ("-a", "-ette", "-ine" for women; no "-a" for men); the rest unisex.
 */
const MORE_MALE_NAMES = list("MORE_MALE_NAMES", `
  abbott abdel abe abelard abeu abey abie abner abrahan abram abramo abran adair adamo adams addison
  ade adelbert adham adlai adler adolf adolph adolphe adolpho adolphus adriano adrien agosto aguie
  aguistin aguste agustin aharon ailbert akim aksel alair aland alano alanson alard alaric alasdair
  alastair alasteir alaster alberik albie albrecht alden aldin aldis aldo aldon aldous aldric aldrich
  aldridge aldus aldwin alec alexandr alexandre alexandro alexandros alexio alf alfons alfonse alford
  alfredo algernon alic alick alisander alister allan allard allayne allen alleyn allin allister
  allistir aloin alon alonzo aloysius alphard alphonse alphonso alric aluin aluino alvan alvie alvin
  alvis alvy alwin alwyn ambros ambrose ambrosi ambrosio ambrosius amby amerigo amery amory amos
  anatol anatole anatollo ancell anderson andonis andras andrej andrey andris andros andrus angeli
  angelico ansel ansell anselm anson antin anton antone antoni antonino antonius antons antony araldo
  archaimbaud archambault archibald archibaldo archibold archie archy arel ari arie arin ario
  aristotle arlan arley arlin arman armand armin armstrong arnaldo arne arney arni arnie arnoldo
  arnuad arny aron arri arron artair arte artemas artemis artemus arther artie artur artus arv arvie
  arvin arvy ase ashbey ashby asher ashlin ashton aube auberon aubert augie augustin augustus augy
  aurthur austen ave averell averill avery avictor avigdor avram avrom axe aylmar aylmer aymer bailie
  baillie baily baird balduin baldwin bancroft banky barbabas barclay barde barnabas barnabe barnaby
  barnard barnebas barnett barnie barny barr barret barrett barri barris barron bart bartel barth
  barthel bartholemy bartholomeo bartholomeus bartholomew bartie bartlet bartlett bartolemo
  bartolomeo barton bartram barty bary baryram basile basilio basilius bastian bastien batholomew
  baudoin bax baxie baxter baxy bayard beale bealle bearnard beaufort beauregard beltran bendick
  bendicty bendix benedetto benedick benedicto benedikt bengt beniamino benito benjamen benji benjie
  benjy benn bennett benoit benson bentlee bentley benton benyamin ber berke berkie berkley berkly
  berky bern bernardo bernarr berne bernhard berton bertram bertrand bertrando bevan bevin bevon bil
  bing bink binky birk biron blaine blane blayne bogart boigie bondie bondon bondy boniface boone
  boonie boony boote boothe bord borden bordie bordy borg bourke bowie boyce boycey boycie bradan
  brade braden bradford bradly bradney brady bram branden brander brandtr brandyn brannon brant
  brantley brenden brendin brendis brendon brennan brennen brent bret brewster briano briant brice
  brien brigg briggs brigham brion brnaby brock brockie brocky brod broddie broddy broderic broderick
  brodie brody brok bron bronnie bronny bronson brose brucie bruis bryant bryanty bryce bryon buckie
  bucky budd buddie buiron burch burgess burk burke burl burlie burnaby burnard burt burtie burton
  burty byram byran byrann byrle byrom byron caddric caesar caldwell cale calhoun callean calv camey
  carce carleton carling carlyle carney carny carolus carr carrol carson casar caspar casper cassius
  caz cazzie cchaddie cece cecilio cecilius ced cesare cesaro chadd chaddie chaddy chadwick chaim
  chalmers chan chancey chane charley charlton chas chaunce chauncey che ches cheston chet chev
  chevalier chevy chico chilton chrisse christiano christoffer christoforo christoper christoph
  christophe christophorus christos chrisy chrotoem chucho cirillo cirilo ciro claiborn claiborne
  clarance clark clarke claudell claudian claudianus claudio claudius claus clayborn clayborne
  claybourne clayson clayton cleavland clemens clemente clementius cleon clerc cletis cletus cleve
  clevey clevie clim clive cly clyde clyve clywd cobb cobbie cobby cointon colan colby cole coleman
  colet collin colman colver conan conant conn conney conrade conrado conroy consalve constantin
  constantino conway corbet corbett corbie corbin corby cordell cornall cornell corney cort cortie
  corty cos cosimo cosme cosmo cozmo craggie crawford creigh creight creighton crichton cristiano
  cristobal crosby cullan cullen culley cullie cullin cully culver curcio curr curran currey currie
  curtice curtis cyril cyrill cyrille cyrillus cyrus dag dagny dal dalis dall dalli dallis dallon
  dalston dalt dalton damiano damon dane danie dannel dante dar darbee daren darill darin darius
  darnall darnell darrel darrell darrick darrin daryle dav daven davey davidde davide davidson davie
  davin davis davon davy delainey delaney delano delbert delmar delmer delmor delmore demetre demetri
  demetrius demott dene denis dennet denney dennison derick derk dermot derrek derrik derril derron
  derry derward derwin des desi desmund dev devland devlen devlin devy dewain dewey dewie dewitt dex
  dexter diarmid dickie dicky dietrich dilan dillie dillon dimitry dino dionisio dionysus dolf dolph
  dom domenic domingo dominick dominik donal donall donalt donaugh donavon donn donnell dougie
  douglass dougy dov doy doyle drud drugi duane dudley duffie duffy dugald dukey dukie duky dunc dunn
  dunstan dur durand durant durante durward dwain dwayne eadmund eal eamon earle earlie earvin eben
  ebeneser ebenezer eberhard eberto edan edd edgard edgardo edik edlin edmon edouard edsel eduino
  edvard efrem efren egan egbert egon egor elbert elden eldin eldon eldredge eldridge eli elihu
  elijah ellary ellerey ellery elliot ellis ellswerth ellsworth ellwood elmo elmore elnar elroy
  elston elsworth elton elvin elvis elvyn elwin elwood elwyn ely emanuel emanuele emelen emerson
  emile emlen emmerich emmery emmet emmett emmit emmott emory engelbert englebert ennis enoch enos
  ephraim ephrayim ephrem erasmus erastus erek erhard erhart erich erick erie erl ermanno ermin
  ernesto ernestus ernie ernst erny errick errol erroll erskine erv ervin esdras estevan etan ethe
  ethelbert ethelred etienne ettore euell eugen eugenio eugenius eustace evelin everard evered
  everett evin evyn ewan eward ewart ewell ewen ezechiel ezekiel ezequiel eziechiele ezri fabe faber
  fabiano fabien fairfax fairleigh fairlie falito falkner farlay farlee farleigh farley farlie farly
  farr farrel farrell farris faulkner felic felicio felike feliks felizio feodor ferd ferdie ferdy
  fergus ferguson ferrel ferrell ferris fidel fidelio fidole filberte filberto filippo filmer filmore
  findlay findley finlay finley fitz fitzgerald flem fleming flemming fletch fletcher flin flinn
  florian flynn fons fonsie fonz fonzie forbes forrest forrester forster foss fowler franchot
  franciskus francklin francklyn franklyn frans fransisco frants franzen frasco frasier frasquito
  fraze frazer frazier fredek frederic frederich frederico frederigo frederik fredric fredrick
  freeland freemon fremont friedrick fritz gabe gabriello gaelan gage gaile galen gallagher gallard
  galvan galven galvin gamaliel gan gannie gannon ganny gar garald gard gardie gardiner gardner gardy
  gare garek garey garfield garik garold garrard garrek garreth garrick garrik garrot garrott garry
  garth garv garvey garvin garvy garwin garwood gaspar gaspard gasparo gasper gaston gaultiero
  gauthier gav gavan gaven gawain gawen gayelord gayler gaylor gaylord gearalt gearard geno geoffry
  georas geordie georg georges georgi georgy gerardo gerek gerhardt gerick gerik germayne gerome
  gerrard gery gherardo giacobo giacomo giacopo gian gianni giavani gib gibb gibbie gibby gideon giff
  giffard giffer giffie gifford giffy gil gilberto gilburt giles gilles giordano giorgi giraldo
  giraud giselbert giustino giusto glenden glendon glynn godard godart goddard goddart godfree
  godfrey godfry godwin gonzales goran goraud gordan gorden gordie gordy gothart gottfried gradeigh
  gradey grady graehme graeme graig granger grannie grantham granthem grantley granville gregg
  greggory gregoire gregoor gregor gregorio gregorius grenville griff griffie griffith griffy gris
  griswold griz grover gualterio guglielmo guilbert guillaume gunar guntar gunter guss gustaf gustave
  gustavus guthrey guthrie guthry hadlee hadleigh hadley hadrian hagan hagen hailey hakeem hakim hal
  hallsy halsey halsy hamel hamil hamish hamlen hamlin hammad hamnet hanan hansiain hanson harald
  harbert harcourt harlan harland harlen harlin harman harmon haroun harper harris harrison hartley
  hartwell harv harvey harwell harwilll hasheem hashim haskel haskell haslett hastie hastings hayden
  haydon hayes hayward haywood hayyim hazlett heall hebert heindrick heinrick heinrik henderson
  hendrick hendrik henri henrik herbie herby herc hercule hercules herculie heriberto hermann hermie
  hermon hermy hernando herold herrick hersch herschel hersh hershel herve hervey hewe hewet hewett
  hewie hewitt heywood hieronymus hilario hilarius hillard hillel hillery hilliard hillie hillyer
  hilton hinze hiram hirsch hobard hobart hobey hobie hodge hoebart hollis holmes holt homere homerus
  horacio horatio horatius horst hort horten horton howey howie hoyt hube huberto hubey hubie huey
  hughie hugibert hugues humbert humfrey humfrid humfried humphrey hunfredo huntington huntlee
  huntley hurlee hurleigh hurley husain husein hyatt hyman hymie iago iain ichabod iggie iggy ignace
  ignacius ignatius ignaz ignazio ike ikey ilaire ilario immanuel ingamar ingar ingelbert ingemar
  inglebert inglis ingmar ingram ingrim inigo inness innis iorgo iorgos iosep irv irvin irvine irving
  irwin irwinn isaak isac isacco isador isadore isak isiahi isidor isidore isidoro isidro issiah ivar
  ive iver ives ivor izaak izak izzy jabez jacobo jae jakie jakob jamaal jamal jameson jamesy jamey
  jamil jamill jamison jammal janek janos jarad jard jareb jared jarib jarid jarrad jarret jarrett
  jarrid jarrod jarvis jase jasen jasun jaye jaymie jayson jdavie jecho jed jedd jeddy jedediah
  jedidiah jefferey jefferson jeffie jeffry jeffy jehu jeno jephthah jerad jerald jeramey jeramie
  jereme jeremias jeremie jermain jermayne jeromy jerri jerrold jerrome jervis jessee jessey jesus
  jeth jethro jocko johann johnathan johnathon johny jonah jonathon jone jordon jorgan jory joseito
  joshuah josiah josias jourdain jozef jud judah judas judd jude judon jule jules justen justinian
  justino justis justus kahaleel kahlil kain kaine kaiser kaleb kalil kalle kalvin kane kareem karlan
  karlens karlik karlis karney kaspar kayne kean keane kearney keary keefe keefer keelby keenan keene
  keir kelbee kelby kele kellby kelwin kendal kendall kendell kendrick kendricks kenn kennan kennedy
  kennett kennie kennith kenon kenton kenyon ker kerby kerk kermie kermit kermy kerr kerwin kerwinn
  kev kevan keven kevon khalil kiel kienan kile kilian killian killie killy kimball kimbell kimble
  kincaid kingsley kingsly kinnie kinny kinsley kippar klemens klement kleon kliment knox koenraad
  konstantin konstantine korey kort kory krishnah krispin kristian kristo kristofer kristoffer
  kristofor kristoforo kristopher kristos kurtis lalo lambert lammond lamond lamont lancelot langsdon
  langston lannie laughton launce laurens laurent lauritz lawry lawton layton lazar lazare lazarus
  leeland leicester leif leighton lek lem lemar lemmie lemmy lemuel lenard lenci lennard lennie
  leonerd leonhard leonid leonidas leopold leroi les lester leupold levey levi levin levon lew lewes
  lewie lewiss lezley liam linc lindon linoel linus lionello llewellyn llywellyn locke lockwood
  lodovico logan lombard lon lonnard lonny lorant lorens lorin lothaire lothario louie lovell lowe
  lowell lowrance loy loydie lucais lucho lucian lucias lucien lucio lucius ludovico ludvig lutero
  lydon lyell lyle lyman lyon mack mackenzie mahmud maison maje mal malachi malchy malvin mandel
  mannie manny mano manolo marcello marcellus marchall marcos marijn markos markus marlow marlowe
  marmaduke marshall martainn martino martyn marv marve marven marvin marwin massimiliano mathe
  mathew mathian mathias matias matthaeus mattheus matthias matthieu matthiew matthus mauricio maurie
  maurits maury maximilianus maximilien maximo maxwell mayer maynard mayne maynord meier meir melvin
  melvyn menard mendel mendie mendy meredeth merell merill merrel merrick merv mervin merwin merwyn
  meyer micah michail michale micheal micheil mikel mikey mikkel mikol millard milt miltie milton
  milty mitchael mitchel moe mohandas mohandis moise moishe monro monroe montague monte monti monty
  moore mord mordecai mordy morey morgun morie moritz morlee morley morly morrie morris morry morse
  mort morten mortie mortimer morton morty mose moshe mozes munmro munroe murdoch murdock murry
  murvyn mycah mychal myer myles mylo myron myrvyn myrwyn nahum napoleon nappie natale nataniel
  nathanael nathanial nathaniel nathanil neal neale neall nealon nealson nealy neddie neddy neel
  nefen nehemiah neill neils nels nero neron nester nestor nev nevil nevile neville nevin nevins nial
  niccolo nichols nickey nicko nickolai nickolas nickolaus nico nicolai nicolais nicolis niel niko
  nikolaos nikolaus nikolos nikos niles nilson niven noach noak noam nobe nobie noby noe nolan noland
  noll nolly norbert norbie norby normand normie normy norris northrop northrup norton nowell nye
  oates obadiah obadias obed obediah oberon obidiah obie oby octavius odell odey odie odo ody ogdan
  ogden ogdon olag olav ole olenolin olin olivero oliviero olvan omero onfre onfroi onofredo oran
  orazio orbadiah oren orin orion orlan orland orran orren orrin orson orton orv orville osbert
  osborn osborne osbourn osbourne osgood osmond osmund ossie oswald oswell otes othello otho otis
  ozzie ozzy packston paco pacorro paddie padget padgett padraic padraig padriac palmer panchito
  pancho paolo papageno paquito parke parker parnell parrnell parsifal pascale paten patin paton
  patric patricio patrizio patrizius patten pattin patton pavlov paxon paxton payton peadar pearce
  pebrook peder peirce pembroke penn penrod pepe pepillo pepito perceval percival perice perkin
  pernell perren pete peterus petey peyter peyton philbert phillip phillipe phillipp phineas phip
  pierson pietrek pietro pincas pinchas pincus pippo portie porty poul powell pren prent prentice
  prentiss prescott preston prinz pryce purcell putnam putnem pyotr quent quillan quincey quincy
  quinlan quintin quinton quintus rab rabi rad radcliffe raddie raddy rafaellle rafaello rafe raff
  raffaello raffarty rafferty rafi ragnar raimondo raimund raimundo rainer ramsay ramsey rance
  rancell randal randell randolf randolph ransell raoul ravi ravid raviv rawley raymund raynard
  rayner raynor reade reagan reagen reamonn redd redford reece rees reese reg regen reggis reggy
  reginauld reid reidar reider reilly reinald reinaldo reinaldos reinhold reinold reinwald rem
  remington remus renado renaldo renard renato renaud renault reube reuben reuven rex reynard reynold
  reynolds rhett rhys ric ricard richardo richart richie richmond richmound richy rickard rickert
  rickey ricoriki rik riley rinaldo ringo riobard riordan ripley ritchie roarke robb robbert robers
  robinson rochester rockey rockie rockwell rodd roddie roddy roderic roderich roderick roderigo
  rodge rodger rodolfo rodolph rodolphe rodrick rodrique rog rogerio roi rolando roldan roley rolfe
  rolland rollie rollin rollins rollo rolph romain romeo rooney roosevelt rorke rosco roscoe rossie
  rossy roth rourke rouvin rowen rowland rowney royall royce rriocard ruben rubin rudd ruddie rudie
  rudiger rudolfo rudolph rudyard rufe rufus ruggiero ruperto ruprecht rurik russ rustie rustin
  rutger rutherford rutledge rutter ruttger ruy ryley ryon ryun saleem salim salomo salomon salomone
  salvador salvidor sammie sampson samson samuele sancho sanderson sandor sandro sanford sanson
  sansone sargent sauncho saunder saunders saunderson sauveur sawyere saxe saxon sayer sayers sayres
  scarface schuyler scot scotti scottie scotty sebastiano selby selig sergent seumas seward seymour
  shamus shanan shannan shaughn shaw sheff sheffie sheffy shelden shelton shem shep shepard sheppard
  shepperd sheridan sherlock sherlocke sherm shermie shermy sherwin sherwood sherwynd sholom shurlock
  shurlocke shurwood sid sidnee siegfried siffre sig sigfrid sigfried sigismond sigismondo sigismund
  sigismundo sigmund sigvard silas silvain silvan silvano silvanus silvester simeon simmonds sinclair
  sinclare siward skell skelly skipp skippie skippy skipton skye skylar skyler slade sloan sloane
  smitty sollie solly solomon somerset spence spense spenser staffard stafford staford standford
  stanfield stanislas stanislaus stanislaw stanleigh stanly stanton stanwood stavro stearn stearne
  steffen stephan stephanus sterne stevie stevy stewart stillman stillmann stinky stirling stu
  sullivan sumner sutherlan sutherland sutton svend swen syd sylas sylvester syman symon tabb taber
  tabor tadd taddeo taddeusz tadeas tadeo tades tadio tait taite talbert talbot tamas tann tanney
  tannie tanny tarrance taylor teador tedd tedie tedman tedmund templeton teodoor teodor teodorico
  teodoro terencio terrance terrel terrell terrence terrill thacher thaddeus thaddus thadeus thain
  thaine thane thaxter thayne thebault thedric thedrick theobald theodor theodoric thibaud thibaut
  thom thor thorin thorndike thornie thornton thorpe thorstein thorvald thurstan thurston tibold
  tiebold tiebout timofei timoteo timothee timotheus tirrell tito titos titus tobiah tobie tobin
  tobit tod toddie toiboid tomaso tomkin tomlin tonnie torin torr torrance torre torrence torrey
  torrin torry towney townsend towny traver travers travus trefor tremain tremaine tremayne trent
  trev trevar trever trey tripp tris tristam tristan trstram trueman trumaine truman trumann tuckie
  tucky tudor tull tulley tully tybalt tye tymon tymothy tynan tyrus tyson udale udall udell ugo
  ulberto ulick ulises ulric ulrick ulysses upton urbain urbano urbanus uri uriah uriel urson vachel
  vaclav vail valdemar valentijn valentino valle vance vasili vasilis vassili vassily vaughan vaughn
  vergil vern vernen verney vernor vic vick victoir vidovic vidovik vincents vincenty vincenz vinson
  virge virgil virgilio vite vittorio vlad vladamir wadsworth wain wainwright waite wakefield wald
  walden waldo waldon wallache wallas walsh walther walton wang warde waring warner wat waverley
  waverly waylan wayland waylen waylin waylon webb weber webster weidar weider welbie welby welch
  wendall wendel wendell wernher wes westbrook westbrooke westleigh westley weston weylin whitaker
  whitby whitman whittaker wiatt wilbert wilburt wilden wildon wilek wiley wilfrid wilhelm willard
  willdon willem willey willis wilmar wilmer wilton windham winfield winfred winifield winn winslow
  winthrop witt wittie wolfie wolfy woodie woodrow worden worthington wyatan wyatt wye wylie wyn
  wyndham xenos xerxes xever ximenes ximenez xymenes yale yanaton yance yancey yancy yankee yardley
  yehudi yehudit yorgo yorgos yorke yorker yul yurik yves yvon yvor zachariah zacharias zacharie
  zacherie zachery zack zackariah zak zane zared zeb zebadiah zebedee zebulen zebulon zechariah
  zedekiah zeke zelig zerk zollie zolly
  `);
/** More women's given names (see MORE_MALE_NAMES). */
const MORE_FEMALE_NAMES = list("MORE_FEMALE_NAMES", `
  aarika abra adaline adara adda addia adela adelaida adelina adeline adella adelle adena adiana
  adina adora adoree adrea adria adrianna adriena aeriela agata aggie agna agnella agneta agnola
  agretha aida aila ailee ailina ailyn aimee aindrea ainslee ainslie alaine alameda alana alanna
  albertina albertine albina alecia aleda aleen alejandrina alena aleta alethea alexandrina alexia
  alexina alexine alfreda alica alicea alida alidia alie alika alikee aline alisa alisha alissa aliza
  alla alleen allegra allianora allina allissa almeda almeria almeta almira aloisia aloysia alta
  althea alvera alverta alvina alvinia alvira alyda alysa alysia alyssa amabelle amalea amalee
  amaleta amalia amalie amalita amandie amara amata amelie amelina ameline amelita amie amitie
  ammamaria anabella anabelle anastasie anastassia anatola andee andeee anderea andra andreana andree
  andria andriana andriette anestassia anetta anette angelia angeline angelita angelle ania anica
  anissa anitra anjanette anjela ann-marie anna-diana anna-maria annabela annabella annabelle
  annadiana annalee annamaria annamarie anne-marie annemarie annetta annissa annmaria annmarie
  annnora annora anselma anthea anthia anthiathia antoinette antonetta antonie antonietta antonina
  anya appolonia aprilette arabela arabella arabelle arda ardeen ardelia ardella ardelle ardenia
  ardine ardra aretha aridatha ariela ariella arielle arlana arlee arleen arlena arleta arlette arlie
  arlina arlinda arline arlyn ashia ashla ashlee ashlie astra atalanta athena auberta aubine aubree
  aubrette aubrie audie audra audrie augustina aundrea aurea aurelea aurelia aurelie auria aurie
  aurilia aurlie auroora austina austine ava aveline avie aviva babara babbette babbie babette babita
  bambie barbabra barbee barbette basia bathsheba batsheva bea beatrisa becca becka beckie belia
  belicia belita bella bellanca bellina belva belvia benedetta benedicta benedikta benetta benita
  berna bernadina bernadine bernardina bernardine bernelle bernetta bernette bernita berrie berta
  bertha bertina bertine bessie bethena bethina betta bette bettine beverie beverlee beverlie bianka
  bibbie biddie binnie birgitta blakelee blanca blancha blinnie blondelle blondie bobbee bobbette
  bobette bobina bobine bobinette bonita bonnee bonnibelle brana brandea brandie bree breena brena
  brenna bria briana brianna bridgette bridie brietta brigida brigitta brina brinna brita britta
  brunhilda bryana bryna brynna bunnie cacilia cacilie cahra cairistiona calida calla callida callie
  camala camella camila cammie candie candra cara caralie carena caresa caressa caria carie carilyn
  carina carine cariotta carissa carita caritta carlee carleen carlina carline carlita carlota
  carlotta carlyn carma carmelia carmelina carmelita carmella carmelle carmencita carmina carmita
  carola carolee carree carrie carrissa casandra casie cassaundra cassondra catarina catha catharina
  catharine cathee catherina cathie cathleen cathrine cathyleen catie catina catlaina catlee catrina
  cayla cecelia cecilla celestia celestina celestine celestyna celia celie celina celinda celinka
  celka celle cesya chanda chandra channa charissa charita charla charleen charlena charline
  charlotta charmaine charmine chelsie cherida cherie cherilyn cherlyn cherrita cheslie chiarra
  chiquia chiquita chloette christabella christiana christyna chrysa cilka cinda cindee cindelyn
  cinderella cindie cindra cissiee clarabelle claresta clareta claretta clarette clarie clarinda
  clarine clarissa clarita claudelle claudetta claudie claudina claudine clea clementia clementina
  cleopatra clerissa clotilda codee coleen coletta colette collette colline concettina conchita
  concordia consolata constancia constanta constantia constantina consuela cora corabella corabelle
  coralie coraline coralyn cordelia cordelie cordula coreen corella corenda coretta corette corie
  corilla corina corine corinna corissa cornela cornelia cornelle correna corrina corrine cosetta
  cosette costanza crissie crista cristie cristine cristionna crysta crystie cthrine cyndia cyndie
  cynthea cynthie dacia dacie daffie daisie dalenna dalia dalila damara damita danella danette dania
  danica daniella danika danila danita danna danyelle danyette daphna dara darbie darcee darcie darda
  dareen darelle darla darleen darline darlleen darrelle darsie darya dasha dasie dasya datha daveen
  daveta davida davina davine davita dawna dayna deana deanna debee debera debora dedie dedra dee
  deedee deena dehlia deina dela delcina delcine delila delinda delora deloria delphine delphinia
  demetra demetria dena denna desdemona desiree deva devina devondra devonna devora diandra
  diane-marie dianemarie dianna diena dina dinnie dita dixie dodie dollie dolorita domeniga dominga
  dominica dona donella donelle donetta donia donica donielle donnamarie doralia doralyn doreen
  dorelia dorella dorelle dorena doretta dorette doria dorine dorisa dorita dorolisa dorotea doroteya
  dorothea dorothee dorree dorrie dorthea dottie drona drucie drusie drusilla dulcea dulcia dulciana
  dulcie dulcine dulcinea dulsea dyana dyanna dyna eachelle eada eadie eartha eba ebba ebonee eda
  edee edeline edie edita editha ediva edwina effie eirena ekaterina elaina elana elberta elbertina
  elbertine eleanora electra eleen eleonora elfie elfreda elfrida elfrieda elga elianora elicia elie
  elisa elisabetta elissa elita elka elladine elle ellette ellie ellissa ellyn elmira elna elnora
  eloisa elora elsie elva elvera elvina elwira elyn elysee elysha elysia elyssa ema emalee emalia
  emelda emelia emelina emeline emelita emera emilee emilie emiline emmalee emmaline emmalyn emmeline
  emmie emylee engracia enrica enrichetta enrika enriqueta eolanda erda erena ericha ericka erina
  erinna erma ermina erminia erminie erna ernaline ernesta ernestine ertha esma esmaria esmeralda
  essa essie esta estella estelle estrella estrellita ethelda etheline ethelyn etta ettie eudora
  eugenia eugenie eugine eula eulalie euphemia eustacia evaleen evangelia evangelina evania eveleen
  evelina eveline evie evita evvie eydie ezmeralda faina fanchette fancie fanechka fania fannie fanya
  fara farica farra faunie faustina faustine fawnia faydra fayette fayina federica felecia felicia
  felipa felisha felita feliza fenelia feodora ferdinanda fernandina fianna fidela fidelia fifine
  filia filippa fina fionna fionnula fleurette florella florencia florentia florenza florette floria
  florie florina florinda florrie flossie francine francisca franciska frayda freda fredelia
  frederica fredericka fredia fredra fredrika freida frieda fulvia gabriella gabrielle gabriellia
  gabrila galina garnette gavra gavrielle gayla gayleen gelya gena genevra genia genna gennie
  genovera georgeanna georgena georgeta georgetta georgette georgiana georgianna georgina georgine
  geralda geraldine gerda gerhardine gerianna gerladina germana gerrilee gerta gertie gertruda
  giacinta giana gianina gilberta gilbertina gilbertine gilda gilemette ginelle ginevra ginnie
  giorgia giralda gisella giuditta giulia giulietta giustina gizela gleda glenda glenine glenna
  glennie gloriana glynda godiva golda goldarina goldia goldie goldina gracia gracie grata gratia
  gratiana grazia gretna gretta griselda guenna guglielma guillema guillemette guinna gunilla gusella
  gussie gusta gustie gwenette gwennie gwenora hadria hailee halette halie halimeda hallie hana
  hannie harlie harmonia harmonie harrie harrietta harriette hattie heda hedda heddie hedwiga heida
  heidie helaina helaine helenka helsa helyn hendrika henka henrie henrieta henriette henryetta
  hermia hermina hermine herminia herta hertha hestia hettie hinda hollie honoria horatia hortensia
  hulda hyacintha hyacinthia hyacinthie hynda ibbie ida idalia idalina idaline idelle idette ileana
  ilka illa ilsa ilysa ilyssa ina indira inesita inessa inga ingunna inna iona iormina irena irita
  irma isabelita isadora isahella isidora issie ivette ivie jacenta jacinda jacinta jacintha jackelyn
  jacklyn jackqueline jaclyn jacquelyn jacquenetta jacquenette jacquetta jacquette jacquie jada jaine
  jamima jammie janaya janeczka janeen janela janella janelle janenna janessa janeta janetta janette
  janeva jania janie janina janka janna jannelle jaquelyn jaquenetta jaquenette jasmina jaymee jeana
  jeanelle jeanie jeanine jeanna jeannette jeannie jeannine jehanna jemie jemmie jena jenda jenelle
  jenica jenilee jenine jenna jennee jennette jennica jennie jennilee jennine jeralee jerrilee
  jerrilyn jerrine jerrylee jessa jessalyn jessamine jesselyn jessika jewelle jillana jilleen jillie
  joana joanie jobie jobina jobyna joceline jocelyn jodee joela joelie joella joelle joellyn johna
  johnette johnna jolee joleen joletta jolie joline jolyn jonie jordana jordanna jorie jorrie josee
  josefa josepha josephina josie josselyn joya judie juditha juieta julee julianna julieta julietta
  julina juline julissa julita junette junia junie junina justina justine kacie kaela kaia kaila
  kaitlyn kaja kakalina kala kaleena kalie kalila kalina kalinda kamila kania kanya kara karalee
  karee karena karia karie karine kariotta karisa karissa karita karla karlee karleen karlie karlotta
  karlyn karna karola karolina karoline karrie kassandra kassia kassie kata katee katerina katerine
  katha katharine katherina kathie kathrine katina katine katinka katleen katrina katrine katrinka
  kattie katuscha katusha katya kaycee kayla kaylee kaylyn keelia kelcie kelila kellia kellie kellina
  kellsie kendra kenna kerrie keslie kessia kettie kevina kikelia kimberlee kimberlyn kimbra kimmie
  kinna kira kirbee kirbie kissee kissie kittie kizzee kizzie klara klarika klarrisa kora kordula
  korella koressa korie korrie krissie krista kristine krysta krystyna kyla kylila kynthia lacee
  lacie ladonna laetitia laina lana lanette lanita lanna laraine larina larine larisa laryssa
  latashia latia latisha latrena latrina lauraine lauralee lauree laureen laurella laurena lauretta
  laurette lavena laverna lavina lavinia lavinie layla leandra leanna leanora lebbie leda leela leena
  leesa legra leia leigha leisha lela lelia lena lenee lenette lenka lenna lenora leodora leoine
  leola leoline leona leonanie leonelle leonie leonora leontine leora leshia lesya leta lethia
  letisha letitia letizia letta lettie lexie lexine leyla lezlie lia liana lianna libbie licha lida
  lidia liesa lila lilia lilla lilllie lina lindie linea linette linnie lisetta lisette lisha lissa
  lissie lita liuka liva livia livvie liza lizette lizzie loella lola loleta lolita lona lonee lonna
  lora loraine loralee loralie loralyn loree loreen lorelle lorenza loretta lorette loria lorianna
  lorie lorilee lorilyn lorinda lorine lorita lotta lottie louella louisa louisette loutitia luciana
  lucie lucila lucilia lucina lucinda lucine lucita lucretia ludovika luella luelle lula lulita lura
  lurette lurleen lurline lusa lyda lydie lynda lyndsie lynea lynelle lynna lynnea lynnelle lynnette
  lyssa mabelle mada madalena madalyn maddalena madelaine madelena madelina madeline madella madelle
  madelyn madonna magda magdaia maggee mahala mahalia maia maiga maisie mala malanie malena malia
  malina malinda malissa malissia mallissa mallorie malorie malva malvina malynda mamie manda mandie
  manya mara marcelia marcella marcelle marcellina marcelline marchelle marcia marcie marena maressa
  marga margareta margaretha margaretta margarette margette margie marianna maribelle marielle
  marietta mariette marika marilee marinna mariquilla mariska marissa marita maritsa mariya marja
  marjie marketa marla marlee marleen marlena marlie marline marlyn marna marnia marnie marquita
  marrilee marrissa marsha marsiella martelle martguerita marthena martica martita marya maryanna
  marybelle marylee marylinda marysa masha matelda mathilda maudie maura maurine maurita maurizia
  mavra maxine maybelle meara mechelle meggie mela melamie melania melantha melba melesa melessa
  melina melisa melisandra melisenda melita melitta mella mellie mellisa melodee melodie melonie
  melosa melva mercie merilee merilyn merissa merla merlina merline merna merola merralee merridie
  merrie merrielle merrilee meta mia micaela michaelina michaeline michaella michelina micheline
  miguela miguelita mikaela milka millie milzie mina minda minerva minetta minette minna minnaminnie
  minnie minnnie minta miquela mira mirabella mirabelle miranda mireielle mirelle mirilla mirna misha
  missie modesta modestia modestine moina moira mollee mollie mona mora moreen morena morgana
  morganica moria morissa morna moselle moyna moyra mozelle mufinella murielle myra myranda myrilla
  myrna myrta myrtia myrtie nada nadeen nadiya nadya nana nancee nancie nanine nannette nannie naoma
  nara nata natala natalee natalina nataline natalya natassia nathalia natka neala neda nedda neila
  neilla nelia nelie nelle nellie nerissa nerita nerta nertie nessa nessie nesta netta nettie nevsa
  neysa nicolea nicolette nicolina nicoline nikkie nikoletta nikolia ninetta ninette ninnetta
  ninnette nissa nissie nita nixie noella noelle noellyn noelyn nola nolana nolie nona nonie nonna
  noreen norina norine novelia nydia nyssa octavia odelia odelinda odella odelle odetta odette odilia
  ofelia ofella ofilia ola olenka olia olimpia olivette olivie olva olympia olympie ondrea oneida
  onida oona opalina opaline ophelie ora oralee oralia oralie oralla orelee orelia orelie orella
  orelle oriana orsa orsola ortensia otha othelia othella othilia othilie ottilie paloma pamelina
  pamella pammie pandora pansie paolina papagena patrica pauletta paulette paulita pavia pavla pearla
  pearline pegeen peggie penelopa pepita peria perla perrine peta petrina petronella petronia
  petronilla phaedra phaidra phedra phelia philipa philippine phillida phillie philomena phyllida pia
  pierette pierrette pietra pippa pollyanna portia prisca priscella prissie queenie querida quinta
  quintana quintilla quintina rachelle rafa rafaela rafaelia rafaelita raina raine ralina ramona
  ramonda rana randa randee ranna raphaela raquela rasia rasla rayna rea reba rebbecca rebeca rebecka
  rebeka ree reeba reena reeta reeva regine reina reine rena renelle renie rennie reta retha reyna
  rheba rheta rhetta rhianna rhoda rhodia rhodie rhona rica ricca rina risa riva rivalee roana roanna
  robena robenia robina robinetta robinette robinia rochella rochelle rochette roda rodie rodina
  romola romona romonda rona ronalda ronda ronica ronna ronnica roobbie rora rorie rosabella
  rosabelle rosaleen rosalia rosalie rosalinda rosaline rosalyn rosana rosanna roseanna roselia
  roseline rosella roselle rosemaria rosemarie rosetta roshelle rosie rosina rosita roslyn rosmunda
  rowena roxanna roxie roxine rozalie rozanna rozella rozelle rozina rubetta rubia rubie rubina
  ruperta ruthie rycca saba sabina sabra sacha sada sadella sadie saidee sallee sallie saloma samara
  samaria sandie sapphira saree sarena sarette sarina sarine sarita sashenka saudra savina seana seka
  sela selena selestina selia selie selina selinda seline sella selle sena sephira shaina shalna
  shana shanda shandee shandie shandra shanie shanna shanta shantee shara sharla sharleen sharline
  sharona shauna shawna shawnee shayla shaylyn shayna sheba sheela sheena sheeree shela shelba shelia
  shellie shena sheree sherie sherilyn sherline sherrie shina shirlee shirleen shirline shoshana
  shoshanna siana sianna sibbie sibella sibelle sibilla sibylla sidonia sidonnie silva silvana silvie
  simona simonette sindee siouxie sissie sofie sondra sonja sonnnie sonya sophronia sorcha sosanna
  stacia stacie starla stefa stefania stefanie steffie stepha stephana stephannie stephenie stephie
  stephine stesha stevana stevena stormie sula susana susanetta susanna susette suzanna suzette suzie
  sybila sybilla sydelle tabatha tabbatha tabbitha tabina talia tallia talya tamarra tamera tamma
  tammara tamra tana tandie tanhya tania tara tarra tasha tasia tatiania tawnya tawsha tedda tedra
  teena teirtza teodora tera teresina teresita teressa terra terrie tersina terza tessie thalia
  theadora theda thekla thelma theodora theodosia theresina theresita theressa therine thia thomasa
  thomasina thomasine tiena tiertza tiffanie tiffie tilda tildie tillie timothea tiphanie tisha
  toinette toma tomasina tomasine tonia tonie tonya torie torrie tova tracee trenna tresa trescha
  tressa tricia trina trisha trista trixie truda trudie trula twila twyla tybie ula ulla ulrica
  ulrika una ursa ursala ursola ursulina ursuline uta valaree valaria valeda valenka valentia valera
  valida valina vallie valma vanda vania vanna vannie veda velma venita verena veriee verina verine
  verla verna veronika vickie vida vilhelmina vilma vina vinita violetta violette virgina virginie
  vita vitia vitoria vittoria vivia viviana vivianna vivie vonnie wanda wandie waneta wenda wendeline
  wendie wenona wileen wilhelmine wilie willa willabella willamina willetta willette wilma wilmette
  wilona winna winona wrennie wylma wynnie xaviera xena xylia xylina yalonda yasmeen yetta yettie
  yevette yovonnda yvette zabrina zahara zandra zaneta zaria zarla zea zelda zelma zena zenia zia
  zilvia zita zitella zola zonda zondra zonnya zora zorana zorina zorine zsa zsazsa zulema zuzana
  `);
/** More given names of either gender, or of an ending that does not say (see MORE_MALE_NAMES). */
const MORE_UNISEX_NAMES = list("MORE_UNISEX_NAMES", `
  aaren abagael abagail abba abbe abbi abbie abbye abigael abigale adah adan addi addie addy adel
  adelheid adelice adelind adey adi adorne adriaens adriane adrianne aeriel aeriell afton agace
  agathe aggi aggy agnese agnesse aidan aigneis aile ailene ailey aili ailis ailsun aime aimil
  ainsley ajay alanah alane alayne aleece alejoa alene alexi alfi alfie alfy alis alisun alix allene
  alli allie allis allix allsun allx allyce allyn allys allyson almire aloise alva alyce alyosha alys
  alyse alyson alyss amabel amalle amandi amandy amargo amberly ambur ame ami amii amil amye anabal
  anabel analiese analise anallese anallise andi andie andromache anet anett ange angele angelique
  angie angil angy anna-diane annabal annabell annadiane annaliese annalise anne-corinne annecorinne
  anneliese annelise anni annice annis anny ansley anstice anthe ara arabel arabele ardath ardelis
  arden ardene ardis ardisj ardith ardyce ardys ardyth ariadne ariel arlen arleyne arliene arluene
  arly arlyne aryn asa ashely ashien ashil ashlan ashleigh ashlen ashli ashly astrix athene atlante
  aubrey aubry audi audre audrey audry audrye audy auguste augustine aurel aurore averil averyl avis
  avivah avril avrit ayn bab babb babs bambi bamby barbara-anne barbaraanne barbe barbey barbi barby
  bari barrie beatrix beatriz bebe becki beilul beitris bekki bel bendite benni bennie benny benoite
  berenice berget bernadene bernete berni bernice bernie berny berri bert berte berthe berti bertie
  berty beryle bess bessy bethanne bethany betsey betsy bette-ann betteann betteanne betti bettye
  beulah bev beverley bibby bibbye bibi bidget bili billi billie billye binni binny birgit blair
  blaire blake blakeley blanche blinni blinny blisse blondell blondy blythe bobbe bobbi bobbie bobbye
  bonni brandais brande brandi brandice brandise breanne brear bren brenn brianne brier brigid brigit
  briney brinn brit britni britt brittan brittaney brittani britte britteny brittne brittney brittni
  brnaba brooke brunhilde bryn brynn brynne buffy bunni caitrin cal calley calli cally cami camile
  cammi cammy candi candice candide candis caren caresse carey cari caril carin carlen carlene carley
  carlie carlin carlye carlynn carlynne carmel carmon caro carol-jean carolan carolann carole carolin
  caroljean carolyne carolynn caron carri carroll cary caryl caryn casey casi cass cassandre
  cassandry cassey cassi cassie cassy cate cathe catherin cathi cathlene cathrin cathryn cathy cati
  catlin caty caye cecil cecile ceciley cecily ceil cele celene celeste celestyn celisse chandal
  chantalle charil charin charis charisse charlean charlot charmain charmane charmian charmion charo
  charyl chelsae chelsey chelsy cher chere cherey cheri cherianne cherice cherilynn cherin cherise
  cherri chery cherye chickie chicky chlo chloe chloris chrissie christabel christal christalle
  christan christean christel christi christie christin christy christye chrysler chrystal chryste
  chrystel cicely cicily ciel cindi cissy clair clare clarey clari claribel clarice clarisse clary
  clem clemence clemmie clemmy cleo clio clo cloe cloris clovis codi codie colene collen collete
  colly conni connie conny constantine corabel cordey cordi cordie cordy corene corey cori coriss
  corliss corly cornie correy corri corrianne corrinne corry cortney cory costa courtenay courtnay
  courtney crin cris crissy cristabel cristal cristen cristi cristin cristy cyb cybil cybill cymbre
  cynde cyndi cyndy cynthy dacey dacy dael daffi dagmar daile daisey daisi daloris damaris danell
  dani danice daniele danit danni dannie dannye danya daphene darb darby darcey darci darcy darell
  dari darice darlene daron darsey daryl daryn dasi daune dayle ddene deane deanne debbi debby debi
  debor decca dede deeann deeanne deerdre deeyn deidre delilah delly delores deloris demeter demetris
  deni denice denni dennie denny denys denyse deonne desirae desiri devan devi devin devinne devonne
  diahann dian diann dianne diannne didi dido dierdre dinah dinny dion dione dionis dionne dix dniren
  dode dodi dody dolley dolli doloritas domini donni donnie donny doralin doralynn doralynne dore
  dorene dorey dori dorian dorice dorie dorise doro dorolice dorri dorris dorry dorthy dosi doti
  dotti dre dreddy dredi dru druci drucill drucy drusi drusy dulce dulci dulcy dyan dyane dyann
  dyanne dynah eadith ealasaid easter eddi ede eden edi edin edithe edy edyth edythe eilis eimile
  elane elayne eleanore elene elenore eleonore elia elianore elinor elinore elisabet elisha elizabet
  ellene elli elly ellynn elnore elonore elsbeth elset elsey elsi elsinore elspeth elsy elyse emelyne
  emili emlyn emlynn emlynne emmalynn emmalynne emmey emmi emmy emmye emogene emyle enid eolande eran
  erinn ermengarde ermentrude eryn esra essy estel estele estell ethel ethelin ethelind ethyl etti
  etty evangelin evanne evey evonne evvy evy eyde fae fallon fanchon fanni farah farand farrah
  farrand fawne fay faye fayre fayth faythe felicdad felice felicle ferdinande fernande ferne fiann
  fifi filide fiorenze fleur flo flor florance flore flori floris florri florry flory flossi flossy
  flss fran francene francoise francyne frankie franky franni frannie franny freddi freddie freddy
  frederique fredi friederike gabbey gabbi gabbie gabey gabi gabie gabriell gaby gae gael gaye gayel
  gayle gaylene gaynor genevieve genni gennifer genny genvieve georgeanne georgianne georgie geri
  gerianne germain germaine gerri gerrie gert gerti gertrud gertrudis gerty gigi gilberte gillan
  gilli gilligan gilly ginni ginnifer ginny gipsy gisele gladi gladys glennis glori gloriane glyn
  glynis glynnis gnni goldi goldy gray grayce greer gretal grete gretel grethel grier grissel
  guendolen guenevere gui guinevere gus gussi gussy gusti gwendolen gwendolin gweneth gwenneth gwenni
  gwenny gwenore gwyn gwyneth gwynne haily haleigh haley hali halley halli hally hanni hannis hanny
  harlene harley harli harri harriett harriot harriott hatti hatty hayley heddi hedi hedvig hedvige
  hedwig hedy helen-elizabeth helene helge helli heloise hephzibah hermione hester hesther hetti
  hetty hildagard hildagarde hilde hildegaard hildegarde hildy hilliary holli holly-anne hollyanne
  honor hyacinthe ianthe ibby idell ileane ilene ilise ilse ilyse imogen imogene imojean inez
  ingaberg ingaborg inge ingeberg ingeborg inger ingra iolande iolanthe ira isa iseabal isis isobel
  issi issy ivett ivonne izabel jacinthe jacki jacklin jackquelin jacky jaclin jacquelin jacquelynn
  jacqui jacynth jaimie jami janaye jandy janean janel janene janey janifer janis janith jannel janot
  jany jaquelin jaquith jasmin jayme jayne jaynell jazmin jeane jelene jemimah jeni jeniece jenifer
  jeniffer jenn jenni jere jeri jermaine jerrie jess jessalin jessamyn jessi jessie jessy jewell
  jillane jillayne jillene jilli jilly jinny jo-ann jo-anne joane joann joannes jobey jobi joby jobye
  jocelin jocelyne jodi jodie jody joeann joell joellen joelly joelynn joete johannah johnath joice
  jojo jolene joli joly jolynn jonell joni jonis jordain jorey jori jorry joscelin josey joshia josi
  josy jourdan joyan joyann joycelin joye jsandye judi judye juli juliane juliann julianne juliet
  justinn jyoti kacey kacy kaile kailey kaitlin kaitlynn kali kalindi kalli kally kameko kamilah
  kamillah kandace kandy kara-lynn karalynn kare karel kari karil karilynn karlen karlene karlotte
  karly karmen karol karole karoly karon karrah karry kary karyl karylin karyn kasey kass kassey
  kassi kat katalin katey kath katharyn kathe katheryn kathi kathlin kathryne kathye kati katlin
  katti katy kay kaye kayle kayley kaylil keeley keely kelcey kelci kelcy kellen kelley kelli
  kellyann kelsey kelsi kelsy kendre keri keriann kerianne kerri kerrill kerrin kerry kerstin kesley
  kessiah ketti ketty kevyn kiah kial kiele kiersten kiley kimberley kimberli kimmi kimmy kipp kippie
  kippy kirby kiri kirsteni kirsti kirstin kirstyn kissiah kitti konstance konstanze koo koral
  koralle kore koren kori korney korry kris krisha krishna krissy kristal kristan kriste kristel
  kristi kristien kristy kristyn krystal krystalle krystle kylen kylie kylynn kym kyrstin lacey
  lainey lanae laney lani lanie lanni lanny lari laural laure laurene lauri laurianne laurice lauryn
  laverne layne layney leann leanor leeann leeanne leelah leese leigh leilah lelah leland lenore
  leone leonore leontyne lesley lesli leslie lesly letti letty lexi lexy lian liane lianne libbey
  libbi libby lil lilah lilas liliane lilias lilith lilli lillian lillis lilly lilyan lin lind lindi
  lindsay lindsey lindsy lindy linell linet linn linnell linzy lisabeth lisbeth lise lishe lissi
  lissy liv livvy livvyy livy lizabeth lizbeth lizzy loise loni lonni lonnie lorain lorelei loren
  lorene lori lorianne lorne lorrayne lorri lorrie lorrin lory lotte lotti lotty lou luce luci
  lucienne lucille luise lurlene lyn lynde lyndel lyndell lyndsay lyndsey lyndy lynett lynne lynnell
  lynnet lynnett lynsey mab mabel mable maddi maddie maddy madel madelene madelin madelon madge
  madlen madlin mady mae maegan mag magdalen magdalene maggi maggy maible maighdiln mair maire maisey
  maitilde malinde mallory malory mame mandi manon marabel marci marcile marcille marcy mareah maren
  margalit margalo margarete margarethe margaux margeaux margery marget margi margit margo margret
  marguerite margy mari mariam marian mariann maribeth marice maridel marie-ann marie-jeanne marieann
  mariejeanne mariel mariele mariellen marijo marilin marillin marin maris marj marje marji marjory
  marjy marlane marleah marlene marley marlo marne marney marni marris marthe marti martie marty
  martynne maryann maryanne marybeth maryellen maryjane maryjo maryl marylin marylou marylynne
  maryrose marys mata mathilde matilde matti mattie matty maude maure maureene maurene maurise mavis
  maxi maxie maxy maye meade meagan meaghan megen meggi meggy meghan meghann mehetabel mel melany
  melicent melinde melisande melisent melisse melli mellicent mellisent melloney melly melony merci
  meredith meredithe meridel meridith meriel meris merl merle merrile merrili merrill mersey meryl
  michal michele michell micki mickie micky mignon mignonne mildrid milicent milissent milli
  millicent millisent milly mimi min mindy minne minni minny miof mirabel miran mischa missy misti
  mitzi molli monah monique morganne morgen mufi muire mureil murial muriel myca myrah myriam myrle
  myrlene myrtice nadean nady nalani nan nananne nance nancey nanci nanete nani nanice nanni nanon
  nari nariko nat natividad nedi neely neile neille nelli nelly nert nerte nerti nerty nessi nessy
  netti netty nichol nichole nicholle nicki nickie nickola nicky nicol nicoli nicolle nikaniki nike
  niki nikita nikki nikola ninon nisse nissy noami noelani noell noemi nollie nomi nonah noni nonnah
  norah norean norene norri norrie norry odele odille oliy ollie olly olwen olympe oralle orel orly
  paige pammi pammy patti pattie paule pauli paulie pauly pearle peggi penni pennie pepi peri perl
  perle perri perry persis petronille phebe philis phillis philly phylis phyllys phylys pippy pris
  pru prudi prudy prue quinn rachele rae raeann raf rahal rahel rakel randene randi randie rani
  ranice ranique raychel raye raynell rayshell rebe rebekah rebekkah regan reggi reggie reiko remy
  renae renate renell revkah rey rhiamon rhianon rhody riane riannon rianon rici ricki rickie ricky
  riki rikki rivi rivkah rivy roanne robbi robbie robbin robby robbyn robinet robinett roby robyn
  roch rochell rodi rois roma romy ronni ronnie ronny rori ros rosabel rosalinde rosalynd rosamond
  rosamund rosanne roseann roseanne roselin rosemonde rosene rowe roxane roxanne roxi roxy roz
  rozalin rozamond rozanne roze rozele rubi ruthann ruthanne ruthe ruthi ruthy ryann sadye sal
  salaidh salli sallyann sallyanne salome salomi sammy sande sandi sandye sara-ann saraann sarajane
  sarene sascha sasha saundra sayre scarlett selene shae shaine shalne shandeigh shani shannah
  shannen shanon sharai shari sharity sharl sharlene sharron sharyl shawn shay shaylah shaylynn
  shayne shea sheelagh sheelah sheila-kathryn sheilah shel shelagh shelbi shelby shelley shelli
  shelly sher sheri sherill sherri sherye sheryl shir shirl shirlene sib sibby sibeal sibel sibley
  sibylle sidoney sile sileas simonne sioux sisely sisile siusan sonni sonnie sophey sophi stace
  stacee stacey staci stacy stafani starlene starlin starr steffane steffi stephani stephi stoddard
  stormi suellen sukey suki susann susannah susanne susi susy suzann suzi suzy sybille sybyl sydel
  tabbi tabbie tallie tallou tallulah talyah tamar tamarah tami tamiko tammi tammie tammy tamqrah
  tandi tandy tani tanitansy tarah tarrah taryn tate tatum teddi teddie tedi terese teri teriann
  terri terrijo terrye tess tessi tessy thoma thomasin tierney tiffani tiffany tiffi tiffy tildi
  tildy tilly timi timmi timmie timmy tiphani tiphany tish tobe tobey tobi toby tobye tomi tommi
  tommie tonye torey tori tory tracey traci tracie trish trix trixi trixy trude trudey trudi tybi
  tyne ulrikaumeko umeko val valene valery valerye valli vally valry vanni vanny vanya venus veradis
  vere verene verile verne vernice veronike veronique vevay vicki viki vikki vikky vin vinni vinnie
  vinny violante viole virgie viv vivi vivianne vivien viviene vivienne viviyan vivyan vivyanne vonni
  vonny vyky wallie wallis walliw waly wandis wanids wendi wendye wenonah whitney willi willyt wilone
  wilow wini winifred winnah winne winni winnie winnifred winny winonah wynn wynne wynny yetty ynes
  ynez yolande yolane yolanthe yoshi yoshiko ysabel yulma yuma zaccaria zacharia zarah zorah
  `);

/** The rarer given names above: weaker evidence (see people.ts), as many are also surnames or places. */
export const RARER_GIVEN_NAMES: ReadonlySet<string> = new Set([...MORE_MALE_NAMES, ...MORE_FEMALE_NAMES, ...MORE_UNISEX_NAMES]);

/**
 * Round 14: a map of lower-case words that finds a word written with accents under its plain
 * spelling ("josé" as "jose", "zoë" as "zoe"), as the lists are written.
 */
class UnaccentedMap<V> extends Map<string, V> {
  override get(word: string): V | undefined {
    return super.get(word) ?? (/[^\x00-\x7f]/.test(word) ? super.get(word.normalize("NFD").replace(/\p{M}/gu, "")) : undefined);
  }
  override has(word: string): boolean {
    return this.get(word) !== undefined;
  }
}

/** Every given name with its gender hint ("m", "f", or "u" for unisex), accents aside. */
export const GIVEN_NAMES: ReadonlyMap<string, "m" | "f" | "u"> = (() => {
  const map = new UnaccentedMap<"m" | "f" | "u">();
  for (const name of MALE_NAMES) map.set(name, "m");
  for (const name of FEMALE_NAMES) map.set(name, "f");
  for (const name of UNISEX_NAMES) map.set(name, "u");
  for (const name of MORE_MALE_NAMES) map.set(name, "m");
  for (const name of MORE_FEMALE_NAMES) map.set(name, "f");
  for (const name of MORE_UNISEX_NAMES) map.set(name, "u");
  return map;
})();

/** Name particles that may sit lower-case inside a name ("Ludwig van Beethoven", "bin Salman"). */
export const NAME_PARTICLES = set("NAME_PARTICLES", `van von de der den da del della di du le la bin ibn al el e`);

/**
 * Common English short forms of given names ("Mike" for "Michael"): two full names that differ
 * only in this are one person.
 */
export const GIVEN_NAME_SHORT_FORMS = pairs("GIVEN_NAME_SHORT_FORMS", `mike:michael mick:michael marty:martin bill:william will:william billy:william bob:robert bobby:robert rob:robert
   jim:james jimmy:james jamie:james tom:thomas tommy:thomas tony:anthony dick:richard rick:richard
   rich:richard dan:daniel danny:daniel dave:david joe:joseph joey:joseph chris:christopher
   steve:steven matt:matthew nick:nicholas sam:samuel ben:benjamin ed:edward eddie:edward
   ted:edward andy:andrew drew:andrew alex:alexander jeff:jeffrey greg:gregory ken:kenneth
   larry:lawrence ron:ronald don:donald pat:patrick phil:philip tim:timothy jon:jonathan
   jack:john johnny:john charlie:charles chuck:charles hank:henry harry:henry fred:frederick
   frank:francis gerry:gerald jerry:gerald ray:raymond walt:walter doug:douglas stan:stanley
   vince:vincent zach:zachary nate:nathan liz:elizabeth beth:elizabeth betty:elizabeth
   kate:katherine kathy:katherine katie:katherine sue:susan susie:susan jen:jennifer
   jenny:jennifer meg:margaret maggie:margaret peggy:margaret becky:rebecca debbie:deborah
   deb:deborah cindy:cynthia sandy:sandra pam:pamela vicky:victoria tina:christina
   chrissy:christine mandy:amanda abby:abigail jackie:jacqueline judy:judith teddy:theodore`);

/** Prepositions: a name right after one is not the subject of its clause ("a spokesman for X"). */
export const PREPOSITIONS = set("PREPOSITIONS", `
  of for with by about to from against on at in into like than between among toward towards
  including over under after before behind via
  `);

/**
 * Last words of a place named after a person ("... Castle", "... Bridge"): not a person. (Round
 * 37: a region's, "the Alabama Black Belt".)
 */
export const PLACE_HEADS_LAST = set("PLACE_HEADS_LAST", `
  castle fort fortress park bridge cathedral abbey gardens manor citadel pier beach harbor harbour
  canyon falls springs heights memorial monument plaza shelf glacier fault planetarium observatory
  aquarium zoo arena creek river bayou gulch hollow valley island islands peninsula reservoir canal
  prairie basin estuary lagoon dam hotel motel ramp marina wharf jetty campground trailhead dock docks slipway lighthouse
  refuge sanctuary preserve wilderness hatchery seashore lakeshore mesa bluff bluffs butte ridge
  garden lands barracks armory armoury arsenal
  auditorium gymnasium pavilion amphitheater amphitheatre ballroom atrium hangar chapel theater theatre
  belt
  `);

/**
 * The place heads of PLACE_HEADS_LAST that are no one's surname: "Brush Creek", "Elk River" are
 * places even as two words ("Jane Park", "Tom Bridge" may be people).
 */
export const FEATURE_HEADS = set("FEATURE_HEADS", `
  creek river bayou gulch hollow valley island islands peninsula reservoir canal prairie basin
  estuary lagoon canyon glacier dam hotel motel ramp dock docks marina wharf jetty slipway lighthouse
  refuge sanctuary preserve wilderness hatchery seashore lakeshore garden lands barracks
  auditorium gymnasium pavilion amphitheater amphitheatre ballroom atrium hangar
  `);

/**
 * Round 18: last words of an observance ("Teacher Appreciation Day", "Nurse Appreciation Week"):
 * after a word that is no given name, the pair is the day's, not a person's ("Doris Day" is).
 */
export const OBSERVANCE_HEADS = set("OBSERVANCE_HEADS", `day days week month weekend year`);

/**
 * Words that open a military or service unit's name after a person's ("Lt. Jane Roe Sector
 * Juneau", "Petty Officer Jane Roe Station Nome"): the name ends before them.
 */
export const UNIT_WORDS = set("UNIT_WORDS", `
  sector station squadron wing battalion detachment regiment brigade division district company group
  base command
  `);

/** Words before a unit's word that belong to the unit, not the name ("... Air Station Kodiak"). */
export const UNIT_MODIFIERS = set("UNIT_MODIFIERS", `air coast guard naval marine joint field forward training support`);

/**
 * First words of a place or a storm named after a person ("Fort ...", "Mount ...", "Hurricane ..."):
 * not a person. (Round 36: a saint's, "San Juan Harbor"; not "Santa", a given name too.)
 */
export const PLACE_HEADS_FIRST = set("PLACE_HEADS_FIRST", `fort mount lake port cape camp hurricane typhoon cyclone storm tropical
  san
  hurricanes typhoons cyclones storms`);

/**
 * Round 7: first words of a military or Coast Guard post named after its place ("Sector Juneau",
 * "Station Kodiak", "Joint Base Lewis-McChord"): no person's name opens on one, and one after a
 * name is where the name ends ("Lt. Jane Roe Sector Juneau").
 */
export const POST_HEADS_FIRST = set("POST_HEADS_FIRST", `sector station base joint naval garrison detachment district`);

/** Round 7: words before a post's head that belong to the post ("Air Station Sitka", "Coast Guard Base Kodiak"). */
export const POST_MODIFIERS = set("POST_MODIFIERS", `air naval army coast guard marine national reserve`);

/**
 * Round 7: last words of a place whose first word may be a given name or a particle ("Des
 * Moines", "Los Angeles", "Las Cruces"): a pair ending in one is the place, never a person.
 */
export const PLACE_TAILS = set("PLACE_TAILS", `
  moines angeles vegas paso diego francisco orleans antonio cruces alamos lauderdale petersburg
  plaines claire crosse salle
  `);

/**
 * Round 7: common nouns before a vessel's name ("the fishing vessel Jonathan Boy II", "the cutter
 * Alex Haley"): boats are named after people, and the name after one is the boat's.
 */
export const VESSEL_NOUNS = set("VESSEL_NOUNS", `
  vessel vessels boat boats ship ships cutter trawler yacht tug tugboat barge schooner sailboat
  ferry tanker freighter sloop catamaran skiff steamer steamship dredge dredger longliner seiner
  gillnetter lifeboat
  `);

/**
 * Round 7: documents, events and courses: capitalised at a sentence's or a heading's start
 * ("Announcement", "Course", "Video Teleconference"), they end no person's name.
 */
export const EVENT_WORDS = set("EVENT_WORDS", `
  invocation benediction processional recessional class
  announcement announcements teleconference teleconferences videoconference webinar webinars
  briefing briefings ceremony ceremonies course courses curriculum seminar seminars workshop
  workshops exercise exercises memorandum proclamation directive newsletter agenda syllabus
  graduation orientation symposium luncheon livestream webcast podcast
  operation campaign initiative training
  `);

/** Verbs that follow a title in headlines ("Minister Visits ...", "Senator Backs ..."): not names. */
export const HEADLINE_VERBS = set("HEADLINE_VERBS", `
  visits meets backs rejects slams seeks plans faces wins loses leads names opens signs unveils
  launches resigns quits steps heads tours hosts joins greets defends blasts hails eyes sets takes
  gets makes gives destroys kills hits rescues announces approves passes warns urges says honors
  honours celebrates receives completes begins ends returns arrives deploys trains helps welcomes
  releases issues reports finds shows calls asks tells wants needs selects
  touts awards highlights praises expands extends outlines proposes recognizes recognises commends
  thanks congratulates addresses discusses testifies
  comes goes sails flies marches rolls moves speaks talks
  pays marks mourns remembers salutes commemorates observes reaches breaks
  honored honoured named appointed selected awarded sworn
  pledges elects commits vows renews
  `);

/** A headline verb's plural form, lower case ("celebrate", "return"): after a plural subject, "Guard Airmen Return Home". */
export const isPluralHeadlineVerb = (word: string) => HEADLINE_VERBS.has(`${word}s`) || HEADLINE_VERBS.has(`${word}es`);

/**
 * Title words that are also everyday adjectives or nouns ("Private Equity", "Major Changes",
 * "General Assembly"): a title only after another one ("Attorney General").
 */
export const WEAK_TITLES = set("WEAK_TITLES", `
  private major general chief head deputy acting interim vice under associate principal executive
  assistant officer speaker leader official analyst lady father sister brother
  `);

/** Capitalised words that, after a name, make it an institution's ("... University"); as written. */
export const INSTITUTION_WORDS = list("INSTITUTION_WORDS", `
  University College Institute Polytechnic School Academy Hospital Company Corporation Corp Inc Ltd
  LLC Group Bank News Times Post Press Agency Service Network Radio Television
  `);

/** Nouns for what a speaker said, in an intro or a release headline ("a statement from ..."). */
export const INTRO_NOUNS = set("INTRO_NOUNS", `
  statement statements remarks comments excerpts excerpt transcript testimony message speech address
  `);

/** Determiners and possessives that open a noun phrase ("the minister", "his spokesman"). */
export const DETERMINERS = set("DETERMINERS", `the a an his her its their our this that these those`);

/** Small words left lower case inside a title of a work ("The Lord of the Rings"). */
export const SMALL_WORDS = set("SMALL_WORDS", `of the and a an in on for to at by or vs`);

/** Words that open a new clause, so what follows is not the quote's attribution phrase. */
export const CLAUSE_OPENERS = set("CLAUSE_OPENERS", `
  and but or nor that which who whom whose to of if when while whereas although though because as
  so since after before until unless
  `);

/** Nouns for someone's words after a possessive ("Roe's call to", "Roe's pledge of"). */
export const POSSESSED_SPEECH_NOUNS = set("POSSESSED_SPEECH_NOUNS", `
  call calls plea pleas appeal appeals pledge promise promises vow warning warnings words demand
  demands description message slogan motto remark remarks claim claims response reply answer
  reaction verdict advice explanation assessment conclusion quote quotes saying
  `);

/** Abbreviated titles and the title words they stand for ("Gen." ... "the general said"). */
export const TITLE_ABBREVIATIONS = pairs("TITLE_ABBREVIATIONS", `
  gen:general sen:senator gov:governor rep:representative col:colonel capt:captain lt:lieutenant
  sgt:sergeant adm:admiral maj:major prof:professor dr:doctor pres:president supt:superintendent
  insp:inspector cmdr:commander
  `);

/** Verbs of writing: "he wrote" refers back to whoever wrote before. */
export const WRITING_VERBS = set("WRITING_VERBS", `wrote writes blogged blogs posted posts tweeted tweets`);

/**
 * Verbs of interviewing: in "Jane Roe interviewed Tom Doe" the one interviewed, not the
 * interviewer, speaks the quotation that follows ("spoke with", "talked to"; "asked" only with a
 * question after the person, "asked Doe what ...": "asked Doe to resign" is a request).
 */
export const INTERVIEW_VERBS = set("INTERVIEW_VERBS", `
  interviewed interviews asked asks spoke speaks talked talks chatted chats questioned
  `);

/** Words opening the question after "asked Jane Roe": "what", "whether", "about". */
export const QUESTION_OPENERS = set("QUESTION_OPENERS", `what why how whether if about when where who which`);

/**
 * Forms of address ("His Excellency", "Your Majesty") and a phrasal verb's particles ("Miss Out",
 * "Step Up" in headline case): no one's name, even after a title. (Round 13: degrees written
 * without periods after a name, "Jane Roe, PhD".) (Round 14: a turn's greeting, "Thanks, Madam
 * Secretary".)
 */
export const NEVER_NAMES = set("NEVER_NAMES", `
  thanks thank hello hi okay ok sure absolutely sorry congratulations welcome exactly certainly
  yeah wow please
  excellency excellencies highness highnesses majesty majesties eminence holiness lordship ladyship
  out up off down away back
  marines troops
  order copyright
  phd mph msc mba cpa dvm esq
  mid
  tribal
  `);

/**
 * Round 7: nouns that say where someone is from or how long they served ("the Langley native", "the
 * 10-year veteran"): a titled person may be described by one too.
 */
export const ORIGIN_NOUNS = set("ORIGIN_NOUNS", `native resident veteran local alumnus alumna graduate`);

/** Verbs of manner that report a quote only right after it (`"...," she laughed`). */
export const MANNER_VERBS = set("MANNER_VERBS", `
  laughed laughs chuckled chuckles sighed sighs smiled smiles grinned grins shrugged scoffed scoffs
  snapped snaps sneered
  `);

/**
 * Abbreviations whose period does not end a sentence ("Mr.", "Jan.", "Sgt."; round 13: a retired
 * mark and a grade in brackets, "(Ret.)", "(j.g.)").
 */
export const ABBREVIATIONS = set("ABBREVIATIONS", `
  mr mrs ms dr prof sen rep gov gen col maj capt lt sgt adm rev st jr sr inc corp co ltd no vs
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig e.g i.e etc
  pvt pfc spc cpl sfc ssg cmdr cdr brig ens supt insp det cpo ret j.g
  sens reps drs sgts messrs
  `);

/** Words too common to tell topics apart ("the", "of"), left out of topic matching. */
export const TOPIC_STOPWORDS = set("TOPIC_STOPWORDS", `the a an of and in on for to with`);

/** Initials of places and bodies ("U.S.", "U.N."), never a person's initials; as written. */
export const PLACE_INITIALS = list("PLACE_INITIALS", `U.S. U.K. U.N. E.U. D.C. U.A.E. N.Y. L.A. S.F.`);

/**
 * Round 9: two capitals that are a place's, a body's, a medium's or a time's abbreviation ("US",
 * "TV", "PM"), never a given name written in two capitals ("KC Roe", "JD Doe"); lower case.
 */
export const TWO_LETTER_ABBREVIATIONS = set("TWO_LETTER_ABBREVIATIONS", `
us uk un eu dc ny la sf nj nc sc nd sd nh nm nv wv va pa ma md me mi mn mo ms mt ne oh ok or ri tn tx ut vt wa wi wy ak al ar az ca co ct de fl ga hi ia id il in ks ky gu pr vi tv am pm hq ap ai it uv gp mp qc cd dj fm hr ip ir pc pe pt rn st gi ex
`);

/** Number words: "One Rohingya", "Two Officers" open no name. */
export const NUMBER_WORDS = set("NUMBER_WORDS", `one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands`);

/** English prefixes before a hyphen ("Anti-war", "Self-made"): no syllable of a given name. */
export const HYPHEN_PREFIXES = set("HYPHEN_PREFIXES", `anti post pre self well non co ex pro re vice mid semi multi over under sub super`);

/** Organisation words that are adjectives, not the head noun that ends an organisation's name. */
export const ORG_ADJECTIVES = set("ORG_ADJECTIVES", `national international federal central global worldwide`);

/** Nouns for a government or a campaign named after a person ("the Roe administration"). */
export const GOVERNMENT_NOUNS = set("GOVERNMENT_NOUNS", `administration presidency government campaign ticket`);

/** Short auxiliaries between a surname and its verb ("Roe has said", "Roe later said"). */
export const SHORT_FILLERS = set("SHORT_FILLERS", `has had also later then further again`);

/**
 * Round 8: words in -er, -or, -ist, -ian that name no one (comparatives, adverbs, prepositions):
 * before a name, the others are agent nouns, a role ("says ten-season jumper Jane Roe").
 */
export const NOT_AGENT_NOUNS = set("NOT_AGENT_NOUNS", `
  former latter other another either neither whether rather together however never ever over under
  after later better further farther proper eager bigger longer larger older younger elder earlier
  greater smaller higher lower newer faster slower harder easier closer deeper wider stronger
  weaker tougher bitter minor prior
  interior exterior superior inferior christian
  `);
