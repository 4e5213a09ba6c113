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
  warrant airman seaman specialist
  `);

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
  official officials spokesman spokeswoman spokesperson researcher scientist expert analyst economist
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
  `);

/** Verbs that report speech or a stance; a quote's speaker is the subject or object of one. */
export const SPEECH_VERBS = set("SPEECH_VERBS", `
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
  opine opines opined
  recognize recognized recognizes recognise recognised recognises characterize characterized
  characterizes characterise characterised dub dubbed dubs spoke speaks
  noting explaining arguing insisting warning claiming recalling asking concluding
  continuing describing calling acknowledging declaring announcing stressing emphasizing
  emphasising suggesting replying responding answering writing recognizing
  recognising characterizing characterising admitting observing
  `);

/** Words allowed between a subject and its speech verb ("Trump has also said", "She further said"). */
export const VERB_FILLERS = set("VERB_FILLERS", `
  has have had also further later then again already repeatedly once previously recently publicly
  vehemently cautiously privately reportedly earlier often been was were is are will would
  could may might should did does do not never quickly simply just openly flatly separately
  `);

/** Pronouns that refer back to a man. */
export const PRONOUNS_MALE = set("PRONOUNS_MALE", `he him his himself`);
/** Pronouns that refer back to a woman. */
export const PRONOUNS_FEMALE = set("PRONOUNS_FEMALE", `she her hers herself`);
/** Subjects that are never a named person: a quote attributed to them has no speaker. */
export const NON_PERSON_SUBJECTS = set("NON_PERSON_SUBJECTS", `it they we you this that which who one officials authorities`);

/** Function words and sentence openers that are capitalised only by position. */
export const STOPWORDS = set("STOPWORDS", `
  a an the and or but nor so yet for of in on at to by with from into onto upon about above below
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

/** Last words that make a capitalised run an organisation, place, event or thing, not a person. */
export const ORG_WORDS = set("ORG_WORDS", `
  agency organisation organization party service services department ministry office council
  committee commission university institute institution centre center association union bank fund
  corporation corp corp. inc inc. ltd ltd. llc plc group company co co. news times post journal
  network station army force forces navy court house senate congress parliament assembly government
  administration authority board bureau foundation society hospital school college academy club
  program programme project initiative act law treaty accord agreement basin river lake
  mountains mountain street road avenue square island islands sea ocean bay valley state states
  republic kingdom federation province county city region district airport stadium church mosque
  temple museum library press media radio television tv channel magazine review herald tribune
  gazette daily weekly study survey report index alliance coalition front movement league conference
  summit forum games cup championship festival award awards prize war wars crisis revolution
  tower building hall palace embassy consulate camp camps command headquarters police guard guards
  system systems technologies technology software labs laboratory laboratories industries holdings
  partners enterprises airlines airways motors energy oil gas capital securities watch international
  worldwide global national federal central commonwealth nations unit units brigade division
  regiment battalion squadron artillery infantry cavalry standards affairs relations security defence defense health education
  justice interior treasury commerce labour labor transport trade finance foreign internal home
  world agriculture environment transportation housing veterans homeland development culture
  tourism fisheries communications information science industry economy planning welfare
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
  conservative liberal socialist communist labour labor green federal national royal
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
  `);

/** Given names used for men and women alike: evidence of a person, no gender. */
const UNISEX_NAMES = list("UNISEX_NAMES", `alex ashley gabriele jackie jamie jean kim lee sam terry`);

/** Every given name with its gender hint ("m", "f", or "u" for unisex). */
export const GIVEN_NAMES: ReadonlyMap<string, "m" | "f" | "u"> = (() => {
  const map = new Map<string, "m" | "f" | "u">();
  for (const name of MALE_NAMES) map.set(name, "m");
  for (const name of FEMALE_NAMES) map.set(name, "f");
  for (const name of UNISEX_NAMES) map.set(name, "u");
  return map;
})();

/** Name particles that may sit lower-case inside a name ("Ludwig van Beethoven", "bin Salman"). */
export const NAME_PARTICLES = set("NAME_PARTICLES", `van von de der den da del della di du le la bin ibn al el`);

/**
 * Common English short forms of given names ("Mike" for "Michael"): two full names that differ
 * only in this are one person.
 */
export const GIVEN_NAME_SHORT_FORMS = pairs("GIVEN_NAME_SHORT_FORMS", `mike:michael mick:michael bill:william will:william billy:william bob:robert bobby:robert rob:robert
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
   chrissy:christine mandy:amanda abby:abigail jackie:jacqueline judy:judith`);

/** Prepositions: a name right after one is not the subject of its clause ("a spokesman for X"). */
export const PREPOSITIONS = set("PREPOSITIONS", `
  of for with by about to from against on at in into like than between among toward towards
  including over under after before behind via
  `);

/** Last words of a place named after a person ("... Castle", "... Bridge"): not a person. */
export const PLACE_HEADS_LAST = set("PLACE_HEADS_LAST", `
  castle fort fortress park bridge cathedral abbey gardens manor citadel pier beach harbor harbour
  canyon falls springs heights memorial monument plaza shelf glacier
  `);

/** First words of a place named after a person ("Fort ...", "Mount ..."): not a person. */
export const PLACE_HEADS_FIRST = set("PLACE_HEADS_FIRST", `fort mount lake port cape camp`);

/** Verbs that follow a title in headlines ("Minister Visits ...", "Senator Backs ..."): not names. */
export const HEADLINE_VERBS = set("HEADLINE_VERBS", `
  visits meets backs rejects slams seeks plans faces wins loses leads names opens signs unveils
  launches resigns quits steps heads tours hosts joins greets defends blasts hails eyes sets takes
  gets makes gives
  `);

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
  demands description message slogan motto remark remarks claim claims
  `);

/** Abbreviated titles and the title words they stand for ("Gen." ... "the general said"). */
export const TITLE_ABBREVIATIONS = pairs("TITLE_ABBREVIATIONS", `
  gen:general sen:senator gov:governor rep:representative col:colonel capt:captain lt:lieutenant
  sgt:sergeant adm:admiral maj:major prof:professor dr:doctor pres:president supt:superintendent
  insp:inspector cmdr:commander
  `);

/** Verbs of writing: "he wrote" refers back to whoever wrote before. */
export const WRITING_VERBS = set("WRITING_VERBS", `wrote writes blogged blogs posted posts tweeted tweets`);

/** Verbs of manner that report a quote only right after it (`"...," she laughed`). */
export const MANNER_VERBS = set("MANNER_VERBS", `
  laughed laughs chuckled chuckles sighed sighs smiled smiles grinned grins shrugged scoffed scoffs
  snapped snaps sneered
  `);

/** Abbreviations whose period does not end a sentence ("Mr.", "Jan.", "Sgt."). */
export const ABBREVIATIONS = set("ABBREVIATIONS", `
  mr mrs ms dr prof sen rep gov gen col maj capt lt sgt adm rev st jr sr inc corp co ltd no vs
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig e.g i.e etc
  pvt pfc spc cpl sfc ssg cmdr cdr brig ens supt insp det cpo
  `);

/** Words too common to tell topics apart ("the", "of"), left out of topic matching. */
export const TOPIC_STOPWORDS = set("TOPIC_STOPWORDS", `the a an of and in on for to with`);

/** Initials of places and bodies ("U.S.", "U.N."), never a person's initials; as written. */
export const PLACE_INITIALS = list("PLACE_INITIALS", `U.S. U.K. U.N. E.U. D.C. U.A.E. N.Y. L.A. S.F.`);

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
