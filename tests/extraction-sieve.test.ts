// Each attribution rule of the sieve (src/extraction/rules.ts) on made-up text: the speaker it
// finds and that it is the rule that decided. The list of rules is checked against these tests,
// so a new rule cannot land without one.
import { extractArticle } from "../src/extraction";
import { RULES } from "../src/extraction/rules";

/** Each quote of the text as [quoted text, speaker, deciding rule]. */
const attributed = (text: string) => extractArticle(text).quotes.map((q) => [q.text, q.speaker, q.attributedBy ?? null]);

const CASES: [string, string, [string, string | null, string | null][]][] = [
  [
    "greeting-with",
    `Mayor Jane Roe came back on Monday. Tom Fisk, the harbor master, met Roe with a hearty “Welcome home, Jane!” at the pier.`,
    [["Welcome home, Jane!", "Tom Fisk", "greeting-with"]],
  ],
  [
    "titled-subject-after",
    `The course opened on Monday.\n\n“Teaching drivers fuels my passion!” Harbor Instructor (Boats) Jane Roe of the Marine Division explains that she began in 1990.`,
    [["Teaching drivers fuels my passion!", "Jane Roe", "titled-subject-after"]],
  ],
  [
    "reproduced-release",
    `Here is the agency's release.\n\n"WASHINGTON, APRIL 2, 2012—The Example Agency today named April Harbor Month," said Jane Roe.`,
    [["WASHINGTON, APRIL 2, 2012—The Example Agency today named April Harbor Month,", null, "reproduced-release"]],
  ],
  [
    "determiner-label",
    `Councillor Jane Roe said the council backs a "no-fly" zone over the harbour.`,
    [["no-fly", null, "determiner-label"]],
  ],
  [
    "possessed-speech",
    `Mayor Jane Roe spoke at noon. Roe's call to "keep the peace" was ignored by the crowd.`,
    [["keep the peace", "Jane Roe", "possessed-speech"]],
  ],
  [
    "attribution-after",
    `"We will not back down," said Tom Marsh, the mayor of Eastfield.`,
    [["We will not back down,", "Tom Marsh", "attribution-after"]],
  ],
  [
    "attribution-after",
    `"The cap sits off the pole," said the paper's lead author, Anselm Corvath, a planetary scientist.`,
    [["The cap sits off the pole,", "Anselm Corvath", "attribution-after"]],
  ],
  [
    "attribution-after",
    `Mayor Clara Voss spent Monday at the harbour, where the storm broke the sea wall.\n\n"The wall will be rebuilt by the spring," said the mayor on Monday. "Until then we will sandbag," she laughed.`,
    [
      ["The wall will be rebuilt by the spring,", "Clara Voss", "attribution-after"],
      ["Until then we will sandbag,", "Clara Voss", "attribution-after"],
    ],
  ],
  [
    "attribution-before",
    `Jane Roe, a spokeswoman for the council, said: "We are reviewing the decision."`,
    [["We are reviewing the decision.", "Jane Roe", "attribution-before"]],
  ],
  [
    "according-to",
    `The bridge will reopen "within a month," according to engineer Paul Stein.`,
    [["within a month,", "Paul Stein", "according-to"]],
  ],
  [
    "fragment-subject",
    `Dr. Ann Kell is worried about "a lost decade" for the region's schools.`,
    [["a lost decade", "Ann Kell", "fragment-subject"]],
  ],
  [
    "that-or-as-clause",
    `Governor Ruth Ames believes that "The forms are short, and anyone can fill them in."`,
    [["The forms are short, and anyone can fill them in.", "Ruth Ames", "that-or-as-clause"]],
  ],
  [
    "hung-on-clause",
    `Captain Mark Dove thanked the crews on Sunday, "You were on watch through the whole storm."`,
    [["You were on watch through the whole storm.", "Mark Dove", "hung-on-clause"]],
  ],
  [
    "hung-on-clause",
    `Mayor: ‘We will rebuild’\n\nMayor Tom Marsh promised on Monday to rebuild the sea wall that the storm destroyed last week.`,
    [["We will rebuild", "Tom Marsh", "hung-on-clause"]],
  ],
  [
    "paragraph-continuation",
    `"We will rebuild the bridge," Minister Clara Voss said on Monday. "It will take a year.\n\n"And we will pay for every part of it."`,
    [
      ["We will rebuild the bridge,", "Clara Voss", "attribution-after"],
      ["It will take a year.", "Clara Voss", "same-paragraph-continuation"],
      ["And we will pay for every part of it.", "Clara Voss", "paragraph-continuation"],
    ],
  ],
  [
    "statement-introduction",
    `Senator Hal Brandt issued the following statement on Tuesday after the vote on the harbour budget. The budget passed by two votes.\n\n"We will not accept cuts to the lifeboat service."`,
    [["We will not accept cuts to the lifeboat service.", "Hal Brandt", "statement-introduction"]],
  ],
  [
    "interview-answer",
    `Wikinews: Do people recognise you in the street these days?\n\nPoet Frank Marsh: Sometimes. When strangers stop me in the street I tell them, "Hello, I am the one you read about."`,
    [["Hello, I am the one you read about.", "Frank Marsh", "attribution-before"]],
  ],
  [
    "interview-answer",
    `Wikinews: What do you remember best about the readings you gave last year?\n\nPoet Frank Marsh: The crowds, mostly, and the long drives between the towns.\n\n"The verse is brave and the rhymes are worse than bad," I remember thinking on one of those drives.`,
    [["The verse is brave and the rhymes are worse than bad,", "Frank Marsh", "interview-answer"]],
  ],
  [
    "interview-answer",
    `Interview with a poet\n\nWikinews: How was the last tour?\n\nPoet Frank Marsh: Long. The sign on every hall had it right: "Closed for the season, open for poets."`,
    [["Closed for the season, open for poets.", null, "interview-answer"]],
  ],
  [
    "same-paragraph-continuation",
    `"We will act," said Senator Hal Brandt. "Soon."`,
    [
      ["We will act,", "Hal Brandt", "attribution-after"],
      ["Soon.", "Hal Brandt", "same-paragraph-continuation"],
    ],
  ],
  [
    "introducing-paragraph",
    `The following is a statement from Health Minister Clara Voss on the floods in the north this week.\n\n"We owe the volunteers a great debt."`,
    [["We owe the volunteers a great debt.", "Clara Voss", "introducing-paragraph"]],
  ],
  [
    "colon-introduction",
    `Mayor Tom Marsh spoke to the council on Tuesday evening about the storm. Marsh told the meeting:\n\n"We will rebuild the pier before the summer."`,
    [["We will rebuild the pier before the summer.", "Tom Marsh", "colon-introduction"]],
  ],
  [
    "previous-sentence-quote",
    `"It is over," Coach Lena Hart said after the match in the capital on Sunday.\n\n"We lost to a better side today."`,
    [
      ["It is over,", "Lena Hart", "attribution-after"],
      ["We lost to a better side today.", "Lena Hart", "previous-sentence-quote"],
    ],
  ],
  [
    "previous-sentence-speaker",
    `Senator Hal Brandt said the vote on the budget was much closer than it had looked.\n\n"We expected it to be."`,
    [["We expected it to be.", "Hal Brandt", "previous-sentence-speaker"]],
  ],
  [
    "next-sentence-attribution",
    `Minister Clara Voss visited the dam on Friday to see the new flood gates at work.\n\n"We are ready for the rains." The minister said so in a statement.`,
    [["We are ready for the rains.", "Clara Voss", "next-sentence-attribution"]],
  ],
  [
    "previous-paragraph-subject",
    `Smith Ivo Marrant has kept the forge lit every morning for fifty years.\n\nAsked about retiring, Marrant shrugged.\n\n"Retire to what?"`,
    [["Retire to what?", "Ivo Marrant", "previous-paragraph-subject"]],
  ],
  [
    "previous-paragraph-subject",
    `Harbour faces hard winter\n\nThe plan was opposed by Thandiwe Mokoena, chair of the parish council, at the meeting on Tuesday.\n\n"We cannot go on like this."`,
    [["We cannot go on like this.", "Thandiwe Mokoena", "previous-paragraph-subject"]],
  ],
  [
    "paragraph-subject",
    `Ferry pilot Orla Vantreight has crossed the strait for thirty years. Why does she stay on? "Nobody else knows the currents."`,
    [["Nobody else knows the currents.", "Orla Vantreight", "paragraph-subject"]],
  ],
  [
    "recent-speaker",
    `"We will rebuild the pier," Mayor Tom Marsh said on Friday.\n\nThe council meets again in May.\n\n"And we will do it with local hands."`,
    [
      ["We will rebuild the pier,", "Tom Marsh", "attribution-after"],
      ["And we will do it with local hands.", "Tom Marsh", "recent-speaker"],
    ],
  ],
  [
    "previous-paragraph-subject",
    `It began when a man named Tobin Marsh asked his son a question. The answer surprised him.\n\n"I asked him where the sea was, and he pointed at the wrong one."`,
    [["I asked him where the sea was, and he pointed at the wrong one.", "Tobin Marsh", "previous-paragraph-subject"]],
  ],
  [
    "organisation-label",
    `Harbour plan praised\n\nThe council approved the harbour plan on Monday, and here is what the papers are saying.\n\nEastport Courier (Eastport, Maine): "The plan that Mayor Tom Marsh championed puts the harbour first." (Eastport Courier, 1/2/26)`,
    [["The plan that Mayor Tom Marsh championed puts the harbour first.", null, "organisation-label"]],
  ],
  [
    "bracketed-credit",
    `Harbour plan praised\n\nMayor Tom Marsh announced the harbour plan yesterday, and here is what they are saying.\n\n"Marsh has made the harbour a priority since taking office." (Eastport Courier, 1/2/26)`,
    [["Marsh has made the harbour a priority since taking office.", null, "bracketed-credit"]],
  ],
  [
    "credit-below",
    `Thanks to our farmers\n\nHere are a few of our favourite stories from the year, told by the farmers themselves.\n\n"This program has been a godsend for us here on the farm."\n\nOyelaran Brightwater, beginning farmer\n\n"We need to make a profit, but I want to protect the water too."\n\nDana Whitlock, owner of a 20-acre orchard`,
    [
      ["This program has been a godsend for us here on the farm.", "Oyelaran Brightwater", "credit-below"],
      ["We need to make a profit, but I want to protect the water too.", "Dana Whitlock", "credit-below"],
    ],
  ],
  [
    "statement-heading",
    `Harbour Service Announces Summer Plan

Statement by Chief Oyelaran Brightwater-Nkemelu on the Summer Season

EASTPORT, June 3 -

"Our crews have worked around the clock this spring, and they have kept every ferry running."

"We owe them our thanks."`,
    [
      [
        "Our crews have worked around the clock this spring, and they have kept every ferry running.",
        "Oyelaran Brightwater-Nkemelu",
        "statement-heading",
      ],
      ["We owe them our thanks.", "Oyelaran Brightwater-Nkemelu", "previous-sentence-quote"],
    ],
  ],
  [
    "only-person",
    `Grants for the harbour

Regional Administrator Earthena Okafor-Quist announces the grants in Eastport on May 3. (Agency photo)

The agency awarded $2 million in grants to four harbour towns on Tuesday.

"These grants turn empty lots into parks and homes."`,
    [["These grants turn empty lots into parks and homes.", "Earthena Okafor-Quist", "only-person"]],
  ],
  [
    "named-below",
    `Harbour notes\n\n"We are the quiet professionals."\n\nThose words, spoken by retired Col. Haldis Brekkevold at the harbour last week, still ring true.`,
    [["We are the quiet professionals.", "Haldis Brekkevold", "named-below"]],
  ],
];

describe("the attribution sieve", () => {
  it.each(CASES)("%s", (_rule, text, want) => {
    expect(attributed(text)).toEqual(want);
  });

  it("has a test here for every rule", () => {
    const tested = new Set(CASES.map(([rule]) => rule));
    // speaker-label is decided on a label block dropped by the cleaner; see below.
    expect(RULES.map((r) => r.name).filter((name) => !tested.has(name) && name !== "speaker-label")).toEqual([]);
  });

  it("speaker-label: a name line and a role line set off above a quotation", () => {
    const text = `Harbour news\n\nThe new ferry terminal was opened to the public on Tuesday after two years of building work.\n\nMaria Brenner\n\nHarbour Commissioner, Eastport\n\n"This terminal will serve the whole region for decades to come."`;
    expect(attributed(text)).toEqual([
      ["This terminal will serve the whole region for decades to come.", "Maria Brenner", "speaker-label"],
    ]);
  });

  it("reads the subject of a participle right before it: 'with Roe stating'", () => {
    const text = `The report quoted lawyer Colin Marsh and campaigner Ruth Ames, with Ames stating: "This is clumsy and unthinking."`;
    expect(attributed(text)).toEqual([["This is clumsy and unthinking.", "Ruth Ames", "attribution-before"]]);
  });

  it("gives words to the owner of a statement: 'Roe's statement added'", () => {
    const text = `Senator Hal Brandt spoke against the plan on Monday in the capital. Brandt's statement added, "There is no question the harbour should have been chosen."`;
    expect(attributed(text)).toEqual([["There is no question the harbour should have been chosen.", "Hal Brandt", "attribution-before"]]);
  });

  it("hangs a quotation after a colon on the sentence's subject", () => {
    const text = `During questions on Wednesday, Minister Clara Voss defended the record of the government: "We are working as quickly as possible."`;
    expect(attributed(text)).toEqual([["We are working as quickly as possible.", "Clara Voss", "hung-on-clause"]]);
  });

  it("reads a role that opens the sentence before the name: 'The secretary general of CEI (...), Jane Roe,'", () => {
    const text = `The secretary general of ECB (Example Bishops' Conference), Nunzio Rossi, has called the ruling "dangerous" on Monday.`;
    expect(attributed(text)).toEqual([["dangerous", "Nunzio Rossi", "attribution-before"]]);
  });

  it("gives a group's words to the named member: 'Roe and colleagues describe'", () => {
    const text = `Dr. Ann Kell of the university studies ants. Kell and colleagues describe ants that treat their own infections.\n\n"We expect to find many more cases."`;
    expect(attributed(text)).toEqual([["We expect to find many more cases.", "Ann Kell", "previous-sentence-speaker"]]);
  });

  it("hangs a whole statement right after its clause's verb on the subject", () => {
    const text = `Dr. Ann Kell, of the University of Eastport, studies "the ways social insects fight the parasites they live with."`;
    expect(attributed(text)).toEqual([["the ways social insects fight the parasites they live with.", "Ann Kell", "hung-on-clause"]]);
  });

  it("reads a transcript's capitalised labels: 'I' is the answering speaker, 'you' in a question the one asked", () => {
    const text = `QUESTION: Madam Secretary, thank you for talking with us today.\nSECRETARY QUADE: Of course. I am so happy to see you again.\nQUESTION: In Paris last year, you told me, "I have no interest in running for office, none." Is that still true?\nSECRETARY QUADE: Right.\nFOREIGN MINISTER ARDELL: We agreed on many things today.\nSECRETARY QUADE: That is what I believe. I told the students, "Vote in every election."`;
    const e = extractArticle(text);
    expect(e.people.map((p) => p.name)).toEqual(["Quade", "Ardell"]);
    // Every turn is story text, the short one too, and the first label is no dateline.
    expect(e.droppedLines).toEqual([]);
    expect(e.dateline).toBeNull();
    expect(attributed(text)).toEqual([
      ["I have no interest in running for office, none.", "Quade", "attribution-before"],
      ["Vote in every election.", "Quade", "attribution-before"],
    ]);
  });

  it("joins a capitalised label to the full name the transcript gives", () => {
    const text = `Remarks by Secretary of State Marisol Quade at a press availability in Ankara on Tuesday.\n\nSECRETARY QUADE: Thank you. The minister told me, "We are ready to help," and I believe him.\n\nQUESTION: Will you go to the border?`;
    expect(extractArticle(text).people).toEqual([{ name: "Marisol Quade", aliases: ["Marisol Quade", "Quade"] }]);
  });

  it("leaves a statement alone when the paragraph before it is about two people", () => {
    const text = `Ferry pilot Orla Vantreight has crossed the strait for thirty years. Mayor Hal Brandt wants to close the route. "Nobody else knows the currents."`;
    expect(attributed(text)).toEqual([["Nobody else knows the currents.", null, null]]);
  });

  it("gives 'he said' to the person a sentence opens on ('For Jane Roe, ...')", () => {
    const text = `Painter Andy Wexler drew crowds all night. For Kevin Marlow, a teacher of English, Wexler was a legend. He said, "Wexler changed how we see soup cans."`;
    expect(attributed(text)).toEqual([["Wexler changed how we see soup cans.", "Kevin Marlow", "attribution-before"]]);
  });

  it("tries the rules most precise first: the sentence's own attribution beats the context", () => {
    const text = `"We will act," said Senator Hal Brandt. "Soon," Mayor Ann Kell said.`;
    expect(attributed(text).map((q) => q[1])).toEqual(["Hal Brandt", "Ann Kell"]);
  });
});
