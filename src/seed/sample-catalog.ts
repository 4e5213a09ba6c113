// Editorial metadata for the bundled sample articles (samples/articles): the topic tree, and per
// article its headline, dateline, publication and topics. People and quotes come from each
// article's hand-made annotation (.json beside the .txt).

export interface SampleTopic {
  slug: string;
  name: string;
  description: string;
  /** Words that signal the topic in copy (Topic.keywords), used to suggest topics on ingest. */
  keywords?: string[];
  children?: SampleTopic[];
}

export interface SampleArticle {
  /** File name without extension in samples/articles. */
  file: string;
  slug: string;
  headline: string;
  standfirst?: string;
  dateline?: string;
  /** ISO time; absent for articles that stay unpublished. */
  publishedAt?: string;
  status: "PUBLISHED" | "IN_REVIEW";
  topics: string[];
}

export const SAMPLE_TOPICS: SampleTopic[] = [
  {
    slug: "politics",
    name: "Politics",
    description: "Government, diplomacy and international relations.",
    keywords: ["diplomacy", "diplomatic", "parliament", "foreign policy"],
    children: [
      {
        slug: "us-russia-relations",
        name: "US–Russia relations",
        description: "Dealings between Washington and Moscow.",
        keywords: ["u.s.-russian relations", "us-russia", "kremlin", "moscow", "washington and moscow"],
      },
      { slug: "sanctions", name: "Sanctions", description: "Economic and diplomatic sanctions.", keywords: ["sanction", "embargo"] },
      {
        slug: "nato",
        name: "NATO",
        description: "The North Atlantic alliance and its posture.",
        keywords: ["north atlantic treaty organization", "atlantic alliance"],
      },
    ],
  },
  {
    slug: "elections",
    name: "Elections",
    description: "Campaigns, votes and their integrity.",
    keywords: ["election", "vote", "ballot", "campaign"],
    children: [
      {
        slug: "election-interference",
        name: "Election interference",
        description: "Foreign meddling in elections.",
        keywords: ["interference", "meddling", "interfered in the election"],
      },
    ],
  },
  {
    slug: "security",
    name: "Security",
    description: "Conflict, terrorism and defence.",
    keywords: ["military", "defence", "defense", "armed forces"],
    children: [
      {
        slug: "terrorism",
        name: "Terrorism",
        description: "Terrorist groups and counter-terrorism.",
        keywords: ["terrorism", "terrorist", "counterterrorism", "islamic state", "militant"],
      },
      {
        slug: "korean-peninsula",
        name: "Korean peninsula",
        description: "Tensions between North and South Korea.",
        keywords: ["north korea", "south korea", "pyongyang", "seoul", "dprk"],
      },
      { slug: "iran", name: "Iran", description: "Iran's foreign and military policy.", keywords: ["iranian", "tehran"] },
    ],
  },
  {
    slug: "health",
    name: "Health",
    description: "Public health and health services.",
    keywords: ["health", "hospital", "disease"],
    children: [
      {
        slug: "nutrition",
        name: "Nutrition",
        description: "Diet and deficiencies.",
        keywords: ["diet", "deficiency", "nutrient", "vitamin", "malnutrition"],
      },
      {
        slug: "health-services",
        name: "Health services",
        description: "Hospitals, staff and their pay.",
        keywords: ["nhs", "health service", "health board", "nurses", "doctors"],
      },
    ],
  },
  {
    slug: "technology",
    name: "Technology",
    description: "Computing, the web and spaceflight.",
    keywords: ["software", "computer", "internet"],
    children: [
      {
        slug: "web-browsers",
        name: "Web browsers",
        description: "Browsers and the web platform.",
        keywords: ["browser", "internet explorer", "firefox", "chrome", "safari"],
      },
      {
        slug: "spaceflight",
        name: "Spaceflight",
        description: "Launches and space programmes.",
        keywords: ["rocket", "spacecraft", "space station", "orbit", "launch"],
      },
    ],
  },
  {
    slug: "humanitarian-affairs",
    name: "Humanitarian affairs",
    description: "Aid, displacement and relief.",
    keywords: ["humanitarian", "aid agency", "relief"],
    children: [
      {
        slug: "refugees",
        name: "Refugees",
        description: "Refugees and the camps they live in.",
        keywords: ["refugee", "refugee camp", "displaced", "asylum", "unhcr"],
      },
    ],
  },
  {
    slug: "agriculture",
    name: "Agriculture",
    description: "Farming and food.",
    keywords: ["farm", "farmers", "crop", "agricultural"],
    children: [
      {
        slug: "farm-policy",
        name: "Farm policy",
        description: "Farm bills and agricultural programmes.",
        keywords: ["farm bill", "agriculture secretary", "usda", "agricultural research"],
      },
    ],
  },
];

export const SAMPLE_ARTICLES: SampleArticle[] = [
  {
    file: "seed-trump-putin-call",
    slug: "trump-and-putin-to-hold-first-official-phone-call",
    headline: "Trump and Putin to hold first official phone call",
    standfirst: "The call follows months of speculation about Trump's warm words for Putin and Moscow's hopes of sanctions relief.",
    dateline: "MOSCOW",
    publishedAt: "2017-01-27T12:00:00Z",
    status: "PUBLISHED",
    topics: ["us-russia-relations", "sanctions", "nato", "election-interference", "terrorism"],
  },
  {
    file: "wikinews-north-korea-quasi-war",
    slug: "north-korea-puts-military-in-quasi-state-of-war",
    headline: "North Korea puts military in 'quasi-state of war'",
    publishedAt: "2015-08-21T09:00:00Z",
    status: "PUBLISHED",
    topics: ["korean-peninsula"],
  },
  {
    file: "voa-un-somali-camps",
    slug: "un-refuses-to-close-somali-refugee-camps-in-kenya",
    headline: "UN Refuses to Close Somali Refugee Camps in Kenya",
    publishedAt: "2014-03-26T15:00:00Z",
    status: "PUBLISHED",
    topics: ["refugees"],
  },
  {
    file: "wikinews-ie6-countdown",
    slug: "microsoft-waits-for-death-of-internet-explorer-6",
    headline: "Microsoft waits for death of Internet Explorer 6",
    publishedAt: "2011-03-08T10:00:00Z",
    status: "PUBLISHED",
    topics: ["web-browsers"],
  },
  {
    file: "wikinews-nhs-scotland-pay",
    slug: "over-800-nhs-scotland-staff-earn-more-than-the-first-minister",
    headline: "Over 800 NHS Scotland staff earn more than the First Minister",
    publishedAt: "2010-11-15T10:00:00Z",
    status: "PUBLISHED",
    topics: ["health-services"],
  },
  {
    file: "nasa-holdren-spacex-statement",
    slug: "holdren-statement-on-falcon-9-and-dragon-launch",
    headline: "Holdren statement on launch of Falcon 9 rocket and Dragon spacecraft",
    dateline: "WASHINGTON",
    publishedAt: "2012-05-22T14:00:00Z",
    status: "PUBLISHED",
    topics: ["spaceflight"],
  },
  {
    file: "voa-press-jeffrey-iran",
    slug: "state-department-official-tells-voa-militants-weapons-are-from-iran",
    headline: "U.S. State Department Official Tells VOA Militants' Weapons are from Iran",
    dateline: "Washington, D.C.",
    publishedAt: "2007-06-04T16:00:00Z",
    status: "PUBLISHED",
    topics: ["iran", "terrorism"],
  },
  {
    file: "wikinews-australia-iodine",
    slug: "australian-children-suffering-from-iodine-deficiency",
    headline: "Australian children suffering from iodine deficiency",
    publishedAt: "2006-02-23T08:00:00Z",
    status: "PUBLISHED",
    topics: ["nutrition"],
  },
  {
    // Kept in review so the demo shows what readers cannot see.
    file: "usda-vilsack-releases",
    slug: "vilsack-welcomes-senate-farm-bill",
    headline: "Vilsack welcomes Senate passage of the farm bill",
    dateline: "WASHINGTON",
    status: "IN_REVIEW",
    topics: ["farm-policy"],
  },
];

/** Editorial details of people in the samples, beyond their names. */
export const SAMPLE_PEOPLE: Record<string, { title?: string; wikidataId?: string }> = {
  "Donald Trump": { title: "President of the United States", wikidataId: "Q22686" },
  "Vladimir Putin": { title: "President of Russia", wikidataId: "Q7747" },
  "Sergei Lavrov": { title: "Foreign Minister of Russia", wikidataId: "Q48326" },
  "Barack Obama": { title: "Former President of the United States", wikidataId: "Q76" },
};
