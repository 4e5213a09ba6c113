// Reads a folder of annotated articles (NAME.txt + NAME.json, see tests/fixtures/articles/README.md)
// for the eval script and the tests. The only module here that touches the file system. Problems
// are thrown as one-line errors naming the file (the eval script prints them as they are).
import fs from "node:fs";
import path from "node:path";
import { GoldArticle } from "./evaluation";

export interface AnnotatedArticle {
  name: string;
  text: string;
  gold: GoldArticle;
}

function readGold(file: string): GoldArticle {
  let gold: GoldArticle;
  try {
    gold = JSON.parse(fs.readFileSync(file, "utf8")) as GoldArticle;
  } catch (error) {
    throw new Error(`${file}: not readable as JSON (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`, { cause: error });
  }
  if (!gold || !Array.isArray(gold.people) || !Array.isArray(gold.quotes)) throw new Error(`${file}: needs "people" and "quotes" lists`);
  return gold;
}

/** Every NAME.txt in `dir` with its NAME.json; a text without its annotation is an error. */
export function loadAnnotatedArticles(dir: string): AnnotatedArticle[] {
  if (!fs.existsSync(dir)) throw new Error(`no such folder: ${dir}`);
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      const json = path.join(dir, name + ".json");
      if (!fs.existsSync(json)) throw new Error(`${path.join(dir, file)} has no annotation ${name}.json`);
      return { name, text: fs.readFileSync(path.join(dir, file), "utf8"), gold: readGold(json) };
    });
}
