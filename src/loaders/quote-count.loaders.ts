// Quote counts of people and topics (Person.quoteCount, Topic.quoteCount): one statement for all
// the people or topics of a request level that ask with the same filter.
import DataLoader from "dataloader";
import { EntityManager } from "typeorm";
import {
  QuoteCountFilterValues,
  quoteCountsBySpeaker,
  quoteCountsByTopic,
  QuoteLeadersFilterValues,
} from "../services/quote-leaders.service";
import { Viewer } from "../services/viewer";
import { loaderFamily } from "./batch";

export function createQuoteCountLoaders(manager: EntityManager, viewer: Viewer) {
  return {
    /** The person's quotes that the filter matches (their quoteCount in that ranking); 0 for none. */
    quoteCountBySpeakerId: loaderFamily(
      (filter: QuoteLeadersFilterValues | null) =>
        new DataLoader<string, number>(async (ids) => {
          const counts = await quoteCountsBySpeaker(manager, viewer, filter, ids);
          return ids.map((id) => counts.get(id) ?? 0);
        }),
    ),
    /** The quotes, attributed or not, in the topic's articles that the filter matches; 0 for none. */
    quoteCountByTopicId: loaderFamily(
      (filter: QuoteCountFilterValues | null) =>
        new DataLoader<string, number>(async (ids) => {
          const counts = await quoteCountsByTopic(manager, viewer, filter, ids);
          return ids.map((id) => counts.get(id) ?? 0);
        }),
    ),
  };
}
