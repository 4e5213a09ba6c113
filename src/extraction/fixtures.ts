// Reads a folder of annotated articles (NAME.txt + NAME.json, see tests/fixtures/articles/README.md)
// for the eval script and the tests. The only module here that touches the file system.
import fs from "node:fs";
import path from "node:path";
import { GoldArticle } from "./evaluation";

export interface AnnotatedArticle {
  name: string;
  text: string;
  gold: GoldArticle;
}

export function loadAnnotatedArticles(dir: string): AnnotatedArticle[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".txt") && fs.existsSync(path.join(dir, file.replace(/\.txt$/, ".json"))))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      return {
        name,
        text: fs.readFileSync(path.join(dir, file), "utf8"),
        gold: JSON.parse(fs.readFileSync(path.join(dir, name + ".json"), "utf8")) as GoldArticle,
      };
    });
}
