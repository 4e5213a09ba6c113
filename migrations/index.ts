// Every migration, oldest first. Listed rather than globbed so ts-jest and the compiled build load
// the same classes.
import { Initial1795702256555 } from "./1795702256555-Initial";
import { EditingHistory1795710818436 } from "./1795710818436-EditingHistory";
import { IngestSupport1795711885133 } from "./1795711885133-IngestSupport";
import { PersonMerges1795714148307 } from "./1795714148307-PersonMerges";
import { LinkPublicationOrder1795720000000 } from "./1795720000000-LinkPublicationOrder";
import { QuoteLeaders1795730000000 } from "./1795730000000-QuoteLeaders";
import { SearchWindow1795740000000 } from "./1795740000000-SearchWindow";
import { SpeakerQuotePages1795750000000 } from "./1795750000000-SpeakerQuotePages";
import { SearchEntries1795760000000 } from "./1795760000000-SearchEntries";

export const migrations = [Initial1795702256555, EditingHistory1795710818436, IngestSupport1795711885133, PersonMerges1795714148307, LinkPublicationOrder1795720000000, QuoteLeaders1795730000000, SearchWindow1795740000000, SpeakerQuotePages1795750000000, SearchEntries1795760000000];
