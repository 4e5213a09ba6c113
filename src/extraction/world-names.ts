// Given names from many languages, for names the hand-kept lexicon (lexicon.ts) lacks: "Anjali",
// "Kwabena", "Xiomara", "Haruto". The list (gender-detection-from-name: about 85 000 names in
// English, French, Spanish, Italian, German and Turkish use) is broad and also
// holds words and surnames ("Said", "Smith", "Paris"), so a name from it is weaker evidence than one
// from the lexicon: people.ts reads it only for a full name whose words are no word of another list
// and that the text never writes in lower case.
import { getGender } from "gender-detection-from-name";

/**
 * Whether the world list holds `word` (any case) as a given name. Its genders are not read: a name
 * one language gives to girls another gives to boys ("Sage", "Andrea"), and a wrong gender sends a
 * "he" to the wrong person, where no gender leaves it to the nearest subject.
 */
export function worldGivenName(word: string): boolean {
  return getGender(word) !== "unknown";
}
