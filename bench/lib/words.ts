// Vocabulary of the synthetic newsroom: a few hundred real news words, then thousands of made-up
// ones, so full-text search has both common and rare terms.
import { rng } from "./random";

const NEWS_WORDS = (
  "government minister president election vote parliament policy security defence economy market trade " +
  "sanctions talks agreement report official statement spokesman crisis border military forces attack " +
  "police court judge law bill budget tax energy oil gas climate weather storm flood health hospital " +
  "doctors patients school students teachers university research study scientists data technology " +
  "internet company shares profit losses workers union strike protest rally campaign party leader opposition " +
  "coalition state city council mayor region village farmers food prices inflation bank interest rates " +
  "investment growth jobs unemployment housing transport railway airport flights ships port water power " +
  "nuclear weapons missile army navy peace war ceasefire refugees camps aid relief charity victims " +
  "families children women men people public private national international foreign domestic local " +
  "summit meeting visit delegation embassy ambassador treaty alliance partners allies rivals dispute " +
  "investigation evidence charges trial verdict prison sentence appeal ruling decision plan proposal " +
  "reform changes cuts spending debt deficit record history future year month week today yesterday " +
  "morning evening night season sport team match game player coach final cup league victory defeat " +
  "film music art culture festival museum book author award prize television radio newspaper media"
).split(" ");

const SYLLABLES = "ka lo mi ne su ta ri vo be da fe gu ho ji ku la mo nu po ra se ti vu we xa yo zu an el in or us".split(" ");

/** The vocabulary, most common first (its order is its Zipf rank). */
export function vocabulary(size = 6000): string[] {
  const random = rng(7);
  const words = [...NEWS_WORDS];
  const seen = new Set(words);
  while (words.length < size) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = "";
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

export const FIRST_NAMES = (
  "Anna Boris Carla David Elena Farid Grace Hassan Irina James Kenji Laura Mateo Nadia Omar Priya Quentin " +
  "Rosa Samuel Tanya Umar Vera William Ximena Yusuf Zoe Ahmed Beatriz Chen Dmitri Emma Fatima Gabriel Hana " +
  "Ivan Julia Karim Lena Marco Nina Oscar Paula Rafael Sofia Tomas Ursula Victor Wen Yara Zain Alice Bruno " +
  "Clara Diego Eva Felix Gita Hugo Ines Jonas Kira Leo Maya Noah Olga Pedro Rania Sven Tara Ugo Vlad Wanda"
).split(" ");

export const LAST_NAMES = (
  "Abbott Becker Castro Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Larsen Moreau Novak " +
  "Okafor Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Weber Xu Yilmaz Zhang Alvarez Brennan Cohen Diallo " +
  "Esposito Farah Gupta Horvat Ibrahim Jovanovic Kim Lindqvist Mensah Nakamura Ortiz Popescu Rahman Santos " +
  "Takahashi Usman Volkov Walsh Yamamoto Zimmermann Andersen Bianchi Costa Dimitrov Engel Ferreira Galli " +
  "Hoffmann Ito Jansen Kovacs Lopez Muller Nilsen Olsen Park Reyes Silva Torres Vogel Wagner Young Ziegler"
).split(" ");
