// Generalisation sweeps (issue 15, round 4): one made-up story told every way a class of copy
// allows (each verb of saying in each frame, each way of introducing a speaker and referring back,
// each layout of headline, furniture and byline), so a rule fitted to one sentence shows up as the
// other forms of its class failing. Every form here is right today; a change that breaks one
// breaks the class, not a fixture.
import { extractArticle } from "../src/extraction";
import { cleanText } from "../src/extraction/clean";

const VERBS = [
  "said",
  "says",
  "added",
  "explained",
  "noted",
  "asked",
  "warned",
  "insisted",
  "recalled",
  "wrote",
  "acknowledged",
  "argued",
  "conceded",
  "cautioned",
  "stressed",
  "replied",
  "responded",
  "continued",
  "remarked",
  "observed",
  "joked",
  "admitted",
  "declared",
  "announced",
  "urged",
  "predicted",
  "promised",
  "vowed",
  "complained",
  "tweeted",
  "posted",
  "told reporters",
  "emphasized",
  "suggested",
  "countered",
  "agreed",
  "boasted",
  "laughed",
  "shouted",
  "whispered",
  "concluded",
  "claimed",
  "confirmed",
  "testified",
  "wrote in an email",
];
const QUOTE = "The wall will be rebuilt by the spring";
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
const FRAMES: [string, (verb: string, who: string) => string][] = [
  ["quote, then who and verb", (v, n) => `"${QUOTE}," ${n} ${v}.`],
  ["quote, then verb and who", (v, n) => `"${QUOTE}," ${v} ${n}.`],
  ["who and verb, colon, quote", (v, n) => `${capital(n)} ${v}: "${QUOTE}."`],
  ["who and verb, comma, quote", (v, n) => `${capital(n)} ${v}, "${QUOTE}."`],
];
const REFERENCES = ["Voss", "she", "the mayor"];
const INTRO = "Mayor Clara Voss spent Monday at the harbour, where the storm had broken the old sea wall in three places.";

describe("every verb of saying in every frame, by surname, pronoun and role", () => {
  const cases = VERBS.flatMap((verb) =>
    FRAMES.filter(([frame]) => !(frame === "quote, then verb and who" && verb.includes(" "))).flatMap(([frame, make]) =>
      REFERENCES.map((who) => [`${frame}: ${make(verb, who)}`, make(verb, who)] as [string, string]),
    ),
  );
  it.each(cases)("%s", (_name, sentence) => {
    expect(extractArticle(`${INTRO}\n\n${sentence}`).quotes.map((q) => q.speaker)).toEqual(["Clara Voss"]);
  });
});

const INTRODUCTIONS: [string, (given: string, surname: string) => string][] = [
  [
    "a role and a name, no honorific",
    (g, s) => `Fisheries officer ${g} ${s} walked the north pier on Tuesday, counting the boats that stayed in port.`,
  ],
  ["an appositive role", (g, s) => `The plan was opposed by ${g} ${s}, chair of the parish council, at the meeting on Tuesday.`],
  ["an age set off", (g, s) => `${g} ${s}, 61, has fished out of the harbour for forty years and has never seen a season like it.`],
  ["the object of a verb of asking", (g, s) => `Reporters asked ${g} ${s} about the closures at the harbour after the meeting on Tuesday.`],
  ["an inverted attribution", (g, s) => `"The catch is down by half," said ${g} ${s}, who runs the fish market.`],
  ["a courtesy title", (g, s) => `Dr. ${g} ${s} studies the fish stocks of the bay for the state university in Eastport.`],
];
const NAMES: [string, string, string][] = [
  ["Dana", "Whitlock", "she"],
  ["Oren", "Baptiste", "he"],
  ["Okonkwo", "Adeyemi", "he"],
  ["Thandiwe", "Mokoena", "she"],
];
const REFERRED: [string, (surname: string, pronoun: string) => string][] = [
  ["by surname", (s) => `"We cannot go on like this," ${s} said.`],
  ["by pronoun", (_s, p) => `"We cannot go on like this," ${p} said.`],
  ["by surname before a colon", (s) => `${s} said: "We cannot go on like this."`],
];

describe("a speaker introduced once, then quoted by surname or pronoun", () => {
  const cases = INTRODUCTIONS.flatMap(([intro, make]) =>
    NAMES.flatMap(([g, s, p]) =>
      REFERRED.map(([ref, quote]) => [`${intro}, ${g} ${s}, ${ref}`, `${make(g, s)}\n\n${quote(s, p)}`, `${g} ${s}`]),
    ),
  );
  it.each(cases)("%s", (_name, story, speaker) => {
    const e = extractArticle(`Harbour faces hard winter\n\n${story}`);
    expect(e.quotes[e.quotes.length - 1].speaker).toBe(speaker);
    expect(e.people.map((p) => p.name)).toContain(speaker);
  });
});

const HEADLINES = [
  "Council approves harbour plan",
  "Council Approves Harbour Plan After Long Debate",
  "Storm damage: council approves repairs",
  "Harbour plan wins approval",
];
const ABOVE = [[], ["Eastport Gazette"], ["Home | News | Local"], ["Monday, March 2, 2026"], ["Local News", "Posted March 2, 2026"]];
const BELOW = [
  [],
  ["By Jane Roe"],
  ["By Jane Roe, Staff Writer", "March 2, 2026"],
  ["Published March 2, 2026 at 9:14 a.m."],
  ["The vote ends a two-year fight over the harbour."],
];
const STORY = [
  "The council voted on Monday night to approve the plan after a long debate that ran past midnight, officials said.",
  `"We will start work in the spring," Mayor Tom Marsh said after the vote.`,
];

describe("the headline and the story under every layout of furniture and byline", () => {
  const cases = ["\n\n", "\n"].flatMap((gap) =>
    HEADLINES.flatMap((headline) =>
      ABOVE.flatMap((above) =>
        BELOW.map((below) => [
          `${JSON.stringify(gap)} ${[...above, headline, ...below].join(" / ")}`,
          [...above, headline, ...below, ...STORY].join(gap),
          headline,
        ]),
      ),
    ),
  );
  it.each(cases)("%s", (_name, text, headline) => {
    const cleaned = cleanText(text);
    expect(cleaned.headline).toBe(headline);
    expect(cleaned.body).toContain("The council voted");
    expect(cleaned.body).toContain("We will start work");
  });
});

const FURNITURE = [
  "Share this article",
  "Share on Facebook",
  "Tweet",
  "Email",
  "Print",
  "Subscribe to our newsletter",
  "Sign up for our daily newsletter",
  "Advertisement",
  "ADVERTISEMENT",
  "Related Stories",
  "Read more",
  "Most Read",
  "Click here to subscribe",
  "Copyright 2026 Eastport Gazette. All rights reserved.",
  "© 2026 Eastport Gazette",
  "Follow us on Twitter",
  "Comments",
  "Leave a comment",
  "Posted in News",
  "Tags: harbour, council, storm",
  "Filed under: Local",
  "Published March 2, 2026",
  "Updated 5:45 PM EST, Tue March 3, 2026",
  "3 min read",
  "Listen to this article",
  "Skip to main content",
  "Back to top",
  "Previous article",
  "Next article",
  "Recommended for you",
  "You may also like",
  "Terms of Use | Privacy Policy",
  "Contact us",
  "About us",
  "Photo: Jane Roe",
  "Image: Eastport Council",
  "By Jane Roe",
  "By Jane Roe, Staff Writer",
  "Jane Roe can be reached at jroe@example.com",
  "Contact: Press Office, 202-555-0100",
  "###",
  "- 30 -",
  "-END-",
  "Editor's note: This story was updated.",
  "This story has been updated.",
  "Report a typo",
  "Sponsored Content",
  "Loading...",
  "Watch: Mayor speaks on flood plan",
  "Join the conversation",
  "View comments",
  "Show comments",
  "Enlarge this image",
  "toggle caption",
  "hide caption",
  "Image 1 of 5",
  "1 of 5",
  "Last updated March 9, 2026",
  // Round 5: a page's notes on its own upkeep and standards.
  "Page last reviewed: March 5, 2026",
  "Content source: National Center for Health Statistics",
  "Was this page helpful?",
  "Our Standards: The Thomson Reuters Trust Principles.",
  "This article was originally published by the Eastport Gazette.",
  "This page was last edited on 5 March 2026, at 10:15.",
  "Text is available under the Creative Commons Attribution License",
  "Wikinews has related news:",
  "You are here: Home / News",
  "NASA Official: Brian Dunbar",
  "Hello, and welcome to As It Is from VOA Learning English!",
  "I'm Jane Roe in Washington.",
  "I'm Lance Corporal Jane Roe with your Marine Minute.",
  "For the complete article on the harbour, go to: http://www.example.gov/harbour/story.html",
];
// Story sentences holding furniture's words. (Not yet: "More than 2,000 people subscribe to the
// town's flood alerts, ..." is dropped for "subscribe"; see docs/extraction.md.)
const STORY_WITH_FURNITURE_WORDS = [
  "Residents will share the cost of the new sea wall through a special tax approved by the council on Monday.",
  "The company said it holds the copyright to the harbour photographs and will not allow them to be reused.",
  `"Follow the money and you will see who gains," said councillor Ann Lee, who voted against the plan.`,
  "The council will take comments from residents until March 30 before the final vote in April.",
  "The mayor said the town would advertise the construction contract in the spring.",
  "Watch crews have patrolled the harbour every night since the storm broke the wall.",
  "By the end of the week, the water had fallen below the level of the high street shops.",
  "Photos taken by residents show water up to the windows of houses on Quay Street.",
  "Related work on the river banks will begin next year, the engineers said.",
];
const LEAD = "The council voted on Monday night to approve the plan after a long debate that ran past midnight, officials said.";
const LAST = "Work on the new sea wall will begin in the spring and is expected to take two years, the mayor said.";
const placed = (line: string, at: string) =>
  (at === "top"
    ? ["Harbour plan approved", line, LEAD, LAST]
    : at === "middle"
      ? ["Harbour plan approved", LEAD, line, LAST]
      : ["Harbour plan approved", LEAD, LAST, line]
  ).join("\n\n");

describe("page furniture dropped above, inside and below the story", () => {
  const cases = FURNITURE.flatMap((line) => ["top", "middle", "bottom"].map((at) => [`${at}: ${line}`, placed(line, at), line]));
  it.each(cases)("%s", (_name, text, line) => {
    expect(cleanText(text).droppedLines).toContain(line);
  });
});

describe("story sentences holding furniture's words kept", () => {
  const cases = STORY_WITH_FURNITURE_WORDS.flatMap((line) => ["middle", "bottom"].map((at) => [`${at}: ${line}`, placed(line, at), line]));
  it.each(cases)("%s", (_name, text, line) => {
    expect(cleanText(text).body).toContain(line);
  });
});

const SLOTS: [string, (name: string) => string][] = [
  ["a role noun before", (n) => `The report was written by economist ${n} and published on Monday by the institute.`],
  ["an appositive with an article", (n) => `${n}, a nurse at the county hospital, treated the first patients on Monday night.`],
  ["an appositive role", (n) => `The vote was called by ${n}, chair of the harbour board, after a long debate on Monday.`],
  ["an age set off", (n) => `${n}, 34, was among the first to reach the flooded houses on Monday night.`],
  ["an age in brackets", (n) => `Rescuers pulled ${n} (34) from the water on Monday night after a two-hour search.`],
  ["a title", (n) => `Councillor ${n} opened the meeting on Monday night with a minute of silence.`],
  ["an inverted attribution", (n) => `"It was the worst night of my life," said ${n}.`],
  ["an attribution after the quotation", (n) => `"It was the worst night of the year," ${n} said on Monday.`],
  ["a relative 'who'", (n) => `The boat was found by ${n}, who was walking her dog on the beach on Monday.`],
  ["a list with a person", (n) => `The award went to nurses Ann Lee and ${n} for their work during the flood.`],
  ["a relative's appositive", (n) => `The victim's brother, ${n}, asked the council to repair the wall before the next storm.`],
  ["the object of a verb done to people", (n) => `The mayor thanked ${n} for her work during the flood on Monday night.`],
  ["an interview with", (n) => `In an interview with ${n} on Monday, the mayor defended the council's plan for the wall.`],
  ["a possessive before a life noun", (n) => `${n}'s funeral will be held on Friday at the church on Quay Street.`],
  ["the subject of a verb said of people", (n) => `${n} died on Monday after a short illness, the family said in a statement.`],
];
// Common and rarer given names, and (round 5) a three-word name with no given name known.
const SLOT_NAMES = [
  "Wei Lun Tan",
  "Dana Whitlock",
  "Okonkwo Adeyemi",
  "Thandiwe Mokoena",
  "Siddharth Raovic",
  "Marguerite Beaulieu",
  "Zoltan Kaczmarek",
  "Aroha Ngata",
];

describe("a person named once, in each slot only a person fills", () => {
  const cases = SLOTS.flatMap(([slot, make]) => SLOT_NAMES.map((name) => [`${slot}: ${make(name)}`, make(name), name]));
  it.each(cases)("%s", (_name, sentence, name) => {
    const e = extractArticle(
      `Flood hits the harbour town\n\nThe flood broke the old sea wall of Eastport in three places on Monday night, officials said.\n\n${sentence}`,
    );
    expect(e.people.map((p) => p.name)).toContain(name);
  });
});

// Round 5 (issue 15): the classes frozen4's first run failed on, each told every way it allows.
// What fails on new copy is finding and naming the person, so these sweeps vary the name and its
// frame, not the sentence around it.
const HEAD5 = `Harbour faces hard winter\n\nThe storm broke the old sea wall of Eastport in three places on Monday night, officials said.\n\n`;
const lastSpeaker = (text: string) => {
  const e = extractArticle(text);
  return { speaker: e.quotes[e.quotes.length - 1]?.speaker, people: e.people.map((p) => p.name) };
};

const LONE_SURNAMES = [
  "Haraldsen",
  "Okwuosa",
  "Tremblay",
  "Kowalczyk",
  "Przybylski",
  "Mbeki-Harlan",
  "McAllister",
  "O'Rourke",
  "D'Amato",
  "LeBlanc",
  "Li",
  "Ng",
  "Müller",
];
const SPEAKER_SLOTS: [string, (x: string) => string][] = [
  ["quote, X said", (x) => `"${QUOTE}," ${x} said.`],
  ["quote, said X", (x) => `"${QUOTE}," said ${x}.`],
  ["quote, said X, who", (x) => `"${QUOTE}," said ${x}, who runs the food bank.`],
  ["X said: quote", (x) => `${x} said: "${QUOTE}."`],
  ["X told reporters: quote", (x) => `${x} told reporters: "${QUOTE}."`],
  ["quote, X told reporters", (x) => `"${QUOTE}," ${x} told reporters on Tuesday.`],
  ["quote, X added", (x) => `"${QUOTE}," ${x} added.`],
  ["quote, X, an age, said", (x) => `"${QUOTE}," ${x}, 54, said.`],
  ["X, a role, said: quote", (x) => `${x}, a welder, said: "${QUOTE}."`],
];

describe("a source known by surname alone, in every speaker slot", () => {
  const cases = LONE_SURNAMES.flatMap((s) => SPEAKER_SLOTS.map(([slot, make]) => [`${slot}: ${s}`, make(s), s]));
  it.each(cases)("%s", (_name, sentence, surname) => {
    const { speaker, people } = lastSpeaker(HEAD5 + sentence);
    expect(speaker).toBe(surname);
    expect(people).toContain(surname);
  });
});

describe("no person where the slot holds an organisation or a group", () => {
  const ORGANISATION_FORMS: [string, (x: string) => string][] = [
    ["issued in a statement", (x) => `"${QUOTE}," ${x} said in a statement.`],
    ["referred back to as it", (x) => `"${QUOTE}," ${x} said. It did not say when work would start.`],
    ["placed like an organisation", (x) => `Crews at ${x} worked through the night.\n\n"${QUOTE}," ${x} said.`],
    ["a company word", (x) => `"${QUOTE}," ${x} Logistics said.`],
    ["an organisation's appositive", (x) => `"${QUOTE}," ${x}, a boat maker, said.`],
  ];
  const GROUPS = ["Residents", "Officials", "Organisers", "Police", "Critics", "Volunteers", "Fishermen", "Everyone", "Others"];
  const cases = [
    ...["Northwind", "Halvorsen"].flatMap((o) => ORGANISATION_FORMS.map(([form, make]) => [`${form}: ${o}`, make(o)])),
    ...GROUPS.flatMap((g) => [`${g} said: "${QUOTE}."`, `${g} told reporters: "${QUOTE}."`].map((s) => [s, s])),
  ];
  it.each(cases)("%s", (_name, sentence) => {
    const e = extractArticle(HEAD5 + sentence);
    expect(e.people).toEqual([]);
    expect(e.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

const WHOLE_NAMES = [
  "Dana R. Whitfield",
  "Ignatius K. L. Van Der Merwe",
  "Hope W. Sandoval",
  "Thaddeus W. Okonjo",
  "J. Arthur Penrose",
  "Louis V. Franklin Sr.",
  "Mary-Kate O'Neill",
  "Okwuosa T. Mbeki-Harlan",
  "Will W. Sandoval",
  "June P. Okafor",
];
const surnameOf = (name: string) =>
  name
    .replace(/ (?:Jr|Sr)\.$/, "")
    .split(" ")
    .pop() as string;

describe("a name kept whole (initials, particles, hyphens, suffixes), then quoted by surname", () => {
  const FRAMES5: [string, (n: string) => string][] = [
    ["opening a sentence", (n) => `${n} said on Monday that the town would need help.`],
    ["an appositive", (n) => `The plan was backed by ${n}, a farmer, at the meeting.`],
    ["an inverted attribution", (n) => `"We need help," said ${n}.`],
    ["after a role", (n) => `Council member ${n} said the town would need help.`],
  ];
  const cases = WHOLE_NAMES.flatMap((n) =>
    FRAMES5.map(([frame, make]) => [`${frame}: ${n}`, `${make(n)}\n\n"${QUOTE}," ${surnameOf(n)} said.`, n]),
  );
  it.each(cases)("%s", (_name, story, name) => {
    const { speaker, people } = lastSpeaker(HEAD5 + story);
    expect(speaker).toBe(name);
    expect(people).toContain(name);
  });
});

describe("a source introduced under a pseudonym or a partial name, after a man is quoted", () => {
  const PSEUDONYMS: [string, string, string][] = [
    ["Yesenia", "she", "her"],
    ["Teodora", "she", "her"],
    ["Dariel", "he", "his"],
    ["Wren", "she", "her"],
    ["Maribel", "she", "her"],
  ];
  const INTRODUCED: [string, (x: string, own: string) => string][] = [
    ["gave her name only as", (x, o) => `A resident who gave ${o} name only as ${x} said the water reached the windows.`],
    ["identified only as", (x) => `One parent, who asked to be identified only as ${x}, said the school had closed.`],
    ["not her real name", (x, o) => `Another resident, ${x} (not ${o} real name), said the rent had doubled.`],
    ["surname not used", (x, o) => `${x}, who asked that ${o} surname not be used, said the rent had doubled.`],
    ["only a first name", (x, o) => `A neighbour who gave only ${o} first name, ${x}, said the rent had doubled.`],
    ["a person's noun, then named", (x) => `Another evacuee, a retired teacher named ${x}, said the rent had doubled.`],
  ];
  const cases = PSEUDONYMS.flatMap(([x, pronoun, own]) =>
    INTRODUCED.map(([frame, make]) => [
      `${frame}: ${x}`,
      `"We will rebuild," said Mayor Tom Marsh.\n\n${make(x, own)}\n\n"${QUOTE}," ${pronoun} said.`,
      x,
    ]),
  );
  it.each(cases)("%s", (_name, story, name) => {
    const { speaker, people } = lastSpeaker(HEAD5 + story);
    expect(speaker).toBe(name);
    expect(people).toContain(name);
  });
});

describe("a speaker the story names only in a photo caption", () => {
  const CAPTIONED: [string, (n: string) => [string, string]][] = [
    ["a caption under the story", (n) => ["", `\n\nSuperintendent ${n} cuts the ribbon at the station on Saturday. (NPS photo)`]],
    ["a credited caption above it", (n) => [`${n}, the park superintendent, speaks to visitors on Saturday. Photo by Ann Lee\n\n`, ""]],
  ];
  const REFERENCES5: [string, (n: string) => string][] = [
    ["by pronoun", () => `"${QUOTE}," she said.`],
    ["by surname", (n) => `"${QUOTE}," ${surnameOf(n)} said.`],
    ["by role", () => `"${QUOTE}," the superintendent said.`],
  ];
  const cases = ["Priya Venkataraman", "Ngozi Eze", "Margit Halloran"].flatMap((n) =>
    CAPTIONED.flatMap(([layout, make]) =>
      REFERENCES5.map(([ref, quote]) => {
        const [top, bottom] = make(n);
        const story = `Ranger station reopens\n\n${top}The ranger station at Cedar Pass reopened on Saturday after a two-year renovation.\n\n${quote(n)}\n\nVisitors can now buy passes at the station.${bottom}`;
        return [`${layout}, ${ref}: ${n}`, story, n];
      }),
    ),
  );
  it.each(cases)("%s", (_name, story, name) => {
    expect(lastSpeaker(story).speaker).toBe(name);
  });
});

describe("scare quotes get no speaker; quoted words keep theirs", () => {
  const SCARE: ((x: string) => string)[] = [
    (x) => `${x} backs the so-called "smart" meters.`,
    (x) => `${x} spoke about "forever" chemicals at the meeting.`,
    (x) => `${x} has long opposed the "pay as you go" plan.`,
    (x) => `${x} warned residents about "miracle" cures sold online.`,
    (x) => `${x} brought the "no-fly" list to the meeting.`,
  ];
  const SAID: ((x: string) => string)[] = [
    (x) => `${x} met the press. Her famous saying, "A wall is only as good as its weakest stone," was on every sign.`,
    (x) => `${x} called the plan "a disaster."`,
    (x) => `${x} said the meters were "perfectly safe."`,
    (x) => `${x} warned of "catastrophic" consequences.`,
    (x) => `${x} described the damage as "heartbreaking."`,
    (x) => `${x} said she was "deeply troubled" by the report.`,
  ];
  const intro = `${HEAD5}Mayor Clara Voss met residents on Tuesday.\n\n`;
  const cases = ["Mayor Clara Voss", "Voss"].flatMap((x) => [
    ...SCARE.map((make) => [make(x), null] as [string, string | null]),
    ...SAID.map((make) => [make(x), "Clara Voss"] as [string, string | null]),
  ]);
  it.each(cases)("%s", (sentence, speaker) => {
    expect(lastSpeaker(intro + sentence).speaker).toBe(speaker);
  });
});

describe("a surname with its particles, written the way a sentence or a later mention writes it", () => {
  const FULL: [string, string][] = [
    ["Ingrid van der Berg", "Van der Berg"],
    ["Carlos de la Cruz", "De la Cruz"],
    ["Ahmed al-Rashid", "Al-Rashid"],
    ["Marine Le Pen", "Le Pen"],
    ["Ludwig van Beethoven", "Van Beethoven"],
    ["Pieter De Vries", "De Vries"],
  ];
  const LATER: [string, (s: string) => string][] = [
    ["opening the sentence", (s) => `${s} said: "We will vote."`],
    ["after the quotation", (s) => `"We will vote," ${s} said.`],
  ];
  const cases = FULL.flatMap(([name, surname]) =>
    LATER.map(([where, make]) => [`${where}: ${surname}`, `Board chair ${name} spoke first.\n\n${make(surname)}`, name]),
  );
  it.each(cases)("%s", (_name, story, name) => {
    const e = extractArticle(`Harbour board meets\n\n${story}`);
    expect(e.people.map((p) => p.name)).toEqual([name]);
    expect(e.quotes.map((q) => q.speaker)).toEqual([name]);
  });
});

describe("a statement with no attribution goes to the one person the copy names, and to nobody otherwise", () => {
  const STATEMENT = `"These grants turn empty lots into parks and homes."`;
  const CAPTION = "Regional Administrator Earthena Okafor-Quist announces the grants in Eastport on May 3. (Agency photo)";
  const STORY = "The agency awarded $2 million in grants to four harbour towns on Tuesday.";
  const cases: [string, string, string | null][] = [
    ["one person, in a caption above", `${CAPTION}\n\n${STORY}\n\n${STATEMENT}`, "Earthena Okafor-Quist"],
    ["one person, in the story", `${STORY} Administrator Earthena Okafor-Quist visited Eastport.\n\n${STATEMENT}`, "Earthena Okafor-Quist"],
    ["two people", `${CAPTION.replace("announces", "and Mayor Tom Marsh announce")}\n\n${STORY}\n\n${STATEMENT}`, null],
    ["nobody", `${STORY}\n\n${STATEMENT}`, null],
    [
      "one person, named only after it (a teaser)",
      `${STORY}\n\n${STATEMENT}\n\nAdministrator Earthena Okafor-Quist visited Eastport.`,
      null,
    ],
  ];
  it.each(cases)("%s", (_name, story, speaker) => {
    expect(lastSpeaker(`Grants for the harbour\n\n${story}`).speaker).toBe(speaker);
  });
});

describe("a ranked or titled name with a middle initial, kept whole after every title", () => {
  const TITLED = [
    "Army Sgt. 1st Class Xavier W. Roe",
    "Chief Warrant Officer 3 Lakeisha W. Roe",
    "Air Force Lt. Col. Tobiah W. Roe",
    "U.S. Attorney Marisela W. Roe",
    "Special Agent in Charge Deshawn W. Roe",
    "Navy Petty Officer 2nd Class Jarvis W. Roe",
    "Rep. Ximena W. Roe (D-Calif.)",
    "Former Gov. Thaddeus W. Roe",
  ];
  const FORMS: [string, (n: string) => string][] = [
    ["inverted", (n) => `"We stand ready," said ${n}.`],
    ["introduced, then by surname", (n) => `${n} said the unit stood ready. "We stand ready," Roe said.`],
  ];
  const cases = TITLED.flatMap((n) => FORMS.map(([form, make]) => [`${form}: ${n}`, make(n)]));
  it.each(cases)("%s", (_name, sentence) => {
    const e = extractArticle(`Unit deploys\n\nThe unit left on Monday.\n\n${sentence}`);
    expect(e.people.map((p) => p.name).filter((p) => p.endsWith("W. Roe"))).toHaveLength(1);
    expect(e.people.some((p) => p.name.startsWith("W."))).toBe(false);
    expect(e.quotes.every((q) => /\p{L}{2,} W\. Roe$/u.test(q.speaker ?? ""))).toBe(true);
  });
});

describe("a pronoun between two people whose given names no list holds, gendered by their own pronoun", () => {
  const PAIRS: [string, string, string, string][] = [
    ["Okonkwo Adeyemi", "he", "Thandiwe Mokoena", "she"],
    ["Thandiwe Mokoena", "she", "Okonkwo Adeyemi", "he"],
    ["Ifeoma Chukwu", "she", "Babajide Ogun", "he"],
    ["Xiadani Ruiz", "she", "Tenzin Dorje", "he"],
  ];
  const FORMS: ((a: string, pa: string, b: string, pb: string) => string)[] = [
    (a, pa, b, pb) => `${a} met ${b} on Monday. ${a} said ${pa} was worried about the vote.\n\n"We will lose," ${pb} said.`,
    (a, pa, b, pb) => `${a} said ${pa} would run. ${b} said ${pb} would not.\n\n"I am done with politics," ${pb} said.`,
    (a, _pa, b, pb) => `${b}, who said ${pb} had fished for years, met ${a}.\n\n"We will lose," ${pb} said.`,
    (a, _pa, b, pb) => `${a} spoke first. ${b} and ${pb === "she" ? "her" : "his"} family arrived later.\n\n"We will lose," ${pb} said.`,
  ];
  const cases = PAIRS.flatMap(([a, pa, b, pb]) => FORMS.map((make) => [make(a, pa, b, pb), b]));
  it.each(cases)("%s", (story, speaker) => {
    expect(lastSpeaker(`Vote nears\n\n${story}`).speaker).toBe(speaker);
  });
});

describe("titles and names in marks are no quotations; short capitalised statements still are", () => {
  const intro = `Harbour news\n\nMayor Clara Voss met residents on Tuesday.\n\n`;
  const TITLES = [
    `Voss showed the documentary "Sea of Shadows" at the meeting.`,
    `Voss wrote a book, "The Long Winter," about the storm.`,
    `Voss appeared on "Morning Edition" on Tuesday.`,
    `Voss signed the "Harbour Pledge" on Monday.`,
    `The council launched a project called "Harbor Watch" on Monday.`,
    `The report, titled "Rebuilding Eastport," was released Monday.`,
    `Voss read the poem "Ode to the Sea" aloud.`,
    `The exhibit "Faces of the Flood" opens Friday.`,
  ];
  const STATEMENTS: [string, string][] = [
    [`"We Will Rebuild," Voss said.`, "We Will Rebuild,"],
    [`"Never Again," said Voss.`, "Never Again,"],
    [`Voss said: "Yes We Can."`, "Yes We Can."],
  ];
  it.each(TITLES)("%s", (sentence) => {
    expect(extractArticle(intro + sentence).quotes).toEqual([]);
  });
  it.each(STATEMENTS)("%s", (sentence, text) => {
    expect(extractArticle(intro + sentence).quotes.map((q) => [q.text, q.speaker])).toEqual([[text, "Clara Voss"]]);
  });
});

// Round 6: the classes frozen5's one run showed failing, each told every way the class allows.
const STATEMENT_BODY = `"Our crews have worked around the clock this season, and they have kept every ferry running."\n\n"We owe them our thanks and our support."`;
const HEADING_SPEAKERS: [string, string][] = [
  ["Chief Oyelaran Brightwater", "Oyelaran Brightwater"],
  ["Harbour Commissioner Dale Whitcombe", "Dale Whitcombe"],
  ["U.S. Secretary of Transportation Mamnoon Okafor", "Mamnoon Okafor"],
  ["Mayor Siddharth Raovic", "Siddharth Raovic"],
  ["Dana Whitlock", "Dana Whitlock"],
];
const HEADINGS: [string, (speaker: string) => string][] = [
  ["Statement by", (s) => `Statement by ${s}`],
  ["Statement by ... on ...", (s) => `Statement by ${s} on the Summer Season`],
  ["Statement from", (s) => `Statement From ${s} on the Ferry Service`],
  ["Remarks by", (s) => `Remarks by ${s} at the Harbour Ceremony`],
  ["Joint ... Statement of", (s) => `Joint Statement of ${s}`],
  ["a possessive", (s) => `${s}'s Statement on the Summer Season`],
];
const HEADING_LAYOUTS: [string, (heading: string) => string][] = [
  ["as the headline", (h) => `${h}\n\nEASTPORT, June 3 -\n\n${STATEMENT_BODY}`],
  ["under the headline", (h) => `Harbour Service Thanks Its Crews\n\n${h}\n\nEASTPORT, June 3 -\n\n${STATEMENT_BODY}`],
  ["under the headline, no dateline", (h) => `Harbour Service Thanks Its Crews\n\n${h}\n\n${STATEMENT_BODY}`],
  [
    "above the statement in the story",
    (h) =>
      `Harbour Service Thanks Its Crews\n\nEASTPORT - The harbour service released a statement on Tuesday about the summer season.\n\n${h}:\n\n${STATEMENT_BODY}`,
  ],
];

describe("a statement under a heading that names its speaker is that person's, and that person is a person", () => {
  const cases = HEADING_LAYOUTS.flatMap(([layout, place]) =>
    HEADINGS.flatMap(([form, make]) =>
      HEADING_SPEAKERS.map(([phrase, name]) => [`${layout}, ${form}: ${phrase}`, place(make(phrase)), name]),
    ),
  );
  it.each(cases)("%s", (_name, text, name) => {
    const e = extractArticle(text);
    expect(e.people.map((p) => p.name)).toContain(name);
    expect(e.quotes.map((q) => q.speaker)).toEqual([name, name]);
  });

  it.each([
    ["in capitals", "STATEMENT BY HARBOUR SERVICE CHIEF DALE WHITCOMBE"],
    ["a testimony's name, then its titles", "Statement of Dale Whitcombe, Chief, Harbour Service, Before the Committee on Resources"],
    ["'the Honorable'", "Testimony of the Honorable Dale Whitcombe, Under Secretary"],
  ])("a heading %s", (_form, heading) => {
    const e = extractArticle(`Harbour Service Thanks Its Crews\n\n${heading}\n\nEASTPORT, June 3 -\n\n${STATEMENT_BODY}`);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Dale Whitcombe", "Dale Whitcombe"]);
  });

  it("'Remarks by the Secretary' goes to the one secretary the story names", () => {
    const e = extractArticle(
      `Harbour Service Thanks Its Crews\n\nRemarks by the Secretary\n\n"Our crews have kept every ferry running."\n\nSecretary Dana Whitlock visited the crews on Tuesday.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Dana Whitlock"]);
  });

  it("a heading naming two speakers, or none the text knows, gives the statement to nobody", () => {
    for (const heading of ["Statement by Mayor Dana Whitlock and Governor Tom Marsh", "Statement from the Harbour Board"]) {
      const e = extractArticle(`Harbour Service Thanks Its Crews\n\n${heading}\n\n${STATEMENT_BODY}`);
      expect(e.quotes.map((q) => q.speaker)).toEqual([null, null]);
    }
  });
});

const BYLINES = [
  "By Margaret Ellison",
  "By Margaret Ellison | March 2, 2026",
  "Posted by Margaret Ellison on March 2, 2026",
  "Written by Margaret Ellison, Staff Writer",
  "Guest post by Margaret Ellison, a graduate student at the University of York.",
  "Margaret Ellison",
  "March 2, 2026 by Margaret Ellison",
];
const INTERVIEWEE_INTROS: [string, string][] = [
  ["named with a role", "Historian Tobias Krenwinkel has studied them for a year."],
  ["spoken with", "I spoke with Tobias Krenwinkel, a historian at the University of Leeds, about the find."],
  ["interviewed by the writer", "Margaret Ellison interviewed the historian Tobias Krenwinkel about the find."],
  ["asked a question", "We asked Tobias Krenwinkel what the find means for historians."],
];

describe("a post's byline is never the speaker of the person it interviews", () => {
  const cases = BYLINES.flatMap((byline) => INTERVIEWEE_INTROS.map(([intro, sentence]) => [`${byline} / ${intro}`, byline, sentence]));
  it.each(cases)("%s", (_name, byline, intro) => {
    const e = extractArticle(
      `What Ancient Coins Tell Us About Trade\n\n${byline}\n\nCoins found in a field in Norfolk are changing how historians think about trade in the ninth century. ${intro}\n\n"These coins came from three different kingdoms. Nobody expected that."\n\n"It tells us that merchants moved much further than we thought."`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Tobias Krenwinkel", "Tobias Krenwinkel"]);
  });
});

describe("a role noun alone is no person; a transcript's one-word label is", () => {
  it.each(["Hydrologist", "Meteorologist", "Spokesman", "Geologist"])("'said %s'", (role) => {
    const e = extractArticle(
      `River gauges show record flow\n\n"The gauges show record flow," said ${role}, who works for the survey in Ames.`,
    );
    expect(e.people).toEqual([]);
  });

  const TRANSCRIPTS: [string, string][] = [
    [
      "capitals, interviewer by surname",
      "DELANEY: How long have you farmed here?\n\nCHRISTY: Twenty years.\n\nDELANEY: And now?\n\nCHRISTY: Two hundred cows.",
    ],
    [
      "title case, interviewer by letter",
      "Q: How long have you farmed here?\n\nChristy: Twenty years.\n\nQ: And now?\n\nChristy: Two hundred cows.",
    ],
    [
      "a caller heard once",
      "MODERATOR: Our next caller is from Iowa.\n\nHANSEN: When does the relief program open?\n\nSMITH: In May.\n\nMODERATOR: Next caller.\n\nSMITH: Go ahead.",
    ],
  ];
  it.each(TRANSCRIPTS)("%s", (_name, turns) => {
    const e = extractArticle(`Podcast transcript: life on a dairy farm\n\n${turns}`);
    const label = /CHRISTY|Christy/.test(turns) ? "Christy" : "Hansen";
    expect(e.people.map((p) => p.name)).toContain(label);
  });
});

const ROUND6_FURNITURE = [
  "Please Note: This transcript is not edited and may contain errors.",
  "PLEASE NOTE: This is a rush transcript.",
  "This is a rush transcript.",
  "Return to Eastport News: Home Page",
  "Back to Press Releases",
  "News & Events / Press Releases / 2026",
  "Home / News / 2026 / Harbour plan approved",
  "Home » Press Releases » June 3, 2026",
  "Home > News > 2026 > Harbour",
];

describe("round 6 furniture dropped above, inside and below the story", () => {
  const cases = ROUND6_FURNITURE.flatMap((line) => ["top", "middle", "bottom"].map((at) => [`${at}: ${line}`, placed(line, at), line]));
  it.each(cases)("%s", (_name, text, line) => {
    expect(cleanText(text).droppedLines).toContain(line);
  });
});

describe("a quotation found whatever its marks and wherever it stands", () => {
  const WELCOME = "I am pleased to welcome back these experienced prosecutors to the department";
  const FORMS: [string, string][] = [
    ["straight marks, verb after", `"${WELCOME}," Attorney General Jane Doe said.`],
    ["curly marks, paragraph of its own", `“${WELCOME}.”`],
    ["spaced marks opening the paragraph", `" ${WELCOME}, " Doe said.`],
    ["typewriter marks", `\`\`${WELCOME},'' Doe said.`],
    ["doubled apostrophes", `''${WELCOME},'' Doe said.`],
    ["a dash credit on its own line", `"${WELCOME}." - Attorney General Jane Doe`],
  ];
  it.each(FORMS)("%s", (_name, paragraph) => {
    const e = extractArticle(
      `Attorney General names new U.S. Attorneys\n\nWASHINGTON - Attorney General Jane Doe today announced the appointment of three United States Attorneys to serve in Ohio, Texas and Maine.\n\n${paragraph}\n\nThe three will take office next month.`,
    );
    expect(e.quotes.map((q) => [q.text.replace(/[.,]$/, ""), q.speaker])).toEqual([[WELCOME, "Jane Doe"]]);
  });

  it("a short attributed quotation above the first long paragraph stays in the story", () => {
    const e = extractArticle(
      `Drought update\n\n"The reservoirs are low," said Hydrologist Ann Marsh.\n\nWater managers met at Brush Creek on Monday to talk about the reservoirs and the summer ahead.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Ann Marsh"]);
  });

  it("a short lead paragraph opening on a dateline stays in the story", () => {
    const e = extractArticle(
      `Talks resume\n\nISLAMABAD - President Mamnoon Hussain opened the talks.\n\nThe delegations met for three hours on Monday and agreed to meet again next week in Kabul.`,
    );
    expect(e.body).toContain("President Mamnoon Hussain opened the talks.");
    expect(e.people.map((p) => p.name)).toEqual(["Mamnoon Hussain"]);
  });
});

describe("a place named for a natural feature is no person, in any slot", () => {
  const PLACES = ["Brush Creek", "Elk River", "Fox Hollow", "Pine Valley", "Bear Island"];
  const FORMS: [string, (place: string) => string][] = [
    [
      "a caption's subject",
      (p) =>
        `${p} flows past the gauge near Ames on May 3. (Survey photo)\n\nThe river rose two feet overnight, officials said on Tuesday morning.`,
    ],
    ["listed with a person", (p) => `Residents of ${p} and farmer Jane Roe watched the water rise on Monday night.`],
    ["the subject of a verb said of people", (p) => `${p} told the council it needed help with the flood on Monday.`],
  ];
  const cases = FORMS.flatMap(([form, make]) => PLACES.map((place) => [`${form}: ${place}`, make(place), place]));
  it.each(cases)("%s", (_name, story, place) => {
    const e = extractArticle(`Flooding along the river\n\n${story}`);
    expect(e.people.map((p) => p.name)).not.toContain(place);
  });
});

describe("a role nobody named holds is nobody's when the latest person holds another role", () => {
  const ROLES = ["farmer", "teacher", "nurse", "volunteer", "engineer"];
  it.each(ROLES)("'the %s said' after the mayor", (role) => {
    const e = extractArticle(`Clinic opens\n\nMayor Tom Hill opened the clinic on Monday.\n\n"Nobody told us anything," the ${role} said.`);
    expect(e.quotes.map((q) => q.speaker)).toEqual([null]);
  });
  it.each(ROLES)("'the %s said' after a person with no role is still that person", (role) => {
    const e = extractArticle(
      `Clinic opens\n\nJane Roe has lived in Ames for thirty years.\n\n"Nobody told us anything," the ${role} said.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe"]);
  });
});

describe("a spokesperson named once in a long sentence, then a statement with no verb of saying", () => {
  const FORMS = [
    "The district closed all schools on Tuesday after the storm knocked out power to more than half of the county, and its spokesman, John Albrecht, who has worked for the district for twelve years, said buses would not run.",
    "The district closed all schools on Tuesday after the storm knocked out power to more than half of the county, according to district spokesman John Albrecht, who has worked for the district for twelve years.",
    "The Forest Service closed the trail on Friday after a bear was seen near the campground by rangers and by spokesman John Albrecht, who was hiking there with his family.",
    "The district, through spokesman John Albrecht, who manages the district office, said the schools would reopen next week.",
    "The schools will reopen next week, the district said in a statement released by spokesman John Albrecht, who manages the district office.",
    "Asked about the closure, spokesman John Albrecht, who manages the district office, pointed to the storm.",
    "In an email on Friday, spokesman John Albrecht, who manages the district office, wrote that the schools would reopen next week.",
  ];
  it("an inverted 'said spokesman Roe, who ...' running on into the quotation", () => {
    const e = extractArticle(
      `Storm closes schools\n\nMayor Tom Hill ordered the roads closed on Monday night. "Stay home," Hill said.\n\nThe schools will reopen next week, said spokesman John Albrecht, who manages the district office and has worked there for years -- "We will reopen as soon as it is safe to do so."`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Tom Hill", "John Albrecht"]);
  });
  it.each(
    FORMS.flatMap((f) => [
      `${f} "We will reopen as soon as it is safe to do so."`,
      `${f}\n\n"We will reopen as soon as it is safe to do so."`,
    ]),
  )("%s", (paragraphs) => {
    const e = extractArticle(
      `Storm closes schools\n\nMayor Tom Hill ordered the roads closed on Monday night. "Stay home," Hill said.\n\n${paragraphs}`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Tom Hill", "John Albrecht"]);
  });
});

describe("a role or a title before a name no list knows is evidence of a person, capitalised or not", () => {
  const ROLES = [
    "Pakistani Foreign Office spokesman",
    "deputy press secretary",
    "Afghan police chief",
    "tribal leader",
    "Shiite cleric",
    "cosmonaut",
    "Trooper",
    "Cadet",
    "Ensign",
    "Midshipman",
    "Alderman",
    "County Supervisor",
    "Special Agent",
    "Mayor-elect",
    "school principal",
    "Chief Petty Officer",
    "U.S. District Judge",
  ];
  const NAMES = ["Mamnoon Hussain", "Nguyen Van Thanh", "Oyewole Adebanjo", "Lwazi Mthembu"];
  const cases = ROLES.flatMap((role) => NAMES.map((name) => [`${role} ${name}`, role, name]));
  it.each(cases)("%s", (_name, role, name) => {
    const e = extractArticle(
      `Leaders meet on trade\n\nThe talks opened on Monday in the capital after a week's delay, officials said.\n\nThe meeting was also attended by ${role} ${name} and several other officials from the region.`,
    );
    expect(e.people.map((p) => p.name)).toEqual([name]);
  });
});

describe("no person in a place's or an organisation's name that holds a title or a possessive", () => {
  const NAMES = ["Prince George's County", "Governor's Island", "Chief Joseph Dam", "the Senator Hotel", "St. John's University"];
  const FRAMES: [string, (t: string) => string][] = [
    ["a subject", (t) => `${capital(t)} said on Monday it would hire more workers this year.`],
    ["a speaker slot", (t) => `"We will hire more workers," ${t} said.`],
    ["listed with a person", (t) => `Visitors to ${t} and farmer Jane Roe met on Monday.`],
  ];
  const cases = FRAMES.flatMap(([frame, make]) => NAMES.map((name) => [`${frame}: ${name}`, make(name)]));
  it.each(cases)("%s", (_name, sentence) => {
    const e = extractArticle(`Jobs report\n\n${sentence}`);
    expect(e.people.map((p) => p.name).filter((n) => n !== "Jane Roe")).toEqual([]);
  });
});

describe("a quotation under a publication's or an agency's label is nobody's, whoever it names", () => {
  const LABELS = [
    "Eastport Courier",
    "The Harbour Examiner",
    "E&E News",
    "Pacific Standard (Santa Barbara, CA)",
    "Example Public Radio",
    "The Agency",
  ];
  it.each(LABELS)("%s", (label) => {
    const e = extractArticle(
      `What they are saying\n\nMayor Tom Marsh announced the harbour plan yesterday, and here is what they are saying around the country.\n\n${label}: "Mayor Tom Marsh has made the harbour a priority since taking office." (${label.replace(/ \\(.*\\)$/, "")}, 1/2/26)`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual([null]);
  });
  it("a person's label before a colon still names the person", () => {
    const e = extractArticle(
      `What they are saying\n\nThe council approved the plan on Monday after a long debate.\n\nMayor Tom Marsh: "The harbour comes first."`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Tom Marsh"]);
  });
});

describe("set-off quotations credited on the line below or above, each layout read its own way", () => {
  const PEOPLE: [string, string][] = [
    ["Oyelaran Brightwater", "beginning farmer"],
    ["Dana Whitlock", "owner of a 20-acre orchard"],
    ["Siddharth Raovic", "fifth-generation farmer"],
    ["Marguerite Beaulieu", "Air Force veteran and dairy farm owner"],
  ];
  const QUOTES = [
    "This program has been a godsend for us.",
    "We need to make a profit, but I want to protect the water.",
    "Our goal is to be good stewards of the land.",
    "I could not have done it without the program.",
  ];
  const intro = "Thanks to our farmers\n\nHere are a few of our favourite stories from the year, told by the farmers themselves.";
  it.each(["", "— ", "– ", "- ", "-- "])("credited below, signed %j", (dash) => {
    const body = PEOPLE.map(([n, r], i) => `"${QUOTES[i]}"\n\n${dash}${n}, ${r}`).join("\n\n");
    expect(extractArticle(`${intro}\n\n${body}`).quotes.map((q) => q.speaker)).toEqual(PEOPLE.map(([n]) => n));
  });
  it("credited above", () => {
    const body = PEOPLE.map(([n, r], i) => `${n}, ${r}\n\n"${QUOTES[i]}"`).join("\n\n");
    expect(extractArticle(`${intro}\n\n${body}`).quotes.map((q) => q.speaker)).toEqual(PEOPLE.map(([n]) => n));
  });
  it("signed with a dash and a given name, two to a paragraph", () => {
    const e = extractArticle(
      `Volunteers honoured\n\nChuck and Betty Mulcahy have volunteered at the refuge for ten years and lead hikes every week.\n\nWhat they like best: Meeting visitors. "We never tire of it …" — Chuck.  "[Working here] is good for us." — Betty\n\nMoment to treasure: "We climb the butte once a week." — Betty`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Chuck Mulcahy", "Betty Mulcahy", "Betty Mulcahy"]);
  });
});

describe("a lone word that issues statements or is shaped like a company is no person; a surname with a pronoun is", () => {
  const story = (who: string, tail: string) =>
    `Ruling appealed\n\nThe ruling came on Monday after a long hearing in the capital.\n\n"We are reviewing the decision," ${who} said${tail}. "We will respond soon," ${who} said.`;
  it.each(["Northwind", "Harbourline", "Eastcorp"])("'%s said in a statement'", (who) => {
    const e = extractArticle(story(who, " in a statement"));
    expect(e.people).toEqual([]);
    expect(e.quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
  it.each(["FedEx", "PetSmart", "YouTube", "GreenWave"])("'%s said' (a capital inside the word)", (who) => {
    expect(extractArticle(story(who, "")).people).toEqual([]);
  });
  it.each(["McCormack", "DeMint", "LaHood", "Whitcombe"])("'%s said in a statement ... she said' is a person", (who) => {
    const e = extractArticle(`${story(who, " in a statement")} "It is a fair question," she said.`);
    expect(e.people.map((p) => p.name)).toEqual([who]);
  });
});

describe("a press round-up: every form of crediting a publication gives its quotation to nobody", () => {
  const intro =
    "What they are saying\n\nAdministrator Jane Roe announced progress on the harbour cleanup yesterday, and here is what they are saying around the country.";
  const QUOTE = "Roe has made the harbour cleanup a priority since taking office.";
  const FORMS = [
    `Eastport Courier: "${QUOTE}"`,
    `Eastport Courier (Eastport, Maine): "${QUOTE}" (Eastport Courier, 1/2/26)`,
    `"${QUOTE}" (Eastport Courier, 1/2/26)`,
    `"${QUOTE}" (The Harbour Examiner, Jan. 2, 2026)`,
    `According to the Eastport Courier, "${QUOTE}"`,
    `The Eastport Courier wrote: "${QUOTE}"`,
    `EASTPORT COURIER: "${QUOTE}"`,
  ];
  it.each(FORMS)("%s", (form) => {
    expect(extractArticle(`${intro}\n\n${form}`).quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

// Round 7: the classes frozen6's report named, each told every way the class allows.
describe("a name ends where a post, a service or a job around it begins", () => {
  const story = (named: string) =>
    `Crew rescues two boaters\n\nJUNEAU, Alaska — A boat crew rescued two boaters near the island on Tuesday after their skiff lost power in rough water, officials said.\n\n${named}\n\n"The crew did outstanding work in rough seas," Carfagno said.`;
  const POSTS = [
    "Sector Juneau",
    "Station Kodiak",
    "Base Kodiak",
    "Joint Base Elmendorf-Richardson",
    "District Seventeen",
    "Air Station Sitka",
    "Coast Guard Base Kodiak",
  ];
  it.each(POSTS)("'Lt. Maximilian Carfagno %s command duty officer'", (post) => {
    const e = extractArticle(story(`Lt. Maximilian Carfagno ${post} command duty officer took the call.`));
    expect(e.people.map((p) => p.name)).toEqual(["Maximilian Carfagno"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Maximilian Carfagno"]);
  });
  it.each(POSTS)("'said Lt. Maximilian Carfagno, %s command duty officer'", (post) => {
    const e = extractArticle(story(`"We launched at once," said Lt. Maximilian Carfagno, ${post} command duty officer.`));
    expect(e.people.map((p) => p.name)).toEqual(["Maximilian Carfagno"]);
  });
  it.each(["Marine Corps", "Coast Guard", "Air Force", "Army", "Navy", "National Guard"])(
    "'Sergeant Major of the %s Carlton W. Carfagno'",
    (service) => {
      const e = extractArticle(story(`Sergeant Major of the ${service} Carlton W. Carfagno spoke to the crew.`));
      expect(e.people.map((p) => p.name)).toEqual(["Carlton W. Carfagno"]);
    },
  );
  it.each(["Lifeguard", "Trooper", "Deckhand", "Coxswain", "Firefighter"])("'%s Jimmy Carfagno'", (job) => {
    const e = extractArticle(story(`${job} Jimmy Carfagno swam out to the pair.`));
    expect(e.people.map((p) => p.name)).toEqual(["Jimmy Carfagno"]);
  });
});

describe("capitalised words that are no one: plurals, documents and events, units, places, vessels", () => {
  const story = (s: string) =>
    `Guard unit trains in the cold\n\nCAMP RIPLEY, Minn. — Soldiers from the state's National Guard spent the week training in deep snow and wind at the post, officials said on Friday.\n\n${s}\n\nThe training continues through the month and ends with a review.`;
  it.each(["Airmen", "Servicemen", "Seamen", "Guardsmen", "Soldiers", "Sailors"])("'%s said ...' at a sentence's start", (plural) => {
    expect(
      extractArticle(story(`${plural} said the training was hard. "It was cold but we learned a lot," ${plural} said.`)).people,
    ).toEqual([]);
  });
  it.each(["Announcement", "Video Teleconference", "Course Class", "Briefing Schedule", "Graduation Ceremony"])(
    "'%s' opening a sentence",
    (thing) => {
      expect(extractArticle(story(`${thing} details were posted on Monday. "We are ready," ${thing} said.`)).people).toEqual([]);
    },
  );
  it.each(["Accession Branch", "Personnel Directorate", "Training Branch"])("'%s said'", (unit) => {
    expect(extractArticle(story(`"We are pleased with the numbers," said ${unit}. ${unit} said the numbers rose.`)).people).toEqual([]);
  });
  it.each(["Des Moines", "Los Angeles", "Las Vegas", "El Paso", "San Diego"])("'%s' in a speaker's slot", (place) => {
    expect(extractArticle(story(`The team flew in from ${place} on Monday. "We are pleased," ${place} said.`)).people).toEqual([]);
  });
  it.each([
    "the fishing vessel Jonathan Boy II",
    "the cutter Alex Haley",
    "the tug Mary Ellen",
    "aboard the Jonathan Boy II",
    "the Cutter Boutwell",
    "a Response Boat-Medium",
  ])("'%s'", (vessel) => {
    expect(extractArticle(story(`The crew of ${vessel} returned to port on Tuesday.`)).people).toEqual([]);
  });
  it.each(["a Montclair, New Jersey native", "from Kodiak, Alaska, on Monday", "a Langley, Virginia, resident"])("'%s'", (town) => {
    expect(extractArticle(story(`"It was cold," said Sgt. Jane Roe, ${town}.`)).people.map((p) => p.name)).toEqual(["Jane Roe"]);
  });
  it.each(["Douglas Launch Ramp", "Auke Bay Marina", "Tee Harbor Wharf"])("'%s'", (place) => {
    expect(extractArticle(story(`The boaters were taken to ${place} on Tuesday.`)).people).toEqual([]);
  });
});

describe("people named once with no list, role or slot: safe evidence only", () => {
  const story = (s: string) =>
    `Camera team\n\nTUCSON — The camera for the lander was finished this week after four years of work, the university said on Friday.\n\n${s}\n\nThe lander will launch next year.`;
  it.each(["Khambao Mounlasy", "Tevita Fonua", "Oksana Bilyk"])("'%s ... Mounlasy later ...': the surname repeated alone", (name) => {
    const surname = name.split(" ")[1];
    expect(
      extractArticle(story(`${name} joined the team in March. The software was new to ${surname}, who grew up abroad.`)).people.map(
        (p) => p.name,
      ),
    ).toEqual([name]);
  });
  it.each(["Northwind Analytics ... Northwind", "Summer Games ... the Games", "Hey Frank ... Frank"])("'%s' stays no one", (pair) => {
    const [full, alone] = pair.split(" ... ");
    expect(extractArticle(story(`${full} was mentioned on Monday. Later ${alone} came up again.`)).people).toEqual([]);
  });
  it.each(["Prince", "King", "Major", "Marshal"])("'Dr. Paulette %s': a title's word as a surname", (surname) => {
    expect(extractArticle(story(`Dr. Paulette ${surname} of the University of Arizona led the team.`)).people.map((p) => p.name)).toEqual([
      `Paulette ${surname}`,
    ]);
  });
});

describe("round-7 furniture: reader-support lines, section labels with dates, page credits", () => {
  const body =
    'SAN DIEGO — Coast Guard rescue swimmers train for months in cold water before they are sent to the fleet, instructors at the school said on Tuesday.\n\n"It is the hardest school we run," said Chief Petty Officer Tom Doe, an instructor at the school.\n\nThe course lasts 24 weeks and ends with a timed swim in open water off the coast.';
  const LINES = [
    "If you have any problems viewing this article, please report them to the webmaster.",
    "If you are having trouble viewing this page, contact us.",
    "Having trouble viewing this video? Contact the web team.",
    "Commentary | May 12, 2022",
    "Feature · 3/4/2021",
    "News | 12 May 2022",
    "Edited by Walter Kendall. Reported by Priya Raman.",
    "Produced and narrated by Walter Kendall",
    "The full version of this story with accompanying images is at:",
    "Official websites use .mil",
    "Secure .gov websites use HTTPS",
  ];
  it.each(LINES)("'%s' above, below and inside a story", (line) => {
    for (const text of [`${line}\n\nThe case for rescue swimmers\n\n${body}`, `The case for rescue swimmers\n\n${body}\n\n${line}`]) {
      const e = extractArticle(text);
      expect(e.droppedLines).toContain(line);
      expect(e.people.map((p) => p.name)).toEqual(["Tom Doe"]);
    }
  });
});

describe("hard-wrapped copy: joined at every width and line ending, menus and lists kept apart", () => {
  const PARAS = [
    "NASA has selected a team led by Dr. Ellen Marsh of the University of Arizona to build the camera for the next Mars lander, agency officials announced today.",
    '"This camera will give us our sharpest look at the Martian surface yet," said Marsh, a planetary geologist who has worked on three earlier missions to the planet.',
    'The team includes Khambao Mounlasy, a research scientist at the laboratory, who will lead the software effort. "We are thrilled to be part of this mission and we will work hard to make it a success," said Mounlasy.',
    "The camera pays tribute to geologist Robert P. Sharp, a founder of planetary science, and will be delivered in 2001, officials said.",
  ];
  const wrap = (p: string, width: number) => {
    const out: string[] = [];
    let line = "";
    for (const word of p.split(" ")) {
      if (line && `${line} ${word}`.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...out, line];
  };
  const MENU =
    "Home | Missions | News | Multimedia | Connect | About NASA | Follow NASA on Twitter, Facebook and YouTube for the latest updates";
  const cases = [60, 66, 70, 72].flatMap((w) => [
    [`${w}, blank lines`, PARAS.map((p) => wrap(p, w).join("\n")).join("\n\n")],
    [`${w}, CRLF`, PARAS.map((p) => wrap(p, w).join("\r\n")).join("\r\n\r\n")],
    [`${w}, under a long menu line`, `${MENU}\n\n${PARAS.map((p) => wrap(p, w).join("\n")).join("\n\n")}`],
  ]);
  it.each(cases)("%s", (_name, text) => {
    const e = extractArticle(`RELEASE: 99-123\n\nNASA SELECTS NEW TEAM FOR MARS MISSION\n\n${text}\n\n-end-`);
    expect(e.people.map((p) => p.name).sort()).toEqual(["Ellen Marsh", "Khambao Mounlasy", "Robert P. Sharp"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Ellen Marsh", "Khambao Mounlasy"]);
  });
  it("a list under wrapped lines is not run into one line", () => {
    const text = `${wrap(PARAS[0], 70).join("\n")}\n\nThe goals:\n- map the surface at 30 centimeters per pixel in color\n- find safe landing sites for the lander in 2003\n- study the dust storms`;
    expect(extractArticle(text).body).not.toContain("color - find");
  });
});

// Round 7 (ported in round 8 from issue-15-extraction7): frozen6's people classes, each told every way it allows (made-up names and units).
describe("a name run into the unit after it ends at the surname", () => {
  const NAMES = ["Maximo Carfagnio", "Lena Brask", "Oded Tamsin", "Dana W. Whitlock"];
  const UNITS = ["Sector Juneau", "Station Nome", "Air Station Kodiak", "Coast Guard Sector Anchorage"];
  const cases = NAMES.flatMap((name) => UNITS.map((unit) => [name, unit]));
  it.each(cases)("said %s %s command center watchstander", (name, unit) => {
    const e = extractArticle(
      `"We found them at dawn," said ${name} ${unit} command center watchstander.\n\n"They were cold but safe," ${name.split(" ").pop()} said.`,
    );
    expect(e.people.map((p) => p.name)).toEqual([name]);
    expect(e.quotes.map((q) => q.speaker)).toEqual([name, name]);
  });
});

describe("a job or an organisation before a name is not part of it", () => {
  const FRONTS = [
    "Lifeguard",
    "Deckhand",
    "Dispatcher",
    "Mechanic",
    "Marine Corps Sgt. Maj.",
    "Chief Aviation Machinist's Mate",
    "Boatswain's Mate",
  ];
  it.each(FRONTS)("%s Jimmo Davers pulled the boy out", (front) => {
    const e = extractArticle(`${front} Jimmo Davers pulled the boy out of the surf on Sunday. "He was blue," Davers said.`);
    expect(e.people.map((p) => p.name)).toEqual(["Jimmo Davers"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jimmo Davers"]);
  });
});

describe("capitalised words that are no one", () => {
  const SPANS = [
    "Airmen said the drills were hard.",
    "Crewmen said the boat was sinking.",
    "Marines said the beach was quiet.",
    "The Accession Branch said the rules would change.",
    "The Video Teleconference begins at noon.",
    "Course dates are listed below.",
    "Des Moines said the river rose.",
    "The crew of the Jonathan Boy II was rescued. Jonathan Boy II sank off the cape.",
    "The newspaper Lianhe Zaobao picked up the story.",
    "The hunters reached the North Douglas Launch Ramp.",
  ];
  it.each(SPANS)("%s", (span) => {
    const e = extractArticle(`${span} "We are ready," said Chief Alan Rourke.`);
    expect(e.people.map((p) => p.name)).toEqual(["Alan Rourke"]);
  });
  it.each(["the Tom Cruise video", "the Andy Warhol exhibit", "the Jane Goodall lecture"])(
    "a person's name as a modifier stays a person (%s)",
    (phrase) => {
      const name = phrase.split(" ").slice(1, 3).join(" ");
      expect(extractArticle(`Crowds came for ${phrase} on Friday.`).people.map((p) => p.name)).toEqual([name]);
    },
  );
});

describe("furniture naming people: staff credits, bylines and reader-support lines", () => {
  const LINES = [
    "Reporter: Jane Marlow",
    "Editors: Tim Harkness, Ana Pell",
    "by 2nd Lt. Rachelle Smitt",
    "By Mass Communication Specialist Seaman Scott Pitt, Navy Public Affairs Support Element, Detachment East",
    "U.S. Navy photo by Mass Communication Specialist Seaman Richard J. Stevo.",
    "If you have any problems viewing this article, please report them to the webmaster.",
    "To report a broken link, write to the webmaster.",
    "That's it for your Harbor Minute, for more news visit the site.",
    "SERGEANT JANE ROWE, EXAMPLE RADIO NEWS",
    "(Click photo for screen-resolution image)",
    "92nd Air Refueling Wing",
    "SB (15:63):",
    "From: Jane Marlowe <jmarlowe_at_example.com>",
    "Date: Thu, 1 Oct 2015 10:17:07 -0700 (PDT)",
    "[harbor-list] Dam repairs begin on the levee",
  ];
  it.each(LINES)("%s", (line) => {
    const text = `Dam repairs begin\n\n${line}\n\nThe dam broke on Tuesday, said Governor Kim Rey. "We are ready," Rey said.\n\nCrews worked through the night to shore up the levee, the governor said.`;
    const e = extractArticle(text);
    expect(e.droppedLines).toContain(line);
    expect(e.people.map((p) => p.name)).toEqual(["Kim Rey"]);
  });
});

describe("a roster introduced by a colon is story text and names people", () => {
  it.each(["*", "-"])("items marked %s, the last one cut off by the capture", (bullet) => {
    const items = [
      "Oded Tamsin; California Institute of Technology, Pasadena, Calif.; Soil studies",
      "Barbara Colin; University of New Mexico, Albuquerque, N.M.; Impact material",
      "Jeffrey Moorn; NASA Ames Research Center,",
    ];
    const text = `NASA picks team\n\nNASA has selected three new members for the rover science team, the agency said on Monday.\n\nThe newly selected scientists are:\n\n${items.map((i) => `${bullet} ${i}`).join("\n\n")}`;
    expect(extractArticle(text).people.map((p) => p.name)).toEqual(["Oded Tamsin", "Barbara Colin", "Jeffrey Moorn"]);
  });
});

describe("a place word as a surname after a given name and an initial", () => {
  it.each(["West", "North", "London"])("Rick D. %s, then said %s", (surname) => {
    const e = extractArticle(
      `Master Chief Rick D. ${surname} visited the base on Friday.\n\n"We are a Navy on the go," said ${surname}. "Keep moving," ${surname} said.`,
    );
    expect(e.people.map((p) => p.name)).toEqual([`Rick D. ${surname}`]);
    expect(e.quotes.map((q) => q.speaker)).toEqual([`Rick D. ${surname}`, `Rick D. ${surname}`]);
  });
});

describe("relatives sharing a surname, told apart by age or by a title written out", () => {
  const INTROS = [
    ["Maj. David Clarkin and his son, Sgt. Michael Clarkin, deployed together.", "David Clarkin", "Michael Clarkin"],
    ["Sgt. 1st Class Lester Parx Sr. and his son, 1st Lt. Lester Parx Jr., deployed together.", "Lester Parx Sr.", "Lester Parx Jr."],
  ];
  it.each(INTROS)("%s", (intro, elder, younger) => {
    const surname = elder.split(" ")[elder.split(" ").length - 2].replace(/\.$/, "");
    const last = /Sr\.$/.test(elder) ? surname : elder.split(" ").pop();
    const e = extractArticle(
      `${intro}\n\n"It was nice having my father here," the younger ${last} said.\n\n"I am proud of him," the elder ${last} said.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual([younger, elder]);
  });
  it("'Sergeant Parx said' is the sergeant, not the lieutenant named last", () => {
    const e = extractArticle(
      `Army Sgt. 1st Class Lester Parx Sr. and his son, Army 1st Lt. Lester Parx Jr., deployed together.\n\n"We were the same rank," Lieutenant Parx said.\n\n"I was proud of him," Sergeant Parx said.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Lester Parx Jr.", "Lester Parx Sr."]);
  });
});

describe("hard-wrapped copy: a line crowded with names runs on into the next", () => {
  const NAMES = ["Whitney Warde", "Young Kwon", "Sagar Pathan"];
  const STORY = [
    "1/9/2014 - Example Air Force Base, Wash. -- From Dec. 10-17, local media near the base were immersed in a week in the life of a deployed Airman going to the Transit Center. The purpose of the embed was to help the local community see exactly what the crews do every day overseas.",
    `The embed was made up of ${NAMES[0]}, a KREM 2 News reporter, ${NAMES[1]}, a journalist from The Example Inlander magazine, and ${NAMES[2]}, a San Francisco blogger. Each focused on the stories of deployed Airmen from the area.`,
    "The group was given firsthand accounts of what everyday life is like during a deployment by the wing's vice commander and its command chief.",
  ];
  /** Greedy wrapping at a width, one paragraph after another with no blank line, as a 1999 release. */
  const wrap = (width: number) =>
    STORY.flatMap((paragraph) =>
      paragraph.split(" ").reduce<string[]>((lines, word) => {
        const last = lines[lines.length - 1];
        if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
        else lines.push(word);
        return lines;
      }, []),
    ).join("\n");
  it.each([60, 64, 68, 70, 72, 76])("wrapped at %i characters", (width) => {
    expect(extractArticle(wrap(width)).people.map((p) => p.name)).toEqual(NAMES);
  });
});

describe("a story's credits run into a one-line page name no person of the story", () => {
  it.each(["editor", "producer", "writer"])("'... George Growe was the %s.'", (role) => {
    const text = `This is the news today. "We are ready," said Governor Kim Rey of the state, who spoke on Monday. Hai Doan wrote this story for Example English. George Growe was the ${role}.`;
    expect(extractArticle(text).people.map((p) => p.name)).not.toContain("George Growe");
  });
});

// Round 8: frozen7's boilerplate classes (agency banners and logo lines, release labels, skip links,
// aggregator source lines, public-health banners, category headings), each told several ways, above
// the headline (with and without a blank line), under it and below the story; and headlines built of
// the same words, which stay headlines.
describe("round-8 furniture: agency banners, logos, release labels, skip links, source lines", () => {
  const HEADLINE = "Example Grants Bring Clean Water to Rural Towns";
  const STORY =
    'WASHINGTON - The Department of Example today announced $4 million in grants for rural water systems in twelve states.\n\n"These grants will bring clean water to families who have waited too long," said Secretary Jane Q. Marlow. "We are proud to deliver."\n\nThe grants will fund new wells, pipes and treatment plants, the department said.';
  const LINES = [
    "Office of Public Affairs",
    "U.S. Department of Health and Human Services",
    "United States Department of Agriculture",
    "Department of Health & Human Services",
    "Office of the Assistant Secretary for Preparedness and Response",
    "News from the Library of Congress",
    "News Release from the U.S. Department of Transportation",
    "News From Senator Jane Roe",
    "BIA Logo Bureau of Indian Affairs",
    "Indian Affairs Logo",
    "Official US Government Icon",
    "Secure Site Icon",
    "FOR IMMEDIATE RELEASE",
    "For Immediate Release: March 3, 2020",
    "FOR IMMEDIATE RELEASE - March 3, 2020",
    "For Immediate Release Tuesday, March 3, 2020",
    "Embargoed until 10 a.m. EST, March 3, 2020",
    "Coronavirus Disease 2019 (COVID-19)",
    "COVID-19 Updates",
    "Find the latest information on the coronavirus at coronavirus.gov",
    "Blog Articles By Category",
    "Browse by Topic",
    "Categories",
    "Source: United States Senator Jane Roe",
    "Source: U.S. Department of Example",
    "Source: https://www.example.gov/news/1234",
    "Skip to main content",
    "Skip Navigation",
    "Skip secondary navigation",
    "Skip Main Navigation",
    "Skip global navigation and go to page content",
    "Download the full report (PDF, 1.2 MB)",
    "Fact sheet (DOCX)",
  ];
  const LAYOUTS: [string, (line: string) => string][] = [
    ["above the headline", (line) => `${line}\n\n${HEADLINE}\n\n${STORY}`],
    ["right above the headline", (line) => `${line}\n${HEADLINE}\n\n${STORY}`],
    ["under the headline", (line) => `${HEADLINE}\n\n${line}\n\n${STORY}`],
    ["below the story", (line) => `${HEADLINE}\n\n${STORY}\n\n${line}`],
  ];
  const cases = LINES.flatMap((line) => LAYOUTS.map(([where, layout]) => [`'${line}' ${where}`, layout(line), line]));
  it.each(cases)("%s", (_name, text, line) => {
    const e = extractArticle(text);
    expect(e.droppedLines).toContain(line);
    expect(e.headline).toBe(HEADLINE);
    expect(e.people.map((p) => p.name)).toEqual(["Jane Q. Marlow"]);
  });
  const HEADLINES = [
    "Department of Energy Announces New Grants for Grid Research",
    "Office of Science Opens New Lab in Ames",
    "Harbor Festival Unveils New Logo",
    "Immediate Release of Hostages Demanded by Families",
    "Embargoed Oil Shipments Resume After Talks",
    "Skip Jones Wins Harbor Regatta",
    "Coronavirus Cases Rise Again in Example County",
    "Library of Congress Adds Recordings to Registry",
    "News From the Front Lines of the Drought",
    "Categories of Aid Expand for Farmers",
  ];
  it.each(HEADLINES)("a headline of the same words stays the headline: %s", (headline) => {
    expect(extractArticle(`${headline}\n\n${STORY}`).headline).toBe(headline);
  });
});

// Round 8: frozen7's people and speaker classes, each told several ways (made-up names).
describe("round-8 people: nicknames, a given name and an initial, a pseudonym's star", () => {
  it.each([
    ["“Buz”", "The farm is run by Robin “Buz” Kloatman, who planted rye last fall."],
    ['"Buz"', 'The farm is run by Robin "Buz" Kloatman, who planted rye last fall.'],
    ["at the sentence's start", 'Robin "Buz" Kloatman planted rye last fall.'],
  ])("a quoted nickname (%s) leaves the name", (_form, sentence) => {
    const e = extractArticle(`Farmers try new cover crops\n\n${sentence} "It held the soil," Kloatman said.`);
    expect(e.people.map((p) => p.name)).toEqual(["Robin Kloatman"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Robin Kloatman"]);
  });
  it("a nickname that tells two people of one name apart stays", () => {
    const e = extractArticle('Crew named\n\nGreg "Box" Janson and Greg "Ray J." Janson will fly the mission in May.');
    expect(e.people.map((p) => p.name)).toEqual(['Greg "Box" Janson', 'Greg "Ray J." Janson']);
  });
  it.each([
    "Rita M. was 19 when the storm hit her town.",
    "After the flood, Rita M. and her sons moved in with a cousin.",
    "Rita M., a nurse, lost her house in the flood.",
  ])("a given name and a surname's initial: %s", (sentence) => {
    const e = extractArticle(`Survivors tell their stories\n\n${sentence} "We lost everything," she said.`);
    expect(e.people.map((p) => p.name)).toEqual(["Rita M."]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Rita M."]);
  });
  it.each(["Mary*", "Anna*", "Joseph*"])("a pseudonym marked with a star (%s)", (name) => {
    const e = extractArticle(
      `Families wait for help\n\n${name} lives with three children in a shelter outside the city. "We have nowhere else to go," said ${name.slice(0, -1)}.\n\n*Names changed to protect identities.`,
    );
    expect(e.people.map((p) => p.name)).toEqual([name.slice(0, -1)]);
  });
});

describe("round-8 speakers: a titled name with its office on a line above remarks", () => {
  const QUOTE = '"These grants will bring clean water to families who have waited too long. We are proud of them."';
  it.each([
    ["U.S. Secretary of Example Jane L. Marlow", "Jane L. Marlow"],
    ["Secretary of Transportation Jane L. Marlow", "Jane L. Marlow"],
    ["U.S. Secretary of Health and Human Services Tom Barrow", "Tom Barrow"],
    ["Acting Administrator Jane Marlow", "Jane Marlow"],
    ["Deputy Secretary of Agriculture Tom R. Barrow", "Tom R. Barrow"],
  ])("%s", (line, name) => {
    const e = extractArticle(
      `Grants Bring Water to Towns\n\n${line}\n\n${QUOTE}\n\nThe grants fund wells and pipes in twelve states, the department said.`,
    );
    expect(e.people.map((p) => p.name)).toEqual([name]);
    expect(e.quotes.map((q) => q.speaker)).toEqual([name]);
  });
  it("an office in a headline names its holder, not its words", () => {
    const e = extractArticle(
      "Secretary of Health and Human Services Tom Barrow Visits Ames\n\nThe grants fund wells in twelve states, the department said on Monday.",
    );
    expect(e.people.map((p) => p.name)).toEqual(["Tom Barrow"]);
  });
});

describe("round-8 speakers: an inverted attribution with a described role before the name", () => {
  const NAME = "Margo Philliston";
  const ROLES = ["ten-season jumper", "veteran smokejumper", "20-year-old jumper", "longtime rancher", "first-year firefighter"];
  const FRAMES: [string, (role: string) => string][] = [
    ["after the quotation", (role) => `"You never get tired of it," says ${role} ${NAME}, who trains rookies.`],
    ["opening the sentence", (role) => `Says ${role} ${NAME}, "You never get tired of it."`],
    ["after a clause and a comma", (role) => `The season opens in June, says ${role} ${NAME}, "and you never get tired of it."`],
    ["before the verb", (role) => `"You never get tired of it," ${role} ${NAME} said.`],
  ];
  const cases = ROLES.flatMap((role) => FRAMES.map(([frame, make]) => [`${role}, ${frame}`, make(role)]));
  it.each(cases)("%s", (_name, sentence) => {
    const e = extractArticle(`Jumpers return to the base\n\nThe base opened in June. ${sentence}`);
    expect(e.quotes.map((q) => q.speaker)).toEqual([NAME]);
  });
  it("a participle opening the sentence is no inverted attribution", () => {
    const e = extractArticle(
      `Jumpers return\n\nThe base opened in June. Asked about the season, ${NAME} laughed. "You never get tired of it," she said.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual([NAME]);
  });
});

// Round 8: holdout13's classes on made-up copy.
describe("round-8 furniture from holdout13's classes", () => {
  const STORY =
    'WASHINGTON - Federal partners are sending more firefighters and aircraft to the fires in the West, officials said on Monday.\n\n"We have filled every order for crews," said Chief Tom Barrow.';
  const LINES = [
    "<p>Office of Public Affairs</p>",
    "Example Logo Example Affairs - Office of Public Affairs",
    "Example Forest Service badge",
    "[design image slice] Example Forest Service on faded trees",
    "[image] green box with curved corner",
    "USA dot Gov: The U.S. Government's Official Web Portal.",
    "Read more...",
    "Continue reading »",
    "1400 Independence Ave., SW",
    "200 Main Street, Suite 4",
    "Office of Communications (202)720-4623",
    "This is historical material “frozen in time”. The website is no longer updated and links may not work.",
    "This article mentions the Example Foundation, one of its projects, or people related to it.",
  ];
  it.each(LINES)("'%s' above and below a story", (line) => {
    for (const text of [`${line}\n\nFire Crews Fill Every Order\n\n${STORY}`, `Fire Crews Fill Every Order\n\n${STORY}\n\n${line}`]) {
      const e = extractArticle(text);
      expect(e.droppedLines.map((l) => l.trim())).toContain(line);
      expect(e.headline).toBe("Fire Crews Fill Every Order");
      expect(e.people.map((p) => p.name)).toEqual(["Tom Barrow"]);
    }
  });
  it("a column of link lines with no separator is a menu, not the headline", () => {
    const menu = ["Employee Search", "Information Center", "National Offices and Programs", "Phone Directory", "Regional Offices"].join(
      "\n",
    );
    const e = extractArticle(`${menu}\n\nFire crews fill every order as the blazes spread\n\n${STORY}`);
    expect(e.headline).toBe("Fire crews fill every order as the blazes spread");
  });
  it("a quotation run on into an unopened paragraph takes the speaker its end names", () => {
    const e = extractArticle(
      [
        "Guard keeps watch",
        "Staff Sgt. Robin Mattsen and Spc. Shawn Simmer patrol the streets.",
        '"I try to keep the mood light with a joke or just friendly small talk," said Simmer.',
        "With a friendly wave, residents are aware that the National Guard is here.",
        '"The Guard is here in ready reserve to provide support if it gets worse.',
        'Also, I think that the mere presence of guard members gives residents a better feeling of the situation," Staff Sgt. Mattsen said.',
      ].join("\n\n"),
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Shawn Simmer", "Robin Mattsen", "Robin Mattsen"]);
  });
});

// Round 8: holdout12's radio scripts in capitals and holdout13's people classes, on made-up copy.
describe("round-8 scripts in capitals: names after ranks, verbs of saying, sound bites", () => {
  const RANKS = ["STAFF SERGEANT", "CORPORAL", "SPECIALIST", "GENERAL", "PETTY OFFICER"];
  it.each(RANKS)("%s JANE Q. MARLOW ... then a bite", (rank) => {
    const text = [
      "Example Radio News",
      "SOLDIERS FROM THE EXAMPLE NATIONAL GUARD GOT TO TEST THEIR SKILLS AFTER THE FLOODS. GUARD OPERATIONS NCO " +
        rank +
        " JANE MARLOW TALKS ABOUT THE TEAMWORK SHE SAW FIRSTHAND IN THE CITY",
      '"EVERYONE JUST DOVE IN HEAD FIRST AND WAS WILLING TO HELP AND TO WORK THE LONG HOURS."',
    ].join("\n\n");
    const e = extractArticle(text);
    expect(e.people.map((p) => p.name.toLowerCase())).toEqual(["jane marlow"]);
    expect(e.quotes.map((q) => q.speaker?.toLowerCase())).toEqual(["jane marlow"]);
  });
  it("an attribution in capitals with 'SAID' and a middle initial", () => {
    const text = [
      "Example Minute",
      "MARINES WITH THE 2ND EXAMPLE DIVISION TESTED THE NEW PLAN DURING THE LARGEST EXERCISE SINCE THE WAR.",
      "COMMANDANT OF THE EXAMPLE CORPS, GENERAL DAVID H. BERRINGER SAID, “THE IMPERATIVE IS TO TRAIN IN ALL DOMAINS AND TO BE READY FOR THE FIGHT.”",
    ].join("\n\n");
    const e = extractArticle(text);
    expect(e.body).toContain("MARINES WITH THE 2ND EXAMPLE DIVISION");
    expect(e.people.map((p) => p.name.toLowerCase())).toEqual(["david h. berringer"]);
    expect(e.quotes.map((q) => q.speaker?.toLowerCase())).toEqual(["david h. berringer"]);
  });
  it("a headline in capitals is still no person", () => {
    const e = extractArticle(
      "GUARD TROOPS HELP WITH THE FLOODING IN THE CITY AND THE VALLEY\n\nThe troops arrived on Monday, officials said.",
    );
    expect(e.people).toEqual([]);
  });
});

describe("round-8 people from holdout13's classes", () => {
  it.each(["Federally", "Nationally", "Internationally", "Traditionally"])("'%s recognized' is no one", (adverb) => {
    const e = extractArticle(`Tribes\n\nThe office serves 42 ${adverb} recognized tribes in three states, Director Jane Marlow said.`);
    expect(e.people.map((p) => p.name)).toEqual(["Jane Marlow"]);
  });
  it.each(["President", "Governor", "Mayor"])("%s Roe's State of the Union address names Roe", (title) => {
    const e = extractArticle(`Statement\n\nThe senator released a statement on ${title} Tomlin's State of the Union address on Monday.`);
    expect(e.people.map((p) => p.name)).toEqual(["Tomlin"]);
  });
  it("a place named for someone with a possessive stays no one", () => {
    expect(extractArticle("Fair\n\nThe fair is in Prince George's County on Monday, the organisers said.").people).toEqual([]);
  });
  it.each(["Secretary of State", "Under Secretary for Political Affairs", "Spokesperson"])(
    "an issuer block: a name over '%s'",
    (office) => {
      const e = extractArticle(
        `Press Statement\n\nRex W. Tillman\n\n${office}\n\nWashington, DC\n\nNovember 3, 2017\n\nOn behalf of the United States, I congratulate the people of Example on their independence day.`,
      );
      expect(e.people.map((p) => p.name)).toEqual(["Rex W. Tillman"]);
    },
  );
});

describe("round-8 furniture of broadcast pages", () => {
  const STORY =
    "I'm Corporal Jane Marlow with your Example Minute.\n\nMarines with the 2nd Example Division wrapped up a live-fire exercise on Monday, officials said.";
  it.each([
    "Example Media Activity - Marines",
    "Audio by Lance Cpl. Nathan Hollis and Cpl. Troy Sanders",
    "HomeNewsExample Minute Audio",
    "Aug. 16, 2017 | 1:00",
  ])("'%s' above the story", (line) => {
    const e = extractArticle(`Example Minute\n\n${line}\n\n${STORY}`);
    expect(e.droppedLines.map((l) => l.trim())).toContain(line);
  });
});

describe("round-8 organisations and programmes in a person's slot (frozen7's class)", () => {
  it.each([
    "Farm Production",
    "Rural Development",
    "Community Partnership",
    "Water Quality",
    "Emergency Watershed Protection",
    "Operation Atlantic Resolve",
    "Los Macheteros",
    "Las Palomas",
  ])("'%s' is no one", (name) => {
    const e = extractArticle(
      `Loans for new farmers\n\n"It is a lifeline for us," said ${name}. "It saved the farm," said farmer Tom Barrow.`,
    );
    expect(e.people.map((p) => p.name)).toEqual(["Tom Barrow"]);
  });
  it.each(["Alec Guinness", "Jane Vance", "Tom Clement", "Ana Trinity"])("'%s' stays a person", (name) => {
    const e = extractArticle(`Loans for new farmers\n\n"It is a lifeline for us," said ${name}, who farms near Ames.`);
    expect(e.people.map((p) => p.name)).toEqual([name]);
  });
});

describe("round-8 headline right under a contact block with no blank line", () => {
  const STORY = "WASHINGTON - The department announced grants today for water systems in twelve states and their towns.";
  it.each([
    "Media Contact: Jane Roe, 202-555-0100",
    "Contact: Example Press Office (202) 555-0100",
    "For media inquiries, contact press@example.gov",
  ])("%s", (contact) => {
    const e = extractArticle(`${contact}\nExample Grants Bring Clean Water to Rural Towns\n\n${STORY}`);
    expect(e.headline).toBe("Example Grants Bring Clean Water to Rural Towns");
    expect(e.droppedLines).toContain(contact);
  });
  it("a contact's own line closing the block stays furniture", () => {
    const e = extractArticle(
      `Contact: Jane Roe, 202-555-0100\nJane Roe, Public Affairs Specialist, Example Agency\n\nExample Grants Bring Water\n\n${STORY}`,
    );
    expect(e.headline).toBe("Example Grants Bring Water");
    expect(e.people).toEqual([]);
  });
});

// Round 9: frozen8's classes as kinds of copy (its files were not opened), on made-up copy: the
// furniture in four layouts, with headlines and story sentences of the same words kept.
describe("round-9 furniture: dial-in instructions, memo headers, mastheads, jump lines, republishing notes, bracketed credits", () => {
  const HEADLINE = "Example Grants Bring Clean Water to Rural Towns";
  const STORY =
    'WASHINGTON - The Department of Example today announced $4 million in grants for rural water systems in twelve states.\n\n"These grants will bring clean water to families who have waited too long," said Secretary Jane Q. Marlow. "We are proud to deliver."\n\nThe grants will fund new wells, pipes and treatment plants, the department said.';
  const LINES = [
    "Dial-in: 888-555-0100",
    "Toll-free dial-in number: 1-888-555-0100",
    "Passcode: 4471902",
    "Participant passcode: 4471902",
    "Conference ID: 5512",
    "Meeting ID: 912 5512 0034",
    "To join by phone, dial 1-888-555-0100 and enter access code 4471902 when prompted.",
    "Reporters may call in to the briefing at 1-888-555-0100 and use passcode EXAMPLE to listen to the remarks.",
    "Media wishing to attend must RSVP to the press office by noon on Monday.",
    "Members of the media interested in covering the event should contact the press office.",
    "To: All Regional Offices",
    "TO: All Field Offices and Stations",
    "Subject: Fire season outlook",
    "Attn: Chief Rangers",
    "INSIDE: New refuge opens, volunteers honored",
    "Inside this issue",
    "In This Issue",
    "Volume 12, Issue 3",
    "Vol. 4 No. 2",
    "Spring 2019",
    "Fall/Winter 2020",
    "continued on pg 18",
    "Continued on page 4",
    "(Story continues on page 12)",
    "This article may be republished free of charge with credit to the Example Service.",
    "Republished with permission from the Example Gazette.",
    "Reprinted from the Example Quarterly, Spring 2019.",
    "This story was republished from Example Magazine.",
    "[Submitted by Jane Roe, Chief Ranger]",
    "[Jane Roe, District Ranger]",
    "[Information from the Example Daily News]",
  ];
  const LAYOUTS: [string, (line: string) => string][] = [
    ["above the headline", (line) => `${line}\n\n${HEADLINE}\n\n${STORY}`],
    ["under the headline", (line) => `${HEADLINE}\n\n${line}\n\n${STORY}`],
    ["inside the story", (line) => `${HEADLINE}\n\n${STORY.replace("\n\nThe grants", `\n\n${line}\n\nThe grants`)}`],
    ["below the story", (line) => `${HEADLINE}\n\n${STORY}\n\n${line}`],
  ];
  const cases = LINES.flatMap((line) => LAYOUTS.map(([where, layout]) => [`'${line}' ${where}`, layout(line), line]));
  it.each(cases)("%s", (_name, text, line) => {
    const e = extractArticle(text);
    expect(e.droppedLines).toContain(line);
    expect(e.headline).toBe(HEADLINE);
    expect(e.people.map((p) => p.name)).toEqual(["Jane Q. Marlow"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Q. Marlow", "Jane Q. Marlow"]);
  });
  const HEADLINES = [
    "Inside the Harbor's Oldest Boatyard",
    "Volunteers Republish Lost Town Histories",
    "Subject of Long Debate, Sea Wall Finally Rises",
    "Continued Drought Threatens Spring Planting",
  ];
  it.each(HEADLINES)("a headline of the same words stays the headline: %s", (headline) => {
    expect(extractArticle(`${headline}\n\n${STORY}`).headline).toBe(headline);
  });
  const SENTENCES = [
    "Inside the boatyard, crews worked through the night to repair the hull before the spring season began.",
    "The volunteers reprinted the town's old maps and sold them to raise money for the new library.",
    "Continued dry weather could force the town to limit water use again this summer, the engineers warned.",
  ];
  it.each(SENTENCES)("a story sentence of the same words stays: %s", (sentence) => {
    const e = extractArticle(`${HEADLINE}\n\n${STORY.replace("\n\nThe grants", `\n\n${sentence}\n\nThe grants`)}`);
    expect(e.droppedLines).not.toContain(sentence);
  });
  it("a bracketed credit closing a paragraph goes, the paragraph stays, and its name is no person", () => {
    const e = extractArticle(
      `${HEADLINE}\n\n${STORY}\n\nA wildfire burned 40 acres near the visitor center on Tuesday before crews contained it. [Submitted by Tom Fairweather, Fire Management Officer]`,
    );
    expect(e.body).toContain("before crews contained it.");
    expect(e.body).not.toContain("Submitted by");
    expect(e.people.map((p) => p.name)).toEqual(["Jane Q. Marlow"]);
  });
  it("a jump line breaks a quotation off in hard-wrapped copy and is dropped", () => {
    const wrapped = [
      "Refuge volunteers honored",
      "",
      "The volunteers at the refuge planted more than 4,000 trees this year along the",
      "river, and the refuge manager said the work had changed the wetlands for good.",
      '"We could not have done any of this without them, and we want every one of',
      "continued on pg 18",
      "",
      "The refuge will hold its annual open house in May, when visitors can walk the",
      "new trails and see the trees the volunteers planted along the river banks.",
    ].join("\n");
    const e = extractArticle(wrapped);
    expect(e.droppedLines).toContain("continued on pg 18");
    expect(e.quotes.every((q) => !q.text.includes("continued"))).toBe(true);
  });
});

describe("round-9 a media advisory's labelled lines stay story, and the person they name is a person", () => {
  it.each([
    ["Who: Secretary Jane Q. Marlow", "Jane Q. Marlow"],
    ["WHO: Administrator Tom Fairweather", "Tom Fairweather"],
  ])("%s", (who, name) => {
    const text = `Secretary to Visit Example Water Plant\n\nMEDIA ADVISORY\n\nWhat: A tour of the new water treatment plant\n${who}\nWhen: Monday, March 2, 2026, 10 a.m.\nWhere: Example Water Plant, Ames\n\nThe plant, built with federal grants, will serve 40,000 people in twelve towns when it opens this spring.`;
    const e = extractArticle(text);
    expect(e.droppedLines).not.toContain(who);
    expect(e.people.map((p) => p.name)).toEqual([name]);
  });
});

describe("round-9 a contact line or block above a release pasted without blank lines keeps the story under it", () => {
  const BODY = [
    "WASHINGTON - The Department of Example today announced $4 million in grants for rural water systems in twelve states.",
    '"These grants will bring clean water to families who have waited too long," said Secretary Jane Q. Marlow.',
    '"We are proud to deliver."',
    "The grants will fund new wells, pipes and treatment plants in towns across the West, the department said on Monday.",
  ];
  it.each([
    ["Contact: Press"],
    ["Contact: Press Office", "202-555-0100"],
    ["Media Contact: Tom Fairweather, 202-555-0100", "press@example.gov"],
    ["CONTACT: Example Press Office (202) 555-0100", "Example Grants Bring Clean Water to Rural Towns"],
  ])("%s", (...contact) => {
    const e = extractArticle([...contact, ...BODY, "###", "Contact: press@example.gov"].join("\n"));
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Q. Marlow", "Jane Q. Marlow"]);
    expect(e.people.map((p) => p.name)).toEqual(["Jane Q. Marlow"]);
    for (const line of contact.filter((l) => !l.startsWith("Example Grants"))) expect(e.droppedLines).toContain(line);
    expect(e.droppedLines).toContain("Contact: press@example.gov");
    expect(e.body).toContain("treatment plants in towns across the West");
  });
});

describe("round-9 a given name written as two capitals, then quoted by surname", () => {
  it.each(["KC Becker", "JD Harlan", "TJ Okafor", "AJ Ferris"])("%s", (name) => {
    const surname = name.split(" ")[1];
    const e = extractArticle(
      `River rules adopted\n\nThe state adopted new rules for the river on Monday after months of debate.\n\n"This is a turning point," said ${name}, the speaker of the House.\n\n"We listened to everyone," ${surname} said.`,
    );
    expect(e.people.map((p) => p.name)).toEqual([name]);
    expect(e.quotes.map((q) => q.speaker)).toEqual([name, name]);
  });
  it.each(["US", "TV", "UN"])("'%s' before a surname is no given name", (abbreviation) => {
    const e = extractArticle(
      `Harbor plan approved\n\nThe ${abbreviation} Marlow report was published on Monday, and the council approved the plan after a long debate.`,
    );
    expect(e.people.map((p) => p.name)).not.toContain(`${abbreviation} Marlow`);
  });
});

describe("round-9 a refuge, a sanctuary or a preserve is no person", () => {
  it.each(["Lake Ophelia Refuge", "Grays Reef Sanctuary", "Big Thicket Preserve", "Dworshak Hatchery"])("%s", (place) => {
    const e = extractArticle(
      `Birds return\n\nBirds returned to ${place} this spring, said refuge manager Tom Fairweather, who has counted them for years.`,
    );
    expect(e.people.map((p) => p.name)).toEqual(["Tom Fairweather"]);
  });
});

// Round 9: holdout14's classes on made-up copy.
describe("round-9 rosters, introduced bullets, initials and role-word surnames (holdout14's classes)", () => {
  const LEAD = "The agency will hold a briefing on the harbor plan on Monday in Ames, officials said in a statement today.";
  it.each([
    ["one per line", "Jane Marlow, U.S. Example Survey\nTom Barlow, Example Harbor Authority"],
    [
      "bulleted, with degrees and roles",
      "- Jane Marlow, Ph.D., agency administrator\n- Tom Barlow, deputy secretary, U.S. Department of Example",
    ],
  ])("a roster of speakers %s is story, its names people", (_how, roster) => {
    const e = extractArticle(`Harbor briefing set\n\n${LEAD}\n\n${roster}`);
    for (const line of roster.split("\n")) expect(e.droppedLines).not.toContain(line);
    expect(e.people.map((p) => p.name)).toEqual(["Jane Marlow", "Tom Barlow"]);
  });
  it("a contact's name and office over a telephone line is still a contact block", () => {
    const e = extractArticle(`Harbor briefing set\n\n${LEAD}\n\nJane Marlow, Public Affairs\nTom Barlow, Public Affairs\n202-555-0100`);
    expect(e.people).toEqual([]);
  });
  it("bulleted sentences under a line closing on a colon stay; a menu's bullets go", () => {
    const items = [
      "• Working with schools throughout the islands to raise awareness of native birds;",
      "• Collaborating with the plant center on Example Island to collect and grow rare seeds.",
    ];
    const e = extractArticle(
      `Harbor plan approved\n\n${LEAD}\n\nIn the region, these efforts include:\n${items.join("\n")}\n\n• Home\n• News\n• Contact`,
    );
    for (const item of items) expect(e.droppedLines).not.toContain(item);
    expect(e.droppedLines).toContain("• News");
  });
  it.each([
    ["after a role", "former concession employee M.R., who had been reported missing,", "M.R."],
    ["before an age", "R.M., 48, chief of education,", "R.M."],
    ["after a relative's noun", "his wife, V.H.M.,", "V.H.M."],
    ["a single initial after a relative's noun", "his daughter, M.,", "M."],
  ])("a person named by initials only, %s", (_how, phrase, name) => {
    const e = extractArticle(
      `Incident report\n\nOn July 24th, rangers said, ${phrase} was found safe near the trailhead after a two-day search.`,
    );
    expect(e.people.map((p) => p.name)).toContain(name);
  });
  it.each(["U.S.", "D.C."])("'%s' is no person's initials", (initials) => {
    const e = extractArticle(`Incident report\n\nThe ${initials} team, 48, said the search had ended after two days near the trailhead.`);
    expect(e.people).toEqual([]);
  });
  it.each([
    ["the Roe-Doe Administration’s decision", ["Roe", "Doe"]],
    ["the Roe-Doe administration's plan", ["Roe", "Doe"]],
    ["the Roe-Doe Administration", ["Roe", "Doe"]],
    ["the Smith-Jones Act’s rules", []],
  ])("surnames joined before a government's noun, possessive or not: %s", (phrase, names) => {
    const e = extractArticle(`Grants announced\n\nThe grants follow ${phrase} to end the emergency, officials said on Monday.`);
    expect(e.people.map((p) => p.name)).toEqual(names);
  });
  it("an agency's photo credit closing a paragraph goes, its photographer no person", () => {
    const e = extractArticle(
      `Harbor plan\n\nHarbor Director Jody Roe spoke to the crews on Monday about the new plan. “We believe the plan works for everyone,” Roe said.(NASA/Charles Doe)`,
    );
    expect(e.people.map((p) => p.name)).toEqual(["Jody Roe"]);
    expect(e.body).not.toContain("Charles Doe");
  });
  it.each(["Singer", "Farmer", "Baker", "Porter"])("a surname that is a role's word ('%s') speaks for the full name", (surname) => {
    const e = extractArticle(
      `Harbor plan\n\nHarbor Director Jody ${surname} spoke to the crews on Monday about the new plan.\n\n“We believe the plan works for everyone,” ${surname} said.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual([`Jody ${surname}`]);
  });
  const FURNITURE = [
    "Camera crews must check in with building security by 10:00 a.m. on May 25.",
    "A recording of the briefing will be available approximately one hour after the event.",
    "Example News - April 5, 2024 - 09:00",
    "Read the news release.",
    "Read the entire story.",
    "Read back issues of the Example Star from 1997 through the present.",
    "@ExampleLive (Twitter account) will be live-tweeting this event",
    "The Example Star is published online every Wednesday by the Office of Strategic Analysis and Communications.",
    "The Example Star for May 17, 2023.",
    "Example Star, August 17, 2011 Edition",
    "In This Week's Star (Click to Expand)",
    "Example Star Archive",
    "Example Space Center, AL 35812",
    "From: Division of Ranger Activities, Washington Office",
    "Sullivan, Supervisory Ranger, YOSE, 7/30]",
  ];
  const STORY = `${LEAD}\n\n"We are ready for the season," said harbor master Jane Marlow.\n\nThe briefing will be streamed online, the agency said.`;
  it.each(FURNITURE.flatMap((line) => ["under the headline", "below the story"].map((at) => [`'${line}' ${at}`, line, at])))(
    "%s",
    (_name, line, at) => {
      const text = at === "below the story" ? `Harbor briefing set\n\n${STORY}\n\n${line}` : `Harbor briefing set\n\n${line}\n\n${STORY}`;
      const e = extractArticle(text);
      expect(e.droppedLines).toContain(line);
      expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Marlow"]);
    },
  );
});

describe("round-10 a statement announced by an official titled with an office ('Secretary of Labor Jane Roe issued the following statement:')", () => {
  const TITLES = [
    "Secretary of Labor",
    "U.S. Secretary of the Interior",
    "Minister for Health",
    "Governor of Ohio",
    "Director of the Office of Science",
  ];
  const OPENERS = ["", "Today, ", "WASHINGTON, DC – ", "WASHINGTON, DC – Today, ", "On Monday, "];
  const VERBS = [
    "issued the following statement on the passing of a union leader:",
    "released the following statement:",
    "issued this statement on the vote:",
  ];
  it.each(TITLES.flatMap((title) => OPENERS.flatMap((opener) => VERBS.map((verb) => [`${opener}${title} Jane Marlow ${verb}`]))))(
    "%s",
    (intro) => {
      const e = extractArticle(
        `Statement on the vote\n\n${intro}\n\n“We mourn the loss of a tireless champion of working people. His legacy will endure.”`,
      );
      expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Marlow"]);
    },
  );
  it("a name after a plain preposition is still no subject: 'met with Jane Marlow'", () => {
    const e = extractArticle(
      `Statement on the vote\n\nThe union met with Jane Marlow and issued the following statement:\n\n“We will keep working.”`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe("round-10 a quotation standing as its own paragraph, its speaker named in the next", () => {
  it.each([
    "Those words, spoken by retired Col. Jane Marlow at a ceremony last week, still ring true.",
    "That is the advice of harbor master Jane Marlow, who has run the port for twenty years.",
    "Harbor master Jane Marlow said she learned that lesson in 1998, when the pier washed away.",
    "The words were written by Jane Marlow in a letter to her crew.",
  ])("%s", (next) => {
    const e = extractArticle(`Harbor notes\n\n“Every storm teaches you something.”\n\n${next}`);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Marlow"]);
  });
  it("a next paragraph that names a person but no saying leaves the quotation nobody's", () => {
    const e = extractArticle(
      `Harbor notes\n\n“Every storm teaches you something.”\n\nJane Marlow has run the port for twenty years. She took the job in 2005.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe("round-10 an advisory's roster under a 'Who:' line, given names the lexicon lacks", () => {
  it("every briefer is a person and a programme is not", () => {
    const text = `MEDIA ADVISORY: Bureau to Release Population Estimates\n\nWhat: The bureau will hold a press briefing on its population estimates.\n\nWho:\nJane Marlow, Associate Director for Demographic Programs\nKenneth Abernathy, Chief, Population Division\nLourdes Fairweather-Ngata, Demographer\n\nWhen: Tuesday, Dec. 12, at 10 a.m. EST`;
    const e = extractArticle(text);
    expect(e.people.map((p) => p.name)).toEqual(["Jane Marlow", "Kenneth Abernathy", "Lourdes Fairweather-Ngata"]);
  });
  it.each([["Speakers:"], ["Panelists:"], ["Who:"]])("one briefer under '%s' with a given name the lexicon lacks", (head) => {
    const text = `MEDIA ADVISORY: Bureau to Release Population Estimates\n\nWhat: The bureau will hold a press briefing on its population estimates.\n\n${head}\nOyelaran Brightwater, Chief Demographer\n\nWhen: Tuesday, Dec. 12, at 10 a.m. EST`;
    expect(extractArticle(text).people.map((p) => p.name)).toEqual(["Oyelaran Brightwater"]);
  });
});

describe("round-10 names once in passing: plural titles over coordinated surnames, and police and council titles", () => {
  const story = (sentence: string) =>
    `Harbor news\n\nWASHINGTON – The department on Tuesday announced new grants for harbor towns across the country.\n\n${sentence}\n\nThe grants will be awarded in the spring, the department said.`;
  it.each([
    "Sens.",
    "Senators",
    "Reps.",
    "Representatives",
    "Drs.",
    "Governors",
    "Mayors",
    "Messrs.",
    "Officers",
    "Deputies",
    "Presidents",
  ])("'%s Kowalczyk and Ortega' names two people", (title) => {
    expect(extractArticle(story(`The bill was introduced by ${title} Kowalczyk and Ortega in March.`)).people.map((p) => p.name)).toEqual([
      "Kowalczyk",
      "Ortega",
    ]);
  });
  it("three surnames under one plural title", () => {
    expect(
      extractArticle(story("The bill was introduced by Sens. Kowalczyk, Ortega, and Brandvold in March.")).people.map((p) => p.name),
    ).toEqual(["Kowalczyk", "Ortega", "Brandvold"]);
  });
  it.each(["Patrolman", "Patrolwoman", "Councilmember", "Magistrate", "Consul", "SrA"])("'%s' is a title, not a given name", (title) => {
    expect(
      extractArticle(story(`Among those honored were ${title} Luis A. Ortega and ${title} Brandon Kowalczyk of Ames.`)).people.map(
        (p) => p.name,
      ),
    ).toEqual(["Luis A. Ortega", "Brandon Kowalczyk"]);
  });
});

/**
 * Made-up furniture lines, each under the headline, inside the story and below it: each is
 * dropped and the story's one quotation keeps its speaker; story sentences of the same words stay.
 */
function sweepFurniture(furniture: string[], stories: string[]): void {
  const LEAD = "WASHINGTON – The Example Agency on Tuesday announced $4 million in grants to rebuild harbor piers in twelve coastal towns.";
  const QUOTE = '"We are ready for the season," said harbor master Jane Marlow.';
  const TAIL = "The briefing will be streamed online, the agency said.";
  const PLACES: [string, (line: string) => string][] = [
    ["under the headline", (line) => `Harbor briefing set\n\n${line}\n\n${LEAD}\n\n${QUOTE}\n\n${TAIL}`],
    ["inside the story", (line) => `Harbor briefing set\n\n${LEAD}\n\n${line}\n\n${QUOTE}\n\n${TAIL}`],
    ["below the story", (line) => `Harbor briefing set\n\n${LEAD}\n\n${QUOTE}\n\n${TAIL}\n\n${line}`],
  ];
  it.each(furniture.flatMap((line) => PLACES.map(([at, place]) => [`'${line}' ${at}`, line, place(line)])))("%s", (_name, line, text) => {
    const e = extractArticle(text);
    expect(e.droppedLines).toContain(line);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Marlow"]);
  });
  it.each(stories)("a story sentence of the same words stays: %s", (sentence) => {
    const e = extractArticle(`Harbor briefing set\n\n${LEAD}\n\n${sentence}\n\n${QUOTE}`);
    expect(e.droppedLines).not.toContain(sentence);
  });
}

describe("round-10 furniture swept above, inside and below a story: share bars, download links, pagers, like buttons, archive notices, link notes", () => {
  const FURNITURE = [
    "Facebook Twitter LinkedIn Email",
    "Download PDF (245 KB)",
    "« Previous | Next »",
    "Like this: Like Loading...",
    "Originally published at example.gov",
    "This content is archived and may contain outdated information.",
    "(link is external)",
    "Opens in a new window",
    "Full Story »",
    "Read the full story »",
    "More »",
    "Jump to:",
    "Senator Jane Roe | U.S. Senator for Ohio",
    "Press Releases | Senator Jane Roe",
    "Print Email Facebook Twitter More",
    "This article is a stub.",
    "Wikipedia has more about this subject:",
    "Print Friendly, PDF & Email",
    "Estimated reading time: 3 minutes",
    "Article Type: News Release",
    "Link copied!",
    "Credit:",
  ];
  sweepFurniture(FURNITURE, [
    "Download the app from the agency's store, which lists the open piers, the harbor master said.",
    "Next month the agency will open a second office in the harbor, officials said.",
    "This content was reviewed by the harbor board before it was archived in 2019.",
    "The vote split the board, 5 to 4, and the harbor master said the pier would open in May.",
  ]);
});

describe("round-10 full names with middle names, and lists of names under a line introducing them (tributes, casualty lists)", () => {
  const story = (sentence: string) =>
    `Harbor news\n\nWASHINGTON – The department on Tuesday announced new grants for harbor towns across the country.\n\n${sentence}\n\nThe grants will be awarded in the spring, the department said.`;
  it.each([
    ["Branson Lee Harwell, 34, died on Tuesday in Jackson.", ["Branson Lee Harwell"]],
    ["Officer Branson Lee Harwell died on Tuesday in Jackson.", ["Branson Lee Harwell"]],
    ["The honorees include Tyrell Jamal Okafor and Branson Lee Harwell.", ["Tyrell Jamal Okafor", "Branson Lee Harwell"]],
    ["The award went to Deshawn Michael Tate of Ames.", ["Deshawn Michael Tate"]],
    ["Senate Deputy Sergeant at Arms Jim Morrow testified on Tuesday.", ["Jim Morrow"]],
    ["The crew praised Sgt. 1st Class Steve Brandvold on Tuesday.", ["Steve Brandvold"]],
  ])("%s", (sentence, names) => {
    expect(extractArticle(story(sentence)).people.map((p) => p.name)).toEqual(names);
  });
  const NAMES = ["James Dwayne Blair", "Maria Ortiz Kendrick", "Branson Lee Harwell", "Tyrell Jamal Okafor"];
  const LISTS: [string, (name: string) => string][] = [
    ["bullets", (n) => `• ${n}`],
    ["plain lines", (n) => n],
    ["dash bullets with an agency in brackets", (n) => `- Officer ${n} (Jackson Police Department)`],
    ["a dash and an agency", (n) => `${n} – Jackson Police Department`],
    ["a rank, a comma and an agency", (n) => `Officer ${n}, Jackson Police Department`],
  ];
  it.each(LISTS)("%s", (_shape, line) => {
    const text = `Senator Honors Fallen Officers\n\nWASHINGTON – U.S. Senator Cindy Hyde-Smith on Tuesday paid tribute to the officers who died in the line of duty last year.\n\nThe officers honored this year are:\n${NAMES.map(line).join("\n")}\n\n“These officers gave everything for their communities,” Hyde-Smith said.`;
    const e = extractArticle(text);
    expect(e.people.map((p) => p.name)).toEqual(["Cindy Hyde-Smith", ...NAMES]);
    expect(e.droppedLines).toEqual([]);
  });
  it("a list of links under a 'Related' head stays furniture", () => {
    const text = `Senator Honors Fallen Officers\n\nWASHINGTON – U.S. Senator Cindy Hyde-Smith on Tuesday paid tribute to the officers who died in the line of duty last year.\n\n“These officers gave everything,” Hyde-Smith said.\n\nRelated stories:\n• Harbor Police Honored\n• Jackson Fire Department`;
    expect(extractArticle(text).droppedLines).toEqual(expect.arrayContaining(["• Harbor Police Honored", "• Jackson Fire Department"]));
  });
});

describe("round-10 a briefing transcript's titled label and the given name reporters address it by", () => {
  const briefing = (question: string, answer = "We have been very clear about this.") =>
    `Department Press Briefing – June 6, 2026\n\nMR MARLOW: Good afternoon, everyone. I have one item at the top.\n\nQUESTION: ${question}\n\nMR MARLOW: ${answer}\n\nQUESTION: And the ships?\n\nMR MARLOW: No.`;
  it.each([
    "Thank you, Ned. On the harbor?",
    "Thanks, Ned. On the harbor?",
    "Ned, on the harbor?",
    "OK. Thanks, Ned.",
    "Thank you very much, Ned.",
  ])("'%s' names the briefer Ned Marlow", (question) => {
    expect(extractArticle(briefing(question)).people.map((p) => p.name)).toEqual(["Ned Marlow"]);
  });
  it("a given name the briefer addresses is a reporter's, not the briefer's", () => {
    const names = extractArticle(briefing("On the harbor?", "Yes, Laura. We have been very clear about this.")).people.map((p) => p.name);
    expect(names).not.toContain("Laura Marlow");
  });
});

describe("round-10 a roster's line whose surname is also a place's name", () => {
  it.each(["Jordan", "Hill", "London", "Cliff"])("'Tom %s, Example Seismological Society' is a person", (surname) => {
    const text = `Congressional Briefing on Earthquake Science\n\nSpeakers:\n\nDavid Applewhite, U.S. Example Survey\nTom ${surname}, Example Seismological Society\n\nThe briefing will cover the science of earthquake hazards and how communities prepare for them.`;
    expect(extractArticle(text).people.map((p) => p.name)).toContain(`Tom ${surname}`);
  });
  it("in a sentence the place stays a place", () => {
    const text = `Harbor news\n\nWASHINGTON – The department on Tuesday announced new grants for harbor towns in Jordan, Egypt and Tunisia, officials said.`;
    expect(extractArticle(text).people).toEqual([]);
  });
});

describe("round-11 furniture swept above, inside and below a story: feed lines, follow pleas, archive notes, navigation, plug-in notices, category lines, aggregator headings", () => {
  const FURNITURE = [
    "from NOAA Breaking News https://ift.tt/3kQz9Lm",
    "from Department of Energy News https://ift.tt/2xYbQ7p",
    "Please follow Harbor Daily on Twitter and Like us on Facebook.",
    "Follow us on Twitter and like us on Facebook.",
    "More status reports and news releases or top stories.",
    "More news releases and top stories.",
    "[Date Prev] [Date Next] [Thread Prev] [Thread Next] [Date Index] [Thread Index]",
    "[Prev by Date] [Next by Date] [Prev by Thread] [Next by Thread]",
    "Learn more about the Harbor Agency at:",
    "Note: Press releases from 2001 to 2012 are available through the Agency Archive. Some links in press releases may no longer be active.",
    "Browse through a comprehensive list of all agency news items by topic and location.",
    "You need Adobe Flash Player 9 to view our latest videos. Install or upgrade Flash to see our latest videos!",
    "This content requires JavaScript to be enabled in your browser.",
    "Multimedia, Politics, Uncategorized, Staff Bloggers, browse-all »",
    "Recent News About Harbor Agency",
    "Give us 10 minutes, and we'll give you the region. Around the clock, Harbor Radio keeps you in touch with the latest news.",
  ];
  sweepFurniture(FURNITURE, [
    "From the harbor, the crew sent photos to the agency's website at www.example.gov.",
    "Residents can follow the storm on Twitter, the agency said.",
    "More reports of flooding came in on Tuesday.",
    "Learn more about the program at the library on Saturday.",
    "Note: Releases of water from the dam will continue through May.",
    "Some 40 species remain uncategorized, the scientists said.",
    "The old Flash player was common on agency sites a decade ago, Roe said.",
    "Links in the chain of command may no longer work, the general warned.",
    "More news is expected on Friday, the mayor said.",
  ]);
  it("a newscast's standing promotion over a feed's story no longer takes the story's place", () => {
    const promo =
      "Give us 5 minutes, and we'll give you the world. Around the clock, Example Radio keeps you in touch with the latest news. We bring you reports from our correspondents and interviews with newsmakers from across the world.";
    const e = extractArticle(
      `Feed aggregator\n\nRadio Newscasts\n\n${promo}\n\nHeatwave threatens farmers in the delta\n\nHo Chi Minh City — A heatwave is worsening conditions for rice farmers in the delta, officials said on Friday.`,
    );
    expect(e.droppedLines).toContain(promo);
    expect(e.droppedLines).not.toContain("Heatwave threatens farmers in the delta");
  });
});

describe("round-11 names that are not people, and a nickname joined to the full name", () => {
  const names = (text: string) => extractArticle(`Harbor News Today\n\n${text}`).people.map((p) => p.name);
  it.each([
    ["an award named after someone", "The team won the 2019 Robert J. Kellogg Trophy, a high honor from the association."],
    ["storms in the plural", "The agency is providing $5 million to help families affected by Hurricanes Iota and Eta."],
    ["an executive order", "When the President signed the Executive Order on March 14, 1903, creating the refuge, he set a precedent."],
    ["a company after a business descriptor", "NASA's commercial partner Northrop Grumman is scheduled to launch its rocket on Friday."],
    ["a company after 'aerospace contractor'", "Aerospace contractor Vexa Dynamics built the capsule for the mission."],
    ["a talk's title in a programme", "The programme included Copyright Works, a talk on Saturday afternoon."],
  ])("%s", (_name, text) => {
    expect(names(text)).toEqual([]);
  });
  it("'her partner' and 'business partner' still name people", () => {
    expect(names("Her partner John Smith said the award was deserved. Business partner Jane Roe said the shop would stay open.")).toEqual([
      "John Smith",
      "Jane Roe",
    ]);
  });
  it("Teddy and Theodore are one person", () => {
    const e = extractArticle(
      "Refuge Centennial Marked\n\nWhen President Theodore Ashford signed the order, he set a precedent. Teddy Ashford was an avid hunter who loved the marshes.",
    );
    expect(e.people.map((p) => [p.name, [...p.aliases].sort()])).toEqual([["Theodore Ashford", ["Teddy Ashford", "Theodore Ashford"]]]);
  });
  it.each([
    ["Mary Green said the piers held.", ["Mary Green"]],
    ["Rep. Al Green of Texas will attend.", ["Al Green"]],
    [
      "Members of Congress, including Reps. Tom Harlan, Al Green, Sheila Marcus Dean, and Randy Vogel, will attend.",
      ["Tom Harlan", "Al Green", "Sheila Marcus Dean", "Randy Vogel"],
    ],
    ["Good morning Chairman Graham, Ranking Member Kaine, and members of the Subcommittee.", ["Graham", "Kaine"]],
    ["The Green Party won two seats in Green Bay, and the Greens said so.", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("round-11 statements: a paragraph whose opening mark was left out, an 'according to a statement by' line, bullets under a line introducing them", () => {
  it("the second paragraph of a statement, never opened but closed, goes on with the first", () => {
    const e = extractArticle(
      "Agency Statement on Today's Hearing\n\nAccording to a statement by Agency spokesman Tom Hadley:\n\n\"We respect the work the two pilots did for the country, and thank them for it. Their missions captured the nation's attention half a century ago.\n\nIt is a bold plan laid out by the President and Congress, in bipartisan fashion, to explore new frontiers and test the limits of technology.\"",
    );
    expect(e.quotes.map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ["We respect the work ", "Tom Hadley"],
      ["It is a bold plan la", "Tom Hadley"],
    ]);
    expect(e.droppedLines).toEqual([]);
  });
  it("a paragraph that closes a quotation nobody opened, after one that closed its own, is no quotation", () => {
    const e = extractArticle(
      'Harbor Reopens\n\n"The piers held," said harbor master Jane Marlow.\n\nThe ferries will run on the winter schedule until March, the agency said."',
    );
    expect(e.quotes.map((q) => q.text)).toEqual(["The piers held,"]);
  });
  it("short bullets under a line introducing them stay, and so do the people in them", () => {
    const e = extractArticle(
      "Agency Leaders to Call Station Crew\n\nThe agency's administrator will speak with astronauts aboard the station on Thursday.\n\nThe conversation will begin at 10:25 a.m. with:\n\n  • NASA astronauts Jane Roe, Tom Doe, and Mark Poe.\n  • ESA (European Space Agency) astronaut Pierre Lavalle.\n  • Roscosmos cosmonauts Pyotr Ivanov and Oleg Smirnov.\n\nThe call is part of the administrator's visit to the center.",
    );
    expect(e.droppedLines).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(["Jane Roe", "Tom Doe", "Mark Poe", "Pierre Lavalle", "Pyotr Ivanov", "Oleg Smirnov"]);
  });
  it("menu bullets of one or two words under no introducing line stay furniture", () => {
    const e = extractArticle(
      "Harbor News\n\n  • Home\n  • Contact Us\n\nWASHINGTON – The Example Agency on Tuesday announced $4 million in grants to rebuild harbor piers in twelve coastal towns.",
    );
    expect(e.droppedLines).toEqual(expect.arrayContaining(["  • Home", "  • Contact Us"]));
  });
});

describe("round-12 furniture swept above, inside and below a story: wiki footers in marks, list tags, taglines, bylines with initials, credits, release dates", () => {
  const FURNITURE = [
    "Retrieved from “https://en.wikinews.org/w/index.php?title=Harbor_piers_rebuilt&oldid=4412”",
    'Retrieved from "https://en.wikinews.org/wiki/Harbor_piers_rebuilt"',
    "This article features first-hand journalism by Wikinews reporters. See the collaboration page for more details.",
    "This exclusive interview features first-hand journalism by a Wikinews reporter.",
    "For more information on the election, read Eastport municipal election, 2026.",
    "[Agency HQ News] Harbor Piers to Be Rebuilt in Twelve Towns",
    "[Harbor-Announce] Harbor Piers to Be Rebuilt",
    "Harbor Navigator: News and Information from Navy Region Harbor",
    "By Mass Communication Specialist 1st Class Jane Q. Roe",
    "By Sgt. Tom A. Hale, 1st Battalion Public Affairs",
    "U.S. Coast Guard photo illustration by Petty Officer 2nd Class Ann B. Lee",
    "Date: 2026-03-06 IMMEDIATE RELEASE",
    "date 2019-06-19 IMMEDIATE RELEASE",
    "Browse latest View live",
  ];
  sweepFurniture(FURNITURE, [
    "By Friday, Sgt. Tom A. Hale had rebuilt two piers, the agency said.",
    "For more information on the grants, the agency said, towns should call its office.",
    "The crews browse the latest charts before every trip.",
    "Date and time of the briefing will be announced, the agency said.",
  ]);
  it("a web address in marks is no quotation", () => {
    const e = extractArticle(
      'Harbor News\n\nThe page moved to "https://example.gov/harbor" last year, the agency said. "We are ready," said harbor master Jane Marlow.',
    );
    expect(e.quotes.map((q) => q.text)).toEqual(["We are ready,"]);
  });
});

describe("round-12 speakers: a rating's warfare qualifications in brackets, a town before a state's abbreviation, markup left in the copy", () => {
  it.each([
    ['"The sea takes care of its own," said Command Master Chief (AW/SW) Dana Reyes.', "Dana Reyes"],
    ['"The sea takes care of its own," said Chief Logistics Specialist (SW/AW) Dana Reyes, the ship\'s coordinator.', "Dana Reyes"],
    ['"The sea takes care of its own," said Harbor Command Master Chief (SS/SW/AW) Dana Reyes.', "Dana Reyes"],
    ['At the pier, Command Master Chief (AW/SW) Dana Reyes said, "The sea takes care of its own."', "Dana Reyes"],
  ])("%s", (sentence, speaker) => {
    const e = extractArticle(`Crews Honor Fallen Sailors\n\n${sentence}`);
    expect(e.quotes.map((q) => q.speaker)).toEqual([speaker]);
    expect(e.people.map((p) => p.name)).toEqual([speaker]);
  });
  it.each(["Lake View, S.C.", "Dover, Del.", "Grand Forks, N.D.", "Spring Hill, Tenn.", "Walla Walla, Wash."])(
    "a native of %s is no person",
    (place) => {
      const e = extractArticle(
        `Marines Train\n\nCpl. Dana Reyes, the unit clerk, said training went well. The native of ${place}, said the unit was ready.`,
      );
      expect(e.people.map((p) => p.name)).toEqual(["Dana Reyes"]);
    },
  );
  it("'Miss' before a name is still a title, not a state", () => {
    const e = extractArticle('Pageant Held\n\n"I am grateful," said Miss Jane Roe of Dover.');
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe"]);
  });
  it("a release pasted with its markup: quotations end at their marks and continue their speaker", () => {
    const e = extractArticle(
      '<p>FOR IMMEDIATE RELEASE<br />\nOhio Man Charged With Assaulting Officers</p>\n<p> WASHINGTON — An Ohio man was arrested today.</p>\n<p> Dale Brenner, 51, of Akron, Ohio, is charged in a complaint. Brenner was heard calling out, "Push them back! Go!"</p>\n<p> "This case shows our resolve," said U.S. Attorney Mara Quint. "We will find every one of them."</p>',
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Push them back! Go!", "Dale Brenner"],
      ["This case shows our resolve,", "Mara Quint"],
      ["We will find every one of them.", "Mara Quint"],
    ]);
    expect(e.people.map((p) => p.name)).toEqual(["Dale Brenner", "Mara Quint"]);
  });
});

/** `text` holds one quotation and one person, `name`, who speaks it. */
/** One sentence under a short agency update's headline and lead: the frame of many sweeps below. */
function agencyUpdate(sentence: string): string {
  return `Agency Update\n\nWASHINGTON — The agency gave an update on Tuesday.\n\n${sentence}`;
}

function expectOneSpeaker(text: string, name: string): void {
  const e = extractArticle(text);
  expect(e.quotes.map((q) => q.speaker)).toEqual([name]);
  expect(e.people.map((p) => p.name)).toEqual([name]);
}

describe("round-13 ranks opening a sentence before a quotation, retired marks and grades in brackets", () => {
  // A line of a few long capitalised words closing a quotation ("Petty Officer 2nd Class Jane Roe
  // said, "I did not expect to cry."") was read as a line in headline case, so its name was none.
  const RANKS = [
    "Petty Officer 2nd Class",
    "Petty Officer First Class",
    "Chief Petty Officer",
    "Senior Chief Petty Officer",
    "Command Master Chief",
    "Mass Communication Specialist 3rd Class",
    "Hospital Corpsman 2nd Class",
    "Boatswain's Mate 2nd Class",
    "Coast Guard Petty Officer 3rd Class",
    "Airman 1st Class",
    "Senior Airman",
    "Tech. Sgt.",
    "Senior Master Sgt.",
    "Sgt. 1st Class",
    "Command Sgt. Maj.",
    "Lance Cpl.",
    "Chief Warrant Officer 3",
    "Rear Adm.",
    "Maj. Gen. (Ret.)",
    "Col. (Ret.)",
    "Navy Lt. (j.g.)",
    "Retired Army Col.",
    "Sergeant Major of the Army",
  ];
  const FRAMES: [string, (rank: string) => string][] = [
    ["opening", (rank) => `${rank} Dana Reyes said, "I did not expect to cry."`],
    ["opening, colon", (rank) => `${rank} Dana Reyes said: "I did not expect to cry."`],
    ["inverted", (rank) => `"I did not expect to cry," said ${rank} Dana Reyes.`],
    ["after an adverbial", (rank) => `On Friday, ${rank} Dana Reyes said, "I did not expect to cry."`],
    ["with a hometown", (rank) => `${rank} Dana Reyes, a native of Dover, Del., said, "I did not expect to cry."`],
  ];
  it.each(RANKS.flatMap((rank) => FRAMES.map(([frame, sentence]) => [rank, frame, sentence(rank)])))(
    "%s, %s",
    (_rank, _frame, sentence) => {
      expectOneSpeaker(`Sailors Honor Fallen Chiefs\n\nNORFOLK, Va. — The crew held a ceremony on Friday.\n\n${sentence}`, "Dana Reyes");
    },
  );
  it("'Tech.' ends a sentence when no rank follows it", () => {
    const e = extractArticle('Students Return\n\nDana Reyes studied at Virginia Tech. "I loved it," she said.');
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Dana Reyes"]);
  });
  it("a headline-case line with no quotation still says nothing about names", () => {
    const e = extractArticle(
      "Sailors Honor Fallen Chiefs\n\nNORFOLK, Va. — The crew held a ceremony on Friday.\n\nRelated Stories From Carrier Strike Group Twelve\n\nThe ceremony ended at noon.",
    );
    expect(e.people).toEqual([]);
  });
});

describe("round-13 a surname that is an organisation's word ('Hall', 'Church') in a person's slot", () => {
  it.each([
    ["Ranger Nick Hall was honored on Friday.", ["Nick Hall"]],
    ["Park ranger Nick Hall was honored on Friday.", ["Nick Hall"]],
    ["Sgt. Mary Church led the team.", ["Mary Church"]],
    ["Lt. Mary Church, 34, led the team.", ["Mary Church"]],
    ['"He loved this place," said his sister, Amy Hall.', ["Amy Hall"]],
    ["The choir of Grace Church sang at Victoria Hall on Friday.", []],
    ["Services at Victoria Hall, 12, ended early.", []],
    ["Mayor Jane Roe spoke at Carnegie Hall on Friday.", ["Jane Roe"]],
  ])("%s", (sentence, people) => {
    const e = extractArticle(`Park Ranger Honored\n\n${sentence}`);
    expect(e.people.map((p) => p.name)).toEqual(people);
  });
});

describe("round-13 a full name whose given name the lexicon lacks, credited with a quotation by 'according to'", () => {
  it.each(["Anjali Raman", "Tyrell Jameson", "Nizhoni Begay", "Oluwaseun Adeyemi", "Thuy Nguyen", "Leilani Kahale"])("%s", (name) => {
    expectOneSpeaker(
      `Agency Announces New Rules\n\nWASHINGTON — The agency announced new rules on Tuesday.\n\nAccording to ${name}, the rules "will help every family."`,
      name,
    );
  });
  it("an organisation credited that way is still no person", () => {
    const e = extractArticle('Agency Announces New Rules\n\nAccording to Human Rights Watch, the rules "will help every family."');
    expect(e.people).toEqual([]);
  });
});

describe("round-13 an interview's first turn labelled by the full name in title case, later turns by the surname", () => {
  it("'Jainey Bavishi: ...' then 'Bavishi: ...' between 'Q:' turns is one person who speaks", () => {
    const e = extractArticle(
      "Coastal Money Explained\n\nWASHINGTON — The agency announced new money for coastal towns on Tuesday, officials said.\n\nQ: What does the money pay for?\n\nJainey Bavishi: It pays for marsh restoration and living shorelines that slow erosion.\n\nQ: When will work begin?\n\nBavishi: This summer, once the permits are signed by the state.",
    );
    expect(e.people.map((p) => p.name)).toEqual(["Jainey Bavishi"]);
  });
  it("a label of two title-case words with no transcript around it is no person", () => {
    const e = extractArticle(
      "Coastal Money Explained\n\nWASHINGTON — The agency announced new money on Tuesday.\n\nRelated Links: Coastal grants and living shorelines explained for families.",
    );
    expect(e.people).toEqual([]);
  });
});

describe("round-13 furniture: a page's currency note, a region's label with its states", () => {
  sweepFurniture(
    ["Content current as of: 05/07/2024", "Content current as of:", "Region 5 (IL, IN, MI, MN, OH, WI)", "Region 10 (AK, ID, OR, WA)"],
    [
      "Region 5 (IL, IN, MI, MN, OH, WI) received the most grants, the agency said.",
      "The content current as of May is out of date, she said.",
    ],
  );
});

describe("round-13 things named after people or numbered, wildfires, parishes; a surname that is a title's word", () => {
  it.each([
    "The James Webb Space Telescope took the image.",
    "Images from the James Webb telescope were released.",
    "The Artemis II crew trained in Houston.",
    "The Martin Luther King Jr. Memorial drew visitors.",
    "The USNS Harvey Milk sailed on Monday.",
    "The Dixie Fire burned 900,000 acres.",
    "Crews contained the August Complex in November.",
    "Jefferson Davis Parish was hit hard.",
    "St. Mary Parish was hit hard.",
  ])("%s names no one", (sentence) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.people).toEqual([]);
  });
  it.each([
    ['"We are grateful," said Queen Elizabeth II.', "Elizabeth II"],
    ["Pope John Paul II visited the city in 1979.", "John Paul II"],
    ["Robert Smith Jr., a farmer, said the rain helped.", "Robert Smith Jr."],
  ])("%s still names a person", (sentence, name) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.people.map((p) => p.name)).toEqual([name]);
  });
  it.each([
    ['Martin Luther King Jr. spoke at the church. "I have a dream," King said.', "Martin Luther King Jr."],
    ['Author Stephen King visited the library. "Read everything," said King.', "Stephen King"],
    ['Dr. Paulette Prince led the study. "It was hard," said Prince.', "Paulette Prince"],
  ])("%s", (sentence, name) => {
    expectOneSpeaker(agencyUpdate(sentence), name);
  });
  it("a title alone after an article stays no one", () => {
    const e = extractArticle(agencyUpdate('"Read everything," the King said.'));
    expect(e.people).toEqual([]);
  });
});

describe("round-13 a cited story in a related-news or sources list: a title in marks, a dash, the publisher, the date", () => {
  sweepFurniture(
    [
      '"Australian bushfires: Thousands flee" — Wikinews, January 4, 2020',
      "“Thousands evacuated as floods worsen” – Example News, Monday, March 22, 2021",
      'Jane Roe. "Floods: what we know" — The Example Guardian, 23 March 2021',
    ],
    [
      '"We will rebuild" — that was the promise Roe made on Tuesday, March 3, 2021.',
      '"We will rebuild," the mayor said on Tuesday, March 3, 2021.',
    ],
  );
});

describe("round-13 a wire credit line, a closed forum, an archive photo's caption", () => {
  sweepFurniture(
    [
      "Some information for this report came from Reuters.",
      "Information for this story came from The Associated Press and Agence France-Presse.",
      "This forum has been closed.",
      "FILE - A farmer inspects dried maize in Machakos County, Kenya, Feb. 3, 2023.",
      "FILE — Harbor piers stand empty in Eastport, March 2, 2024.",
    ],
    [
      "Some information for this report came too late to use, the agency said.",
      "File clerks in the office were told to stay home on Tuesday.",
      "The forum has been closed since June, residents said.",
    ],
  );
});

describe("round-13 long office titles before a name: a post's word opening a title, small words inside it", () => {
  it.each([
    "“Workers deserve every dollar,” said Wage and Hour Division District Director Jane Roe in Dallas.",
    "Wage and Hour Division District Director Jane Roe said, “Workers deserve every dollar.”",
    "“Workers deserve every dollar,” said Occupational Safety and Health Administration Area Director Jane Roe in Dallas.",
    "“Workers deserve every dollar,” said Acting Assistant Secretary for Occupational Safety and Health Jane Roe.",
    "“Workers deserve every dollar,” said Coast Guard Sector Commander Jane Roe.",
  ])("%s", (sentence) => {
    expectOneSpeaker(
      `Labor Department Recovers Wages for Workers\n\nDALLAS – The department recovered back wages for 300 workers on Tuesday.\n\n${sentence}`,
      "Jane Roe",
    );
  });
  it("a post after a name still ends the name", () => {
    const e = extractArticle("Boater Rescued\n\n“We found him,” said Petty Officer Jane Roe Sector Juneau.");
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe"]);
  });
});

describe("round-13 agency titles before a name, in three frames: offices with small words, numbers and long complements", () => {
  const TITLES = [
    "EPA Region 4 Administrator",
    "EPA Assistant Administrator for Water",
    "Acting EPA Regional Administrator",
    "NOAA Fisheries Regional Administrator",
    "National Weather Service Meteorologist-in-Charge",
    "NWS Meteorologist",
    "USGS Volcano Hazards Program Coordinator",
    "USGS Acting Director",
    "FEMA Region 6 Administrator",
    "FEMA Federal Coordinating Officer",
    "Federal Coordinating Officer",
    "State Coordinating Officer",
    "CDC Director",
    "CDC Principal Deputy Director",
    "FDA Center for Drug Evaluation and Research Director",
    "FDA Commissioner",
    "Interior Deputy Secretary",
    "Bureau of Land Management Director",
    "National Park Service Director",
    "Yellowstone National Park Superintendent",
    "Park Superintendent",
    "U.S. Fish and Wildlife Service Southwest Regional Director",
    "Refuge Manager",
    "Energy Secretary",
    "Deputy Secretary of Energy",
    "Under Secretary for Science and Innovation",
    "Assistant Secretary for Fossil Energy and Carbon Management",
    "Acting Secretary of Labor",
    "Deputy Secretary of Labor",
    "Wage and Hour Administrator",
    "OSHA Area Office Director",
    "Regional Administrator for the Employment and Training Administration",
    "HUD Secretary",
    "HUD Regional Administrator",
    "Assistant Secretary for Fair Housing and Equal Opportunity",
    "Census Bureau Director",
    "Census Bureau Deputy Director",
    "Associate Director for Demographic Programs",
    "Peace Corps Director",
    "Peace Corps Country Director",
    "Peace Corps Volunteer",
    "Returned Peace Corps Volunteer",
    "Librarian of Congress",
    "Library of Congress Chief of Staff",
    "Smithsonian Secretary",
    "National Museum of American History Director",
    "VOA Director",
    "Wildlife Biologist",
    "Hydrologist",
    "Fire Management Officer",
    "Incident Commander",
    "Public Affairs Officer",
    "NASA Administrator",
    "Senior Policy Advisor",
  ];
  const FRAMES: [string, (title: string) => string][] = [
    ["inverted", (title) => `"The work is just beginning," said ${title} Dana Reyes.`],
    ["opening", (title) => `${title} Dana Reyes said, "The work is just beginning."`],
    ["after the quotation", (title) => `"The work is just beginning," ${title} Dana Reyes said in a statement.`],
  ];
  it.each(TITLES.flatMap((title) => FRAMES.map(([frame, sentence]) => [title, frame, sentence(title)])))(
    "%s, %s",
    (_title, _frame, sentence) => {
      expectOneSpeaker(
        `Agency Marks Progress on Recovery\n\nWASHINGTON — The agency marked a year of recovery work on Tuesday.\n\n${sentence}`,
        "Dana Reyes",
      );
    },
  );
});

describe("round-13 a quotation under a 'Quote from NAME, TITLE:' line", () => {
  it.each(["Quote from Jane Roe, Director:", "Quotes from Director Jane Roe:", "Quote by Jane Roe, agency director:"])("%s", (line) => {
    expectOneSpeaker(
      `Agency Responds to Flooding\n\n${line}\n\n"Our hearts go out to every family in Vermont. We will help them rebuild."`,
      "Jane Roe",
    );
  });
  it("'Quote of the Day' names no one", () => {
    const e = extractArticle(
      'Agency Responds to Flooding\n\nQuote of the Day\n\n"Our hearts go out to every family in Vermont," said Jane Roe.',
    );
    expect(e.people.map((p) => p.name)).toEqual(["Jane Roe"]);
  });
});

describe("round-13 degrees and service marks after a name", () => {
  const MARKS = ["Ph.D.", "PhD", "M.D., M.P.H.", "MD, MPH", "P.E.", "Esq.", "DVM", "MBA", "USN", "(Ret.)", "Sr., Ph.D."];
  const FRAMES: [string, (mark: string) => string][] = [
    ["inverted, with a role", (mark) => `"The work is just beginning," said Dana Reyes, ${mark}, the center's director.`],
    ["opening", (mark) => `Dana Reyes, ${mark}, said, "The work is just beginning."`],
    ["closing the sentence", (mark) => `"The work is just beginning," said Dr. Dana Reyes, ${mark}`],
  ];
  it.each(MARKS.flatMap((mark) => FRAMES.map(([frame, sentence]) => [mark, frame, sentence(mark)])))(
    "%s, %s",
    (_mark, _frame, sentence) => {
      const e = extractArticle(
        `Agency Marks Progress on Recovery\n\nWASHINGTON — The agency marked a year of recovery work on Tuesday.\n\n${sentence}`,
      );
      expect(e.people).toHaveLength(1);
      expect(e.people[0].name).toMatch(/^Dana Reyes/);
      expect(e.quotes.map((q) => q.speaker)).toEqual([e.people[0].name]);
    },
  );
});

describe("round-13 people named in passing whose given names only the world list holds", () => {
  const PAIRS = [
    ["Anjali Raman", "Kwabena Owusu"],
    ["Leilani Kahale", "Deshawn Whitfield"],
    ["Xiomara Castillo", "Haruto Sato"],
  ];
  const FRAMES: [string, (a: string, b: string) => string, (a: string, b: string) => string[]][] = [
    ["presented by", (a) => `The award was presented by ${a} at the ceremony.`, (a) => [a]],
    ["joining were", (a, b) => `Joining the tour were ${a} and ${b}.`, (a, b) => [a, b]],
    ["with help from", (a, b) => `The team worked with help from ${a} and ${b}, both engineers.`, (a, b) => [a, b]],
    ["named after", (a) => `The trail is named after ${a}, who built it in 1932.`, (a) => [a]],
    ["led by", (a) => `The study was led by ${a} of the University of Arizona.`, (a) => [a]],
    ["coordinated", (a, b) => `${a} and ${b} were recognized for their work.`, (a, b) => [a, b]],
    ["after a plural role", (a, b) => `Volunteers ${a} and ${b} cleared the trail.`, (a, b) => [a, b]],
  ];
  const CASES = PAIRS.flatMap(([a, b]) =>
    FRAMES.map(([frame, sentence, people]): [string, string, string, string[]] => [a, frame, sentence(a, b), people(a, b)]),
  );
  it.each(CASES)("%s, %s", (_a, _frame, sentence, people) => {
    const e = extractArticle(
      `Agency Marks Progress on Recovery\n\nWASHINGTON — The agency marked a year of recovery work on Tuesday.\n\n${sentence}`,
    );
    expect(e.people.map((p) => p.name)).toEqual(people);
  });
  it.each([
    "Sri Lanka drew crowds on Friday.",
    "Officials said, Tel Aviv drew crowds.",
    "Crowds gathered in Puerto Rico and San Juan on Friday.",
    "Fans of the Velvet Underground met in the 2012 Summer Paralympics village.",
    "USS San Jacinto assisted with the rescue.",
    "Winter Storm Elliott hit Buffalo.",
  ])("places, brands and events stay no one: %s", (sentence) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.people).toEqual([]);
  });
});

describe("round-13 pointers to a web address and social-media pleas closing a release", () => {
  sweepFurniture(
    [
      "For the latest information on Hurricane Helene recovery, visit fema.gov/disaster/4827.",
      "For more information about the program, go to www.hud.gov/grants.",
      "To learn more, visit www.epa.gov/water.",
      "Learn more at www.usgs.gov/volcanoes.",
      "Visit www.fema.gov for more information.",
      "Follow FEMA on X at @FEMARegion4 and on Facebook at facebook.com/FEMA.",
      "Follow the U.S. Census Bureau on Facebook, X and Instagram.",
    ],
    [
      "Visitors to the site can learn more about the grants, the agency said.",
      "Follow-up inspections on X-ray machines will begin in May, officials said.",
      "More information is available at www.noaa.gov, the agency said.",
    ],
  );
});

describe("round-14 a round-up's bulleted items, each a headline, a dash and a quotation", () => {
  // A bulleted line was menu furniture whatever it held, so a round-up release ("In Case You
  // Missed It") lost every quotation and the person quoted.
  const ITEMS: [string, string, string][] = [
    [
      "Secretary Miriam Alvarez Tours Steel Plant in Gary, Indiana",
      "The men and women of this plant are the backbone of our economy,",
      "said Secretary Miriam Alvarez.",
    ],
    [
      "Deputy Secretary Tomas Reyes Visits Battery Maker in Lansing, Michigan",
      "These jobs will last a generation,",
      "said Deputy Secretary Tomas Reyes.",
    ],
    [
      "Administrator Ruth Okafor Opens Flood Center in Tulsa",
      "Every family here deserves a warning in time,",
      "Administrator Ruth Okafor said.",
    ],
  ];
  const BULLETS = ["• ", "  • ", "· ", "▪ "];
  const DASHES = [" – ", " — ", " - "];
  const MARKS: [string, string][] = [
    ["“", "”"],
    ['"', '"'],
  ];
  const CASES = BULLETS.flatMap((bullet) =>
    DASHES.flatMap((dash) => MARKS.map(([open, close]): [string, string, string, string] => [bullet, dash, open, close])),
  );
  it.each(CASES)("bullet '%s', dash '%s', marks %s%s", (bullet, dash, open, close) => {
    const lines = ITEMS.map(([head, quote, credit]) => `${bullet}${head}${dash}${open}${quote}${close} ${credit}`);
    const e = extractArticle(
      `In Case You Missed It: Leaders Visit Plants Across the Midwest\n\nWASHINGTON – This week, agency leaders traveled to three states to meet workers.\n\nHighlights:\n\n${lines.join("\n")}\n\nFor more information, visit www.example.gov.`,
    );
    expect(e.quotes.map((q) => [q.speaker, q.isFragment])).toEqual([
      ["Miriam Alvarez", false],
      ["Tomas Reyes", false],
      ["Ruth Okafor", false],
    ]);
    expect(e.people.map((p) => p.name)).toEqual(["Miriam Alvarez", "Tomas Reyes", "Ruth Okafor"]);
    expect(e.droppedLines).toEqual(["For more information, visit www.example.gov."]);
  });
  it.each([
    ["a menu of bullets", "• Home\n• About Us\n• Press Releases\n• Contact"],
    ["cited stories in marks", "• “Harbor Towns Rebuild Piers” – Example Courier, May 3\n• “Grants Reach Coast” – Example Times, May 4"],
  ])("%s stays furniture", (_name, list) => {
    const e = extractArticle(
      `Harbor briefing set\n\nWASHINGTON – The agency on Tuesday announced grants to rebuild piers.\n\n"We are ready," said harbor master Jane Marlow.\n\nRelated\n\n${list}`,
    );
    for (const line of list.split("\n")) expect(e.droppedLines).toContain(line.trim());
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Marlow"]);
  });
});

describe("round-14 a release hard-wrapped at no one width, some paragraphs' first lines kept whole", () => {
  // A capture that wrapped most lines near 100 characters but kept several first lines of 150 or
  // more read as no wrapped text: a quotation broken over lines became two false quotations.
  const LEAD =
    "BOSTON - Transportation Secretary Marcus Feld today announced that Worcester will receive $2.4 million in grants to repair bridges and\nto improve bus service in neighborhoods across the city.";
  const QUOTES: [string, string, string][] = [
    [
      '"This money goes straight to the streets people use every day," said Feld. "Whether it\'s fixing a bridge\nor adding a bus route, we are helping families get to work and school on time\nand making every trip a little safer."',
      "This money goes straight",
      "Whether it's fixing a bridge or adding a bus route, we are helping families get to work and school on time and making every trip a little safer.",
    ],
    [
      'Mayor Ellen Quist said the city had waited years. "Our residents have been patient," Quist said. "Now\nthey will see results on every street, in every neighborhood, starting\nthis summer."',
      "Our residents",
      "Now they will see results on every street, in every neighborhood, starting this summer.",
    ],
  ];
  const LONG_TAILS = [
    "The Federal Transit Program has awarded grants since 1982 to cities of every size across the country, large and small alike. Grants are distributed by\na formula based on ridership and the age of each city's buses.",
    "Since 1974, the Community Bridge Program has awarded approximately $15 billion to state and local governments for repairs and for job growth in every region. Funds are\ndistributed by formula based on population and the age of each bridge.",
  ];
  it.each(QUOTES)("%#: the broken quotation is one", (paragraph, first, whole) => {
    const text = `Agency Archives: News Releases\n\nNo. 07-22\nJane Holloway\n(202) 555-0142\nFor Release\nApril 2, 2007\n\n\n${LEAD}\n\n${paragraph}\n\nThe grants announced today include bridge repair and bus\nservice for the city's east side.\n\n${LONG_TAILS.join("\n\n")}`;
    const e = extractArticle(text);
    expect(e.dateline).toBe("BOSTON");
    const quotes = e.quotes.map((q) => q.text.replace(/^["“]|["”]$/g, "").replace(/,$/, ""));
    expect(quotes).toHaveLength(2);
    expect(quotes[0].startsWith(first)).toBe(true);
    expect(quotes[1]).toBe(whole);
    expect(e.droppedLines).not.toContain("to improve bus service in neighborhoods across the city.");
  });
  it("a page of long lines, one menu line and short lines that end their sentences, is not joined", () => {
    const text = `Harbor briefing set\n\nHome About Us Press Releases Contact Careers Newsroom Data Maps Grants Programs Offices Regions Events Videos Photos Podcasts\nhelp center\n\nWASHINGTON – The agency on Tuesday announced grants.\n\n"We are ready," said harbor master Jane Marlow.`;
    const e = extractArticle(text);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Marlow"]);
    expect(e.body).not.toContain("Careers Newsroom Data Maps Grants Programs Offices Regions Events Videos Photos Podcasts help center");
  });
});

describe("round-14 an archive's note that releases may be out of date, a blog's closing notice", () => {
  sweepFurniture(
    [
      "Please note: As of January 20, 2023, information in some news releases may be out of date or not reflect current policies.",
      "Please note:  As of January 20, 2017, information in some news releases may be out of date or not reflect current policies.",
      "Note: Information in older press releases may no longer be accurate.",
      "The content of archived pages may be outdated.",
      "Oooops!   We are no longer posting on this blog.  Visit our new site www.example.gov.",
      "We have moved! This blog is no longer updated; visit our new site.",
      "This blog has moved to www.example.gov/news.",
    ],
    [
      "The information in some news releases may be out of date, the inspector general said in a report on Tuesday.",
      "We are no longer posting guards at the harbor gate, the harbor master said.",
    ],
  );
});

describe("round-14 titles with complements in two or three halves before a name", () => {
  it.each([
    "former U.S. Under Secretary of State for Arms Control Rose Gottemoeller",
    "former U.S. Undersecretary of State for Arms Control Rose Gottemoeller",
    "Under Secretary of State for Arms Control and International Security Rose Gottemoeller",
    "Assistant Secretary of Commerce for Export Enforcement Rose Gottemoeller",
    "Deputy Administrator of the Agency for Coastal Affairs Rose Gottemoeller",
  ])("%s", (title) => {
    for (const sentence of [
      `Interviews included ${title} who spoke about nuclear tensions.`,
      `"Tensions are rising," said ${title}.`,
      `${title[0].toUpperCase()}${title.slice(1)} said, "Tensions are rising."`,
    ]) {
      const e = extractArticle(agencyUpdate(sentence));
      expect(e.people.map((p) => p.name)).toEqual(["Rose Gottemoeller"]);
      expect(e.quotes.map((q) => q.speaker)).toEqual(sentence.includes('"') ? ["Rose Gottemoeller"] : []);
    }
  });
});

describe("round-14 names the lexicons lack in slots only a person stands in; countries of two words", () => {
  const story = agencyUpdate;
  it.each([
    [
      "Gazelle Sharmahd, whose father is imprisoned, told the network: “We do not know if he is alive.”",
      ["Gazelle Sharmahd"],
      ["Gazelle Sharmahd"],
    ],
    ["Temperance Okolie, whose son was rescued, said, “We owe them everything.”", ["Temperance Okolie"], ["Temperance Okolie"]],
    ["Officials said that Anjali Raman competed without a headscarf.", ["Anjali Raman"], []],
    ["Kwabena Owusu, who led the team, spoke first.", ["Kwabena Owusu"], []],
  ])("%s", (sentence, people, speakers) => {
    const e = extractArticle(story(sentence));
    expect(e.people.map((p) => p.name)).toEqual(people);
    expect(e.quotes.map((q) => q.speaker)).toEqual(speakers);
  });
  it.each([
    "Costa Rica won the match.",
    "They played Costa Rica on Friday.",
    "Costa Rica, whose economy grew, signed the deal.",
    "Sierra Leone and Saudi Arabia signed the deal.",
    "Pinewood Estates, whose residents complained, signed the deal.",
    "Officials said that Goldman Sachs lost money.",
  ])("no one: %s", (sentence) => {
    expect(extractArticle(story(sentence)).people).toEqual([]);
  });
});

describe("round-14 a release's closing 'About' section, mission statement and equal-opportunity line", () => {
  const STORY =
    'Harbor Grants Announced\n\nWASHINGTON – The Example Agency on Tuesday announced $4 million in grants to rebuild harbor piers in twelve coastal towns.\n\n"We are ready for the season," said harbor master Jane Marlow.\n\nThe grants will be awarded in May, the agency said.';
  const SECTIONS: [string, string[]][] = [
    [
      "a run-in heading",
      [
        "About the National Institutes of Health (NIH): NIH, the nation's medical research agency, includes 27 Institutes and Centers. For more information, visit www.nih.gov.",
      ],
    ],
    [
      "two run-in sections",
      [
        "About the Example Institute (EI): EI conducts and supports research on harbors across the nation and abroad.",
        "About the Example Agency: The agency, founded in 1950, manages the nation's ports and harbors.",
      ],
    ],
    [
      "a heading and its paragraph",
      [
        "About EPA",
        "The Environmental Protection Agency works to protect human health and the environment in every community across the nation.",
      ],
    ],
    [
      "a heading in capitals and two paragraphs",
      [
        "ABOUT THE U.S. CENSUS BUREAU",
        "The Census Bureau is the leading source of quality data about the nation's people and economy.",
        "We honor privacy, protect confidentiality, share our expertise globally, and conduct our work openly.",
      ],
    ],
    [
      "a mission statement",
      [
        "The mission of the U.S. Fish and Wildlife Service is working with others to conserve, protect, and enhance fish, wildlife, plants, and their habitats.",
      ],
    ],
    ["an equal-opportunity line", ["USDA is an equal opportunity provider, employer, and lender."]],
    ["an agency's mission by its name", ["FEMA’s mission is helping people before, during and after disasters."]],
  ];
  const AFTER = ["", "\n\nExample Agency…Serving the Nation's Harbors®\n\n###", "\n\n# # #\n\nContact: Jane Roe, 202-555-0100"];
  it.each(SECTIONS.flatMap(([name, lines]) => AFTER.map((after, k): [string, number, string[], string] => [name, k, lines, after])))(
    "%s, closing %#",
    (_name, _k, lines, after) => {
      const e = extractArticle(`${STORY}\n\n${lines.join("\n\n")}${after}`);
      for (const line of lines) expect(e.droppedLines).toContain(line);
      expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Marlow"]);
      expect(e.body).toContain("The grants will be awarded in May");
    },
  );
  it.each([
    [
      "a crosshead inside the story",
      "About the Program\n\nThe program began in 1995 and has provided nearly $2.9 billion in grants to harbor towns.\n\nMore than 400 towns have applied this year, and the agency expects to fund half of them, officials said.",
    ],
    [
      "a sentence opening on 'About'",
      "About 300 people attended the meeting, which ran late into the night on Tuesday.\n\nAbout the agency: it was founded in 1950 and employs 4,000 people.",
    ],
    [
      "an 'About' section that quotes someone",
      'About the Example Agency\n\n"We serve every harbor," said agency director Tom Hale, who has led it since 2019.',
    ],
  ])("%s stays story", (_name, tail) => {
    const e = extractArticle(`${STORY}\n\n${tail}`);
    for (const line of tail.split("\n\n").slice(1)) expect(e.droppedLines).not.toContain(line);
  });
});

describe("round-14 a list of what leaders are saying: quotations signed with a dash, a title and a party", () => {
  const QUOTE = "This grant will finally let us replace the Miller Creek bridge.";
  const SIGNATURES: [string, string][] = [
    ["Senator Jane Alvarado (D-N.M.)", "Jane Alvarado"],
    ["Sen. Jane Alvarado (D-N.M.)", "Jane Alvarado"],
    ["U.S. Senator Jane Alvarado", "Jane Alvarado"],
    ["Rep. Tom Whitaker (R-Kan.)", "Tom Whitaker"],
    ["Governor Maria Delgado", "Maria Delgado"],
    ["Jane Alvarado, mayor of Fairview", "Jane Alvarado"],
    ["Mayor Jane Alvarado (Fairview, N.M.)", "Jane Alvarado"],
  ];
  const DASHES = [" – ", " — ", " - ", "\u2014"];
  it.each(SIGNATURES.flatMap(([signature, name]) => DASHES.map((dash): [string, string, string] => [signature, dash, name])))(
    "%s after '%s'",
    (signature, dash, name) => {
      const e = extractArticle(
        `DOT Awards Bridge Grants\n\nWASHINGTON – The department today announced $1.2 billion in grants to repair bridges.\n\nHere is what leaders are saying:\n\n“${QUOTE}”${dash}${signature}\n\n“Our farmers will save an hour on every trip.” – Rep. Tom Whitaker (R-Kan.)`,
      );
      expect(e.quotes.map((q) => q.speaker)).toEqual([name, "Tom Whitaker"]);
    },
  );
});

describe("round-14 a mailing-list archive's header and links; a company's legal form; a brand's capitals", () => {
  sweepFurniture(
    [
      "From: USDA Press press at usda.gov",
      "To: news-list@example.gov",
      "Date: Tue Apr 2 10:15:03 EDT 2013",
      "Previous message: [Usda-press] USDA Extends Comment Period",
      "Next message: [Usda-press] Secretary to Visit Iowa",
      "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
    ],
    [
      "From the harbor to the hills, the grants will reach every town, the agency said.",
      "The next message from the agency will come in May, officials said.",
    ],
  );
  it.each([
    "Argonne is managed by UChicago Argonne, LLC for the U.S. Department of Energy.",
    "The plant is run by Example Holdings Inc. under contract.",
    "The lab is operated by Battelle Energy Alliance, LLC.",
    "Fans of UConn Huskies cheered.",
  ])("no one: %s", (sentence) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.people).toEqual([]);
  });
  it("a person before a company's role stays a person: 'Tom Hale, LLC attorney, said'", () => {
    const e = extractArticle(agencyUpdate("Tom Hale, LLC attorney, said it was fine."));
    expect(e.people.map((p) => p.name)).toEqual(["Tom Hale"]);
  });
});

describe("round-14 a feature that opens as a Q&A and goes on as a story: continuations after the interview", () => {
  // After "Q:" / "A:" turns, a quotation with no verb of its own went to the answer's label (no
  // one), though its paragraph reported speech in the third person ("...," Raman said. "...").
  const QA = [
    "Q: What does a glacier sound like?\n\nA: It creaks, mostly.\n\nQ: Why record it?\n\nA: Sound travels through ice differently as the ice warms.",
    "QUESTION: What does a glacier sound like?\n\nANSWER: It creaks, mostly.\n\nQUESTION: Why record it?\n\nANSWER: Sound travels through ice differently as the ice warms.",
    "Q: What does a glacier sound like?\n\nOkonkwo: It creaks, mostly.\n\nQ: Why record it?\n\nOkonkwo: Sound travels through ice differently as the ice warms.",
  ];
  const TAILS: [string, (string | null)[]][] = [
    [
      "Her colleague, seismologist Dev Raman, built the microphones. “Renata brought the question; I brought the iron,” Raman said. “Neither of us expected the recordings to be so beautiful.”",
      ["Dev Raman", "Dev Raman"],
    ],
    ["“The ice is talking,” Okonkwo added. “We just have to learn the language.”", ["Renata Okonkwo", "Renata Okonkwo"]],
    [
      "“The ice is talking,” she added. “We just have to learn the language.\n\n“And we have to learn it fast.”",
      ["Renata Okonkwo", "Renata Okonkwo", "Renata Okonkwo"],
    ],
  ];
  it.each(
    QA.flatMap((qa, k) =>
      TAILS.map(([tail, speakers], n): [number, number, string, string, (string | null)[]] => [k, n, qa, tail, speakers]),
    ),
  )("interview %i, story %i", (_k, _n, qa, tail, speakers) => {
    const e = extractArticle(
      `Q&A: A geologist who listens to glaciers\n\nGlaciologist Renata Okonkwo has spent twelve summers on the Juneau Icefield. We asked her about the work.\n\n${qa}\n\nOkonkwo hopes to install a permanent network next year.\n\n${tail}`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(speakers);
  });
  it("a quotation inside a later answer still belongs to the interviewee's label", () => {
    const e = extractArticle(
      `Interview: Renata Okonkwo\n\nWe spoke with glaciologist Renata Okonkwo.\n\nQuestion: Why record it?\n\nRenata Okonkwo: People ask me, "Why listen?" I say, "Because the ice tells us first."\n\nQuestion: What next?\n\nRenata Okonkwo: A permanent network.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toContain("Renata Okonkwo");
  });
});

describe("round-14 people after 'the leadership of', places after 'the city of', a role's place before its holder", () => {
  const story = agencyUpdate;
  const NAMES = ["Anjali Raman", "Kwabena Owusu", "Haruto Sato", "Xiomara Castillo"];
  const PERSON_FRAMES = [
    (n: string) => `The program grew under the leadership of ${n}, the agency said.`,
    (n: string) => `The garden was planted in memory of ${n}.`,
    (n: string) => `The family of ${n} thanked the crews.`,
    (n: string) => `The arrest of ${n} drew protests.`,
    (n: string) => `The crews spoke on behalf of ${n} and her neighbors.`,
  ];
  it.each(NAMES.flatMap((n) => PERSON_FRAMES.map((frame) => [n, frame(n)])))("%s: %s", (name, sentence) => {
    expect(extractArticle(story(sentence)).people.map((p) => p.name)).toEqual([name]);
  });
  const PLACES = ["Costa Mesa", "Grand Rapids", "Long Beach", "Santa Clara", "Harbor Point"];
  const PLACE_FRAMES: [(p: string) => string, string[]][] = [
    [(p) => `The city of ${p} thanked the crews.`, []],
    [(p) => `The Port of ${p} thanked the crews.`, []],
    [(p) => `The mayor of ${p}, Jane Roe, thanked the crews.`, ["Jane Roe"]],
    [(p) => `The director of ${p}, Tom Hale, said the crews worked hard.`, ["Tom Hale"]],
  ];
  it.each(PLACES.flatMap((p) => PLACE_FRAMES.map(([frame, people]): [string, string, string[]] => [p, frame(p), people])))(
    "%s: %s",
    (_place, sentence, people) => {
      expect(extractArticle(story(sentence)).people.map((p) => p.name)).toEqual(people);
    },
  );
  it("a list joined by commas alone still lists people", () => {
    expect(extractArticle(story("Those included Drew Cass, Devin Thurlow, people like that.")).people.map((p) => p.name)).toEqual([
      "Drew Cass",
      "Devin Thurlow",
    ]);
  });
});

describe("round-14 a release pasted with no blank lines: its headline and subhead with numbers under one-line furniture", () => {
  const HEADLINES: [string, string][] = [
    [
      "Department of Labor Announces $40 Million in Apprenticeship Grants to Expand Training in 15 States",
      "Grants will support 12,000 apprentices in clean energy and health care",
    ],
    ["Agency Awards 2,500 Scholarships to Students in 50 States", "Awards average $4,000 a year for four years"],
    ["Secretary Visits 3 Plants in Ohio to Mark New Jobs", "More than 1,200 workers hired since January"],
  ];
  it.each(HEADLINES)("%s", (headline, subhead) => {
    const text = [
      "Skip to main content",
      "An official website of the United States government",
      "U.S. Department of Labor",
      "Newsroom",
      "News Releases",
      headline,
      subhead,
      "WASHINGTON – The U.S. Department of Labor today announced $40 million in grants to expand registered apprenticeships in 15 states.",
      "“Apprenticeships are the gold standard of job training,” said Acting Secretary of Labor Julie Su.",
      "Agency",
      "Employment and Training Administration",
      "Date",
      "July 18, 2024",
      "Media Contact: Jane Roe",
      "Phone Number",
      "202-693-4676",
    ].join("\n");
    const e = extractArticle(text);
    expect(e.headline).toBe(headline);
    expect(e.droppedLines).not.toContain(subhead);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Julie Su"]);
    for (const line of ["Skip to main content", "News Releases", "Media Contact: Jane Roe", "202-693-4676"])
      expect(e.droppedLines).toContain(line);
  });
});

describe("round-14 given names written with accents, common short forms, role nouns of rural and civic life", () => {
  const story = agencyUpdate;
  const NAMES = [
    "José Ramírez",
    "Raúl Grijalva",
    "Zoë Ngata",
    "Peggy Flanagan",
    "Deb Haaland",
    "Doug Burgum",
    "Maggie Chen",
    "Zach Porter",
  ];
  const FRAMES = [(n: string) => `${n} welcomed the crews on Tuesday.`, (n: string) => `Also attending were Sen. Lisa Murkowski and ${n}.`];
  it.each(NAMES.flatMap((n) => FRAMES.map((frame) => [n, frame(n)])))("%s: %s", (name, sentence) => {
    expect(extractArticle(story(sentence)).people.map((p) => p.name)).toContain(name);
  });
  const ROLES = [
    "a tribal elder",
    "a cattle rancher",
    "a wheat grower",
    "a county planner",
    "a state forester",
    "a local merchant",
    "a school librarian",
    "a weather forecaster",
  ];
  it.each(ROLES)("'Ngozi Eze, %s, welcomed the crews.'", (role) => {
    expect(extractArticle(story(`Ngozi Eze, ${role}, welcomed the crews.`)).people.map((p) => p.name)).toEqual(["Ngozi Eze"]);
  });
  it.each(["Sri Lanka welcomed the crews on Tuesday.", "The elder trees were cut down.", "Planners said the roads were closed."])(
    "no one: %s",
    (sentence) => {
      expect(extractArticle(story(sentence)).people).toEqual([]);
    },
  );
});

describe("round-14 a briefing's turns opening on a greeting before a form of address", () => {
  it.each([
    "Thanks, Madam Secretary.",
    "Thank you, Mr. President.",
    "Hello, Secretary.",
    "Okay, Administrator.",
    "Sure, Senator.",
    "Congratulations, Commissioner.",
    "Welcome, Governor.",
  ])("'%s'", (greeting) => {
    const e = extractArticle(
      `Press Briefing by Secretary Jane Alvarado and Administrator Tom Reyes\n\nSECRETARY ALVARADO: Thank you all for joining. Crews are on the ground.\n\nADMINISTRATOR REYES: ${greeting} We have opened 14 recovery centers.\n\nQ: When will the centers open?\n\nADMINISTRATOR REYES: Tomorrow. I told the county manager, "You will have them by noon," and we will.`,
    );
    expect(e.people.map((p) => p.name)).toEqual(["Jane Alvarado", "Tom Reyes"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Tom Reyes"]);
  });
});

describe("round-14 a byline with an affiliation under a headline that has a comma", () => {
  const HEADLINES = [
    "For Wildlife Refuge Volunteers, Every Bird Counts",
    "After the Fire, a Forest Returns",
    "On the Border, Inspectors Find New Pests",
  ];
  const BYLINES = [
    "By Amanda Price, U.S. Fish and Wildlife Service",
    "By Amanda Price, Office of Public Affairs",
    "by Amanda Price, National Park Service",
  ];
  it.each(HEADLINES.flatMap((h) => BYLINES.map((b) => [h, b])))("%s ¶ %s", (headline, byline) => {
    const e = extractArticle(
      `${headline}\n\n${byline}\n\nOn a gray morning at the refuge, volunteer Harold Benson lifts his binoculars and starts counting cranes.\n\n“The first year I counted 11,000,” Benson says.`,
    );
    expect(e.headline).toBe(headline);
    expect(e.droppedLines).toContain(byline);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Harold Benson"]);
  });
});

describe("round-14 bulleted names under a sentence of the story, with no colon introducing them", () => {
  const LISTS = [
    ["• Maria Cruz, University of Texas", "• Thomas Hale, Example Foundation", "• Anjali Raman, Harbor Institute"],
    ["- Maria Cruz (University of Texas)", "- Thomas Hale (Example Foundation)"],
    ["• Dr. Maria Cruz – University of Texas", "• Thomas Hale – Example Foundation", "• Kwabena Owusu – Harbor Institute"],
  ];
  it.each(LISTS.map((list, k) => [k, list]))("list %i", (_k, list) => {
    const e = extractArticle(
      `Agency Names New Board\n\nWASHINGTON – The agency on Tuesday named five people to its advisory board.\n\n${list.join("\n")}\n\n"They bring decades of experience," said Director Jane Marlow.`,
    );
    const names = list.map((line) => line.replace(/^[•-]\s+(?:Dr\.\s+)?/, "").split(/,| \(| –/)[0]);
    expect(e.people.map((p) => p.name)).toEqual([...names, "Jane Marlow"]);
    expect(e.droppedLines).toEqual([]);
  });
  it("a bulleted menu under the story stays furniture", () => {
    const menu = ["• Press Releases", "• Photo Gallery", "• Contact Us"];
    const e = extractArticle(
      `Agency Names New Board\n\nWASHINGTON – The agency on Tuesday named five people to its advisory board.\n\n"They bring decades of experience," said Director Jane Marlow.\n\n${menu.join("\n")}`,
    );
    for (const line of menu) expect(e.droppedLines).toContain(line);
    expect(e.people.map((p) => p.name)).toEqual(["Jane Marlow"]);
  });
});

describe("round-14 a picture's caption and credit line inside the story", () => {
  const CREDITS = [
    "Credit: Ana Paula Ribeiro, University of Miami",
    "Photo credit: NOAA",
    "Photo by Tom Hale / USGS",
    "Image: NASA/JPL-Caltech",
  ];
  it.each(CREDITS)("%s", (credit) => {
    const caption = "A coral polyp fitted with the new oxygen sensor.";
    const e = extractArticle(
      `Tiny sensors reveal how coral reefs breathe at night\n\nScientists have built a sensor small enough to sit inside a coral polyp and record how much oxygen it uses after dark.\n\n“Night is when reefs are most vulnerable,” said lead author Ana Paula Ribeiro, a marine biologist at the University of Miami.\n\n${caption}\n${credit}\n\nThe sensors could warn reef managers of heat stress days before bleaching shows, the team said in a paper published on Wednesday.`,
    );
    expect(e.droppedLines).toEqual([caption, credit]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Ana Paula Ribeiro"]);
    expect(e.body).toContain("The sensors could warn reef managers");
  });
  it("a short story line above a line that is no credit stays", () => {
    const e = extractArticle(
      `Tiny sensors reveal how coral reefs breathe\n\nScientists have built a sensor small enough to sit inside a coral polyp and record oxygen.\n\nThe sensor is tiny.\nIt weighs less than a grain of rice, the team said in a paper published on Wednesday.`,
    );
    expect(e.droppedLines).toEqual([]);
  });
});

describe("round-14 a closing paragraph describing an organisation, with no 'About' heading", () => {
  const STORY =
    'Harbor Grants Announced\n\nWASHINGTON – The Example Agency on Tuesday announced $4 million in grants to rebuild harbor piers in twelve coastal towns.\n\n"We are ready for the season," said harbor master Jane Marlow.\n\nThe grants will be awarded in May, the agency said.';
  const DESCRIPTIONS = [
    "The U.S. National Science Foundation propels the nation forward by advancing fundamental research in all fields of science and engineering. NSF supports research and people by providing facilities, instruments and funding.",
    "Argonne National Laboratory seeks solutions to pressing national problems in science and technology. Argonne is managed by UChicago Argonne, LLC for the U.S. Department of Energy’s Office of Science.",
    "The U.S. Department of Energy’s Office of Science is the single largest supporter of basic research in the physical sciences in the United States. For more information, visit https://energy.gov/science.",
    "USDA touches the lives of all Americans each day in so many positive ways. To learn more about USDA’s work, visit www.usda.gov.",
    "NOAA’s National Weather Service is the sole official voice of the government for weather warnings. It operates 122 forecast offices.",
  ];
  it.each(DESCRIPTIONS.flatMap((d) => ["", "\n\n###"].map((after): [string, string] => [d, after])))("%s%s", (description, after) => {
    const e = extractArticle(`${STORY}\n\n${description}${after}`);
    expect(e.droppedLines).toContain(description);
    expect(e.body).toContain("The grants will be awarded in May");
  });
  it.each([
    "NIFC is at PL 3. Initial attack was light yesterday. Nine new large fires were reported.",
    "The Forest Service manages 193 million acres. It will reopen the trails in June, the agency said.",
    "The Example Agency is a small office. Its staff of twelve will visit every town this summer to meet the crews.\n\nThe first visit is in May.",
  ])("a closing paragraph of the story stays: %s", (tail) => {
    const e = extractArticle(`${STORY}\n\n${tail}`);
    expect(e.droppedLines).not.toContain(tail.split("\n\n")[0]);
  });
});

describe("round-15 a nickname in marks inside the speaker's name", () => {
  const MARKS: [string, string][] = [
    ['"', '"'],
    ["“", "”"],
  ];
  const FRAMES = [
    (n: string, q: (t: string) => string) => `${q("The work never stops,")} said Agency Director ${n}. ${q("We live our motto each day.")}`,
    (n: string, q: (t: string) => string) => `${n} said, ${q("The work never stops.")}`,
    (n: string, q: (t: string) => string) => `${q("The work never stops,")} ${n} said.`,
  ];
  it.each(
    MARKS.flatMap(([o, c]) =>
      FRAMES.map((frame, k): [string, number, string] => [o + c, k, frame(`Charles ${o}Chip${c} Groat`, (t) => o + t + c)]),
    ),
  )("marks %s, frame %i", (_marks, _k, sentence) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.people.map((p) => p.name)).toEqual(["Charles Groat"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(e.quotes.map(() => "Charles Groat"));
    expect(e.quotes.length).toBeGreaterThan(0);
  });
});

describe("round-15 an appositive whose role holds a verb of saying's word, a participle of saying, a letter lost in a name", () => {
  it.each([
    ['Jane Roe, the state coordinating officer, said, "We are making every attempt to inform victims."', "Jane Roe"],
    ['Jane Roe, the state officer, told reporters, "We are making every attempt to inform victims."', "Jane Roe"],
    [
      'Edward F. Jacoby, Jr., Director of the State Emergency Management Office and state coordinating officer for the disaster recovery operation, said, "We are making every attempt to inform victims."',
      "Edward F. Jacoby Jr.",
    ],
    [
      "Navy Veteran Kenneth Ray Charboneay shared compliments with his visitors remarking, “VA has been good to me.”",
      "Kenneth Ray Charboneay",
    ],
    ["Jane Roe toured the plant on Tuesday, quipping, “I should have worn boots.”", "Jane Roe"],
    ["Jane Roe closed the meeting, cautioning, “The season will be long.”", "Jane Roe"],
    ['"We rely on our staff to get the word out," Federal Coordinating Officer Justo Hern?ndez explained.', "Justo Hern?ndez"],
    ['"We rely on our staff," said Federal Coordinating Officer Justo Hern\ufffdndez.', "Justo Hern\ufffdndez"],
  ])("%s", (sentence, name) => {
    expectOneSpeaker(agencyUpdate(sentence), name);
  });
  it("a question mark run into the next sentence stays a sentence end", () => {
    const e = extractArticle(agencyUpdate('Is the plan ready?Officials did not say. "We are ready," said Jane Roe.'));
    expect(e.people.map((p) => p.name)).toEqual(["Jane Roe"]);
  });
  it("a report and a tweet stay the nouns they are after an article", () => {
    const e = extractArticle(agencyUpdate('The ministry dismissed the report as a "full-scale witch hunt."'));
    expect(e.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe("round-15 the headline's full name for a person the story calls by surname or without the initial", () => {
  const HEADLINES: [string, string][] = [
    ["Jane Q. Roe Sworn In as Agency Director", "Jane Q. Roe"],
    ["Jane Q. Roe, M.D., Ph.D., Sworn In as Agency Director", "Jane Q. Roe"],
    ["Agency Welcomes Jane Q. Roe as Director", "Jane Q. Roe"],
    ["Jane Roe Named Agency Director", "Jane Roe"],
  ];
  const BODIES = [
    'WASHINGTON — The new director was sworn in on Tuesday.\n\n"I am honored," Dr. Roe said.',
    'WASHINGTON — Jane Roe was sworn in on Tuesday as the agency director.\n\n"I am honored," Roe said.',
  ];
  it.each(HEADLINES.flatMap(([h, name]) => BODIES.map((b, k): [string, number, string, string] => [h, k, b, name])))(
    "%s, body %i",
    (headline, _k, body, name) => {
      const e = extractArticle(`${headline}\n\n${body}`);
      expect(e.people.map((p) => p.name)).toEqual([name]);
      expect(e.quotes.map((q) => q.speaker)).toEqual([name]);
    },
  );
  it("two people of the surname in the story: the headline's name joins neither", () => {
    const e = extractArticle(
      'Jane Q. Roe Sworn In\n\nWASHINGTON — Tom Roe and Ann Roe attended the ceremony.\n\n"I am honored," Tom Roe said.',
    );
    expect(e.people.map((p) => p.name)).toEqual(["Tom Roe", "Ann Roe"]);
  });
});

describe("round-15 a feed page of statements: a title's complement in the heading, items titled by speaker and subject", () => {
  const FEED = [
    "Education News Feed",
    "Statement from Assistant Secretary for Civil Rights Jane Alvarado on Example University\nMay 9, 2014",
    '"I congratulate Example University for taking swift action, and I look forward to working with the university community."',
    "U.S. Secretary of Education Tom Reyes on the Nomination of Ann Poe as Under Secretary\nMay 8, 2014",
    "“Ann Poe has worked to foster innovation that benefits all students. I urge the Senate to confirm her quickly.”",
    "Statement by U.S. Secretary of Education Tom Reyes on New Graduation Data\nMay 7, 2014",
    "“More students are graduating than ever before, and that is good news for the country.”",
  ];
  it("each statement goes to the speaker its heading names", () => {
    const e = extractArticle(FEED.join("\n\n"));
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Alvarado", "Tom Reyes", "Tom Reyes"]);
  });
  it.each([
    "Statement from Assistant Secretary for Civil Rights Jane Alvarado on Example University",
    "Statement of the Under Secretary of Commerce for Standards Jane Alvarado on the Budget",
  ])("%s", (heading) => {
    const e = extractArticle(
      `${heading}\n\nWASHINGTON — The following statement was released on Tuesday.\n\n"We welcome the decision and will work to carry it out."`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Alvarado"]);
  });
  it("a title, a name and 'on' over a paragraph that quotes no one heads nothing", () => {
    const e = extractArticle(
      agencyUpdate("Secretary Tom Reyes on the Road\n\nThe secretary toured four states this week.\n\nJane Roe said the tour went well."),
    );
    expect(e.quotes).toEqual([]);
  });
});

describe("round-15 a person's possessive before a place's or a body's name", () => {
  it.each([
    ["Floodwaters in Cheryl Rasbury's Bay St. Louis house rose to within six inches of the ceiling.", ["Cheryl Rasbury"]],
    ["Floodwaters in Jane Roe's Harbor View home rose quickly.", ["Jane Roe"]],
    ["The Martin Luther King's Day parade was held.", []],
  ])("%s", (sentence, people) => {
    expect(extractArticle(agencyUpdate(sentence)).people.map((p) => p.name)).toEqual(people);
  });
});

describe("round-15 a feed's source lines, an archive's record note, image labels run together, numbered links", () => {
  sweepFurniture(
    [
      "RSS feed source: United States Environmental Protection Agency",
      "Feed source: Example Agency News",
      "Click this link to continue reading the article on the source website.",
      "This material is available primarily for archival purposes. Telephone numbers or other contact information may be out of date.",
      "This page is provided for historical reference purposes only.",
      "NSF Logo Search GraphicGuide To Programs GraphicImage Library GraphicSite Map GraphicHelp",
      "4. FDA Pharmacists Help Consumers Use Medicines Safely",
      "12. Agency Opens New Harbor Office in Maine",
    ],
    [
      "1. Go online to the agency's site and fill in the form, the harbor master said.",
      "The feed source was cut in 2019, officials said, and the harbor lost its funding.",
      "Click beetles and other insects were found near the pier, the biologist said.",
    ],
  );
  it("a caption that points to its text below is a caption", () => {
    const e = extractArticle(
      `Harbor briefing set\n\nWASHINGTON – The Example Agency on Tuesday announced $4 million in grants to rebuild harbor piers in twelve coastal towns.\n\nU.S. Air Force C-17 cargo plane; caption is below.\n\n"We are ready for the season," said harbor master Jane Marlow.\n\nThe grants will be awarded in May, the agency said.`,
    );
    expect(e.droppedLines).toEqual(["U.S. Air Force C-17 cargo plane; caption is below."]);
  });
});

describe("round-16 two-word given names, a headline's verb after a titled surname, a plant named after someone", () => {
  it.each(["Jo Anne Barnhart", "Mary Beth Tinker", "Jo Ellen Roe", "Billy Bob Harlan"])(
    "%s after a title, at a sentence's start, after 'said'",
    (name) => {
      for (const sentence of [
        `Commissioner ${name} said the scam was outrageous.`,
        `${name} said the scam was outrageous.`,
        `"I am outraged," said Commissioner ${name}.`,
      ]) {
        expect(extractArticle(agencyUpdate(sentence)).people.map((p) => p.name)).toEqual([name]);
      }
    },
  );
  it.each([
    "Secretary Jewell Announces $50 Million for Drought Relief",
    "Secretary Norton Touts Parks as Places Worth Celebrating",
    "Administrator Roe Awards Grants to 12 Towns",
    "Secretary Roe Highlights Jobs Report",
  ])("%s", (headline) => {
    const e = extractArticle(
      `${headline}\n\nWASHINGTON — Secretary Sally Jewell, Secretary Gale Norton and Administrator Jane Roe spoke on Tuesday.\n\n"Parks matter," Norton said.`,
    );
    expect(e.people.map((p) => p.name).sort()).toEqual(["Gale Norton", "Jane Roe", "Sally Jewell"]);
  });
  it.each(["the Donald C. Tillman Water Reclamation Plant", "the Jane Q. Roe Water Treatment Plant", "the Tom A. Hale Recycling Facility"])(
    "%s is no one",
    (place) => {
      expect(extractArticle(agencyUpdate(`Water flows to ${place} in Van Nuys.`)).people).toEqual([]);
    },
  );
});

describe("round-16 a headline set in capitals", () => {
  const HEADLINES: [string, string | null][] = [
    ["AGENCY AWARDS $30 MILLION TO 70 HARBOR TOWNS", "TO IMPROVE PIERS AND DOCKS ACROSS THE COAST"],
    ["MONITOR SANCTUARY EXPEDITION, DOCUMENTARY FEATURED IN AGENCY REPORT", null],
    ["SECRETARY ANNOUNCES NEW GRANTS FOR RURAL HOSPITALS", null],
  ];
  it.each(HEADLINES)("%s", (headline, second) => {
    const lines = second ? `${headline}\n${second}` : headline;
    const e = extractArticle(
      `News Release\n\nFOR IMMEDIATE RELEASE\nTuesday, May 7, 2002\n\n${lines}\n\nWASHINGTON – The Example Agency on Tuesday announced $30 million in grants to rebuild harbor piers in 70 coastal towns.\n\n"We are ready for the season," said harbor master Jane Marlow.`,
    );
    expect(e.headline).toBe(headline);
    expect(e.droppedLines).toEqual(["News Release", "FOR IMMEDIATE RELEASE", "Tuesday, May 7, 2002"]);
  });
  it.each(["FORT HOOD, TEXAS, UNITED STATES", "U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES"])(
    "'%s' over a headline stays no headline",
    (line) => {
      const e = extractArticle(
        `${line}\n\nAgency Awards Grants to Harbor Towns\n\nWASHINGTON – The Example Agency on Tuesday announced $30 million in grants to rebuild harbor piers.\n\n"We are ready," said harbor master Jane Marlow.`,
      );
      expect(e.headline).toBe("Agency Awards Grants to Harbor Towns");
    },
  );
});

describe("round-17 a blog's label line, a section label, a feed reader's error, a site's motto, e-mail sign-ups, bookmark buttons", () => {
  sweepFurniture(
    [
      "Showing posts with label USDOJ. Show all posts",
      "Show all posts",
      "2. A Message from EEOC Chair Jane A. Roe for 2025 Martin Luther King Jr. Day",
      "News of the FTC",
      "Updates from the Example Agency",
      "HungryFEED can't get feed. Don't be mad at HungryFEED.",
      "Federal Trade Commission - Protecting America's Consumers",
      "Example Volunteer Network - Find a Volunteer Opportunity Near You",
      "Get press releases emailed to you right when they are issued",
      "Sign up for e-mail updates from the agency",
      "AddThis Social Bookmark Button About Example Corps > News",
      "Example Corps.  Make a Difference.  Volunteer.Skip Navigation",
    ],
    [
      "News of the grants spread quickly through the harbor towns, the agency said.",
      "Jane Roe - Serving the harbor since 1990, she said, is a full-time job.",
      "Get ready for the season, the harbor master told the crews on Tuesday.",
      "The feed for the cattle can't get through the snow, ranchers said.",
    ],
  );
});

describe("round-18 a name run into its title after two spaces, the comma lost", () => {
  const TITLES = [
    "Acting Clinic Director",
    "Interim Medical Center Director",
    "Public Affairs Officer",
    "Deputy Administrator",
    "Program Manager",
    "Chief of Staff",
  ];
  const NAMES = ["Maria T. Ocampo", "Dale Hughes", "Ana B. Ruiz"];
  it.each(NAMES.flatMap((name) => TITLES.map((title) => [name, title])))("said %s  %s", (name, title) => {
    const surname = name.split(" ").pop() as string;
    const e = extractArticle(
      agencyUpdate(
        `"The week matters to every patient," said ${name}  ${title} "We invited the choirs to visit."  ${surname} said she hopes visitors come back.  "Volunteers help us every day," ${surname} said.`,
      ),
    );
    expect(e.people.map((p) => p.name)).toEqual([name]);
    expect(e.quotes.map((q) => q.speaker)).toEqual([name, name, name]);
  });
});

describe("round-18 quotation marks lost to the replacement character", () => {
  const R = "\uFFFD";
  const CASES: [string, string[], (string | null)[]][] = [
    [
      `${R}Local voices lead the work,${R} says State Conservationist Ana Ruiz. ${R}Our offices listen first.${R}`,
      ["Local voices lead the work,", "Our offices listen first."],
      ["Ana Ruiz", "Ana Ruiz"],
    ],
    [
      `Ana Ruiz said, ${R}We listen to the farmers${R} groups before we plan.${R}`,
      ["We listen to the farmers\uFFFD groups before we plan."],
      ["Ana Ruiz"],
    ],
    [
      `${R}Local voices lead,${R} says Ana Ruiz. ${R}Our offices work on the idea that the residents${R} views count most in the end.`,
      ["Local voices lead,", "Our offices work on the idea that the residents\uFFFD views count most in the end."],
      ["Ana Ruiz", "Ana Ruiz"],
    ],
    [`${R}We call it ${R}soft${R} water, and it helps,${R} said Ana Ruiz.`, ["We call it ‘soft’ water, and it helps,"], ["Ana Ruiz"]],
    [`Ana Ruiz called the plan ${R}a good start${R} on Tuesday.`, ["a good start"], ["Ana Ruiz"]],
  ];
  it.each(CASES)("%s", (sentence, texts, speakers) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.quotes.map((q) => q.text)).toEqual(texts);
    expect(e.quotes.map((q) => q.speaker)).toEqual(speakers);
    expect(e.people.map((p) => p.name)).toEqual(["Ana Ruiz"]);
  });
  it.each([
    `The Stakeholder${R}s Meetings begin at 9 a.m. ${R} all are welcome.`,
    `Justo Hern${R}ndez and the farmers${R} groups met on Tuesday.`,
  ])("a replacement character inside a word or between spaces is no quotation mark: %s", (sentence) => {
    expect(extractArticle(agencyUpdate(sentence)).quotes).toEqual([]);
  });
  it.each(["she said during an interview", "said Ana Ruiz", "Ruiz said"])(
    "two closing single marks close a curly quotation: “...,’’ %s",
    (tail) => {
      const e = extractArticle(agencyUpdate(`Ana Ruiz took office in May. “To lead a place like this is really something,’’ ${tail}.`));
      expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([["To lead a place like this is really something,", "Ana Ruiz"]]);
    },
  );
});

describe("round-18 month names as given names; observances, gardens, lands and organisations are no one", () => {
  it.each(["Jun Ye", "May Chen", "Jan Novak", "June Carter", "April Ross"])("%s, listed with a person and speaking", (name) => {
    const e = extractArticle(agencyUpdate(`The fellows are Ana Liu and ${name} of the lab. "We won," said ${name}.`));
    expect(e.people.map((p) => p.name)).toEqual(["Ana Liu", name]);
    expect(e.quotes.map((q) => q.speaker)).toEqual([name]);
  });
  it.each([
    "Teacher Appreciation Day",
    "Nurse Appreciation Week",
    "National Farm Safety Week",
    "Black History Month",
    "the White House Rose Garden",
    "the Working Lands for Wildlife partnership",
    "the Time and Frequency and Quantum Physics Divisions",
    "the Field and Safety Offices",
  ])("%s is no one", (thing) => {
    const e = extractArticle(agencyUpdate(`"We are proud," said Secretary Karen Lowe, who spoke at ${thing} on Tuesday.`));
    expect(e.people.map((p) => p.name)).toEqual(["Karen Lowe"]);
  });
  it.each([
    "Clarivate Analytics, a company that provides citation data",
    "Hanover Brands, a firm in Ohio",
    "Aldous Meyer, a nonprofit that backs science",
    "Mercer Bell, the network based in Boston",
  ])("%s: an appositive says an organisation", (organisation) => {
    const e = extractArticle(
      agencyUpdate(`Two scientists were named by ${organisation}, and Ana Liu thanked them. "We are grateful," Liu said.`),
    );
    expect(e.people.map((p) => p.name)).toEqual(["Ana Liu"]);
  });
  it("a company's spokeswoman stays a person", () => {
    expect(extractArticle(agencyUpdate(`Jane Roe, a company spokeswoman, said the plant would reopen.`)).people.map((p) => p.name)).toEqual(
      ["Jane Roe"],
    );
  });
});

describe("round-18 a verb of saying in the passive names no speaker", () => {
  it.each([
    'Ana Liu was recognized for "pioneering the field of ultracold molecules."',
    'Ana Liu was praised for "steady leadership in hard times."',
    'Ana Liu was also described as "a tireless advocate for the coast."',
    'The plan by Ana Liu was called "a good start" by the board.',
  ])("%s", (sentence) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.quotes.map((q) => q.speaker)).toEqual([null]);
    expect(e.people.map((p) => p.name)).toEqual(["Ana Liu"]);
  });
  it('an active one still names its subject: Ana Liu described it as "a good start."', () => {
    expectOneSpeaker(agencyUpdate('Ana Liu described it as "a good start."'), "Ana Liu");
  });
});

describe("round-18 relatives sharing a surname: whose relative the appositive says", () => {
  const KIN = ["father", "mother", "grandfather", "uncle"];
  it.each(KIN)("Dale Brandt, a retired welder and %s of Petty Officer Kyle Brandt, ... said Brandt", (kin) => {
    const e = extractArticle(
      agencyUpdate(
        `Dale Brandt, a retired welder and ${kin} of Machinist's Mate 2nd Class Kyle Brandt, said the family drove from Ohio to see Kyle.\n\n"He's (Kyle) been in the Navy for six years," said Brandt. "We are going to enjoy every day he is home."`,
      ),
    );
    expect(e.people.map((p) => p.name)).toEqual(["Dale Brandt", "Kyle Brandt"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Dale Brandt", "Dale Brandt"]);
  });
  it("one introduced as the other's relative is still called by the given name: his son, Kyle Brandt", () => {
    const e = extractArticle(
      agencyUpdate(`Dale Brandt and his son, Kyle Brandt, waited on the pier.\n\n"It has been a long year," Brandt said.`),
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Dale Brandt"]);
  });
});

describe("round-18 a newsletter's sign-offs, a link back to the top, a slogan in fragments", () => {
  sweepFurniture(
    [
      "Like what you're seeing? Want to see something different? Care to contribute a story? Get in touch with us!",
      "Have a story you want to share? Let us know.",
      "Thanks for all you do!",
      "Thank you for reading!",
      "Top of page",
      "Back to top of page",
      "Harbor Corps.  Lend a Hand.  Serve.",
    ],
    [
      "Thanks to all who helped, the harbor master said on Tuesday.",
      "The top of the page listed every grant, she said.",
      "Like what you see? The mayor asked the crowd before the vote.",
      "No. Not at all. Never.",
    ],
  );
});

describe("round-18 headlines with verbs of motion", () => {
  it.each(["Submarine Crew Comes Home", "Cutter Sails Home", "Band Goes Home", "Relief Flies In"])("%s", (headline) => {
    const e = extractArticle(
      `${headline}\n\nNORFOLK, Va. — Families waited on the pier for the crew.\n\n"It has been a long year," Ruth Ames said.`,
    );
    expect(e.headline).toBe(headline);
  });
});

describe("round-18 a speaker's name, then where the speaker is from, then the verb", () => {
  const NAMES = ["Jane Roe", "Anjali Raman", "Fazlullah Khan"];
  const ORIGINS = ["of the Example Agency", "of the northern district", "from the county office", "of northwestern Khyber province"];
  it.each(NAMES.flatMap((name) => ORIGINS.map((origin) => [name, origin])))("%s %s", (name, origin) => {
    for (const sentence of [
      `"We got the help we needed," ${name} ${origin} said.`,
      `${name} ${origin} told reporters, "We got the help we needed."`,
      `"We got the help we needed," ${name} ${origin} wrote.`,
    ])
      expectOneSpeaker(agencyUpdate(sentence), name);
  });
  it("the relative of a name is no name of origin: the mother of Jane Roe of the district said", () => {
    expect(
      extractArticle(agencyUpdate('The mother of Jane Roe of the district said, "We got help."')).quotes.map((q) => q.speaker),
    ).toEqual([null]);
  });
});

describe("round-18 surnames listed before governments' plural", () => {
  it.each([
    ["They played for the Obama and second Bush administrations.", ["Obama", "Bush"]],
    ["Under the Reagan, Bush and Clinton administrations, the rule held.", ["Reagan", "Bush", "Clinton"]],
    ["The rule outlasted the Carter and Reagan presidencies.", ["Carter", "Reagan"]],
  ])("%s", (sentence, names) => {
    expect(extractArticle(agencyUpdate(sentence)).people.map((p) => p.name)).toEqual(names);
  });
  it.each(["The Health and Human Services campaigns ran all year.", "The Labor governments fell."])("no surname: %s", (sentence) => {
    expect(extractArticle(agencyUpdate(sentence)).people).toEqual([]);
  });
});

describe("round-18 a teleconference's instructions, its transcript's notice, text-size controls, a long skip link", () => {
  sweepFurniture(
    [
      "* Please dial in 10 to 15 minutes before the start of the briefing.",
      "If you would like to ask a question during the call, press *1 on your touchtone phone.  Press *2 to withdraw your question.",
      "You may queue up at any time. You will hear a tone to indicate your question is pending.",
      "Participant code: 4471902",
      "A transcript of this media availability will be available following the briefing at the agency's web site.",
      "An audio recording of today's telebriefing will be posted on the agency's website.",
      "Font Size Reduce Text Size Enlarge Text Size     Print Print",
      "Skip this top of page navigation",
    ],
    [
      "Callers could dial in from any of the twelve towns, the harbor master said.",
      "A transcript of the hearing was filed with the court on Monday.",
      "The size of the font on the new signs drew complaints, she said.",
    ],
  );
});

describe("round-18 a headline's verbs and participles are no names", () => {
  it.each([
    "Senator Pays Tribute to Nine Fallen Officers Honored this Year",
    "Governor Marks Anniversary of Flood with Crews Named Last Spring",
    "Mayor Salutes Volunteers Sworn In on Monday",
    "Chief Mourns Firefighters Remembered at Harbor Service",
  ])("%s", (headline) => {
    const e = extractArticle(
      `${headline}\n\nWASHINGTON — The agency gave an update on Tuesday.\n\n"We are proud," said Secretary Jane Roe.`,
    );
    expect(e.people.map((p) => p.name)).toEqual(["Jane Roe"]);
  });
});

describe("round-18 a caption closed by a bracketed credit or a slideshow pointer", () => {
  sweepFurniture(
    [
      "Sailors and two Marines re-enlist at a combined ceremony at the harbor pier, Feb. 11. (Photo by Sgt. Ana Ruiz)",
      "Crews haul a new pier section into place on Monday. (U.S. Army photo by Spc. Tom Hale)",
      "Secretary Roe helps fold an American flag at the forum. View the slideshow for more images.",
    ],
    [
      "The photo by the harbor master, taken in 1990, hangs in the town hall.",
      "Visitors can view the slideshow at the museum through May, she said.",
    ],
  );
});

describe("round-19 a statement credited to someone before it", () => {
  it.each([
    "Below is a statement that can be attributed to Jane Roe, Assistant Secretary for Public Affairs:",
    "The following statement can be attributed to Jane Roe, the agency's spokeswoman:",
    "The following is a statement from Jane Roe, Director of the Example Office:",
    "Please find below remarks by Secretary Jane Roe:",
  ])("%s", (line) => {
    const e = extractArticle(
      `Treasury Statement on Report\n\nWASHINGTON – The Treasury issued a statement on Tuesday.\n\n${line}\n\n“There has been widespread misreporting of the rules. The report was filed on time.”`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe"]);
  });
});

describe("round-19 a name closed by a comma and Jr. before its verb", () => {
  it.each([
    ["Martin Luther King, Jr. once said", "Martin Luther King Jr."],
    ["Louis V. Franklin, Sr. said", "Louis V. Franklin Sr."],
    ["Jane Q. Roe, Jr. has said", "Jane Q. Roe Jr."],
  ])("%s, “...”", (subject, name) => {
    expectOneSpeaker(
      `Sailors Volunteer in Their Community\n\nNORFOLK, Va. (NNS) -- ${subject}, “Life’s most urgent question is, what are you doing for others?” and this rings true for Sailor and civilian alike.`,
      name,
    );
  });
});

describe("round-19 halls and credits that are no one", () => {
  it.each(["Morris Auditorium", "Hale Pavilion", "Ward Gymnasium", "Kent Amphitheater", "the Lowe Ballroom", "Reed Chapel"])(
    "in %s",
    (place) => {
      const e = extractArticle(agencyUpdate(`"We will fly again," said Director Jane Roe, who spoke Sept. 26 in ${place}.`));
      expect(e.people.map((p) => p.name)).toEqual(["Jane Roe"]);
    },
  );
  it.each(["(NASA/MSFC/Tom Hale)", "(NASA/JPL/Tom Hale)", "(USDA/ARS/Tom Hale)"])(
    "a caption's credit after an agency and its centre: %s",
    (credit) => {
      const e = extractArticle(
        `New Director Takes Helm\n\nHUNTSVILLE, Ala. — Jane Roe took over the center on Monday.\n\nImage right: The center's new director, Jane Roe, addresses the workforce Sept. 26. ${credit}\n\n"We will fly again," Roe said.`,
      );
      expect(e.people.map((p) => p.name)).toEqual(["Jane Roe"]);
    },
  );
  it.each(["USS Harry S. Truman (CVN 75)", "USS John C. Stennis", "USNS Harvey Milk"])("%s, then its name alone", (ship) => {
    const name = ship.replace(/^US[N]?S /, "").replace(/ \(.*\)$/, "");
    const e = extractArticle(
      `Sailors Volunteer\n\nNORFOLK, Va. — Sailors from ${ship} gave 400 hours.\n\nVolunteers from ${name} also painted a school. "We love it," said Seaman Jane Roe.`,
    );
    expect(e.people.map((p) => p.name)).toEqual(["Jane Roe"]);
  });
});

describe("round-19 government banners, archive notices, story tools, search forms, a press office's page", () => {
  sweepFurniture(
    [
      "US flag Official website of the Department of Homeland Security",
      "An official website of the Example Agency",
      "COVID-19 relief options and additional resources",
      "In an effort to keep current, the archive contains content from a previous administration or is otherwise outdated.",
      "Story Number: NNS190201-13Release Date: 2/1/2019 2:37:00 PM",
      "A  A  A   Email this story to a friend   Print this story",
      "Accessible Search Form           Advanced Search",
      "The Example Press Office is the central news contact for all members of the media.",
      "Our office hours are Monday through Friday, 9 a.m. to 5 p.m. ET.",
      "For information about the agency's history and current activities, see Agency Overview and Budget.",
      "Social Media:",
      "Address:",
      "Recent Interviews from Scientists at the Institute",
    ],
    [
      "The official website of the harbor office crashed on Monday, she said.",
      "Our hours are long in the season, the harbor master said.",
      "For information about the grants, residents called the harbor office, she said.",
    ],
  );
});

describe("round-20 a long inverted attribution through an organisation's name, its acronym and a title", () => {
  it.each([
    "explained U.S. Army Corps of Engineers (USACE), Mobile District Commander, Col. Jane Roe.",
    "said Example Agency (EA), Harbor Division Chief, Dr. Jane Roe.",
    "added Example Water Authority, Operations Manager, Jane Roe.",
  ])("“...,” %s", (attribution) => {
    expectOneSpeaker(agencyUpdate(`“July Fourth is a special day. But outings are not without risk,” ${attribution}`), "Jane Roe");
  });
  it("a name found stops the phrase: “...,” said Jane Roe, Tom Doe and others.", () => {
    expect(extractArticle(agencyUpdate("“Outings carry risk,” said Jane Roe, Tom Doe and others.")).quotes.map((q) => q.speaker)).toEqual([
      "Jane Roe",
    ]);
  });
});

describe("round-20 a feed's paragraphs joined by inline paragraph tags", () => {
  it.each(["<P>", "<p>", "</p> <p>", "<p/>"])("%s between paragraphs", (tag) => {
    const e = extractArticle(
      agencyUpdate(
        `The forecast is full. ${tag} “Storage began early this year,” said Tom Hale, river operations supervisor. “Although the supply is adequate, carry-over is low.” ${tag} Forecasts come monthly.`,
      ),
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Storage began early this year,", "Tom Hale"],
      ["Although the supply is adequate, carry-over is low.", "Tom Hale"],
    ]);
    expect(e.body).not.toMatch(/<\/?p/i);
  });
});

describe("round-20 a comment form's help, a site's terms, pointers to pages elsewhere", () => {
  sweepFurniture(
    [
      "Currently we allow the following HTML tags in comments:",
      "These tags can be used alone and don't need an ending tag.",
      "By accessing/using Example Library/Example.com, you signify your agreement with the Terms of Use on our Legal Information page.",
      "Read the White House announcement.",
      "Read the full press release.",
      "Statements related to harbor incidents may be found on our Accidents and Incidents page.",
      "Need to know more about drugs?  www.example.gov",
    ],
    [
      "Read the fine print, the harbor master told the crews on Tuesday.",
      "By using the new piers, crews save an hour a day, she said.",
      "Need help? Crews called the harbor office all week, she said.",
    ],
  );
});

describe("round-21 programmes, complements' second halves and companies that are no one; a royal title's word as a given name", () => {
  it.each([
    "Centers were named today by the Office of Head Start in the agency.",
    "Jane Roe, Assistant Secretary for Mental Health and Substance Use, spoke.",
    "The exhibit is sponsored by Darden Restaurants and the Example Foundation.",
    "Jane Roe, Director of the Office of Science and Technology Policy, spoke.",
    "Grants went to Hanover Farms and Lakeside Dairies.",
  ])("%s", (sentence) => {
    const e = extractArticle(agencyUpdate(`${sentence} "We are proud," said Secretary Jane Roe.`));
    expect(e.people.map((p) => p.name)).toEqual(["Jane Roe"]);
  });
  it.each(["Army Maj. Gen. King Sidwell", "Sgt. Prince Adeyemi", "Capt. Duke Ellison"])("said %s", (titled) => {
    const name = titled.split(" ").slice(-2).join(" ");
    expectOneSpeaker(agencyUpdate(`"We will help our neighbors," said ${titled}, adjutant general of the Guard.`), name);
  });
  it("a department and a person after it stay apart: The Interior Department and Anjali Raman met", () => {
    expect(
      extractArticle(agencyUpdate('The Interior Department and Anjali Raman met on Tuesday. "We agreed," Raman said.')).quotes.map(
        (q) => q.speaker,
      ),
    ).toEqual(["Anjali Raman"]);
  });
});

describe("round-21 the rest of a government site's banner, a feed aggregator's credit, a site's name after its domain", () => {
  sweepFurniture(
    [
      "Federal government websites often end in .gov or .mil. Before sharing sensitive information, make sure you're on a federal government site.",
      "The site is secure.",
      "The https:// ensures that you are connecting to the official website and that any information you provide is encrypted and transmitted securely.",
      "Added By: Feedage Forager Feedage Grade B rated",
      "CMS.gov Centers for Medicare & Medicaid Services",
      "Centers for Medicare & Medicaid Services",
    ],
    [
      "The site is secure now, the harbor master said on Tuesday.",
      "Crews will learn more about the piers on Monday, she said.",
      "Centers for the crews opened in twelve towns, the agency said.",
    ],
  );
});

describe("round-22 vessels named after people, a league after a rank, a portfolio before 'and', a service's reserve, a programme before its noun", () => {
  it.each([
    "The Coast Guard Cutter Mary Sears's crew came home on Monday.",
    "Crews aboard the Coast Guard Cutter Alma Frost stopped the boat near Key West.",
    "The crew of USCGC Hattie Doyle towed the skiff to shore.",
    "The cutter Ida Lewis escorted the barge into the harbor.",
    "He chaired a study group on Major League Baseball in 1995.",
    "She once served on a panel for Major League Soccer.",
    "The Chief of Navy Reserve visited the base on Monday.",
    "Sailors of the Navy Reserve Force trained at the pier.",
    "The Army Reserve sent three units to the coast.",
    "She pointed to the agency's Money Smart program, a free course for adults.",
    "The county's Bright Start initiative opened two centers.",
    "He pointed to the EXA's Savvy Saver program, an award-winning financial education curriculum designed for adults.",
    "He praised the EXA's Money Smart course, a free class for adults.",
  ])("%s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are proud," said Secretary Jane Roe.`), "Jane Roe");
  });
  it.each([
    '"We are proud," said Under Secretary of Commerce for Intellectual Property and Director of the Patent Office Jane Roe.',
    '"We are proud," said Assistant Secretary for Public Health and Director of the Example Service Jane Roe.',
  ])("a portfolio after 'for' and before 'and Director' is no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(sentence), "Jane Roe");
  });
});

describe("round-22 a direction word as a surname after a rank; what someone calls something; a headline's words from a quotation", () => {
  it.each(["Lt. Gen. Nadia West", "Maj. Gen. Ayla North", "Col. Rhea South", "Sgt. Tomas East"])("%s, then the surname alone", (titled) => {
    const name = titled.split(" ").slice(-2).join(" ");
    const surname = name.split(" ")[1];
    expectOneSpeaker(
      agencyUpdate(
        `${titled}, the commanding general, held a town hall on Friday.\n\n${surname} spoke about readiness. "The future is bright for the corps," ${surname} said.`,
      ),
      name,
    );
  });
  it.each(["calls", "called", "has called", "likes to call"])('what Roe %s the "..."', (verb) => {
    const e = extractArticle(
      agencyUpdate(`Director Jane Roe launched a campaign to stem what Roe ${verb} the "paperwork avalanche" in federal hiring.`),
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([["paperwork avalanche", "Jane Roe"]]);
  });
  it.each([
    ["single marks", "Port 'right place' for the new fleet"],
    ["double marks", 'Port "right place" for the new fleet'],
  ])("a headline's words in %s taken from a quotation below take its speaker", (_marks, headline) => {
    const e = extractArticle(
      `${headline}\n\nBy Dana Whitlock\n\nThe Navy moved its fleet office to the port on Monday.\n\nAdm. Jane Roe toured the piers. "It has room to grow. I think this is the right place for us," Roe said.`,
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["right place", "Jane Roe"],
      ["It has room to grow. I think this is the right place for us,", "Jane Roe"],
    ]);
  });
});

describe("round-22 slashed breadcrumbs, reference and archive notices, forum and blog labels, cache notices, a feed's excerpt note", () => {
  sweepFurniture(
    [
      "Example.gov / News / News Archives / Releases / 2006 / May / Agency Opens Harbor Office",
      "Home / Newsroom / Press Releases / Harbor Grants Announced",
      "This page is provided for reference purposes only. It was current when published, but is no longer maintained.",
      "This document is provided for historical reference only.",
      "The content on this page is no longer being updated and may contain outdated information.",
      "The information on this page is no longer updated and may be out of date.",
      "Author Topic: Agency Seeks Comment on Harbor Rules (Read 212 times)",
      "Blog Category: Harbor Programs",
      "Blog Categories: Grants, Harbors",
      "Clear Your Browser Cache",
      "This website has recently undergone changes. Users finding unexpected concerns may clear their browser's cache to ensure a seamless experience.",
      "date 2023-03-16 The following is an excerpt from a Harbor Notes article by Dana Whitlock",
      "The following is an excerpt from an article in Harbor Notes.",
      "To read the rest of the article by Dana Whitlock, please click here",
      "Learn more about the Harbor Grants Program",
      "Find out more about harbor grants",
    ],
    [
      "The content of the plan is no longer secret, the mayor said.",
      "Users of the piers will find changes this spring, she said.",
      "The following ships will dock in May: the Alma, the Breeze and the Clara.",
      "The page of the harbor log was read aloud at the ceremony, she said.",
      "Learn more about the grants at the open house on May 3, the agency said.",
    ],
  );
  it.each([
    "The following is an excerpt from a Harbor Notes article by Dana Whitlock.",
    "To read the rest of the article by Dana Whitlock, please click here.",
    "This story was adapted from a column by Dana Whitlock.",
  ])("a writer credited in a note is not in the story: %s", (note) => {
    const e = extractArticle(
      `Harbor briefing set\n\n${note}\n\nWASHINGTON – The Example Agency on Tuesday announced $4 million in grants to rebuild harbor piers.\n\n"We are ready for the season," said harbor master Jane Marlow.`,
    );
    expect(e.people.map((p) => p.name)).toEqual(["Jane Marlow"]);
  });
});

describe("round-22 a picture's block: the headline again, the caption bare and then credited; a caption's abbreviation", () => {
  it("the repeated headline and the bare caption go with the credited one", () => {
    const bare = "Gen. Jane Roe accepts the colors of Harbor Command from Adm. Tom Fisk.";
    const e = extractArticle(
      `Harbor chief opens new pier office\n\nBy Dana Whitlock (Harbor Command)December 10, 2024\n\nHarbor chief opens new pier office\n${bare}\n${bare} (Photo Credit: Sam Lee) VIEW ORIGINAL\n\nThe Navy opened a new pier office in Norfolk on Monday, its first in a decade.\n\n"We are ready for the season," said Gen. Jane Roe.`,
    );
    expect(e.headline).toBe("Harbor chief opens new pier office");
    expect(e.droppedLines).toEqual(expect.arrayContaining(["Harbor chief opens new pier office", bare]));
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe"]);
  });
  it.each(["St. Paul", "Mt. Vernon", "Ft. Worth"])("a present-tense caption naming %s is one sentence", (place) => {
    const caption = `Agency Administrator Jane Roe speaks on a panel with union leaders in ${place} about road funding.`;
    const e = extractArticle(
      `Administrator visits harbor towns\n\nMarch 31, 2022\n\n${caption}\n\nDAYTON, Ohio – The Example Agency on Tuesday announced $4 million in grants to rebuild harbor piers.\n\n"We are ready for the season," said Roe.`,
    );
    expect(e.droppedLines).toContain(caption);
  });
  it("a story sentence with an abbreviation and a second sentence is no caption", () => {
    const line = "Crews from Ft. Worth stand ready. They leave on Monday.";
    const e = extractArticle(
      `Administrator visits harbor towns\n\nDAYTON, Ohio – The Example Agency on Tuesday announced $4 million in grants to rebuild harbor piers.\n\n${line}\n\n"We are ready for the season," said Jane Roe.`,
    );
    expect(e.droppedLines).not.toContain(line);
  });
});

describe("round-22 two opening single marks for a double one", () => {
  it.each([
    ["closed by two closing single marks", "‘‘We are proud of the crews,’’ said Jane Roe."],
    ["closed by a double mark", "‘‘We are proud of the crews,” said Jane Roe."],
    ["after a bracket", "(‘‘We are proud of the crews,’’ said Jane Roe.)"],
  ])("%s", (_name, sentence) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([["We are proud of the crews,", "Jane Roe"]]);
  });
  it("a statement in them under its heading in capitals is the heading's speaker's", () => {
    const e = extractArticle(
      "Board Bulletin\n\nANNOUNCEMENTS\n\nSTATEMENT BY CHAIRMAN JANE ROE ON TOM FISK, FORMER FIRST PRESIDENT, EXAMPLE CENTRAL BANK\n\n‘‘Tom Fisk earned respect worldwide for his work at the bank. I will miss him.’’\n\nRESIGNATION OF GOVERNOR AMY DOLE\n\nGovernor Amy Dole resigned on May 18 as a member of the board.\n",
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Tom Fisk earned respect worldwide for his work at the bank. I will miss him.", "Jane Roe"],
    ]);
  });
});

describe("round-22 a headline whose verb follows a plural subject in its plural form", () => {
  it.each(["Guard Airmen Return Home", "Reserve Sailors Come Home", "Harbor Crews Head Home", "Coast Guard Families Welcome Cutter Home"])(
    "%s",
    (headline) => {
      const e = extractArticle(
        `${headline}\n\nBy Dana Whitlock\n\nDAYTON, Ohio – Forty airmen returned to Dayton on Tuesday after six months overseas.\n\n"We are glad to be back," said Master Sgt. Jane Roe.`,
      );
      expect(e.headline).toBe(headline);
    },
  );
  it.each(["Navy Reserve Forces Command", "Veterans Affairs Medical Center", "Marines Forces Reserve"])(
    "an organisation's line stays furniture: %s",
    (line) => {
      const e = extractArticle(
        `Harbor briefing set\n\n${line}\n\nWASHINGTON – The Example Agency on Tuesday announced $4 million in grants to rebuild harbor piers.\n\n"We are ready for the season," said harbor master Jane Marlow.`,
      );
      expect(e.headline).toBe("Harbor briefing set");
      expect(e.droppedLines).toContain(line);
    },
  );
});

describe("round-23 names inside quotations, short given names, services before ranks, long inverted titles", () => {
  it.each([
    ['"This plan shows the Roe administration\'s commitment to our towns," said Secretary Amy Dole.', ["Amy Dole", "Roe"]],
    ['"Doing so will advance President Roe\'s export plan," said Secretary Amy Dole.', ["Amy Dole", "Roe"]],
    ["“We thank Governor Jane Roe for her help,” said Secretary Amy Dole.", ["Amy Dole", "Jane Roe"]],
  ])("a titled name inside a quotation is a person: %s", (sentence, names) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.people.map((p) => p.name).sort()).toEqual([...names].sort());
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Amy Dole"]);
  });
  it.each([
    ["Marty", "Martin E. Dempsey"],
    ["Bill", "William J. Dempsey"],
    ["Tom", "Thomas A. Dempsey"],
  ])("%s is %s's short given name", (short, full) => {
    const e = extractArticle(
      agencyUpdate(
        `Gen. ${full} took command on Monday.\n\n"General ${short} Dempsey is suited to lead this command," said Secretary Amy Dole.\n\n"We will train hard," Dempsey said.`,
      ),
    );
    expect(e.people.map((p) => p.name).sort()).toEqual(["Amy Dole", full]);
  });
  it.each(["the Maritime Administration’s program", "the Coastal Administration", "the Regional Administration's office"])(
    "an agency named by an adjective, %s, is no one",
    (agency) => {
      expectOneSpeaker(
        agencyUpdate(`The funding was provided by ${agency} on Monday. "These grants will move freight," said Administrator Mark Buzby.`),
        "Mark Buzby",
      );
    },
  );
  it.each(["Maritime Administrator", "Federal Highway Administrator", "Small Business Administrator", "Acting Maritime Administrator"])(
    '"...," said %s Mark Buzby.',
    (title) => {
      expectOneSpeaker(agencyUpdate(`"These grants will move freight," said ${title} Mark Buzby.`), "Mark Buzby");
    },
  );
  it.each([
    "U.S. European Command Deputy Commander U.S. Air Force Lt. Gen. Jane Roe",
    "Example Command Deputy Commander U.S. Army Maj. Gen. Jane Roe",
    "U.S. Africa Command Commander Marine Corps Gen. Jane Roe",
  ])('"...," said %s.', (titled) => {
    const e = extractArticle(agencyUpdate(`"Our commitment is unwavering," said ${titled}. "This exercise shows our resolve."`));
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe", "Jane Roe"]);
    expect(e.people.map((p) => p.name)).toEqual(["Jane Roe"]);
  });
  it.each(["Marine Col. Jane Roe", "Air Force Lt. Col. Jane Roe", "Army Maj. Jane Roe", "Navy Capt. Jane Roe"])(
    'a fragment "according to %s, ..."',
    (titled) => {
      const e = extractArticle(
        agencyUpdate(
          `Harbor Shield 03 is a “validation exercise” for the newest command, according to ${titled}, the command's director of training.`,
        ),
      );
      expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([["validation exercise", "Jane Roe"]]);
    },
  );
  it.each(["Air Force Lt. Gen. Leroy J. Manor", "Army Maj. Gen. Sidney Shachnow", "Navy Capt. Ada M. Lovell", "Mr. Richard T. Lunger"])(
    "a listed %s is a person",
    (titled) => {
      const name = titled.replace(/^(?:Air Force |Army |Navy )?(?:Lt\. Gen\.|Maj\. Gen\.|Capt\.|Mr\.) /, "");
      const e = extractArticle(
        agencyUpdate(
          `Army Sgt. Maj. Joseph E. Brauch, Air Force Col. Philip G. Cochran, ${titled}, Air Force Col. Kenneth H. Poole and Army Maj. Gen. Amy Dole will join the hall.\n\n"They served with honor," said Dole.`,
        ),
      );
      expect(e.people.map((p) => p.name)).toContain(name);
    },
  );
});

describe("round-23 a nickname in straight marks inside a curly quotation; a reproduced release in quotation marks; a subheading in single marks from a quotation", () => {
  it("the nickname stays inside the quotation", () => {
    const e = extractArticle(
      agencyUpdate(
        `Col. Amy Dole leads training.\n\n“This is a validation exercise for us to tell (Air Force Gen. Ralph E. "Ed" Roe, commander of the command) we are ready,” she said.`,
      ),
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([
      [
        'This is a validation exercise for us to tell (Air Force Gen. Ralph E. "Ed" Roe, commander of the command) we are ready,',
        "Amy Dole",
      ],
    ]);
    expect(e.people.map((p) => p.name)).toEqual(["Amy Dole", "Ralph E. Roe"]);
  });
  it('a nickname after a middle initial, Gen. Ralph E. "Ed" Roe, stays inside the name', () => {
    expect(extractArticle(agencyUpdate('Gen. Ralph E. "Ed" Roe spoke on Monday. Roe left at noon.')).people.map((p) => p.name)).toEqual([
      "Ralph E. Roe",
    ]);
  });
  it.each(["WASHINGTON, APRIL 2, 2012—", "RIVERDALE, Md., April 2, 2012 – ", "WASHINGTON, April 2, 2012 - "])(
    "a quotation opening on a dateline, %s, is a reproduced document, no one's",
    (dateline) => {
      const e = extractArticle(
        `Press Release: Agency Urges Care With Firewood\n\nBy Amy Dole\n\n"${dateline}The Example Agency today announced that it is dedicating April to sharing information about pests. "Pests cost us dearly," said Administrator Jane Roe. "Everyone can help."\n\nI am glad the agency is doing this.`,
      );
      expect(e.quotes[0].speaker).toBeNull();
    },
  );
  it.each([
    ["‘From Bollywood to Hollywood’", "From Bollywood to Hollywood"],
    ["“From penguins to polar bears”", "From penguins to polar bears"],
  ])("a subheading in marks, %s, taken from a quotation below, is its speaker's", (subheading, text) => {
    const e = extractArticle(
      `Command renamed for the ocean it guards\n\nHONOLULU — The Pacific command took a new name on Wednesday.\n\n${subheading}\n\nThe command stretches “from Bollywood to Hollywood, and from penguins to polar bears,” Secretary Jane Roe said.`,
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([
      [text, "Jane Roe"],
      ["from Bollywood to Hollywood, and from penguins to polar bears,", "Jane Roe"],
    ]);
  });
  it("a headline's fragment after a role's verb of saying is the role's holder's", () => {
    const e = extractArticle(
      `Harbor commander says port 'best in the fleet'\n\nNORFOLK, Va. — The port received a visit from Adm. Jane Roe, the commander of the Harbor Command, on Wednesday.\n\nRoe spoke with sailors about training.`,
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([["best in the fleet", "Jane Roe"]]);
  });
});

describe("round-23 a gallery's links, a byline run into its command, place and date, an 'About' heading, a pointer to learn more, barracks", () => {
  sweepFurniture(
    [
      "View Gallery",
      "Gallery contains 7 images",
      "By Dana Whitlock U.S. Example Command Stuttgart, Germany May 03, 2019",
      "About the U.S. Example Development Administration:",
      "About the Example Agency:",
      "To learn more about the last 150 years of the district’s history, visit our website.",
      "To learn more about harbor grants, go to example.gov/grants.",
    ],
    [
      "About the time the crews arrived, the rain stopped, she said.",
      "To learn more about the storm, the crews spoke with fishermen on Monday.",
      "View the harbor from the pier, the mayor urged visitors.",
    ],
  );
  it.each(["Kelly Barracks", "Patch Barracks", "Smith Barracks"])("%s is a place", (place) => {
    expectOneSpeaker(agencyUpdate(`The ceremony at ${place} drew 300 guests. "We are proud," said Secretary Jane Roe.`), "Jane Roe");
  });
});

describe("round-24 a credit 'courtesy of', a greeting 'with a hearty', a long subject after a quotation", () => {
  it.each(["(Photo courtesy of Brian Lott)", "(Photo courtesy Brian Lott)", "Photo courtesy of Brian Lott."])(
    "a photo credited %s names no one in the story",
    (credit) => {
      expectOneSpeaker(agencyUpdate(`“Collaboration will be key to our work,” said Director Jane Roe. ${credit}`), "Jane Roe");
    },
  );
  it.each(["a hearty", "a cheerful", "an enthusiastic", "a simple"])('"X introduced Y with %s "...!"": X speaks', (adjective) => {
    const e = extractArticle(
      agencyUpdate(
        `Director Amy Dole, a former agency scientist, was greeted by a warm crowd. Tom Fisk, the program director, introduced Dole with ${adjective} “Welcome home, Amy!” referring to her years of service.`,
      ),
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([["Welcome home, Amy!", "Tom Fisk"]]);
  });
  it.each([
    "Example Agency Law Enforcement Specialist (Driver Instructor) Jane Roe, Driver and Marine Division, explains",
    "Agency Specialist (Firearms) Jane Roe of the Marine Division explains",
    "Agency Instructor Jane Roe, Driver and Marine Division, says",
  ])("a quotation, then %s", (subject) => {
    const e = extractArticle(
      agencyUpdate(`“Making a difference in others’ lives fuels my passion!” ${subject} that she has always valued service.`),
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe"]);
  });
});

describe("round-24 a newsletter's issue line, PDF and outside-link notices, aerial pictures, credit lines, name-and-degree captions", () => {
  sweepFurniture(
    [
      "Harbor Factor, May 2014",
      "This issue's PDF is still being created and should be available soon.",
      "This page may contain links to non-U.S. government websites.",
      "This page contains links to websites outside the federal government.",
      "Aerial image of the pier reclamation project in Sweetwater, Wyoming.",
      "Aerial photo of the new harbor piers.",
      "courtesy of the Wyoming Harbor Division.",
      "Courtesy of the Example Agency",
      "Jane Marlow, Ph.D.",
      "Tom Fisk, M.D., Director of the Example Institute",
    ],
    [
      "The harbor factor in May 2014 was the weather, the agency said.",
      "Courtesy of the neighbors, the crews ate well on Monday, she said.",
    ],
  );
});

describe("round-25 a counsel's title, a command's name run into its people's, a headline's verb after a name, a record year", () => {
  it.each([
    ["Today, Acting General Counsel Jane B. Roe issued a memo to all field offices.", "Jane B. Roe"],
    ["Chief Counsel Jane Roe spoke to the board.", "Jane Roe"],
    ["Special Counsel Jane Roe filed the report.", "Jane Roe"],
  ])("%s", (sentence, name) => {
    const e = extractArticle(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`));
    expect(e.people.map((p) => p.name).sort()).toEqual([name, "Amy Dole"].sort());
  });
  it.each([
    "Newly hired Military Sealift Command Civil Service Mariners (CIVMAR) practice boarding a raft at the training center.",
    "Harbor Sealift Command Civil Service Mariners train at the pier.",
    "The bank posted a Record Year in 2010, the report said.",
    "The agency's Banner Year ended in December.",
  ])("no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
  });
  it.each(["Testifies to", "Testifies on", "Announces the", "Addresses the"])(
    "Chairman Roe %s ...: the name ends before the verb",
    (verbAndWord) => {
      const e = extractArticle(
        agencyUpdate(
          `Harbor Bank Chairman Roe ${verbAndWord} Congress on the Bank's Record Year, the report said. "We are ready," said Secretary Amy Dole.`,
        ),
      );
      expect(e.people.map((p) => p.name).sort()).toEqual(["Amy Dole", "Roe"]);
    },
  );
  it.each(["Lt. Jane Roe Sector Juneau command duty officer", "Petty Officer Jane Roe Air Station Kodiak"])(
    "a name before a post still ends before it: %s",
    (titled) => {
      const e = extractArticle(agencyUpdate(`"We are ready," said ${titled}.`));
      expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe"]);
    },
  );
});

describe("round-25 a blog's search box and links note, an e-mail's excerpt note, an agency's founding paragraph, a section label before a headline, an e-mail link, a byline run into its office", () => {
  sweepFurniture(
    [
      "Search This Blog",
      "Following are links to various U.S. government press releases.",
      "The above excerpt is from an Example Bank e-mail:",
      "The above is an excerpt from the agency's newsletter.",
      "Established in 1935, the Example Labor Board is an independent federal agency that protects the rights of workers.",
      "Founded in 1957, the Example Commission is an independent, bipartisan agency charged with advising the President.",
      "Email this Article Email",
      "Harbor Articles: Example Command ceremony heralds its arrival at new headquarters",
      "By Dana Whitlock U.S. Army Installation Management Command Public Affairs",
    ],
    [
      "Established in 1935, the harbor office is still open, the mayor said.",
      "Following the storm, crews searched the blog of the harbor master for updates, she said.",
    ],
  );
});

describe("round-26 a place after a royal title's word, a region's 'Mid', a possessive statement heading over a dated quotation", () => {
  it.each([
    "At Duke Field, the wing's vice commander told the group about its mission.",
    "The band played at King Hall on Friday.",
    "Sailors of Navy Region Mid Atlantic met on Monday.",
  ])("no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
  });
  it("Capt. Duke Ellison is still a person", () => {
    expectOneSpeaker(agencyUpdate(`"We will help our neighbors," said Capt. Duke Ellison.`), "Duke Ellison");
  });
  it.each(["January 23,  2007, Alexandria, Va. – ", "Jan. 23, 2007, Alexandria, Va. — "])(
    "a statement heading's speaker over a quotation after the dateline %s",
    (dateline) => {
      const e = extractArticle(
        `Agency News\n\nChairman Roe’s Statement\non an Agency Bylaw Review\n\n${dateline}"The continually evolving debate over conversions has prompted me to direct staff to review the bylaws. The review will be done by June."\n\nChairman Jane Roe leads the agency board.`,
      );
      expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe"]);
    },
  );
});

describe("round-26 a newsroom's name, office lines joined by '~' or '|', translation notices, a breadcrumb opening on a slash, a newsletter's dotted date, a public affairs title, a system warning", () => {
  sweepFurniture(
    [
      "The Example Maritime Commission Newsroom",
      "Example Agency Press Room",
      "Office of the Secretary ~ Office of Public Affairs",
      "Office of Public Affairs|United States Example Command",
      "This page has not been translated. Please go to Example.gov's Spanish page.",
      "Esta página no ha sido traducida. Por favor vaya a la página en español.",
      "/ Financial / Example Department Awards Nearly $100 Million in Grants",
      "Flagship 07.07.22",
      "Harbor Region Mid-Atlantic Public Affairs Specialist",
      "This is a Department of Defense (DOD) computer system. Please read the notice.",
    ],
    ["The office of the secretary was closed on Monday, she said.", "This page of the harbor log has not been found, the mayor said."],
  );
});

describe("round-27 the .gov banner run into one line, a release's title bar, a newspaper's name and issue, a picture's alternative text, a 'From' credit line", () => {
  sweepFurniture(
    [
      "Official website of the United States Government We can do this. Find help near you. Visit U.S. Department of Example",
      "An official website of the United States government Here's how you know. Official websites use .gov.",
      "Press Release - Harbor Authority Marks 60th Anniversary with Opening of New Lock Museum in Ogden, N.Y.",
      "News Release – Example Agency Names New Harbor Director",
      "Harbor Beacon News - June 12, 2016 (Naval Station Harbor Newspaper)",
      "Example Base Times – March 3, 2019",
      "This is an image of Congressman Pratt with a student.",
      "This is a photo of the new pier at dawn.",
      "From U.S. Atlantic Example Fleet Public Affairs",
      "From Example Fleet Forces Command",
    ],
    [
      "From the pier, the crews watched the storm pass, she said.",
      "This is an image of the harbor the town wants to keep, the mayor said.",
      "Harbor Beacon News reported on June 12, 2016 that the pier had reopened.",
    ],
  );
});

describe("round-27 a caption closing on its credit sentence, a short title over the headline in full, a motto in marks", () => {
  const CAPTION =
    "Destroyer USS Example (DDG 999) passes the breakwater while transiting to Harbor City, the ship’s new home port. Photo by Petty Officer 2nd Class Lena Ortiz.";
  it.each([
    [
      "over the byline",
      `Harbor Beacon\n\n${CAPTION}\n\nby Petty Officer 3rd Class Sam Ruiz\n\nThe role of the harbor is growing. "We have more work than ever," said Capt. Mira Hale, the base commander.`,
    ],
    [
      "inside the story",
      `Harbor Beacon\n\nThe role of the harbor is growing, the Navy said on Monday in a statement.\n\n${CAPTION}\n\n"We have more work than ever," said Capt. Mira Hale, the base commander.`,
    ],
  ])("a caption %s", (_at, text) => {
    const e = extractArticle(text);
    expect(e.droppedLines).toContain(CAPTION);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Mira Hale"]);
    expect(e.people.map((p) => p.name)).toEqual(["Mira Hale"]);
  });
  it("a sentence about photos by someone stays", () => {
    const line = "The sailors came home on Friday. Photos by Jane Roe hang in the hall now.";
    const e = extractArticle(
      `Harbor Beacon\n\nThe role of the harbor is growing, the Navy said on Monday in a statement.\n\n${line}\n\n"We have more work than ever," said Capt. Mira Hale, the base commander.`,
    );
    expect(e.droppedLines).not.toContain(line);
  });
  it("a page's short title, then the headline that says it in full", () => {
    const e = extractArticle(
      `More than a Million Choose Harbor Card\n\nMore than a Million Families Choose Treasury-backed Harbor Card for Benefit Payments in First Year\n\nWASHINGTON — More than a million families now use the card, Commissioner Ann Duval said.\n\n"The card is safe and simple," said Duval.`,
    );
    expect(e.headline).toBe("More than a Million Families Choose Treasury-backed Harbor Card for Benefit Payments in First Year");
    expect(e.droppedLines).toContain("More than a Million Choose Harbor Card");
  });
  it.each(["The wing's motto, “Mors ab Alto,” hangs over the door.", "Its slogan “Ready Always” is painted on the hangar."])(
    "no quotation: %s",
    (sentence) => {
      expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
    },
  );
});

describe("round-27 a title's complement after 'the', a command's short name in brackets, a plural verb in a headline, a base's short name, a seaway", () => {
  it("Comptroller of the Currency Jane Q. Roe: the name after the complement, and 'he' is its holder", () => {
    const e = extractArticle(
      agencyUpdate(
        "With his term drawing to a close, Comptroller of the Currency John C. Brennan notified President Alvarez today that he plans to leave office on May 1. “Through two administrations, I have had the great honor of serving as comptroller,” he said in his letter to the President.",
      ),
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["John C. Brennan"]);
    expect(e.people.map((p) => p.name).sort()).toEqual(["Alvarez", "John C. Brennan"]);
  });
  it.each([
    "The Director of the National Harbor Service spoke on Monday.",
    "Sailors of the Example Atlantic Fleet sailed on Monday.",
    "Ships used the Great Lakes St. Lawrence Seaway on Monday.",
    "The Great Lakes St. Lawrence Seaway has become a model of cooperation.",
    "USS Example (SSN-799) arrived at the pier on Monday.",
  ])("no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
  });
  it("said Commander, Surface Force U.S. Example Fleet (COMSURFEX) Force Master Chief ... Jane Roe", () => {
    expectOneSpeaker(
      agencyUpdate(
        "“The theater itself demands more ships because there is so much to do,” said Commander, Surface Force U.S. Example Fleet (COMSURFEX) Force Master Chief Petty Officer (FORCM) Dana Whitfield.",
      ),
      "Dana Whitfield",
    );
  });
  it("Secretary Roe and Deputy Secretary Doe Celebrate ...: the second name ends before the verb", () => {
    const e = extractArticle(
      `Secretary Okafor and Deputy Secretary Lindqvist Celebrate Opening of New Lock Museum in Ogden, N.Y.\n\nOGDEN, N.Y. – Today, top officials were on hand as the authority opened a museum.\n\n“We are proud of the people of this river,” said Secretary of Harbors Dele Okafor.\n\n“I am proud to open the new museum,” said Deputy Secretary of Harbors Polly Lindqvist.`,
    );
    expect(e.people.map((p) => p.name).sort()).toEqual(["Dele Okafor", "Polly Lindqvist"]);
  });
  it("John Mark, a given name after 'and', stays whole", () => {
    const e = extractArticle(agencyUpdate(`Jane Roe and Deputy John Mark spoke on Monday. "We are ready," said Secretary Amy Dole.`));
    expect(e.people.map((p) => p.name).sort()).toEqual(["Amy Dole", "Jane Roe", "John Mark"]);
  });
  it("a base's short name after its full name is no one", () => {
    expectOneSpeaker(
      agencyUpdate(
        `The chief visited F.E. Walden Air Force Base, Wyo., on Tuesday. While at F.E. Walden, the chief met Airmen of the 90th Missile Wing. "We are ready," said Secretary Amy Dole.`,
      ),
      "Amy Dole",
    );
  });
});

describe("round-28 a teaser cut by an ellipsis, a byline closing on a full stop, a newsletter's month in brackets, run-on link texts, two web addresses", () => {
  sweepFurniture(
    [
      "By Dawn M. Stalwick, Example Systems Command Public Affairs.",
      "Harbor-Marine Medical News (May 2012)",
      "Go to the Agency HomepageGo to the Agency HomepageGo to the Harbor HomepageGo to the Harbor HomepageHarbor Banner",
      "www.example.navy.mil/harbor www.harbornews.com",
      "https://example.gov/news | https://example.gov/photos",
    ],
    [
      "Go to the agency's homepage to apply for a harbor grant, the mayor said.",
      "The Harbor Medical News of May 2012 reported the grants, she said.",
    ],
  );
  it("a teaser cut short, then given whole, is dropped", () => {
    const teaser = "Harbor producers who participate in an agency program may be nominated for candidacy for …";
    const e = extractArticle(
      `Harbor Agency taking county committee nominations\n\n${teaser}\n\nWASHINGTON — The Harbor Agency is accepting nominations for county committee members, Administrator Rick Fordham said on Monday.\n\nHarbor producers who participate in an agency program may be nominated for candidacy for the county committee. Individuals may nominate themselves or others.\n\n“County committees are the link between farmers and the agency,” Fordham said.`,
    );
    expect(e.droppedLines).toContain(teaser);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Rick Fordham"]);
  });
  it("a sentence closing on an ellipsis that nothing repeats stays", () => {
    const line = "The crews worked through the night, and then the storm came back …";
    const e = extractArticle(
      `Harbor Agency update\n\nWASHINGTON — The Harbor Agency reopened the pier on Monday, Administrator Rick Fordham said.\n\n${line}\n\n“We are ready,” Fordham said.`,
    );
    expect(e.droppedLines).not.toContain(line);
  });
});

describe("round-28 bulleted statements credited before a colon, a word hyphenated across lines, 'informed ... that', the title's holder after an opening clause, a portfolio closing the sentence", () => {
  it("each bullet's statement is its credited speaker's", () => {
    const e = extractArticle(
      `Agency extends harbor meal waivers\n\nWASHINGTON — Last week, Secretary of Harbors Dale Pruitt announced the agency will extend several flexibilities through Dec. 31.\n\nHere is what some officials from throughout the nation said about the agency's move:\n\n• Sen. Majority Leader Tom Hargrove (R-KY): “I’m grateful to Secretary Pruitt for helping protect our children during this storm season.”\n\n•Harbor Nutrition Association (HNA) President Reggie Moss, SNS: “These waivers ensure schools can continue to safely meet students’ needs this fall.”\n\n• Gov. Lena Whitcomb (D-OR): “This is good news for families.”`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Tom Hargrove", "Reggie Moss", "Lena Whitcomb"]);
    expect(e.people.map((p) => p.name).sort()).toEqual(["Dale Pruitt", "Lena Whitcomb", "Reggie Moss", "Tom Hargrove"]);
  });
  it("a word broken by a hyphen at a line's end is joined, the quotation whole", () => {
    const e = extractArticle(
      `Harbor Navigator\n\nRepairs to the memorial’s floating dock are nearly complete. There were no injuries. “The Park Service deeply appreciates the dedi-\ncated efforts of the Navy and others to get this repair done as quickly and safely as possible,” said Paul Drayton, park superintendent.\n\nThe memorial will reopen on Saturday, officials said.`,
    );
    expect(e.quotes.map((q) => [q.text, q.speaker])).toEqual([
      [
        "The Park Service deeply appreciates the dedicated efforts of the Navy and others to get this repair done as quickly and safely as possible,",
        "Paul Drayton",
      ],
    ]);
  });
  it("a hyphen before a capital or a dash at a line's end joins nothing", () => {
    const e = extractArticle(
      `Harbor Navigator\n\nThe crews came from Fort Example-\nBase Two, the Navy said on Monday.\n\n“We are ready,” said Paul Drayton, park superintendent.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Paul Drayton"]);
  });
  it("Roe informed the audience that “...”", () => {
    const e = extractArticle(
      agencyUpdate(
        "During the ceremony, Col. Dana Bellamy informed the audience that “the Marines in formation represent 38,000 Reservists” spread across the globe composing what Gen. David H. Barton, Commandant of the Marine Corps, described as “the nation’s force in readiness.”",
      ),
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Dana Bellamy", "David H. Barton"]);
  });
  it("a quotation paragraph after 'In ..., the Secretary talked about ...'", () => {
    const e = extractArticle(
      `Secretary visits base\n\nSAN DIEGO — Secretary of the Navy Donald K. Winslow visited the base on Tuesday and met Capt. Mira Hale, the base commander.\n\nIn trying to reach a balance between pressures and requirements to train, the Secretary talked about the culture of national service.\n\n"It is difficult because in many cases it comes from a domain of sacrifice and commitment."`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Donald K. Winslow"]);
  });
  it.each([
    ["“We will act,” said Al Amberley, Acting Deputy Under Secretary for Food Safety.", ["Al Amberley"]],
    ["“We will act,” said U.N. High Commissioner for Refugees Ruud Lambers, on Monday.", ["Ruud Lambers"]],
  ])("%s", (sentence, people) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.people.map((p) => p.name)).toEqual(people);
  });
});

describe("round-29 an alert box and its sign-up label, a newsletter's line of headlines, a maintenance notice, an acronym beside its name, commands joined by a slash", () => {
  sweepFurniture(
    [
      "Emergency Messages as of 1:18 pm, Fri. Oct. 15",
      "No information currently posted.",
      "Primary email address for a new account:",
      "Harbor Partners Share Key Successes at National Workshop; Innovation Drives Reuse at Two Sites, Leaders Say; and much more!",
      "date 2023-04-11 Maintenance window scheduled to begin at February 14th 2200 est. until 0400 est. February 15th",
      "Scheduled maintenance will make this site unavailable on Sunday.",
      "HPA - Harbor Power Administration",
      "Example Harbor Authority | EHA",
      "U.S. Naval Forces Example Command / U.S. 9th Fleet",
    ],
    [
      "No information was posted by the harbor office on Monday, the mayor said.",
      "HPA - the harbor's power agency - paid its bill on Monday, she said.",
      "Crews fixed the pier, repaired the lock and much more, the mayor said.",
    ],
  );
  it("an acronym that is not the name's initials stays with its headline", () => {
    const e = extractArticle(
      `NASA - Harbor Crews Reopen the Old Pier\n\nWASHINGTON – The Example Agency reopened the pier on Tuesday, the agency said.\n\n"We are ready for the season," said harbor master Jane Marlow.`,
    );
    expect(e.droppedLines).not.toContain("NASA - Harbor Crews Reopen the Old Pier");
  });
});

describe("round-30 a spacer's alternative text, a picture's sizes, an A-Z index, glued breadcrumbs, a section's label, a picture that shows", () => {
  sweepFurniture(
    [
      "Harbor Record vertical blue bar column separator",
      'photos: 2" x 2.3" or 5" x 5.8"',
      "Disorders A - Z:   A    B   C    D    E    F    G    H    I    J    K    L    M    N    O    P",
      "Unit HomeNewsNews Article Display",
      "News and Features",
      "Latest News",
      "Fundus photo shows a giraffe-like pattern in the retina of a patient.",
    ],
    [
      "The new separator wall will keep the piers apart, the mayor said.",
      "News and features of the harbor filled the paper on Monday, she said.",
      "The photo shows how high the water rose, the mayor said on Monday in a statement to the press.",
    ],
  );
});

describe("round-30 glued names, a named chair, a service's members, a byline run into its date and dateline, a suffix closing a sentence, a credit closing the sentence", () => {
  it("two names glued by a lost line break are two people", () => {
    const e = extractArticle(
      `Photo of Dr. Story LandisElias Zerhouni, M.D., director of the Example Institutes, today announced the appointment of Story C. Landis, Ph.D., as director.\n\n"Dr. Landis is widely recognized for her research," said Dr. Zerhouni.`,
    );
    expect(e.people.map((p) => p.name).sort()).toEqual(["Elias Zerhouni", "Story C. Landis"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Elias Zerhouni"]);
  });
  it.each(["McConville", "DeShawn Roe", "MacArthur", "FitzGerald"])("%s stays one word", (name) => {
    const e = extractArticle(agencyUpdate(`"We are ready," said Gen. ${name.includes(" ") ? name : `Jane ${name}`}.`));
    expect(e.people.map((p) => p.name)).toEqual([name.includes(" ") ? name : `Jane ${name}`]);
  });
  it.each([
    "He is currently the Paul R. Lichter professor of ophthalmic genetics at the university.",
    "She holds the Jane Q. Roe chair in harbor history.",
    "The hall was full as Marine Raiders gathered to celebrate the anniversary.",
    "Army Rangers trained at the pier on Monday.",
    "The cadets begin Cadet Summer Training next week.",
  ])("no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
  });
  it("a byline run into its date and the story's dateline", () => {
    const e = extractArticle(
      `Harbor chief visits the academy\n\nBy Laurie Wilton, Aug. 11, 2018 HARBOR ACADEMY, Colo. — The commander of the harbor command said Aug. 10 that research at the academy benefits the nation.\n\n“We are ready,” said Gen. John Hylton.`,
    );
    expect(e.people.map((p) => p.name)).toEqual(["John Hylton"]);
  });
  it("a suffix closing a sentence ends the name", () => {
    const e = extractArticle(
      agencyUpdate(
        `The ceremony recognized Commandant of Midshipmen Capt. William D. Byrne Jr. The other graduates were there. "We are ready," Byrne said.`,
      ),
    );
    expect(e.people.map((p) => p.name)).toEqual(["William D. Byrne Jr."]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["William D. Byrne Jr."]);
  });
  it("words in marks in a sentence closing on ', said Jane Roe.' are hers", () => {
    const e = extractArticle(
      `Biden speaks\n\nANNAPOLIS, Md. — Vice President Joe Biden spoke on Friday.\n\nThe continued "diplomatic and military supremacy" of the U.S. also depends on its naval forces, said Biden.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Joe Biden"]);
  });
  it("a label with no credit still has no speaker", () => {
    const e = extractArticle(agencyUpdate(`The union backs a "no-fly" zone over the harbor. "We are ready," said Secretary Amy Dole.`));
    expect(e.quotes.map((q) => q.speaker)).toEqual([null, "Amy Dole"]);
  });
});

describe("round-31 a wire's disclaimer, a header image's alternative text, a pointer to the latest elsewhere, a line inviting the media", () => {
  sweepFurniture(
    [
      "* Reuters is not responsible for the content in this press release.",
      "Example Wire is not responsible for the content of this release.",
      "Harbor District Header Image",
      "Example Agency Banner Graphic",
      "For the latest forecast, please visit www.weather.gov.",
      "For current river levels, see the district's water page.",
      "Media interested in daily updates on the agency's flood response efforts are encouraged to join the daily call at 10 a.m.",
    ],
    [
      "For the latest storm, crews stayed at the pier all night, the mayor said.",
      "Media interest in the harbor grew after the storm, she said.",
    ],
  );
});

describe("round-31 quotation marks the capture turned into '?', a programme's name before its initials, a headline's 'Speaks', a role the lexicon lacked, a titled name after a comma behind an ordinal", () => {
  it("paired '?' marks are quotation marks", () => {
    const e = extractArticle(
      `Harbor grant\n\n           WASHINGTON ? The Attorney General today announced the award of more than $2.8 million for the district.\n\n           ?This additional funding will play an important role in helping local communities address their challenges,? Attorney General Holt said. ?These funds will help our partners fight crime and build safer communities.?`,
    );
    expect(e.quotes.map((q) => [q.text.slice(0, 23), q.speaker])).toEqual([
      ["This additional funding", "Holt"],
      ["These funds will help o", "Holt"],
    ]);
  });
  it("a question mark stays one", () => {
    const e = extractArticle(agencyUpdate(`Who will pay? The agency, said Secretary Amy Dole. Is it ready? "We are ready," said Dole.`));
    expect(e.quotes.map((q) => q.text)).toEqual(["We are ready,"]);
  });
  it.each([
    "These Edward Byrne Memorial Justice Assistance Grant (JAG) Program funds are the first of their kind.",
    "Attorney General Holt Speaks at Police Conference on Monday.",
  ])("no one else: %s", (sentence) => {
    const e = extractArticle(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`));
    expect(e.people.map((p) => p.name).filter((n) => n !== "Amy Dole" && n !== "Holt")).toEqual([]);
  });
  it("a contractor liaison behind an organisation's name", () => {
    expectOneSpeaker(
      agencyUpdate(
        "“I just got off the phone with the contractor, Great Lakes Dock and Dredge,” U.S. Army Corps of Engineers contractor liaison Jim Vecchio said Thursday afternoon.",
      ),
      "Jim Vecchio",
    );
  });
  it("says the agency's second highest-ranking leader, Under Secretary Jane Roe,", () => {
    expectOneSpeaker(
      agencyUpdate(
        `"That is what it is all about—right behind me," says the U.S. Army's second highest-ranking civilian leader, Under Secretary Joseph W. Westbrook, as he motions to the cranes.`,
      ),
      "Joseph W. Westbrook",
    );
  });
});

describe("round-32 an archive's title, 'Continue reading', 'View ...' links, links joined by bars, a headquarters' banner, a heading glued to its description, a picture's record number", () => {
  sweepFurniture(
    [
      "Example News Releases 2004",
      "Continue reading “Harbor begins 2016 survey season”",
      "View Reports, News and Statistics Related to Your Home State",
      "2002 Harbor Times Index|Harbor Times Home|Top of Page",
      "Joint Force Headquarters - Example National Guard",
      "Harbor Military DepartmentThe Harbor Military Department is composed of the three branches of the military in the state.",
      "U.S. Army Capt. Lucas Hamm, commander 249th Company, speaks during a ceremony at Fort Example, Texas. (U.S. Army photo by Sgt. James Strand Released) Photo cropped to highlight subjects, 161016-Z-IX228-563PS",
    ],
    [
      "View the harbor from the pier, the mayor told visitors on Monday.",
      "Continue reading the report, she said, before voting.",
      "The Harbor Military Department is composed of three branches, the mayor said.",
    ],
  );
});

describe("round-32 a long noun of an act after a given name, a building named after someone, a ship that heads out", () => {
  it.each([
    "This Sea Grant Reauthorization is a tremendous milestone for the agency.",
    "The ceremony was held at the Roberts S. Beightman Armory on Friday.",
  ])("no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
  });
  it("Grant Clement stays a person", () => {
    const e = extractArticle(agencyUpdate(`"We are ready," said Secretary Grant Clement.`));
    expect(e.people.map((p) => p.name)).toEqual(["Grant Clement"]);
  });
  it("a picture's line of a ship heading out is a caption", () => {
    const caption = "Harbor Ship Example heads out to survey.";
    const e = extractArticle(
      `Harbor survey season begins\n\n${caption}\n\nWASHINGTON – The Example Agency began its survey season on Tuesday, the agency said.\n\n"We are ready for the season," said harbor master Jane Marlow.`,
    );
    expect(e.droppedLines).toContain(caption);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Marlow"]);
  });
});

describe("round-33 a page title closing on a bracketed date, release labels with a colon, a prompt to pick a place, a public affairs credit after a comma, a credit between dashes, a paper's appeal, a 'Courtesy Photo |' caption", () => {
  sweepFurniture(
    [
      "MSHA’s Jane Roe addresses Harbor Mining Symposium [01/30/2014]",
      "HMSA News Release: [01/30/2014]",
      "OFCCP News Release: Harbor dairy company to pay nearly $325,000 to settle charges",
      "Find Your Region or Installation",
      "Commander, Navy Example Command Public Affairs",
      "— from Mike Welder of NAS Example Island —",
      "**If you are reading the Harbor Paper for free, thank your fellow islanders.",
      "Courtesy Photo | Capt. Doug Beaver, Naval Station Example commanding officer, speaks at the event.",
    ],
    [
      "Find your way to the pier before the storm, the mayor said.",
      "The news release: a draft of it reached the mayor on Monday, she said.",
      "From the pier, crews watched the storm pass, she said.",
    ],
  );
});

describe("round-33 a company hyphened round a letter, schools named after people, a command's plural word, a numeral after a comma", () => {
  it.each([
    "Federal contractor Cream-O-Land Dairy Inc. has resolved the charges, and Cream-O-Land will pay.",
    "Children from O.J. Semmers and N.B. Cooke elementary schools made cards.",
    "Commander, Fleet Activities Okinawa claimed first place.",
  ])("no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
  });
  it("Robert K. Roe, III keeps the numeral", () => {
    const e = extractArticle(
      agencyUpdate(`The judgment was against Robert K. Cooke, III, operator of the farm. "We are ready," said Cooke.`),
    );
    expect(e.people.map((p) => p.name)).toEqual(["Robert K. Cooke III"]);
  });
  it("Jean-Luc Roe stays a person", () => {
    const e = extractArticle(agencyUpdate(`"We are ready," said Jean-Luc Marchetti.`));
    expect(e.people.map((p) => p.name)).toEqual(["Jean-Luc Marchetti"]);
  });
});

describe("round-34 a contact label run into a name, the contact after it, a junior enlisted byline above the story, a photographer and an outlet in brackets", () => {
  it("Jane Roe Contact: Tom Doe — the label cut off, the contact no one", () => {
    const e = extractArticle(
      agencyUpdate(
        `The appointment of Dr. Claudia Baquette was announced. Claudia Baquette Contact: Blake Crawley (301) 443-5224. "We are ready," said Baquette.`,
      ),
    );
    expect(e.people.map((p) => p.name)).toEqual(["Claudia Baquette"]);
  });
  it.each(["Spc. Peter Walden", "Staff Sgt. Jane Q. Roe", "MC2 Tom Doe"])("%s above the headline is the byline", (byline) => {
    const e = extractArticle(
      `${byline}\n\nHarbor lightning week\n\nFORT EXAMPLE, Hawaii — Soldiers of the division ran on Friday, Maj. Gen. Chris Garner said.\n\n“We are ready,” Garner said.`,
    );
    expect(e.droppedLines).toContain(byline);
    expect(e.people.map((p) => p.name)).toEqual(["Chris Garner"]);
  });
  it("a photographer and an outlet in brackets closing a line name no one", () => {
    const e = extractArticle(
      agencyUpdate(
        `The first graduates came but no one ordered the badges. (Stephanie Ingram, Fort Example Courier)\n\n"We are ready," said Secretary Amy Dole.`,
      ),
    );
    expect(e.people.map((p) => p.name)).toEqual(["Amy Dole"]);
  });
  it("a senator's party in brackets stays", () => {
    const e = extractArticle(agencyUpdate(`"We are ready," said Sen. Jane Roe (R-Ky.).`));
    expect(e.people.map((p) => p.name)).toEqual(["Jane Roe"]);
  });
});

describe("round-35 an installation's name alone, a report's notice with its download link, initials leaving out opening words", () => {
  sweepFurniture(
    [
      "Marine Corps Air Station Example",
      "Joint Base Harbor-Example",
      "HDF's 2004 annual performance report is now available. DOWNLOAD>>",
      "DFC - U.S. International Development Finance Corporation",
    ],
    [
      "Marine Corps Air Station Example hosted the crews on Monday, the mayor said.",
      "The report is now available at the library, she said.",
    ],
  );
  it("initials of other words stay with their headline", () => {
    const e = extractArticle(
      `NASA - Harbor Crews Reopen the Old Pier\n\nWASHINGTON – The Example Agency reopened the pier on Tuesday, the agency said.\n\n"We are ready for the season," said harbor master Jane Marlow.`,
    );
    expect(e.droppedLines).not.toContain("NASA - Harbor Crews Reopen the Old Pier");
  });
});

describe("round-36 a logo's alternative text marked in brackets, an old-design notice, an installation's name and country", () => {
  sweepFurniture(
    [
      "Harbor Example Commission, United States of America (logo). Link to HEC Home Page",
      "Example Harbor Authority (official seal)",
      "You're visiting a page from the old design. | Visit the new",
      "You are viewing an archived version of our website.",
      "This is our legacy website. Visit the new site at example.gov",
      "Visit the new website",
      "Marine Corps Air Station Example, Japan",
      "Naval Air Station Harbor Point, South Carolina",
    ],
    [
      "This is the former site of the Example Mill, the mayor said.",
      "Visit the new pier before the storm season, the mayor said.",
      "Crews cleaned the old seal of the harbor authority (logo) on Monday, she said.",
    ],
  );
});

describe("round-36 an organisation describing itself above the story", () => {
  it.each([
    [
      "an acronym and a present-tense verb, two sentences",
      "HDA generates an average of $231 in exports for every dollar it programs. Since its inception, the Agency has supported more than $120 billion in exports to harbor projects.",
    ],
    [
      "an installation's description, one sentence",
      "MCAS Example is a mission-ready air station, capable of providing continuous support for tenant organizations and forces during training throughout the region.",
    ],
    [
      "its heading glued on",
      "Example Military DepartmentThe Example Military Department is composed of the three branches of the military in the state. These branches are the Army Guard, the Air Guard and the State Guard.",
    ],
  ])("%s is furniture above a dateline and above a byline", (_name, description) => {
    for (const page of [
      `${description}\nHarbor City, VA – Today, the Harbor Development Agency awarded a $2.37 million grant for a study of the new pier.\n“Island nations are prioritizing high-quality harbors,” said Enid T. Ebbing, the agency's director.`,
      `Harbor crews visit the old pier\n\n${description}\n\nBy Cpl. Jane Q. Marlow | | July 24, 2013\n\nMarines and sailors with the squadron visited the old pier on Friday for a period of military education.\n\n“I feel honored to be there,” said Lance Cpl. Enid Ebbing.`,
    ]) {
      const e = extractArticle(page);
      expect(e.droppedLines).toContain(description);
      expect(e.quotes.map((q) => q.speaker)).toEqual([page.includes("Enid T.") ? "Enid T. Ebbing" : "Enid Ebbing"]);
    }
  });
  it("the story's own first paragraph describing the agency stays", () => {
    const lead =
      "WASHINGTON – The Harbor Development Agency is a small federal agency that rebuilt twelve piers this year, its director said on Monday.";
    const e = extractArticle(`Harbor agency rebuilds piers\n\n${lead}\n\n“We are ready,” said Director Jane Marlow.`);
    expect(e.droppedLines).not.toContain(lead);
  });
  it("a summary above the byline that reports no organisation stays", () => {
    const summary = "Crews of the squadron visited the old pier on Friday to learn how the harbor was rebuilt after the storm.";
    const e = extractArticle(
      `Harbor crews visit the old pier\n\n${summary}\n\nBy Cpl. Jane Q. Marlow\n\nMarines and sailors visited the pier on Friday.\n\n“I feel honored to be there,” said Lance Cpl. Enid Ebbing.`,
    );
    expect(e.droppedLines).not.toContain(summary);
  });
});

describe("round-36 a headline broken at a comma, a deck under a headline in capitals, a dateline alone over its paragraph, a short line introducing a tally", () => {
  it("the two lines of a headline are one headline, neither dropped", () => {
    const e = extractArticle(
      `HEC Welcomes New Members,\nElects Vice Chair and Approves Harbor Plan\n\nWASHINGTON – The Harbor Example Commission today welcomed two new members.\n\n“We have six members at the table,” Chair Ellen Marlow said.`,
    );
    expect(e.headline).toBe("HEC Welcomes New Members, Elects Vice Chair and Approves Harbor Plan");
    expect(e.droppedLines).toEqual([]);
  });
  it("a name broken at a comma in a contact block is not a headline", () => {
    const e = extractArticle(
      `Harbor crews reopen the pier\n\nContact:\nJane Pratt,\nPublic Affairs Officer\n\nWASHINGTON – The Harbor Example Commission reopened the pier.\n\n“We are ready,” Chair Ellen Marlow said.`,
    );
    expect(e.headline).toBe("Harbor crews reopen the pier");
  });
  it.each(["HDA Pledges “100 percent” Commitment to Harbor Jobs", "Harbor Office Renews Its Pledge to Returning Reservists"])(
    "a deck in headline case under capitals stays: %s",
    (deck) => {
      const e = extractArticle(
        `HARBOR AGENCY RECOGNIZES EXAMPLE OFFICE FOR SUPPORT OF GUARD\n${deck}\n\n\nFOR IMMEDIATE RELEASE - 7/8/04\n\nToday, at the pier, Director Jane Marlow pledged to help the harbor.\n\n“We are ready,” said Marlow.`,
      );
      expect(e.droppedLines).not.toContain(deck);
    },
  );
  it.each(["HARBOR CITY, Miss. (Feb. 07, 2022) –", "HARBOR CITY, Hawaii —"])("%s over the paragraph is its dateline", (dateline) => {
    const e = extractArticle(
      `Harbor Crews Finish Summer Patrols\n\n${dateline}\nThe Honorable Meredith Bergen, Assistant Secretary of the Navy, visited the harbor center on Monday.\n\n“We are ready for the winter,” said Bergen.`,
    );
    expect(e.droppedLines).toEqual([]);
    expect(e.dateline).toBe(dateline.replace(/\s*(?:\(.*\))?\s*[–—]$/, ""));
  });
  it("a tally under 'Patrols completed include:' is the story's", () => {
    const items = ["• 137 underway hours with 19 joint patrol hours", "• Two search and rescue responses", "• 26 harbor security patrols"];
    const e = extractArticle(
      `Harbor Crews Finish Summer Patrols\n\nHONOLULU — Crews of the Example Sector finished their summer patrols on Friday.\n\nPatrols completed include:\n\n  ${items.join("\n  ")}\n\n“We are ready for the winter,” said Lt. Jane Marlow.`,
    );
    expect(e.droppedLines).toEqual([]);
  });
});

describe("round-36 a surname that is an organisation's word after an initial, a school, a saint's place, civilians, a quotation signed with its verb left out", () => {
  it.each([
    ["the Honorable Thomas F. Hall, Assistant Secretary of Harbors,", "Thomas F. Hall"],
    ["Amy J. Church, the harbor's planner,", "Amy J. Church"],
    ["Robert K. House of the Example Agency", "Robert K. House"],
  ])("%s is a person", (phrase, name) => {
    const e = extractArticle(
      agencyUpdate(`The agency signed a pledge alongside ${phrase} on Monday. "We are ready," said Director Jane Marlow.`),
    );
    expect(e.people.map((p) => p.name)).toEqual([name, "Jane Marlow"]);
  });
  it.each([
    "Children of William C. McCool Elementary made cards for the crews.",
    "Crews cleaned San Juan Habor on Monday.",
    "The oil reached Santa Rosa Beach by noon.",
    "Bergen met with Sailors and Civilians, toured Commander, Naval Example Command (NEC) facilities and received updates.",
    "The director thanked Citizens, Visitors and Dependents, Commander, Example Region.",
  ])("no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
  });
  it.each([
    "Lt. Cmdr. Ray Lopez, Coast Guard Sector Example Incident Management Division chief.",
    "Jane Roe, a spokeswoman for the harbor.",
    "Capt. Jane Roe (Ret.), the sector's former commander.",
  ])("a name and its role after the quotation's comma sign it: %s", (signature) => {
    const e = extractArticle(
      agencyUpdate(
        `“The source of the oil is being contained and port operations continue,” ${signature} “We are pursuing coordination with the municipality.”`,
      ),
    );
    const name = /(?:Ray Lopez|Jane Roe)/.exec(signature)![0];
    expect(e.quotes.map((q) => q.speaker)).toEqual([name, name]);
  });
  it("a possessive after a title's comma signs nothing: “Harbor Days,” Jane Roe's festival, opened on Monday.", () => {
    const e = extractArticle(agencyUpdate("“Harbor Days,” Jane Roe's festival, opened on Monday."));
    expect(e.quotes.filter((q) => q.speaker !== null && q.speaker !== "Jane Roe")).toEqual([]);
    expect(e.quotes.map((q) => q.speaker)).not.toContain("Jane Roe");
  });
  it("a verb of saying after the role goes the usual way, not as a signature", () => {
    const e = extractArticle(
      agencyUpdate("“We are ready,” Jane Roe, the director, told the crowd before she opened the pier, and the crews cheered for an hour."),
    );
    expect(e.quotes.filter((q) => q.speaker !== null && q.speaker !== "Jane Roe")).toEqual([]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe"]);
  });
});

describe("round-37 a contact sentence asking for further information, a city with its state written out and a nine-digit code, a column's tagline", () => {
  sweepFurniture(
    [
      "For further information contact Jane Pratt, Communications Manager, at (202) 446-8094.  Further information may be found on the HDA website at: www.example.gov.",
      "For additional information, call the harbor office at 555-0100.",
      "Example City, Virginia 22102-5090",
      "Harbor Point, South Carolina 29401-1234",
      "In the Region: A weekly snapshot of news, announcements, and other tidbits from the Example Regional Commission",
      "Harbor Notes: a monthly roundup of news from the Example Port Authority",
    ],
    [
      "For further information on the pier, the mayor said, crews will wait until spring.",
      "A weekly snapshot of the harbor's traffic is posted at the pier, she said.",
      "Example Park, Maryland 20740",
    ],
  );
  it("an agency's description closes the page before its contact sentence", () => {
    const about =
      "The HDA is an independent federal agency charged with investigating harbor accidents.  The agency's board members are appointed by the President.";
    const e = extractArticle(
      `Harbor board resumes updates\n\nWASHINGTON – The Harbor Development Agency resumed its updates on Monday.\n\n“We are ready,” said Board Member Sylvia Jonson.\n\n${about}\n\nFor further information contact Hillary Cone, Communications Manager, at (202) 446-8094.`,
    );
    expect(e.droppedLines).toContain(about);
    expect(e.people.map((p) => p.name)).toEqual(["Sylvia Jonson"]);
  });
});

describe("round-37 a headline going on over a second line from a participle or a preposition", () => {
  it.each([
    ["HDA Commends Harbor Lenders for Working with Borrowers", "Affected by Midwest Floods"],
    ["Harbor Agency Opens the Old Pier", "Following Two Years of Storms"],
    ["Agency Awards Grants to Twelve Harbor Towns", "Across the Gulf Coast"],
  ])("%s ¶ %s is one headline", (first, second) => {
    const e = extractArticle(
      `${first}\n${second}\n\nWASHINGTON – The Harbor Example Administration commended the harbor lenders on Tuesday.\n\n“We are ready,” said Chair Nancy Strand.`,
    );
    expect(e.headline).toBe(`${first} ${second}`);
    expect(e.droppedLines).toEqual([]);
  });
  it("a byline under the headline stays apart", () => {
    const e = extractArticle(
      `Harbor Crews Rebuild the Old Pier\nBy Jane Pratt\n\nWASHINGTON – Crews rebuilt the pier on Tuesday.\n\n“We are ready,” said Chair Nancy Strand.`,
    );
    expect(e.headline).toBe("Harbor Crews Rebuild the Old Pier");
  });
});

describe("round-37 a unit after its ordinal, a chamber of commerce, a dockyard, a region, 'Tribal', a label after 'what he called'", () => {
  it.each([
    "The crews met the 15th Airlift Wing on Monday and the 154th Wing commander thanked them.",
    "The crews met the 3rd Port, Hank Yards and the Example Doctrine Command.",
    "Jane Pratt of the Fort Example Beach Chamber of Commerce thanked the crews.",
    "The investment will help Delta and Alabama Black Belt communities.",
    "The agency improved the way it communicates with Tribal governments.",
  ])("no one but the speaker: %s", (sentence) => {
    const e = extractArticle(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`));
    expect(e.people.map((p) => p.name).filter((n) => n !== "Jane Pratt")).toEqual(["Amy Dole"]);
  });
  it.each([
    ['Completing what he called a "very methodical, step-by-step" transition, the general told Airmen the change was done.', "Frank Klotz"],
    ['Klotz praised what Roe described as a "textbook" landing.', "Jane Roe"],
    ['It was what she termed an "unusual but welcome" storm season.', "Jane Roe"],
  ])("%s", (sentence, speaker) => {
    const e = extractArticle(
      agencyUpdate(
        `Lt. Gen. Frank Klotz visited the base, and harbor master Jane Roe met him at the pier. "We are ready," said Klotz. ${sentence}`,
      ),
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Frank Klotz", speaker]);
  });
  it('a label after "what" with no subject of naming stays no one\'s', () => {
    const e = extractArticle(agencyUpdate(`"We are ready," said Lt. Gen. Frank Klotz. The crews built what looks like a "floating" pier.`));
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Frank Klotz", null]);
  });
});

describe("round-38 a menu run into one line with spaces, a news page's search box, a pointer to the latest information, two commands' names joined", () => {
  sweepFurniture(
    [
      "Home Page Government Reference Desk Shopping Special Collections About Us Contribute",
      "Home Page About Us Contribute",
      "Home News Programs Contact Us",
      "Camp Example News Search",
      "The latest general information on the Coronavirus Disease 2019 (COVID-19) is available on the CDC website.",
      "Example Training Command and Marine Corps Air Ground Combat Center",
    ],
    [
      "Home builders contribute to the harbor's shelter fund, the mayor said.",
      "The latest information on the pier is available from the harbor master, who said crews will return.",
    ],
  );
});

describe("round-38 a picture above the headline: its caption over the credit, then the headline, then a dated byline", () => {
  const page = (caption: string, byline: string) =>
    `An official website of the United States government\nHere's how you know\n\nPhoto Information\n\n${caption}\n\nPhoto by Cpl. Ben Eberly\n\nCLB-1 takes the helm\n\n${byline}\n\nA transfer of authority ceremony took place here Wednesday as Combat Logistics Battalion 8 turned responsibilities over to CLB-1.\n\n “Historians will remember 2007 as the year coalition forces turned the corner,” said Brig. Gen. Robert R. Ruarke, commanding general.`;
  it.each([
    [
      "Lt. Col. David Nathan, commanding officer of Combat Logistics Battalion 1, unveils the battalion guidon during a transfer-of-authority ceremony.",
      "5 Mar 2008 | Cpl. Ben Eberly",
    ],
    [
      "Marines with the division explain the capabilities of their weapon systems to community leaders.",
      "19 Jun 2015 | Lance Cpl. Ben Eberly 1st Example Division",
    ],
    [
      "Soon to be Company E recruits, eat their last civilian meal at the airport June 11.",
      "June 27, 2012 | Lance Cpl. Ben Eberly Marine Corps Recruit Depot, San Diego",
    ],
  ])("%s", (caption, byline) => {
    const e = extractArticle(page(caption, byline));
    expect(e.headline).toBe("CLB-1 takes the helm");
    expect(e.droppedLines).toEqual(expect.arrayContaining([caption, byline]));
    expect(e.people.map((p) => p.name)).not.toContain("Ben Eberly");
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Robert R. Ruarke"]);
  });
  it("the line over a byline with its date after bars is the headline, not a motto over it", () => {
    const e = extractArticle(
      `U.S. Marine Corps Forces, Example\n\nIn Any Clime and Place\n\nBack to the Harbor\n\nBy Cpl. Juan D. Alfons | | February 9, 2011\n\nHARBOR CITY, Hawaii -- Marines gathered for a town hall meeting with the commandant.\n\n“No, we are not going to come down until we get out,” Gen. James Amass stressed to the Marines.`,
    );
    expect(e.headline).toBe("Back to the Harbor");
  });
});

describe("round-38 a place's first word before a name, a role after its ordinal", () => {
  it.each([
    "Marines assigned to Camp H. M. Smith, Hawaii, gathered for a town hall.",
    "Marines assigned to Camp Jane Roe gathered.",
    "The crews sailed past Cape Jane Roe at dawn.",
  ])("no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
  });
  it.each([
    "The 35th Commandant of the Marine Corps, Gen. James F. Amass,",
    "The Commandant of the Marine Corps, Gen. James F. Amass,",
    "The 12th Superintendent of the Example Academy, Vice Adm. James F. Amass,",
  ])("%s is 'the commandant' or 'the superintendent' later", (lead) => {
    const role = /superintendent/i.test(lead) ? "superintendent" : "commandant";
    const e = extractArticle(
      `Back to the Harbor\n\nHARBOR CITY, Hawaii -- Marines gathered for a town hall meeting.\n\n${lead} visited the service members to share his vision.\n\n“I spoke with the president before coming out here,” the ${role} said. “That’s who we are.”`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["James F. Amass", "James F. Amass"]);
  });
});

describe("round-39 an archive's note, a pointer to a release's video, a post's road conditions, a credit alone in brackets", () => {
  sweepFurniture(
    [
      "In an effort to keep current, the archive contains outdated information that may not reflect current policy or programs.",
      "NOTE: To see a video related to this release, click https://vimeo.com/827413234/703b336551.",
      "To watch the video of the ceremony, visit the agency's channel.",
      "Cantonment Area Road conditions: Green as of 2/23/2018 9:45 AM Reporting Status: Normal",
      "Training Area Road conditions: Amber as of 2/20/2018 6:50 AM Frost bite temperature: 40 as of 2/20/2018 06:18 AM",
      "(Courtesy photo)",
      "(File photo)",
    ],
    [
      "The archive contains the harbor's old charts, the mayor said.",
      "Road conditions were poor as of Monday, she said.",
      "To see the pier, crews had to visit the harbor at dawn, she said.",
    ],
  );
});

describe("round-39 a headline breaking off on a preposition", () => {
  it("... to be Honored During ¶ This Month's ... Conference is one headline", () => {
    const e = extractArticle(
      `    2010 National Harbor Business Award Winners to be Honored During\n    This Month’s National Harbor Week Conference\n\n    Washington (August 12, 2010) – The Harbor Business Development Agency proudly announces the National winners.\n\n“We are ready,” said Director Jane Marlow.`,
    );
    expect(e.headline).toBe(
      "2010 National Harbor Business Award Winners to be Honored During This Month’s National Harbor Week Conference",
    );
    expect(e.droppedLines).toEqual([]);
  });
});

describe("round-39 a title that is a given name before an initial, a rank that is a surname after an initial, a co-holder's title, a ceremony's programme", () => {
  it.each([
    ["said ARC Federal Co-Chair Earl F. Gohlman.", "Earl F. Gohlman"],
    ["said Earl J. Pratt, the harbor master.", "Earl J. Pratt"],
    ["said Lt. Gen. Kevin D. Admiral.", "Kevin D. Admiral"],
    ["said Co-Director Jane Q. Pratt.", "Jane Q. Pratt"],
  ])("%s", (attribution, name) => {
    expectOneSpeaker(agencyUpdate(`“Each one of these investments is a catalyst,” ${attribution}`), name);
  });
  it.each([
    "The ceremony of Drill Sergeant Class 514-14 began with the Official Party, Invocation and the remarks.",
    "The Benediction closed the ceremony.",
  ])("no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
  });
  it("the Earl of Example stays a title", () => {
    const e = extractArticle(agencyUpdate(`"We are ready," said the Earl of Harbor.`));
    expect(e.people.map((p) => p.name)).not.toContain("Earl");
  });
});

describe("round-40 a district's banner after its organisation's name, a headline labelled 'Photo Available:'", () => {
  sweepFurniture(
    ["U.S. Army Corps of Engineers Harbor District", "Example Harbor Authority Northwest Region"],
    ["The Example Harbor Authority reopened the Northwest Region's piers, the mayor said."],
  );
  it("the headline over the banner stays the headline", () => {
    const e = extractArticle(
      `High water means high stakes for harbor locks, dams\n\nU.S. Army Corps of Engineers Harbor District\nPublished March 30, 2021\n\nHARBOR CITY, Fla. — Crews opened the locks on Monday.\n\n“We are ready,” said Lt. Jane Marlow.`,
    );
    expect(e.headline).toBe("High water means high stakes for harbor locks, dams");
  });
  it("'Photo Available:' before a headline keeps it", () => {
    const line = "Photo Available: Coast Guard rescues 1 mariner aboard disabled vessel in Example Bay";
    const e = extractArticle(`${line}\n\nSEATTLE — The Coast Guard rescued a mariner on Monday.\n\n“We are ready,” said Lt. Jane Marlow.`);
    expect(e.droppedLines).not.toContain(line);
  });
});

describe("round-40 a rank typed with a stop, a long description before 'said', a winter storm", () => {
  it.each(["Rear. Adm. Douglas Schofel", "Tech. Sgt. Douglas Schofel"])("said %s, commander", (rank) => {
    expectOneSpeaker(
      agencyUpdate(`“The Coast Guard stands ready to support the state,” said ${rank}, commander of the district.`),
      "Douglas Schofel",
    );
  });
  it("the rear of the pier still ends its sentence", () => {
    const e = extractArticle(agencyUpdate(`The crews stood at the rear. Adm. Jane Roe arrived at noon. "We are ready," said Roe.`));
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Jane Roe"]);
  });
  it.each([
    "“Despite the weather we had a lot of enthusiastic visitors,” Stephanie Vallet, park ranger with the Harbor District U.S. Army Corps of Engineers said.",
    "“Despite the weather we had visitors,” Stephanie Vallet, a park ranger who has led the Harbor District's eagle walks for the past eleven winters, said.",
  ])("%s", (sentence) => {
    expectOneSpeaker(agencyUpdate(sentence), "Stephanie Vallet");
  });
  it("a description naming someone else before 'said' is left undecided (two names, no guess)", () => {
    const e = extractArticle(
      agencyUpdate(`“We are ready,” Stephanie Vallet, who worked for many years beside the harbor master Tom Doe on the old pier, said.`),
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual([null]);
  });
  it.each(["Winter Storm Helena closed the port for two days.", "The port reopened after the passage of Winter Storm Helena."])(
    "no one: %s",
    (sentence) => {
      expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
    },
  );
});

describe("round-41 a corps' name alone, a service's name in lower case, a picture service's dated caption line, a stock photo's caption", () => {
  sweepFurniture(
    [
      "U.S. Army Corps of Engineers",
      "united states coast guard",
      "Stock photo of a Coast Guard 45-foot Response Boat-Medium, taken in 2019.",
    ],
    ["The Corps of Engineers reopened the lock on Monday, the mayor said.", "The United States Coast Guard reopened the harbor, she said."],
  );
  it("the credited name in a dated caption line is no one, the line a caption", () => {
    const caption = "date 2022-12-15 Photo By Carrie Foxe | The Harbor Lock in Example City, Mich., is 800 feet long.";
    const e = extractArticle(
      `Harbor crews reopen the old lock\n\n${caption}\n\nEXAMPLE CITY, Mich. — Crews reopened the lock on Monday.\n\n“We are ready,” said Lt. Jane Marlow.`,
    );
    expect(e.droppedLines).toContain(caption);
    expect(e.people.map((p) => p.name)).toEqual(["Jane Marlow"]);
  });
});

describe("round-41 a compound given name run together", () => {
  it.each(["LeighAnn Ryckman", "MaryBeth Ryckman", "JoAnn Ryckman"])("%s is one person", (name) => {
    expectOneSpeaker(agencyUpdate(`“Nick has been the resident office chief for years,” said ${name}, the area engineer.`), name);
  });
  it("two names a lost line break glued are still two", () => {
    const e = extractArticle(agencyUpdate(`The award went to Story LandisElias Ryckman on Monday. "We are ready," said Ryckman.`));
    expect(e.people.map((p) => p.name)).toContain("Elias Ryckman");
  });
});

describe("round-41 an agency's name at the page's top, over the headline", () => {
  it.each(["united states coast guard ", "U.S. Army Corps of Engineers"])("'%s' is not the headline", (banner) => {
    const e = extractArticle(
      `${banner}\n\nHarbor crews reopen the old lock\n\nEXAMPLE CITY, Mich. — Crews reopened the lock on Monday.\n\n“We are ready,” said Lt. Jane Marlow.`,
    );
    expect(e.headline).toBe("Harbor crews reopen the old lock");
    expect(e.droppedLines).toContain(banner);
  });
});

describe("round-42 a site's disclaimer, a story's credit above everything", () => {
  sweepFurniture(
    [
      "DISCLAIMER: In alignment with Department of Defense (DoD) Instruction 5400.17 and recent Executive Orders issued by the President, the Guard is reviewing its digital media content.",
    ],
    ["The disclaimer on the pier's sign was removed, the mayor said."],
  );
  it("'Story by ...' at the top is dropped and names no one", () => {
    const credit = "Story by Staff Sgt. Scott Raymon, Example National Guard Public Affairs";
    const e = extractArticle(
      `${credit}\n\nHarbor Guard soldiers return from deployment\n\nHARBOR CITY, Ind. — Soldiers returned on Monday.\n\n"We are ready," said Lt. Jane Marlow.`,
    );
    expect(e.droppedLines).toContain(credit);
    expect(e.headline).toBe("Harbor Guard soldiers return from deployment");
    expect(e.people.map((p) => p.name)).toEqual(["Jane Marlow"]);
  });
});

describe("round-42 things named in capitals, a surname after 'St.'", () => {
  it.each([
    "The Guard deployed Soldiers for State Active Duty on Monday.",
    "Black Hawk helicopters equipped with Bambi Buckets flew over the fire.",
    "The team operates M1A1 Abrams Tanks and Bradley Fighting Vehicles.",
  ])("no one: %s", (sentence) => {
    expectOneSpeaker(agencyUpdate(`${sentence} "We are ready," said Secretary Amy Dole.`), "Amy Dole");
  });
  it("Laura St. Clare and Spc. Kevin St. Clare are two people, the quotation hers", () => {
    const e = extractArticle(
      agencyUpdate(`"It's so exciting he's back," said Laura St. Clare of her brother, Spc. Kevin St. Clare. "I'm glad he's home."`),
    );
    expect(e.people.map((p) => p.name)).toEqual(["Laura St. Clare", "Kevin St. Clare"]);
    expect(e.quotes.map((q) => q.speaker)).toEqual(["Laura St. Clare", "Laura St. Clare"]);
  });
  it("a city after a name stays apart: Jane Marlow of St. Louis", () => {
    expectOneSpeaker(agencyUpdate(`"We are ready," said Jane Marlow of St. Louis.`), "Jane Marlow");
  });
});

describe("review of rounds 36–42: what the new rules must leave alone", () => {
  it.each([
    ['When the radio said "the pier is closed for the season," Jane Roe, a fisherman from the harbor, began to cry.', "Jane Roe"],
    ['After the mayor announced "we will rebuild the whole pier," Mary Poe, a local teacher, started a fund.', "Mary Poe"],
  ])("a quotation someone else's words frame is not the next name's: %s", (sentence, name) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.quotes.map((q) => q.speaker)).not.toContain(name);
  });
  it("a page's date under the headline is not the headline going on", () => {
    const e = extractArticle(
      `Agency Honors Harbor Volunteers\nUpdated March 5, 2022\n\nWASHINGTON – The agency honored its volunteers on Monday.\n\n"We are ready," said Director Jane Marlow.`,
    );
    expect(e.headline).toBe("Agency Honors Harbor Volunteers");
  });
  it("a lead describing an organisation stays when a later paragraph opens 'By Friday,'", () => {
    const lead = "The Harbor Regional Commission invests $2 million in 12 pier projects across the coast this year.";
    const e = extractArticle(
      `Harbor piers rebuilt\n\n${lead}\n\nBy Friday, crews had finished the first pier.\n\n"We are ready," said Director Jane Marlow.`,
    );
    expect(e.droppedLines).not.toContain(lead);
  });
  it.each([
    "Crews reported road conditions: icy as of 6 a.m. on the main highway.",
    "Home Fire Victims Get Help",
    "Record Rainfall Soaks the Coastal Harbor District",
  ])("story text stays: %s", (line) => {
    const e = extractArticle(
      `Harbor briefing set\n\nWASHINGTON – The Example Agency on Tuesday announced $4 million in grants to rebuild harbor piers.\n\n${line}\n\n"We are ready for the season," said harbor master Jane Marlow.`,
    );
    expect(e.droppedLines).not.toContain(line);
  });
  it.each([
    ["The parade marched down Main St. Jane Roe led the band.", "Jane Roe"],
    ["The crews met at Oak St. Tom Doe said it went well.", "Tom Doe"],
    ['"It went well," said Ray Chambers.', "Ray Chambers"],
    ["The vehicle Jane Doe was driving left the road.", "Jane Doe"],
    ['"We are ready," said Santa Ono, the university president.', "Santa Ono"],
  ])("a person stays: %s", (sentence, name) => {
    const e = extractArticle(agencyUpdate(sentence));
    expect(e.people.map((p) => p.name)).toContain(name);
  });
  it("an ordinal opening the text before a role is stepped over", () => {
    const e = extractArticle(
      `35th Commandant of the Marine Corps, Gen. James F. Amass, visited the harbor on Monday.\n\n“That’s who we are,” the commandant said.`,
    );
    expect(e.quotes.map((q) => q.speaker)).toEqual(["James F. Amass"]);
  });
});
