// Loaders for search presentation: highlighted passages of many articles in one statement.
import DataLoader from "dataloader";
import { EntityManager } from "typeorm";
import { Article } from "../entities";
import { loaderFamily } from "./batch";

/** Marks around the matched words of a snippet; HTML, as search result pages show it. */
export const SNIPPET_OPTIONS = "MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>";

export function createSearchLoaders(manager: EntityManager) {
  return {
    /** The passage of each article's body that best matches `search`, matches in <b>…</b>. */
    snippetByArticleId: loaderFamily(
      (search: string) =>
        new DataLoader<string, string | null>(async (ids) => {
          const rows: { id: string; snippet: string }[] = await manager
            .createQueryBuilder(Article, "article")
            .select("article.id", "id")
            .addSelect(`ts_headline('english', article.body, websearch_to_tsquery('english', :search), :options)`, "snippet")
            .where("article.id = ANY(:ids)", { ids, search, options: SNIPPET_OPTIONS })
            .getRawMany();
          const byId = new Map(rows.map((row) => [row.id, row.snippet]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    ),
  };
}
